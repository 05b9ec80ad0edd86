package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organ's first meeting (first-time-words.txt: "first met", "met for the first time", "first convened") dates its
 * beginning; another meeting of it dates nothing of the organ. Invented sentences: a pronoun subject, a name, a relative
 * clause, the phrase after the verb.
 */
class FirstMeetingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Assembly of Zemlia|It first met on 18 June 1946.|Grand_Assembly_of_Zemlia established 1946-06-18|true",
        "Grand Assembly of Zemlia|It met for the first time in Ostburg on 4 March 1919.|Grand_Assembly_of_Zemlia established 1919-03-04|true",
        "State Board of Zemlia|Its work passed to the Grand Assembly of Zemlia, which first convened in November 1924.|Grand_Assembly_of_Zemlia established 1924-11|true",
        "Grand Assembly of Zemlia|The Grand Assembly of Zemlia first met in Ostburg in 1946.|Grand_Assembly_of_Zemlia established 1946|true",
        "Grand Assembly of Zemlia|It met on 18 June 1946.|Grand_Assembly_of_Zemlia established 1946-06-18|false",
        "Grand Assembly of Zemlia|It last met on 18 June 1946.|Grand_Assembly_of_Zemlia established 1946-06-18|false",
    })
    void anOrgansFirstMeetingBeginsIt(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, "The " + title + " is a made-up body of Zemlia. " + text, fact, holds, tmp);
    }
}
