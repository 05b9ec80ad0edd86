package org.constitutionkg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.constitutionkg.Pipeline;
import org.constitutionkg.cli.Main;
import org.constitutionkg.dump.TriG;
import org.constitutionkg.link.Wikidata;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.site.Descriptions;
import org.constitutionkg.site.Html;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published site over real HTTP: a server on a free loopback port serving the seed graph with a 1 s timeout and
 * a 500-row cap. SERVICE is allowed to Wikidata and to a local stand-in endpoint (so that "allowed" can be shown
 * without the network).
 */
class PublishedSiteTest {

    static final String ID = Pipeline.DEFAULT_BASE;
    static final String C1924 = "1924_Constitution_of_the_Soviet_Union";
    static final int CAP = 500;

    private static SparqlServer server;
    private static HttpClient http;
    private static String site;
    private static HttpServer standIn;
    private static String standInUrl;
    private static final AtomicInteger standInCalls = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        standIn.createContext("/sparql", ex -> {
            standInCalls.incrementAndGet();
            byte[] body = ("{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[{\"x\":{\"type\":\"literal\","
                    + "\"value\":\"from the stand-in\"}}]}}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        standIn.start();
        standInUrl = "http://127.0.0.1:" + standIn.getAddress().getPort() + "/sparql";
        Dataset ds = Pipeline.build(List.of(Path.of("seeds")), ID, p -> {
        }).dataset();
        QueryPolicy policy = new QueryPolicy(1000, CAP, Set.of(Wikidata.SPARQL_ENDPOINT, standInUrl));
        server = Servers.start(ds, new SparqlServer.Options("127.0.0.1", 0, ID, policy, Path.of("queries"),
                true));
        site = server.siteUrl();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (standIn != null) {
            standIn.stop(0);
        }
    }

    // ---- endpoint ---------------------------------------------------------------------------------------------

    private static final String SELECT = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { <"
            + ID + C1924 + "> rdfs:label ?l }";
    private static final String ASK = "ASK { <" + ID + C1924 + "> ?p ?o }";
    private static final String CONSTRUCT = "CONSTRUCT { <" + ID + C1924 + "> ?p ?o } WHERE { <" + ID + C1924
            + "> ?p ?o }";
    private static final String DESCRIBE = "DESCRIBE <" + ID + C1924 + ">";

    @Test
    void everyResultFormatByAccept() throws Exception {
        record Case(String query, String accept, String type, String mark) {
        }
        for (Case c : List.of(
                new Case(SELECT, "application/sparql-results+json", "application/sparql-results+json", "\"bindings\""),
                new Case(SELECT, "application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
                new Case(SELECT, "text/csv", "text/csv", "l\r\n1924 Constitution"),
                new Case(SELECT, "text/tab-separated-values", "text/tab-separated-values", "?l\n\"1924"),
                new Case(ASK, "application/sparql-results+json", "application/sparql-results+json", "true"),
                new Case(ASK, "application/sparql-results+xml", "application/sparql-results+xml", "<boolean>true"),
                new Case(ASK, "text/csv", "text/csv", "true"),
                new Case(ASK, "text/tab-separated-values", "text/tab-separated-values", "true"),
                new Case(CONSTRUCT, "text/turtle", "text/turtle", "1924 Constitution"),
                new Case(CONSTRUCT, "application/n-triples", "application/n-triples", "<" + ID + C1924 + ">"),
                new Case(CONSTRUCT, "application/ld+json", "application/ld+json", "1924 Constitution"),
                new Case(DESCRIBE, "text/turtle", "text/turtle", "1924 Constitution"),
                new Case(DESCRIBE, "application/n-triples", "application/n-triples", "<" + ID + C1924 + ">"),
                new Case(DESCRIBE, "application/ld+json", "application/ld+json", "1924 Constitution"))) {
            HttpResponse<String> r = get("/sparql?query=" + enc(c.query()), c.accept());
            assertEquals(200, r.statusCode(), c + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(c.type()), c + " "
                    + r.headers().firstValue("Content-Type"));
            assertTrue(r.body().contains(c.mark()), c + ": " + r.body());
        }
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(get("/sparql?query=" + enc(CONSTRUCT), "application/ld+json")
                .body().getBytes(StandardCharsets.UTF_8)), Lang.JSONLD);
        assertTrue(m.size() > 5);
    }

    @Test
    void getPostFormAndPostDirectAllAnswer() throws Exception {
        assertEquals(200, get("/sparql?query=" + enc(ASK), "application/sparql-results+json").statusCode());
        assertTrue(send(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(SELECT)))).body().contains("1924"));
        assertTrue(send(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(SELECT))).body().contains("1924"));
    }

    @Test
    void corsAndGzip() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(site + "/sparql?query=" + enc(ASK)))
                .header("Origin", "http://example.org").GET());
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isPresent(), r.headers().toString());
        HttpResponse<String> pre = send(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .header("Origin", "http://example.org").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertTrue(pre.statusCode() < 300, "preflight " + pre.statusCode());
        assertTrue(pre.headers().firstValue("Access-Control-Allow-Origin").isPresent());
        HttpResponse<byte[]> z = http.send(HttpRequest.newBuilder(URI.create(site + "/sparql?query="
                + enc("SELECT * { ?s ?p ?o } LIMIT 200"))).header("Accept-Encoding", "gzip")
                .header("Accept", "application/sparql-results+json").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", z.headers().firstValue("Content-Encoding").orElse(""));
        String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(z.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(unzipped.contains("\"bindings\""));
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(site + "/"))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
    }

    @Test
    void repeatedQueriesAreAnsweredFromTheCacheWithEtags() throws Exception {
        String q = "/sparql?query=" + enc(SELECT + " # cache test");
        HttpResponse<String> first = get(q, "application/sparql-results+json");
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(site + q))
                .header("Accept", "application/sparql-results+json").header("Origin", "http://example.org").GET());
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, again.headers().firstValue("ETag").orElse(""));
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
        assertEquals(Integer.toString(CAP), again.headers().firstValue(SparqlRoutes.LIMIT_HEADER).orElse(""));
        assertEquals(1, again.headers().allValues(SparqlRoutes.LIMIT_HEADER).size(), again.headers().toString());
        assertTrue(again.headers().firstValue("Access-Control-Allow-Origin").isPresent(), "CORS on a cached answer");
        HttpResponse<String> notModified = send(HttpRequest.newBuilder(URI.create(site + q))
                .header("Accept", "application/sparql-results+json").header("If-None-Match", etag).GET());
        assertEquals(304, notModified.statusCode());
        // The format is part of the key: the same query as XML is XML.
        HttpResponse<String> xml = get(q, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<sparql"), xml.body());
        assertNotEquals(etag, xml.headers().firstValue("ETag").orElse(""));
        // Answers that may change are not kept: each federated query calls the remote endpoint again.
        String federated = "/sparql?query=" + enc("SELECT ?x { SERVICE <" + standInUrl + "> { ?x ?p ?o } }");
        int before = standInCalls.get();
        assertEquals(200, get(federated, "text/csv").statusCode());
        assertEquals(200, get(federated, "text/csv").statusCode());
        assertEquals(before + 2, standInCalls.get(), "a SERVICE answer was reused");
    }

    @Test
    void updatesAndWritesAreRefusedOnEveryPath() throws Exception {
        String triple = "<http://example.org/x> <http://example.org/p> <http://example.org/y> .";
        String update = "INSERT DATA { " + triple + " }";
        List<HttpRequest.Builder> attempts = new java.util.ArrayList<>();
        attempts.add(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update))));
        attempts.add(HttpRequest.newBuilder(URI.create(site + "/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)));
        for (String path : List.of("/sparql", "/sparql?default", "/sparql/data", "/sparql/update", "/data",
                "/data?default", "/update", "/id/" + C1924, "/page/" + C1924, "/dumps/constitution-kg.ttl", "/",
                "/.well-known/void")) {
            for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
                if (method.equals("POST") && path.equals("/sparql")) {
                    continue; // a query method; covered above with updates
                }
                attempts.add(HttpRequest.newBuilder(URI.create(site + path)).header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString(triple)));
            }
        }
        for (HttpRequest.Builder b : attempts) {
            HttpRequest req = b.build();
            // a fresh client per attempt: the server may close a connection after refusing a write, and the JDK
            // client does not retry a non-idempotent request on a pooled connection that was closed under it
            HttpClient once = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            int status = once.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
            assertTrue(status >= 400 && status < 500, req.method() + " " + req.uri() + " gave " + status);
        }
        HttpResponse<String> r = get("/sparql?query=" + enc("ASK { <http://example.org/x> ?p ?o }"),
                "application/sparql-results+json");
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":false"), "data changed: " + r.body());
    }

    @Test
    void theTimeoutStopsAHeavyQueryAndTheServerAnswersNext() throws Exception {
        String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/sparql?query=" + enc(heavy), "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertNotEquals(200, r.statusCode(), "a cartesian product over " + "the union graph finished: " + r.body());
        assertTrue(ms < 5000, "the 1 s timeout took " + ms + " ms");
        assertEquals("1000ms", r.headers().firstValue(SparqlRoutes.TIMEOUT_HEADER).orElse(""));
        assertEquals(200, get("/sparql?query=" + enc(ASK), "application/sparql-results+json").statusCode());
    }

    @Test
    void theRowCapIsAppliedAndAnnounced() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals(Integer.toString(CAP), r.headers().firstValue(SparqlRoutes.LIMIT_HEADER).orElse(""));
        assertTrue(r.headers().firstValue("X-CKG-Result-Capped").isPresent());
        assertEquals(CAP + 1, r.body().split("\r\n").length, "header + cap rows");
        HttpResponse<String> small = get("/sparql?query=" + enc("SELECT * { ?s ?p ?o } LIMIT 3"), "text/csv");
        assertEquals(4, small.body().split("\r\n").length);
        assertFalse(small.headers().firstValue("X-CKG-Result-Capped").isPresent());
        String sd = get("/sparql", "text/turtle").body();
        assertTrue(sd.contains("resultLimit") && sd.contains(Integer.toString(CAP)), sd);
        assertTrue(sd.contains("queryTimeoutMillis") && sd.contains("1000"), sd);
        assertTrue(sd.contains("sd:endpoint") || sd.contains("sparql-service-description#endpoint"), sd);
    }

    @Test
    void aMalformedQueryIs400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT ?x WHERE { ?x ?y }"), "text/csv");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("line 1") || r.body().contains("Line 1"), r.body());
    }

    @Test
    void serviceOnlyToTheAllowList() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + enc("SELECT * { SERVICE <http://example.org/sparql> "
                + "{ ?s ?p ?o } }"), "text/csv");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("SERVICE not allowed: http://example.org/sparql"), r.body());
        HttpResponse<String> v = get("/sparql?query=" + enc("SELECT * { BIND(<http://example.org/s> AS ?e) "
                + "SERVICE ?e { ?s ?p ?o } }"), "text/csv");
        assertEquals(400, v.statusCode(), v.body());
        int before = standInCalls.get();
        HttpResponse<String> ok = get("/sparql?query=" + enc("SELECT ?x { SERVICE <" + standInUrl
                + "> { ?x ?p ?o } }"), "text/csv");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("from the stand-in"), ok.body());
        assertTrue(standInCalls.get() > before, "the allowed endpoint was called");
        assertTrue(get("/sparql", "text/turtle").body().contains(Wikidata.SPARQL_ENDPOINT),
                "Wikidata is on the announced allow-list");
    }

    @Test
    void namedGraphsStayAddressableAndTheDefaultGraphIsTheUnion() throws Exception {
        String q = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + ID
                + "graph/article/\")) }";
        assertTrue(get("/sparql?query=" + enc(q), "text/csv").body().contains("\r\n3"));
        String prov = "ASK { ?st a <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> . ?c a "
                + "<http://www.w3.org/2002/07/owl#Class> . <" + ID + C1924 + "> ?p ?o }";
        assertTrue(get("/sparql?query=" + enc(prov), "text/csv").body().contains("true"));
    }

    // ---- linked data ------------------------------------------------------------------------------------------

    @Test
    void dataIrisDereferenceWith303ByAccept() throws Exception {
        record Case(String accept, String location, String type) {
        }
        for (Case c : List.of(new Case("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "/page/" + C1924,
                        "text/html"),
                new Case("text/turtle", "/id/" + C1924 + ".ttl", "text/turtle"),
                new Case("application/n-triples", "/id/" + C1924 + ".nt", "application/n-triples"),
                new Case("application/ld+json", "/id/" + C1924 + ".jsonld", "application/ld+json"))) {
            HttpResponse<String> r = get("/id/" + C1924, c.accept());
            assertEquals(303, r.statusCode(), c.toString());
            String loc = r.headers().firstValue("Location").orElse("");
            assertTrue(loc.endsWith(c.location()), c + " -> " + loc);
            HttpResponse<String> doc = send(HttpRequest.newBuilder(URI.create(site).resolve(loc)).GET());
            assertEquals(200, doc.statusCode());
            assertTrue(doc.headers().firstValue("Content-Type").orElse("").startsWith(c.type()));
            assertTrue(doc.body().contains("1924 Constitution of the Soviet Union"), doc.body());
        }
        Model m = parse(get("/id/" + C1924 + ".ttl", "*/*").body(), Lang.TURTLE);
        assertTrue(parse(get("/id/" + C1924 + ".jsonld", "*/*").body(), Lang.JSONLD).isIsomorphicWith(m));
        assertTrue(m.contains(m.createResource(ID + C1924), m.createProperty("https://w3id.org/constitution-kg/"
                + "ontology#", "repealedBy"), m.createResource(ID + "1936_Constitution_of_the_Soviet_Union")));
        assertEquals(404, get("/id/No_such_thing", "text/html").statusCode());
        assertEquals(200, get("/id/All-Union_Communist_Party_(Bolsheviks).ttl", "*/*").statusCode());
        assertEquals(200, get("/page/All-Union_Communist_Party_%28Bolsheviks%29", "*/*").statusCode());
    }

    @Test
    void theResourcePageShowsNamesFactsSourcesWikidataAndSuccession() throws Exception {
        HttpResponse<String> r = get("/page/" + C1924, "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<h1 id=\"label\">1924 Constitution of the Soviet Union</h1>"), html);
        assertTrue(html.contains("1924 Constitution of the Union of Soviet Socialist Republics"), "altLabel");
        assertTrue(html.contains("<table class=\"facts\">"));
        assertTrue(html.contains("href=\"/page/1936_Constitution_of_the_Soviet_Union\""), "a fact links");
        assertTrue(html.contains("- Repealed By: 1936 Constitution of the Soviet Union"), "source quote");
        assertTrue(html.contains("000_eee1c0413e294e0a.txt"), "source file");
        assertTrue(html.contains(", line 9"), "source line");
        assertTrue(html.contains("<svg") && html.contains("Russian Constitution of 1918"), "succession picture");
        assertTrue(html.contains("http://www.wikidata.org/entity/Q2515553"), "wikidata link");
        String organ = get("/page/Congress_of_Soviets_of_the_Soviet_Union", "text/html").body();
        assertTrue(organ.contains("<svg") && organ.contains("Supreme Soviet of the Soviet Union")
                && organ.contains("1922-12-30 – 1936-12-05"), "organ succession with dates");
        assertTrue(organ.contains("id=\"incoming\"") && organ.contains("href=\"/page/Second_Congress_of_Soviets\""),
                "incoming links");
        assertFalse(html.replace(Html.SEARCH_BOX, "").contains("<script"),
                "no scripts needed (but the search box's suggestions)");
    }

    @Test
    void theHomePageListsClassesWithCounts() throws Exception {
        String html = get("/", "text/html").body();
        assertTrue(html.contains("<table class=\"classes\">"), html);
        assertTrue(html.matches("(?s).*>constitution</a></td><td class=\"num\">\\d+</td>.*"), html);
        assertTrue(html.contains("href=\"/query\"") && html.contains("href=\"/dumps/\""));
    }

    @Test
    void theQueryPageRunsACatalogQueryInOneClick() throws Exception {
        String page = get("/query", "text/html").body();
        assertTrue(page.contains("<textarea") && page.contains("which-constitution-was-in-force-in-a-given-year"));
        String run = get("/query?name=which-constitution-was-in-force-in-a-given-year&param.year=1940", "text/html")
                .body();
        assertTrue(run.contains("<table class=\"results sortable\">") && run.contains("1936 Constitution of the Soviet Union"),
                run);
        String adhoc = get("/query?query=" + enc("SELECT ?x WHERE { ?x ?y }"), "text/html").body();
        assertTrue(adhoc.contains("class=\"err\""), adhoc);
    }

    // ---- timeline ---------------------------------------------------------------------------------------------

    static final String C1936 = "1936_Constitution_of_the_Soviet_Union";

    @Test
    void theTimelineDrawsThe1924ConstitutionBeforeThe1936One() throws Exception {
        HttpResponse<String> r = get("/timeline", "text/html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), r.headers().toString());
        String html = r.body();
        assertTrue(html.indexOf(row(C1924)) > 0 && html.indexOf(row(C1924)) < html.indexOf(row(C1936)), html);
        String barX = ".*?<rect class=\"bar[^\"]*\" x=\"";
        assertTrue(attribute(html, Pattern.quote(row(C1924)) + barX) < attribute(html, Pattern.quote(row(C1936)) + barX),
                "the 1924 bar starts left of the 1936 one");
        assertTrue(html.contains("<title>1924 Constitution of the Soviet Union (legal instrument): adopted 1924-01-31 "
                + "– repealed 1936-12-05</title>"), "tooltip with the dates");
        assertTrue(html.contains("1936-12-05 (no start stated: the end of Congress of Soviets of the Soviet Union)"),
                "a start taken from the predecessor, and said so");
        assertTrue(html.contains("<title>1924 Constitution of the Soviet Union → 1936 Constitution of the Soviet "
                + "Union</title>"), "succession arrow");
        assertTrue(html.contains("<a href=\"/page/Soviet_Union\"><text class=\"polity\""), "grouped by polity");
        assertTrue(html.indexOf(">Soviet Union</text>") < html.indexOf(">No polity stated</text>"), "no polity last");
        assertFalse(html.replace(Html.SEARCH_BOX, "").contains("<script"),
                "no scripts needed (but the search box's suggestions)");
    }

    @Test
    void aYearOnTheTimelineIsABandOfAYear() throws Exception {
        String html = get("/timeline", "text/html").body();
        // (two ticks next to each other: the axis steps by as many years as the whole span needs)
        Matcher tick = Pattern.compile("<text class=\"d tick\" x=\"([0-9.]+)\"[^>]*>([0-9]{4})<").matcher(html);
        assertTrue(tick.find(), html);
        double x1 = Double.parseDouble(tick.group(1));
        int y1 = Integer.parseInt(tick.group(2));
        assertTrue(tick.find(), html);
        double year = (Double.parseDouble(tick.group(1)) - x1) / (Integer.parseInt(tick.group(2)) - y1);
        double band = attribute(html, Pattern.quote(row("Third_Congress_of_Soviets_of_the_USSR")) // "1925"^^xsd:gYear
                + ".*?<rect class=\"session\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"");
        assertEquals(year, band, 0.2, html);
    }

    @Test
    void theTimelineFiltersByClassAndPolity() throws Exception {
        String constitutions = get("/timeline?class=Constitution", "text/html").body();
        assertTrue(constitutions.contains(row(C1924)) && constitutions.contains(row(C1936)), constitutions);
        assertFalse(constitutions.contains("tl-row session") || constitutions.contains("tl-row organ"), constitutions);
        assertTrue(constitutions.contains("<option value=\"Constitution\" selected>"), "the form keeps the choice");
        for (String polity : List.of("Soviet_Union", enc(ID + "Soviet_Union"))) {
            String soviet = get("/timeline?polity=" + polity, "text/html").body();
            assertTrue(soviet.contains(row(C1924)) && soviet.contains(row("Second_Congress_of_Soviets")), soviet);
            assertFalse(soviet.contains("1921_Constitution_of_the_Azerbaijan"), "another polity's constitution");
        }
        HttpResponse<String> none = get("/timeline?polity=No_such_polity", "text/html");
        assertEquals(200, none.statusCode());
        assertTrue(none.body().startsWith("<!DOCTYPE html>") && none.body().endsWith("</html>\n"));
        assertTrue(none.body().contains("<form method=\"get\" action=\"/timeline\" id=\"filters\">"));
        assertTrue(none.body().contains("<p class=\"empty\" role=\"status\">"), none.body());
        assertFalse(none.body().contains("<svg") || none.body().contains("tl-row"), none.body());
    }

    @Test
    void theTimelineAnswersHeadAndIsLinkedFromEveryPage() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(site + "/timeline"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertTrue(head.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(get("/timeline", "text/html").body().getBytes(StandardCharsets.UTF_8).length,
                head.headers().firstValueAsLong("Content-Length").orElse(-1));
        assertTrue(get("/", "text/html").body().contains("<li><a href=\"/timeline\">Timeline</a>"), "home page");
        assertTrue(get("/page/" + C1924, "text/html").body().contains("<a href=\"/timeline\">Timeline</a>"), "nav");
    }

    /** The start of {@code local}'s row on the timeline. */
    private static String row(String local) {
        return "<a href=\"/page/" + local + "\"><g class=\"tl-row ";
    }

    /** The number that follows the first match of {@code before} (a regular expression) in {@code html}. */
    private static double attribute(String html, String before) {
        Matcher m = Pattern.compile(before + "([0-9.]+)", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), before);
        return Double.parseDouble(m.group(1));
    }

    // ---- dumps and VoID ---------------------------------------------------------------------------------------

    @Test
    void dumpsAreByteIdenticalToCkgDump() throws Exception {
        for (String[] f : new String[][] {{"constitution-kg.ttl", "ttl"}, {"constitution-kg.nt.gz", "nt"},
                {"constitution-kg.trig.gz", "trig"}, {"constitution-kg.jsonld", "jsonld"}}) {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(site + "/dumps/" + f[0])).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            byte[] body = f[0].endsWith(".gz") ? new GZIPInputStream(new ByteArrayInputStream(r.body())).readAllBytes()
                    : r.body();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = Main.run(new String[] {"dump", "--format", f[1]}, new PrintStream(out, true),
                    new PrintStream(OutputStream.nullOutputStream()));
            assertEquals(0, code);
            assertArrayEquals(out.toByteArray(), body, f[0] + " differs from ckg dump --format " + f[1]);
            assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
            assertEquals("\"" + sha256(r.body()) + "\"", r.headers().firstValue("ETag").orElse(""));
            assertEquals("attachment; filename=\"" + f[0] + "\"",
                    r.headers().firstValue("Content-Disposition").orElse(""));
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(site + "/dumps/" + f[0]))
                    .header("If-None-Match", r.headers().firstValue("ETag").get()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode());
        }
    }

    private static final class OutputStream {
        static java.io.OutputStream nullOutputStream() {
            return java.io.OutputStream.nullOutputStream();
        }
    }

    @Test
    void sha256sumsVerifies() throws Exception {
        String sums = get("/dumps/SHA256SUMS", "*/*").body();
        String[] lines = sums.split("\n");
        assertEquals(7, lines.length, sums); // four dumps, the withheld facts, the validation report, the shapes
        for (String line : lines) {
            String[] parts = line.split("  ");
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(site + "/dumps/" + parts[1])).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(parts[0], sha256(r.body()), parts[1]);
        }
        assertTrue(get("/dumps/", "text/html").body().contains("constitution-kg.trig.gz"));
    }

    @Test
    void voidDescribesTheDataset() throws Exception {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        assertEquals(200, r.statusCode());
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        String v = Descriptions.VOID;
        var d = m.getResource(site + "/.well-known/void#dataset");
        var facts = m.getResource(site + "/.well-known/void#facts");
        assertTrue(d.hasProperty(m.createProperty(v, "subset"), facts), r.body());
        byte[] nt = new GZIPInputStream(new ByteArrayInputStream(http.send(HttpRequest.newBuilder(URI.create(site
                + "/dumps/constitution-kg.nt.gz")).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body()))
                .readAllBytes();
        long lines = new String(nt, StandardCharsets.UTF_8).lines().count();
        assertEquals(lines, facts.getProperty(m.createProperty(v, "triples")).getLong(), "the facts = dump size");
        assertTrue(facts.getProperty(m.createProperty(v, "entities")).getLong() > 50);
        assertTrue(d.hasProperty(m.createProperty(v, "sparqlEndpoint"), m.createResource(site + "/sparql")));
        assertTrue(d.hasProperty(org.apache.jena.vocabulary.DCTerms.license, m.createResource(Descriptions.LICENSE)));
        assertTrue(d.hasProperty(m.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom"),
                m.createResource("https://en.wikipedia.org/wiki/1924_Constitution_of_the_Soviet_Union")));
        assertEquals(1, d.listProperties(m.createProperty(v, "dataDump")).toList().size(), "the TriG dump");
        assertEquals(3, facts.listProperties(m.createProperty(v, "dataDump")).toList().size(), "the fact dumps");
        assertTrue(d.listProperties(org.apache.jena.vocabulary.DCAT.distribution).toList().size() == 4);
        HttpResponse<String> json = get("/.well-known/void", "application/ld+json");
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(parse(json.body(), Lang.JSONLD).isIsomorphicWith(m), json.body());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Model parse(String body, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang);
        return m;
    }

    private static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(site + path)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws IOException, InterruptedException {
        return http.send(b.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
