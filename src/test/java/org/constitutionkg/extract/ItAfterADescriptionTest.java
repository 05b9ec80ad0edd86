package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "It" in a clause of time after a main clause that a description opens ("The krai soviet survived until 1993, when it
 * was disbanded and succeeded by X") is what the description stands for, not the article's subject. Invented names.
 */
class ItAfterADescriptionTest {

    private static final String TITLE = "Velm Krai Executive Committee";
    private static final String LEAD = "The Velm Krai Executive Committee was the executive organ of the Velm Krai "
            + "Soviet. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The krai soviet survived until October 1993, when it was succeeded by the Legislative Assembly of Velm Krai.#Velm_Krai_Soviet succeededBy Legislative_Assembly_of_Velm_Krai#true",
        "The krai soviet survived until October 1993, when it was succeeded by the Legislative Assembly of Velm Krai.#Velm_Krai_Executive_Committee succeededBy Legislative_Assembly_of_Velm_Krai#false",
        "The Velm Krai Soviet survived until 1993, when it was succeeded by the Legislative Assembly of Velm Krai.#Velm_Krai_Soviet succeededBy Legislative_Assembly_of_Velm_Krai#true",
        "The committee survived until October 1993, when it was replaced by the Velm Krai Administration.#Velm_Krai_Executive_Committee succeededBy Velm_Krai_Administration#true",
    })
    void whenItWas(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + body, fact, holds, tmp);
    }
}
