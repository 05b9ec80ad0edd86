package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "it" opening a clause joined by ", and" or ", but" is the first clause's subject when that is a name of an organ or
 * an instrument, the first clause has no "it" of its own, no object "it" may stand for, and does not name the
 * article's subject; else it is the
 * article's subject as before. Active, passive, "and then", "but"; invented names, in the article on a charter.
 */
class ItAfterAndTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Chamber of Velmia was elected in 1932, and it chose Ana Petrova as its chairman.#Chamber_of_Velmia chair Ana_Petrova#true",
        "The Chamber of Velmia was elected in 1932, and it chose Ana Petrova as its chairman.#Velm_Charter chair Ana_Petrova#false",
        "The Senate of Velmia met in Ytown, but it was dissolved in 1934.#Senate_of_Velmia disbanded 1934#true",
        "The Diet of Velmia was convened in 1920, and then it adopted the Velm Statute in 1921.#Velm_Statute adoptedBy Diet_of_Velmia#true",
        "The Grand Council of Velmia sat in Ytown, and it was abolished in 1936.#Velm_Charter repealed 1936#false",
        // the first clause speaks of "it", names the subject, or opens with no organ: the subject, as before
        "It was drafted in 1920, and it was adopted in 1921.#Velm_Charter adopted 1921#true",
        "The Velm Charter was drafted by the Diet of Velmia, and it was adopted in 1921.#Velm_Charter adopted 1921#true",
        "Ana Petrova returned from exile in 1920, and it was adopted in 1921.#Velm_Charter adopted 1921#true",
        // ... or has an object "it" may stand for
        "The Diet of Velmia debated the draft for a year, and it was adopted on 3 May 1921.#Velm_Charter adopted 1921-05-03#true",
        "The Diet of Velmia adopted a new electoral law in 1921, and it came into force in 1922.#Diet_of_Velmia effective 1922#false",
        "The Diet of Velmia approved the Ora Statute in 1920, and it was signed by Ana Petrova.#Diet_of_Velmia signedBy Ana_Petrova#false",
    })
    void theFirstClausesSubject(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Charter", sentence, fact, holds, tmp);
    }
}
