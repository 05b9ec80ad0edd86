package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names inside names, and names next to names: what an instrument "on the Establishment of" sets up is the whole
 * phrase after "of" (never a state cut from it, and a customs union is no state); "of a" joins a name only in a
 * document's title; a "House of Soviets" is a building; "zu" is a particle of a noble's name; a count in an infobox
 * with a part's name in parentheses is that part's. Invented names.
 */
class NamesInsideNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Agreement on the Establishment of the League of Free Republics|The Agreement on the Establishment of the League of Free Republics was a treaty.|Agreement_on_the_Establishment_of_the_League_of_Free_Republics jurisdiction Free_Republics",
        "Treaty on the Establishment of the Xland Customs Union|The Treaty on the Establishment of the Xland Customs Union was a treaty.|Treaty_on_the_Establishment_of_the_Xland_Customs_Union jurisdiction Xland_Customs_Union",
        "Treaty on the Establishment of the Xland Customs Union|The Treaty on the Establishment of the Xland Customs Union was a treaty.|Xland_Customs_Union rdf:type Polity",
        "Charter of Xland|The Charter of Xland created a bicameral Landtag of a House of Lords and a House of Deputies.|Charter_of_Xland establishes Landtag_of_a_House_of_Lords",
        "Supreme Council of Xland|The Supreme Council of Xland met in the House of Soviets in Ytown.|House_of_Soviets rdf:type Chamber",
        "Directorate of Varnia|The Directorate of Varnia, whose last seat was Brezvin, ceased to exist on 10 November 1920.|Brezvin disbanded 1920-11-10",
        "Directorate of Varnia|The Council of Varnia was an assembly of the Republic of Varnia that sat from 7 October to 25 October 1917.|Republic_of_Varnia established 1917-10-07",
        "Veldish Confederation|The Congress of Soviets of Workers and Peasants met in Xtown.|Soviet_of_Workers rdf:type StateOrgan",
        "Central Rada of Ostelia|It was founded in March (later than planned) 1917.|Central_Rada_of_Ostelia established 1917-03-17",
        "Charter of Xland|It remained in force until the Constitution of the Fifth of May replaced it.|Constitution_of_the_Fifth rdf:type Constitution",
        // persons and whom they stood for, listed after "the two states:", are no states
        "Treaty of Velm|It was signed by the plenipotentiaries of the two states: Minister Ivan Dorn and General Karl Ebner for Norland, and Count Anton Vell for Vestria.|Minister_Ivan_Dorn_and_General_Karl_Ebner_for_Norland rdf:type Polity",
        "Treaty of Velm|It was signed by the plenipotentiaries of the two states: Minister Ivan Dorn and General Karl Ebner for Norland, and Count Anton Vell for Vestria.|Count_Anton_Vell_for_Vestria rdf:type Polity",
    })
    void notANameOfItsOwn(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Treaty on the Creation of the Republic of Xland|The Treaty on the Creation of the Republic of Xland was a treaty.|Treaty_on_the_Creation_of_the_Republic_of_Xland jurisdiction Republic_of_Xland",
        "Treaty of Ytown|The congress approved the Declaration on the Formation of a New State of Xland.|Declaration_on_the_Formation_of_a_New_State_of_Xland rdf:type LegalInstrument",
        "Supreme Council of Xland|The Supreme Council of Xland met in the House of Soviets in Ytown.|House_of_Soviets rdf:type Place",
        "House of Lords of Xland|The House of Lords of Xland was chaired by Prince Otto zu Ahlberg.|House_of_Lords_of_Xland chair Otto_zu_Ahlberg",
        "House of Lords of Xland|It was chaired by Count Friedrich zur Lippenau from 1850.|House_of_Lords_of_Xland chair Friedrich_zur_Lippenau",
        // plural heads of states shared out, capitalised ("the Kingdoms of A and B"); Old Style days in parentheses
        "Veldish Confederation|Its members were the Kingdoms of Hesselberg and Auerland and the Free Cities of Marbeck and Lindau.|Free_City_of_Lindau partOf Veldish_Confederation",
        "Veldish Confederation|It consisted of the Kingdoms of Hesselberg and Auerland and the Free City of Marbeck.|Veldish_Confederation hasPart Kingdom_of_Auerland",
        "Central Rada of Ostelia|It was established on 15 (28) June 1917.|Central_Rada_of_Ostelia established 1917-06-28",
        "Central Rada of Ostelia|It sat from 4 (17) March to 26 October (8 November) 1917.|Central_Rada_of_Ostelia disbanded 1917-11-08",
        // "whose" opens a clause the main verb comes after; a directorate is a government
        "Directorate of Varnia|The Directorate of Varnia, whose last seat was Brezvin, ceased to exist on 10 November 1920.|Directorate_of_Varnia disbanded 1920-11-10",
        // a day in words after "of" is part of a name (no year follows)
        "Charter of Xland|It remained in force until the Constitution of the Fifth of May replaced it.|Constitution_of_the_Fifth_of_May precededBy Charter_of_Xland",
        "Charter of Xland|The Constitution of the Ninth of June was adopted in 1948.|Constitution_of_the_Ninth_of_June adopted 1948",
        "Charter of Xland|The Charter of Xland was replaced by the Statute of the First of March.|Statute_of_the_First_of_March precededBy Charter_of_Xland",
        "Charter of Xland|The Constitution of the Ninth of June, which replaced it, was short.|Constitution_of_the_Ninth_of_June precededBy Charter_of_Xland",
    })
    void aNameOfItsOwn(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "Seats: 352 (House of Representatives)|House_of_Representatives memberCount 352|true",
        "Seats: 352 (House of Representatives)|Landtag_of_Xland memberCount 352|false",
        "Seats: 448 (1906–1907), 442 (1907–1918)|Landtag_of_Xland memberCount 448|true",
        "Members: 120 (as of 1920)|Landtag_of_Xland memberCount 120|true",
    })
    void aCountOfAPart(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Landtag of Xland", field, fact, holds, tmp);
    }
}
