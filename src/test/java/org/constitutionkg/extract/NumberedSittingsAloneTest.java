package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The first session", "the Fourth Convocation": a numbered sitting named by its noun alone is a session of the organ
 * the article is about, named in full after it, with its number and its dates, as subject, with a participle, with a
 * relative clause. Invented names (stop 33).
 */
class NumberedSittingsAloneTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '#', value = {
        "Grand Assembly of Norlia#The first session, held at Ytown on 26–27 November 1942, elected a committee.#First_Session_of_the_Grand_Assembly_of_Norlia sessionOf Grand_Assembly_of_Norlia",
        "Grand Assembly of Norlia#The first session, held at Ytown on 26–27 November 1942, elected a committee.#First_Session_of_the_Grand_Assembly_of_Norlia startDate 1942-11-26",
        "Grand Council of Norlia#The second session met in Ztown on 29 November 1943.#Second_Session_of_the_Grand_Council_of_Norlia location Ztown",
        "Grand Council of Norlia#The third session, which was held in Ztown in 1945, was short.#Third_Session_of_the_Grand_Council_of_Norlia sessionOf Grand_Council_of_Norlia",
        "Grand Council of Norlia#The Fourth Convocation was elected in 1947.#Fourth_Convocation_of_the_Grand_Council_of_Norlia ordinal 4",
    })
    void aNumberedSittingIsTheOrgansSession(String title, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, text, fact, tmp);
    }
}
