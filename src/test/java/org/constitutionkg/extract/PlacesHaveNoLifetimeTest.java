package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date said of a place or a person states no lifetime (roles.tsv: START and END of a Place or a Person are nothing):
 * a list of meetings by city and day ("1. Ytown, 26 November 1976") founds no city; an organ's dates stay its own.
 * Invented articles; " // " separates lines.
 */
class PlacesHaveNoLifetimeTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "The council first met in Ytown on 2 May 1956 and later in Ztown. Later meetings included: // 1. Ytown, 26 November 1976 // 2. Ztown, 22 November 1978#Ytown established 1976-11-26#false",
        "The council first met in Ytown on 2 May 1956 and later in Ztown. Later meetings included: // 1. Ytown, 26 November 1976 // 2. Ztown, 22 November 1978#Ztown established 1978-11-22#false",
        "The council first met in Ytown on 2 May 1956 and later in Ztown. Meetings: // - Ytown – 26 November 1976 // - Ztown – 22 November 1978#Ytown established 1976-11-26#false",
        "The council was set up in Ytown on 2 May 1956 and dissolved on 1 July 1991.#Council_of_Velm established 1956-05-02#true",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Council of Velm =\n\nThe Council of Velm was the supreme organ of the Velm Union.\n\n"
                + "== Meetings ==\n" + body.replace(" // ", "\n") + "\n", fact, holds, tmp);
    }
}
