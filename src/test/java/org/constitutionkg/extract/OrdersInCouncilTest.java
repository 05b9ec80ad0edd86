package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An order of the sovereign in council is one instrument's name, "in" and all, with a parenthesis before its head and
 * a year after its comma ("the Velmia (Constitution) Order in Council, 1925", the parenthesis its own; titled-in-phrases.txt), never a
 * "Council" of its own. Invented names and sentences.
 */
class OrdersInCouncilTest {

    private static final String LEAD = "The Legislative Council of Velmia was the legislature of the Colony of Velmia "
            + "from 1907 to 1963. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was abolished by the Velmia Order in Council 1931, which came into force on 1 January 1932.#Velmia_Order_in_Council_1931 abolished Legislative_Council_of_Velmia#true",
        "It was abolished by the Velmia (Constitution) Order in Council, 1925, which came into force on 1 January 1926.#Velmia_(Constitution)_Order_in_Council_1925 effective 1926-01-01#true",
        "The Velmia (Constitution) Order in Council abolished it in 1925.#Velmia_(Constitution)_Order_in_Council rdf:type LegalInstrument#true",
        "It was provided for by an Order in Council of 1906.#Council_of_1906 rdf:type StateOrgan#false",
        "Orders in Council issued in 1930 enlarged it.#Council rdf:type StateOrgan#false",
    })
    void names(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Legislative Council of Velmia", LEAD + body, fact, holds, tmp);
    }
}
