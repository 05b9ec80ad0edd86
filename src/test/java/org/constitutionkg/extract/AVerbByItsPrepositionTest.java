package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One verb, two frames told apart by the preposition (frames.tsv): "based in X" places a body, "based on X" gives an
 * instrument its model, in every voice and with an adverb between verb and preposition. "The charter" points to the
 * article's instrument by its class (description-classes.tsv). Invented names.
 */
class AVerbByItsPrepositionTest {

    private static final String TITLE = "Basic Law of Korvia";
    private static final String LEAD = "The Basic Law of Korvia was adopted on 3 May 1952. ";
    private static final String BASED = "Basic_Law_of_Korvia basedOn 1931_Charter_of_Ostland";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It was based on the 1931 Charter of Ostland.#" + BASED,
        "true#The charter was largely based upon the 1931 Charter of Ostland.#" + BASED,
        "true#Based on the 1931 Charter of Ostland, it created a diet.#" + BASED,
        "true#The Statute of Merland, which was based on the Basic Law of Korvia, followed in 1960.#Statute_of_Merland basedOn Basic_Law_of_Korvia",
        "true#It was based in part on the 1931 Charter of Ostland.#" + BASED,
        "true#The drafters based it on the 1931 Charter of Ostland.#" + BASED,
        "false#It was based in the 1931 Charter of Ostland.#" + BASED,
        "true#It created the State Council of Korvia, which was based in Tarnholm.#State_Council_of_Korvia location Tarnholm",
        "false#It created the State Council of Korvia, which was based on the 1931 Charter of Ostland.#State_Council_of_Korvia location 1931_Charter_of_Ostland",
    })
    void thePrepositionChoosesTheFrame(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
