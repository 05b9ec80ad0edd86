package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "it" after a time a sentence opens with ("On 12 April it elected ...", "In 1934, it was abolished"), of
 * capitalised words and numbers only, is, as "It"
 * opening a sentence is ({@code PronounSalienceTest}), the subject the sentence before opened with, when that is a
 * thing of the article's own kind; one of another kind, or the subject's short name, leaves it the article's subject.
 * Active, passive, with and without a comma after the time; invented names, in the article on a diet.
 */
class ItOfTheSentenceBeforeTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Chamber of Deputies of Velmia was formed in May 1869. On 12 April it elected Ana Petrova as its chairman.#Chamber_of_Deputies_of_Velmia chair Ana_Petrova#true",
        "The Senate of Velmia was founded in 1920. In 1934 it was abolished.#Senate_of_Velmia disbanded 1934#true",
        "The Senate of Velmia was founded in 1920. In 1934, it was abolished.#Senate_of_Velmia disbanded 1934#true",
        "The Senate of Velmia was founded in 1920. On 2 May 1934 it was abolished.#Diet_of_Velmia disbanded 1934-05-02#false",
        // not after a longer phrase, where "it" may be an object: the subject, as before
        "The Senate of Velmia was founded in 1920. In 1934 the Velm Court abolished it.#Senate_of_Velmia disbanded 1934#false",
        "The Senate of Velmia was founded in 1920. Later it met in Ytown.#Senate_of_Velmia location Ytown#true",
        // another kind, or the subject's short name: the subject, as before
        "The Velm Charter was adopted in 1921. In 1934 it was dissolved.#Diet_of_Velmia disbanded 1934#true",
        "The Diet met in Ytown. In 1934 it was abolished.#Diet_of_Velmia disbanded 1934#true",
    })
    void theSubjectOfTheSentenceBefore(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Diet of Velmia", sentence, fact, holds, tmp);
    }
}
