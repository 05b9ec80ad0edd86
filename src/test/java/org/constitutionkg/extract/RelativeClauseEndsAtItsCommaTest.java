package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause ends at the comma after which a pronoun opens the main clause (", it first met on 6 May 1826"):
 * the main clause's date is none of the relative clause's verb. Invented names.
 */
class RelativeClauseEndsAtItsCommaTest {

    private static final String TITLE = "General Assembly of Velmark";
    private static final String LEAD = "The General Assembly of Velmark was the legislature of the Empire of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "false#Created by the Charter of 1824, which Emperor Karl granted to the nation, it first met on 6 May 1826.#Charter_of_1824 adopted 1826-05-06",
        "false#Under the Charter of 1824, which the emperor granted, it met on 6 May 1826.#Charter_of_1824 adopted 1826-05-06",
        "false#After the Charter of 1824, which the regent had proclaimed, they elected it on 6 May 1826.#Charter_of_1824 published 1826-05-06",
        "true#The Charter of 1824, which Emperor Karl granted on 25 March 1824, created it.#Charter_of_1824 adopted 1824-03-25",
        "true#It was created by the Charter of 1824, which Emperor Karl granted to the nation, and it first met in 1826.#Charter_of_1824 establishes General_Assembly_of_Velmark",
    })
    void theMainClausesDateIsItsOwn(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
