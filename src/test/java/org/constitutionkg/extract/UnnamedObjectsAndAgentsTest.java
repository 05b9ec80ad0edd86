package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An object the text does not name is still an object: "the Diet adopted a revised text in 1978" dates no making of
 * the Diet (a participle after a determiner, "a revised text", "a newly drafted charter", modifies the noun); an
 * agent the text describes before naming it in apposition is the one named ("countersigned by his minister, X",
 * "ratified by two assemblies, A and B"). Invented sentences.
 */
class UnnamedObjectsAndAgentsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Diet of Velmia#The Diet of Velmia was established in 1938. In 1978 the Diet of Velmia adopted a revised text.#Diet_of_Velmia established 1978",
        "Diet of Velmia#The Diet of Velmia was established in 1938. In 1978 it adopted a newly drafted charter.#Diet_of_Velmia established 1978",
        "Diet of Velmia#The Diet of Velmia was established in 1938. The diet, which approved an amended statute in 1978, met in Velm.#Diet_of_Velmia established 1978",
        "Diet of Velmia#The Diet of Velmia was established in 1938. In 1978 the Diet of Velmia passed a reformed electoral law.#Diet_of_Velmia adopted 1978",
    })
    void noMakingOfTheAgent(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Velm#The Treaty of Velm was signed by the king. It was countersigned by his minister, Olaf Rask.#Treaty_of_Velm signedBy Olaf_Rask",
        "Treaty of Velm#The Treaty of Velm was countersigned by Eva Lind in 1822.#Treaty_of_Velm signedBy Eva_Lind",
        "Treaty of Velm#Olaf Rask, the chancellor, countersigned the Treaty of Velm.#Treaty_of_Velm signedBy Olaf_Rask",
        "Treaty of Velm#The Treaty of Velm, which Eva Lind countersigned, was ratified in 1822.#Treaty_of_Velm signedBy Eva_Lind",
    })
    void anAgentNamedAfterItsDescription(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }
}
