package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readings added after the fresh audit round 52 (stop 61), with invented sentences and values: an office before a
 * person's name in apposition is no person; "the committee" after an adverbial opener is the article's committee; an
 * event's article (a referendum, a rising) is no instrument, whatever its "Title:"; an office's "Appointer:" may be a
 * way of voting and its "Body:" a state; the subject's name in lower case owns the remark after it; a possessive ends a
 * person's name; an organ's name and the persons after it are two names; a document's noun before "of" is no noble's
 * name; a union "for" a cause is a group; names with remarks inside a remark own them; a long official name in the
 * lead is one name; a part of a year dates the verb; a description far from the name it might stand for is not it;
 * the head of state is no state.
 */
class RoundFortyEightTest {

    private static final String BOARD = "The Rural Credit Board was a state agency of the Kingdom of Norland, "
            + "founded in 1880. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was chaired by the Landvogt of the Province of Westmark, Karl von Hessel, and later by others.#Rural_Credit_Board chair Karl_von_Hessel#true",
        "It was chaired by the Landvogt of the Province of Westmark, Karl von Hessel, and later by others.#Landvogt_of_the_Province_of_Westmark rdf:type Person#false",
        "The Landvogt of the Province of Westmark, Karl von Hessel, presided over the board.#Rural_Credit_Board chair Karl_von_Hessel#true",
        "The Landvogt of the Province of Westmark, Karl von Hessel, presided over the board.#Landvogt_of_the_Province_of_Westmark rdf:type Person#false",
        "It was presided over by the Landvogt of Westmark.#Landvogt_of_Westmark rdf:type Person#false",
        "Its head was chosen by the board, which was led by the Oberamtmann of Estria, Ida Lenz.#Oberamtmann_of_Estria rdf:type Person#false",
        // a title and a person's name, no comma between, stay a person
        "It was chaired by the Palatine Ivan Horvat.#Ivan_Horvat rdf:type Person#true",
    })
    void anOfficeInAppositionIsNoPerson(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Rural Credit Board", BOARD + sentence, fact, holds, tmp);
    }

    private static final String LASCO = "The Land Settlement Committee (LASCO) was a state committee of Norland, set "
            + "up in 1924 under the Central Executive Committee of Norland. Its first chairman was Pavel Orlov. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "After Orlov's death in 1931 the committee was headed by Boris Lensky.#Land_Settlement_Committee chair Boris_Lensky#true",
        "After Orlov's death in 1931 the committee was headed by Boris Lensky.#Central_Executive_Committee_of_Norland chair Boris_Lensky#false",
        "In 1931, the committee was chaired by Boris Lensky.#Land_Settlement_Committee chair Boris_Lensky#true",
        "From 1931 the committee was led by Boris Lensky.#Land_Settlement_Committee chair Boris_Lensky#true",
        "Later the committee was headed by Boris Lensky, who had been Orlov's deputy.#Land_Settlement_Committee chair Boris_Lensky#true",
        // a paragraph whose sentence opened with the other committee goes on with it
        "The Central Executive Committee of Norland met again in 1931. The committee was then headed by Boris Lensky.#Central_Executive_Committee_of_Norland chair Boris_Lensky#true",
    })
    void theCommitteeAfterAnOpenerIsTheArticles(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Land Settlement Committee", LASCO + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "1962 Norland constitutional referendum#Title: Do you approve the Constitution of the Republic of Norland?#1962_Norland_constitutional_referendum rdf:type LegalInstrument",
        "1962 Norland constitutional referendum#Title: Do you approve the Constitution of the Republic of Norland?#1962_Norland_constitutional_referendum rdf:type Constitution",
        "Velmish Uprising of 1988#Title: Velmish Uprising of 1988#Velmish_Uprising_of_1988 rdf:type LegalInstrument",
        "Ostrian Revolution of 1990#Title: Ostrian Revolution of 1990#Ostrian_Revolution_of_1990 rdf:type LegalInstrument",
        "1957 Estrian general election#Title: Election to the Diet of Estria#1957_Estrian_general_election rdf:type LegalInstrument",
        "1946 Ostrian republic plebiscite#Title: Do you want a republic?#1946_Ostrian_republic_plebiscite rdf:type LegalInstrument",
    })
    void anEventIsNoInstrument(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, false, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Appointer: Popular vote#President_of_Xland votingSystem Popular vote#true",
        "Appointer: Popular vote#Popular_vote rdf:type StateOrgan#false",
        "Appointer: Direct election by the citizens#President_of_Xland votingSystem Direct election by the citizens#true",
        "Appointer: Universal suffrage#Universal_suffrage rdf:type StateOrgan#false",
        "Appointer: Federal Assembly of Xland#President_of_Xland electedBy Federal_Assembly_of_Xland#true",
        // an office's body that is a state is its state, no whole it is part of
        "Body: Republic of Xland#President_of_Xland jurisdiction Republic_of_Xland#true",
        "Body: Republic of Xland#President_of_Xland partOf Republic_of_Xland#false",
        "Body: Kingdom of Xland#President_of_Xland jurisdiction Kingdom_of_Xland#true",
        "Body: Council of Ministers of Xland#President_of_Xland partOf Council_of_Ministers_of_Xland#true",
    })
    void anOfficesAppointerAndBody(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("President of Xland", "Post: President\n- " + field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "President of Xland#The president of Xland (Latvian: Xlandas Prezidents) is the head of state.#President_of_Xland altLabel Xlandas Prezidents#true",
        "President of Xland#The president of Xland (Latvian: Xlandas Prezidents) is the head of state.#Xland altLabel Xlandas Prezidents#false",
        "Prime Minister of Xland#The prime minister of Xland (Latvian: Xlandas Premjers) heads the government.#Prime_Minister_of_Xland altLabel Xlandas Premjers#true",
        "Chancellor of Xland#The chancellor of Xland (Lithuanian: Xlandas Kanclers) was the head of government.#Chancellor_of_Xland altLabel Xlandas Kanclers#true",
        "Speaker of the Diet of Xland#The speaker of the Diet of Xland (Latvian: Saeimas Runasvirs) presides over it.#Speaker_of_the_Diet_of_Xland altLabel Saeimas Runasvirs#true",
    })
    void theSubjectInLowerCaseOwnsItsRemark(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= " + title + " =\n\nInfobox\n- Post: Head\n\n" + lead + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "President of Xland#The President of Xland was the head of state.",
        "President of Xland#The President of Xland is the head of state of Xland.",
        "Regent of Xland#The Regent of Xland was the head of state of the Kingdom of Xland in the king's absence.",
        "Leader of Xland#The Leader of Xland was the leader of the state party of Xland.",
    })
    void theHeadOfStateIsNoState(String title, String lead, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, title.replace(' ', '_') + " rdf:type Polity", false, tmp);
    }

    private static final String OCCUPATION = "The Velm Occupation (1919–1921) was a military occupation of Velmia. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The garrison was routed in 1921 by Baron Karl von Hessel's White Velmish (Ostians, Velmians etc.) and Ostian forces.#Karl_von_Hessel rdf:type Person#true",
        "The garrison was routed in 1921 by Baron Karl von Hessel's White Velmish (Ostians, Velmians etc.) and Ostian forces.#Karl_von_Hessel's_White_Velmish rdf:type Person#false",
        "The garrison was routed in 1921 by General Ivo Brant's Northern Army.#Ivo_Brant's_Northern_Army rdf:type Person#false",
        "In 1921 Marshal Ivo Brant's White Guards took the town.#Ivo_Brant's_White_Guards rdf:type Person#false",
        "The town fell to Ivo Brant's Ostian Legion, which held it until 1921.#Ivo_Brant's_Ostian_Legion rdf:type Person#false",
    })
    void aPossessiveEndsAPersonsName(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Occupation", OCCUPATION + sentence, fact, holds, tmp);
    }

    private static final String INQUIRY = "The Inquiry Commission was a state commission of Velmia, set up in 1917. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It questioned the former chairmen of the Council of Ministers Ivan Petrov and Boris Lensky, among others.#Council_of_Ministers rdf:type ExecutiveBody#true",
        "It questioned the former chairmen of the Council of Ministers Ivan Petrov and Boris Lensky, among others.#Ivan_Petrov rdf:type Person#true",
        "It questioned the former chairmen of the Council of Ministers Ivan Petrov and Boris Lensky, among others.#Council_of_Ministers_Ivan_Petrov_and_Boris_Lensky rdf:type ExecutiveBody#false",
        "Among its witnesses was the former head of the State Treasury Karl Marek.#State_Treasury_Karl_Marek rdf:type StateOrgan#false",
        "It heard the presidents of the Supreme Court Anna Berg and Otto Lind.#Supreme_Court_Anna_Berg_and_Otto_Lind rdf:type StateOrgan#false",
        // an instrument and its maker after "of" stay as the name checker parts them
        "It examined the Winter Patent of Emperor Franz Otto.#Winter_Patent_of_Emperor_Franz rdf:type LegalInstrument#false",
    })
    void anOrgansNameAndThePersonsAfterIt(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Inquiry Commission", INQUIRY + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its structure was laid down by the \"General Regulation of Ministries\" of 1811.#Regulation_of_Ministries rdf:type Person",
        "Its structure was laid down by the General Ordinance of Colleges of 1811.#Ordinance_of_Colleges rdf:type Person",
        "Its rules came from the \"General Establishment of Provinces\" of 1811.#Establishment_of_Provinces rdf:type Person",
        "It followed the Great Statute of Offices, which Count Ivo Brant drafted.#Statute_of_Offices rdf:type Person",
    })
    void aDocumentsNounBeforeOfIsNoNoble(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Ministry of Trade of Velmia", "The Ministry of Trade of Velmia was a ministry of "
                + "Velmia. " + sentence, fact, false, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Several of its members later joined the Union for the Rebirth of Velmia.#Union_for_the_Rebirth_of_Velmia rdf:type Polity#false",
        "Several of its members later joined the Union for the Rebirth of Velmia.#Union_for_the_Rebirth_of_Velmia rdf:type PoliticalGroup#true",
        "It was opposed by the League for the Defence of Velmia.#League_for_the_Defence_of_Velmia rdf:type PoliticalGroup#true",
        "Its members founded the Alliance for Democracy in Velmia in 1919.#Alliance_for_Democracy_in_Velmia rdf:type Polity#false",
        "The Movement for a Free Velmia called for a boycott.#Movement_for_a_Free_Velmia rdf:type Polity#false",
        // a union of states stays a state
        "It was dissolved when the Union of Velmia was founded.#Union_of_Velmia rdf:type Polity#true",
    })
    void aUnionForACauseIsAGroup(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velmish Rescue Committee", "The Velmish Rescue Committee was a body formed in "
                + "Ytown in 1917. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "By then the Länder had been abolished.#Länder rdf:type StateOrgan",
        "The Länder were dissolved in 1952.#Länder rdf:type StateOrgan",
        "It replaced the Länder, which the Diet had abolished.#Länder rdf:type StateOrgan",
        "After the Länder were abolished, the chamber lost its role.#Länder rdf:type StateOrgan",
    })
    void aPluralOfLandIsNoOrgan(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velmish Constitution of 1968", "The Velmish Constitution of 1968 was the second "
                + "constitution of Velmia. " + sentence, fact, false, tmp);
    }

    private static final String REFERENDUM = "A referendum was held in Velmia on 30 June 1946. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The parties of the Democratic Bloc (the Velmish Workers' Party (VWP), the Velmish Socialist Party (VSP) and the Democratic Party (DP)) campaigned for it.#Velmish_Workers'_Party altLabel VWP#true",
        "The parties of the Democratic Bloc (the Velmish Workers' Party (VWP), the Velmish Socialist Party (VSP) and the Democratic Party (DP)) campaigned for it.#Democratic_Bloc altLabel VWP#false",
        "The parties of the Democratic Bloc (the Velmish Workers' Party (VWP), the Velmish Socialist Party (VSP) and the Democratic Party (DP)) campaigned for it.#Democratic_Party altLabel DP#true",
        "The Democratic Bloc (Velmish Workers' Party (VWP), Peasant Party (PP)) won.#Peasant_Party altLabel PP#true",
        "The Democratic Bloc (Velmish Workers' Party (VWP), Peasant Party (PP)) won.#Democratic_Bloc altLabel PP#false",
    })
    void remarksInsideARemarkAreTheirNames(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Democratic Bloc (Velmia)", REFERENDUM + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Special Commission of Inquiry for the Investigation of Unlawful Acts by Former Ministers, Governors and Other Officials of the Realm (Velmish: Osobaya komissiya) was a body set up on 4 March 1917.#Special_Commission_of_Inquiry established 1917-03-04#true",
        "The Special Commission of Inquiry for the Investigation of Unlawful Acts by Former Ministers, Governors and Other Officials of the Realm (Velmish: Osobaya komissiya) was a body set up on 4 March 1917.#Governors_and_Other_Officials_of_the_Realm rdf:type StateOrgan#false",
        "The Special Commission of Inquiry for the Investigation of Unlawful Acts by Former Ministers, Governors and Other Officials of the Realm was a body set up on 4 March 1917.#Special_Commission_of_Inquiry altLabel Special Commission of Inquiry for the Investigation of Unlawful Acts by Former Ministers, Governors and Other Officials of the Realm#true",
        "The Special Commission of Inquiry for the Review of Acts by Ministers of both the Civil and Naval Services was set up on 4 March 1917.#Special_Commission_of_Inquiry established 1917-03-04#true",
        "The Special Commission of Inquiry for the Review of Acts by Ministers of both the Civil and Naval Services was set up on 4 March 1917.#Special_Commission_of_Inquiry_for_the_Review_of_Acts rdf:type StateOrgan#false",
    })
    void aLongOfficialNameInTheLeadIsOne(String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Special Commission of Inquiry", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It dissolved itself in the first months of 1918, after the dispersal of the Velmish Assembly on 19 January 1918.#Rescue_Committee disbanded 1918#true",
        "It dissolved itself in the first months of 1918, after the dispersal of the Velmish Assembly on 19 January 1918.#Rescue_Committee disbanded 1918-01-19#false",
        "It was dissolved in the spring of 1918, after the closure of the Velmish Assembly on 19 January 1918.#Rescue_Committee disbanded 1918-01-19#false",
        "It was wound up at the end of 1918, after the dispersal of the Velmish Assembly on 19 January 1918.#Rescue_Committee disbanded 1918-01-19#false",
        "In late 1918 it dissolved itself.#Rescue_Committee disbanded 1918#true",
        "The committee was dissolved in mid-1918.#Rescue_Committee disbanded 1918#true",
    })
    void aPartOfAYearDatesTheVerb(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Rescue Committee", "The Rescue Committee was a body formed in Ytown in 1917. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The constitution entered into force on 9 April 1968, replacing the 1949 constitution.#Linden_Charter effective 1968-04-09",
        "The constitution came into force on 9 April 1968.#Linden_Charter effective 1968-04-09",
        "The new constitution was approved by 96% of voters and came into force on 9 April 1968.#Linden_Charter effective 1968-04-09",
        "On 9 April 1968 the constitution entered into force.#Linden_Charter effective 1968-04-09",
    })
    void aDescriptionFarFromANameIsNotIt(String sentence, String fact, @TempDir Path tmp) throws Exception {
        String text = "= 1968 Velmish constitutional referendum =\n\nA constitutional referendum was held in Velmia on "
                + "6 April 1968.\n\n== Background ==\nThe first constitution of Velmia had been modelled on the Linden "
                + "Charter, a constitution of Ostria.\n\nA commission drafted a new text in 1967. The draft was "
                + "published on 1 February 1968.\n\n== Results ==\nMost voters approved it.\n\n== Aftermath ==\n"
                + sentence + "\n";
        ExtractionCases.assertArticle(text, fact, false, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It worked with the Society for the Settlement of Working Farmers in the Republic of Norland (OLSET), which raised funds.#Republic_of_Norland altLabel OLSET#false",
        "It worked with the League of Free Settlers of the Federal Republic of Velmia (LIGAS), which raised funds.#Federal_Republic_of_Velmia altLabel LIGAS#false",
        "It worked with the Fund for Land Reform in the Kingdom of Estria (FUNZ), which raised funds.#Kingdom_of_Estria altLabel FUNZ#false",
        "It worked with the Society for Aid to Settlers in the Kingdom of Norland (SAS), which raised funds.#Kingdom_of_Norland altLabel SAS#false",
        // a state's own abbreviation after its name stays its
        "It was a body of the Federal Republic of Norland (FRN) from 1924.#Federal_Republic_of_Norland altLabel FRN#true",
        // plurals of people end no one's name
        "It worked with the Society for the Settlement of Working Farmers in the Republic of Norland (OLSET), which raised funds.#Working_Farmers rdf:type Person#false",
        "It settled Free Citizens and Working Settlers in the east.#Working_Settlers rdf:type Person#false",
    })
    void aStateDoesNotTakeAnAbbreviationItDoesNotSpell(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Land Settlement Committee", "The Land Settlement Committee was a state committee "
                + "of Norland, set up in 1924. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It worked with a public organisation, the Relief Committee for Settlers (RCS), founded in 1925.#Relief_Committee_for_Settlers rdf:type StateOrgan#false",
        "It worked with a public organisation, the Relief Committee for Settlers (RCS), founded in 1925.#Relief_Committee_for_Settlers rdf:type PoliticalGroup#true",
        "It was helped by foreign charities such as the Ostrian Farmers Relief Committee.#Ostrian_Farmers_Relief_Committee rdf:type StateOrgan#false",
        "It was helped by charities such as the Settlers' Aid Council, which raised funds.#Settlers'_Aid_Council rdf:type StateOrgan#false",
        "It was opposed by the dissident group Free Workers' Committee in 1976.#Free_Workers'_Committee rdf:type StateOrgan#false",
        // a committee the text gives no such cue stays an organ
        "It worked with the Relief Committee for Settlers, set up by the government in 1925.#Relief_Committee_for_Settlers rdf:type StateOrgan#true",
    })
    void aNonStateOrganisationIsAGroup(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Land Settlement Committee", "The Land Settlement Committee was a state committee "
                + "of Norland, set up in 1924. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was signed in Velm between the Ostrian Empire of Otto I and the Electorate of Tarnia.#Ostrian_Empire rdf:type Polity#true",
        "It was signed in Velm between the Ostrian Empire of Otto I and the Electorate of Tarnia.#Ostrian_Empire_of_Otto_I rdf:type Polity#false",
        "It was signed in Velm between the Kingdom of Ostria of Otto II and the Electorate of Velm.#Kingdom_of_Ostria_of_Otto_II rdf:type Polity#false",
        "The Ostrian Empire of Ivo III signed it in Velm.#Ostrian_Empire_of_Ivo_III rdf:type Polity#false",
        // a numbered name and its land after a title are one person's name
        "It was signed by the Ostrian general Prince Heinrich XV of Reuss-Velm, and it was concluded at Ried.#Heinrich_XV_of_Reuss-Velm rdf:type Person#true",
        "It was signed by the Ostrian general Prince Heinrich XV of Reuss-Velm, and it was concluded at Ried.#Heinrich_XV rdf:type Person#false",
        "It was signed by the envoy Count Otto IV of Lindau in 1813.#Otto_IV rdf:type Person#false",
    })
    void aStateAndItsRulerAreTwoANobleAndHisLandOne(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Treaty of Velm", "The Treaty of Velm was a treaty of alliance signed on 11 "
                + "December 1806. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Parties: Kingdom of Ostria, National Council of Velms, Ostrians and Tarns, Velmish Committee#Ostrians rdf:type Polity#false",
        "Parties: Kingdom of Ostria, National Council of Velms, Ostrians and Tarns, Velmish Committee#Tarns rdf:type Polity#false",
        "Parties: Kingdom of Ostria, National Council of Velms, Ostrians and Tarns, Velmish Committee#National_Council_of_Velms rdf:type StateOrgan#false",
        "Parties: National Council of Velms, Ostrians and Tarns, Kingdom of Ostria#Kingdom_of_Ostria rdf:type Polity#true",
        "Parties: Kingdom of Ostria, Union of Velms, Ostrians and Tarns#Ostrians rdf:type Polity#false",
    })
    void aPeoplesListInsideAListedName(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Velm Declaration", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was set up by the Law on the Organs of Power of Velmia in the Transitional Period, which the Congress adopted.#Law_on_the_Organs_of_Power_of_Velmia rdf:type LegalInstrument#false",
        "It was set up by the Law on the Organs of Power of Velmia in the Transitional Period, which the Congress adopted.#Law_on_the_Organs_of_Power_of_Velmia_in_the_Transitional_Period rdf:type LegalInstrument#true",
        "It was set up by the Law on the Organs of Power of Velmia in the Transitional Period, which the Congress adopted.#Velmia_in_the_Transitional_Period rdf:type Polity#false",
        "The Decree on Land Use in the Interim Period abolished it in 1992.#Decree_on_Land_Use_in_the_Interim_Period rdf:type LegalInstrument#true",
        "It was replaced under the Statute on Courts in the Occupation Era.#Statute_on_Courts_in_the_Occupation_Era rdf:type LegalInstrument#true",
        // a body in a place stays where it is
        "It met in the Velm Hall in the Old Town.#Velm_Hall_in_the_Old_Town rdf:type Place#false",
    })
    void aTitlesTimeIsTheTitles(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of the Republics", "The Council of the Republics was a chamber of the "
                + "Supreme Council of Velmia from 1991. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its president was Dr. Nikola \"Niko\" Marović.#Nikola_Marović rdf:type Person#true",
        "Its president was Dr. Nikola \"Niko\" Marović.#Nikola rdf:type Person#false",
        "It was chaired by Ivan \"Vanya\" Petrov until 1944.#Ivan_Petrov rdf:type Person#true",
        "Anna \"Ania\" Berg was its first chair.#Anna_Berg rdf:type Person#true",
        "The council, which Josip \"Joža\" Horvat led, met in Tarnia.#Josip_Horvat rdf:type Person#true",
        // a people's or a power's participle before a name is no part of it
        "It met in liberated areas of the Ostrian-annexed Province of Tarnia.#Province_of_Tarnia rdf:type Polity#true",
        "It met in liberated areas of the Ostrian-annexed Province of Tarnia.#Ostrian-annexed_Province_of_Tarnia rdf:type Polity#false",
        "It met in the Velmish-occupied Province of Tarnia.#Velmish-occupied_Province_of_Tarnia rdf:type Polity#false",
        "It met in the Ostrian-held Duchy of Tarnia in 1944.#Ostrian-held_Duchy_of_Tarnia rdf:type Polity#false",
    })
    void aNicknameOrAParticipleIsNoPartOfAName(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Council", "The Velm Council was a body formed in 1943. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The declaration was signed by the chairman of the Council of the Republics, the Ostian writer Anuar Alimov.#Declaration_No._12 signedBy Council_of_the_Republics#false",
        "The declaration was signed by the chairman of the Council of the Republics, the Ostian writer Anuar Alimov.#Ostian rdf:type Person#false",
        "It was signed by the president of the Diet of Velmia in 1991.#Declaration_No._12 signedBy Diet_of_Velmia#false",
        "The speaker of the Council of the Republics signed it on 27 December.#Declaration_No._12 signedBy Council_of_the_Republics#false",
        "It was signed by the heads of the Diet of Velmia and of the Senate.#Declaration_No._12 signedBy Diet_of_Velmia#false",
    })
    void theBodyWhoseChairSignedIsNoSigner(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Declaration No. 12", "Declaration No. 12 was a declaration of the Council of the "
                + "Republics of Velmia, adopted on 26 December 1991. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a description at a paragraph's start still stands for the thing named in the paragraph before
        "The Diet adopted the Velm Charter on 3 May 1920. // // The charter entered into force on 1 June 1920.#Velm_Charter effective 1920-06-01#true",
        // a long lead name goes on only with a title's topic, not with a second subject or a ruler
        "The Velm Council and the Ostrian Diet were the two chambers of Velmia.#Velm_Council altLabel Velm Council and the Ostrian Diet#false",
        "The Velm Council under King Ivo II was the upper chamber of Velmia.#Velm_Council altLabel Velm Council under King Ivo II#false",
        // a given name before a plural noun may be a person's
        "It was chaired by Anna Farmers until 1921.#Anna_Farmers rdf:type Person#true",
        "It was chaired by Ivo Chambers until 1921.#Ivo_Chambers rdf:type Person#true",
        // a body's chairman who signed, named after it, signs
        "It was signed by the chairman of the Council, Ivo Brant, in 1921.#Ivo_Brant rdf:type Person#true",
    })
    void findingsOfTheReview(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velm Council =\n\n" + ExtractionCases.lines(sentence) + "\n", fact, holds, tmp);
    }
}
