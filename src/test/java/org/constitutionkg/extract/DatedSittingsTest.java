package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sitting's head dated by its year, before the name or after it (dated-sitting-heads.txt), names one sitting: "the 1926
 * Imperial Conference" and "the Diet of 1790–1791" are sessions of the Imperial Conference and of the diet the context
 * means (the article's own, when its head is the same); a bare head ("Diet") names no body of its own, so with no
 * such context the sitting is of nothing and left out. Not a body dated by its year (body-adjectives.txt: "the
 * Constituent Congress of 1916"), nor a year in parentheses ("Reichstag (1848–1849)" tells two bodies apart), nor a
 * head that as often names a body ("the Congress of 1856", "the 1871 Reichstag", "the Assembly of 1848"). Invented
 * names and sentences.
 */
class DatedSittingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "1926 Imperial Conference#The 1926 Imperial Conference met in Ytown. It was chaired by Olaf Brin.#1926_Imperial_Conference sessionOf Imperial_Conference",
        "1926 Imperial Conference#The 1926 Imperial Conference met in Ytown. It was held from 19 October to 23 November 1926.#1926_Imperial_Conference startDate 1926-10-19",
        "1926 Imperial Conference#The 1926 Imperial Conference met in Ytown. The 1923 Imperial Conference had preceded it.#1923_Imperial_Conference rdf:type Session",
        "Diet of Zland#The Diet of Zland was the legislature of Zland. The Diet of 1790–1791 was summoned by the king.#Diet_of_1790_1791 sessionOf Diet_of_Zland",
        "Diet of Zland#The Diet of Zland was the legislature of Zland. The king summoned the Diet of 1792 to Qtown.#Diet_of_1792 sessionOf Diet_of_Zland",
        "Sejm of Velm#The Sejm of Velm was the parliament of Velm. Its most famous sitting, the Sejm of 1588, met in Qtown.#Sejm_of_1588 rdf:type Session",
        "Sejm of Velm#The Sejm of Velm was the parliament of Velm. The 1601 Sejm, which met in Qtown, refused the tax.#1601_Sejm sessionOf Sejm_of_Velm",
        "Charter of Qland#The Charter of Qland was drafted in 1856. It was drafted by the Congress of 1856–1857.#Charter_of_Qland author Congress_of_1856_1857",
    })
    void states(String title, String text, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, text, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Charter of Qland#The Charter of Qland was drafted in 1916. The Constituent Congress of 1916 met in Rtown.#Constituent_Congress_of_1916 rdf:type Session",
        "Charter of Qland#The Charter of Qland was drafted in 1848. The Assembly of 1848 met in Rtown.#Assembly_of_1848 rdf:type Session",
        "Charter of Qland#The Charter of Qland was drafted in 1790. The Diet of 1790–1791 was summoned by the king.#Diet rdf:type Legislature",
        "Charter of Qland#The Charter of Qland was drafted in 1790. The Diet of 1790–1791 was summoned by the king.#Diet_of_1790_1791 rdf:type Session",
        "Charter of Qland#The Charter of Qland was adopted in 1936. The 1936 Constitution of Qland replaced it.#1936_Constitution_of_Qland rdf:type Session",
        // a congress, a parliament or a reichstag dated by its year is as often a body of its own or another's
        "Reichstag of Velm#The Reichstag of Velm was the parliament of Velm from 1867 to 1871. The 1871 Reichstag took it as its model.#1871_Reichstag sessionOf Reichstag_of_Velm",
        "Reichstag of Velm#The Reichstag of Velm was the parliament of Velm from 1867 to 1871. The 1871 Reichstag took it as its model.#1871_Reichstag rdf:type Session",
        "Charter of Qland#The Charter of Qland was drafted in 1856. It was drafted by the Congress of 1856–1857.#Congress_of_1856_1857 rdf:type Session",
    })
    void notOtherwise(String title, String text, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, text, unexpected, tmp);
    }
}
