package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.link.Federation;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.server.SparqlServer;
import org.constitutionkg.validate.ShapesValidator;
import org.constitutionkg.validate.Withholding;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publish what holds, withhold what does not: a mixed input of invented articles (a good one, one that contradicts
 * it, a title-only file, one whose only claim violates a shape) is published without the bad facts, which are kept
 * with their source lines and reasons; {@code --strict} refuses it; the site lists them on {@code /quality}.
 */
class WithholdingTest {

    private static final Path MIXED = Path.of("src/test/resources/withholding/mixed");
    private static final Path UNDATED = Path.of("src/test/resources/withholding/undated");
    private static final String STRICT_SHAPES = "src/test/resources/shapes/strict";
    private static final String ID = Pipeline.DEFAULT_BASE;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theGoodFactsArePublishedAndTheBadOnesWithheldWithTheirSources(@TempDir Path tmp) throws Exception {
        Path dist = tmp.resolve("dist");
        CliRun r = CliRun.of("build", "--input", MIXED.toString(), "--out", dist.toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.err().contains("withheld 2 facts of 2 articles (" + dist.resolve(Quality.WITHHELD) + ")"),
                r.err());
        // the violations are printed with their source lines before they are withheld
        assertTrue(r.err().contains(MIXED.resolve("02_contradicts.txt") + ":4: \"- Disbanded: 1915\""), r.err());
        assertTrue(r.err().contains(MIXED.resolve("04_only_bad.txt") + ":4: \"- Parties: Council of Elders of "
                + "Norland\""), r.err());
        assertTrue(r.err().contains(MIXED.resolve("03_title_only.txt") + ":1: warning: nothing could be extracted"),
                r.err());

        String ttl = Files.readString(dist.resolve("constitution-kg.ttl"));
        assertTrue(ttl.contains("\"1921-03-12\"^^xsd:date"), "a good fact is published");
        assertTrue(ttl.contains("id:Treaty_of_the_Lakes"), "the rest of the treaty's article is published");
        assertFalse(ttl.contains("\"1915\""), "the contradicting date is withheld");
        assertFalse(ttl.contains("ckg:party"), "the party that is not a polity is withheld");

        Graph withheld = parse(dist.resolve(Quality.WITHHELD));
        List<Node> statements = withheld.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode())
                .mapWith(Triple::getSubject).toList();
        assertEquals(2, statements.size());
        Node date = statementOf(withheld, CKG.disbanded.asNode());
        assertEquals("4", one(withheld, date, CKG.sourceLine.asNode()).getLiteralLexicalForm());
        assertEquals("- Disbanded: 1915", one(withheld, date, CKG.sourceText.asNode()).getLiteralLexicalForm());
        Node article = one(withheld, date, CKG.sourceArticle.asNode());
        assertEquals("02_contradicts.txt", one(withheld, article, CKG.fileName.asNode()).getLiteralLexicalForm());
        Node reason = one(withheld, date, CKG.withheldBy.asNode());
        assertTrue(one(withheld, reason, sh("resultMessage")).getLiteralLexicalForm()
                .contains("disbanded (1915) before it was established (1921-03-12)"));
        assertEquals("https://w3id.org/constitution-kg/shapes#DisbandedAfterEstablishedShape",
                one(withheld, reason, sh("sourceShape")).getURI());

        ValidationReport report = ValidationReport.fromGraph(parse(dist.resolve(Quality.REPORT)));
        // (the party that is not a polity twice: by the treaty's shape and by the range of ckg:party)
        assertEquals(3, report.getEntries().size(), "the report of the graph as built");

        String sums = Files.readString(dist.resolve("SHA256SUMS"));
        assertTrue(sums.contains("  " + Quality.WITHHELD + "\n") && sums.contains("  " + Quality.REPORT + "\n"), sums);
    }

    @Test
    void withholdingIsAFixpointThePublishedGraphConforms() {
        ShapesValidator validator = ShapesValidator.standard(ID);
        Publication.Result r = Publication.run(List.of(MIXED), ID, validator, p -> { }, (d, t) -> { }, v -> { });
        assertTrue(r.conforms());
        assertEquals(2, r.withheldFacts());
        assertEquals(3, r.articles(), "the title-only file is left out");
        assertTrue(validator.validate(r.dataset()).conforms(), "validated again, what is published conforms");
        assertEquals(0, validator.validate(r.dataset()).violations());
    }

    @Test
    void aResourceWithheldAsAWholeTakesTheFactsPointingToItAndLeavesAnEmptyArticleOut(@TempDir Path tmp)
            throws Exception {
        Path dist = tmp.resolve("dist");
        CliRun r = CliRun.of("build", "--input", UNDATED.toString(), "--out", dist.toString(), "--shapes",
                STRICT_SHAPES);
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.err().contains(UNDATED.resolve("01_republic.txt") + ":1: warning: every fact of this article was "
                + "withheld"), r.err());
        assertTrue(r.err().contains("built 1 article,"), r.err());
        String ttl = Files.readString(dist.resolve("constitution-kg.ttl"));
        assertFalse(ttl.contains("Westmark"), ttl);
        assertFalse(ttl.contains("id:Eastmark"), "the undated polity and the jurisdiction pointing to it: " + ttl);
        assertTrue(ttl.contains("id:Assembly_of_Eastmark"), ttl);
        Graph withheld = parse(dist.resolve(Quality.WITHHELD));
        assertNotNull(statementOf(withheld, CKG.jurisdiction.asNode()));
    }

    @Test
    void aResultWhoseValueIsNoFactWithholdsThePathNotTheResource(@TempDir Path tmp) throws Exception {
        // 100 members and seats adding up to 130: the shape reports the sum, which is no fact of the graph
        Path article = Files.writeString(tmp.resolve("01_assembly.txt"), "= Assembly of Westmark =\n\nInfobox\n"
                + "- Members: 100\n- Political Groups: Farmers' Party (80), Guild Party (50)\n\n"
                + "The Assembly of Westmark is a made-up body.\n");
        ShapesValidator validator = ShapesValidator.standard(ID);
        Publication.Result r = Publication.run(List.of(article), ID, validator, p -> { }, (d, t) -> { }, v -> { });
        assertTrue(r.first().violations() > 0, "the seats exceed the members");
        assertTrue(r.conforms());
        Graph facts = r.dataset().getUnionModel().getGraph();
        Node assembly = NodeFactory.createURI(ID + "Assembly_of_Westmark");
        assertTrue(facts.contains(assembly, CKG.memberCount.asNode(), Node.ANY), "the organ and its member count stay");
        assertFalse(facts.contains(assembly, CKG.seatAllocation.asNode(), Node.ANY), "the seat allocations go");
    }

    @Test
    void aFaultOfTheVocabularyIsNeverWithheldTheBuildFails() {
        Dataset ds = DatasetFactory.createGeneral();
        Node x = NodeFactory.createURI(ID + "Thing_of_Westmark");
        Graph g = ds.asDatasetGraph().getGraph(NodeFactory.createURI(ID + "graph/article/01"));
        g.add(x, RDF.type.asNode(), NodeFactory.createURI(CKG.NS + "NoSuchClass"));
        g.add(x, org.apache.jena.vocabulary.RDFS.label.asNode(), NodeFactory.createLiteralLang("Thing", "en"));
        ds.addNamedModel(org.constitutionkg.Graphs.ONTOLOGY_GRAPH, CKG.ontology());
        Withholding.Outcome o = Withholding.run(ds, ShapesValidator.standard(ID), ID);
        assertFalse(o.conforms(), "an undeclared class is a fault of the program, not of an article");
        assertTrue(o.last().report().getEntries().stream().anyMatch(e -> e.focusNode().getURI().startsWith(CKG.NS)));
        assertTrue(g.contains(x, RDF.type.asNode(), NodeFactory.createURI(CKG.NS + "NoSuchClass")));
    }

    @Test
    void theWithheldFileIsTheSameForTheSameBuild(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(Main.OK, CliRun.of("build", "--input", MIXED.toString(), "--out", a.toString()).code());
        assertEquals(Main.OK, CliRun.of("build", "--input", MIXED.toString(), "--out", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a.resolve(Quality.WITHHELD)), Files.readAllBytes(b.resolve(Quality.WITHHELD)));
    }

    @Test
    void serveRefusesStrictTogetherWithAllowInvalid() {
        assertEquals(Main.USAGE, CliRun.of("serve", "--strict", "--allow-invalid", "--port", "0").code());
    }

    @Test
    void strictFailsAndLeavesTheLastGoodBuildByteForByte(@TempDir Path tmp) throws Exception {
        Path dist = tmp.resolve("dist");
        assertEquals(Main.OK, CliRun.of("build", "--input", "seeds", "--out", dist.toString()).code());
        Map<String, byte[]> before = contents(dist);
        CliRun r = CliRun.of("build", "--input", MIXED.toString(), "--out", dist.toString(), "--strict");
        assertEquals(Main.FAILED, r.code(), r.err());
        assertTrue(r.err().contains("withheld 2 facts of 2 articles; nothing written, " + dist
                + " keeps the last good build (--strict)"), r.err());
        Map<String, byte[]> after = contents(dist);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k + " changed"));
    }

    @Test
    void validateWithholdListsWhatABuildWouldWithhold() {
        CliRun r = CliRun.of("validate", "--input", MIXED.toString(), "--withhold");
        assertEquals(Main.FAILED, r.code(), "validate reports the violations: " + r.out());
        assertTrue(r.out().contains("WITHHELD \"Council of Elders of Norland\""), r.out());
        assertTrue(r.out().contains("a build would withhold 2 facts of 2 articles"), r.out());
        assertEquals(Main.USAGE, CliRun.of("validate", "--data", "x.ttl", "--withhold").code());
    }

    @Test
    void theQualityPageListsTheWithheldFactsAndTheResourcePageSaysSo(@TempDir Path tmp) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Main.parse(ServeCommand.options(), new String[] {"--input", MIXED.toString(), "--out",
                tmp.resolve("dist").toString()});
        SparqlServer server = ServeCommand.serveArticles(cl, PublishModule.read(cl), "127.0.0.1", 0,
                new QueryPolicy(10_000, 10_000, Federation.SERVICE_ALLOW_LIST), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertNotNull(server, err.toString(StandardCharsets.UTF_8));
        try {
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("withheld 2 facts of 2 articles (see /quality)"),
                    err.toString(StandardCharsets.UTF_8));
            String site = server.siteUrl();
            String quality = get(site + "/quality");
            assertTrue(quality.contains("02_contradicts.txt"), quality);
            assertTrue(quality.contains("- Disbanded: 1915"), quality);
            assertTrue(quality.contains("disbanded (1915) before it was established (1921-03-12)"), quality);
            assertTrue(quality.contains("a party to a treaty is a ckg:Polity"), quality);
            assertTrue(quality.contains("<strong id=\"withheld-count\">2</strong>"), quality);
            assertTrue(get(site + "/").contains("href=\"/quality\""));
            String page = get(site + "/page/Council_of_Elders_of_Norland");
            assertTrue(page.contains("2 facts about this resource were withheld"), page);
            assertTrue(get(site + "/dumps/" + Quality.WITHHELD).contains("ckg:withheldBy"));
            String voidTtl = get(site + "/.well-known/void");
            assertTrue(voidTtl.contains(Quality.WITHHELD) && voidTtl.contains(Quality.REPORT), voidTtl);
            // the endpoint has the good facts and not the withheld ones
            assertTrue(ask(server, "ASK { <" + ID + "Council_of_Elders_of_Norland> <" + CKG.established + "> ?d }"));
            assertFalse(ask(server, "ASK { <" + ID + "Council_of_Elders_of_Norland> <" + CKG.disbanded + "> ?d }"));
        } finally {
            server.stop();
        }
    }

    private static boolean ask(SparqlServer server, String q) throws Exception {
        String body = get(server.sparqlUrl() + "?query=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8),
                "application/sparql-results+json");
        return body.contains("true");
    }

    private static String get(String url) throws Exception {
        return get(url, "text/html");
    }

    private static String get(String url, String accept) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static Node sh(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/shacl#" + local);
    }

    private static Graph parse(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).parse(g);
        return g;
    }

    private static Node statementOf(Graph g, Node predicate) {
        return g.find(Node.ANY, RDF.predicate.asNode(), predicate).mapWith(Triple::getSubject).nextOptional()
                .orElse(null);
    }

    private static Node one(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).nextOptional().orElseThrow(
                () -> new AssertionError("no " + p + " of " + s));
    }

    private static Map<String, byte[]> contents(Path dir) throws Exception {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
