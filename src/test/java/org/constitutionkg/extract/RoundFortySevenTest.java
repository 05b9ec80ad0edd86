package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stops 59 and 60, with invented sentences and values: a decade names no
 * year; a title after a person's name (a verb of two objects: "elected Ivo Brant Regent") is no part of the name; a
 * body whose name holds "Party" before its head, and the congress of a party named by its initials, are the party's; a
 * congress named after its town is a meeting; a council of no known kind sits in convocations as a legislature does;
 * an "of" phrase that lists peoples stays whole in a place's value; an additional act "to" an instrument keeps its
 * whole title; a list in a second clause is no list of the body's chairs.
 */
class RoundFortySevenTest {

    private static final String DIET = "The Diet of Xland was the legislature of Xland from 1850 to 1934. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Established: 1290s#Diet_of_Xland established 1290#false",
        "Established: the 1840s#Diet_of_Xland established 1840#false",
        "Established: 1840's#Diet_of_Xland established 1840#false",
        "Established: 1848#Diet_of_Xland established 1848#true",
        "Established: c. 1290s, reformed 1848#Diet_of_Xland established 1290#false",
    })
    void aDecadeNamesNoYear(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Diet of Xland", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1920 the diet elected Pavel Ostrin Regent.#Pavel_Ostrin rdf:type Person#true",
        "In 1920 the diet elected Pavel Ostrin Regent.#Pavel_Ostrin electedBy Diet_of_Xland#true",
        "In 1920 the diet elected Pavel Ostrin Regent.#Pavel_Ostrin_Regent rdf:type Person#false",
        "The diet crowned Pavel Ostrin King of Xland on 2 July 1870.#Pavel_Ostrin rdf:type Person#true",
        "The diet crowned Pavel Ostrin King of Xland on 2 July 1870.#Pavel_Ostrin_King rdf:type Person#false",
        "Pavel Ostrin, whom the diet had appointed Prime Minister, resigned in 1926.#Pavel_Ostrin rdf:type Person#true",
        "The diet appointed Marta Kolvi Prime Minister in 1926.#Marta_Kolvi_Prime rdf:type Person#false",
        "Marta Kolvi was made President of the Diet in 1926.#Marta_Kolvi rdf:type Person#true",
        // a title written after a name as a part of it stays
        "In 1920 Omar Said Khan fled from Xland.#Omar_Said_Khan rdf:type Person#true",
        "In 1920 Omar Said Pasha fled from Xland.#Omar_Said_Pasha rdf:type Person#true",
    })
    void aTitleAfterANameIsNoPartOfIt(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Diet of Xland", DIET + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The congress elected the Party Control Commission.#Party_Control_Commission rdf:type PoliticalGroup#true",
        "The congress elected the Party Control Commission.#Party_Control_Commission rdf:type StateOrgan#false",
        "It also elected a Central Party Council, which chose the leaders.#Central_Party_Council rdf:type PoliticalGroup#true",
        "The Party Revision Board was elected by the congress.#Party_Revision_Board rdf:type PoliticalGroup#true",
        "The congress was attended by members of the Party Council of Yland.#Party_Council_of_Yland rdf:type PoliticalGroup#true",
        // a body of a state whose name holds no "Party" before its head is no party's
        "The congress was addressed by the Control Commission of Yland.#Control_Commission_of_Yland rdf:type PoliticalGroup#false",
    })
    void aBodyNamedForThePartyIsTheParty(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Second Congress of the Xland Workers' Party",
                "The Second Congress of the Xland Workers' Party was held in Ytown in 1920. " + sentence, fact, holds,
                tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a congress of a party named by its initials is the party's; a numbered one is one sitting of it
        "Preceded by: 5th Congress of the XSDLP#Congress_of_the_XSDLP rdf:type PoliticalGroup#true",
        "Preceded by: 5th Congress of the XSDLP#Congress_of_the_XSDLP rdf:type Legislature#false",
        "Succeeded by: 7th Congress of the XCP(b)#Congress_of_the_XCP rdf:type PoliticalGroup#true",
        "Preceded by: Fourth Conference of the YWP#Conference_of_the_YWP rdf:type PoliticalGroup#true",
        // a soviet republic's initials name a state, whose congress is of soviets
        "Preceded by: 5th Congress of the XSSR#Congress_of_the_XSSR rdf:type PoliticalGroup#false",
    })
    void aCongressOfAPartyByItsInitials(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox("6th Congress of the Xland Workers' Party", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Velmar Congress#The Velmar Congress was the second congress of the Xland Workers' Party, held in Velmar from 3 to 8 July 1921.#Velmar_Congress rdf:type Meeting#true",
        "Velmar Congress#The Velmar Congress was the second congress of the Xland Workers' Party, held in Velmar from 3 to 8 July 1921.#Velmar_Congress startDate 1921-07-03#true",
        "Velmar Congress#The Velmar Congress met in July 1921 and elected a Central Council.#Velmar_Congress rdf:type Legislature#false",
        "Velmar Congress#Held in Velmar in July 1921, the Velmar Congress founded the Xland Workers' Party.#Velmar_Congress rdf:type Meeting#true",
        // a people's, a land's, a soviet or a numbered congress is none
        "All-Xanian Congress#The All-Xanian Congress met in Velmar in 1917 and 1918.#All-Xanian_Congress rdf:type Meeting#false",
        "Soviet Congress#The Soviet Congress of Xland met in Velmar every year.#Soviet_Congress_of_Xland rdf:type Meeting#false",
        "Diet of Xland#The constitution was adopted by the Fifth Congress in July 1918.#Fifth_Congress rdf:type Meeting#false",
    })
    void aCongressNamedAfterItsTown(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Charter of Xland was adopted on 9 June 1994 by the Supreme Council of the twelfth convocation.#Supreme_Council_of_the_twelfth_convocation sessionOf Supreme_Council#true",
        "The Charter of Xland was adopted on 9 June 1994 by the Supreme Council of the twelfth convocation.#Supreme_Council_of_the_twelfth_convocation rdf:type StateOrgan#false",
        "The Supreme Council (Velmo Kengesi) of the 3rd convocation adopted the Charter of Xland.#Supreme_Council_of_the_3rd_convocation sessionOf Supreme_Council#true",
        "The Charter of Xland, which the Regional Council of the second convocation adopted, was short.#Regional_Council_of_the_second_convocation rdf:type Session#true",
        "The Charter of Xland was drafted by the Council of Ministers of the 3rd convocation.#Council_of_Ministers_of_the_3rd_convocation rdf:type Session#false",
    })
    void aCouncilSitsInConvocations(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Charter of Xland", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Location: Ytown, Kingdom of Ylanders, Zorbs and Quarks#Ytown location Kingdom_of_Ylanders_Zorbs_and_Quarks#true",
        "Location: Ytown, Kingdom of Ylanders, Zorbs and Quarks#Zorbs_and_Quarks rdf:type Place#false",
        "Location: Velm Hall, Ytown, State of Ylanders and Zorbs#Velm_Hall location State_of_Ylanders_and_Zorbs#true",
        "Location: Ytown, Union of Ylanders, Zorbs, Vells and Quarks#Ytown location Union_of_Ylanders_Zorbs_Vells_and_Quarks#true",
        // a state the gazetteer knows is a place of its own
        "Location: Ytown, Kingdom of Ylanders, France#Ytown location France#true",
    })
    void anOfPhraseThatListsPeoplesInAPlace(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox("Velmar Congress", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1821 it was replaced by the Additional Act to the Charter of the Kingdom of 14 May 1821.#Additional_Act_to_the_Charter_of_the_Kingdom adopted 1821-05-14#true",
        "In 1821 it was replaced by the Additional Act to the Charter of the Kingdom of 14 May 1821.#Charter_of_the_Kingdom adopted 1821-05-14#false",
        "The Additional Act to the Charter of the Kingdom, drafted by Olaf Berg, replaced it in 1815.#Additional_Act_to_the_Charter_of_the_Kingdom author Olaf_Berg#true",
        "The Supplementary Act to the Basic Statute was passed in 1816.#Supplementary_Act_to_the_Basic_Statute adopted 1816#true",
        "The Supplementary Act to the Basic Statute was passed in 1816.#Supplementary_Act_to_the_Basic_Statute rdf:type LegalInstrument#true",
    })
    void anActToAnInstrument(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of 1810", "The Charter of 1810 was the constitution of Xland. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its sessions were chaired by Ivo Brant, and among its speakers were Karl Weiss, Anna Berg and Piotr Sand.#Diet_of_Xland chair Karl_Weiss#false",
        "Its sessions were chaired by Ivo Brant, and its guests were Karl Weiss and Anna Berg.#Diet_of_Xland chair Anna_Berg#false",
        "Its chairmen were Karl Weiss (1850–1860) and Anna Berg.#Diet_of_Xland chair Anna_Berg#true",
        "The presidents of the diet were Karl Weiss and Anna Berg.#Diet_of_Xland chair Karl_Weiss#true",
    })
    void aListInASecondClauseIsNoChairList(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Diet of Xland", DIET + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a name whose list of peoples has commas is one name, in English or another language, in an infobox or in
        // the lead's parentheses
        "Agency Name: National Council of Xians, Yians and Zians#National_Council_of_Xians_Yians_and_Zians altLabel National Council of Xians#false",
        "Native Name: Narodno vijeće Xanaca, Yanaca i Zanaca#National_Council_of_Xians_Yians_and_Zians altLabel Narodno vijeće Xanaca, Yanaca i Zanaca#true",
        "Native Name: Narodno vijeće Xanaca, Yanaca i Zanaca#National_Council_of_Xians_Yians_and_Zians altLabel Yanaca i Zanaca#false",
        "Native Name: Rat der Xaner, Yaner und Zaner#National_Council_of_Xians_Yians_and_Zians altLabel Rat der Xaner, Yaner und Zaner#true",
        // two names apart by a comma stay two
        "Native Name: Velmi tanács, Tavaszi tanács#National_Council_of_Xians_Yians_and_Zians altLabel Tavaszi tanács#true",
    })
    void aListOfPeoplesInAName(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("National Council of Xians, Yians and Zians", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The National Council of Xians, Yians and Zians (Velmish: Narodni svet Xancev, Yancev in Zancev) was a body formed in 1918.#National_Council_of_Xians_Yians_and_Zians altLabel Yancev in Zancev#false",
        "The National Council of Xians, Yians and Zians (Velmish: Narodni svet Xancev, Yancev in Zancev) was a body formed in 1918.#National_Council_of_Xians_Yians_and_Zians altLabel Narodni svet Xancev, Yancev in Zancev#true",
        "The National Council of Xians, Yians and Zians (Narodno vijeće Xanaca, Yanaca i Zanaca) was a body formed in 1918.#National_Council_of_Xians_Yians_and_Zians altLabel Yanaca i Zanaca#false",
        "The National Council of Xians, Yians and Zians (Hungarian: Velmi tanács, Tavaszi tanács) was a body formed in 1918.#National_Council_of_Xians_Yians_and_Zians altLabel Tavaszi tanács#true",
    })
    void aListOfPeoplesInAForeignNameOfTheLead(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("National Council of Xians, Yians and Zians", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a person in an organ's field: a person, of whom the organ's fact is not stated
        "Ratifiers: Emperor Ivo Brant I, King Otto II#Ivo_Brant_I rdf:type Person#true",
        "Ratifiers: Emperor Ivo Brant I, King Otto II#Otto_II rdf:type StateOrgan#false",
        "Ratified by: King Otto II, Diet of Xland#Treaty_of_Velmar ratifiedBy Diet_of_Xland#true",
        "Ratified by: King Otto II, Diet of Xland#Treaty_of_Velmar ratifiedBy Otto_II#false",
    })
    void aPersonInAnOrgansField(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Treaty of Velmar", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Preceded by: Tomas I (as King of Xland)#Tomas_I rdf:type Person#true",
        "Succeeded by: Anton II (as King)#Anton_II rdf:type Person#true",
        "Succeeded by: Anton II (as King)#Anton_II rdf:type ExecutiveBody#false",
        "Succeeded by: Otto Karl I#Otto_Karl_I rdf:type Person#true",
        // a body's numbered name, or a cabinet's named by its leader's family name, is no ruler's
        "Succeeded by: Second Council of Regency#Second_Council_of_Regency rdf:type Person#false",
        "Succeeded by: Ostrin II#Ostrin_II rdf:type Person#false",
    })
    void aRulerInASuccession(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Regency Council of Xland", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "On 4 April 1931 the diet elected the Nazi Pavel Ostrin as its president.#Pavel_Ostrin rdf:type Person#true",
        "On 4 April 1931 the diet elected the Nazi Pavel Ostrin as its president.#Nazi_Pavel_Ostrin rdf:type Person#false",
        "The Fascist Pavel Ostrin was elected by the diet in 1933.#Pavel_Ostrin electedBy Diet_of_Xland#true",
        "The Communist Marta Kolvi left the diet in 1933.#Marta_Kolvi rdf:type Person#true",
    })
    void anAdherentBeforeAName(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Xland", DIET + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Date Start: 28 November/- Year Start: 1917#Republic_of_Xland established 1917-11-28#true",
        "Date Start: 28 November/- Year Start: 1917#Republic_of_Xland established 1917#false",
        "Date End: April 22/- Year End: 1918#Republic_of_Xland disbanded 1918-04-22#true",
        "Year Start: 1917/- Date Start: November#Republic_of_Xland established 1917-11#true",
        // a year alone stays a year
        "Year Start: 1917#Republic_of_Xland established 1917#true",
    })
    void aDayAndItsYearInTwoFields(String fields, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Republic of Xland", fields.replace("/", "\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a naming after a list names the list, no other name of its last item
        "The federation comprised the Republic of Ylan, the Republic of Zorn, and the Republic of Velm, traditionally known as the Southern Republics.#Republic_of_Velm altLabel Southern Republics#false",
        "The federation comprised the Republic of Ylan, the Republic of Zorn and the Republic of Velm, collectively called the Southern Republics.#Southern_Republics altLabel Republic of Velm#false",
        "The federation comprised the Republic of Ylan, the Republic of Zorn and the Republic of Velm, collectively called the Southern Republics.#Republic_of_Velm rdf:type Polity#true",
        // one name, the last of a pair, or the second of two clauses, still takes it
        "In 1920 the diet abolished the Senate of Xland and the Council of Elders, renamed the Velm Rada.#Council_of_Elders altLabel Velm Rada#true",
        "In 1920 the diet merged the Senate with the Council of Elders, officially the State Council of Xland.#Council_of_Elders altLabel State Council of Xland#true",
        "In 1920 the Senate was merged with the diet, and the Council of Elders, known as the Velm Rada, was abolished.#Council_of_Elders altLabel Velm Rada#true",
        "The Council of Elders, also known as the Velm Rada, advised the diet.#Council_of_Elders altLabel Velm Rada#true",
    })
    void aNamingAfterAList(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Xland", DIET + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 2006 the diet created the Committee for Disclosing the Files of the Old Police.#Committee_for_Disclosing_the_Files_of_the_Old_Police rdf:type StateOrgan#true",
        "In 2006 the diet created the Committee for Disclosing the Files of the Old Police.#Committee_for_Disclosing rdf:type StateOrgan#false",
        "The Law on Granting the Franchise of Women was passed by the diet in 1920.#Law_on_Granting_the_Franchise_of_Women adoptedBy Diet_of_Xland#true",
        // a gerund's object that a verb follows is the clause's subject
        "Under the Law on Housing the Diet gained new powers in 1920.#Law_on_Housing_the_Diet rdf:type LegalInstrument#false",
        "The Commission for Restoring the Churches of Ytown met in 1921.#Commission_for_Restoring_the_Churches_of_Ytown rdf:type StateOrgan#true",
        // a place in -ing after "of" is no gerund: the name ends with it
        "Under the Treaty of Velming the diet ratified the Charter of Ytown.#Charter_of_Ytown ratifiedBy Diet_of_Xland#true",
    })
    void aTitlesGerundAndItsObject(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Xland", DIET + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a state's status that names the whole it is a part of
        "Status: Autonomous republic of the Xian SSR#Velm_Republic partOf Xian_SSR#true",
        "Status: Union Republic of the Soviet Union (1922–1936)#Velm_Republic partOf Soviet_Union#true",
        "Status: State of the Ylan Republic, State of the Zorn Reich#Velm_Republic partOf Ylan_Republic#true",
        "Status: Autonomous oblast of the Zian SSR#Velm_Republic partOf Zian_SSR#true",
        // a client or a puppet state is no part
        "Status: Client state of the Xian SSR#Velm_Republic partOf Xian_SSR#false",
        "Status: Puppet state of the Ylan Republic#Velm_Republic partOf Ylan_Republic#false",
    })
    void aStatesStatusNamesItsWhole(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Velm Republic", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a constitution's chambers are the houses it sets up; a legislature's are its houses
        "Charter of 1820#Chambers: Chamber of Peers, Chamber of Deputies#Charter_of_1820 establishes Chamber_of_Peers#true",
        "Charter of 1820#Houses: Chamber of Peers, Chamber of Deputies#Charter_of_1820 establishes Chamber_of_Deputies#true",
        "Diet of Xland#Chambers: Chamber of Peers, Chamber of Deputies#Diet_of_Xland hasPart Chamber_of_Peers#true",
        "Diet of Xland#Chambers: Chamber of Peers, Chamber of Deputies#Diet_of_Xland establishes Chamber_of_Peers#false",
        // "Type: Elected by X" says who elects the body, no class of it
        "State Tribunal of Xland#Type: Elected by the Diet of Xland#State_Tribunal_of_Xland electedBy Diet_of_Xland#true",
        "State Tribunal of Xland#Type: Elected by the Diet of Xland#State_Tribunal_of_Xland rdf:type Legislature#false",
        "Supreme Court of Xland#Type: Appointed by the Diet of Xland#Supreme_Court_of_Xland rdf:type Legislature#false",
    })
    void whatAnInfoboxFieldMeansForItsSubject(String title, String field, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a second office after "and" is no part of a body's name
        "Ivo Brant, who was both Chairman of the Council of People's Commissars and People's Commissar for Trade, announced it.#Council_of_People's_Commissars chair Ivo_Brant#true",
        "Ivo Brant, who was both Chairman of the Council of People's Commissars and People's Commissar for Trade, announced it.#Council_of_People's_Commissars_and_People's_Commissar_for_Trade rdf:type ExecutiveBody#false",
        "It was approved by the Council of Ministers and Minister of Finance Karl Lind.#Council_of_Ministers rdf:type ExecutiveBody#true",
        "Anna Berg was Chairman of the Senate of Xland and Prime Minister of Xland.#Senate_of_Xland chair Anna_Berg#true",
        // two heads of one "of" phrase stay one name
        "It was approved by the Ministry of Economy and Planning.#Ministry_of_Economy_and_Planning rdf:type ExecutiveBody#true",
    })
    void aSecondOfficeAfterAnd(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Pact of Ytown", "The Pact of Ytown was a treaty of 1932. " + sentence, fact, holds,
                tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a titled person "of" whom an instrument was is its maker, no part of its title
        "It was superseded in 1849 by the imposed Spring Constitution of Count Ivo Brant.#Spring_Constitution rdf:type Constitution#true",
        "It was superseded in 1849 by the imposed Spring Constitution of Count Ivo Brant.#Spring_Constitution_of_Count_Ivo_Brant rdf:type Constitution#false",
        "The Velm Charter of Tsar Otto II promised a diet.#Velm_Charter rdf:type LegalInstrument#true",
        "The Winter Patent of Emperor Ivo Brant I set up the diet.#Winter_Patent rdf:type LegalInstrument#true",
        // a head of one word keeps the whole
        "The Decree of President Anna Berg abolished the Senate of Xland.#Decree_of_President_Anna_Berg rdf:type LegalInstrument#true",
    })
    void anInstrumentOfItsMaker(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of Xland", "The Charter of Xland was the constitution of Xland. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // more keys of real infoboxes: a court's chief judge and name, an organ's or an instrument's creation, other
        // names
        "Constitutional Court of Xland#Chiefjudgetitle: President/- Chiefjudgename: Ivo Brant#Constitutional_Court_of_Xland chair Ivo_Brant#true",
        "Constitutional Court of Xland#Chiefjudgetitle2: Vice-President/- Chiefjudgename2: Anna Berg#Constitutional_Court_of_Xland chair Anna_Berg#false",
        "Constitutional Court of Xland#Chiefjudgetitle2: Vice-President/- Chiefjudgename2: Anna Berg#Anna_Berg rdf:type Person#true",
        "Constitutional Court of Xland#Court Name: Constitutional Court of the Republic of Xland#Constitutional_Court_of_Xland altLabel Constitutional Court of the Republic of Xland#true",
        "Ministry of Trade of Xland#Minister1 Name: Ivo Brant/- Minister1 Pfo: Minister (1953–1955)#Ministry_of_Trade_of_Xland chair Ivo_Brant#true",
        "Ministry of Trade of Xland#Minister2 Name: Anna Berg/- Minister2 Pfo: last#Ministry_of_Trade_of_Xland chair Anna_Berg#true",
        "Act of Union of Xland#Created: 11 March 1921#Act_of_Union_of_Xland created 1921-03-11#true",
        "Council of Elders of Xland#Created: 11 March 1921#Council_of_Elders_of_Xland established 1921-03-11#true",
        "Council of Elders of Xland#Date Formed: 9 May 1919#Council_of_Elders_of_Xland established 1919-05-09#true",
        "Council of Elders of Xland#Abbreviation: CEX#Council_of_Elders_of_Xland altLabel CEX#true",
        "Council of Elders of Xland#Also Known As: Velm Council, Board of Elders#Council_of_Elders_of_Xland altLabel Board of Elders#true",
        "Velm Tax Union#Conventional Long Name: Tax Union of Velm and Ylan#Velm_Tax_Union altLabel Tax Union of Velm and Ylan#true",
    })
    void moreKeysOfRealInfoboxes(String title, String fields, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox(title, fields.replace("/", "\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the review's counter-examples: a committee of a legislature sits in none of its own convocations
        "Constitutional Commission of the Diet of Xland of the 3rd convocation#The Constitutional Commission of the Diet of Xland of the 3rd convocation drafted the charter.#Constitutional_Commission_of_the_Diet_of_Xland_of_the_3rd_convocation rdf:type Session#false",
        // a conference named after a town of any ending is a meeting; a congress named after a people is none
        "Karnich Conference#The Karnich Conference was held in Karnich in 1938.#Karnich_Conference rdf:type Meeting#true",
        "Slovak Congress#The Slovak Congress met in Ytown in 1919 and 1920.#Slovak_Congress rdf:type Meeting#false",
        "Muslim Congress#The Muslim Congress met in Ytown in 1917.#Muslim_Congress rdf:type Meeting#false",
        "Ylan Party#The Ylan Party was founded at the Non-Party Conference of Ytown in 1921.#Non-Party_Conference_of_Ytown rdf:type PoliticalGroup#false",
    })
    void countersOfTheReview(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Established: c. 1290s, reformed 1848#Diet_of_Xland established 1848#false",
        "Type: Elected by universal suffrage#Diet_of_Xland electedBy universal_suffrage#false",
        "Type: Elected by the Estates of Xland for nine years#Diet_of_Xland electedBy Estates_of_Xland#true",
        "Type: Chosen by the Senate of Xland#Diet_of_Xland rdf:type Chamber#false",
        "Status: Member state of the Velm Pact#Diet_of_Xland partOf Velm_Pact#false",
    })
    void countersOfTheReviewInAnInfobox(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox("Diet of Xland", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an organ's "of" phrase that lists its topics is one name
        "Superseding: Ministry of Science, Higher Learning and Technical Policy (Xland)#Ministry_of_Science_Higher_Learning_and_Technical_Policy precededBy State_Committee_for_Trade_of_Xland#true",
        "Superseding: Ministry of Science, Higher Learning and Technical Policy (Xland)#Higher_Learning rdf:type StateOrgan#false",
        "Succeeded by: Ministry of Culture, Youth and Sports#State_Committee_for_Trade_of_Xland succeededBy Ministry_of_Culture_Youth_and_Sports#true",
        // an organ "for" the lands it governs is one name
        "Superseding: Governing Commission for Velmia, Upper Zorn, Karnow and Spisk#State_Committee_for_Trade_of_Xland succeededBy Governing_Commission_for_Velmia_Upper_Zorn_Karnow_and_Spisk#true",
        "Superseding: Governing Commission for Velmia, Upper Zorn, Karnow and Spisk#Karnow rdf:type StateOrgan#false",
        // names of their own stay apart
        "Preceded by: Ministry of Trade, Ministry of Labour and Ministry of Industry#State_Committee_for_Trade_of_Xland precededBy Ministry_of_Labour#true",
        // an industry's building is no building
        "Succeeded by: Ministry of Heavy Machine Building#Ministry_of_Heavy_Machine_Building rdf:type ExecutiveBody#true",
        "Succeeded by: Ministry of Ship Building#Ministry_of_Ship_Building rdf:type Place#false",
    })
    void anOrgansTopicsAndItsIndustry(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox("State Committee for Trade of Xland", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // electing again is electing, in every voice
        "On 19 June 1923 the diet re-elected Pavel Ostrin as its president.#Pavel_Ostrin electedBy Diet_of_Xland#true",
        "Pavel Ostrin was re-elected by the diet in 1926.#Pavel_Ostrin electedBy Diet_of_Xland#true",
        "In 1926 it elected Marta Kolvi, and in 1929 it reelected Pavel Ostrin.#Pavel_Ostrin electedBy Diet_of_Xland#true",
        "Pavel Ostrin, who was re-elected by the diet in 1927, resigned in 1930.#Pavel_Ostrin electedBy Diet_of_Xland#true",
    })
    void electingAgain(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Xland", DIET + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Party1: Xland Workers' Party (30)/- Party2: Velm Farmers' Union (16)#Fourth_Diet_of_Xland_seats_Velm_Farmers'_Union seats 16#true",
        "Party1: Xland Workers' Party (30)#Fourth_Diet_of_Xland seatAllocation Fourth_Diet_of_Xland_seats_Xland_Workers'_Party#true",
        // a party with no count states no seats
        "Party1: Xland Workers' Party#Fourth_Diet_of_Xland_seats_Xland_Workers'_Party rdf:type SeatAllocation#false",
    })
    void aPartysSeatsByItsNumberedKey(String fields, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Fourth Diet of Xland", fields.replace("/", "\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a meeting dated by its year is that meeting, no sitting of a body of its name
        "Treaty of Ytown#The treaty was imposed on Xland at the 1945 Karnow Conference.#1945_Karnow_Conference rdf:type Meeting#true",
        "Treaty of Ytown#The treaty was imposed on Xland at the 1945 Karnow Conference.#1945_Karnow_Conference sessionOf Karnow_Conference#false",
        // a pronunciation in square brackets is no part of a name
        "Velm Court of Xland#The Velm Court of Xland (German: Velmgericht [ˈfɛlmɡəˌʁɪçt]; abbreviated: VG) is the court of Xland.#Velm_Court_of_Xland altLabel Velmgericht#true",
        "Velm Court of Xland#The Velm Court of Xland (German: Velmgericht [ˈfɛlmɡəˌʁɪçt]) is the court of Xland.#Velm_Court_of_Xland altLabel Velmgericht [ˈfɛlmɡəˌʁɪçt]#false",
    })
    void aDatedMeetingAndAPronunciation(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Native name", "Nativename", "Native Name"})
    void aNamesLanguageTheTextSays(String key, @TempDir Path tmp) throws Exception {
        // a native name the infobox gives with no language and the lead's parenthesis with one: the language it says
        Path article = java.nio.file.Files.writeString(tmp.resolve("01_case.txt"), "= Velm Ministry of Xland =\n\n"
                + "Infobox\n- " + key + ": Velmamt\n\nThe Velm Ministry of Xland (German: Velmamt) was a ministry of"
                + " Xland.\n");
        org.apache.jena.graph.Graph g = org.constitutionkg.Pipeline.build(java.util.List.of(article),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        java.util.Set<String> languages = new java.util.HashSet<>();
        g.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.SKOS.altLabel.asNode(),
                org.apache.jena.graph.Node.ANY).forEachRemaining(t -> {
                    if (t.getObject().isLiteral() && t.getObject().getLiteralLexicalForm().equals("Velmamt")) {
                        languages.add(t.getObject().getLiteralLanguage());
                    }
                });
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Set.of("de"), languages);
    }
}
