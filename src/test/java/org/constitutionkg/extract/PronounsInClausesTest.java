package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "It" in a clause of time after a comma ("..., when it was succeeded by Y") is the main clause's subject, a name of
 * an organ or instrument opening the sentence, not the article's subject; "it" after a semicolon whose first clause
 * names the article's subject ("the Diet voted to dissolve the Council; it ceased to exist") is the article's subject,
 * not the first clause's. The sentence-shaped rule succeeded-by, which took every "It was succeeded by" for the
 * article's, is retired: the frames say it. Invented sentences.
 */
class PronounsInClausesTest {

    private static final String TITLE = "Council of People's Commissars of Velm";
    private static final String LEAD = "The Council of People's Commissars of Velm was the government of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Council of Ministers of Velm existed until 1991, when it was succeeded by the Cabinet of Velm.#Council_of_Ministers_of_Velm succeededBy Cabinet_of_Velm#true",
        "The Council of Ministers of Velm existed until 1991, when it was succeeded by the Cabinet of Velm.#Council_of_People's_Commissars_of_Velm succeededBy Cabinet_of_Velm#false",
        "The Senate of Velm sat until 1934, after it had been replaced by the Diet of Velm.#Diet_of_Velm precededBy Senate_of_Velm#true",
        "The Charter of Velm lapsed in 1950, because it was repealed by the Basic Law of Velm.#Charter_of_Velm repealedBy Basic_Law_of_Velm#true",
        "It was succeeded by the Cabinet of Velm.#Council_of_People's_Commissars_of_Velm succeededBy Cabinet_of_Velm#true",
        // after a semicolon
        "The Diet of Velm voted to dissolve the Council of People's Commissars of Velm; it ceased to exist on 28 February 1946.#Council_of_People's_Commissars_of_Velm disbanded 1946-02-28#true",
        "The Diet of Velm voted to dissolve the Council of People's Commissars of Velm; it ceased to exist on 28 February 1946.#Diet_of_Velm disbanded 1946-02-28#false",
        "The Senate of Velm met rarely; it was abolished in 1934.#Senate_of_Velm disbanded 1934#true",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + body, fact, holds, tmp);
    }
}
