package org.constitutionkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.constitutionkg.Pipeline;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.site.RdfSyntax;
import org.constitutionkg.validate.ShapesValidator;
import org.constitutionkg.validate.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The linked-data protocols to the letter, over real HTTP against a server of the seed graph: every RDF syntax by
 * content negotiation on a data IRI (406 for none we write), HEAD on a query, {@code Vary: Accept} on every
 * negotiated answer, and resumable downloads ({@code Range}, {@code If-Range}).
 */
class ProtocolsTest {

    static final String ID = Pipeline.DEFAULT_BASE;
    static final String C1924 = "1924_Constitution_of_the_Soviet_Union";

    private static SparqlServer server;
    private static HttpClient http;
    private static String site;

    @BeforeAll
    static void start() throws IOException {
        Dataset ds = Pipeline.build(List.of(Path.of("seeds")), ID, p -> {
        }).dataset();
        server = Servers.start(ds, new SparqlServer.Options("127.0.0.1", 0, ID, QueryPolicy.standard(), null,
                true));
        site = server.siteUrl();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aDataIriAnswersEveryRdfSyntaxJenaWrites() throws Exception {
        record Case(String accept, String ext, String type, Lang lang) {
        }
        Model turtle = parse(get("/id/" + C1924 + ".ttl", "*/*").body(), Lang.TURTLE);
        assertTrue(turtle.size() > 5);
        for (Case c : List.of(
                new Case("application/rdf+xml", "rdf", "application/rdf+xml", Lang.RDFXML),
                // rdflib's Graph().parse(url) asks so: RDF/XML first
                new Case("application/rdf+xml,text/rdf+n3;q=0.9,application/xhtml+xml;q=0.5,*/*;q=0.1", "rdf",
                        "application/rdf+xml", Lang.RDFXML),
                new Case("text/turtle", "ttl", "text/turtle", Lang.TURTLE),
                new Case("text/n3", "ttl", "text/turtle", Lang.TURTLE),
                new Case("application/n-triples", "nt", "application/n-triples", Lang.NTRIPLES),
                new Case("text/plain", "nt", "application/n-triples", Lang.NTRIPLES),
                new Case("application/n-quads", "nq", "application/n-quads", Lang.NQUADS),
                new Case("application/trig", "trig", "application/trig", Lang.TRIG),
                new Case("application/ld+json", "jsonld", "application/ld+json", Lang.JSONLD),
                new Case("application/json", "jsonld", "application/ld+json", Lang.JSONLD),
                new Case("text/html;q=0.5, application/trig", "trig", "application/trig", Lang.TRIG))) {
            HttpResponse<String> r = get("/id/" + C1924, c.accept());
            assertEquals(303, r.statusCode(), c.toString());
            assertTrue(varies(r), c.toString());
            String loc = r.headers().firstValue("Location").orElse("");
            assertTrue(loc.endsWith("/id/" + C1924 + "." + c.ext()), c + " -> " + loc);
            HttpResponse<String> doc = send(HttpRequest.newBuilder(URI.create(site).resolve(loc)).GET()
                    .header("Accept", c.accept()));
            assertEquals(200, doc.statusCode(), c.toString());
            assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(c.type()), c.toString());
            assertTrue(parse(doc.body(), c.lang()).isIsomorphicWith(turtle), c + ": the same graph");
        }
        for (String browser : List.of("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "*/*")) {
            HttpResponse<String> r = get("/id/" + C1924, browser);
            assertEquals(303, r.statusCode());
            assertTrue(r.headers().firstValue("Location").orElse("").endsWith("/page/" + C1924), browser);
        }
        HttpResponse<String> none = get("/id/" + C1924, "image/png, application/pdf");
        assertEquals(406, none.statusCode());
        assertTrue(none.body().contains("application/rdf+xml"), none.body());
        assertEquals(406, get("/.well-known/void", "image/png").statusCode());
        Model voidXml = parse(get("/.well-known/void", "application/rdf+xml").body(), Lang.RDFXML);
        assertTrue(voidXml.size() > 0);
    }

    @Test
    void theOntologyIriAnswersInHtmlAndEveryRdfSyntax() throws Exception {
        HttpResponse<String> page = get("/ontology", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(varies(page));
        String html = page.body();
        assertTrue(html.contains("<section class=\"term\" id=\"establishes\"><h3>ckg:establishes</h3>"), html);
        assertTrue(html.contains("<section class=\"term\" id=\"Session\">"), "a class");
        assertTrue(html.contains("used by shapes"), "the shapes that use a term");
        assertTrue(html.contains("one of"), "a union as domain or range");
        assertTrue(get("/", "text/html").body().contains("href=\"/ontology\""), "linked from the home page");
        Model turtle = parse(get("/ontology.ttl", "*/*").body(), Lang.TURTLE);
        assertTrue(turtle.contains(turtle.createResource("https://w3id.org/constitution-kg/ontology#Session"),
                org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class));
        for (RdfSyntax s : RdfSyntax.ALL) {
            HttpResponse<String> r = get("/ontology", s.mediaType());
            assertEquals(200, r.statusCode(), s.mediaType());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(s.mediaType()));
            assertTrue(parse(r.body(), s.format().getLang()).isIsomorphicWith(turtle), s.mediaType());
        }
        assertEquals(406, get("/ontology", "image/png").statusCode());
        assertEquals(404, get("/ontology.xyz", "*/*").statusCode());
    }

    @Test
    void graphIrisDescribeTheirGraphs() throws Exception {
        for (String graph : List.of("graph/provenance", "graph/links")) {
            HttpResponse<String> page = get("/id/" + graph, "text/html");
            assertEquals(200, page.statusCode(), graph);
            assertTrue(varies(page));
            assertTrue(page.body().contains("<strong id=\"triples\">"), page.body());
            Model d = parse(get("/id/" + graph, "text/turtle").body(), Lang.TURTLE);
            org.apache.jena.rdf.model.Resource g = d.getResource(ID + graph);
            long triples = g.getProperty(d.createProperty("http://rdfs.org/ns/void#", "triples")).getLong();
            assertTrue(triples > 0, graph);
            assertTrue(g.hasProperty(d.createProperty("http://rdfs.org/ns/void#", "inDataset"),
                    d.createResource(site + "/.well-known/void#dataset")), graph);
            assertEquals(200, get("/id/" + graph, "application/rdf+xml").statusCode());
        }
        String q = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), '/graph/article/')) } LIMIT 1";
        String article = get("/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/csv").body()
                .lines().skip(1).findFirst().orElseThrow().strip();
        Model d = parse(get("/id/" + article.substring(ID.length()), "text/turtle").body(), Lang.TURTLE);
        assertTrue(d.getResource(article).hasProperty(d.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom")),
                "an article graph names its article");
        assertEquals(404, get("/id/graph/nothing", "text/html").statusCode());
    }

    @Test
    void negotiationKeepsTheOtherVariesAndTheFineRules() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(site + "/ontology")).GET()
                .header("Accept", "text/turtle").header("Origin", "https://example.org"));
        List<String> vary = r.headers().allValues("Vary").stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).toList();
        assertTrue(vary.contains("Accept") && vary.contains("Origin"), vary.toString());
        // q=0 refuses HTML, whatever else */* allows; a q written in capitals is a q; text/n3 gets @prefix Turtle
        assertTrue(get("/id/" + C1924, "text/html;q=0, */*").headers().firstValue("Location").orElse("")
                .endsWith(".ttl"));
        assertTrue(get("/id/" + C1924, "text/turtle;Q=0.1, application/rdf+xml;q=0.5").headers()
                .firstValue("Location").orElse("").endsWith(".rdf"));
        assertTrue(get("/id/" + C1924 + ".ttl", "text/n3").body().startsWith("@prefix"));
        HttpResponse<String> options = send(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(options.headers().firstValue("Allow").orElse("").contains("HEAD"), options.headers().toString());
        HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, refused.statusCode());
        assertTrue(refused.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        // a graph's documents by extension
        Model links = parse(get("/id/graph/links.ttl", "*/*").body(), Lang.TURTLE);
        assertTrue(links.contains(links.getResource(ID + "graph/links"),
                links.createProperty("http://rdfs.org/ns/void#", "triples")));
        assertTrue(get("/id/graph/links.html", "*/*").body().contains("<strong id=\"triples\">"));
    }

    @Test
    void headOnAQueryIsGetWithoutBody() throws Exception {
        String q = "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(site + q))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "application/sparql-results+json"));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"),
                head.headers().toString());
        HttpResponse<String> get = get(q, "application/sparql-results+json");
        assertEquals(200, get.statusCode());
        assertTrue(get.body().contains("true"));
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(site + q))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "application/sparql-results+json"));
        assertEquals(200, again.statusCode(), "a cached answer too");
        assertEquals("", again.body());
    }

    @Test
    void everyNegotiatedAnswerVariesByAccept() throws Exception {
        for (String accept : List.of("text/html", "text/turtle")) {
            HttpResponse<String> r = get("/sparql", accept);
            assertEquals(200, r.statusCode());
            assertTrue(varies(r), accept);
        }
        HttpResponse<String> results = get("/sparql?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8),
                "application/sparql-results+xml");
        assertTrue(results.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")),
                results.headers().toString());
        assertTrue(varies(get("/.well-known/void", "text/turtle")));
    }

    @Test
    void dumpsAnswerRangesSoThatADownloadResumes() throws Exception {
        String path = "/dumps/constitution-kg.ttl";
        HttpResponse<byte[]> whole = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET());
        assertEquals(200, whole.statusCode());
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        byte[] all = whole.body();
        int n = all.length;
        assertTrue(n > 1000);
        String etag = whole.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> first = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("Range", "bytes=0-99"));
        assertEquals(206, first.statusCode());
        assertEquals("bytes 0-99/" + n, first.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(all, 0, 100), first.body());

        HttpResponse<byte[]> rest = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("Range", "bytes=100-").header("If-Range", etag));
        assertEquals(206, rest.statusCode());
        assertArrayEquals(Arrays.copyOfRange(all, 100, n), rest.body(), "the resumed rest");

        HttpResponse<byte[]> tail = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("Range", "bytes=-50"));
        assertEquals(206, tail.statusCode());
        assertArrayEquals(Arrays.copyOfRange(all, n - 50, n), tail.body());

        HttpResponse<byte[]> changed = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("Range", "bytes=100-").header("If-Range", "\"another-version\""));
        assertEquals(200, changed.statusCode(), "another version: the whole file");
        assertArrayEquals(all, changed.body());

        HttpResponse<byte[]> past = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("Range", "bytes=" + n + "-"));
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + n, past.headers().firstValue("Content-Range").orElse(""));

        HttpResponse<byte[]> two = bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("Range", "bytes=0-9,20-29"));
        assertEquals(200, two.statusCode(), "several ranges: the whole file");
        assertEquals(412, bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("If-Match", "\"another-version\"")).statusCode());
        assertEquals(200, bytes(HttpRequest.newBuilder(URI.create(site + path)).GET()
                .header("If-Match", etag)).statusCode());
    }

    @Test
    void theVoidConformsToDcatAp() throws Exception {
        Path shapes = Path.of("..", "shared", "conformance", "dcat-ap-3.0.1", "dcat-ap-shapes.ttl");
        Assumptions.assumeTrue(Files.isRegularFile(shapes), "no " + shapes + ": the DCAT-AP check is skipped");
        Model voidModel = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        ShapesValidator dcatAp = ShapesValidator.of(RDFDataMgr.loadGraph(shapes.toString()), ID, shapes.toString());
        ValidationResult r = dcatAp.validate(voidModel.getGraph());
        assertEquals(0, r.violations(), () -> r.entries().toString());
        assertTrue(r.conforms());
    }

    @Test
    void theVoidCountsEveryPartOfThePublishedDataset() throws Exception {
        Model m = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        String v = "http://rdfs.org/ns/void#";
        org.apache.jena.rdf.model.Property triples = m.createProperty(v, "triples");
        org.apache.jena.rdf.model.Resource d = m.getResource(site + "/.well-known/void#dataset");
        long total = d.getProperty(triples).getLong();
        long sum = 0;
        for (String part : List.of("facts", "provenance", "ontology")) {
            org.apache.jena.rdf.model.Resource p = m.getResource(site + "/.well-known/void#" + part);
            assertTrue(d.hasProperty(m.createProperty(v, "subset"), p), part);
            sum += p.getProperty(triples).getLong();
        }
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), total, "every triple served");
        assertEquals(total, sum, "the parts make the whole");
        for (String[] graph : List.of(new String[] {"provenance", ID + "graph/provenance"},
                new String[] {"links", ID + "graph/links"},
                new String[] {"ontology", "https://w3id.org/constitution-kg/ontology"})) {
            org.apache.jena.rdf.model.Resource p = m.getResource(site + "/.well-known/void#" + graph[0]);
            assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph[1] + "> { ?s ?p ?o } }"),
                    p.getProperty(triples).getLong(), graph[0]);
        }
        org.apache.jena.rdf.model.Resource withheld = m.getResource(site + "/.well-known/void#withheld");
        assertTrue(withheld.hasProperty(triples), "the withheld facts, beside the published ones");
        // the counts of the facts' entities and classes are the facts' (not the whole dataset's)
        org.apache.jena.rdf.model.Resource facts = m.getResource(site + "/.well-known/void#facts");
        assertTrue(facts.hasProperty(m.createProperty(v, "entities")) && !d.hasProperty(m.createProperty(v,
                "entities")));
        assertTrue(m.contains(m.getResource(site + "/.well-known/void#catalog"),
                org.apache.jena.vocabulary.DCAT.dataset, d), "a catalog to harvest from");
    }

    @Test
    void theShapesAreADownloadWithWhatAnEngineNeeds() throws Exception {
        HttpResponse<String> r = get("/dumps/" + DumpFiles.SHAPES, "*/*");
        assertEquals(200, r.statusCode());
        Model shapes = parse(r.body(), Lang.TURTLE);
        assertTrue(shapes.contains(null, org.apache.jena.vocabulary.RDF.type,
                shapes.createResource("http://www.w3.org/ns/shacl#NodeShape")));
        assertTrue(get("/dumps/SHA256SUMS", "*/*").body().contains(DumpFiles.SHAPES));
        Model m = parse(get("/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        org.apache.jena.rdf.model.Resource standard = m.getResource(site + "/dumps/" + DumpFiles.SHAPES);
        assertTrue(m.getResource(site + "/.well-known/void#dataset").hasProperty(
                org.apache.jena.vocabulary.DCTerms.conformsTo, standard));
        assertTrue(standard.getProperty(org.apache.jena.vocabulary.DCTerms.description).getString()
                .contains("SHACL Advanced Features"));
        String quality = get("/quality", "text/html").body();
        assertTrue(quality.contains("SHACL Advanced Features") && quality.contains("/dumps/" + DumpFiles.SHAPES),
                quality);
    }

    /** SHACL 5.2.1: a SPARQL constraint or target uses no VALUES, and every subquery projects $this. */
    @Test
    void theShapesFollowThePreBindingRules() {
        org.apache.jena.graph.Graph shapes = org.constitutionkg.validate.ShapesLoader.fromClasspath();
        org.apache.jena.graph.Node select = org.apache.jena.graph.NodeFactory.createURI(
                "http://www.w3.org/ns/shacl#select");
        List<org.apache.jena.graph.Triple> selects = shapes.find(null, select, null).toList();
        assertTrue(selects.size() > 10);
        String prefixes = "PREFIX ckg: <https://w3id.org/constitution-kg/ontology#>\n"
                + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "PREFIX owl: <http://www.w3.org/2002/07/owl#>\nPREFIX sh: <http://www.w3.org/ns/shacl#>\n"
                + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
                + "PREFIX id: <" + ID + ">\nPREFIX wd: <http://www.wikidata.org/entity/>\n";
        for (org.apache.jena.graph.Triple t : selects) {
            String text = t.getObject().getLiteralLexicalForm();
            org.apache.jena.query.Query q = org.apache.jena.query.QueryFactory.create(prefixes + text);
            org.apache.jena.sparql.syntax.ElementWalker.walk(q.getQueryPattern(),
                    new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                        @Override
                        public void visit(org.apache.jena.sparql.syntax.ElementData el) {
                            throw new AssertionError("VALUES in " + text);
                        }

                        @Override
                        public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                            assertTrue(el.getQuery().getProjectVars().stream()
                                    .anyMatch(var -> var.getVarName().equals("this")), "a subquery without $this: "
                                    + text);
                        }
                    });
            assertEquals(null, q.getValuesData(), "VALUES after " + text);
        }
    }

    /** Whether the answer says it varies by Accept (among what else it varies by). */
    private static boolean varies(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream().flatMap(v -> Arrays.stream(v.split(",")))
                .anyMatch(v -> v.strip().equalsIgnoreCase("Accept"));
    }

    private static long count(String select) throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + URLEncoder.encode(select, StandardCharsets.UTF_8),
                "text/csv");
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void rangeHeadersAreParsedAsTheRfcSays() {
        assertArrayEquals(new long[] {0, 9}, Ranges.parse("bytes=0-9", 100));
        assertArrayEquals(new long[] {90, 99}, Ranges.parse("bytes=90-200", 100));
        assertArrayEquals(new long[] {95, 99}, Ranges.parse("bytes=-5", 100));
        assertArrayEquals(new long[] {0, 99}, Ranges.parse("bytes=-500", 100));
        assertEquals(null, Ranges.parse("items=0-9", 100));
        assertEquals(null, Ranges.parse("bytes=9-0", 100));
        assertEquals(null, Ranges.parse("bytes=a-b", 100));
        assertEquals(Ranges.UNSATISFIABLE, Ranges.parse("bytes=100-", 100));
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Model parse(String body, Lang lang) {
        Dataset d = DatasetFactory.create();
        RDFDataMgr.read(d, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return d.getDefaultModel();
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(site + path)).GET().header("Accept", accept));
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> bytes(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
