package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 57 (round 30), with invented sentences and values: "its" after a
 * semicolon whose first clause speaks of another organ is not the article's subject's; the states after "except" do
 * not do what the clause says; an ordinal-led name is no person's; an honorific opens a name ("His Royal Majesty's Own
 * Office"); "the new state" is the state the text founded, else the article's own, never a state merely named; a
 * year range after "of" is part of a state's name; a ruler who enacts an act signs it; a chamber's head noun gives way
 * to a lead that calls the body a government; an occasion-named congress of a party is one of its sittings; "Union of
 * X, also called the Act of X" is the act.
 */
class RoundThirtyTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the first clause names another organ and not the subject: "its" may be either, so neither
        "The council formed the Ylan Executive Committee, which acted as a government; Ivo Brant was made its chairman.#Ylan_Congress chair Ivo_Brant#false",
        "The council set up the Ylan Executive Committee; Ivo Brant became its first chairman.#Ylan_Congress chair Ivo_Brant#false",
        "The delegates chose the Ylan Land Council as the supreme body, in which Ivo Brant served; Olga Berg was elected its president.#Ylan_Congress chair Olga_Berg#false",
        "Later the Ylan Executive Committee was formed; its chairman was Ivo Brant.#Ylan_Congress chair Ivo_Brant#false",
        // controls: the first clause speaks of the subject, or the pronoun opens the clause
        "The Ylan Congress met in Ytown; Ivo Brant was its chairman.#Ylan_Congress chair Ivo_Brant#true",
        "The Ylan Congress met in Ytown and formed the Ylan Executive Committee; Ivo Brant was its chairman.#Ylan_Congress chair Ivo_Brant#true",
        "The delegates met in Ytown under the name Ylan Assembly; it was renamed Ylan Congress in 1945.#Ylan_Congress location Ytown#true",
    })
    void itsAfterASemicolonOfAnotherOrgan(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Ylan Congress", "The Ylan Congress was an assembly of delegates that first met"
                + " in 1944. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In the end every northern state except Bavaria, Saxony and Hanover belonged to it.#Saxony partOf Velm_League#false",
        "In the end every northern state except Bavaria, Saxony and Hanover belonged to it.#Hanover partOf Velm_League#false",
        "Every state excluding Bavaria and Saxony joined the league.#Saxony partOf Velm_League#false",
        "Every northern state except Hanover and Saxony joined the league in 1811.#Hanover partOf Velm_League#false",
        "By 1812 all the northern states except Bavaria, Saxony and Hanover had joined it.#Bavaria partOf Velm_League#false",
        // controls: a list with no exception, and "but" joining clauses
        "Bavaria, Saxony and Hanover belonged to it.#Saxony partOf Velm_League#true",
        "Bavaria, Saxony and Hanover belonged to it.#Hanover partOf Velm_League#true",
    })
    void statesAfterExceptAreLeftOut(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velm League", "The Velm League was a confederation of northern states founded in"
                + " 1810. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "A Fifth Section (1836), under Pavel Orlin, reformed the state lands.#Fifth_Section rdf:type Person#false",
        "A Second Bureau (1840), led by Pavel Orlin, kept the archives.#Second_Bureau rdf:type Person#false",
        "The Third Department, under Pavel Orlin, ran the police.#Third_Department rdf:type Person#false",
        "A Sixth Section (1842) was short-lived, under Pavel Orlin.#Sixth_Section rdf:type Person#false",
        // controls: a person's name after the title keeps its person
        "The office was led by Pavel Orlin from 1836.#Pavel_Orlin rdf:type Person#true",
    })
    void anOrdinalLedNameIsNoPerson(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Chancery Council of Xland", "The Chancery Council of Xland was a state body of"
                + " the Kingdom of Xland. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "His Royal Majesty's Own Office was a state body of the Kingdom of Xland founded in 1812.#His_Royal_Majesty's_Own_Office established 1812#true",
        "His Royal Majesty's Own Office was a state body of the Kingdom of Xland founded in 1812.#Royal_Majesty's_Own_Office established 1812#false",
        "His Royal Majesty's Own Office, a state body of the Kingdom of Xland, was set up in 1812.#His_Royal_Majesty's_Own_Office rdf:type StateOrgan#true",
        "In 1812 the king founded His Royal Majesty's Own Office, a state body of the Kingdom of Xland.#His_Royal_Majesty's_Own_Office rdf:type StateOrgan#true",
        "Her Majesty's Privy Board was a state body of the Kingdom of Xland founded in 1812.#Her_Majesty's_Privy_Board rdf:type StateOrgan#true",
        "Their Majesties' Privy Board was a state body of the Kingdom of Xland founded in 1812.#Their_Majesties'_Privy_Board rdf:type StateOrgan#true",
    })
    void anHonorificOpensAName(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String title = lead.startsWith("In 1812") ? "His Royal Majesty's Own Office" : lead.substring(0,
                lead.indexOf(lead.contains(",") && lead.indexOf(',') < lead.indexOf(" was ") ? "," : " was "));
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It adopted a charter modelled on the Constitution of Ostria, and went on as the People's Assembly, the legislature of the new state.#People's_Assembly jurisdiction Ostria#false",
        "The assembly drafted a charter based on the Constitution of Ostria; it then sat as the People's Assembly, the unicameral legislature of the new state.#People's_Assembly jurisdiction Ostria#false",
        "Modelled on the Constitution of Ostria, its charter made it the People's Assembly, the legislature of the newly formed state.#People's_Assembly jurisdiction Ostria#false",
        "After studying the Constitution of Ostria it became the People's Assembly, the parliament of the new state.#People's_Assembly jurisdiction Ostria#false",
    })
    void theNewStateIsNoStateMerelyNamed(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Constituent Assembly of Zemland", "The Constituent Assembly of Zemland was the"
                + " body elected in 1945 to adopt a new constitution. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Regency Council was the executive of the Xland Empire of 1848–1849, a short-lived state.#Xland_Empire_of_1848 rdf:type Polity#false",
        "The Regency Council was the executive of the Xland Empire of 1848–1849, a short-lived state.#Regency_Council_of_the_Xland_Empire_of_1848_1849 jurisdiction Xland_Empire_of_1848_1849#true",
        "The Regency Council was the government of the Xland Empire of 1848–1849.#Xland_Empire_of_1848 rdf:type Polity#false",
        "The Regency Council was the highest body of the Xland Empire of 1848-1849.#Xland_Empire_of_1848 rdf:type Polity#false",
    })
    void aYearRangeEndsAStatesName(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Regency Council", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Otto III#Land_Act_of_Xland signedBy Otto_III#true",
        "Otto III#Otto_III rdf:type Person#true",
        "Otto III#Land_Act_of_Xland adoptedBy Otto_III#false",
        "Ludwig XIV#Ludwig_XIV rdf:type StateOrgan#false",
        "Grand Council of Xland#Land_Act_of_Xland adoptedBy Grand_Council_of_Xland#true",
        "Grand Council of Xland#Land_Act_of_Xland signedBy Grand_Council_of_Xland#false",
    })
    void aRulerWhoEnactsSigns(String value, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Land Act of Xland = // // Infobox // - Enacted By: "
                + value + " // - Date Enacted: 3 March 1861 // // The Land Act of Xland was a law of Xland. // "),
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Senate of Xland#The Senate of Xland was the highest governing body of the Grand Duchy of Xland from 1809.#Senate_of_Xland rdf:type ExecutiveBody#true",
        "Senate of Xland#The Senate of Xland was the executive body of the Grand Duchy of Xland from 1809 to 1918.#Senate_of_Xland rdf:type ExecutiveBody#true",
        "Senate of Ytown#The Senate of Ytown is the governing body of the city of Ytown.#Senate_of_Ytown rdf:type ExecutiveBody#true",
        "Senate of Xland#The Senate of Xland was the upper house of the Diet of Xland.#Senate_of_Xland rdf:type Chamber#true",
        // a congress called the supreme governing body stays an assembly
        "Congress of Councils of Xland#The Congress of Councils of Xland was the supreme governing body of Xland from 1918.#Congress_of_Councils_of_Xland rdf:type ExecutiveBody#false",
        // a party's congress named by its occasion is one sitting of the party's congress
        "Founding Congress of the Green Party of Xland#The Founding Congress of the Green Party of Xland was held in Ytown on 2 May 1950.#Founding_Congress_of_the_Green_Party_of_Xland rdf:type Session#true",
        "Founding Congress of the Green Party of Xland#The Founding Congress of the Green Party of Xland was held in Ytown on 2 May 1950.#Founding_Congress_of_the_Green_Party_of_Xland sessionOf Congress_of_the_Green_Party_of_Xland#true",
        "Extraordinary Congress of the Red Party of Xland#The Extraordinary Congress of the Red Party of Xland met in Ytown in 1989.#Extraordinary_Congress_of_the_Red_Party_of_Xland rdf:type Session#true",
        // a union another name of which is an act's is the act
        "Union of Ytown#The Union of Ytown, also called the Act of Ytown, was a set of promises made on 14 August 1385.#Union_of_Ytown rdf:type Treaty#true",
        "Union of Ytown#The Union of Ytown (also known as the Treaty of Ytown) was an agreement made in 1385.#Union_of_Ytown rdf:type Treaty#true",
        "Union of Ytown#The Union of Ytown, sometimes called the Pact of Ytown, was a set of promises made in 1385.#Union_of_Ytown rdf:type Polity#false",
        "Union of Xland and Ostria#The Union of Xland and Ostria was a state formed in 1800.#Union_of_Xland_and_Ostria rdf:type Polity#true",
    })
    void theLeadSaysWhatKind(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Year Start: 1806#Velm_League established 1806#true",
        "- Year End: 1813#Velm_League disbanded 1813#true",
        "- P1: Old Empire of Xland#Velm_League precededBy Old_Empire_of_Xland#true",
        "- S1: Xland Confederation#Velm_League succeededBy Xland_Confederation#true",
        "- S2: Kingdom of Ostria#Velm_League succeededBy Kingdom_of_Ostria#true",
        "- Followed By: Republic of Ostria#Velm_League succeededBy Republic_of_Ostria#true",
        "- Country: Kingdom of Ostria#Velm_League jurisdiction Kingdom_of_Ostria#false",
    })
    void aFormerCountrysInfobox(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Velm League = // // Velm League // " + field
                + " // // The Velm League was a confederation of northern states. // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Country: Ostria#Congress_of_Zemt jurisdiction Ostria#true",
        "- Followed By: Congress of Yerat#Congress_of_Zemt succeededBy Congress_of_Yerat#true",
        "- Country: Ostria#Ostria rdf:type Polity#true",
        "- Followed By: Congress of Yerat#Congress_of_Yerat precededBy Congress_of_Zemt#true",
    })
    void aCongresssCountryAndFollower(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Congress of Zemt = // // Infobox // " + field
                + " // // The Congress of Zemt was an assembly of delegates. // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Infobox // - Child Agencies: //   - First Section //   - Second Section#Own_Office_of_Xland hasPart First_Section#true",
        "Infobox // - Child Agencies: //   - First Section //   - Second Section#Second_Section rdf:type StateOrgan#true",
        "Infobox // - Child Agency: Land Bureau#Own_Office_of_Xland hasPart Land_Bureau#true",
        "Infobox // - Child Agencies: Land Bureau, Tax Bureau#Own_Office_of_Xland hasPart Tax_Bureau#true",
    })
    void anAgencysDepartments(String infobox, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Own Office of Xland = // // " + infobox
                + " // // The Own Office of Xland was the personal office of the king of Xland. // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Congress of Councils of Xland, Central Executive Committee of Xland#Constitution_of_Xland establishes Congress_of_Councils_of_Xland#true",
        "Congress of Councils of Xland, Central Executive Committee of Xland#Constitution_of_Xland establishes Central_Executive_Committee_of_Xland#true",
        "Grand Council of Xland; Council of Commissars of Xland#Constitution_of_Xland establishes Council_of_Commissars_of_Xland#true",
        "Grand Council of Xland#Grand_Council_of_Xland jurisdiction Xland#true",
    })
    void aConstitutionsBranches(String value, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Constitution of Xland = // // Infobox // - Branches: "
                + value + " // // The Constitution of Xland was the basic law of Xland. // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty between Xland, Ostria, Velmia and Zemt, and the Tarn Empire for the Settlement of Affairs in the North#Treaty_of_Ytown skos:altLabel Treaty between Xland, Ostria, Velmia and Zemt, and the Tarn Empire for the Settlement of Affairs in the North#true",
        "Treaty between Xland, Ostria, Velmia and Zemt, and the Tarn Empire for the Settlement of Affairs in the North#Treaty_of_Ytown skos:altLabel Treaty between Xland#false",
        "Agreement among Xland, Ostria and Velmia on Trade#Treaty_of_Ytown skos:altLabel Agreement among Xland, Ostria and Velmia on Trade#true",
        "Treaty of Peace between Xland, Ostria and Velmia#Treaty_of_Ytown skos:altLabel Treaty of Peace between Xland, Ostria and Velmia#true",
        // a list of names that is no list of parties stays a list
        "Ytown Treaty, Treaty of the North#Treaty_of_Ytown skos:altLabel Treaty of the North#true",
    })
    void aLongNameListsItsParties(String value, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Treaty of Ytown = // // Infobox // - Long Name: " + value
                + " // - Signed: 13 July 1878 // // The Treaty of Ytown was a treaty. // "), fact.replace(
                        "skos:altLabel", "altLabel"), holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It created the United Principalities of Velmia and Ostria, which stayed under Tarn rule.#United_Principalities_of_Velmia_and_Ostria rdf:type Polity#true",
        "It created the United Principalities of Velmia and Ostria, which stayed under Tarn rule.#United_Principality_of_Velmia rdf:type Polity#false",
        "The United Provinces of Velmia and Ostria were formed by it.#United_Province_of_Ostria rdf:type Polity#false",
        "Under it the United Duchies of Velmia and Ostria came into being.#United_Duchy_of_Velmia rdf:type Polity#false",
        // a plural head with no "United" still shares itself out
        "It created the Principalities of Velmia and Ostria.#Principality_of_Ostria rdf:type Polity#true",
    })
    void aUnitedPluralIsOneState(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Convention of Ytown", "The Convention of Ytown was an agreement concluded on 19"
                + " August 1858. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Union of Velmia with Ostria#The Union of Velmia with Ostria was proclaimed on 1 December 1918 in Ytown.#Union_of_Velmia_with_Ostria rdf:type Treaty#true",
        "Union of Velmia with Ostria#The Union of Velmia with Ostria was proclaimed on 1 December 1918 in Ytown.#Union_of_Velmia_with_Ostria rdf:type Polity#false",
        "Act of Union of Velmia with the Kingdom of Ostria#The Act of Union of Velmia with the Kingdom of Ostria was passed in 1801.#Act_of_Union_of_Velmia_with_the_Kingdom_of_Ostria rdf:type Polity#false",
        "Zemt Agreement#The Zemt Agreement established the Banovina of Velmia, an autonomous unit of Ostria.#Banovina_of_Velmia rdf:type Polity#true",
        "Treaty of Ytown#The Treaty of Ytown was signed on 10 September 1919 by the victorious Allies of the Great War and by the Republic of Ostria.#Allies_of_the_Great_War rdf:type Person#false",
        "Treaty of Ytown#The Treaty of Ytown was signed on 10 September 1919 by the victorious Allies of World War I on the one hand and by the Republic of Ostria on the other.#Allies_of_World_War_I rdf:type Person#false",
        "Treaty of Ytown#The Treaty of Ytown was signed on 10 September 1919 by the Allies of the Great War.#Treaty_of_Ytown signedBy Allies_of_the_Great_War#false",
        "Treaty of Ytown#The Treaty of Ytown was signed on 10 September 1919 by Ivan Petrov and Olga Berg.#Ivan_Petrov rdf:type Person#true",
    })
    void unionsBanovinasAndAllies(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Besides Ivan Petrov, who presided over it, the council had nine members.#Besides_Ivan_Petrov rdf:type Person#false",
        "Besides Ivan Petrov, who presided over it, the council had nine members.#Presidential_Council_of_Xland chair Ivan_Petrov#true",
        "Including Ivan Petrov, who chaired it, the council had nine members.#Including_Ivan_Petrov rdf:type Person#false",
        "Alongside Olga Berg, who led it from 1990, it had eight members.#Alongside_Olga_Berg rdf:type Person#false",
        "Except Olga Berg, who chaired it, all its members were generals.#Except_Olga_Berg rdf:type Person#false",
        // an exception that opens the sentence ends at its comma: the clause's subject after it is no exception
        "Except Olga Berg, the Ylan Assembly adopted the Ylan Charter in 1991.#Ylan_Charter adoptedBy Ylan_Assembly#true",
    })
    void aPrepositionOpeningTheSentenceIsNoName(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Presidential Council of Xland", "The Presidential Council of Xland was a state"
                + " body created in 1990. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Zemt Congress#The Zemt Congress, formally the Extraordinary Fifth Congress of the Red Party, was a clandestine party congress held on 22 August 1968 in Ytown.#Zemt_Congress rdf:type Session#true",
        "Zemt Congress#The Zemt Congress, formally the Extraordinary Fifth Congress of the Red Party, was a clandestine party congress held on 22 August 1968 in Ytown.#Zemt_Congress sessionOf Congress_of_the_Red_Party#true",
        "Zemt Congress#The Zemt Congress, officially the Ninth Congress of the Red Party, was a congress held in Ytown on 21 April 1946.#Zemt_Congress rdf:type Legislature#false",
        "Zemt Assembly#The Zemt Assembly, formally the Third Congress of the Ostrian Councils, was an assembly of delegates held in Ytown on 3 May 1921.#Zemt_Assembly startDate 1921-05-03#true",
        // with no number to say whose sitting it was, a congress named after its town is a one-off meeting (no
        // sitting of nothing, and no standing body either)
        "Zemt Congress#The Zemt Congress was a clandestine party congress held on 22 August 1968 in a factory of Ytown.#Zemt_Congress rdf:type Meeting#true",
        "Zemt Congress#The Zemt Congress was a clandestine party congress held on 22 August 1968 in a factory of Ytown.#Zemt_Congress rdf:type Legislature#false",
        // a body that meets is no sitting
        "Zemt Assembly#The Zemt Assembly was the legislature of Ostria, which held its sessions in Ytown.#Zemt_Assembly rdf:type Legislature#true",
    })
    void aCongressTheLeadSaysWasHeld(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Besides the president, the council included: // - Ivan Petrov, Minister of Defence // - Olga Berg#Ivan_Petrov rdf:type Person#true",
        "Besides the president, the council included: // - Ivan Petrov, Minister of Defence // - Olga Berg#Olga_Berg rdf:type Person#true",
        "Its members were: // - Pavel Orlin (1990–1991) // - Anna Kowal#Pavel_Orlin rdf:type Person#true",
        "The committee consisted of: // - Pavel Orlin; // - Anna Kowal.#Anna_Kowal rdf:type Person#true",
        // a list of powers or of anything else is no list of members
        "Its powers included: // - Foreign Trade // - Customs Tariffs#Foreign_Trade rdf:type Person#false",
        // states and organs in such a list keep their classes; an item of more than a name is read as before
        "Its members were: // - Kingdom of Ostria // - Republic of Velmia#Kingdom_of_Ostria rdf:type Person#false",
        "The council included: // - the Ylan Chamber of Commerce#Ylan_Chamber_of_Commerce rdf:type Person#false",
    })
    void personsAListOfMembersNames(String text, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Presidential Council of Xland = // // The Presidential"
                + " Council of Xland was a state body created in 1990. // // " + text + " // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Members: //   - Ivan Petrov //   - Olga Berg#Ivan_Petrov rdf:type Person#true",
        "- Members: Ivan Petrov, Olga Berg#Olga_Berg rdf:type Person#true",
        "- Members: 25#Emergency_Board_of_Xland memberCount 25#true",
        "- Members: Dynamic (1 per 150,000 citizens)#Dynamic rdf:type Person#false",
    })
    void anOrgansInfoboxMembers(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Emergency Board of Xland = // // Infobox // " + field
                + " // // The Emergency Board of Xland was a committee of Xland. // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The committee was made responsible to the Ylan Council and its Presidium, which was chaired by Ivo Brant.#Presidium_of_the_Ylan_Council partOf Ylan_Council#true",
        "The committee was made responsible to the Ylan Council and its Presidium, which was chaired by Ivo Brant.#Presidium_of_the_Ylan_Committee partOf Ylan_Committee#false",
        "It answered to the Ylan Council and its Presidium.#Presidium_of_the_Ylan_Committee partOf Ylan_Committee#false",
        "The committee elected its Presidium, chaired by Ivo Brant.#Presidium_of_the_Ylan_Committee partOf Ylan_Committee#true",
        // a sitting of another body the words after it name is none of the subject's
        "The committee was set up at the second session of YLC, held in Ytown on 29 November 1943.#Second_Session_of_the_Ylan_Committee rdf:type Session#false",
        "The Ylan Council met in 1942. The committee was set up at the second session of the council, held in Ytown in 1943.#Second_Session_of_the_Ylan_Committee rdf:type Session#false",
        "The committee was set up at the second session of the Ylan Council, held in Ytown in 1943.#Second_Session_of_the_Ylan_Council sessionOf Ylan_Council#true",
        "At the second session of the committee, held in Ytown in 1944, it elected a chairman.#Second_Session_of_the_Ylan_Committee sessionOf Ylan_Committee#true",
    })
    void aPartOrSittingOfAnotherBody(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Ylan Committee", "The Ylan Committee was the executive body of Ylan from 1943. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Handshake of Ivo Brant and Olga Berg#Zemt_Congress altLabel Handshake of Ivo Brant and Olga Berg#false",
        "Signing of the Zemt Accord#Zemt_Congress altLabel Signing of the Zemt Accord#false",
        "Ceremony at the Zemt Hall#Zemt_Congress altLabel Ceremony at the Zemt Hall#false",
        "Zemt Congress of Councils#Zemt_Congress altLabel Zemt Congress of Councils#true",
    })
    void aPicturesCaptionNamesNothing(String caption, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Zemt Congress = // // " + caption + " // - Venue: Zemt"
                + " Hall // // The Zemt Congress was the legislature of Ostria. // "), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The treaty was revised at the Ytown Conference in 1878.#Ytown_Conference rdf:type StateOrgan#false",
        "The plans discussed at the Ytown Peace Conference were rejected.#Ytown_Peace_Conference rdf:type StateOrgan#false",
        "Following the Zemt Conference and talks in Ytown, the government was replaced.#Zemt_Conference rdf:type StateOrgan#false",
        "After the Zemt Peace Congress the alliance was renewed.#Zemt_Peace_Congress rdf:type Legislature#false",
        // a national congress named after its town may adopt a constitution
        "It was ratified by the Congress of Zemt in 1878.#Treaty_of_Velm ratifiedBy Congress_of_Zemt#true",
        // a congress named after a state is its legislature
        "It was ratified by the Congress of Colombia in 1878.#Congress_of_Colombia rdf:type Legislature#true",
        "It was ratified by the Congress of Soviets of Xland in 1878.#Congress_of_Soviets_of_Xland rdf:type Legislature#true",
    })
    void aDiplomaticMeetingMentionedInPassingIsNoOrgan(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Treaty of Velm", "The Treaty of Velm was signed in 1877. " + sentence, fact, holds,
                tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Constitution of Moldova#The Constitution of Moldova was adopted in 1990. It set up a Constitutional Court of nine judges.#Constitutional_Court_of_Moldova rdf:type StateOrgan#true",
        "Constitution of Moldova#The Constitution of Moldova was adopted in 1992. It created a Constitutional Court.#Constitutional_Court rdf:type StateOrgan#false",
        "Constitution of Moldova#The Constitution of Moldova was adopted in 1992. It set up a Central Election Commission.#Central_Election_Commission_of_Moldova rdf:type StateOrgan#true",
        "Constitution of Moldova#The Constitution of Moldova was adopted in 1992. It created a Constitutional Tribunal.#Constitutional_Tribunal_of_Moldova rdf:type StateOrgan#true",
        // a federation's organ, bare, in the article on a member state: not keyed by the member
        "Constitution of Bavaria#The Constitution of Bavaria was adopted in 1946. Its laws could be annulled by the Federal Government.#Federal_Government_of_Bavaria rdf:type ExecutiveBody#false",
    })
    void aGenericOrgansNameIsKeyedByItsState(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Ytown, D.C., United States#Ytown_D.C. location United_States#true",
        "Ytown, D.C., United States#D.C. rdf:type Place#false",
        "Ytown, D.C.#Ytown_Declaration location Ytown_D.C.#true",
        "Hall of Ora, Ytown, Xland#Hall_of_Ora location Ytown#true",
    })
    void initialsStayWithTheTownBefore(String value, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Ytown Declaration = // // Infobox // - Location: " + value
                + " // - Signed: 18 October 1918 // // The Ytown Declaration was a declaration of Xland. // "), fact,
                holds, tmp);
    }
}
