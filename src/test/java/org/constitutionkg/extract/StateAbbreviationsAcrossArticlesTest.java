package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names that hold across articles. An abbreviation that one article defines for a state ("the Xland Soviet Republic (XSR)") names that state in
 * another article that does not define it: "the Central Executive Committee of the XSR" is the committee of the Xland
 * Soviet Republic, one resource with its full name, and of that state's jurisdiction. Invented articles.
 */
class StateAbbreviationsAcrossArticlesTest {

    @Test
    void anAbbreviationOfAStateHoldsInEveryArticle(@TempDir Path tmp) throws Exception {
        Path state = Files.writeString(tmp.resolve("01_state.txt"),
                "= Xland Soviet Republic =\n\nThe Xland Soviet Republic (XSR) was a state from 1920 to 1940.\n");
        Path organ = Files.writeString(tmp.resolve("02_organ.txt"),
                "= Central Executive Committee of the Xland Soviet Republic =\n\nThe Central Executive Committee of "
                + "the Xland Soviet Republic was a body. The Presidium of the Central Executive Committee of the XSR "
                + "had nine members.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(state, organ), Pipeline.DEFAULT_BASE,
                p -> { }).dataset().getUnionModel().getGraph());
        assertTrue(facts.contains("Presidium_of_the_Central_Executive_Committee_of_the_XSR partOf "
                + "Central_Executive_Committee_of_the_Xland_Soviet_Republic"), () -> String.join("\n", facts));
        assertTrue(facts.contains("Presidium_of_the_Central_Executive_Committee_of_the_XSR jurisdiction "
                + "Xland_Soviet_Republic"), () -> String.join("\n", facts));
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Central_Executive_Committee_of_the_XSR ")),
                () -> String.join("\n", facts));
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("XSR ")), () -> String.join("\n", facts));
    }

    /**
     * A session named short in its body's article ("the 5th Congress") is the session of the long name there, and
     * still the one another article of that state names short ("the Fifth Congress").
     */
    @Test
    void aShortSessionNameHoldsInEveryArticle(@TempDir Path tmp) throws Exception {
        Path body = Files.writeString(tmp.resolve("01_body.txt"), "= Congress of Soviets of the Republic of Xland =\n\n"
                + "It was the supreme organ of the Republic of Xland.\n\n== History ==\nIn 1925 the 5th Congress met in "
                + "Ytown. The 5th Congress of Soviets of the Republic of Xland adopted the Charter of Xland.\n");
        Path other = Files.writeString(tmp.resolve("02_other.txt"), "= Executive Committee of the Republic of Xland =\n\n"
                + "It was a body of the Republic of Xland. In 1925 the Fifth Congress elected the Executive Committee of "
                + "the Republic of Xland.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(body, other), Pipeline.DEFAULT_BASE,
                p -> { }).dataset().getUnionModel().getGraph());
        assertTrue(facts.contains("Executive_Committee_of_the_Republic_of_Xland electedBy "
                + "5th_Congress_of_Soviets_of_the_Republic_of_Xland"), () -> String.join("\n", facts));
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("5th_Congress ") || f.startsWith("Fifth_Congress ")),
                () -> String.join("\n", facts));
    }
}
