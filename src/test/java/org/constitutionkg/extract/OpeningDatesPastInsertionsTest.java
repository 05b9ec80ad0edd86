package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date that opens a sentence dates its main clause also when the clause's subject is followed by an insertion
 * between commas (a relative clause, an apposition) before its verb; the insertion's own verb is not dated by it.
 * Invented sentences: passive, intransitive, active with an object, a "whose" clause, an apposition.
 */
class OpeningDatesPastInsertionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Senate of Lorvia#In 1921 the Senate of Lorvia, which had lost its veto, was dissolved.#Senate_of_Lorvia disbanded 1921",
        "Senate of Lorvia#In March 1921 the Senate of Lorvia, a chamber of notables, ceased to exist.#Senate_of_Lorvia disbanded 1921-03",
        "Senate of Lorvia#On 2 May 1921, the Senate of Lorvia, whose members the king named, was abolished.#Senate_of_Lorvia disbanded 1921-05-02",
        "Charter of Lorvia#In 1921 the Diet of Lorvia, which the regent had summoned, adopted the Charter of Lorvia.#Charter_of_Lorvia adopted 1921",
        "Charter of Lorvia#In 1921 the Charter of Lorvia, drafted by a commission of jurists, came into force.#Charter_of_Lorvia effective 1921",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the insertion's verb has its own date, or none: the opening date is the main clause's
        "Charter of Lorvia#In 1921 the Charter of Lorvia, which had been adopted by the Diet, came into force.#Charter_of_Lorvia adopted 1921",
        "Senate of Lorvia#In 1921 the Senate of Lorvia, which was set up in 1850, was dissolved.#Senate_of_Lorvia established 1921",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }
}
