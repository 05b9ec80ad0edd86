package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an apposition and a relative clause after it are said of: "X, an organ attached to Y, which it replaced" (the
 * relative pronoun stands for X, not for the object of "to"); "the Presidium of the council, a body of seven members"
 * counts the presidium, not the council; a person named as a verb's object is never ratified, adopted or enacted
 * ("confirmed Ana Sel as prime minister"). Invented names and sentences.
 */
class AppositionHeadsTest {

    private static final String LEAD = "The Velm Council was the exile parliament of the Republic of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "In 1941 the council took over from the Emergency Tribunal, an organ attached to the Central Committee of Velm, which it replaced.#Velm_Council precededBy Emergency_Tribunal#true",
        "In 1941 the council took over from the Emergency Tribunal, an organ attached to the Central Committee of Velm, which it replaced.#Velm_Council precededBy Central_Committee_of_Velm#false",
        "The Emergency Tribunal, a court subordinate to the Central Committee of Velm, which was abolished in 1940, met in Lisk.#Emergency_Tribunal disbanded 1940#true",
        "The Presidium of the Velm Council, a body of seven members, met weekly.#Presidium_of_the_Velm_Council memberCount 7#true",
        "The Presidium of the Velm Council, a body of seven members, met weekly.#Velm_Council memberCount 7#false",
        "The Velm Council, a body of 70 members, met weekly.#Velm_Council memberCount 70#true",
        "In 1942 the council confirmed Ana Sel as prime minister of the government-in-exile.#Ana_Sel ratifiedBy Velm_Council#false",
        "In 1942 the council confirmed the Treaty of Lisk.#Treaty_of_Lisk ratifiedBy Velm_Council#true",
    })
    void saidOf(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Council", LEAD + body, fact, holds, tmp);
    }
}
