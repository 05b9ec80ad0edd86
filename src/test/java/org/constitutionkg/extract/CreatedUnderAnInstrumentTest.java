package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The passive of a verb whose agent is an instrument ("created", "established", "set up") takes the instrument after
 * "under" as after "by": "created under the Government of Velm Act 1920" (fronted participle, passive, relative clause);
 * a person after "under" ("established under Ivan Petrov") is the time of his rule, no maker; an ending "under" an
 * instrument ("dissolved under the Charter") says whose rule, not who ended it. Invented sentences.
 */
class CreatedUnderAnInstrumentTest {

    private static final String LEAD = "The Parliament of Velm was the legislature of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Created under the Government of Velm Act 1920, it sat from 1921 to 1972.#Government_of_Velm_Act_1920 establishes Parliament_of_Velm#true",
        "The Parliament of Velm was established under the Charter of Velm in 1921.#Charter_of_Velm establishes Parliament_of_Velm#true",
        "It was set up under the Charter of Velm in 1921.#Charter_of_Velm establishes Parliament_of_Velm#true",
        "The Senate of Velm, which was created under the Charter of Velm, met in Ytown.#Charter_of_Velm establishes Senate_of_Velm#true",
        "The Parliament of Velm was established under Ivan Petrov in 1921.#Ivan_Petrov establishes Parliament_of_Velm#false",
        "It was dissolved under the Charter of Velm in 1936.#Charter_of_Velm abolished Parliament_of_Velm#false",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Parliament of Velm", LEAD + body, fact, holds, tmp);
    }
}
