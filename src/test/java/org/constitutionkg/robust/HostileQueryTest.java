package org.constitutionkg.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.apache.jena.query.Dataset;
import org.constitutionkg.Pipeline;
import org.constitutionkg.link.Wikidata;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.server.Servers;
import org.constitutionkg.server.SparqlServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The endpoint survives hostile queries: each is answered with a 4xx or cut by the timeout, and after each one an
 * ordinary query still answers at once.
 */
class HostileQueryTest {

    private static final int TIMEOUT_MS = 1000;
    private static final int CAP = 500;
    private static SparqlServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        Dataset ds = Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, p -> { }).dataset();
        server = Servers.start(ds, new SparqlServer.Options("127.0.0.1", 0, Pipeline.DEFAULT_BASE,
                new QueryPolicy(TIMEOUT_MS, CAP, Set.of(Wikidata.SPARQL_ENDPOINT)), Path.of("queries"),
                true));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String rawQueryString) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?" + rawQueryString))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String query) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** After every hostile query, an ordinary one answers 200 quickly. */
    @AfterEach
    void nextOrdinaryQueryStillAnswers() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            HttpResponse<String> r = get(q("ASK { ?s ?p ?o }"));
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("true"), r.body());
        });
    }

    @Test
    void aHugeLimitIsCappedAndAnnounced() throws Exception {
        HttpResponse<String> r = get(q("SELECT * { ?s ?p ?o } LIMIT 1000000000"));
        assertEquals(200, r.statusCode());
        assertEquals(Integer.toString(CAP), r.headers().firstValue("X-CKG-Result-Limit").orElse(""));
    }

    @Test
    void aCartesianProductIsCutByTheTimeout() {
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            HttpResponse<String> r = get(q("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"));
            assertTrue(r.statusCode() >= 400 || !r.body().contains("\"n\""), r.statusCode() + " " + r.body());
        });
    }

    @Test
    void aDeepPropertyPathIsAnsweredOrCut() {
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            HttpResponse<String> r = get(q("SELECT (COUNT(*) AS ?n) { ?a (<>|!<>)*/(<>|!<>)*/(<>|!<>)* ?b }"));
            assertTrue(r.statusCode() == 200 || r.statusCode() >= 400, Integer.toString(r.statusCode()));
        });
    }

    @Test
    void aOneMegabyteQueryIsRefusedOrAnswered() {
        String filler = "# " + "x".repeat(1024 * 1024) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(15), () -> {
            HttpResponse<String> r = post(filler + "ASK { ?s ?p ?o }");
            assertTrue(r.statusCode() == 200 || r.statusCode() >= 400 && r.statusCode() < 500,
                    Integer.toString(r.statusCode()));
        });
    }

    @Test
    void invalidUtf8InAParameterIsA4xx() throws Exception {
        HttpResponse<String> r = get("query=%C3%28%FF%FE");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    @Test
    void aMalformedQueryIsA400() throws Exception {
        assertEquals(400, get(q("SELECT * WHERE { ?s ?p")).statusCode());
    }
}
