package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word between a session's ordinal and its sitting noun ("Second Plenary Session of X", "Third Ordinary Session of
 * X": session-adjectives.txt) changes neither which sitting it is nor what it is a sitting of: the body is X, never a
 * "Plenary Session of X". Invented names.
 */
class SessionWordsTest {

    private static final String TITLE = "Second Plenary Session of the Dorvan National Council";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Before: First Plenary Session of the Dorvan National Council#First_Plenary_Session_of_the_Dorvan_National_Council sessionOf Dorvan_National_Council#true",
        "After: Third Ordinary Session of the Dorvan National Council#Third_Ordinary_Session_of_the_Dorvan_National_Council sessionOf Dorvan_National_Council#true",
        "Before: First Joint Session of the Dorvan National Council#First_Joint_Session_of_the_Dorvan_National_Council sessionOf Dorvan_National_Council#true",
        "Before: First Plenary Session of the Dorvan National Council#First_Plenary_Session_of_the_Dorvan_National_Council sessionOf Plenary_Session_of_the_Dorvan_National_Council#false",
    })
    void infobox(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(TITLE, field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The First Plenary Session of the Dorvan National Council met in Lisk in May 1941.#First_Plenary_Session_of_the_Dorvan_National_Council sessionOf Dorvan_National_Council",
        "It was followed by the Third Plenary Session of the Dorvan National Council, held in April 1943.#Third_Plenary_Session_of_the_Dorvan_National_Council sessionOf Dorvan_National_Council",
    })
    void prose(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(TITLE, "The Second Plenary Session of the Dorvan National Council was held in Lisk"
                + " in 1942. " + body, expected, tmp);
    }
}
