package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.article.Problem;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden extraction tests: every folder {@code src/test/resources/extract/<case>/} holding {@code input.txt} and
 * {@code expected.ttl} is one test. The input is built through {@link Pipeline#build}; the union of the article
 * named graphs (the facts, without provenance and ontology) must be isomorphic to {@code expected.ttl}.
 * <p>
 * {@code mvn -o -q test -Dtest=GoldenExtractionTest -Dgolden.update=true} (re)writes every {@code expected.ttl}
 * from the actual output instead of asserting. Each rewritten file must then be read and checked against its input
 * by hand: a golden file is only as good as that check.
 * <p>
 * A second factory checks that every rule of {@code prose-rules.txt} has a folder {@code prose-<rule id>}, except
 * the rules listed in {@code KNOWN_GAPS.txt} (one rule id per line, {@code # reason}).
 */
class GoldenExtractionTest {

    static final Path CASES = Path.of("src", "test", "resources", "extract");
    static final String BASE = "https://w3id.org/constitution-kg/id/";
    static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** Optional regex over folder names ({@code -Dgolden.case=infobox-.*}) to run or update only some cases. */
    static final String ONLY = System.getProperty("golden.case", "");
    private static final String RULES = "/org/constitutionkg/extract/prose-rules.txt";

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> folders = caseFolders();
        assertTrue(!folders.isEmpty(), "no golden folders under " + CASES.toAbsolutePath());
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    @TestFactory
    Stream<DynamicTest> everyProseRuleHasAGoldenFolder() throws IOException {
        List<String> ids = ruleIds();
        Map<String, String> gaps = knownGaps();
        List<DynamicTest> tests = new ArrayList<>();
        for (String gap : gaps.keySet()) {
            tests.add(DynamicTest.dynamicTest("KNOWN_GAPS entry " + gap, () -> {
                assertTrue(ids.contains(gap), "KNOWN_GAPS.txt names \"" + gap + "\", which is not a rule id in "
                        + RULES);
                assertTrue(!Files.exists(CASES.resolve("prose-" + gap).resolve("expected.ttl")),
                        "rule " + gap + " has a golden folder now: remove it from KNOWN_GAPS.txt");
            }));
        }
        for (String id : ids) {
            if (gaps.containsKey(id)) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest("rule " + id, () -> {
                Path folder = CASES.resolve("prose-" + id);
                assertTrue(Files.isRegularFile(folder.resolve("input.txt"))
                                && Files.isRegularFile(folder.resolve("expected.ttl")),
                        "prose rule \"" + id + "\" has no golden folder " + folder + " with input.txt and expected.ttl"
                                + " (add one, or list the rule in " + CASES.resolve("KNOWN_GAPS.txt")
                                + " with a # reason)");
            }));
        }
        return tests.stream();
    }

    /** Synonymous infobox keys (Formed/Established, Dissolved/Disbanded, Preceding1/Preceded By, ...) state the same. */
    @Test
    void synonymousInfoboxKeysGiveTheSameFacts() {
        Graph a = build(CASES.resolve("infobox-synonyms-a"));
        Graph b = build(CASES.resolve("infobox-synonyms-b"));
        assertTrue(a.size() > 2, "infobox-synonyms-a states facts");
        assertTrue(a.isIsomorphicWith(b), () -> "infobox-synonyms-a and -b differ\n" + diff(a, b));
    }

    private static Graph build(Path folder) {
        return articleGraphs(Pipeline.build(List.of(folder.resolve("input.txt")), BASE, p -> { }).dataset());
    }

    // ---- one case ---------------------------------------------------------------------------------------------

    private static void check(Path folder) throws IOException {
        Path input = folder.resolve("input.txt");
        Path expectedFile = folder.resolve("expected.ttl");
        List<Problem> problems = new ArrayList<>();
        Pipeline.BuildResult result = Pipeline.build(List.of(input), BASE, problems::add);
        String problemText = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(!result.hasErrors(), "errors while building " + input + ":\n" + problemText);
        assertEquals(1, result.articles(), "articles built from " + input);
        Graph actual = articleGraphs(result.dataset());

        if (UPDATE) {
            write(actual, expectedFile);
            return;
        }
        if (!Files.exists(expectedFile)) {
            fail(expectedFile + " is missing; produce it with -Dgolden.update=true and check it by hand. Actual:\n"
                    + turtle(actual));
        }
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(expectedFile).lang(Lang.TURTLE).parse(expected);
        if (!expected.isIsomorphicWith(actual)) {
            fail("facts extracted from " + input + " differ from " + expectedFile + "\n"
                    + diff(expected, actual)
                    + "\n---- expected ----\n" + turtle(expected)
                    + "\n---- actual ----\n" + turtle(actual)
                    + (problemText.isEmpty() ? "" : "\n---- problems ----\n" + problemText));
        }
    }

    /** The union of the article named graphs: the facts, without provenance and ontology. */
    static Graph articleGraphs(Dataset ds) {
        Graph union = GraphFactory.createDefaultGraph();
        for (Iterator<String> it = ds.listNames(); it.hasNext(); ) {
            String name = it.next();
            if (Graphs.isArticleGraph(BASE, name)) {
                ds.getNamedModel(name).getGraph().find().forEachRemaining(union::add);
            }
        }
        return union;
    }

    /** Sorted N-Triples lines only in expected ("-") and only in actual ("+"). */
    static String diff(Graph expected, Graph actual) {
        TreeSet<String> e = ntriples(expected);
        TreeSet<String> a = ntriples(actual);
        StringBuilder b = new StringBuilder("---- only in expected (-) / only in actual (+) ----\n");
        e.stream().filter(l -> !a.contains(l)).forEach(l -> b.append("- ").append(l).append('\n'));
        a.stream().filter(l -> !e.contains(l)).forEach(l -> b.append("+ ").append(l).append('\n'));
        return b.toString();
    }

    private static TreeSet<String> ntriples(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, g, Lang.NTRIPLES);
        return w.toString().lines().filter(l -> !l.isBlank()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Model withPrefixes(Graph g) {
        Model m = ModelFactory.createModelForGraph(g);
        Model out = ModelFactory.createDefaultModel();
        out.add(m);
        out.setNsPrefix("ckg", CKG.NS);
        out.setNsPrefix("id", BASE);
        out.setNsPrefix("rdf", RDF.uri);
        out.setNsPrefix("rdfs", RDFS.uri);
        out.setNsPrefix("skos", SKOS.uri);
        out.setNsPrefix("xsd", XSD.NS);
        return out;
    }

    static String turtle(Graph g) {
        StringWriter w = new StringWriter();
        RDFDataMgr.write(w, withPrefixes(g), RDFFormat.TURTLE_PRETTY);
        return w.toString();
    }

    private static void write(Graph g, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("# Facts extracted from input.txt (union of the article graphs). Written by GoldenExtractionTest"
                    + " with -Dgolden.update=true,\n# then checked by hand against input.txt.\n")
                    .getBytes(StandardCharsets.UTF_8));
            RDFDataMgr.write(out, withPrefixes(g), RDFFormat.TURTLE_PRETTY);
        }
    }

    // ---- data ---------------------------------------------------------------------------------------------------

    static List<Path> caseFolders() throws IOException {
        try (Stream<Path> s = Files.list(CASES)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> Files.isRegularFile(p.resolve("input.txt")))
                    .filter(p -> UPDATE || Files.isRegularFile(p.resolve("expected.ttl")))
                    .filter(p -> ONLY.isEmpty() || p.getFileName().toString().matches(ONLY))
                    .sorted()
                    .toList();
        }
    }

    static List<String> ruleIds() throws IOException {
        try (InputStream in = Objects.requireNonNull(GoldenExtractionTest.class.getResourceAsStream(RULES), RULES)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(l -> l.startsWith("rule "))
                    .map(l -> l.substring(5).strip())
                    .toList();
        }
    }

    static Map<String, String> knownGaps() {
        Path file = CASES.resolve("KNOWN_GAPS.txt");
        Map<String, String> gaps = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return gaps;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                int hash = s.indexOf('#');
                String id = (hash < 0 ? s : s.substring(0, hash)).strip();
                String reason = hash < 0 ? "" : s.substring(hash + 1).strip();
                assertTrue(!reason.isEmpty(), "KNOWN_GAPS.txt: \"" + id + "\" needs a # reason");
                gaps.put(id, reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gaps;
    }
}
