package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A numbered body the article says succeeds or precedes its subject ("- Succeeded by: First Zemlian Congress" in the
 * article on the "Provisional Zemlian Congress") is another body's sitting, never one of the subject's, and its
 * unnumbered name is no name of the subject. Invented infobox values, several keys and names.
 */
class SuccessorIsNoSittingTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "Provisional Zemlian Congress, Succeeded by: First Zemlian Congress, First_Zemlian_Congress, Zemlian Congress",
        "Provisional Zemlian Congress, Successor: First Zemlian Congress, First_Zemlian_Congress, Zemlian Congress",
        "Interim Vardic Diet, Succeeded by: 1st Vardic Diet, 1st_Vardic_Diet, Vardic Diet",
        "Transitional Ostrian Assembly, Preceded by: First Ostrian Assembly, First_Ostrian_Assembly, Ostrian Assembly",
    })
    void aSuccessorIsNoSittingOfTheSubject(String title, String field, String other, String shortName, @TempDir Path tmp)
            throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts(title, List.of(field), tmp);
        String text = String.join("\n", facts);
        String subject = title.replace(' ', '_');
        assertFalse(facts.contains(other + " sessionOf " + subject), text);
        assertFalse(facts.contains(other + " partOf " + subject), text);
        assertFalse(facts.contains(subject + " altLabel " + shortName), text);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith(subject + " ") && f.endsWith(" " + other)), text);
    }
}
