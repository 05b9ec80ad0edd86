package org.constitutionkg.extract;

import java.nio.file.Path;


import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The present Constitution of X" in the article on the "Constitution of X (1971)" is another instrument than the
 * subject, the one in force now: its successor, whatever the voice, and the facts the sentence gives it are its
 * own. "The constitution" and "the Constitution of X" alone are still the subject. Invented names (stop 34).
 */
class PresentInstrumentTest {

    private static final String TITLE = "Constitution of Norlia (1962)";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#It was superseded by the present Constitution of Norlia in 1994.#Constitution_of_Norlia_(1962) succeededBy Constitution_of_Norlia",
        "true#The current Constitution of Norlia replaced it in 1994.#Constitution_of_Norlia precededBy Constitution_of_Norlia_(1962)",
        "true#It remained in force until 1994, when it was replaced by the present Constitution of Norlia, which the Grand Assembly passed on 3 May 1994.#Constitution_of_Norlia adoptedBy Grand_Assembly",
        "false#It remained in force until 1994, when it was replaced by the present Constitution of Norlia, which the Grand Assembly passed on 3 May 1994.#Constitution_of_Norlia_(1962) adoptedBy Grand_Assembly",
        "true#The Constitution of Norlia was adopted by the Folk Diet in 1962.#Constitution_of_Norlia_(1962) adoptedBy Folk_Diet",
        "true#The constitution was amended in 1970 and adopted by the Folk Diet in 1962.#Constitution_of_Norlia_(1962) adoptedBy Folk_Diet",
    })
    void thePresentOneIsAnother(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, text, fact, holds, tmp);
    }

    /**
     * The same when the subject has an undated name of its own ("Name: Constitution of the Republic of Norlia"), whose
     * key is the present one's: the present one is still another, in a clause of time, the passive, a relative clause
     * and an apposition.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#It lapsed until the present Constitution of Norlia was approved by referendum on 28 June 1992.#Constitution_of_Norlia adopted 1992-06-28",
        "false#It lapsed until the present Constitution of Norlia was approved by referendum on 28 June 1992.#1938_Constitution_of_Norlia adopted 1992-06-28",
        "true#It was replaced by the current Constitution of Norlia, adopted in 1992.#Constitution_of_Norlia adopted 1992",
        "false#It was replaced by the current Constitution of Norlia, adopted in 1992.#1938_Constitution_of_Norlia adopted 1992",
        "true#The present Constitution of Norlia, which replaced it, dates from 1992.#Constitution_of_Norlia precededBy 1938_Constitution_of_Norlia",
        "false#The present Constitution of Norlia, which replaced it, dates from 1992.#1938_Constitution_of_Norlia altLabel Constitution of Norlia",
    })
    void alsoWhenTheSubjectHasAnUndatedName(boolean holds, String sentence, String fact, @TempDir Path tmp)
            throws Exception {
        String text = "= 1938 Constitution of Norlia =\n\nConstitution of the Republic of Norlia\n"
                + "- Name: Constitution of the Republic of Norlia\n- Effective: 1 January 1938\n\n"
                + "The 1938 Constitution of Norlia was the basic law of Norlia. " + sentence + "\n";
        ExtractionCases.assertArticle(text, fact, holds, tmp);
    }
}
