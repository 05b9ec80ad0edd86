package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of members as a compound adjective ("a fifteen-member council", "a 120-seat chamber"): of the name it stands
 * before, of the subject of a copula, or of the name an apposition is set off after; not of a group sent somewhere.
 * Invented sentences.
 */
class CompoundCountsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|The Grand Council of Xland was a fifteen-member body.|Grand_Council_of_Xland memberCount 15",
        "Grand Council of Xland|It elected a 15-member Presidium of Xland.|Presidium_of_Xland memberCount 15",
        "Grand Council of Xland|The Senate of Xland, a 120-seat chamber, met in Ytown.|Senate_of_Xland memberCount 120",
        "Grand Council of Xland|In 1920 the council became a nine-member body.|Grand_Council_of_Xland memberCount 9",
        "Grand Council of Xland|It is a 300-member unicameral body.|Grand_Council_of_Xland memberCount 300",
    })
    void aCompoundCountsMembers(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|It sent a five-member delegation to the Senate of Xland.|Grand_Council_of_Xland memberCount 5",
        "Grand Council of Xland|It sent a five-member delegation to the Senate of Xland.|Senate_of_Xland memberCount 5",
        "Grand Council of Xland|A one-member commission of the council met once.|Grand_Council_of_Xland memberCount 1",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
