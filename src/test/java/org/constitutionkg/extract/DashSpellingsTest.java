package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dash inside a compound word ("Velish–Dornish", "All–Norland") is kept in labels as the text writes it, and
 * compares as a hyphen: the two spellings name one resource, whose IRI has the hyphen, with both labels (invented).
 */
class DashSpellingsTest {

    private static final String LABEL = "http://www.w3.org/2000/01/rdf-schema#label";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Velish–Dornish Republic|The Velish–Dornish Republic was a state.|Velish-Dornish_Republic " + LABEL + " Velish–Dornish Republic",
        "Velish–Dornish Republic|The Velish-Dornish Republic was a state.|Velish-Dornish_Republic altLabel Velish-Dornish Republic",
        "Grand Council of Xland|The Grand Council of Xland was elected by the Fifth All–Norland Congress of Councils.|Grand_Council_of_Xland electedBy Fifth_All-Norland_Congress_of_Councils",
        "Grand Council of Xland|The Fifth All–Norland Congress of Councils elected the Grand Council of Xland. The Fifth All-Norland Congress of Councils met in Xtown.|Fifth_All-Norland_Congress_of_Councils location Xtown",
        "Grand Council of Xland|The Fifth All–Norland Congress of Councils elected the Grand Council of Xland.|Fifth_All-Norland_Congress_of_Councils " + LABEL + " Fifth All–Norland Congress of Councils",
    })
    void aDashIsKeptAndComparesAsAHyphen(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }
}
