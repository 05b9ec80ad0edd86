package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 50: in the article on one instrument of a state ("Constitution of Velmar", its text of 1972), a section headed
 * by another year and the instrument's head ("== 1948 constitution ==", "== Constitution of 1948 ==") speaks of that
 * earlier text: a pronoun, a participle's subject or a description there is the 1948 constitution of Velmar, never the
 * article's subject; a section headed by the subject's own year speaks of the subject. Invented articles.
 */
class SectionOnAnEarlierTextTest {

    private static final String LEAD = "= Constitution of Velmar =\n\nThe Constitution of Velmar is the supreme law of "
            + "Velmar. The current text was adopted in 1972.\n\n";

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "1948 constitution#It contained 96 articles in nine chapters.#1948_Constitution_of_Velmar articleCount 96#true",
        "1948 constitution#It contained 96 articles in nine chapters.#Constitution_of_Velmar articleCount 96#false",
        "1948 constitution#Closely modelled on the Charter of Ostrada, it was short.#1948_Constitution_of_Velmar basedOn Charter_of_Ostrada#true",
        "1948 constitution#Closely modelled on the Charter of Ostrada, it was short.#Constitution_of_Velmar basedOn Charter_of_Ostrada#false",
        "Constitution of 1948#The text was adopted on 8 May 1948 by the People's Diet.#1948_Constitution_of_Velmar adopted 1948-05-08#true",
        "The 1948 Constitution#It was adopted by the People's Diet, which had been elected in April.#1948_Constitution_of_Velmar adoptedBy People's_Diet#true",
        "1948 constitution#It contained 96 articles.#1948_Constitution_of_Velmar rdf:type Constitution#true",
        // the subject's own year: the section speaks of the subject; a heading in sentence case is no name
        "1972 constitution#It contained 149 articles.#Constitution_of_Velmar articleCount 149#true",
        "1972 constitution#It contained 149 articles.#Constitution_of_Velmar altLabel 1972 constitution#false",
        "1948 constitution#It contained 96 articles.#1948_Constitution_of_Velmar altLabel 1948 constitution#false",
    })
    void theSectionSpeaksOfItsYearsText(String heading, String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(LEAD + "== " + heading + " ==\n" + sentence + "\n", fact, holds, tmp);
    }

    /** An undated subject: the section of a year may be on the subject's own text, so it names no other. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Constitution of 1948#It contained 96 articles.",
        "1948 constitution#It was drafted by the People's Diet.",
    })
    void anUndatedSubjectKeepsItsSections(String heading, String sentence, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Constitution of Velmar =\n\nThe Constitution of Velmar is the supreme law of "
                + "Velmar.\n\n== " + heading + " ==\n" + sentence + "\n", "1948_Constitution_of_Velmar rdf:type Constitution",
                false, tmp);
    }
}
