package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of verb phrases of one subject ("It was adopted by X in Ytown, ratified by Z, and came into force ..."): a
 * participle after a comma in such a list is the subject's, not the name's before the comma. And a prose rule's
 * subject is never the object of a preposition ("the text ratified by the congress remained in force": not the
 * congress). Invented sentences.
 */
class VerbListsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|It was adopted on 4 May 1867 by the Grand Diet of Xland in Ytown, ratified by the Senate of Xland, and came into force on 1 June 1867.|Charter_of_Xland effective 1867-06-01",
        "Charter of Xland|It was adopted on 4 May 1867 by the Grand Diet of Xland in Ytown, ratified by the Senate of Xland, and came into force on 1 June 1867.|Charter_of_Xland ratifiedBy Senate_of_Xland",
        "Charter of Xland|The Charter of Xland was adopted in Ytown, approved by the Grand Diet of Xland, and published in 1867.|Charter_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|The charter was signed in Ytown, ratified by the Senate of Xland, and then entered into force in 1868.|Charter_of_Xland effective 1868",
    })
    void aListOfVerbsSharesItsSubject(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|It was adopted on 4 May 1867 by the Grand Diet of Xland in Ytown, ratified by the Senate of Xland, and came into force on 1 June 1867.|Ytown effective 1867-06-01",
        "Second Diet of Xland|The charter ratified by the diet remained in force until 1937.|Second_Diet_of_Xland endDate 1937",
        "Second Diet of Xland|A law passed by the diet stayed in effect until 1937.|Second_Diet_of_Xland endDate 1937",
        "Charter of Xland|The Charter of Xland was adopted by the Grand Diet of Xland, elected in 1866 by the Senate of Xland.|Charter_of_Xland electedBy Senate_of_Xland",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
