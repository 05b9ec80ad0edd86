package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 32: the day a treaty was signed or concluded is its making (ckg:adopted), and the town it was signed in its
 * location, in every construction; the day a
 * constitution or a law was signed (by a head of state, after its adoption) is none. States an infobox names as a
 * treaty's signers or ratifiers are its parties. Invented names.
 */
class SigningTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Treaty of Ytown#The Treaty of Ytown was signed in Ztown on 28 December 1920.#Treaty_of_Ytown adopted 1920-12-28",
        "true#Treaty of Ytown#It was signed on 28 December 1920 by the envoys.#Treaty_of_Ytown adopted 1920-12-28",
        "true#Treaty of Ytown#Ivo Marek and Vera Holm signed the treaty on 28 December 1920.#Treaty_of_Ytown adopted 1920-12-28",
        "true#Treaty of Ytown#The treaty, which was signed on 28 December 1920, was short.#Treaty_of_Ytown adopted 1920-12-28",
        "true#Treaty of Ytown#The Treaty of Ytown was a bilateral agreement concluded in Ztown on 28 December 1920.#Treaty_of_Ytown adopted 1920-12-28",
        // ... and the place it was signed at
        "true#Treaty of Ytown#The Treaty of Ytown was signed in Ztown on 28 December 1920.#Treaty_of_Ytown location Ztown",
        "true#Treaty of Ytown#It was concluded at the Old Palace of Ztown on 28 December 1920.#Treaty_of_Ytown location Old_Palace_of_Ztown",
        "true#Treaty of Ytown#Ivo Marek signed the treaty in Ztown on 28 December 1920.#Treaty_of_Ytown location Ztown",
        "false#Treaty of Ytown#The treaty was signed on 28 December 1920 in the name of the Republic of Norlia.#Treaty_of_Ytown location Republic_of_Norlia",
        "false#Constitution of Norlia#The constitution was adopted by the diet on 3 May 1921 and signed by the king on 10 May 1921.#Constitution_of_Norlia adopted 1921-05-10",
        "true#Constitution of Norlia#The constitution was adopted by the diet on 3 May 1921 and signed by the king on 10 May 1921.#Constitution_of_Norlia adopted 1921-05-03",
    })
    void aSigningDatesATreaty(boolean holds, String title, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Signers: Republic of Norlia, Republic of Vendia#Treaty_of_Ytown party Republic_of_Vendia",
        "false#Signers: Republic of Norlia, Republic of Vendia#Treaty_of_Ytown signedBy Republic_of_Vendia",
        "true#Signers: Ivo Marek, Vera Holm#Treaty_of_Ytown signedBy Vera_Holm",
        "true#Ratifiers: Republic of Norlia, Diet of Vendia#Treaty_of_Ytown party Republic_of_Norlia",
        "true#Ratifiers: Republic of Norlia, Diet of Vendia#Treaty_of_Ytown ratifiedBy Diet_of_Vendia",
    })
    void statesThatSignAreParties(boolean holds, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Treaty of Ytown", field, fact, holds, tmp);
    }
}
