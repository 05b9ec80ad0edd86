package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings a fresh audit missed, each in several constructions: a naming with a phrase of circumstance or an adverb
 * before its name ("known in contemporary writing simply as X", "sometimes called simply X"); a role noun's holder in
 * apposition after adjectives ("Its successor, the unicameral X,"); a count of members said of a description whose
 * name stands in apposition ("The upper chamber, the Senate of X, numbered 96 members"), and a total set off at a
 * clause's end ("..., 58 members in all"). Invented sentences.
 */
class AppositionsAndCircumstancesTest {

    private static final String LEAD = "The Council of the Lands was the upper chamber of the Federal Assembly of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was known in contemporary writing as the Lesser Diet.#Council_of_the_Lands altLabel Lesser Diet",
        "It was known in the press simply as the Lesser Diet.#Council_of_the_Lands altLabel Lesser Diet",
        "The Council of the Lands, sometimes called simply the Lesser Diet, met in spring.#Council_of_the_Lands altLabel Lesser Diet",
        "Contemporaries called it informally the Lesser Diet.#Council_of_the_Lands altLabel Lesser Diet",
        "It was referred to by historians as the Lesser Diet.#Council_of_the_Lands altLabel Lesser Diet",
        // a holder in apposition past adjectives
        "Its successor, the unicameral State Assembly of Velm, first met in 1950.#State_Assembly_of_Velm precededBy Council_of_the_Lands",
        "Its successor, the short-lived Grand Diet of Velm, was abolished in 1952.#Council_of_the_Lands succeededBy Grand_Diet_of_Velm",
        "Its first chairman, the jurist Ivo Marn, was elected in 1920.#Council_of_the_Lands chair Ivo_Marn",
        // counts
        "The lower chamber, the Chamber of Burghers of Velm, numbered 96 members.#Chamber_of_Burghers_of_Velm memberCount 96",
        "The Chamber of Burghers of Velm, the lower chamber, had 96 members.#Chamber_of_Burghers_of_Velm memberCount 96",
        "Each land sent delegates according to its population, 58 members in all.#Council_of_the_Lands memberCount 58",
        "The lands sent two delegates each – 40 members in total.#Council_of_the_Lands memberCount 40",
    })
    void states(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Council of the Lands", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The lands sent 58 members in all.#Council_of_the_Lands memberCount 58",
        "It was known in the Diet of Velm as the Lesser Diet.#Diet_of_Velm altLabel Lesser Diet",
        "The lower chamber, the Chamber of Burghers of Velm, numbered 96 members.#Council_of_the_Lands memberCount 96",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Council of the Lands", LEAD + body, unexpected, tmp);
    }
}
