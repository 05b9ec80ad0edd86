package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "..., with Y as its chairman" after a clause: "its" is the clause's own body (a passive's subject, an intransitive
 * verb's subject, the verb's named object), the article's subject only where it is the clause's ("It held its first
 * session in X, with Y as provisional chairman"); an unnamed object's ("sent a delegation to
 * X, with Y as its chairman") is no one's we know. Invented sentences.
 */
class WithAsItsChairTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The House of Representatives of Velmia was formed immediately afterwards, with Ivo Berg as its president.#House_of_Representatives_of_Velmia",
        "It held its first session in the Velm Hall, with Ivo Berg as provisional chairman.#Assembly_of_Velm",
        "The Velm Council was formed in 1920, with Ivo Berg as its chairman.#Velm_Council",
        "The Velm Council met in Ytown, with Ivo Berg as its chairman.#Velm_Council",
        "The Diet elected the Velm Council, with Ivo Berg as its chairman.#Velm_Council",
        "The Velm Council opened in the Velm Palace, with Ivo Berg as chairman.#Velm_Council",
        "The Diet sent a delegation to the Velm Council, with Ivo Berg as its chairman.#",
    })
    void itsIsTheClausesBody(String sentence, String body, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Assembly of Velm", sentence, tmp);
        String all = String.join("\n", facts);
        if (!"Assembly_of_Velm".equals(body)) {
            assertFalse(facts.contains("Assembly_of_Velm chair Ivo_Berg"), all);
        }
        if (body != null) {
            assertTrue(facts.contains(body + " chair Ivo_Berg"), all);
        } else {
            assertFalse(facts.stream().anyMatch(f -> f.endsWith(" chair Ivo_Berg")), all);
        }
    }
}
