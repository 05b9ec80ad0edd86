package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The instrument that succeeds a republic's constitution may bear the name of the country alone ("the Constitution
 * of Xland" after the "Constitution of the Xland SSR"): another state's, another instrument, never a name of the
 * subject, in any voice; and a date that opens a span up to the verb ("in force from April 1978 until it was
 * replaced") is no date of the replacement; a heading in sentence case is no section subject. Invented names (stop
 * 33).
 */
class SuccessorsOfAnotherRegimeTest {

    private static final String TITLE = "Constitution of the Xland SSR (1978)";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#It was replaced by the Constitution of Xland in 1995.#Constitution_of_the_Xland_SSR_(1978) succeededBy Constitution_of_Xland",
        "true#In 1995 the Constitution of Xland replaced it.#Constitution_of_Xland precededBy Constitution_of_the_Xland_SSR_(1978)",
        "true#The Constitution of Xland, which superseded it in 1995, was approved by referendum.#Constitution_of_the_Xland_SSR_(1978) succeededBy Constitution_of_Xland",
        "true#The constitution remained in force until 1995, when it was superseded by the Constitution of Xland.#Constitution_of_the_Xland_SSR_(1978) succeededBy Constitution_of_Xland",
        "false#It was replaced by the Constitution of Xland in 1995.#Constitution_of_the_Xland_SSR_(1978) altLabel Constitution of Xland",
        "false#In 1995 the Constitution of Xland replaced it.#Constitution_of_the_Xland_SSR_(1978) altLabel Constitution of Xland",
        // ... while a name that goes on with no state's word is still the subject's
        "true#The Constitution of the Xland SSR was adopted on 20 April 1978.#Constitution_of_the_Xland_SSR_(1978) adopted 1978-04-20",
    })
    void theNextStatesConstitutionIsAnother(boolean holds, String text, String fact, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact(TITLE, text, fact, holds, tmp);
    }

    /** A heading in sentence case ("== Amendment and repeal ==") names no instrument the section would be about. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#== Amendment and replacement == // It was superseded by the Basic Law of Xland in 1995.#Amendment_and_replacement rdf:type LegalInstrument",
        "true#== Amendment and replacement == // It was superseded by the Basic Law of Xland in 1995.#Constitution_of_the_Xland_SSR_(1978) succeededBy Basic_Law_of_Xland",
        "false#== Later amendments == // It was amended in 1990 and replaced by the Basic Law of Xland in 1995.#Later_amendments succeededBy Basic_Law_of_Xland",
        "true#== Supreme Council of Xland == // It had 300 members.#Supreme_Council_of_Xland memberCount 300",
        "false#== Under the Basic Law == // It was superseded by the Basic Law of Xland in 1995.#Constitution_of_the_Xland_SSR_(1978) altLabel Under the Basic Law",
    })
    void aSentenceCaseHeadingIsNoSubject(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, text.replace(" // ", "\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#It was the basic law of the Xland SSR from April 1978 until it was superseded by the Basic Law of Xland.#Constitution_of_the_Xland_SSR_(1978) repealed 1978-04",
        "false#It was in force from April 1978 until it was replaced by the Basic Law of Xland.#Constitution_of_the_Xland_SSR_(1978) repealed 1978-04",
        "false#Since 1978 it had been the basic law, until the Basic Law of Xland replaced it.#Constitution_of_the_Xland_SSR_(1978) repealed 1978",
        "true#From 1978 it served as the basic law until it was replaced by the Basic Law of Xland in 1995.#Constitution_of_the_Xland_SSR_(1978) repealed 1995",
        "true#It was replaced by the Basic Law of Xland from 1 January 1995.#Constitution_of_the_Xland_SSR_(1978) repealed 1995-01-01",
    })
    void aSpansStartDatesNoReplacement(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, text, fact, holds, tmp);
    }
}
