package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A preposition that opens a sentence opens no name (sentence-openers.txt: "Over the winter ..."), and a regnal
 * numeral's full stop ends a sentence, no initial ("King Otto II. Since 1848 ...", name-cleanups.tsv). Invented
 * sentences.
 */
class SentenceEdgeNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Over the winter a committee of the assembly drafted the Charter of Zemlia.|Over",
        "Amid the unrest a committee of the assembly drafted the Charter of Zemlia.|Amid",
        "Despite protests a committee of the assembly drafted the Charter of Zemlia.|Despite",
        "Toward the end of 1848 a committee of the assembly drafted the Charter of Zemlia.|Toward",
    })
    void noNameOpensWithAPreposition(String sentence, String junk, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Grand Assembly of Zemlia", sentence, tmp);
        String text = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith(junk + " ") || f.startsWith(junk + "_")), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its members were appointed for life by King Otto II. Since 1848 they have been elected.|Otto_II",
        "Until 1848 it was chaired by King Otto II. In 1848 an elected speaker replaced him.|Otto_II",
        "Its first president was Prince Karl III. After his death the office passed to his son.|Karl_III",
    })
    void aNumeralsFullStopEndsTheName(String sentence, String person, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Grand Assembly of Zemlia", sentence, tmp);
        String text = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.matches(person + "\\._\\S+ .*")), text);
        assertTrue(facts.stream().anyMatch(f -> f.matches("(?:King_|Prince_)?" + person + " rdf:type Person")), text);
    }
}
