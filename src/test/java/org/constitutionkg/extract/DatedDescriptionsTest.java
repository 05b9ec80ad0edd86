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

    /**
     * An instrument the text names only by a lower-case head and its year, before or after ("the 1850 constitution",
     * "the constitution of 1850", "the charter of 1850"), is an instrument of its own, the one a frame of the same
     * sentence speaks of: active, passive, relative clause, a year before; not a plural ("the constitutions of 1850
     * and 1880").
     */
    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It replaced the constitution of 1850.#Constitution_of_Norland_of_1921 precededBy 1850_Constitution",
        "true#The constitution of 1850 was replaced by it.#Constitution_of_Norland_of_1921 precededBy 1850_Constitution",
        "true#It replaced the constitution of 1850, which had been drafted by a commission.#Constitution_of_Norland_of_1921 precededBy 1850_Constitution",
        "true#In 1921 it superseded the 1850 constitution.#Constitution_of_Norland_of_1921 precededBy 1850_Constitution",
        "true#It was the successor of the charter of 1850.#Constitution_of_Norland_of_1921 precededBy 1850_Charter",
        "false#It replaced the constitutions of 1850 and 1880.#1850_Constitutions rdf:type Constitution",
        "true#It replaced the royal constitution of 1850.#Constitution_of_Norland_of_1921 precededBy 1850_Constitution",
        "false#It replaced the electoral law of 1850.#1850_Law rdf:type LegalInstrument",
    })
    void anInstrumentNamedByItsYear(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Constitution of Norland of 1921", sentence, fact, holds, tmp);
    }
}
