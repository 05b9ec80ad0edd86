package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 58, with invented sentences and values: a pronoun in a clause joined by
 * ", and" or ", but" whose first clause speaks of another organ is that organ's, not the article's subject's; two
 * persons' names joined by "and" are two persons; a party is led by its chair; a compromise is an instrument, not the
 * lands it names; a body's delegation to another body is no count of the other's members; a numbered or dated act and
 * the organ that made it ("Act II of 1945 of the Assembly") are two names; a party's central committee, numbered or
 * of a party named by its initials, and its bodies are the party's; a letter in parentheses glued to initials is
 * theirs ("XCP(b)"); a foreign name and its abbreviation are two names ("..., abbreviated to X", "..., VSYKh"); "the
 * territories of A and B" are the states'; a title's "between A and the B" holds its "and"; a treaty's name ends
 * before "and" and a person who opens a clause of his own; an infobox value "A/B" of two names of classes names two
 * things; what an instrument replaced ends before a clause of time or cause; adjectives listed before one abbreviation
 * in the plural name one thing each ("the Xian, Yian and Zian SSRs"); "which" after the plural of an organ's noun and
 * "of X" is those organs'; an infobox list whose last item's "of" phrase lists peoples keeps that item whole; an
 * infobox placeholder ("Position established") names nothing; delegates "sent by" a body are its delegation; "Xian and
 * Yian republics" names no "Xian"; "the X Agreements of 1945 and 1946" is one name; "it" is never a person's; a
 * "Congress of Ytown" mentioned in passing is a meeting of envoys, one that acts is typed by what it does; a body's or
 * a law's name may end with "in" and the state it is of; a title's "for X and a Y" is one name; a plural title opens
 * a list of persons ("Marshals X"); an "Autonomy" is a state; "the Armed Forces of X of General Y" is two names; a
 * sentence's opening preposition is no given name ("Under X, who ..."); "the standing body of X" is a part of X;
 * "of Party and State Control" is one "of" phrase of a state's organ.
 */
class RoundThirtyFiveTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the first clause's subject is another organ: "its" is that organ's
        "In 1990 the Supreme Soviet of Ylan met in Ytown, and Oleg Brant became its chairman.#Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        // another organ the first clause names may be meant as well: no one's
        "In 1990 the Supreme Soviet of Ylan created the State Council of Ylan, and Oleg Brant became its chairman.#Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "In 1990 the Supreme Soviet of Ylan was renamed the Supreme Council of Ylan, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "The Supreme Soviet of Ylan met again in 1991, and Oleg Brant was elected its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "The Supreme Soviet of Ylan elected a new government in 1991, but Oleg Brant remained its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "After the elections the Ylan Council of Ministers resigned, and Oleg Brant became its chairman.#Ylan_Council_of_Ministers chair Oleg_Brant#true",
        // an instrument's clause: either may be meant, so neither
        "The Constitution of Ylan was adopted in 1978, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        // controls: the first clause speaks of the subject, by name or by "it", or the pronoun opens the clause
        "In 1990 the Presidium of the Supreme Soviet of Ylan was enlarged, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "It was enlarged in 1990, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "In 1990 Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
    })
    void pronounAfterAJoinedClauseOfAnotherOrgan(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Presidium of the Supreme Soviet of Ylan", "The Presidium of the Supreme Soviet of"
                + " Ylan was the standing body of the Supreme Soviet of Ylan from 1938 to 1991. It was chaired by Ivo"
                + " Tamm from 1938 to 1950. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Council of Ylan, headed by Anton Weiss and Karl Brand, met in Ytown.#Council_of_Ylan chair Karl_Brand#true",
        "The Council of Ylan, headed by Anton Weiss and Karl Brand, met in Ytown.#Anton_Weiss_and_Karl_Brand rdf:type Person#false",
        "The Council of Ylan was chaired by Anton Weiss and Karl Brand in turn.#Council_of_Ylan chair Anton_Weiss#true",
        "Anton Weiss and Karl Brand headed the Council of Ylan.#Anton_Weiss_and_Karl_Brand rdf:type Person#false",
        "The Council of Ylan, which was led by Anton Weiss and Karl Brand, met in Ytown.#Council_of_Ylan chair Karl_Brand#true",
        "Talks between Anton Weiss and Karl Brand failed in 1870.#Anton_Weiss_and_Karl_Brand rdf:type Person#false",
        // a party is led by its chair: published, not withheld
        "The Farmers' Party, led by Anton Weiss and Karl Brand, won a majority in 1870.#Farmers'_Party chair Anton_Weiss#true",
        "The Farmers' Party, led by Anton Weiss, won a majority in 1870.#Farmers'_Party chair Anton_Weiss#true",
    })
    void personsJoinedByAnd(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Ylan", "The Diet of Ylan was the assembly of Ylan from 1861 to 1918. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was a model for settlements in other crown lands: the Zelan Compromise of 1910 and the Velmian Compromise.#Velmian_Compromise rdf:type LegalInstrument#true",
        "It was a model for settlements in other crown lands: the Zelan Compromise of 1910 and the Velmian Compromise.#Velmian_Compromise rdf:type Polity#false",
        "The Velmian Compromise was adopted by the Diet of Velmia in 1914.#Velmian_Compromise adoptedBy Diet_of_Velmia#true",
        "The Diet of Velmia passed the Velmian Ausgleich in 1914.#Velmian_Ausgleich rdf:type LegalInstrument#true",
    })
    void compromiseIsAnInstrument(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Ylan Compromise", "The Ylan Compromise was a set of laws adopted in 1905. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Diet elected the Land Committee as well as, until 1873, five deputies to the Imperial Council in Ytown.#Imperial_Council memberCount 5#false",
        "It chose 38 deputies to the Imperial Council.#Imperial_Council memberCount 38#false",
        "The Diet of Ylan appointed 12 delegates to the Imperial Council.#Imperial_Council memberCount 12#false",
        "Each year the Diet of Ylan selected four members to the Imperial Council.#Imperial_Council memberCount 4#false",
        // controls: the voters elect the whole body; a body's own size
        "The voters elected 450 deputies to the Imperial Council.#Imperial_Council memberCount 450#true",
        "The Imperial Council had 203 deputies.#Imperial_Council memberCount 203#true",
    })
    void delegationIsNoCountOfTheOtherBody(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Diet of Ylan", "The Diet of Ylan was the assembly of Ylan from 1861 to 1918. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was established by Act II of 1945 of the Provisional Assembly, which had met in Ytown.#High_Council_(Ylan) establishedBy Act_II_of_1945#true",
        "It was established by Act II of 1945 of the Provisional Assembly, which had met in Ytown.#Provisional_Assembly location Ytown#true",
        "It was created by Law No. 5 of 1946 of the Grand National Assembly.#High_Council_(Ylan) establishedBy Law_No._5_of_1946#true",
        "It was created by Law No. 5 of 1946 of the Grand National Assembly.#Law_No rdf:type LegalInstrument#false",
        "It was set up under Decree No. 12 of the Council of Ministers of Ylan.#Decree_No._12 rdf:type LegalInstrument#true",
        "The Act of 1946 of the Provisional Assembly abolished it.#Act_of_1946 rdf:type LegalInstrument#true",
        // controls: no number, no year: one name
        "The Statute of the Council of Ylan was adopted in 1946.#Statute_of_the_Council_of_Ylan rdf:type LegalInstrument#true",
    })
    void actAndItsMakerAreTwoNames(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("High Council (Ylan)", "The High Council was the collective head of state of Ylan"
                + " from 1945 to 1946. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The congress elected the 12th Central Committee.#12th_Central_Committee rdf:type PoliticalGroup#true",
        "The congress elected the 12th Central Committee.#12th_Central_Committee rdf:type StateOrgan#false",
        "Delegates who disobeyed the Central Committee of the YWP were expelled.#Central_Committee_of_the_YWP rdf:type PoliticalGroup#true",
        "The congress heard the report of the Auditing Commission.#Auditing_Commission rdf:type StateOrgan#false",
        "The Presidium of the Central Committee replaced the Politburo.#Presidium_of_the_Central_Committee rdf:type PoliticalGroup#true",
        "The Presidium of the Central Committee replaced the Politburo.#Presidium_of_the_Central_Committee rdf:type Presidium#false",
        "It heard a report on the Comintern Executive Committee.#Comintern_Executive_Committee rdf:type ExecutiveBody#false",
        // a letter in parentheses glued to the party's initials is theirs
        "Delegates who disobeyed the Central Committee of the YWP(b) were expelled.#Central_Committee_of_the_YWP(b) rdf:type PoliticalGroup#true",
        "Delegates who disobeyed the Central Committee of the YWP(b) were expelled.#Central_Committee_of_the_YWP rdf:type PoliticalGroup#false",
        // controls: a state's central executive committee is the state's
        "The congress elected the Central Executive Committee of Ylan.#Central_Executive_Committee_of_Ylan rdf:type ExecutiveBody#true",
    })
    void partyBodiesAreTheParty(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("12th Congress of the Ylan Workers' Party", "The 12th Congress of the Ylan Workers'"
                + " Party was held in Ytown in April 1923. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Military Council of Ylan Salvation (Wojskowa Rada Ocalenia Ylanu, abbreviated to WROY) was a junta.#Military_Council_of_Ylan_Salvation altLabel WROY#true",
        "The Military Council of Ylan Salvation (Wojskowa Rada Ocalenia Ylanu, abbreviated to WROY) was a junta.#Military_Council_of_Ylan_Salvation altLabel Wojskowa Rada Ocalenia Ylanu#true",
        "The Military Council of Ylan Salvation (Russian: Высший совет, romanized: Vysshiy sovet Ylana, VSYKh) was a junta.#Military_Council_of_Ylan_Salvation altLabel VSYKh#true",
        "The Military Council of Ylan Salvation (Russian: Высший совет, romanized: Vysshiy sovet Ylana, VSYKh) was a junta.#Military_Council_of_Ylan_Salvation altLabel Vysshiy sovet Ylana#true",
        "The Military Council of Ylan Salvation (Polish: Wojskowa Rada Ocalenia Ylanu, commonly shortened to WROY) was a junta.#Military_Council_of_Ylan_Salvation altLabel WROY#true",
        // two names in one parenthesis, the second in a language that writes it in lower case
        "The Military Council of Ylan Salvation (Landesrat, deželni svet) was a junta.#Military_Council_of_Ylan_Salvation altLabel Landesrat#true",
        "The Military Council of Ylan Salvation (Landesrat, deželni svet) was a junta.#Military_Council_of_Ylan_Salvation altLabel Landesrat, deželni svet#false",
    })
    void abbreviationAfterAForeignName(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Military Council of Ylan Salvation", lead + " It ruled Ylan from 1981 to 1983.",
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "A secret protocol divided territories of Norland, Velmia and Ostra into spheres of influence.#Territory_of_Velmia rdf:type Polity#false",
        "A secret protocol divided the lands of Norland and Velmia between the signatories.#Land_of_Velmia rdf:type Polity#false",
        "The regions of Norland and Ostra were occupied in 1940.#Region_of_Ostra rdf:type Polity#false",
        // control: a plural of a state's title still makes the names
        "It recognised the duchies of Norland and Velmia.#Duchy_of_Velmia rdf:type Polity#true",
        // a title's "between A and the B"; a treaty's name ends before a person who opens a clause
        "It was officially known as the Treaty of Non-Aggression between Ylan and the Union of Zelan Republics.#Ylan-Zelan_Pact altLabel Treaty of Non-Aggression between Ylan and the Union of Zelan Republics#true",
        "It was known as the Treaty of Peace between Ylan and the Kingdom of Zelan.#Ylan-Zelan_Pact altLabel Treaty of Peace between Ylan and the Kingdom of Zelan#true",
        "In 1945 Ylan denounced the Treaty of Friendship and Neutrality and Ivan Molotin raised claims to Ytown.#Treaty_of_Friendship_and_Neutrality rdf:type Treaty#true",
        "In 1945 Ylan denounced the Treaty of Friendship and Neutrality and Ivan Molotin raised claims to Ytown.#Treaty_of_Friendship_and_Neutrality_and_Ivan_Molotin rdf:type Treaty#false",
        // control: "and" inside a title's own phrase
        "It confirmed the Declaration of the Rights of the Toiling and Exploited People.#Declaration_of_the_Rights_of_the_Toiling rdf:type LegalInstrument#false",
    })
    void landsTitlesAndRunOns(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Ylan–Zelan Pact", "The Ylan–Zelan Pact was a treaty between the Republic of Ylan"
                + " and the Union of Zelan Republics signed in 1939. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Successor: Parliament of Ylan/Government of Ylan#Provisional_Council_of_Ylan succeededBy Parliament_of_Ylan#true",
        "- Successor: Parliament of Ylan/Government of Ylan#Provisional_Council_of_Ylan succeededBy Government_of_Ylan#true",
        "- Preceded by: Council of the Ylan Front/Military Council of Ylan#Provisional_Council_of_Ylan precededBy Military_Council_of_Ylan#true",
        "- Successor: Parliament of Ylan / Sejm Ylanski#Provisional_Council_of_Ylan succeededBy Parliament_of_Ylan#true",
    })
    void slashBetweenTwoNamesOfClasses(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Provisional Council of Ylan = // // Infobox // - Formed:"
                + " 1990 // " + field + " // // The Provisional Council of Ylan was the provisional legislature of Ylan"
                + " in 1990."), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Purpose: Replacement of the 1815 Charter of Ylan after the Ytown Uprising#Organic_Statute_of_Ylan precededBy 1815_Charter_of_Ylan#true",
        "- Purpose: Replacement of the 1815 Charter of Ylan after the Ytown Uprising#Organic_Statute_of_Ylan precededBy Ytown_Uprising#false",
        "- Purpose: To replace the Charter of 1815, following the Ytown Uprising#Organic_Statute_of_Ylan precededBy Ytown_Uprising#false",
        "- Purpose: Replacing the 1815 Charter of Ylan in response to the Ytown Uprising#Organic_Statute_of_Ylan precededBy 1815_Charter_of_Ylan#true",
    })
    void whatAnInstrumentReplaced(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Organic Statute of Ylan = // // Infobox // " + field
                + " // - Created: 1832 // // The Organic Statute of Ylan was a constitution of Ylan issued in 1832."),
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1936 the Latvian, Lithuanian and Estonian SSRs entered the Union of Soviet Socialist Republics directly.#Lithuanian_SSR rdf:type Polity#true",
        "In 1936 the Latvian, Lithuanian and Estonian SSRs entered the Union of Soviet Socialist Republics directly.#Estonian_SSRs rdf:type Polity#false",
        "However, Latvian and Estonian SSRs entered it directly.#However_SSR rdf:type Polity#false",
        "The Latvian and Estonian SSRs were represented in it.#Latvian_SSR rdf:type Polity#true",
        "Delegates of the Georgian, Armenian, and Bashkir ASSRs attended.#Bashkir_ASSR rdf:type Polity#true",
        "Delegates of the Georgian, Armenian, and Bashkir ASSRs attended.#Armenian rdf:type Polity#false",
        "Labour and Liberal MPs attended.#Labour_MP rdf:type Person#false",
    })
    void adjectivesOfAPluralAbbreviation(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Union Council of Ylan", "The Union Council of Ylan was the executive body of"
                + " Ylan from 1922 to 1936. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1867 its functions passed to two new departments of the Governing Senate of Ylan, which sat in Ytown.#Governing_Senate_of_Ylan location Ytown#false",
        "In 1867 its functions passed to the commissions of the Governing Senate of Ylan, which met in Ytown.#Governing_Senate_of_Ylan location Ytown#false",
        // controls: the name itself, an idiom, persons of the body
        "In 1867 its functions passed to the Governing Senate of Ylan, which sat in Ytown.#Governing_Senate_of_Ylan location Ytown#true",
        "Real power lay in the hands of the Control Commission of Ylan, which was led by Ivan Petrov.#Control_Commission_of_Ylan chair Ivan_Petrov#true",
        "In 1867 the deputies of the Governing Senate of Ylan, which sat in Ytown, resigned.#Governing_Senate_of_Ylan location Ytown#true",
    })
    void whichAfterThePluralOfAnOrgan(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of State of Ylan", "The Council of State of Ylan was an advisory body from"
                + " 1815 to 1867. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Preceded By: National Assembly of the Kingdom of Ylan, National Council of Slovenes, Croats and Serbs#Temporary_Assembly precededBy National_Council_of_Slovenes_Croats_and_Serbs#true",
        "- Preceded By: National Assembly of the Kingdom of Ylan, National Council of Slovenes, Croats and Serbs#Temporary_Assembly precededBy Croats#false",
        "- Preceded By: Council of Serbs, Croats and Slovenes#Temporary_Assembly precededBy Council_of_Serbs_Croats_and_Slovenes#true",
        "- Preceded By: Position established#Temporary_Assembly precededBy Position_established#false",
        "- Succeeded By: Office abolished#Temporary_Assembly succeededBy Office_abolished#false",
    })
    void infoboxListsAndPlaceholders(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Temporary Assembly = // // Infobox // " + field
                + " // // The Temporary Assembly was the provisional legislature of Ylan from 1919 to 1920."), fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "From 1868 it was joined by 40 (from 1887, 43) delegates sent by the Diet of Zelan.#House_of_Representatives_of_Ylan memberCount 40#false",
        "From 1868 it was joined by 40 delegates delegated by the Diet of Zelan.#House_of_Representatives_of_Ylan memberCount 40#false",
        "It had 413 deputies elected by the voters.#House_of_Representatives_of_Ylan memberCount 413#true",
        "The law provided for separate Czech and Slovak republics.#Czech rdf:type StateOrgan#false",
        "Under the three Ytown Agreements of 1945 and 1946 its powers were reduced.#Ytown_Agreements_of_1945_and_1946 rdf:type Treaty#true",
        "Under the three Ytown Agreements of 1945 and 1946 its powers were reduced.#Ytown_Agreements_of_1945 rdf:type Treaty#false",
        "Ivan Hus was its chairman from 1946 to 1950; he was followed by Karol Bac and then Rudolf Stre, who led it until 1960.#Ivan_Hus chair Rudolf_Stre#false",
        "Ivan Hus was its chairman from 1946 to 1950; he was followed by Karol Bac and then Rudolf Stre, who led it until 1960.#House_of_Representatives_of_Ylan chair Rudolf_Stre#true",
    })
    void delegatesListsAndPronouns(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("House of Representatives of Ylan", "The House of Representatives of Ylan was the"
                + " lower house of the Diet of Ylan from 1867 to 1918. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "At the Congress of Ytown the duchy was partitioned.#Congress_of_Ytown rdf:type Legislature#false",
        "Its lands had been lost by the Treaty of Ztown and the Congress of Ytown in 1878.#Congress_of_Ytown rdf:type Legislature#false",
        "After the Congress of Ytown, the duchy was restored.#Congress_of_Ytown rdf:type Legislature#false",
        // controls: a congress that acts; a congress of a state; a congress of soviets
        "In 1920 the Congress of Ytown adopted the Statute of Ylan.#Congress_of_Ytown rdf:type Meeting#true",
        "The Statute of Ylan was adopted by the Congress of Ytown in 1920.#Statute_of_Ylan adoptedBy Congress_of_Ytown#true",
        "Its deputies sat in the Congress of Soviets of Ylan.#Congress_of_Soviets_of_Ylan rdf:type Legislature#true",
    })
    void congressOfATownInPassing(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Duchy of Ylan", "The Duchy of Ylan was a state from 1807 to 1815. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was backed by the Soviet Military Administration in Norway (SMAN), which sat in Ytown.#Soviet_Military_Administration_in_Norway rdf:type ExecutiveBody#true",
        "Appeals went to the Supreme Court in Norway.#Supreme_Court_in_Norway rdf:type StateOrgan#false",
        "It was replaced by the Law on Enterprises in the USSR, adopted on 4 June 1990.#Law_on_Enterprises_in_the_USSR adopted 1990-06-04#true",
        "Its powers were laid down by the Agreement on Control Machinery in Norway of 14 November 1944.#Agreement_on_Control_Machinery_in_Norway rdf:type Treaty#true",
        // controls: a town; a name that names the state already; a verb between
        "It was replaced by the Law on Enterprises in Ytown in 1990.#Law_on_Enterprises_in_Ytown rdf:type LegalInstrument#false",
        "Central committees, such as the All-Ylanian Central Executive Committee in Ylan, ruled between sessions.#All-Ylanian_Central_Executive_Committee_in_Ylan rdf:type ExecutiveBody#false",
        // the second object of a title's "for" or "on"
        "The Ylan People's Congress for Unity and a Just Peace met in Ytown in 1947.#Ylan_People's_Congress_for_Unity_and_a_Just_Peace rdf:type Legislature#true",
        "The Ylan People's Congress for Unity and a Just Peace met in Ytown in 1947.#Just_Peace rdf:type Treaty#false",
        // a plural shared out over a list of persons names no organ of each
        "It was followed by the ministries of Brantel, Rudolf von Weiss and Ana Berg.#Ministry_of_Rudolf rdf:type ExecutiveBody#false",
        "It was followed by the ministries of Ivo Brant and Ana Berg.#Ministry_of_Ivo_Brant rdf:type ExecutiveBody#false",
        "It united the duchies of Norland and Velmia.#Duchy_of_Velmia rdf:type Polity#true",
        "It passed the Constitutional Law on the Independence and the Foundations of the State of Ylan.#Constitutional_Law_on_the_Independence rdf:type LegalInstrument#false",
        "The Committee for Security and the Council of Ministers of Ylan met in 1950.#Council_of_Ministers_of_Ylan rdf:type ExecutiveBody#true",
    })
    void namesThatGoOn(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Ylan", "The Council of Ylan was the government of Ylan from 1945 to 1990. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its first minister was Ivan Bulgan, who was followed by Marshals Georgy Zhuk (1955–1957) and Rodion Malin.#Georgy_Zhuk rdf:type Person#true",
        "Its first minister was Ivan Bulgan, who was followed by Marshals Georgy Zhuk (1955–1957) and Rodion Malin.#Marshals_Georgy_Zhuk rdf:type Person#false",
        "The committee was subordinated to the Armed Forces of South Ylan of General Anton Deniko.#Armed_Forces_of_South_Ylan_of_General_Anton_Deniko rdf:type StateOrgan#false",
        "The committee was subordinated to the Armed Forces of South Ylan of General Anton Deniko.#Anton_Deniko rdf:type Person#true",
        // adherents in the plural before a person's name: what the person was, no part of the name
        "Its members were the Socialist-Revolutionaries Nikolai Avksen, who chaired it, and Ivo Brant.#Nikolai_Avksen rdf:type Person#true",
        "Its members were the Socialist-Revolutionaries Nikolai Avksen, who chaired it, and Ivo Brant.#Socialist-Revolutionaries_Nikolai_Avksen rdf:type Person#false",
        "It was opposed by the Mensheviks Pavel Axel and Ivo Brant.#Mensheviks_Pavel_Axel rdf:type Person#false",
    })
    void titlesBeforePersons(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Ministry of Defence of Ylan", "The Ministry of Defence of Ylan was the ministry of"
                + " defence of Ylan from 1946 to 1991. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Infobox // - Government type: Provisional government // - Leader1: Ivan Petrov // // The Ylash Autonomy was an unrecognized state from 1917 to 1920.#Ylash_Autonomy rdf:type Polity#true",
        "Infobox // - Government type: Provisional government // - Leader1: Ivan Petrov // // The Ylash Autonomy was an unrecognized state from 1917 to 1920.#Ylash_Autonomy rdf:type StateOrgan#false",
        "The Ylash Autonomy was a state that existed from 1917 to 1920.#Ylash_Autonomy rdf:type Polity#true",
        "The Ylash Autonomy was proclaimed by the Second Ylash Congress in December 1917.#Ylash_Autonomy rdf:type Polity#true",
    })
    void anAutonomyIsAState(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Ylash Autonomy = // // " + body), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Under Yezin, who replaced Yagor on 26 September 1936, it carried out mass arrests.#Under_Yezin rdf:type Person#false",
        "After Yezin, who had replaced Yagor, it was led by Ivo Brant.#After_Yezin rdf:type Person#false",
        "It was the standing body of the Supreme Soviet of Ylan.#Presidium_of_Ylan partOf Supreme_Soviet_of_Ylan#true",
        "The Presidium of Ylan was the permanently functioning body of the Supreme Soviet of Ylan.#Presidium_of_Ylan partOf Supreme_Soviet_of_Ylan#true",
        "In 1938 it became the permanent organ of the Supreme Soviet of Ylan.#Presidium_of_Ylan partOf Supreme_Soviet_of_Ylan#true",
        "It was the standing body of the Supreme Soviet of Ylan.#Presidium_of_Ylan partOf Ylan#false",
    })
    void openingPrepositionsAndStandingBodies(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Presidium of Ylan", "The Presidium of Ylan was a collective organ of Ylan from"
                + " 1938 to 1990. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Preceding1: Committee of Party and State Control#Committee_of_Party_and_State_Control succeededBy People's_Control_Committee#true",
        "- Preceding1: Committee of Party and State Control#State_Control rdf:type StateOrgan#false",
        "- Preceding1: Committee of Party and State Control#Committee_of_Party_and_State_Control rdf:type PoliticalGroup#false",
        "- Preceding1: Commission of Soviet and Party Control#Party_Control rdf:type PoliticalGroup#false",
    })
    void ofPhraseOfTwoWords(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= People's Control Committee = // // Infobox // " + field
                + " // - Formed: 1965 // // The People's Control Committee was a state control organ of Ylan from 1965"
                + " to 1991."), fact, holds, tmp);
    }
}
