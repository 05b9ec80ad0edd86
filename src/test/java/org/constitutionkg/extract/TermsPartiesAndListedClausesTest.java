package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of fresh audits (stop 48), each with invented names in several phrasings: a term's number in parentheses
 * stays in an infobox value's name, whatever the body; a state's name ends before "of the 12th convocation"; a lead
 * that calls the subject a treaty makes it one, and the states that sign it its parties; a relative clause with a
 * singular verb after a list is said of the last item alone; a name that ends with a title of office is no person's;
 * names in parentheses that a comma parts are each a name.
 */
class TermsPartiesAndListedClausesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "Successor: Supreme Council of Velmar (13th convocation)#Supreme_Council_of_Velmar_(12th_convocation) succeededBy Supreme_Council_of_Velmar_(13th_convocation)#true",
        "Successor: Supreme Council of Velmar (13th convocation)#Supreme_Council_of_Velmar_(12th_convocation) succeededBy Supreme_Council_of_Velmar#false",
        "Predecessor: Supreme Council of Velmar (Eleventh Convocation)#Supreme_Council_of_Velmar_(12th_convocation) precededBy Supreme_Council_of_Velmar_(Eleventh_Convocation)#true",
        "Predecessor: Supreme Council of Velmar (Eleventh Convocation)#Supreme_Council_of_Velmar_(12th_convocation) precededBy Supreme_Council_of_Velmar#false",
        "Successor: State Council of Velmar (2nd session)#Supreme_Council_of_Velmar_(12th_convocation) succeededBy State_Council_of_Velmar_(2nd_session)#true",
        "Successor: Presidium of the Velmar Diet (13th convocation)#Supreme_Council_of_Velmar_(12th_convocation) succeededBy Presidium_of_the_Velmar_Diet_(13th_convocation)#true",
    })
    void termNumberInAValue(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Supreme Council of Velmar (12th convocation)", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        // (a council of no known kind that sits in convocations: the name is one convocation's, a sitting of it)
        "The Supreme Council of the Republic of Velmar of the 12th convocation was the legislature of Velmar.#Supreme_Council_of_the_Republic_of_Velmar_of_the_12th_convocation sessionOf Supreme_Council_of_the_Republic_of_Velmar#true",
        "The Supreme Council of the Republic of Velmar of the 12th convocation was the legislature of Velmar.#Republic_of_Velmar_of_the_12th_convocation rdf:type Polity#false",
        "The Council of Ministers of the Kingdom of Velmar of the third convocation was formed in 1971.#Council_of_Ministers_of_the_Kingdom_of_Velmar_of_the_third_convocation jurisdiction Kingdom_of_Velmar#true",
        "The People's Assembly of the Republic of Velmar, 4th convocation, sat from 1971 to 1975.#Republic_of_Velmar,_4th_convocation rdf:type Polity#false",
    })
    void stateBeforeATerm(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String title = lead.substring(4, lead.indexOf(lead.contains(" was ") ? " was " : lead.contains(" was formed")
                ? " was formed" : ","));
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "was the founding treaty of the Velmar Union#Charter_of_the_Velmar_Union party Republic_of_Ostria#true",
        "was a treaty between the states of the Velmar Union#Charter_of_the_Velmar_Union party Republic_of_Ostria#true",
        "is an agreement among the members of the Velmar Union#Charter_of_the_Velmar_Union rdf:type Treaty#true",
        "was the founding pact of the Velmar Union#Charter_of_the_Velmar_Union signedBy Republic_of_Ostria#false",
        "was the founding document of the Velmar Union#Charter_of_the_Velmar_Union rdf:type Treaty#false",
    })
    void leadThatCallsItATreaty(String copula, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Charter of the Velmar Union = // "
                + "Infobox // - Date Signed: 3 May 1961 // - Signatories: Republic of Ostria, Republic of Velmar // "
                + "// The Charter of the Velmar Union " + copula + ".\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Rada elected Ivan Petrenko and the Velmar Regional Government, which was chaired by Pavlo Marchuk.#Ivan_Petrenko chair Pavlo_Marchuk#false",
        "The Rada elected Ivan Petrenko and the Velmar Regional Government, which was chaired by Pavlo Marchuk.#Velmar_Regional_Government chair Pavlo_Marchuk#true",
        "The Rada set up the Velmar Court, the Velmar Senate and the Velmar Regional Government, which is accountable to the Rada.#Velmar_Court accountableTo Velmar_Rada#false",
        "The Rada set up the Velmar Court, the Velmar Senate and the Velmar Regional Government, which is accountable to the Rada.#Velmar_Regional_Government accountableTo Velmar_Rada#true",
        "The Velmar Court, the Velmar Senate and the Velmar Land Council, which was founded in 1918, were abolished by the Rada in 1920.#Velmar_Court disbanded 1920#true",
        "The Rada appointed Olga Berg, and the Velmar Land Office, which has nine members.#Olga_Berg memberCount 9#false",
    })
    void singularClauseAfterAList(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        inTheRada(sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Rada elected the Velmar Hetman, Ivan Petrenko.#Velmar_Hetman rdf:type Person#false",
        "The Rada elected the Velmar Hetman, Ivan Petrenko.#Ivan_Petrenko electedBy Velmar_Rada#true",
        "The Velmar Ataman, Pavlo Marchuk, was elected by the Rada.#Velmar_Ataman rdf:type Person#false",
        "Ivan Petrenko, who was chosen by the Rada, became the Ostrian Viceroy.#Ostrian_Viceroy rdf:type Person#false",
        "The Rada was opened by the Kelm Voivode in 1920.#Kelm_Voivode rdf:type Person#false",
    })
    void titleOfOfficeIsNoPerson(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        inTheRada(sentence, fact, holds, tmp);
    }

    /** The sentence in the history section of an article on the Velmar Rada. */
    private static void inTheRada(String sentence, String fact, boolean holds, Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Rada =\n\nThe Velmar Rada was the parliament of Velmar.\n\n== History ==\n"
                + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Spring Laws (Velmish: Tavaszi lovek, Kelmi lovek) were passed by the Velmar Diet.#Spring_Laws altLabel Kelmi lovek#true",
        "The Spring Laws (Velmish: Tavaszi lovek, Kelmi lovek) were passed by the Velmar Diet.#Spring_Laws altLabel Tavaszi lovek, Kelmi lovek#false",
        "The Velmar Diet sat at Kelm (Kelmburg, today Kelmovo) in 1848.#Kelm altLabel Kelmovo#true",
        "The Velmar Diet sat at Kelm (Kelmburg, today Kelmovo) in 1848.#Kelm altLabel Kelmburg, today Kelmovo#false",
        "The Velmar Diet sat at Kelm (Kelmburg, Ostria) in 1848.#Kelm altLabel Ostria#false",
        "The Velmar Diet of Kelm, today Kelmovo, met in 1848.#Velmar_Diet_of_Kelm altLabel Kelmovo#false",
        "The Velmar Diet met after its 4th Session (Kelm, May 1848) in the capital.#4th_Session_of_the_Velmar_Diet altLabel Kelm#false",
    })
    void namesACommaParts(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Diet =\n\nThe Velmar Diet was the parliament of Velmar.\n\n== History ==\n"
                + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "It was composed of the Velmar Senate with 35 deputies and the Velmar Chamber with 70 deputies.#Velmar_Senate memberCount 35#true",
        "It was composed of the Velmar Senate with 35 deputies and the Velmar Chamber with 70 deputies.#Velmar_Kenesh memberCount 70#false",
        "The Kenesh consisted of the Velmar Senate with 40 senators, the Velmar Chamber with 90 deputies and the Velmar Court.#Velmar_Chamber memberCount 90#true",
        "It was a bicameral body, composed of the Velmar Senate with 35 deputies, which sat permanently, and the Velmar Chamber with 70 deputies.#Velmar_Chamber memberCount 70#true",
        "The Kenesh met in Kelm with 300 deputies.#Velmar_Kenesh memberCount 300#true",
    })
    void countsOfListedParts(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Kenesh =\n\nThe Velmar Kenesh is the parliament of Velmar.\n\n"
                + "== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Jurisdiction: Velmar Treaty Organization#Velmar_Treaty_Organization rdf:type Polity#false",
        "Jurisdiction: Eastern Velmar Alliance#Eastern_Velmar_Alliance rdf:type Polity#false",
        "Jurisdiction: Velmar Economic Community#Political_Committee_of_Velmar jurisdiction Velmar_Economic_Community#false",
        "Jurisdiction: Velmar Federal Republic#Political_Committee_of_Velmar jurisdiction Velmar_Federal_Republic#true",
    })
    void jurisdictionThatNamesABody(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Political Committee of Velmar", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The rest were named by the Central Committee of the Velmar Workers–Labour Party.#Central_Committee_of_the_Velmar_Workers-Labour_Party rdf:type PoliticalGroup#true",
        "The rest were named by the Central Committee of the Velmar Workers–Labour Party.#Central_Committee_of_the_Velmar_Workers-Labour_Party rdf:type StateOrgan#false",
        "The Politburo of the Velmar Social—Democratic Party chose the rest.#Politburo_of_the_Velmar_Social-Democratic_Party rdf:type StateOrgan#false",
        "The Secretariat of the Velmar Peasants–Workers Front met in Kelm.#Secretariat_of_the_Velmar_Peasants-Workers_Front rdf:type StateOrgan#false",
    })
    void partyBodiesWithADash(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Kenesh =\n\nThe Velmar Kenesh is the parliament of Velmar.\n\n"
                + "== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Charter of Velmar was the basic law of the Velmar Republic (VR), a buffer state that existed from 1920 to 1922.#Velmar_Republic established 1920#true",
        "The Charter of Velmar was the basic law of the Velmar Republic (VR), a buffer state that existed from 1920 to 1922.#Charter_of_Velmar effective 1920#false",
        "The Charter of Velmar was the basic law of the Velmar Republic, a nominally free state which was dissolved in 1934.#Velmar_Republic disbanded 1934#true",
        "The Charter of Velmar was the basic law of the Velmar Republic, a client state of Ostria, from 1939 to 1945.#Charter_of_Velmar effective 1939#true",
        "The Charter of Velmar was a short text that was in force from 1939 to 1945.#Charter_of_Velmar effective 1939#true",
        "The Charter of Velmar was the basic law of the Velmar Republic, a short text that was adopted by the Rada in 1920.#Velmar_Republic adoptedBy Velmar_Rada#false",
    })
    void clauseOfAnApposition(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of Velmar", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "It was drafted by the Kelm Congress, a constituent assembly that met in Kelm from May 1821, and was approved on 30 August 1821.#Charter_of_Velmar adopted 1821-08-30#true",
        "It was drafted by the Kelm Congress, which sat in Kelm, and was approved on 30 August 1821.#Kelm_Congress adopted 1821-08-30#false",
        "It was drafted by the Kelm Congress, which sat in Kelm, and was signed by Ivan Petrov.#Charter_of_Velmar signedBy Ivan_Petrov#true",
        "It was drafted by the Kelm Assembly, which sat in Kelm and was dissolved in 1822.#Kelm_Assembly disbanded 1822#true",
        // (a congress named after its town is a one-off meeting, which ends)
        "It was drafted by the Kelm Congress, which sat in Kelm and was dissolved in 1822.#Kelm_Congress endDate 1822#true",
        "It was drafted by the Kelm Congress, which sat in Kelm, the old capital, and was dissolved in 1822.#Charter_of_Velmar repealed 1822#false",
    })
    void andAfterARelativeClause(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of Velmar", "The Charter of Velmar was the first charter of Velmar. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The king issued the imposed March Charter (Kelm Charter) on 4 March 1849.#March_Charter altLabel Kelm Charter#true",
        "The king issued the imposed March Charter (Kelm Charter) on 4 March 1849.#Kelm_Charter rdf:type LegalInstrument#false",
        "The Diet adopted the new April Statute in 1850.#April_Statute adopted 1850#true",
        "It was created by the Charter of Velmar of 5 June 1849, the so-called June Charter.#Charter_of_Velmar altLabel June Charter#true",
        "In the session until March Ivan Petrov chaired the Velmar Diet.#Velmar_Diet chair Ivan_Petrov#true",
        "In the following March Ivan Petrov chaired the Velmar Diet.#Velmar_Diet chair Ivan_Petrov#true",
        "The Diet handed its powers to a smaller body, the Land Council (Zemsky Sovet), consisting of 50 deputies.#Land_Council memberCount 50#true",
        "The Diet handed its powers to a smaller body, the Land Council (Zemsky Sovet), consisting of 50 deputies.#Velmar_Diet memberCount 50#false",
    })
    void monthsInNamesAndDescribedCounts(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        inTheDiet(sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Velmar Act 1919 replaced the council with a bicameral Velmar Legislature. It consisted of two chambers, the Velmar Senate and the Velmar Chamber.#Velmar_Senate partOf Velmar_Legislature#true",
        "The Velmar Act 1919 replaced the council with a bicameral Velmar Legislature. Its members were divided between two chambers: // - the Velmar Senate, the upper house, with 60 members; // - the Velmar Chamber, the lower house, with 145 members.#Velmar_Chamber partOf Velmar_Legislature#true",
        "The Velmar Act 1919 replaced the council with a bicameral Velmar Legislature. Its members were divided between two chambers: // - the Velmar Senate, the upper house, with 60 members; // - the Velmar Chamber, the lower house, with 145 members.#Velmar_Chamber partOf Velmar_Land_Council#false",
        "The Velmar Act 1919 replaced the council with a new Velmar Senate. It was abolished in 1935.#Velmar_Senate disbanded 1935#true",
        "The Velmar Act 1919 replaced the council with a new Velmar Senate and a Velmar Court. It was abolished in 1935.#Velmar_Senate disbanded 1935#false",
        "The Velmar Treaty 1919 set up a new Velmar Senate. It was repealed in 1935.#Velmar_Senate disbanded 1935#false",
        "The Velmar Act 1919 was passed by a vote of the Velmar Senate. It came into force in 1920.#Velmar_Senate established 1920#false",
        "The council set up a new Velmar Senate. It was abolished in 1935.#Velmar_Land_Council disbanded 1935#true",
    })
    void itAfterANewBody(String text, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Velmar Land Council = // // The Velmar Land Council "
                + "was the legislature of Velmar. // // == Abolition == // " + text + "\n"), fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "After the Kelm Conference created the Ostrian Government, the Velmar cabinet resigned on 3 November 1918.#Ostrian_Government established 1918-11-03#false",
        "When the Kelm Conference set up the Ostrian Council, the cabinet resigned in 1918.#Ostrian_Council established 1918#false",
        "After the Kelm Conference set up the Ostrian Council in May 1918, the cabinet resigned.#Ostrian_Council established 1918-05#true",
        "After the war, the Kelm Conference set up the Ostrian Council on 3 November 1918.#Ostrian_Council established 1918-11-03#true",
    })
    void datesOfAnOpeningClause(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velmar Government", "The Velmar Government was a government of Velmar. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Its deputies were elected by the male citizens of the Velmar states.#Velmar_Diet electedBy male_citizens_of_the_Velmar_states#true",
        "Its deputies were elected by the male citizens of the Velmar states.#Velmar_Diet electedBy male_citizens_of_the_Velmar#false",
        "It was elected by the voters of Velmar.#Velmar_Diet electedBy voters_of_Velmar#true",
    })
    void electoratesOfANamedLand(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        inTheDiet(sentence, fact, holds, tmp);
    }

    /** The sentence in the history section of an article on the Velmar Diet. */
    private static void inTheDiet(String sentence, String fact, boolean holds, Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Diet =\n\nThe Velmar Diet was the parliament of Velmar.\n\n"
                + "== History ==\n" + sentence + "\n", fact, holds, tmp);
    }
}
