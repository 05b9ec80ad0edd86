package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two predicates joined by "and" that share one object after the second's preposition ("elected by and accountable to
 * the Diet"): the object is the agent of the passive before "and" too, in a main clause, a relative clause, with
 * other verbs and adjectives. Two adjectives of one subject joined by "and" ("subordinate to A and accountable to B")
 * share the subject, each with its own object. Invented sentences.
 */
class SharedObjectTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Board of Commissars of Norlia was elected by and accountable to the Diet of Norlia.#Board_of_Commissars_of_Norlia electedBy Diet_of_Norlia",
        "true#The Board of Commissars of Norlia, which was appointed by and accountable to the Diet of Norlia, met in Ytown.#Board_of_Commissars_of_Norlia electedBy Diet_of_Norlia",
        "true#The Board of Commissars of Norlia, which was appointed by and accountable to the Diet of Norlia, met in Ytown.#Board_of_Commissars_of_Norlia accountableTo Diet_of_Norlia",
        "true#The Diet of Norlia set up the Board of Commissars of Norlia, which was chosen by and responsible to it.#Board_of_Commissars_of_Norlia electedBy Diet_of_Norlia",
        "true#The Board of Commissars of Norlia was chosen by and answerable to the Diet of Norlia until 1950.#Board_of_Commissars_of_Norlia accountableTo Diet_of_Norlia",
        // the agent after "by" itself stays the agent
        "false#The Board of Commissars of Norlia was elected by the Senate of Norlia and accountable to the Diet of Norlia.#Board_of_Commissars_of_Norlia electedBy Diet_of_Norlia",
        "true#The Board of Commissars of Norlia was elected by the Senate of Norlia and accountable to the Diet of Norlia.#Board_of_Commissars_of_Norlia electedBy Senate_of_Norlia",
        // two adjectives of one subject, each with its own object (stop 33)
        "true#The Board of Commissars of Norlia was subordinate to the Senate of Norlia and accountable to the Grand Council of Norlia.#Board_of_Commissars_of_Norlia accountableTo Grand_Council_of_Norlia",
        "false#The Board of Commissars of Norlia was subordinate to the Senate of Norlia and accountable to the Grand Council of Norlia.#Senate_of_Norlia accountableTo Grand_Council_of_Norlia",
        "true#The Diet of Norlia created the Board of Commissars of Norlia, which was subordinate to the Senate of Norlia and answerable to the Grand Council of Norlia.#Board_of_Commissars_of_Norlia accountableTo Grand_Council_of_Norlia",
        "false#The Diet of Norlia created the Board of Commissars of Norlia, which was subordinate to the Senate of Norlia and answerable to the Grand Council of Norlia.#Senate_of_Norlia accountableTo Grand_Council_of_Norlia",
    })
    void sharedByBoth(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Diet of Norlia", text, fact, holds, tmp);
    }
}
