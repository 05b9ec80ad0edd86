package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "That assembly", "that committee": a demonstrative before a head noun is the thing of that head named last, else
 * the last thing named of the class the head says, as subject, object of "by" or of a preposition, in a relative
 * clause; whatever tag the tagger gives "that". A "that" that is a conjunction or a relative pronoun is none.
 * Invented names (stop 33).
 */
class DemonstrativesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#A Folk Chamber was elected in 1919. That assembly adopted the Grand Charter of Norlia in 1920.#Grand_Charter_of_Norlia adoptedBy Folk_Chamber",
        "true#The Diet of Norlia met in 1919. The charter was adopted by that diet in 1920.#Grand_Charter_of_Norlia adoptedBy Diet_of_Norlia",
        "true#The Diet of Norlia met in 1919. That body, whose speaker was Ivo Brand, adopted the charter in 1920.#Grand_Charter_of_Norlia adoptedBy Diet_of_Norlia",
        "true#The Executive Board of Norlia was formed in 1919. The Council of Wardens of Norlia was accountable to that board.#Council_of_Wardens_of_Norlia accountableTo Executive_Board_of_Norlia",
        "true#The Diet of Norlia met in 1919. The Senate of Norlia met in 1920. That diet adopted the charter in 1921.#Grand_Charter_of_Norlia adoptedBy Diet_of_Norlia",
        "false#The Diet of Norlia met in 1919. The Senate of Norlia met in 1920. That diet adopted the charter in 1921.#Grand_Charter_of_Norlia adoptedBy Senate_of_Norlia",
        "false#The Diet of Norlia met in 1919. It was agreed that assembly members would adopt the charter.#Grand_Charter_of_Norlia adoptedBy Diet_of_Norlia",
    })
    void thatNamesTheLastOfItsKind(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Grand Charter of Norlia", text, fact, holds, tmp);
    }
}
