package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 50: a verb after "and" shares the subject and voice of the verb right before "and", not of a participle that
 * opens the sentence: in "Modelled on X, it contained 90 articles and named Y as the capital" nothing names X "Y".
 * Invented sentences.
 */
class CoordinatedAfterAParticipleTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Modelled on the Charter of Ostrada, it contained 90 articles and named Port Ames as the capital.#Charter_of_Ostrada altLabel Port Ames#false",
        "Modelled on the Charter of Ostrada, it contained 90 articles and named Port Ames as the capital.#Charter_of_Velm basedOn Charter_of_Ostrada#true",
        "Drafted by the Velm Commission, the charter listed the rights of citizens and named Port Ames the capital.#Velm_Commission altLabel Port Ames#false",
        "Drafted by the Velm Commission, the charter listed the rights of citizens and named Port Ames the capital.#Charter_of_Velm author Velm_Commission#true",
        "Closely based on the Charter of Ostrada, the text kept the old courts and called Port Ames the seat of government.#Charter_of_Ostrada altLabel Port Ames#false",
        // (review of stop 50) a verb of a clause inside, no comma: the coordination stands
        "It was drafted by a commission that included lawyers and adopted by the Velm Diet in 1949.#Charter_of_Velm adoptedBy Velm_Diet#true",
        "It was drafted in 1947 after the war ended and repealed in 1960.#Charter_of_Velm repealed 1960#true",
    })
    void theVerbBeforeAndSharesItsSubject(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Charter of Velm =\n\nThe Charter of Velm was the constitution of Velm from 1948. "
                + sentence + "\n", fact, holds, tmp);
    }
}
