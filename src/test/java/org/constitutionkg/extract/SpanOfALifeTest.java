package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.constitutionkg.article.Problem;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A thing with one founding and one end (single-valued dates) that the text gives two lives: the two dates kept are in
 * order. An infobox date stays, and an end of the text before it is dropped with a warning (it is of an earlier life);
 * between dates of the text only, the founding that comes before the end is kept. Invented articles, the earlier life
 * told in several constructions.
 */
class SpanOfALifeTest {

    private static Set<String> build(Path tmp, String text, List<Problem> problems) throws Exception {
        Path a = Files.writeString(tmp.resolve("01_case.txt"), text);
        return ExtractionCases.facts(Pipeline.build(List.of(a), Pipeline.DEFAULT_BASE, problems::add)
                .dataset().getUnionModel().getGraph());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A first Board of Audit was set up in 1851. It was abolished in 1863.",
        "A first Board of Audit was set up in 1851 and was abolished in 1863.",
        "The regent set up a first board in 1851. The regent abolished it in 1863.",
        "An earlier board existed from 1851; the assembly abolished it in 1863.",
    })
    void anInfoboxFoundingKeepsAndAnEarlierEndGoes(String history, @TempDir Path tmp) throws Exception {
        List<Problem> problems = new ArrayList<>();
        Set<String> facts = build(tmp, "= Board of Audit (Zemlia) =\n\nInfobox\n- Established: 1931\n- Jurisdiction: "
                + "Zemlia\n\nThe Board of Audit is the made-up audit court of Zemlia.\n\n== History ==\n" + history + "\n",
                problems);
        String text = String.join("\n", facts);
        assertTrue(facts.contains("Board_of_Audit_(Zemlia) established 1931"), text);
        assertFalse(facts.contains("Board_of_Audit_(Zemlia) disbanded 1863"), text);
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("disbanded") && p.message().contains("dropping 1863")),
                problems.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Board of Audit was founded in 1931. It had first been set up in 1851 and was abolished in 1863.",
        "The Board of Audit was founded in 1931. It was first founded in 1851, and it was dissolved in 1863.",
        "The Board of Audit was set up in 1931. Earlier, it had been set up in 1851; it was abolished in 1863.",
        "The Board of Audit was created in 1931. It had been created once before, in 1851, and was dissolved in 1863.",
    })
    void aFoundingOfTheTextBeforeTheEndIsKept(String lead, @TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Board of Audit (Zemlia) =\n\n" + lead + "\n", new ArrayList<>());
        String text = String.join("\n", facts);
        assertTrue(facts.contains("Board_of_Audit_(Zemlia) disbanded 1863"), text);
        assertTrue(facts.contains("Board_of_Audit_(Zemlia) established 1851"), text);
    }
}
