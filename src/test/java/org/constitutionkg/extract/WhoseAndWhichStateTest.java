package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 53, with invented sentences: a description's possessive says whose
 * office a noun names ("the council's first chairman"); a state's noun before an organ's name is no state ("Chamber of
 * the Union of the Grand Diet of Velm": Velm's chamber, part of that diet; its label the whole name, not a made-up
 * one); the voters of a named state ("the citizens of the entire Velm"); two short names joined by "and" that a
 * gazetteer knows as one state stay one in a list ("A, Trinidad and Tobago, B and C"); an autonomous region is a
 * state's part, no organ.
 */
class WhoseAndWhichStateTest {

    private static final String COUNCIL = "The Council of Elders of Velm was the executive body of Velm from 1920 to 1934. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Ivo Brant was the council's first chairman.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "The council's first chairman was Ivo Brant.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "In 1925 the council's chairman, Ivo Brant, resigned.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Ivo Brant, who was the council's chairman until 1931, resigned.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Ivo Brant was elected the council's chairman.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        // another's office: a party's, a commission's
        "The party's first chairman was Ivo Brant.#Council_of_Elders_of_Velm chair Ivo_Brant#false",
        "In 1922 a drafting commission was formed; the commission's chairman was Ivo Brant.#Council_of_Elders_of_Velm chair Ivo_Brant#false",
        "The army's commander, Ivo Brant, refused to serve it.#Council_of_Elders_of_Velm chair Ivo_Brant#false",
    })
    void aDescriptionsPossessiveSaysWhoseOffice(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Chamber of the Union of the Grand Diet of the Ostrian SSR was its lower house.#Chamber_of_the_Union_of_the_Grand_Diet_of_the_Ostrian_SSR jurisdiction Ostrian_SSR#true",
        "The Chamber of the Union of the Grand Diet of Velm was its lower house.#Union_of_the_Grand_Diet_of_Velm rdf:type Polity#false",
        "The Senate of the Republic of the Grand Diet of Velm met yearly.#Republic_of_the_Grand_Diet_of_Velm rdf:type Polity#false",
        "The Chamber of the Union of the National Council of Ostria was elected in 1930.#Union_of_the_National_Council_of_Ostria rdf:type Polity#false",
        "The Chamber of the Union of the National Council of the Velmian SSR was elected in 1930.#Chamber_of_the_Union_of_the_National_Council_of_the_Velmian_SSR jurisdiction Velmian_SSR#true",
        // a state's noun before a state's name is still a state
        "The Council of the Republic of Ostria met yearly.#Republic_of_Ostria rdf:type Polity#true",
        "The Diet of the Union of Velm and Ostria met yearly.#Union_of_Velm_and_Ostria rdf:type Polity#true",
    })
    void aStatesNounBeforeAnOrgansNameIsNoState(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Grand Diet of Velm", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Soviet of the Union#Soviet of the Union of the Supreme Soviet of the Ostrian SSR#Chamber",
        "Soviet of Nationalities#Soviet of Nationalities of the Supreme Soviet of the Ostrian SSR#Chamber",
        "Soviet of the Republic#Soviet of the Republic of the Supreme Soviet of the Ostrian SSR#Chamber",
        "Council of People's Commissars#Council of People's Commissars of the Ostrian SSR#ExecutiveBody",
    })
    void aCaptionThatSaysWhoseNamesTheGenericOrgan(String generic, String caption, String cls, @TempDir Path tmp)
            throws Exception {
        // a name every Soviet-type state's organ has (generic-names.txt) is labelled by what the caption says whose it
        // is, not by a name made of it and the state's
        String text = ExtractionCases.lines("= " + generic + " = // // " + caption + " // - Established: 1938 // // The "
                + generic + " was an organ of the Ostrian SSR.");
        ExtractionCases.assertArticle(text, caption.replace(' ', '_') + " rdf:type " + cls, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was elected by the citizens of the entire Velm in districts of equal size.#citizens_of_the_entire_Velm",
        "It was elected by the voters of all Velm every four years.#voters_of_all_Velm",
        "Its deputies were chosen by the citizens of the whole Velm.#citizens_of_the_whole_Velm",
        "It was elected by the adult men of the entire Velm.#adult_men_of_the_entire_Velm",
    })
    void theVotersOfANamedState(String sentence, String electorate, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Velm", "The Diet of Velm was the legislature of Velm. " + sentence,
                "Diet_of_Velm electedBy " + electorate, true, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It set up four republics: Velm, Ostria, Trinidad and Tobago, and Karsk.#Trinidad_and_Tobago",
        "It set up four republics: Antigua and Barbuda, Velm, Ostria and Karsk.#Antigua_and_Barbuda",
        "Bosnia and Herzegovina, Velm and Ostria were set up by it.#Bosnia_and_Herzegovina",
        "It set up six republics: Velm, Ostria, Bosnia and Herzegovina, Karsk and Lorn.#Bosnia_and_Herzegovina",
    })
    void oneStateOfTwoShortNames(String sentence, String state, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Treaty of Velm", sentence, tmp);
        String[] halves = state.split("_and_");
        assertTrue(facts.contains(state + " rdf:type Polity") && facts.stream().noneMatch(
                f -> f.startsWith(halves[0] + " ") || f.startsWith(halves[1] + " ")), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Within Velm it created the Autonomous Lorn Region.#Autonomous_Lorn_Region",
        "The Autonomous Lorn-Karsk Region was set up by it in 1946.#Autonomous_Lorn-Karsk_Region",
        "It made Lorn an autonomous region, the Lorn Autonomous Region.#Lorn_Autonomous_Region",
        "It also established the Autonomous Region of Lorn.#Autonomous_Region_of_Lorn",
    })
    void anAutonomousRegionIsAState(String sentence, String region, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Constitution of Velm", sentence, tmp);
        assertTrue(facts.contains(region + " rdf:type Polity") && !facts.contains(region + " rdf:type StateOrgan"),
                () -> String.join("\n", facts));
    }
}
