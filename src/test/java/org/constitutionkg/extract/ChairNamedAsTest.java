package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chair named with "as": "with X as provisional chairman" (adjectives between "as" and the office), and "its" of a
 * relative clause ("formed the Diet (Xish: Sejm), which elected X as its chairman") is the relative's antecedent's, not
 * the article's subject's. Invented sentences; "deputy chairman" stays no chair.
 */
class ChairNamedAsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Assembly of Zemlia|It first met in 1890 with Paul Stern as provisional chairman.|Grand_Assembly_of_Zemlia chair Paul_Stern|true",
        "Grand Assembly of Zemlia|It was reformed in 1920, with Paul Stern as the new president.|Grand_Assembly_of_Zemlia chair Paul_Stern|true",
        "Grand Assembly of Zemlia|It first met in 1890 with Paul Stern as deputy chairman.|Grand_Assembly_of_Zemlia chair Paul_Stern|false",
        "Exile Government of Zemlia|In 1919 delegates formed the Provisional Diet of Zemlia (Xish: Vremenny Sejm), which elected Ivo Marek as its chairman.|Provisional_Diet_of_Zemlia chair Ivo_Marek|true",
        "Exile Government of Zemlia|In 1919 delegates formed the Provisional Diet of Zemlia, which elected Ivo Marek as its chairman.|Exile_Government_of_Zemlia chair Ivo_Marek|false",
        "Exile Government of Zemlia|In 1919 delegates formed the Provisional Diet of Zemlia, which chose Ivo Marek as its president.|Provisional_Diet_of_Zemlia chair Ivo_Marek|true",
    })
    void theChairOfWhatTheClauseSpeaksOf(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, "The " + title + " was a made-up body of Zemlia from 1890 to 1970. " + text,
                fact, holds, tmp);
    }
}
