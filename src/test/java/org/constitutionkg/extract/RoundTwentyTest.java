package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 55 (rounds 20 and 21), with invented sentences and values: "it" after a
 * fronted clause of time is that clause's organ; "it" in a clause of time whose main subject is an unknown common noun
 * is no one; "X became Marshal" is a rank; a body before or after the subject named after the land of the subject's
 * regime says no state; "both men signed it" names no signatory; places each with a remark, or joined by "and", are
 * each a place; titles go on with "with respect to"; a name after "a" is a new thing; a heading of the subject's name
 * and a year is the subject; a span after "and" dates a later phase; names of instruments many states adopt are keyed
 * by state; the lead's noun before "to" gives the class; "was passed by X on D" is an adoption.
 */
class RoundTwentyTest {

    private static final String PRESIDIUM = "The Presidium of the Folk Diet was the standing body of the Folk Diet of the"
            + " Republic of Velm from 1950 to 1990. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "When the newly elected Folk Diet met in March 1990, it chose Ivo Brant as its chairman.#Folk_Diet_of_the_Republic_of_Velm chair Ivo_Brant#true",
        "When the newly elected Folk Diet met in March 1990, it chose Ivo Brant as its chairman.#Presidium_of_the_Folk_Diet chair Ivo_Brant#false",
        "Once the Folk Diet had been elected, it made Ivo Brant its chairman.#Folk_Diet_of_the_Republic_of_Velm chair Ivo_Brant#true",
        "After the Folk Diet convened in 1990, it elected Ivo Brant as its chairman.#Presidium_of_the_Folk_Diet chair Ivo_Brant#false",
        "After the Folk Diet convened in 1990, it elected Ivo Brant chairman of its presidium.#Presidium_of_the_Folk_Diet chair Ivo_Brant#true",
        // no organ opens the clause of time: the subject read
        "When the war ended in 1945, it chose Ivo Brant as its chairman.#Presidium_of_the_Folk_Diet chair Ivo_Brant#true",
        // the clause's subject, whatever else it names
        "After the Folk Diet abolished the Velm Senate, it chose Ivo Brant as its chairman.#Folk_Diet_of_the_Republic_of_Velm chair Ivo_Brant#true",
        "After the Folk Diet proclaimed the Velm Act, it appointed Ivo Brant chairman.#Presidium_of_the_Folk_Diet chair Ivo_Brant#false",
        "After the Folk Diet abolished the Velm Senate, it chose Ivo Brant as its chairman.#Velm_Senate chair Ivo_Brant#false",
    })
    void itAfterAFrontedClauseOfTimeIsThatClausesSubject(String sentence, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Presidium of the Folk Diet", PRESIDIUM + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Ivo Brant became Marshal in 1945.#Folk_Diet chair Ivo_Brant#false",
        "In 1945 Ivo Brant became Marshal.#Folk_Diet chair Ivo_Brant#false",
        "Having fought in the war, Ivo Brant became Marshal.#Folk_Diet chair Ivo_Brant#false",
        // elected, a rank's noun is the chair's title
        "Ivo Brant was elected Marshal in 1945.#Folk_Diet chair Ivo_Brant#true",
        "In 1945 the Folk Diet elected Ivo Brant its Marshal.#Folk_Diet chair Ivo_Brant#true",
        "Ivo Brant became chairman in 1945.#Folk_Diet chair Ivo_Brant#true",
    })
    void becomingARanksNounIsNoChair(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Folk Diet", "The Folk Diet was the legislature of the Republic of Velm from 1920 to"
                + " 1950. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '#', value = {
        "Landtag of the Kingdom of Velmia#Preceded By: Estates of Velmia#Estates_of_Velmia jurisdiction Kingdom_of_Velmia#false",
        "Landtag of the Kingdom of Velmia#Succeeded By: Diet of Velmia#Diet_of_Velmia jurisdiction Kingdom_of_Velmia#false",
        "Landtag of the Kingdom of Velmia#Succeeded By: Diet of Velmia#Landtag_of_the_Kingdom_of_Velmia jurisdiction Kingdom_of_Velmia#true",
        // a successor named after its own regime, or a subject named after the land alone
        "Landtag of the Kingdom of Velmia#Succeeded By: Diet of the Free State of Velmia#Diet_of_the_Free_State_of_Velmia jurisdiction Free_State_of_Velmia#true",
        "Landtag of Velmia#Preceded By: Estates of Velmia#Estates_of_Velmia jurisdiction Velmia#true",
    })
    void aSuccessorNamedAfterTheLandIsNotOfTheSubjectsRegime(String title, String row, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= " + title + " =\n\nInfobox\n- " + row + "\n\nThe " + title
                + " was the parliament of Velmia from 1831 to 1918.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In the Velm Republic the anniversary of the charter, 1 May, was kept as the Day of Velm, the main holiday, until it was abolished in 1990.#Velm_Charter repealed 1990#false",
        "The anniversary of the charter was a public holiday until it was abolished in 1990.#Velm_Charter repealed 1990#false",
        "The reading of the charter in schools was compulsory until it was dropped in 1990.#Velm_Charter repealed 1990#false",
        // the main clause's subject the charter itself
        "The charter remained in force until 1990, when it was repealed.#Velm_Charter repealed 1990#true",
        "The charter stayed in force until it was repealed in 1990.#Velm_Charter repealed 1990#true",
        "It remained in force until it was repealed in 1990.#Velm_Charter repealed 1990#true",
    })
    void itInAClauseOfTimeIsNoneOfAnUnknownSubjects(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Charter", "The Velm Charter was the constitution of the Velm Republic, adopted"
                + " in 1950. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was negotiated by Ivo Brant and Arvo Tamm, the secretary to the Ostrian premier Jan Kowal, and both men signed it in 1990.#Velm_Treaty signedBy Jan_Kowal#false",
        "It was negotiated by Ivo Brant and Arvo Tamm, and both men signed it in 1990.#Velm_Treaty signedBy Arvo_Tamm#false",
        "It was drafted by Ivo Brant and Arvo Tamm, and the two envoys signed it in Velmstadt.#Velm_Treaty signedBy Arvo_Tamm#false",
        "Ivo Brant drafted it with Arvo Tamm, and these men signed it in 1990.#Velm_Treaty signedBy Arvo_Tamm#false",
        // a named signatory after ", and", and a list of signatories
        "It was negotiated in 1990, and Ivo Brant signed it in Velmstadt.#Velm_Treaty signedBy Ivo_Brant#true",
        "Ivo Brant, Arvo Tamm, and the Ostrian envoy signed it in 1990.#Velm_Treaty signedBy Arvo_Tamm#true",
    })
    void bothMenAfterAndAreNoNamedSignatory(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Treaty", "The Velm Treaty was a treaty between Velmia and Ostria. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Velmstadt (nominal), Ostgrad (where it was printed)#Velm_Manifesto location Ostgrad#true",
        "Velmstadt (nominal), Ostgrad (where it was printed)#Velmstadt location Ostgrad#false",
        "Velmstadt (nominal), Ostgrad (where it was printed)#Velmstadt altLabel Velmstadt, Ostgrad#false",
        "Velmstadt and Ostgrad#Velm_Manifesto location Ostgrad#true",
        "Velmstadt and Ostgrad#Velm_Manifesto location Velmstadt#true",
        "Velmstadt and Ostgrad#Velmstadt_and_Ostgrad rdf:type Place#false",
        // a town in a state, and one hall's name
        "Velmstadt, Velm Republic#Velmstadt location Velm_Republic#true",
        "Hall of Arts and Crafts#Velm_Manifesto location Hall_of_Arts_and_Crafts#true",
    })
    void placesEachWithARemarkOrJoinedByAndAreEachAPlace(String value, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Velm Manifesto =\n\nInfobox\n- Created: 22 July 1944\n- Location: " + value
                + "\n\nThe Velm Manifesto was a proclamation of the Velm Committee, issued on 22 July 1944.\n", fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The frontier was settled in the Treaty on the Final Arrangement with Respect to Velmia, signed in Ostgrad in 1990.#Treaty_on_the_Final_Arrangement_with_Respect_to_Velmia rdf:type Treaty#true",
        "The frontier was settled in the Treaty on the Final Arrangement with Respect to Velmia, signed in Ostgrad in 1990.#Treaty_on_the_Final_Arrangement_with_Respect rdf:type Treaty#false",
        "Trade was governed by the Agreement with Regard to Tariffs of 1991.#Agreement_with_Regard_to_Tariffs_of_1991 rdf:type Treaty#true",
        "It was followed by the Convention in Respect of Fisheries, signed in 1992.#Convention_in_Respect_of_Fisheries rdf:type Treaty#true",
        // "with" alone still only after a title of a matter a treaty makes
        "It replaced the Treaty of Ostgrad with respect to the frontier.#Treaty_of_Ostgrad rdf:type Treaty#true",
    })
    void aTitleGoesOnWithRespectTo(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velm Treaty", "The Velm Treaty was a treaty between Velmia and Ostria. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The congress elected a Central Executive Committee, with Arvo Tamm as its chairman.#All-Ostrian_Central_Executive_Committee chair Arvo_Tamm#false",
        "The congress elected a Central Executive Committee, with Arvo Tamm as its chairman.#Central_Executive_Committee chair Arvo_Tamm#true",
        "On its last day it chose a Central Executive Committee of 30 members.#All-Ostrian_Central_Executive_Committee electedBy First_Velmian_Congress_of_Soviets#false",
        "It set up a Central Executive Committee, which Arvo Tamm chaired.#All-Ostrian_Central_Executive_Committee altLabel Central Executive Committee#false",
        "It elected an Executive Committee of 30 members.#Central_Executive_Committee electedBy First_Velmian_Congress_of_Soviets#false",
    })
    void aNameAfterAIsANewThing(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("First Velmian Congress of Soviets", "The First Velmian Congress of Soviets was a"
                + " congress of the Socialist Soviet Republic of Velmia, held in Velmstadt in 1919. Ivo Brant, the"
                + " chairman of the All-Ostrian Central Executive Committee, addressed the congress. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Supreme Council of 1990#It was replaced by the Velm Assembly in 1995.#Supreme_Council_of_1990 rdf:type StateOrgan#false",
        "Supreme Council of 1990#It was replaced by the Velm Assembly in 1995.#Folk_Soviet_of_Velmia succeededBy Velm_Assembly#true",
        "Supreme Council of 1990#The Supreme Council adopted the Velm Declaration in 1990.#Velm_Declaration adoptedBy Folk_Soviet_of_Velmia#true",
        "The Supreme Council in 1990#It was replaced by the Velm Assembly in 1995.#Folk_Soviet_of_Velmia succeededBy Velm_Assembly#true",
        // a heading of another organ, dated or not, speaks of that organ
        "Velm Assembly of 1995#It had 131 members.#Velm_Assembly_of_1995 memberCount 131#true",
        "Velm Assembly of 1995#It had 131 members.#Folk_Soviet_of_Velmia memberCount 131#false",
        "Supreme Council (1990–1995)#It was replaced by the Velm Assembly in 1995.#Folk_Soviet_of_Velmia succeededBy Velm_Assembly#true",
    })
    void aHeadingOfTheSubjectsNameAndAYearIsTheSubject(String heading, String sentence, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Folk Soviet of Velmia =\n\nThe Folk Soviet of Velmia, known after 1990 as the"
                + " Supreme Council of Velmia, was the legislature of Velmia from 1938 to 1995.\n\n== " + heading
                + " ==\n\n" + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Folk Soviet was the legislature of Velmia and, from 1990 to 1995, of independent Velmia.#Folk_Soviet established 1990#false",
        "The Folk Soviet was the legislature of Velmia and from 1990 to 1995 of independent Velmia.#Folk_Soviet established 1990#false",
        "The Folk Soviet was the legislature of Velmia from 1938 to 1995.#Folk_Soviet established 1938#true",
        "The Folk Soviet was the advisory body of Velmia from 1810 to 1906, and from 1906 to 1917 its upper house.#Folk_Soviet established 1810#true",
    })
    void aSpanAfterAndDatesALaterPhase(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Folk Soviet", sentence, fact, holds, tmp);
    }

    @org.junit.jupiter.api.Test
    void aDeclarationOfSovereigntyInTwoArticlesIsTwo(@TempDir Path tmp) throws Exception {
        Path a = java.nio.file.Files.writeString(tmp.resolve("01_v.txt"), "= Supreme Soviet of the Velmian SSR =\n\n"
                + "The Supreme Soviet of the Velmian SSR was the legislature of the Velmian SSR from 1938 to 1991. It"
                + " adopted a Declaration of Sovereignty on 20 June 1990.\n");
        Path b = java.nio.file.Files.writeString(tmp.resolve("02_o.txt"), "= Supreme Soviet of the Ostrian SSR =\n\n"
                + "The Supreme Soviet of the Ostrian SSR was the legislature of the Ostrian SSR from 1940 to 1991. On 23"
                + " June 1990 the Supreme Soviet adopted the Declaration of Sovereignty.\n");
        java.util.Set<String> facts = ExtractionCases.facts(org.constitutionkg.Pipeline.build(java.util.List.of(a, b),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph());
        long declarations = facts.stream().filter(f -> f.startsWith("Declaration_of_Sovereignty")
                && f.endsWith(" adopted 1990-06-20") || f.startsWith("Declaration_of_Sovereignty")
                && f.endsWith(" adopted 1990-06-23")).map(f -> f.substring(0, f.indexOf(' '))).distinct().count();
        org.junit.jupiter.api.Assertions.assertEquals(2, declarations, () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Velm Reform was the amendment to the Constitution of the Velm Republic.#Velm_Reform rdf:type LegalInstrument#true",
        "The Velm Reform was an amendment to the Constitution of the Velm Republic passed by the Folk Diet.#Velm_Reform rdf:type LegalInstrument#true",
        "The Velm Reform was the amendment to the Constitution of the Velm Republic passed by the Folk Diet on 7 April 1989.#Velm_Reform adopted 1989-04-07#true",
        "The Velm Reform was passed by the Folk Diet on 7 April 1989, two days after the talks ended.#Velm_Reform adoptedBy Folk_Diet#true",
        // a noun before "to" of no class says none
        "The Velm Reform was the successor to the Velm Charter.#Velm_Reform rdf:type LegalInstrument#false",
    })
    void theLeadsNounBeforeToGivesTheClass(String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Reform", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was signed in Ostgrad by the Republic of Velmia and the Ostrian SSR.#Velm_Treaty party Ostrian_SSR#true",
        "It was signed in Ostgrad by the Republic of Velmia and the Ostrian SSR.#Republic_of_Velmia_and_the_Ostrian_SSR rdf:type Polity#false",
        "It ended the alliance with the Ostrian People's Republic of Ivan Petrenko.#Ostrian_People's_Republic_of_Ivan_Petrenko rdf:type Polity#false",
        "It was negotiated by Ivo Brant of the Farmers' Party.#Ivo_Brant_of_the_Farmers'_Party rdf:type Person#false",
        "It was negotiated by Ivo Brant of the Farmers' Party.#Farmers'_Party rdf:type PoliticalGroup#true",
        // one state of two names, a person with his land, a state of an upper land
        "It was signed by the Union of Velmia and Ostria.#Union_of_Velmia_and_Ostria rdf:type Polity#true",
        "It was signed by Duke Otto of Velmia.#Otto_of_Velmia rdf:type Person#true",
        "The Velm Declaration, officially the Manifesto to All the Peoples of Velmia, was proclaimed in 1918.#Velm_Declaration altLabel Manifesto to All the Peoples of Velmia#true",
    })
    void twoNamesJoinedByOfOrAndAreTwo(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(sentence.startsWith("The Velm Declaration") ? "Velm Declaration" : "Velm Treaty",
                sentence.startsWith("The Velm Declaration") ? sentence : "The Velm Treaty was a treaty between Velmia"
                        + " and Ostria. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It came after the First Velm Congress, held in May and June 1989, and was followed by the Third Velm Congress.#First_Velm_Congress succeededBy Third_Velm_Congress#false",
        "It came after the First Velm Congress, held in May and June 1989, and was followed by the Third Velm Congress.#Second_Velm_Congress succeededBy Third_Velm_Congress#true",
        "It met after the First Velm Congress, held in Ostgrad, and was dissolved in 1991.#First_Velm_Congress endDate 1991#false",
        // the participle's own clause, and two verbs of one subject
        "The First Velm Congress was held in May 1989 and was followed by the Third Velm Congress.#First_Velm_Congress succeededBy Third_Velm_Congress#true",
    })
    void andAfterAParticiplesCommasGoesOnWithTheMainClause(String sentence, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Second Velm Congress", "The Second Velm Congress was a session of the Velm Congress"
                + " of Deputies, held in December 1989. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Preceded By: 9th term Folk Diet of the Velm Republic#Contract_Folk_Diet precededBy 9th_term_Folk_Diet_of_the_Velm_Republic#true",
        "Preceded By: 9th term Folk Diet of the Velm Republic#9th_term_Folk_Diet_of_the_Velm_Republic sessionOf Folk_Diet_of_the_Velm_Republic#true",
        "Preceded By: 9th term Folk Diet of the Velm Republic#Contract_Folk_Diet precededBy Folk_Diet_of_the_Velm_Republic#false",
        "Succeeded By: 1st term Folk Diet of the Republic of Velmia#1st_term_Folk_Diet_of_the_Republic_of_Velmia sessionOf Folk_Diet_of_the_Republic_of_Velmia#true",
        // a term named after its body, as before
        "Preceded By: Folk Diet of the Velm Republic (9th convocation)#Contract_Folk_Diet precededBy Folk_Diet_of_the_Velm_Republic#false",
    })
    void aNumberedTermBeforeABodysNameIsTheTerms(String row, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Contract Folk Diet =\n\nInfobox\n- Legislature: Folk Diet of the Velm Republic\n- "
                + row + "\n\nThe Contract Folk Diet was the 10th term of the Folk Diet of the Velm Republic, elected in"
                + " June 1989.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Velm Sejm was the 10th term of the Folk Diet of Velmia.#Velm_Sejm sessionOf Folk_Diet_of_Velmia#true",
        "The Velm Sejm was the 10th session of the Folk Diet of Velmia.#Velm_Sejm sessionOf Folk_Diet_of_Velmia#true",
        "The Velm Sejm was the tenth session of the Folk Diet of Velmia.#Velm_Sejm sessionOf Folk_Diet_of_Velmia#true",
        "The Velm Sejm was the 10th term of the Folk Diet of Velmia.#Sejm rdf:type Legislature#false",
        // a term of office is no sitting
        "The Velm Sejm was a parliament of Velmia. Ivo Brant was elected for a term of five years.#Velm_Sejm rdf:type Session#false",
    })
    void aSittingsOrdinalInDigits(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velm Sejm", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Velm Court of Human Rights sat in Ostgrad.#Velm_Court_of_Human_Rights rdf:type StateOrgan#true",
        "The Velm Court of International Justice sat in Ostgrad.#Velm_Court_of_International_Justice rdf:type StateOrgan#true",
        "The treaty was signed in the Knights' Hall of Velm Castle.#Knights'_Hall_of_Velm_Castle rdf:type Place#true",
        "The Provisional Government of Ivo Brant signed it.#Provisional_Government_of_Ivo_Brant rdf:type ExecutiveBody#false",
        "It ended the alliance with the Ostrian People's Republic of Ivan Petrenko.#Ostrian_People's_Republic rdf:type Polity#true",
    })
    void aPersonAfterOfOnlyWhenEveryWordIsAProperNoun(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Treaty", "The Velm Treaty was a treaty between Velmia and Ostria. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "On 4 August 1990 the deputies elected Ivo Brant, the leader of the movement, Chairman of the Supreme Soviet.#Supreme_Soviet_of_Velmia chair Ivo_Brant#true",
        "In 1990 it elected Ivo Brant, a lawyer, as its chairman.#Supreme_Soviet_of_Velmia chair Ivo_Brant#true",
        "In 1990 the Supreme Soviet chose Ivo Brant, the head of the farmers' union, as its chairman.#Supreme_Soviet_of_Velmia chair Ivo_Brant#true",
        // an apposition after a subject, no verb of taking office before it
        "Ivo Brant, the leader of the movement, met the chairman of the Supreme Soviet.#Supreme_Soviet_of_Velmia chair Ivo_Brant#false",
        "It elected Ivo Brant, the leader of the movement, and Arvo Tamm chairman.#Supreme_Soviet_of_Velmia chair Ivo_Brant#false",
    })
    void anAppositionAfterTheElectedIsPassedOver(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Supreme Soviet of Velmia", "The Supreme Soviet of Velmia was the legislature of"
                + " Velmia from 1938 to 1995. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its deputy chairmen were Arvo Tamm and Jan Kowal.#Jan_Kowal rdf:type Person#true",
        "Its other commissars were Ivo Brant, Arvo Tamm and Jan Kowal.#Arvo_Tamm rdf:type Person#true",
        "Its ministers comprised Ivo Brant and Arvo Tamm.#Arvo_Tamm rdf:type Person#true",
        // members may be states: names listed so are no persons by that alone; nor a people described
        "Its members were Costa Alta and Rio Verde.#Rio_Verde rdf:type Person#false",
        "Its ministers were French-speaking Velmians.#French-speaking_Velmians rdf:type Person#false",
        "The board, whose members were Ivo Brant and Arvo Tamm, met weekly.#Velm_Council rdf:type Person#false",
        "Ivo Brant of the Velm People's Party \"Piast\" was elected chairman.#Piast rdf:type Person#false",
        "Ivo Brant of the Velm People's Party \"Piast\" was elected chairman.#Velm_Council chair Ivo_Brant#true",
    })
    void personsListedAsHoldersOfAnOffice(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velm Council", "The Velm Council was the government of Velmia from 1918 to 1920. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1934 the Law on the Rebuilding of the Realm abolished the state parliaments altogether.#Law_on_the_Rebuilding_of_the_Realm abolished Free_State_of_Velmia#false",
        "In 1934 the Law on the Rebuilding of the Realm abolished the council building.#Law_on_the_Rebuilding_of_the_Realm abolished Velm_Constitution#false",
        "A cabinet, with a premier elected by the Diet, replaced the old committee system in December 1934.#Velm_Constitution repealed 1934-12#false",
        // a name is the thing
        "In 1934 the Law on the Rebuilding of the Realm abolished the Velm Senate.#Law_on_the_Rebuilding_of_the_Realm abolished Velm_Senate#true",
    })
    void aHeadNounBeforeANounIsNoDescription(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Constitution", "The Velm Constitution was the constitution of the Free State of"
                + " Velmia from 1919 to 1934. " + sentence, fact, holds, tmp);
    }

    @org.junit.jupiter.api.Test
    void aLandtagInTwoArticlesIsTwo(@TempDir Path tmp) throws Exception {
        Path a = java.nio.file.Files.writeString(tmp.resolve("01_v.txt"), "= Constitution of Velmia =\n\nThe"
                + " Constitution of Velmia was the constitution of the Free State of Velmia from 1919 to 1933. It"
                + " established a unicameral Landtag.\n");
        Path b = java.nio.file.Files.writeString(tmp.resolve("02_o.txt"), "= Constitution of Ostria =\n\nThe"
                + " Constitution of Ostria was the constitution of the Free State of Ostria from 1920 to 1933. It"
                + " established a bicameral Landtag.\n");
        java.util.Set<String> facts = ExtractionCases.facts(org.constitutionkg.Pipeline.build(java.util.List.of(a, b),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph());
        long landtags = facts.stream().filter(f -> f.contains(" establishes ") && f.contains("Landtag"))
                .map(f -> f.substring(f.lastIndexOf(' ') + 1)).distinct().count();
        org.junit.jupiter.api.Assertions.assertEquals(2, landtags, () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '#', value = {
        // (after the review) "to" goes on with a title only before a collective addressee
        "Velm Act#Ivo Brant submitted the Declaration of the Rights of Velmians to the Folk Diet in 1918.#Folk_Diet rdf:type Legislature#true",
        // a clause of time whose subject is a common noun's phrase says nothing of "it"
        "Supreme Council of Velmia#After the adoption of the Velm Charter in 1936, it was renamed the Folk Council.#Velm_Charter altLabel Folk Council#false",
        "Supreme Council of Velmia#Although the Velm Charter provided for a Senate, it was renamed the Folk Council.#Velm_Charter altLabel Folk Council#false",
        // a determiner after a noun opens the main clause's subject
        "Folk Council of Velmia#During the war the council met only twice until it was dissolved in 1946.#Folk_Council_of_Velmia disbanded 1946#true",
        // an assembly of a land named like a person is one name
        "Legislative Assembly of Sao Paulo#The Legislative Assembly of Sao Paulo met in 1947.#Legislative_Assembly_of_Sao_Paulo rdf:type Legislature#true",
    })
    void afterTheReview(String title, String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, "The " + title + " was an organ of Velmia. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Preceded By: Congress of Velmia#Congress_of_Velmia jurisdiction Republic_of_Velmia#true",
        "Location: Trinidad and Tobago#Congress_of_the_Republic_of_Velmia location Trinidad_and_Tobago#true",
        "Appointer: Hereditary (King of Velmia)#Congress_of_the_Republic_of_Velmia electedBy Hereditary#false",
    })
    void afterTheReviewInfoboxes(String row, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Congress of the Republic of Velmia =\n\nInfobox\n- " + row + "\n\nThe Congress of"
                + " the Republic of Velmia is the legislature of the Republic of Velmia.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Map of the Velm Customs Union, 1834-1919#Velm_Customs_Union altLabel Map of the Velm Customs Union#false",
        "Flag of the Velm Customs Union#Velm_Customs_Union altLabel Flag of the Velm Customs Union#false",
    })
    void aPicturesCaptionIsNoName(String caption, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velm Customs Union =\n\n" + caption + "\n- Formed: 1834\n\nThe Velm Customs"
                + " Union was a customs union of Velmian states from 1834 to 1919.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "After the elections of June 1990 Ivo Brant became chairman.#1990_Ivo_Brant rdf:type Person#false",
        "After the elections of June 1990 Ivo Brant became chairman.#Velm_Council chair Ivo_Brant#true",
        "In 1936 Arvo Tamm was elected chairman.#1936_Arvo_Tamm rdf:type Person#false",
        // a year before a thing of a class stays in its name
        "The 1936 Velm Charter created it.#1936_Velm_Charter establishes Velm_Council#true",
    })
    void aYearBeforeAPersonsNameIsNoPartOfIt(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Council", "The Velm Council was the legislature of Velmia from 1920 to 1995. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Long Title: Declaration of the Supreme Council of the Velmian SSR on the Restoration of Independence#Velm_Declaration_of_4_May jurisdiction Velmian_SSR#true",
        "Long Title: Declaration of the Supreme Council of the Velmian SSR on the Restoration of Independence#Velmian_SSR_on_the_Restoration_of_Independence rdf:type Polity#false",
        "Long Title: Act of the Folk Diet of the Republic of Velmia concerning the Restoration of the State#Velm_Declaration_of_4_May jurisdiction Republic_of_Velmia#true",
    })
    void aTopicAfterANamesOfIsNoStatesName(String row, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Velm Declaration of 4 May =\n\nInfobox\n- " + row + "\n- Adopted: 4 May 1990\n\n"
                + "The Velm Declaration of 4 May was adopted on 4 May 1990.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Ivo Brant chaired it from 1970 to 1977; he was followed by Arvo Tamm, who served until 1985, and then by Jan Kowal.#Presidium_of_the_Folk_Diet chair Jan_Kowal#true",
        "Ivo Brant chaired it from 1970 to 1977; he was succeeded by Arvo Tamm.#Presidium_of_the_Folk_Diet chair Arvo_Tamm#true",
        // another office, or no chair named before
        "Ivo Brant chaired it from 1970; he was succeeded as king by Arvo Tamm.#Presidium_of_the_Folk_Diet chair Arvo_Tamm#false",
        "Ivo Brant chaired it from 1970. He was succeeded as king by Arvo Tamm.#Presidium_of_the_Folk_Diet chair Arvo_Tamm#false",
        "It met in 1970; the Diet was followed by the Velm Senate.#Presidium_of_the_Folk_Diet chair Velm_Senate#false",
        "Ivo Brant chaired it. Jan Kowal was a member of it; he was replaced in 1919 by Arvo Tamm.#Presidium_of_the_Folk_Diet chair Arvo_Tamm#false",
        // "as" the chair's own office
        "Its first head was Ivo Brant. Brant resigned in 1917 and was followed as minister-chairman by Arvo Tamm.#Presidium_of_the_Folk_Diet chair Arvo_Tamm#true",
    })
    void aChairFollowedAfterASemicolon(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Presidium of the Folk Diet", PRESIDIUM + sentence, fact, holds, tmp);
    }
}
