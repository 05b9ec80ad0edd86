package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two short names after "alternately in", "by turns at", "in rotation in" are two places ("sat alternately in Halvik
 * and Strand" made one place "Halvik and Strand"); a treaty named "of Peace and Union between A and B" is of no state
 * called "Peace and Union between A and B" ("which dissolved the union" abolished such a state). Invented sentences.
 */
class AlternatingPlacesAndTreatyNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Diet of Ostmark#The Diet of Ostmark was the legislature of Ostmark. The diet sat alternately in Halvik and Strand.#Diet_of_Ostmark location Strand#true",
        "Diet of Ostmark#The Diet of Ostmark was the legislature of Ostmark. From 1850 the diet sat by turns in Halvik and Strand.#Diet_of_Ostmark location Halvik#true",
        "Diet of Ostmark#The Diet of Ostmark was the legislature of Ostmark. The diet sat alternately in Halvik and Strand.#Halvik_and_Strand rdf:type Place#false",
        "Diet of Ostmark#The Diet of Ostmark was the legislature of Ostmark. The diet, which sat alternately in Halvik and Strand, had 90 members.#Diet_of_Ostmark location Strand#true",
        "Treaty of Peace and Union between the Kingdom of Ostmark and the Kingdom of Varland#It was superseded by the Karlsby Convention of 1905, which dissolved the union.#Peace_and_Union_between_the_Kingdom_of_Ostmark_and_the_Kingdom_of_Varland rdf:type Polity#false",
        "Treaty of Peace and Union between the Kingdom of Ostmark and the Kingdom of Varland#In 1905 the union was dissolved.#Peace_and_Union_between_the_Kingdom_of_Ostmark_and_the_Kingdom_of_Varland disbanded 1905#false",
    })
    void reads(String title, String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, body, fact, holds, tmp);
    }
}
