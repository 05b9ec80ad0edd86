package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "It" opening a sentence speaks of what the sentence before named as its subject, when that is a thing of the
 * article's own kind (a chamber in the article on its legislature); a new paragraph, or a subject of another kind (an
 * instrument in the article on an organ), leaves "it" the article's subject. Invented articles; " // " separates lines.
 */
class PronounSalienceTest {

    private static final String TITLE = "Diet of Xland";
    private static final String LEAD = "The Diet of Xland was the legislature of the Kingdom of Xland. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Senate of Xland was elected by the provinces. It met in the Old Palace of Xtown.#Senate_of_Xland location Old_Palace_of_Xtown",
        "The Senate of Xland was elected by the provinces. It had 120 seats.#Senate_of_Xland memberCount 120",
        "The Senate of Xland was elected by the provinces. It was abolished in 1945.#Senate_of_Xland disbanded 1945",
        "The Senate of Xland had 120 members. It was chaired by Ivan Petrov, a lawyer.#Senate_of_Xland chair Ivan_Petrov",
        "The Senate of Xland had 120 members. Its first president was Ivan Petrov.#Senate_of_Xland chair Ivan_Petrov",
        "The Senate of Xland was the upper house. It was elected by the provinces. It was abolished in 1945.#Senate_of_Xland disbanded 1945",
        "The Senate of Xland was elected by the provinces. // // It was abolished in 1945.#Diet_of_Xland disbanded 1945",
        "The Charter of Xland was adopted in 1921. It was dissolved in 1945.#Diet_of_Xland disbanded 1945",
        "The Senate of Xland was elected by the provinces. // == Members == // - It had 300 deputies in 1900.#Diet_of_Xland memberCount 300",
    })
    void itIsThePreviousSubjectOfTheArticlesKind(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(TITLE, LEAD + body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Senate of Xland was elected by the provinces. It was abolished in 1945.#Diet_of_Xland disbanded 1945",
        "The Senate of Xland was elected by the provinces. // // It was abolished in 1945.#Senate_of_Xland disbanded 1945",
        "The Charter of Xland was adopted in 1921. It was dissolved in 1945.#Charter_of_Xland repealed 1945",
        "The House of Representatives of Xland was elected by the counties.#House_of_Representatives_of_Xland partOf Representatives_of_Xland",
        // a description with another number than the subject's speaks of one of its convocations, not of it
        "The first diet had 120 members. The diet had 175 members in 1930.#Diet_of_Xland memberCount 120",
        "The Diet of Xland had 175 members. The second diet, which was elected in 1925, was dissolved in 1929.#Diet_of_Xland disbanded 1929",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(TITLE, LEAD + body.replace(" // ", "\n"), unexpected, tmp);
    }
}
