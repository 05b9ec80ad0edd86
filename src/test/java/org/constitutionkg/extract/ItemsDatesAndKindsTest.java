package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * From fresh audits A173-A176: a date between two listed objects is the first one's; a predecessor's short name is no
 * sitting of the subject; a working people's union is a party; a law does not succeed a treaty; a count of members that
 * others are added to is no size; co-chairs chair, and a marshal or a first speaker in an infobox; a "Constitution
 * Act" is a constitution, its amendment act none; "the following day" after a day written without its year counts
 * from that day. Invented names and sentences.
 */
class ItemsDatesAndKindsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The diet ratified the Treaty of Velm in July 1919 and the Peace of Ostra, which ended the war.#Peace_of_Ostra ratified 1919-07#false",
        "The diet ratified the Treaty of Velm in July 1919 and the Peace of Ostra, which ended the war.#Treaty_of_Velm ratified 1919-07#true",
        "The Treaty of Velm was ratified in July 1919, and the Peace of Ostra in 1921.#Peace_of_Ostra ratified 1919-07#false",
        "The diet ratified the Treaty of Velm and the Peace of Ostra on 3 May 1921.#Peace_of_Ostra ratified 1921-05-03#true",
        "The diet ratified the Treaty of Velm on 2 May 1921 and the Peace of Ostra on 9 May 1921.#Peace_of_Ostra ratified 1921-05-09#true",
        "The diet ratified the Treaty of Velm on 2 May 1921 and the Peace of Ostra on 9 May 1921.#Peace_of_Ostra ratified 1921-05-02#false",
        "The diet ratified the Treaty of Velm in July 1919, the Peace of Ostra and the Pact of Dorn.#Pact_of_Dorn ratified 1919-07#false",
    })
    void aDateBetweenTwoObjectsIsTheFirstOnes(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Velm Diet", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The treaty was signed on 8 December 1991. Petrov resigned on 25 December, and the Velm Council dissolved the Union of Velmia the following day.#Union_of_Velmia disbanded 1991-12-26",
        "The treaty was signed on 8 December 1991. The Velm Council met on 25 December, and it dissolved the Union of Velmia on the following day.#Union_of_Velmia disbanded 1991-12-26",
        "In 1991 the treaty was signed. Petrov resigned on 25 December, and the Union of Velmia was dissolved the next day.#Union_of_Velmia disbanded 1991-12-26",
    })
    void aRelativeDayCountsFromTheDayBeforeItWithoutItsYear(String text, String fact, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Velm Accords", text, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "People's Diet of Velmia#Fourth Diet of Velmia#The Fourth Diet, which it replaced, had been dissolved in June 1940.",
        "Provisional Diet of Velmia#Fourth Diet of Velmia#It replaced the Fourth Diet, which had been dissolved.",
        "People's Diet of Velmia#Second Diet of Velmia#The Second Diet was dissolved a month before it met.",
        "Transitional Diet of Velmia#Third Diet of Velmia#Unlike the Third Diet, it was elected from a single list.",
    })
    void aPredecessorsShortNameIsNoSittingOfTheSubject(String title, String predecessor, String sentence,
            @TempDir Path tmp) throws Exception {
        String text = "= " + title + " =\n\n" + title + "\n- Predecessor: " + predecessor + "\n\nThe " + title
                + " was a made-up diet. " + sentence + "\n";
        Path article = java.nio.file.Files.writeString(tmp.resolve("01_case.txt"), text);
        Set<String> facts = ExtractionCases.facts(org.constitutionkg.Pipeline.build(List.of(article),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph());
        String all = String.join("\n", facts);
        String subject = title.replace(' ', '_');
        String other = predecessor.replace(' ', '_');
        assertFalse(facts.contains(other + " sessionOf " + subject), all);
        assertFalse(facts.contains(other + " partOf " + subject), all);
        assertTrue(facts.contains(subject + " precededBy " + other), all);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Union of the Working People of Velmia",
        "Velmian Working People's Union",
        "Union of Working People of Ostra",
        "Ostrian People's Union",
    })
    void aWorkingPeoplesUnionIsAParty(String name, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Diet", "Voters could only approve the single list of the "
                + name + ".", tmp);
        String all = String.join("\n", facts);
        assertFalse(facts.contains(name.replace(' ', '_') + " rdf:type Polity"), all);
        assertTrue(facts.contains(name.replace(' ', '_') + " rdf:type PoliticalGroup"), all);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The law followed the Velm Agreement, which was signed in Ytown on 20 February 1928.",
        "The Organic Law of Velmia replaced the Velm Agreement in 1928.",
        "The Velm Agreement was succeeded by the Organic Law of Velmia.",
        "The Organic Law of Velmia, which followed the Velm Agreement, set up a council.",
    })
    void aLawDoesNotSucceedATreaty(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Organic Law of Velmia", sentence, tmp);
        String all = String.join("\n", facts);
        assertFalse(facts.contains("Organic_Law_of_Velmia precededBy Velm_Agreement"), all);
        assertFalse(facts.contains("Velm_Agreement succeededBy Organic_Law_of_Velmia"), all);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The council was made up of sixteen elected members together with the ministers.#",
        "The council had 40 members plus the ministers.#",
        "It consisted of 30 elected deputies, as well as the bishops.#",
        "It had 30 members in addition to its chairman.#",
        "The council had sixteen members.#16",
    })
    void aCountOthersAreAddedToIsNoSize(String sentence, String count, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Council", sentence, tmp);
        String all = String.join("\n", facts);
        if (count == null) {
            assertFalse(facts.stream().anyMatch(f -> f.startsWith("Velm_Council memberCount ")), all);
        } else {
            assertTrue(facts.contains("Velm_Council memberCount " + count), all);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Co-chairmen: Ivo Berg, Ana Lind#Ana_Lind#true",
        "Marshal: Ivo Berg#Ivo_Berg#true",
        "First Speaker: Ivo Berg#Ivo_Berg#true",
        "Vice-Chairman: Ivo Berg#Ivo_Berg#false",
        "Deputy Marshal: Ivo Berg#Ivo_Berg#false",
        "Second Speaker: Ivo Berg#Ivo_Berg#false",
    })
    void coChairsAndMarshalsChair(String field, String person, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Velm Diet", field, "Velm_Diet chair " + person, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was co-chaired by Ivo Berg and Ana Lind.",
        "Ivo Berg co-chaired the diet until 1920.",
        "The diet, which was co-chaired by Ivo Berg and Ana Lind, met in Ytown.",
        "Ivo Berg co-chaired it with Ana Lind.",
    })
    void coChairingIsChairing(String sentence, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Diet", sentence, "Velm_Diet chair Ivo_Berg", true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Constitution Act, 1867#Constitution_Act#Constitution",
        "Velmian Constitution Act 1852#Velmian_Constitution_Act_1852#Constitution",
        "Constitution Act 1986#Constitution_Act_1986#Constitution",
        "Velm Constitution (Amendment) Act 1947#Velm_Constitution_(Amendment)_Act_1947#LegalInstrument",
        "Velm Constitution Amendment Act 1950#Velm_Constitution_Amendment_Act_1950#LegalInstrument",
    })
    void aConstitutionActIsAConstitution(String name, String iri, String cls, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Diet", "The " + name + " set up the Velm Diet.", iri + " rdf:type " + cls, true,
                tmp);
    }
}
