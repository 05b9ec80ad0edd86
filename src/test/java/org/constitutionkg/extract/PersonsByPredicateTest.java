package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons named in prose by what is said of them (stop 50), with invented names: a noun only a person is as the
 * predicate of a verb of being, becoming or holding ("became governor", "was elected the first president", "stayed on
 * as premier", "with A B as its speaker"), of an appointing verb ("named A B commander-in-chief"), a noun of holding an
 * office before the name ("during the presidency of A B"), "the first to hold the office", a list a plural of such a
 * noun "included", a person's name that owns another ("A B's Unity Party"); and an infobox's "Leader
 * Name" with its "Leader Title", a "Title Leader" for numbered leaders, a "Deputy". Never the end of an office's title
 * ("the Commissar for War and Naval Affairs, was appointed ...") nor a part of a longer name.
 */
class PersonsByPredicateTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        // a verb of becoming or being, active and passive, with "as", after a clause opener, in a relative clause
        "In 1902 Tomas Verhal became governor of the province.#Tomas_Verhal rdf:type Person#true",
        "Odile Marquant was elected the first president of the republic.#Odile_Marquant rdf:type Person#true",
        "After the election Reno Valdas stayed on as prime minister.#Reno_Valdas rdf:type Person#true",
        "The Diet reopened in 1904, and Ilse Kornberg served as its clerk until 1911.#Ilse_Kornberg rdf:type Person#true",
        "The Diet opened with Sir Ruben Achterberg as its speaker.#Ruben_Achterberg rdf:type Person#true",
        "The regency ended when Piet Olander was sworn in as president.#Piet_Olander rdf:type Person#true",
        "Francisco de Pela Marván was made governor in 1880.#Francisco_de_Pela_Marván rdf:type Person#true",
        // an appointing verb with the name as its object
        "The Diet named Elias Rouvel commander-in-chief of the army.#Elias_Rouvel rdf:type Person#true",
        "In 1830 it elected Hana Lodt as president and Jorge de Vela Sanz as vice-president.#Jorge_de_Vela_Sanz rdf:type Person#true",
        "The new charter took effect with the inauguration of Manuel R. Tesoro as its president.#Manuel_R._Tesoro rdf:type Person#true",
        // a noun of holding an office; "the first to hold the office"
        "During the presidency of Hugo Stramm, the Diet was enlarged.#Hugo_Stramm rdf:type Person#true",
        "Under the premiership of Karel Dostan the Diet lost its powers.#Karel_Dostan rdf:type Person#true",
        "In 1905 Vardan Oskoyan became the first elected member to hold the office.#Vardan_Oskoyan rdf:type Person#true",
        // a second name that shares the verb: "A was elected governor and B lieutenant governor"
        "Henrik Smedt was elected governor and James W. Robbin lieutenant governor.#James_W._Robbin rdf:type Person#true",
        "Ivo Brant became president of the Diet and Olga Marek its speaker.#Olga_Marek rdf:type Person#true",
        "Ivo Brant became president and the Velm Unity Party the largest group.#Velm_Unity_Party rdf:type Person#false",
        // the agent of chairing or drafting (person-agent-verbs.txt); no government "of" a name
        "Largely drafted by Lajos Kossovar, the acts were short.#Lajos_Kossovar rdf:type Person#true",
        "The first sitting of the Diet was chaired by Ivo Brantner in 1920.#Ivo_Brantner rdf:type Person#true",
        "The charter was drafted by Velm Commission in 1920.#Velm_Commission rdf:type Person#false",
        "The government of Costa Velmar sent envoys to the Diet.#Costa_Velmar rdf:type Person#false",
        // (review of stop 50) an owner that is a place, a singular group noun after "The", an apostrophe in a name
        "The Velm Worker's Party won the election to the Diet.#Velm_Worker rdf:type Person#false",
        "The Diet met in Port Ames's Royal Palace.#Port_Ames rdf:type Person#false",
        "The Diet was dominated by Ivo O'Neill's Velm Unity Party.#Ivo_O'Neill rdf:type Person#true",
        // a list after a plural noun only persons are and "included" (not "members": states are members too)
        "Other commissars included Jano Landel, Vilem Bohr and Zikmund Kunt.#Zikmund_Kunt rdf:type Person#true",
        "The delegates also included Ivo Brant and Olga Marek.#Ivo_Brant rdf:type Person#true",
        "Its members included Costa Verde and Rio Blanco.#Rio_Blanco rdf:type Person#false",
        // a person's name that owns a name: the person and the owned thing, two names
        "The Diet was dominated by Ivo Brantner's Velm Unity Party.#Ivo_Brantner rdf:type Person#true",
        "The Diet was dominated by Ivo Brantner's Velm Unity Party.#Velm_Unity_Party rdf:type PoliticalGroup#true",
        "In 1930 Karel de Vos's National Front won the election to the Diet.#Karel_de_Vos rdf:type Person#true",
        "Eventually Piet Olander became president.#Piet_Olander rdf:type Person#true",
        "The Velm People's Congress elected the Diet.#Velm_People rdf:type Person#false",
        "The Diet was dominated by the Velm Working People's Party.#Velm_Working_People rdf:type Person#false",
        "Under Velm's Charter of 1930 the Diet met yearly.#Under_Velm rdf:type Person#false",
        // no person: the end of an office's title, a body, a state, a part of a longer name
        "Its chairman, the Commissar for War and Naval Affairs, was appointed by the Diet.#Naval_Affairs rdf:type Person#false",
        "The Velmar Workers Party became the largest party in 1920.#Velmar_Workers_Party rdf:type Person#false",
        "In 1830 it elected Hana Lodt as president and Jorge de Vela Sanz as vice-president.#Vela_Sanz rdf:type Person#false",
        "The new charter took effect with the inauguration of Manuel R. Tesoro as its president.#R._Tesoro rdf:type Person#false",
        "The Privy Council served as the upper house until 1920.#Privy_Council rdf:type Person#false",
        // (review of stop 50) a preposition's object, an adjective, a filler with a preposition, a possessive
        "The Governor of Port Velm was president of the council.#Port_Velm rdf:type Person#false",
        "The Velm League remained revolutionary until 1920.#Velm_League rdf:type Person#false",
        "Port Velm was a colony under a governor.#Port_Velm rdf:type Person#false",
        "The voters elected Velm Unity's leader as president.#Velm_Unity rdf:type Person#false",
        "The viceroyalty of Nueva Velma was abolished in 1819.#Nueva_Velma rdf:type Person#false",
        "Jorge de Vela Sanz was the first to hold the office.#Jorge_de_Vela_Sanz rdf:type Person#true",
        "Jorge de Vela Sanz was the first to hold the office.#Vela_Sanz rdf:type Person#false",
    })
    void personByWhatIsSaidOfIt(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Diet =\n\nThe Velmar Diet was the legislature of Velmar.\n\n"
                + "== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "- Leader Title: President // - Leader Name: Ada Vorne#Velmar_Council chair Ada_Vorne#true",
        "- Leader Title: Chairman // - Leader Name: Ada Vorne#Ada_Vorne rdf:type Person#true",
        "- Leader Title: Secretary // - Leader Name: Ada Vorne#Velmar_Council chair Ada_Vorne#false",
        "- Leader Title: Secretary // - Leader Name: Ada Vorne#Ada_Vorne rdf:type Person#true",
        "- Title Leader: Governor // - Leader1: Sir Tobias Grell#Tobias_Grell rdf:type Person#true",
        "- Title Leader: Governor // - Leader1: Sir Tobias Grell#Velmar_Council chair Tobias_Grell#false",
        "- Title Deputy: Prime Minister // - Deputy1: Jon Erikkson // - Deputy2: Bjorn Alafsson#Bjorn_Alafsson rdf:type Person#true",
        "- Deputy: Jon Erikkson#Velmar_Council chair Jon_Erikkson#false",
        "- Leader Title: Chairmanship // - Leader Name: Rotated among the four members#Rotated_among_the_four_members rdf:type Person#false",
    })
    void leadersAndDeputiesOfAnInfobox(String fields, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Velmar Council = // // Infobox // - Type: Executive council // "
                + fields + " // // The Velmar Council was the government of Velmar from 1920 to 1930."), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The treaty was signed by Sir Peter Quill for the Ruritanian Crown and by the chiefs.#Treaty_of_Xoville signedBy Peter_Quill#true",
        "Peter Quill signed it for the Ruritanian Crown in 1950.#Peter_Quill rdf:type Person#true",
        "It was signed by Anna Berg for the Xish Royal Government and by Olaf Kern.#Treaty_of_Xoville signedBy Anna_Berg#true",
        "It was signed by the Commissioner for Native Affairs in 1950.#Treaty_of_Xoville signedBy Native_Affairs#false",
    })
    void aSignerAndWhomHeSignedFor(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Treaty of Xoville", sentence, fact, holds, tmp);
    }
}
