package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A house named "House of N" or "Chamber of N" is "the N" too, a singular noun ("the House of Assembly of Zorland" is
 * "the Assembly"): what is said of "the Assembly" is said of the article's house, no other "Assembly of Zorland" is
 * made. Invented names and sentences.
 */
class HouseByItsNounTest {

    private static final String LEAD = "The House of Assembly of Zorland was the lower house of Zorland until 1866. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Assembly was replaced by a new Legislative Council.#House_of_Assembly_of_Zorland succeededBy Legislative_Council",
        "In 1866 the Assembly was abolished.#House_of_Assembly_of_Zorland disbanded 1866",
        "The Assembly, which met in Ytown, was dissolved in 1866.#House_of_Assembly_of_Zorland location Ytown",
        "The Governor dissolved the Assembly and replaced it with a Legislative Council.#House_of_Assembly_of_Zorland succeededBy Legislative_Council",
    })
    void states(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("House of Assembly of Zorland", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Assembly was replaced by a new Legislative Council.#Assembly_of_Zorland succeededBy Legislative_Council",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("House of Assembly of Zorland", LEAD + body, unexpected, tmp);
    }
}
