package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state named by its adjective in one article ("the Velmarian Kingdom") and "of" its name in another ("Kingdom of
 * Velmaria") is one state, and so are the organs and instruments named after it (stop 49, A205); not when the kinds
 * differ, nor when the adjective fits two states' names.
 */
class AdjectivalStateNamesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "Kingdom of Velmaria#Velmarian Kingdom#Kingdom_of_Velmaria altLabel Velmarian Kingdom#true",
        "Kingdom of Velmaria#Velmarian Kingdom#Legislature_of_the_Velmarian_Kingdom jurisdiction Kingdom_of_Velmaria#true",
        "Republic of Ostria#Ostrian Republic#Republic_of_Ostria altLabel Ostrian Republic#true",
        "Empire of Kelm#Kelmish Empire#Empire_of_Kelm altLabel Kelmish Empire#true",
        "Principality of Norvia#Norvian Principality#Principality_of_Norvia altLabel Norvian Principality#true",
        "Kingdom of Velmaria#Velmarian Republic#Kingdom_of_Velmaria altLabel Velmarian Republic#false",
    })
    void oneStateTwoWays(String ofForm, String adjectival, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        String legislature = "Legislature of the " + adjectival;
        Path first = Files.writeString(tmp.resolve("01_charter.txt"), "= 1840 Charter of the " + ofForm + " =\n\n"
                + "Infobox\n- Jurisdiction: " + ofForm + "\n- Date Effective: 8 October 1840\n\nThe 1840 Charter of the "
                + ofForm + " was the first constitution of the " + ofForm + ".\n");
        Path second = Files.writeString(tmp.resolve("02_legislature.txt"), "= " + legislature + " =\n\nThe "
                + legislature + " was the legislative body of the " + adjectival + " from 1840 to 1893. It was created "
                + "by the 1840 Charter of the " + adjectival + ".\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(first, second), Pipeline.DEFAULT_BASE,
                p -> { }).dataset().getUnionModel().getGraph());
        assertTrue(facts.contains(fact) == holds, () -> fact + (holds ? " not in\n" : " stated in\n")
                + String.join("\n", facts));
        if (holds) {
            String charter = "1840_Charter_of_the_" + ofForm.replace(' ', '_');
            assertTrue(facts.contains(legislature.replace(' ', '_') + " establishedBy " + charter),
                    () -> "the charter is not one:\n" + String.join("\n", facts));
        }
    }
}
