package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 50: a relative clause right after a list that is the "of" phrase of a common noun ("a union of A, B and C that
 * existed from X to Y") is said of that noun's thing, not of the list's last name. Invented sentences.
 */
class RelativeAfterAListTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Greater Republic of Velmar was a short-lived union of Norway, Sweden and New Zealand that existed from 1896 to 1898.#New_Zealand established 1896#false",
        "The Greater Republic of Velmar was a short-lived union of Norway, Sweden and New Zealand that existed from 1896 to 1898.#Greater_Republic_of_Velmar disbanded 1898#true",
        "The Greater Republic of Velmar was a federation of Ostrada and Kesh which lasted from 1896 to 1898.#Kesh disbanded 1898#false",
        "The Greater Republic of Velmar was a league of Ostrada, Kesh and Tarvia that was dissolved in 1898.#Tarvia disbanded 1898#false",
    })
    void theRelativeIsTheNounsNotTheLastNames(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Greater Republic of Velmar =\n\n" + sentence + "\n", fact, holds, tmp);
    }
}
