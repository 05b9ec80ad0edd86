package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 58, with invented sentences and values: a pronoun in a clause joined by
 * ", and" or ", but" whose first clause speaks of another organ is that organ's, not the article's subject's.
 */
class RoundThirtyFiveTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the first clause's subject is another organ: "its" is that organ's
        "In 1990 the Supreme Soviet of Ylan was renamed the Supreme Council of Ylan, and Oleg Brant became its chairman.#Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "In 1990 the Supreme Soviet of Ylan was renamed the Supreme Council of Ylan, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "The Supreme Soviet of Ylan met again in 1991, and Oleg Brant was elected its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "The Supreme Soviet of Ylan elected a new government in 1991, but Oleg Brant remained its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "After the elections the Ylan Council of Ministers resigned, and Oleg Brant became its chairman.#Ylan_Council_of_Ministers chair Oleg_Brant#true",
        // an instrument's clause: either may be meant, so neither
        "The Constitution of Ylan was adopted in 1978, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        // controls: the first clause speaks of the subject, by name or by "it", or the pronoun opens the clause
        "In 1990 the Presidium of the Supreme Soviet of Ylan was enlarged, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "It was enlarged in 1990, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "In 1990 Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
    })
    void pronounAfterAJoinedClauseOfAnotherOrgan(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Presidium of the Supreme Soviet of Ylan", "The Presidium of the Supreme Soviet of"
                + " Ylan was the standing body of the Supreme Soviet of Ylan from 1938 to 1991. It was chaired by Ivo"
                + " Tamm from 1938 to 1950. " + sentence, fact, holds, tmp);
    }
}
