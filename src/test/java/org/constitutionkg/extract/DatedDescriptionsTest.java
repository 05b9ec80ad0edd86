package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description with a year ("the 1850 constitution") names only a thing named with that year: the article's
 * subject "Norland constitution of 1850", not the "Constitution of 1921" the sentence before named with the same head
 * noun. Passive, relative clause, active object and a relative clause on the agent. Invented names.
 */
class DatedDescriptionsTest {

    private static final String BEFORE = "The Grand Diet adopted the Constitution of 1921 in 1921. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The 1850 constitution was repealed by the Statute of Kerrow.#Norland_constitution_of_1850 repealedBy Statute_of_Kerrow",
        "false#The 1850 constitution was repealed by the Statute of Kerrow.#Constitution_of_1921 repealedBy Statute_of_Kerrow",
        "true#The 1850 constitution, which the Statute of Kerrow repealed, had lasted long.#Norland_constitution_of_1850 repealedBy Statute_of_Kerrow",
        "true#The Statute of Kerrow repealed the 1850 constitution.#Statute_of_Kerrow repeals Norland_constitution_of_1850",
        "false#The Statute of Kerrow repealed the 1850 constitution.#Statute_of_Kerrow repeals Constitution_of_1921",
        "true#The Statute of Kerrow, which repealed the 1850 constitution, was passed in 1924.#Statute_of_Kerrow repeals Norland_constitution_of_1850",
    })
    void theYearTellsWhich(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Norland constitution of 1850", BEFORE + sentence, fact, holds, tmp);
    }

    /**
     * The same in the article on another dated instrument: "the 1850 constitution" is not the 1921 subject; "the 1921
     * text" is.
     */
    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "false#The 1850 constitution was repealed by the Statute of Kerrow.#Constitution_of_Norland_of_1921 repealedBy Statute_of_Kerrow",
        "true#The 1921 text was replaced by the Statute of Kerrow.#Constitution_of_Norland_of_1921 succeededBy Statute_of_Kerrow",
    })
    void theSubjectOnlyByItsYear(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Constitution of Norland of 1921", sentence, fact, holds, tmp);
    }
}
