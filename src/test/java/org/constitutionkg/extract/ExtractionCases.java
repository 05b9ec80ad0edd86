package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;

/**
 * Builds a one-sentence article through the whole pipeline and lists its facts as "subject property object" with
 * local names of the data IRIs (or a literal's lexical form): the harness of the CheckList-style extraction tests.
 */
final class ExtractionCases {

    private ExtractionCases() {
    }

    /** Asserts that the article graph of such an article holds {@code expected}, listing what it holds if not. */
    static void assertStates(String title, String sentence, String expected, Path tmp) throws Exception {
        Set<String> facts = articleFacts(title, sentence, tmp);
        assertTrue(facts.contains(expected), () -> expected + " not in\n" + String.join("\n", facts));
    }

    /** Asserts that no graph of the build of such an article holds {@code unexpected}. */
    static void assertDoesNotState(String title, String sentence, String unexpected, Path tmp) throws Exception {
        Set<String> facts = allFacts(title, sentence, tmp);
        assertFalse(facts.contains(unexpected), () -> unexpected + " stated in\n" + String.join("\n", facts));
    }

    /**
     * {@link #assertStates} when {@code holds}, else {@link #assertDoesNotState}: the two of one table of cases ("X
     * states F" and "X does not state G").
     */
    static void assertFact(String title, String sentence, String fact, boolean holds, Path tmp) throws Exception {
        if (holds) {
            assertStates(title, sentence, fact, tmp);
        } else {
            assertDoesNotState(title, sentence, fact, tmp);
        }
    }

    /** Asserts that no graph of the build states anything that begins with {@code prefix} ("X adopted"). */
    static void assertStatesNone(String title, String sentence, String prefix, Path tmp) throws Exception {
        Set<String> facts = allFacts(title, sentence, tmp);
        assertTrue(facts.stream().noneMatch(f -> f.startsWith(prefix + " ")),
                () -> prefix + " stated in\n" + String.join("\n", facts));
    }

    /** The facts of the article graph of an article of that title whose history section is {@code sentence}. */
    static Set<String> articleFacts(String title, String sentence, Path tmp) throws Exception {
        return facts(build(title, sentence, tmp).getNamedModel(Graphs.articleGraph(Pipeline.DEFAULT_BASE, "01_case"))
                .getGraph());
    }

    /** Every fact of the build (all graphs) of such an article. */
    static Set<String> allFacts(String title, String sentence, Path tmp) throws Exception {
        return facts(build(title, sentence, tmp).getUnionModel().getGraph());
    }

    /** Asserts that the build of an article with one infobox field holds {@code expected} (or, if not {@code holds}, not). */
    static void assertInfobox(String title, String field, String fact, boolean holds, Path tmp) throws Exception {
        Set<String> facts = infoboxFacts(title, List.of(field), tmp);
        assertTrue(facts.contains(fact) == holds, () -> fact + (holds ? " not in\n" : " stated in\n")
                + String.join("\n", facts));
    }

    /**
     * The lines of a test case written on one line with " // " between them ("Infobox // - Houses: A, B // // X was
     * ..."), an empty line where two separators meet.
     */
    static String lines(String oneLine) {
        return oneLine.replace(" // ", "\n").replace("// ", "\n");
    }

    /** Asserts that the build of one article of the whole {@code text} holds {@code fact} (or, if not {@code holds}, not). */
    static void assertArticle(String text, String fact, boolean holds, Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), text);
        Set<String> facts = facts(Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset()
                .getUnionModel().getGraph());
        assertTrue(facts.contains(fact) == holds, () -> fact + (holds ? " not in\n" : " stated in\n")
                + String.join("\n", facts));
    }

    /** Asserts that the build of an article whose lead is {@code lead} (no other text) holds {@code fact} (or not). */
    static void assertLead(String title, String lead, String fact, boolean holds, Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= " + title + " =\n\n" + lead + "\n");
        Set<String> facts = facts(Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset()
                .getUnionModel().getGraph());
        assertTrue(facts.contains(fact) == holds, () -> fact + (holds ? " not in\n" : " stated in\n")
                + String.join("\n", facts));
    }

    /** The same, for an article with an infobox of {@code fields} ("Key: Value" lines) before its lead. */
    static Set<String> infoboxFacts(String title, List<String> fields, Path tmp) throws Exception {
        StringBuilder text = new StringBuilder("= " + title + " =\n\n" + title + "\n");
        fields.forEach(f -> text.append("- ").append(f).append('\n'));
        text.append('\n').append(title).append(" is a made-up example.\n");
        Path article = Files.writeString(tmp.resolve("01_case.txt"), text);
        return facts(Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel()
                .getGraph());
    }

    private static org.apache.jena.query.Dataset build(String title, String sentence, Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= " + title + " =\n\n" + title
                + " is a made-up example.\n\n== History ==\n" + sentence + "\n");
        return Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset();
    }

    static Set<String> facts(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(local(t.getSubject()) + " " + local(t.getPredicate()) + " "
                + local(t.getObject())));
        return out;
    }

    private static String local(Node n) {
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm();
        }
        if (!n.isURI()) {
            return n.toString();
        }
        String u = n.getURI();
        if (u.startsWith(Pipeline.DEFAULT_BASE)) {
            return u.substring(Pipeline.DEFAULT_BASE.length());
        }
        if (u.startsWith(CKG.NS)) {
            return u.substring(CKG.NS.length());
        }
        if (u.equals(org.apache.jena.vocabulary.SKOS.altLabel.getURI())) {
            return "altLabel";
        }
        return u.equals(org.apache.jena.vocabulary.RDF.type.getURI()) ? "rdf:type" : u;
    }
}
