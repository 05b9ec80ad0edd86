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
 * state's part, no organ; who "took over as chairman" and who a relative clause stands between ("X, who had led the
 * party, was its first chairman"); "Chairmen after X included A and B"; a constitution named by its year ("the 1931
 * Constitution of X") was adopted that year, unless the text dates it; "the upper chamber" is never the one introduced
 * as the lower; "followed closely" is a model; "signed the X Accords for Belarus"; "A and B, who signed X" is B's;
 * chairs listed with their years; a romanized name and its abbreviation.
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
        // "took over" or "took office" as the office, bare: the subject's
        "After his death in 1924, Ivo Brant took over as chairman.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Ivo Brant took office as chairman in 1925.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "In 1925 Ivo Brant took over as the council's chairman.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Ivo Brant took over the council's duties in 1925.#Council_of_Elders_of_Velm chair Ivo_Brant#false",
        "Ivo Brant took over as chairman of the Velm Farmers' Party.#Council_of_Elders_of_Velm chair Ivo_Brant#false",
        // the holder before a relative clause, not a name inside it
        "Ivo Brant, who had been head of the Republic of Ostria since 1918, was its first chairman.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Ivo Brant, who had led the Farmers' Party, became its chairman in 1925.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Ivo Brant, who had been President of the Republic since 1918, was its first chairman. He was followed by Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Marta_Lind#true",
        // a plural of office opening the sentence, one phrase between it and "included"
        "Chairmen of the council included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Marta_Lind#true",
        "Chairmen after Ivo Brant included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Chairmen since 1925 have included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Marta_Lind#true",
        "Notable chairmen included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Chairmen of the Farmers' Party included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
        "Members included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
    })
    void whoTookTheOfficeAndWhoHeldIt(String sentence, String fact, boolean holds, @TempDir Path tmp)
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

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It replaced the 1931 Constitution of Velm.#1931_Constitution_of_Velm adopted 1931#true",
        "It replaced the Velmian Constitution of 1931.#Velmian_Constitution_of_1931 adopted 1931#true",
        "The 1931 Constitution of Velm was replaced by it.#1931_Constitution_of_Velm adopted 1931#true",
        "Its model was the Constitution of Velm (1931), which it followed closely.#Constitution_of_Velm_of_1931 adopted 1931#true",
        // a date the text gives wins; a treaty or a law named by its year was made then, as a constitution (stop 59)
        "It replaced the 1931 Constitution of Velm, which had been adopted on 3 May 1930.#1931_Constitution_of_Velm adopted 1931#false",
        "It replaced the 1931 Constitution of Velm, which had been adopted on 3 May 1930.#1931_Constitution_of_Velm adopted 1930-05-03#true",
        "It replaced the Treaty of Velm of 1931.#Treaty_of_Velm_of_1931 adopted 1931#true",
    })
    void aConstitutionNamedByItsYearWasAdoptedThen(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Constitution of Ostria", "The Constitution of Ostria was adopted in 1950. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "form": a body or a sitting forms an organ; chambers form their legislature (frames.tsv)
        "It was formed on 8 November 1917 by the Second Congress of Velm.#Second_Congress_of_Velm establishes Council_of_Elders_of_Velm#true",
        "The Grand Diet of Velm formed the council in 1920.#Grand_Diet_of_Velm establishes Council_of_Elders_of_Velm#true",
        "The council, which the Grand Diet of Velm had formed, met weekly.#Grand_Diet_of_Velm establishes Council_of_Elders_of_Velm#true",
        "The Senate of Velm and the Chamber of Velm formed the Grand Diet of Velm.#Senate_of_Velm partOf Grand_Diet_of_Velm#true",
        // "provide for", "pattern on"
        "The council was provided for by the 1921 Constitution of Velm.#1921_Constitution_of_Velm establishes Council_of_Elders_of_Velm#true",
        "The 1921 Constitution of Velm provided for the Council of Elders of Velm.#1921_Constitution_of_Velm establishes Council_of_Elders_of_Velm#true",
        "The council provided for the defence of Velm.#Council_of_Elders_of_Velm establishes Velm#false",
    })
    void formingProvidingAndPatterning(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Council of Elders of Velm", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was closely patterned on the 1921 Constitution of Ostria.",
        "It was patterned after the 1921 Constitution of Ostria.",
        "The 1921 Constitution of Ostria, on which it was patterned, had been short-lived.",
        "Its drafters patterned it on the 1921 Constitution of Ostria.",
    })
    void patternedOnIsAModel(String sentence, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Constitution of Velm", sentence,
                "Constitution_of_Velm basedOn 1921_Constitution_of_Ostria", tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "at first", "at that time" stand as one adverb between the auxiliary and the verb (adverbial-phrases.txt)
        "It was at first called the Second Chamber.#House_of_Burgesses_of_Velm altLabel Second Chamber#true",
        "The chamber was at first called the Second Chamber.#House_of_Burgesses_of_Velm altLabel Second Chamber#true",
        "It was at that time known as the Lower Chamber.#House_of_Burgesses_of_Velm altLabel Lower Chamber#true",
        "The chamber, which was at first called the Second Chamber, met in Velm.#House_of_Burgesses_of_Velm altLabel Second Chamber#true",
        "It was at first called the Second Chamber.#Second_Chamber rdf:type Chamber#false",
    })
    void aPhraseOfTimeBetweenAuxiliaryAndVerb(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("House of Burgesses of Velm",
                "The House of Burgesses of Velm was the lower chamber of the Diet of Velm. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a person issues an instrument as its signatory; a body adopts it (frames.tsv "issue")
        "It was a decree issued by Emperor Otto II of Velm on 30 October 1905.#Manifesto_of_Velm signedBy Otto_II_of_Velm",
        "It was issued by Emperor Otto II on 30 October 1905.#Manifesto_of_Velm signedBy Otto_II",
        "Emperor Otto II issued it on 30 October 1905.#Manifesto_of_Velm signedBy Otto_II",
        "Otto II, who issued it in 1905, had opposed any charter.#Manifesto_of_Velm signedBy Otto_II",
        "It was issued by the Council of Ministers of Velm on 30 October 1905.#Manifesto_of_Velm adoptedBy Council_of_Ministers_of_Velm",
    })
    void whoIssuedAnInstrument(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Manifesto of Velm", "The Manifesto of Velm was a charter of Velm. " + sentence, fact,
                true, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a noun of an event after "from" or "on", as after "until" (nominalizations.tsv)
        "It was the basic law of Velm from its adoption on 7 October 1957 until 1991.#Constitution_of_Velm adopted 1957-10-07#true",
        "On its adoption in 1957 the Senate of Velm was abolished.#Constitution_of_Velm adopted 1957#true",
        "From its ratification in 1958 it governed Velm.#Constitution_of_Velm ratified 1958#true",
        "It served Velm from its enactment in 1957 until its abolition in 1991.#Constitution_of_Velm adopted 1957#true",
        "The debate on its adoption lasted from 1955 to 1957.#Constitution_of_Velm adopted 1957#false",
    })
    void anEventNounAfterFromOrOn(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Constitution of Velm", "The Constitution of Velm was the basic law of Velm. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "the upper chamber" is never the house the article introduced as the lower one
        "The lower chamber, the House of Burghers, was elected by all men. The upper chamber was renamed the House of Peers in 1855.#House_of_Burghers altLabel House of Peers#false",
        "The House of Burghers was the lower chamber. The upper chamber was renamed the House of Peers in 1855.#House_of_Burghers altLabel House of Peers#false",
        "The House of Burghers, the lower house, met in Velm. The upper house was then renamed the House of Peers.#House_of_Burghers altLabel House of Peers#false",
        "The lower chamber, the House of Burghers, was elected by all men. The lower chamber was renamed the House of Commons in 1855.#House_of_Burghers altLabel House of Commons#true",
    })
    void theUpperChamberIsNotTheLowerOne(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Landtag of Velm = // // The Landtag of Velm was the "
                + "legislature of Velm. // // == Chambers == // " + sentence), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "follow" closely, largely, faithfully: a model, no predecessor (model-adverbs.txt)
        "The text followed closely the 1921 Constitution of Ostria.#Constitution_of_Velm basedOn 1921_Constitution_of_Ostria#true",
        "The text followed closely the 1921 Constitution of Ostria.#Constitution_of_Velm precededBy 1921_Constitution_of_Ostria#false",
        "It followed largely the 1921 Constitution of Ostria.#Constitution_of_Velm basedOn 1921_Constitution_of_Ostria#true",
        "The 1921 Constitution of Ostria, which it followed faithfully, was older.#Constitution_of_Velm precededBy 1921_Constitution_of_Ostria#false",
        "It followed the 1921 Constitution of Ostria.#Constitution_of_Velm precededBy 1921_Constitution_of_Ostria#true",
    })
    void followingClosely(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Constitution of Velm", "The Constitution of Velm was the basic law of Velm. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a treaty signed for a state is no part of the treaty's name; a relative "who" after two persons is the last
        // one's ("who were" both's)
        "Its chairmen were Ivo Brant (1990–1991) and Pavel Sokol (1991–1994), who signed the Velm Accords for Belarus in 1991.#Velm_Accords signedBy Pavel_Sokol#true",
        "Its chairmen were Ivo Brant (1990–1991) and Pavel Sokol (1991–1994), who signed the Velm Accords for Belarus in 1991.#Velm_Accords signedBy Ivo_Brant#false",
        "Its chairmen were Ivo Brant and Pavel Sokol, who signed the Treaty of Ostria for Ukraine in 1991.#Treaty_of_Ostria signedBy Pavel_Sokol#true",
        "Its delegates were Ivo Brant and Pavel Sokol, who were both present when they signed the Treaty of Ostria.#Treaty_of_Ostria signedBy Ivo_Brant#true",
        "Its chairmen were Ivo Brant and Pavel Sokol, who signed the Treaty of Ostria for Ukraine in 1991.#Treaty_of_Ostria_for_Ukraine rdf:type Treaty#false",
    })
    void whoSignedForWhom(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Velm", "The Diet of Velm was the legislature of Velm. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Later chairmen included Pavel Sokol and Marta Lind.#Council_of_Elders_of_Velm chair Marta_Lind",
        "Its chairmen were Ivo Brant from 1920 to 1924, Pavel Sokol from 1924 to 1926 and Marta Lind.#Council_of_Elders_of_Velm chair Pavel_Sokol",
        "It was led by Ivo Brant from 1920 to 1924 and by Pavel Sokol from 1924.#Council_of_Elders_of_Velm chair Pavel_Sokol",
        "Its chairmen were Ivo Brant from 1920 until 1924 and Pavel Sokol.#Council_of_Elders_of_Velm chair Pavel_Sokol",
    })
    void chairsListedWithTheirYears(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + sentence, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "(Russian: Совет труда Велма, СТВ; romanized: Sovet truda Velma, STV)#STV",
        "(Russian: Совет труда Велма; romanized: Sovet truda Velma, STV)#STV",
        "(Ukrainian: Рада праці Велма, РПВ; romanized: Rada pratsi Velma, RPV)#RPV",
        "(Russian: Совет труда Велма, СТВ; romanized: Sovet truda Velma, STV)#Sovet truda Velma",
    })
    void aRomanizedNameAndItsAbbreviationAreTwoNames(String aside, String name, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Labour of Velm", "The Council of Labour of Velm " + aside
                + " was an organ of Velm.", "Council_of_Labour_of_Velm altLabel " + name, true, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an instrument made years before its state was established is another state's, though the short name its
        // own name holds is one the article gives that state; one whose name names the state keeps it
        "It replaced the 1923 Constitution of Ostria.#1923_Constitution_of_Ostria jurisdiction Ostrian_People's_Republic#false",
        "It replaced the Ostrian Constitution of 1923.#Ostrian_Constitution_of_1923 jurisdiction Ostrian_People's_Republic#false",
        "It replaced the 1946 Constitution of Ostria.#1946_Constitution_of_Ostria jurisdiction Ostrian_People's_Republic#true",
        "It replaced the 1923 Constitution of the Ostrian People's Republic.#1923_Constitution_of_the_Ostrian_People's_Republic jurisdiction Ostrian_People's_Republic#true",
    })
    void anInstrumentOlderThanItsState(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Communist Constitution of Ostria = // // Infobox // - "
                + "Jurisdiction: Ostrian People's Republic // - Adopted: 13 April 1948 // // The Communist Constitution of "
                + "Ostria was the first communist constitution of Ostria. The Ostrian People's Republic had been "
                + "proclaimed on 30 December 1947. " + sentence), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "Y replaced X as chairman": both held the office, Y after X
        "Pavel Sokol replaced Ivo Brant as Chairman of the Council of Elders of Velm in 1906.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "In 1906 Pavel Sokol replaced Ivo Brant as chairman.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Pavel Sokol succeeded Ivo Brant as chairman of the council.#Council_of_Elders_of_Velm chair Ivo_Brant#true",
        "Pavel Sokol, who replaced Ivo Brant as chairman in 1906, reformed the council.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Pavel Sokol replaced Ivo Brant as chairman of the Velm Farmers' Party.#Council_of_Elders_of_Velm chair Ivo_Brant#false",
    })
    void whoReplacedWhomAsChairman(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the lead names the subject by its title and what the title's "of" goes on with: one thing
        "First Congress of Velm#The First Congress of Velm of Workers' Deputies was a gathering in Ostria.#First Congress of Velm of Workers' Deputies",
        "Council of Velm#The Council of Velm of Workers' Deputies was a body of Velm from 1917.#Council of Velm of Workers' Deputies",
        "Third Diet of Velm#The Third Diet of Velm of the Estates (Dritter Landtag) met in 1848.#Third Diet of Velm of the Estates",
        "Charter of Velm#The Charter of Velm of 1848 was a constitution of Velm.#Charter of Velm of 1848",
    })
    void theLeadNamesTheSubjectInFull(String title, String lead, String name, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, title.replace(' ', '_') + " altLabel " + name, true, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an instrument made after its state ended is another state's
        "It was replaced by the Present Constitution of Ostria, adopted on 12 July 1991.#Present_Constitution_of_Ostria jurisdiction Ostrian_People's_Republic#false",
        "It was amended in 1960.#Constitution_of_Ostria jurisdiction Ostrian_People's_Republic#true",
    })
    void anInstrumentYoungerThanItsState(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Constitution of Ostria = // // Infobox // - Jurisdiction: "
                + "Ostrian People's Republic // - Adopted: 13 April 1948 // // The Constitution of Ostria was the first "
                + "constitution of Ostria. The Ostrian People's Republic existed from 1947 to 1990. " + sentence), fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an infobox value: a gazetteer's state of two names, and a document's "of" phrase of two states, are one name
        "Parties: Velm, Saxe-Coburg and Gotha, Anhalt#Treaty_of_Velm party Saxe-Coburg_and_Gotha#true",
        "Parties: Velm, Saxe-Coburg and Gotha, Anhalt#Treaty_of_Velm party Gotha#false",
        "Preceded By: Treaty on the Union of Belarus and Russia#Treaty_of_Velm precededBy Treaty_on_the_Union_of_Belarus_and_Russia#true",
        "Preceded By: Treaty on the Union of Belarus and Russia#Treaty_of_Velm precededBy Russia#false",
        "Parties: Kingdom of Prussia and Saxony#Treaty_of_Velm party Saxony#true",
    })
    void oneNameOfTwoStatesInAnInfobox(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Treaty of Velm", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // what the readings of this stop must not say (from its review)
        "Council of Elders of Velm#Notable speakers included Ivo Brant and Pavel Sokol.#Council_of_Elders_of_Velm chair Ivo_Brant",
        "Council of Elders of Velm#Chairmen from the regional councils included Ivo Brant and Pavel Sokol.#Council_of_Elders_of_Velm chair Ivo_Brant",
        "Council of Elders of Velm#In 1990 Pavel Sokol replaced Ivo Brant as President.#Council_of_Elders_of_Velm chair Ivo_Brant",
        "Council of Elders of Velm#Pavel Sokol replaced Ivo Brant as chairman in the Velm Farmers' Party.#Council_of_Elders_of_Velm chair Ivo_Brant",
        "Congress of Velm#The Congress of Velm formed the Supreme Soviet of Velm from among its members.#Congress_of_Velm partOf Supreme_Soviet_of_Velm",
        "Constitution of Velm#The Draft Constitution of 1935 was never adopted.#Draft_Constitution_of_1935 adopted 1935",
        "Constitution of Velm#The 1938 Constitution of Ostria came into force on 1 January 1938.#1938_Constitution_of_Ostria adopted 1938",
        "Diet of Velm#The Diet of Velm voted on its abolition in 1935, but the motion failed.#Diet_of_Velm disbanded 1935",
        "Constitution of Velm#It was followed closely by the 1938 Constitution of Ostria.#1938_Constitution_of_Ostria basedOn Constitution_of_Velm",
    })
    void whatTheNewReadingsMustNotSay(String title, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, "The " + title + " was an organ of Velm. " + sentence, fact, false, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Its envoys were Ivo Brant and Pavel Sokol, who both signed the Treaty of Ostria in 1991.#Treaty_of_Ostria signedBy Ivo_Brant",
        "Its envoys were Ivo Brant and Pavel Sokol, who jointly signed the Treaty of Ostria in 1991.#Treaty_of_Ostria signedBy Ivo_Brant",
    })
    void whoBothIsOfBoth(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Velm", "The Diet of Velm was the legislature of Velm. " + sentence, fact,
                true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Jurisdiction: Kingdom of Ostria#Constitution_of_Ostria jurisdiction Kingdom_of_Ostria",
    })
    void anInfoboxJurisdictionStaysWhateverTheDates(String field, String fact, @TempDir Path tmp) throws Exception {
        // an instrument older than the state its infobox names (a principality's constitution kept by the kingdom)
        ExtractionCases.assertArticle(ExtractionCases.lines("= Constitution of Ostria = // // Infobox // - " + field
                + " // - Adopted: 1 July 1866 // // The Constitution of Ostria was the basic law of Ostria. The "
                + "Kingdom of Ostria was proclaimed on 14 March 1881."), fact, true, tmp);
    }
}
