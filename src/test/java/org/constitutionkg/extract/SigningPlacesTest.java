package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 50: the place a treaty was signed at is the name after "in" or "at", or after "in the city of", "in the Xian
 * port of"; a one-word name right before a common noun modifies it ("the Ostradan port") and is no place. Invented
 * sentences.
 */
class SigningPlacesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The treaty was signed on 20 June 1895 in the Ostradan port of Velmahaven.#Treaty_of_Ytown location Velmahaven#true",
        "The treaty was signed on 20 June 1895 in the Ostradan port of Velmahaven.#Treaty_of_Ytown location Ostradan#false",
        "It was signed in the city of Port Ames on 3 May 1895.#Treaty_of_Ytown location Port_Ames#true",
        "The delegates signed it at Strelsau in 1895.#Treaty_of_Ytown location Strelsau#true",
        "It was signed in Strelsau on 3 May 1895 and ratified later.#Treaty_of_Ytown location Strelsau#true",
        "The treaty, which was signed in the Velmaran capital on 3 May 1895, ended the war.#Treaty_of_Ytown location Velmaran#false",
        // (review of stop 50) a noun of no place before "of"; a word after the place that is no noun
        "The treaty was signed on 3 May 1895 in the presence of Ivo Brant.#Treaty_of_Ytown location Ivo_Brant#false",
        "The treaty was signed in Strelsau late in 1895.#Treaty_of_Ytown location Strelsau#true",
    })
    void theSigningsPlace(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Treaty of Ytown", sentence, fact, holds, tmp);
    }
}
