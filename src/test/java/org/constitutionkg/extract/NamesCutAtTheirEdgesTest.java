package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where names end (stop 49), with invented names: a second verb of naming in a remark starts a name of its own ("(usually
 * abbreviated X and sometimes called Y)"); a state's name ends before "on" ("Xland on the Control Board"); a name ends
 * before "of the" and a nation's adjective or a word of a period that modifies a common noun ("of the Xish
 * government", "of the Pahlavi era"); initials after a comma stay with the place ("Washington, D.C."); an act whose
 * infobox extent lists several states keys its bare organs by none of them.
 */
class NamesCutAtTheirEdgesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "(usually abbreviated VSB and sometimes called Vesenka)#Supreme_Board_of_the_Economy altLabel Vesenka#true",
        "(usually abbreviated VSB and sometimes called Vesenka)#Supreme_Board_of_the_Economy altLabel VSB and sometimes called Vesenka#false",
        "(also known as the Grand Board and sometimes called Vesenka)#Supreme_Board_of_the_Economy altLabel Vesenka#true",
        "(commonly called the Grand Board, or informally Vesenka)#Supreme_Board_of_the_Economy altLabel Vesenka#true",
        "(abbreviated VSB, and sometimes called Vesenka)#Supreme_Board_of_the_Economy altLabel VSB#true",
        "(abbreviated VSB, and sometimes called Vesenka)#Supreme_Board_of_the_Economy altLabel Vesenka#true",
    })
    void secondVerbOfNaming(String remark, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Supreme Board of the Economy", "The Supreme Board of the Economy " + remark
                + " was the central economic body of Velmar from 1917 to 1932.", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "He represented the Republic of Velmar on the Allied Control Board from 1946.#Republic_of_Velmar_on_the_Allied_Control_Board rdf:type Polity#false",
        "He represented the Republic of Velmar on the Allied Control Board from 1946.#Allied_Control_Board rdf:type StateOrgan#true",
        "The Treaty on the Final Settlement was signed in 1990.#Treaty_on_the_Final_Settlement rdf:type Treaty#true",
        "It was issued as an Order in Council of the Ostrian government in 1970.#Order_in_Council_of_the_Ostrian rdf:type LegalInstrument#false",
        "The Diet succeeded the National Consultative Assembly of the Kelmavi era in 1980.#National_Consultative_Assembly_of_the_Kelmavi rdf:type Legislature#false",
        "The Diet succeeded the National Consultative Assembly of the Kelmavi era in 1980.#Velmar_Diet precededBy National_Consultative_Assembly#true",
        "The Diet took over the powers of the Regency Council of the Kelmavi dynasty.#Regency_Council_of_the_Kelmavi rdf:type StateOrgan#false",
        "The Diet met in Washington, D.C., and in Ostburg.#Velmar_Diet location Washington_D.C.#true",
        "The Diet met in Washington, D.C., and in Ostburg.#D.C. rdf:type Place#false",
        "The Diet grew out of the Legislative Council of the colony, established in 1863.#Velmar established 1863#false",
        "The Diet grew out of the Legislative Council of the colony, established in 1863.#Legislative_Council established 1863#true",
        "It took over from the Regency Council of the kingdom, abolished in 1920.#Regency_Council disbanded 1920#true",
    })
    void nameEndsWhereItShould(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Diet =\n\nThe Velmar Diet was the legislature of Velmar.\n\n"
                + "== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Territorial Extent: Cape Ostria, Velmar Colony, Kelm Colony#Executive_Council_of_Cape_Ostria rdf:type ExecutiveBody#false",
        "Territorial Extent: Cape Ostria, Velmar Colony, Kelm Colony#Executive_Council rdf:type ExecutiveBody#true",
        "Territorial Extent: Cape Ostria#Executive_Council_of_Cape_Ostria rdf:type ExecutiveBody#true",
        "Jurisdiction: Union of Ostria#Executive_Council_of_the_Union_of_Ostria rdf:type ExecutiveBody#true",
    })
    void extentOfSeveralStates(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Ostria Act 1909 = // Infobox // - " + field
                + " // - Date Enacted: 20 September 1909 // // The Ostria Act 1909 was an act of the Velmar Parliament. "
                + "It placed executive authority in a Governor-General advised by an Executive Council.\n"), fact,
                holds, tmp);
    }
}
