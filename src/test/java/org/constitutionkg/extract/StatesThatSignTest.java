package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state named by its short name where a frame takes a person or a state (state-names.txt: "signed by Guatemala,
 * El Salvador and Costa Rica") is a party, no person; persons stay signatories. Invented treaty, sentences in several
 * constructions (the states are real names: the gazetteer is of real states).
 */
class StatesThatSignTest {

    private static final String LEAD = "The Treaty of Ostend was a treaty of union. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was signed at San Jose on 19 January 1921 by Guatemala, El Salvador, Honduras and Costa Rica.#Treaty_of_Ostend party Costa_Rica#true",
        "It was signed at San Jose on 19 January 1921 by Guatemala, El Salvador, Honduras and Costa Rica.#Costa_Rica rdf:type Person#false",
        "Belgium, France and Italy signed it in Paris in 1951.#Treaty_of_Ostend party France#true",
        "In 1952 the treaty was signed by Norway, Sweden and Denmark.#Treaty_of_Ostend party Sweden#true",
        "It was signed by Ivan Petrov and Olga Berg in 1921.#Treaty_of_Ostend signedBy Olga_Berg#true",
        "It was signed by Trinidad and Tobago, Barbados and Jamaica in 1968.#Treaty_of_Ostend party Trinidad_and_Tobago#true",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Treaty of Ostend", LEAD + body, fact, holds, tmp);
    }
}
