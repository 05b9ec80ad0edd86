package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who did it, read with care: a name after "not" did not ("X, not Y, became chairman"); the last name of a list a
 * preposition governs is no subject ("the heads of state of A, B and C signed it"), and names joined by "and" are no
 * person; definite descriptions join a list of subjects ("The Treaty and the Declaration were confirmed by X");
 * "confirmed by" an organ is its ratification, in any voice; a descriptive infobox value ("Legislature: Legislature of
 * the Empire of X") is no organ of its own. Invented sentences and infoboxes.
 */
class NegationListsAndDescriptionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Velmia|Mart Keskel, not Olaf Alvar, became chairman of the Council of Velmia.|Council_of_Velmia chair Mart_Keskel",
        "Council of Velmia|Not Olaf Alvar but Mart Keskel became chairman of the Council of Velmia.|Council_of_Velmia chair Mart_Keskel",
        "Council of Velmia|The Charter of Velmia, not the Statute of Velmia, abolished the Senate of Velmia in 1920.|Charter_of_Velmia abolished Senate_of_Velmia",
        "Treaty of Velmia|The Treaty of Velmia and the Declaration of Velmia were confirmed by the First Congress of Velmia.|Treaty_of_Velmia ratifiedBy First_Congress_of_Velmia",
        "Treaty of Velmia|The Treaty and the Declaration of Velmia were confirmed by the First Congress of Velmia.|Treaty_of_Velmia ratifiedBy First_Congress_of_Velmia",
        "Treaty of Velmia|The First Congress of Velmia confirmed the treaty in 1923.|Treaty_of_Velmia ratifiedBy First_Congress_of_Velmia",
        "Treaty of Velmia|The treaty, which the First Congress of Velmia confirmed on 3 May 1923, was short.|Treaty_of_Velmia ratified 1923-05-03",
        "First Congress of Velmia|The congress adopted the Statute of Velmia, which was later ratified by the Central Executive Committee of Velmia.|Statute_of_Velmia ratifiedBy Central_Executive_Committee_of_Velmia",
        "Meridan Agreement|It was signed by Olaf Rask and Eva Lind.|Meridan_Agreement signedBy Eva_Lind",
        // a list of two may join a governed name and a subject; "not only" negates nothing
        "Diet of Velmia|Not only the Diet of Velmia but also the Senate of Velmia adopted the Charter of Velmia.|Charter_of_Velmia adoptedBy Senate_of_Velmia",
        // a passive after "and" that shares a copula's subject
        "Charter of Velmia|The Charter of Velmia was the first charter of the kingdom and confirmed by the Diet of Velmia in 1831.|Charter_of_Velmia ratifiedBy Diet_of_Velmia",
        "Charter of Velmia|The Charter of Velmia was short and approved by the Diet of Velmia.|Charter_of_Velmia adoptedBy Diet_of_Velmia",
        // "it" after a semicolon is the first clause's "it" when that clause has one, else its subject
        "Hallvik Protocol|The Norlandic Storting ratified it on 2 November 1962; it was ratified by the Estmarkian Diet three days later.|Hallvik_Protocol ratifiedBy Estmarkian_Diet",
        "Hallvik Protocol|The Norlandic Storting ratified it in 1962; it was confirmed by the Estmarkian Diet too.|Hallvik_Protocol ratifiedBy Estmarkian_Diet",
        "Senate of Velmia|The Diet of Velmia met rarely; it was abolished in 1934.|Diet_of_Velmia disbanded 1934",
        // a numbered list as MediaWiki writes it, under a heading of chairs
        "Landtag of Velmia|== Presidents == // # Karl Wendrich (SDP), 1919–1924 // # Margarete Loos (LVP^{2}), 1924–1927|Landtag_of_Velmia chair Margarete_Loos",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Velmia|Mart Keskel, not Olaf Alvar, became chairman of the Council of Velmia.|Council_of_Velmia chair Olaf_Alvar",
        "Council of Velmia|The Charter of Velmia, not the Statute of Velmia, abolished the Senate of Velmia in 1920.|Statute_of_Velmia abolished Senate_of_Velmia",
        "Meridan Agreement|The heads of state of Norland, Vestmark, Dravania and Sarkand signed it in 1991.|Meridan_Agreement signedBy Dravania_and_Sarkand",
        "Meridan Agreement|The presidents of Alba, Tessin and Moravel signed it.|Meridan_Agreement signedBy Moravel",
        "Diet of Velmia|Not only the Diet of Velmia but also the Senate of Velmia adopted the Charter of Velmia.|Charter_of_Velmia rdf:type Constitution",
        "First Congress of Velmia|The congress adopted the Statute of Velmia, which was later ratified by the Central Executive Committee of Velmia.|First_Congress_of_Velmia ratifiedBy Central_Executive_Committee_of_Velmia",
        // an abbreviation after a person's name is the person's party, no name of the person
        "Landtag of Velmia|== Presidents == // # Karl Wendrich (SDP), 1919–1924 // # Margarete Loos (LVP^{2}), 1924–1927|Karl_Wendrich altLabel SDP",
        "Landtag of Velmia|The session was opened by Karl Wendrich (SDP) in 1919.|Karl_Wendrich altLabel SDP",
        // two footnotes are two paragraphs: no name runs from one into the next
        "Landtag of Velmia|== Notes == // ^{1} The diet had two chambers, the Herrenbank and the Burgerbank. // ^{2} Social Democratic Party.|Burgerbank._Social_Democratic_Party rdf:type PoliticalGroup",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence.replace(" // ", "\n"), unexpected, tmp);
    }

    @ParameterizedTest(name = "{1} => not {2}")
    @CsvSource(delimiter = '|', value = {
        "Imperial Council of Ostravia|Legislature: Legislature of the Empire of Ostravia|Legislature_of_the_Empire_of_Ostravia rdf:type Legislature",
        "Imperial Council of Ostravia|Legislature: Supreme body of Ostravia|Supreme_body_of_Ostravia rdf:type StateOrgan",
    })
    void noOrganFromADescription(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, false, tmp);
    }

    @ParameterizedTest(name = "{1} => {2}")
    @CsvSource(delimiter = '|', value = {
        "Imperial Council of Ostravia|Legislature: Diet of Ostravia|Diet_of_Ostravia rdf:type Legislature",
    })
    void anOrganByItsName(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, true, tmp);
    }
}
