package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle after an adjective's phrase and a comma ("a ministry accountable to the Diet, headed by X") is said of
 * what the adjective is said of, never of the adjective's object (the Diet). Invented names and sentences.
 */
class ParticipleAfterAnAdjectiveTest {

    private static final String LEAD = "The April Laws of Eastmark were laws of Eastmark adopted in 1848. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The laws created a ministry accountable to the Diet, headed by Ivo Kern.#Diet chair Ivo_Kern#false",
        "The laws set up a cabinet responsible to the Grand Diet, led by Ana Berg as prime minister.#Grand_Diet chair Ana_Berg#false",
        "The laws created the Ministry of Eastmark, accountable to the Diet, headed by Ivo Kern.#Ministry_of_Eastmark chair Ivo_Kern#true",
        "The laws created the Ministry of Eastmark, responsible to the Diet, abolished in 1849.#Ministry_of_Eastmark disbanded 1849#true",
        "The laws created the Ministry of Eastmark, responsible to the Diet, abolished in 1849.#Diet disbanded 1849#false",
    })
    void isSaidOfWhatTheAdjectiveIs(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("April Laws of Eastmark", LEAD + sentence, fact, holds, tmp);
    }
}
