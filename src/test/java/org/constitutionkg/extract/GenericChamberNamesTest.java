package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "First Chamber", "Second Chamber", "Upper Chamber", "Lower Chamber" are names every state's legislature may give its
 * houses (generic-names.txt): two states' are two chambers, each its own body's (stop 51, A241: the chambers of a
 * republic of 1798 and of the kingdom after it were one; invented states).
 */
class GenericChamberNamesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"First Chamber", "Second Chamber", "Upper Chamber", "Lower Chamber"})
    void twoStatesChambersOfOneNameAreTwo(String chamber, @TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "= Grand Moot of Velm =\n\nThe Grand Moot of Velm was the legislature "
                + "of the Republic of Velm from 1798 to 1801. It was divided into a " + chamber + " and a Council of "
                + "Elders.\n");
        Files.writeString(tmp.resolve("b.txt"), "= Diet of Ostria =\n\nThe Diet of Ostria is the legislature of "
                + "the Kingdom of Ostria. It is divided into a " + chamber + " and a Chamber of Burghers.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        String id = chamber.replace(' ', '_');
        // each body has a part of that name, and no part is both bodies'
        List<String> velm = facts.stream().filter(f -> f.startsWith("Grand_Moot_of_Velm hasPart " + id)).toList();
        List<String> ostria = facts.stream().filter(f -> f.startsWith("Diet_of_Ostria hasPart " + id)).toList();
        assertTrue(!velm.isEmpty() && !ostria.isEmpty(), String.join("\n", facts.stream()
                .filter(f -> f.contains("hasPart")).toList()));
        assertFalse(velm.get(0).substring(velm.get(0).lastIndexOf(' ')).equals(
                ostria.get(0).substring(ostria.get(0).lastIndexOf(' '))), velm + " / " + ostria);
    }
}
