package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name in another language, or its English gloss, alone in parentheses after a name ("the Federal Act
 * (Bundesakte)", "the Landtag of Xland (State Diet)"): another name of it, tagged "und" unless it is English; never a
 * place, a state or a person in parentheses. Invented names.
 */
class UnlabelledGlossesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Federal Diet of Veldia|The Federal Diet of Veldia (Bundesversammlung) met in Ytown.|Federal_Diet_of_Veldia altLabel Bundesversammlung",
        "Federal Diet of Veldia|It was created by the Federal Act (Bundesakte) in 1815.|Federal_Act altLabel Bundesakte",
        "Federal Diet of Veldia|It met as the Plenary Assembly (Plenum) and as a smaller council.|Plenary_Assembly altLabel Plenum",
        "Federal Diet of Veldia|The Landtag of Xland (State Diet) had two chambers.|Landtag_of_Xland altLabel State Diet",
        "Federal Diet of Veldia|The Federal Diet of Veldia, which the Federal Act (Bundesakte) created, met in Ytown.|Federal_Act altLabel Bundesakte",
    })
    void aGlossIsAnotherName(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Federal Diet of Veldia|It was chaired by the envoy of the Kingdom of Xland (Ivan Petrov).|Kingdom_of_Xland altLabel Ivan Petrov",
        "Federal Diet of Veldia|It was created by the Federal Act (Kingdom of Xland).|Federal_Act altLabel Kingdom of Xland",
        "Federal Diet of Veldia|The diet met in the Ducal Palace (Ytown) from 1816.|Ducal_Palace altLabel Ytown",
        "Federal Diet of Veldia|The Liberal Party of Xland (Liberals) won the election.|Liberal_Party_of_Xland altLabel Liberals",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
