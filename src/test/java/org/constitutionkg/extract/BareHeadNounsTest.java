package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A capitalised head noun with no article ("Congress approved ...", "passed by Parliament") is the body the context
 * means, as "the Congress" is; "Congress of X", "the Xland Congress" stay names. A college or a magistracy is an organ
 * (classes.tsv: "the College of Governors", "a new Supreme Magistracy"), a college of cardinals or of arms none.
 * Invented sentences in several constructions.
 */
class BareHeadNounsTest {

    private static final String LEAD = "The Charter of Velm was the first constitution of Velm. "
            + "The Continental Congress of Velm debated the charter in 1776. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Congress approved the final text on 15 November 1777.#Charter_of_Velm adoptedBy Continental_Congress_of_Velm",
        "The final text was approved by Congress on 15 November 1777.#Charter_of_Velm adoptedBy Continental_Congress_of_Velm",
        "In 1777 Congress adopted it.#Charter_of_Velm adoptedBy Continental_Congress_of_Velm",
        "The text, which Congress adopted in 1777, had thirteen articles.#Charter_of_Velm adoptedBy Continental_Congress_of_Velm",
    })
    void bareHead(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Charter of Velm", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Council of Velmora was abolished in 1532 and replaced by the College of Governors.#Council_of_Velmora succeededBy College_of_Governors#true",
        "The College of Governors replaced the Council of Velmora in 1532.#College_of_Governors rdf:type StateOrgan#true",
        "Its functions passed to a new Supreme Magistracy of four councillors.#Council_of_Velmora succeededBy Supreme_Magistracy#true",
        "The College of Cardinals met in Ytown in 1532.#College_of_Cardinals rdf:type StateOrgan#false",
        "Ivan Petrov, who had studied at the College of Ytown, chaired it from 1520.#College_of_Ytown rdf:type StateOrgan#false",
    })
    void colleges(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Council of Velmora", "The Council of Velmora was the government of Velmora. " + body,
                fact, holds, tmp);
    }
}
