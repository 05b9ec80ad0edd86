package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Pipeline;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stops 55 and 56 (rounds 25 and 26), with invented sentences and values: a
 * preposition inside a statute's short title ("the Union with Xland Act 1801"); "who" after an apposition that ends in
 * a place ("X, a lawyer from Y, who ...") stands for the person; a federation of trade unions or farmers is no state;
 * an infobox "Legislature" that describes the subject as a house of a parliament names the whole.
 */
class RoundTwentySixTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The treaty was put into effect by the Merger with Wessex Act 1801, passed by the Parliament of Mercia.#Merger_with_Wessex_Act_1801 adoptedBy Parliament_of_Mercia#true",
        "The Parliament of Mercia passed the Merger with Wessex Act 1801 in June.#Merger_with_Wessex_Act_1801 adoptedBy Parliament_of_Mercia#true",
        "The Merger with Wessex Act 1801 was adopted by the Parliament of Mercia.#Merger_with_Wessex_Act_1801 rdf:type LegalInstrument#true",
        "It was followed by the Trading with the Enemy Act, which the Parliament of Mercia adopted in 1914.#Trading_with_the_Enemy_Act adoptedBy Parliament_of_Mercia#true",
        "In 1931 the Parliament of Mercia passed the Offences against the Crown Act.#Offences_against_the_Crown_Act adoptedBy Parliament_of_Mercia#true",
        // the cut name is gone
        "The treaty was put into effect by the Merger with Wessex Act 1801, passed by the Parliament of Mercia.#Wessex_Act_1801 adoptedBy Parliament_of_Mercia#false",
        // a preposition with no short title's head after it ends the name
        "The Treaty of Ytown with Ostland was signed in 1920.#Treaty_of_Ytown adopted 1920#true",
        "The Parliament of Mercia made a treaty with Wessex in 1920.#Parliament_of_Mercia rdf:type Legislature#true",
    })
    void aPrepositionInsideAShortTitle(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Treaty of Merger", "The Treaty of Merger was an agreement between the Kingdom of"
                + " Mercia and the Kingdom of Wessex. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its first president was Jan Kowal, a lawyer from Tarnland, who led the house from 1861 to 1870.#House_of_Delegates_of_Ostmark chair Jan_Kowal#true",
        "Its first president was Jan Kowal, a lawyer from Tarnland, who led the house from 1861 to 1870.#House_of_Delegates_of_Ostmark chair Tarnland#false",
        "Jan Kowal, a landowner in Velmia, who chaired it from 1870, was its second president.#House_of_Delegates_of_Ostmark chair Velmia#false",
        "Jan Kowal, a lawyer at Tarnburg, who presided over it until 1880, was its longest-serving president.#House_of_Delegates_of_Ostmark chair Tarnburg#false",
        "The house was led by Jan Kowal, a deputy from Tarnland, who chaired it from 1861.#House_of_Delegates_of_Ostmark chair Tarnland#false",
        "Its president was Jan Kowal, a Velmish lawyer from Tarnland, who led the house from 1881.#House_of_Delegates_of_Ostmark chair Tarnland#false",
        "Its president was Jan Kowal, a Velmish lawyer from Tarnland, who led the house from 1881.#House_of_Delegates_of_Ostmark chair Jan_Kowal#true",
        // a person after the preposition keeps the clause
        "Its first president was Jan Kowal, who led the house from 1861 to 1870.#House_of_Delegates_of_Ostmark chair Jan_Kowal#true",
    })
    void whoAfterAnAppositionEndingInAPlace(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("House of Delegates of Ostmark", "The House of Delegates of Ostmark was the lower"
                + " chamber of the Diet of Ostmark from 1861 to 1918. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Karl Feld, the president of the Ostmark Farmers Federation, presided over the chamber from 1971.#Ostmark_Farmers_Federation rdf:type Polity#false",
        "Karl Feld, who had led the Velm Trade Union Federation, chaired the chamber from 1971.#Velm_Trade_Union_Federation rdf:type Polity#false",
        "Karl Feld, a leader of the General Confederation of Labour, chaired the chamber from 1971.#General_Confederation_of_Labour rdf:type Polity#false",
        "The chamber was chaired by Karl Feld of the Velm Workers' Federation.#Velm_Workers'_Federation rdf:type Polity#false",
        "Karl Feld, the president of the Ostmark Farmers Federation, presided over the chamber from 1971.#National_Council_(Ostmark) chair Karl_Feld#true",
        // federations and confederations of states stay states
        "In 1971 the chamber sent Karl Feld to the Velm Federation.#Velm_Federation rdf:type Polity#true",
        "In 1971 Ostmark joined the Velmish Confederation.#Velmish_Confederation rdf:type Polity#true",
        "In 1971 Ostmark joined the Federation of Velm and Tarn.#Federation_of_Velm_and_Tarn rdf:type Polity#true",
    })
    void aFederationOfUnionsIsNoState(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("National Council (Ostmark)", "The National Council is the lower house of the"
                + " Parliament of Ostmark. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Legislature: Upper house of the Ostmark Parliament#Senate_(Ostmark) partOf Ostmark_Parliament#true",
        "Legislature: Lower House of the Ostmark Parliament#Senate_(Ostmark) partOf Ostmark_Parliament#true",
        "Legislature: The upper chamber of the Ostmark Parliament#Senate_(Ostmark) partOf Ostmark_Parliament#true",
        "Legislature: Upper house of the Ostmark Parliament#Upper_house_of_the_Ostmark_Parliament rdf:type Legislature#false",
        "Legislature: Second chamber of the Ostmark Parliament#Second_chamber_of_the_Ostmark_Parliament rdf:type Legislature#false",
        // a legislature's name in the key still names the body the subject sits in
        "Legislature: Ostmark Parliament#Ostmark_Parliament rdf:type Legislature#true",
    })
    void aLegislatureThatDescribesAHouse(String row, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Senate (Ostmark) =\n\nInfobox\n- " + row + "\n- Members: 60\n\nThe Senate is"
                + " a chamber of 60 members that first met in 1921.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} @{2}")
    @CsvSource(delimiter = '#', value = {
        "Velmin senaatti (Finnish), Velms senat (Swedish)#Velmin senaatti#fi",
        "Velmin senaatti (Finnish), Velms senat (Swedish)#Velms senat#sv",
        "Велмски сенат (Russian)#Велмски сенат#ru",
        "Velmski senat (Croatian); Велмски сенат (Serbian)#Velmski senat#hr",
        "Velmski senat (Croatian); Велмски сенат (Serbian)#Велмски сенат#sr",
        // a name in parentheses that is no language's is a second name, in the first's language and Latin letters
        "Велмски сенат (Velmski senat)#Velmski senat#ru-Latn",
    })
    void aNativeNamesLanguageInParentheses(String value, String name, String tag, @TempDir Path tmp)
            throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= Senate of Velmia =\n\nInfobox\n- Native Name: "
                + value + "\n- Formed: 1809\n\nThe Senate of Velmia was the government of the Duchy of Velmia from"
                + " 1809 to 1918.\n");
        Graph g = Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        List<String> labels = g.find(Node.ANY, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(Node::isLiteral)
                .map(o -> o.getLiteralLexicalForm() + "@" + o.getLiteralLanguage()).toList();
        assertTrue(labels.contains(name + "@" + tag), () -> labels.toString());
        assertTrue(labels.stream().noneMatch(l -> l.contains("(")), () -> labels.toString());
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its chairman was the Left Socialist-Revolutionary Ivo Brant.#Military_Committee_of_Ytown chair Ivo_Brant#true",
        "Its chairman was the Left Socialist-Revolutionary Ivo Brant.#Left_Socialist-Revolutionary_Ivo_Brant rdf:type Person#false",
        "The committee was chaired by the Right Socialist-Revolutionary Ivo Brant.#Military_Committee_of_Ytown chair Ivo_Brant#true",
        "The Old Bolshevik Ivo Brant chaired it in 1918.#Military_Committee_of_Ytown chair Ivo_Brant#true",
        "Ivo Brant, a Moderate Liberal, chaired it in 1918.#Military_Committee_of_Ytown chair Ivo_Brant#true",
        // a wing alone before a name is no title
        "It was chaired by Left Brant in 1918.#Military_Committee_of_Ytown chair Brant#false",
    })
    void aWingBeforeAPartyTitle(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Military Committee of Ytown", "The Military Committee of Ytown was a body of the"
                + " Ytown Soviet from 1917 to 1918. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Velm Revolutionary Committee was the highest authority in the Velm steppe, then called the Tarn Region, from 1919 to 1920.#Velm_Revolutionary_Committee altLabel Tarn Region#false",
        "The Velm Revolutionary Committee ruled the steppe, known at the time as the Tarn Region, from 1919 to 1920.#Velm_Revolutionary_Committee altLabel Tarn Region#false",
        "The Velm Revolutionary Committee was the highest authority in the steppe, called the Tarn Region, from 1919 to 1920.#Velm_Revolutionary_Committee altLabel Tarn Region#false",
        // a naming right after the subject's name is the subject's
        "The Velm Revolutionary Committee, then called the Tarn Council, ruled the steppe from 1919 to 1920.#Velm_Revolutionary_Committee altLabel Tarn Council#true",
        "The Velm Revolutionary Committee (Velmish: Velmrevkom), also called the Tarn Council, ruled the steppe from 1919.#Velm_Revolutionary_Committee altLabel Tarn Council#true",
        "In 1919 the Velm Soviet set up the Velm Revolutionary Committee, known as the Tarn Council, to rule the steppe.#Velm_Revolutionary_Committee altLabel Tarn Council#true",
        "The Velm Revolutionary Committee, commonly known by its acronym VRC, ruled the steppe from 1919.#Velm_Revolutionary_Committee altLabel VRC#true",
        "The Velm Revolutionary Committee, usually known by the abbreviation VRC, ruled the steppe from 1919.#Velm_Revolutionary_Committee altLabel VRC#true",
        "The Velm Revolutionary Committee, known by its acronym VRC, ruled the steppe from 1919.#VRC rdf:type StateOrgan#false",
    })
    void aNamingAfterACommaNamesWhatEndsThere(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Velm Revolutionary Committee", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Constituent Congress of Soviets of the Velm ASSR#The Constituent Congress of Soviets of the Velm ASSR, held in Ytown from 4 to 12 October 1920, elected a Central Executive Committee.#Constituent_Congress_of_Soviets_of_the_Velm_ASSR rdf:type Session#true",
        "Constituent Congress of Soviets of the Velm ASSR#The Constituent Congress of Soviets of the Velm ASSR, held in Ytown from 4 to 12 October 1920, elected a Central Executive Committee.#Constituent_Congress_of_Soviets_of_the_Velm_ASSR startDate 1920-10-04#true",
        "Diet of Dorn#The Diet of Dorn (Velmish: Dornin maapäivät) was held at Dorn in 1809 by the four estates of Velmia.#Diet_of_Dorn rdf:type Session#true",
        "Extraordinary Congress of the Velm Soviets#The Extraordinary Congress of the Velm Soviets was held in Ytown in May 1921 and adopted a constitution.#Extraordinary_Congress_of_the_Velm_Soviets rdf:type Session#true",
        // a body that is set up, or holds its sessions somewhere, is a body
        "Congress of Soviets of the Velm ASSR#The Congress of Soviets of the Velm ASSR was the highest organ of the republic, which held its sessions in Ytown from 1920 to 1937.#Congress_of_Soviets_of_the_Velm_ASSR rdf:type Session#false",
        "Congress of Soviets of the Velm ASSR#The Congress of Soviets of the Velm ASSR, set up in 1920, held its sessions in Ytown.#Congress_of_Soviets_of_the_Velm_ASSR rdf:type Session#false",
        "Velm Council#The Velm Council, held in high regard, governed Velmia from 1920.#Velm_Council rdf:type Session#false",
    })
    void aLeadThatSaysTheSubjectWasHeld(String title, String sentence, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1918 the Economic Division became the Velm Government, and the Justice Division was replaced by the High Court of Velmia.#Velm_Government succeededBy High_Court_of_Velmia#false",
        "In 1918 the Economic Division became the Velm Government, and the Justice Division was replaced by the High Court of Velmia.#Justice_Division succeededBy High_Court_of_Velmia#true",
        "The council formed the Velm Government, and the Justice Division was replaced by the High Court of Velmia.#Velm_Government succeededBy High_Court_of_Velmia#false",
        // a list of subjects before the verb is one
        "The Justice Division and the Velm Government were replaced by the High Court of Velmia.#Velm_Government succeededBy High_Court_of_Velmia#true",
        "The Senate was abolished in 1918, and the Justice Division and the Velm Government were replaced by the High Court of Velmia.#Justice_Division succeededBy High_Court_of_Velmia#true",
        "The Senate was abolished in 1918, and the Justice Division and the Velm Government were replaced by the High Court of Velmia.#Velm_Government succeededBy High_Court_of_Velmia#true",
    })
    void aComplementAndTheNextClausesSubjectAreNoList(String sentence, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Senate of Velmia", "The Senate of Velmia was the government of the Duchy of Velmia"
                + " from 1809 to 1918. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Superseding1: Velm Government#Velm_Government rdf:type ExecutiveBody#true",
        "Superseding1: Velm Government#Velm_Government rdf:type Chamber#false",
        "Succeeded By: Council of Ministers of Velmia#Council_of_Ministers_of_Velmia rdf:type Chamber#false",
        "Preceded By: Velm Government#Velm_Government rdf:type ExecutiveBody#true",
        // a name of no narrower class of its own takes the subject's
        "Succeeded By: Velm Council#Velm_Council rdf:type Chamber#true",
        "Succeeded By: Senate of the Republic of Velmia#Senate_of_the_Republic_of_Velmia rdf:type Chamber#true",
    })
    void aSuccessorsOwnNameSaysItsClass(String row, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Senate of Velmia =\n\nInfobox\n- House Type: Upper house\n- " + row
                + "\n\nThe Senate of Velmia was the upper house of the Diet of Velmia from 1809 to 1918.\n", fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its members, the senators, were appointed by the King of Tarnia.#Senate_of_Velmia partOf Ruling_Council#false",
        "Its members, the deputies, were chosen by the estates.#Senate_of_Velmia partOf Ruling_Council#false",
        "The members of the Ruling Council, the senators, were appointed by the king.#Senate_of_Velmia partOf Ruling_Council#false",
        "Its members, the senators, were appointed by the King of Tarnia.#Senate_of_Velmia rdf:type Chamber#true",
        // a part named as a member is one
        "Its members, the Senate and the Chamber, were elected.#Senate partOf Ruling_Council#false",
    })
    void membersInAppositionAreNoPart(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Senate of Velmia", "The Senate of Velmia was the upper house of the Diet of Velmia"
                + " from 1809 to 1918. It was created as the Ruling Council. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Parent Organization: Velm National Council#Presidium_of_the_Velm_Council partOf Velm_National_Council#true",
        "Parent Organisation: Velm National Council#Presidium_of_the_Velm_Council partOf Velm_National_Council#true",
        "Government Name: Presidium of the Velm National Council#Presidium_of_the_Velm_Council altLabel Presidium of the Velm National Council#true",
        "Parent Body: Velm National Council#Presidium_of_the_Velm_Council partOf Velm_National_Council#true",
    })
    void aParentOrganizationIsTheWhole(String row, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Presidium of the Velm Council =\n\nInfobox\n- " + row + "\n- Formed: 1944\n\n"
                + "The Presidium of the Velm Council was a standing body from 1944 to 1946.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1947 Ivo Brant was replaced as chairman by the communist Karl Feld.#Constituent_Assembly_of_Velmia chair Karl_Feld#true",
        "In 1947 Ivo Brant was succeeded as chairman by Karl Feld.#Constituent_Assembly_of_Velmia chair Karl_Feld#true",
        "In 1947 Ivo Brant was succeeded as chairman by Karl Feld.#Constituent_Assembly_of_Velmia chair Ivo_Brant#true",
        "In 1947 Karl Feld replaced Ivo Brant as chairman.#Constituent_Assembly_of_Velmia chair Karl_Feld#true",
        // another body's chair
        "In 1947 Ivo Brant was replaced as chairman of the Velm Bank by Karl Feld.#Constituent_Assembly_of_Velmia chair Karl_Feld#false",
    })
    void replacedAsChairByY(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Constituent Assembly of Velmia", "The Constituent Assembly of Velmia was the"
                + " legislature of Velmia from 1946 to 1948. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Ytown Agreement#The Ytown Agreement or Ytown Council (Velmish: Ytownska rada) was an oath of allegiance sworn in Ytown in 1654.#Ytown_Agreement altLabel Ytown Council#true",
        "Ytown Agreement#The Ytown Agreement or Ytown Council (Velmish: Ytownska rada) was an oath of allegiance sworn in Ytown in 1654.#Ytown_Council rdf:type StateOrgan#false",
        "Treaty of Ytown#The Treaty of Ytown or the Ytown Pact is an agreement of 1850.#Treaty_of_Ytown altLabel Ytown Pact#true",
        "Treaty of Ytown#The Treaty of Ytown, or the Ytown Pact, was an agreement of 1850.#Treaty_of_Ytown altLabel Ytown Pact#true",
        // later in the text "or" joins two things
        "Treaty of Ytown#The Treaty of Ytown was an agreement of 1850. Either the Velm Diet or the Ostrian Diet was to ratify it.#Velm_Diet altLabel Ostrian Diet#false",
    })
    void theLeadsTwoNamesJoinedByOr(String title, String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It replaced the first constitution, which the First Congress of Velm Soviets had adopted on 3 February 1919.#1927_Constitution_of_Velmia adoptedBy First_Congress_of_Velm_Soviets#false",
        "It replaced the first constitution, which had been adopted by the First Congress of Velm Soviets in 1919.#1927_Constitution_of_Velmia adoptedBy First_Congress_of_Velm_Soviets#false",
        "The first constitution had been adopted by the First Congress of Velm Soviets in 1919.#1927_Constitution_of_Velmia adoptedBy First_Congress_of_Velm_Soviets#false",
        "The second constitution was adopted by the Second Congress of Velm Soviets in 1927.#1927_Constitution_of_Velmia adoptedBy Second_Congress_of_Velm_Soviets#false",
        // the constitution itself
        "The constitution was adopted by the Second Congress of Velm Soviets in 1927.#1927_Constitution_of_Velmia adoptedBy Second_Congress_of_Velm_Soviets#true",
    })
    void theFirstConstitutionIsNoOtherOne(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("1927 Constitution of Velmia", "The 1927 Constitution of Velmia was the basic law of"
                + " Velmia from 1927 to 1937. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The first constitution was adopted by the First Congress of Velm Soviets on 3 February 1919.#Constitution_of_Velmia adoptedBy First_Congress_of_Velm_Soviets#true",
    })
    void theFirstConstitutionItself(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Constitution of Velmia", "The Constitution of Velmia was the first constitution of"
                + " Velmia. " + sentence, fact, holds, tmp);
    }

    /** The review of stop 56: what the new readings must not say. */
    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '#', value = {
        "Constitution of Velmia#The Constitution of Velmia was adopted in 1920. The Diet replaced the Press Ordinance with the Public Order Act 1936.#Press_Ordinance_with_the_Public_Order_Act_1936 rdf:type LegalInstrument#false",
        "Constitution of Velmia#The Constitution of Velmia was adopted in 1920. The Diet replaced the Press Ordinance with the Public Order Act 1936.#Public_Order_Act_1936 rdf:type LegalInstrument#true",
        "Imperial Diet of Velmia#The Imperial Diet of Velmia was the legislature of the empire whose first session was held in 1871.#Imperial_Diet_of_Velmia rdf:type Session#false",
        "Imperial Diet of Velmia#The Imperial Diet of Velmia was held in check by the crown from 1871.#Imperial_Diet_of_Velmia rdf:type Session#false",
        "Senate of Velmia#The Senate of Velmia is the upper house of the Diet of Velmia. The Senate of Velmia or the Diet of Velmia is entitled to propose laws.#Senate_of_Velmia altLabel Diet of Velmia#false",
        "Constituent Assembly of Velmia#The Constituent Assembly of Velmia was the legislature of Velmia from 1946 to 1948. In 1947 Ivo Brant was replaced as chairman by the Central Committee.#Constituent_Assembly_of_Velmia chair Central_Committee#false",
        "1927 Constitution of Velmia#The 1927 Constitution of Velmia was the basic law of Velmia, whose drafter Ivo Brant was the first president of the Diet. The first constitution was adopted by the First Congress of Velm Soviets in 1919.#1927_Constitution_of_Velmia adoptedBy First_Congress_of_Velm_Soviets#false",
    })
    void whatTheNewReadingsMustNotSay(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- Member States: //   - Velmia //   - Kingdom of Ostria //   - Tarnia (until 1968)#Ytown_Pact party Kingdom_of_Ostria#true",
        "- Member States: //   - Velmia //   - Kingdom of Ostria //   - Tarnia (until 1968)#Ytown_Pact party Tarnia#true",
        // a list of persons under "Members" makes no states
        "- Members: Ivo Brant, Karl Feld#Ivo_Brant rdf:type Polity#false",
        "- Member States: Velmia, Kingdom of Ostria#Ytown_Pact party Velmia#true",
        "- Parties: Velmia, Kingdom of Ostria#Ytown_Pact party Velmia#true",
        // a count of members is no party
        "- Members: 12#Ytown_Pact party 12#false",
    })
    void anAlliancesMemberStatesAreItsParties(String rows, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Ytown Pact =\n\nInfobox // - Type: Military alliance\n" + rows + "\n\nThe Ytown"
                + " Pact was a collective defence treaty signed in Ytown on 14 May 1955.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "- House2: House of Delegates // - Members2: 300#House_of_Delegates memberCount 300#true",
        "- House2: House of Delegates // - Members2: 300#1st_Diet_of_Velmia memberCount 300#false",
        "- House1: Velm Senate // - Members1: 250 // - House2: House of Delegates // - Members2: 300#Velm_Senate memberCount 250#true",
        "- House1: Velm Senate // - Members1: 250 // - House2: House of Delegates // - Members2: 300#Velm_Senate memberCount 300#false",
        // a count of no numbered house is the whole's
        "- Members: 550#1st_Diet_of_Velmia memberCount 550#true",
    })
    void aNumberedCountIsItsHouses(String rows, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= 1st Diet of Velmia =\n\n1st Diet of Velmia // - Legislature: Diet of Velmia\n"
                + ExtractionCases.lines(rows) + "\n\nThe 1st Diet of Velmia was the first session of the Diet of"
                + " Velmia.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It took the place of the Council at the Court, which Ivan the Great had set up in 1768.#Great rdf:type StateOrgan#false",
        "It took the place of the Council at the Court, which Ivan the Great had set up in 1768.#Ivan_the_Great rdf:type Person#true",
        "Ivan the Terrible founded the council in 1560.#Terrible rdf:type StateOrgan#false",
        "The council was set up by Anna the Bold in 1560.#Anna_the_Bold rdf:type Person#true",
        // an epithet's word opening a name of its own
        "The Great Council met in 1800.#Great_Council rdf:type StateOrgan#true",
    })
    void aRulersEpithetIsPartOfTheName(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Permanent Council (Velmia)", "The Permanent Council was the advisory body of the"
                + " Emperor of Velmia from 1801 to 1810. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '#', value = {
        // round 28: a relative clause's object is no subject of the main verb
        "Velm State Ministry#The Velm State Ministry was the government of Velmia from 1800 to 1918. The departmental ministries that replaced the old General Directory were set up in 1808.#General_Directory established 1808#false",
        "Velm State Ministry#The Velm State Ministry was the government of Velmia from 1800 to 1918. The councils which abolished the Velm Directory were created in 1808.#Velm_Directory established 1808#false",
        "Velm State Ministry#The Velm State Ministry was the government of Velmia from 1800 to 1918. The Velm Directory was created in 1808.#Velm_Directory established 1808#true",
        // a possessor is no object
        "Declaration of Sovereignty of Velmia#The Declaration of Sovereignty of Velmia was adopted in 1990. It established Velmia's own national bank.#Declaration_of_Sovereignty_of_Velmia establishes Velmia#false",
        "Declaration of Sovereignty of Velmia#The Declaration of Sovereignty of Velmia was adopted in 1990. It created the republic's own army.#Declaration_of_Sovereignty_of_Velmia establishes Velmia#false",
        "Declaration of Sovereignty of Velmia#The Declaration of Sovereignty of Velmia was adopted in 1990. It established the Velm Bank.#Declaration_of_Sovereignty_of_Velmia establishes Velm_Bank#true",
        // a party's union
        "Fourth Diet of Velmia#The Fourth Diet of Velmia met in 1936. All parties but the ruling Velm Nationalist Union were banned.#Velm_Nationalist_Union rdf:type Polity#false",
        "Fourth Diet of Velmia#The Fourth Diet of Velmia met in 1936. The Velm Socialist Union won 20 seats.#Velm_Socialist_Union rdf:type PoliticalGroup#true",
        // an office's domain is no person
        "Common Council of Velmia#The Common Council of Velmia was the cabinet of Velmia from 1867. Its members were the Minister of Foreign Affairs, the Minister of War and the Minister of Finance.#Foreign_Affairs rdf:type Person#false",
        "Common Council of Velmia#The Common Council of Velmia was the cabinet of Velmia from 1867. It was chaired by the Commissar for Internal Affairs, the head of the police.#Internal_Affairs rdf:type Person#false",
        "Common Council of Velmia#The Common Council of Velmia was the cabinet of Velmia from 1867. It was chaired by Ivo Brant, the Minister of War.#Ivo_Brant rdf:type Person#true",
    })
    void roundTwentyEight(String title, String text, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1} / {2}")
    @CsvSource(delimiter = '#', value = {
        // participles after the copula's description are the subject's, not the state's its "of" governs
        "Third Diet of Velmia#The Third Diet of Velmia was the third parliament of interwar Velmia, elected on 8 May 1926 and dissolved by President Ivo Brant on 12 April 1927.#Velmia disbanded 1927-04-12#false",
        "Third Diet of Velmia#The Third Diet of Velmia was the third parliament of interwar Velmia, elected on 8 May 1926 and dissolved by President Ivo Brant on 12 April 1927.#Third_Diet_of_Velmia endDate 1927-04-12#true",
        "Velm Council#The Velm Council was the government of the Republic of Velmia, abolished in 1934.#Republic_of_Velmia disbanded 1934#false",
        "Velm Council#The Velm Council was the government of the Republic of Velmia, abolished in 1934.#Velm_Council disbanded 1934#true",
        // a naming stays with the state
        "Velm Diet#The Velm Diet was the legislature of the Kingdom of Velmia, renamed the Kingdom of Ostria in 1929.#Velm_Diet altLabel Kingdom of Ostria#false",
    })
    void participlesAfterTheCopulasDescription(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "He was replaced by Karl Feld in June 1987, after the congress had launched the Tao Lin reforms.#Council_of_State_of_Velmia chair Tao_Lin#false",
        "He was replaced by Karl Feld after the congress had launched the Tao Lin reforms.#Council_of_State_of_Velmia chair Tao_Lin#false",
        "He was replaced by Karl Feld in June 1987, after the congress had launched the Tao Lin reforms.#Council_of_State_of_Velmia chair Karl_Feld#true",
        // the list of successors itself
        "He was followed by Karl Feld, Jan Kowal and Anna Berg.#Council_of_State_of_Velmia chair Anna_Berg#true",
        "He was followed by Karl Feld, who led it until 1950, and then by Jan Kowal.#Council_of_State_of_Velmia chair Jan_Kowal#true",
    })
    void theSuccessorsEndWhereAClauseBegins(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of State of Velmia", "The Council of State of Velmia was the collective head"
                + " of state of Velmia from 1981 to 1992. Its first chairman was Ivo Brant. " + sentence, fact, holds, tmp);
    }
}
