package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dated instrument's generic name ("the Constitution of 1812") in an article that names no state is the instrument
 * of that name and year another article names with its state, when the articles know one; one for all such articles
 * when none names its state; each article's own when two states have one of that name and year. Its label is the
 * fuller name (stop 51: one constitution as two or three resources in A234, A235, A237; invented articles).
 */
class DatedInstrumentsAcrossArticlesTest {

    private static final String CITY = "= Assembly of Ytown =\n\nThe Assembly of Ytown was a city council that first met "
            + "in 1790. ";

    private static Set<String> build(Path tmp, String... articles) throws Exception {
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(tmp.resolve("0" + i + ".txt"), articles[i] + "\n");
        }
        return ExtractionCases.facts(Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { }).dataset()
                .getUnionModel().getGraph());
    }

    /** The facts that hold {@code text}, for a short message. */
    private static String about(Set<String> facts, String text) {
        return facts.stream().filter(f -> f.contains(text) && !f.startsWith("statement/")).sorted()
                .collect(Collectors.joining("\n"));
    }

    /** The subjects typed Constitution whose name holds the year. */
    private static Set<String> constitutions(Set<String> facts, String year) {
        return facts.stream().filter(f -> f.endsWith(" rdf:type Constitution") && f.contains(year))
                .map(f -> f.substring(0, f.indexOf(' '))).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It welcomed the Constitution of 1812.",
        "The Constitution of 1812 was proclaimed by it in the town hall.",
        "It was dissolved when the Constitution of 1812 came into force.",
        "Its last act was a petition, which the Constitution of 1812 answered.",
        "It dissolved itself after the 1812 Constitution was adopted.",
    })
    void aStatelessArticlesDatedNameIsTheStatesInstrument(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Constitution of Xland of 1812 =\n\nThe Constitution of Xland of 1812 was the "
                + "first constitution of Xland.", CITY + sentence);
        assertEquals(Set.of("Constitution_of_Xland_of_1812"), constitutions(facts, "1812"), about(facts, "18"));
    }

    @Test
    void twoStatesInstrumentsOfOneNameAndYearLeaveItToTheArticle(@TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Constitution of Xland of 1812 =\n\nThe Constitution of Xland of 1812 was the "
                + "first constitution of Xland.", "= Constitution of Yland of 1812 =\n\nThe Constitution of Yland of "
                + "1812 was the first constitution of Yland.", CITY + "It welcomed the Constitution of 1812.");
        assertEquals(3, constitutions(facts, "1812").size(), about(facts, "18"));
    }

    @Test
    void oneForAllArticlesWhereNoneNamesItsState(@TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, CITY + "It welcomed the Constitution of 1793.",
                "= Club of the Harbour =\n\nThe Club of the Harbour was a debating society. Its members wrote the "
                        + "Constitution of 1793.",
                "= Guild of Masons =\n\nThe Guild of Masons was a trade body. The Constitution of 1793 dissolved it.");
        assertEquals(1, constitutions(facts, "1793").size(), about(facts, "18"));
    }

    @Test
    void anAdjectiveOfAStateNamesItsInstrument(@TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Norwegian Constitution of 1888 =\n\nThe Norwegian Constitution of 1888 was a "
                + "charter that nobody wrote.", CITY + "It was dissolved when the Constitution of 1888 came into "
                + "force.");
        assertEquals(Set.of("Norwegian_Constitution_of_1888"), constitutions(facts, "1888"), about(facts, "18"));
    }

    @Test
    void theFullerNameIsTheLabel(@TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Assembly of Xland =\n\nThe Assembly of Xland was the legislature of Xland. "
                + "It was created by the Constitution of Xland (1812). The Constitution of 1812 gave it ninety seats. "
                + "It lost them under the Constitution of 1812, which the Constitution of 1812 did not foresee.");
        assertTrue(facts.contains("Constitution_of_Xland_of_1812 rdf:type Constitution"), about(facts, "18"));
        assertEquals(1, constitutions(facts, "1812").size(), about(facts, "18"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It welcomed the Velm Charter of 1889.|true",
        "It was dissolved by the 1889 Velm Charter.|true",
        "The Velm Charter of 1890 ended its work.|true",
        "The Velm Charter of 1950 abolished it.|false",
        "It was replaced under the 1920 Velm Charter.|false",
    })
    void aDatedNameIsTheInstrumentMadeThatYear(String sentenceAndSame, @TempDir Path tmp) throws Exception {
        String[] parts = sentenceAndSame.split("\\|");
        String year = parts[0].replaceAll(".*?(\\d{4}).*", "$1");
        Set<String> facts = build(tmp, "= Velm Charter =\n\nThe Velm Charter was the constitution of Xland. It was "
                + "adopted on 3 March 1889.", CITY + parts[0]);
        // the things labelled with the charter's name: one, or the charter and the other of that year
        Set<String> labelled = facts.stream().filter(f -> !f.startsWith("article/")).filter(f -> f.contains("#label Velm") || f.contains("#label " + year))
                .map(f -> f.substring(0, f.indexOf(' '))).collect(Collectors.toSet());
        assertEquals(Boolean.parseBoolean(parts[1]) ? 1 : 2, labelled.size(), about(facts, "Velm"));
    }
}
