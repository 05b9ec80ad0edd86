package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count of members as a compound adjective ("a fifteen-member council", "a 120-seat chamber"): of the name it stands
 * before, of the subject of a copula, or of the name an apposition is set off after; not of a group sent somewhere.
 * Delegates who attended, gathered or took part count what they attended (else what the text speaks of, never the
 * place they gathered in); "its nine members" are what "its" is; "twenty-one" is one number.
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
        // delegates who attended, members counted after "its", numbers written with a hyphen
        "Third Congress of Xland|In all, 612 delegates attended.|Third_Congress_of_Xland memberCount 612",
        "Third Congress of Xland|Some 300 deputies took part in the Third Congress of Xland.|Third_Congress_of_Xland memberCount 300",
        "Third Congress of Xland|About 450 delegates gathered in Ytown for the congress.|Third_Congress_of_Xland memberCount 450",
        "State Committee of Xland|The committee was formed in 1941. Its nine members met daily.|State_Committee_of_Xland memberCount 9",
        "State Committee of Xland|Its twenty-one members met daily.|State_Committee_of_Xland memberCount 21",
        "State Committee of Xland|The committee had thirty-five members.|State_Committee_of_Xland memberCount 35",
        // the nouns of count-nouns.txt: councillors, plenipotentiaries (not ministers or senators: they may count a
        // part of another body)
        "Provincial Council of Xland|The Provincial Council of Xland had 48 councillors.|Provincial_Council_of_Xland memberCount 48",
        "Federal Council of Xland|The Federal Council of Xland was made up of 40 plenipotentiaries.|Federal_Council_of_Xland memberCount 40",
        "State Council of Xland|Half of its 120 councillors were appointed by the king.|State_Council_of_Xland memberCount 120",
        "Federal Council of Xland|The Federal Council of Xland met in Ytown; its 61 plenipotentiaries voted by state.|Federal_Council_of_Xland memberCount 61",
    })
    void aCompoundCountsMembers(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|It sent a five-member delegation to the Senate of Xland.|Grand_Council_of_Xland memberCount 5",
        "Third Congress of Xland|In 1921, 200 deputies took the oath.|Third_Congress_of_Xland memberCount 200",
        "Third Congress of Xland|About 450 delegates gathered in Ytown for the congress.|Ytown memberCount 450",
        "Diet of Xland|Only 40 deputies attended the emergency sitting.|Diet_of_Xland memberCount 40",
        "Diet of Xland|The Liberal Party and the Agrarian Party kept their 45 seats.|Diet_of_Xland memberCount 45",
        "Grand Council of Xland|It sent a five-member delegation to the Senate of Xland.|Senate_of_Xland memberCount 5",
        "Grand Council of Xland|A one-member commission of the council met once.|Grand_Council_of_Xland memberCount 1",
        "Grand Council of Xland|In 1950 the Grand Council of Xland appointed its 24 ministers.|Grand_Council_of_Xland memberCount 24",
        "Grand Council of Xland|In the Grand Council of Xland 12 ministers and 30 senators sat together.|Grand_Council_of_Xland memberCount 30",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
