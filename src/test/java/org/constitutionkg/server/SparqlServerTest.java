package org.constitutionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A real server on a free loopback port, spoken to over HTTP. */
class SparqlServerTest {

    private static final String EX = "http://example.org/";
    private static final String G1 = EX + "graph/one";
    private static final String G2 = EX + "graph/two";

    private static SparqlServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(quad(G1, "a", "p", "b"));
        dsg.add(quad(G2, "c", "p", "d"));
        Dataset ds = DatasetFactory.wrap(dsg);
        server = Servers.start(ds, "127.0.0.1", 0);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static Quad quad(String g, String s, String p, String o) {
        Node gn = NodeFactory.createURI(g);
        return Quad.create(gn, NodeFactory.createURI(EX + s), NodeFactory.createURI(EX + p),
                NodeFactory.createURI(EX + o));
    }

    private static final String SELECT_ALL = "SELECT ?s WHERE { ?s <" + EX + "p> ?o } ORDER BY ?s";

    @Test
    void listensOnTheGivenHostAndAFreePort() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/sparql", server.sparqlUrl());
    }

    @Test
    void jettyOutputBufferIsSmall() {
        for (Connector c : server.fuseki().getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            assertEquals(32 * 1024, http.getHttpConfiguration().getOutputBufferSize());
        }
    }

    @Test
    void getSeesEveryNamedGraphThroughTheDefaultGraph() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(SELECT_ALL));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(EX + "a"), r.body());
        assertTrue(r.body().contains(EX + "c"), r.body());
    }

    @Test
    void postFormSeesEveryNamedGraphThroughTheDefaultGraph() throws Exception {
        HttpResponse<String> r = postForm(server.sparqlUrl(), "query=" + enc(SELECT_ALL));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(EX + "a"), r.body());
        assertTrue(r.body().contains(EX + "c"), r.body());
    }

    @Test
    void postSparqlQueryBodyWorks() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { <" + EX + "a> ?p <" + EX + "b> }"))
                .build();
        HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":true"), r.body());
    }

    @Test
    void graphAddressesOneNamedGraph() throws Exception {
        String q = "SELECT ?s WHERE { GRAPH <" + G2 + "> { ?s ?p ?o } }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(EX + "c"), r.body());
        assertFalse(r.body().contains(EX + "a\""), r.body());
    }

    @Test
    void graphVariableListsTheNamedGraphs() throws Exception {
        String q = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc(q));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains(G1) && r.body().contains(G2), r.body());
    }

    @Test
    void updateIsRefused() throws Exception {
        String update = "update=" + enc("INSERT DATA { <" + EX + "x> <" + EX + "p> <" + EX + "y> }");
        int atSparql = postForm(server.sparqlUrl(), update).statusCode();
        int atUpdate = postForm("http://127.0.0.1:" + server.port() + "/update", update).statusCode();
        int atSparqlUpdate = postForm(server.sparqlUrl() + "/update", update).statusCode();
        assertTrue(atSparql >= 400 && atSparql < 500, "POST update to /sparql gave " + atSparql);
        assertTrue(atUpdate >= 400 && atUpdate < 500, "POST update to /update gave " + atUpdate);
        assertTrue(atSparqlUpdate >= 400 && atSparqlUpdate < 500, "POST update to /sparql/update gave "
                + atSparqlUpdate);
        HttpRequest put = HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<" + EX + "x> <" + EX + "p> <" + EX + "y> ."))
                .build();
        int gsp = http.send(put, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(gsp >= 400 && gsp < 500, "PUT to /sparql gave " + gsp);

        HttpResponse<String> r = get(server.sparqlUrl() + "?query="
                + enc("ASK { <" + EX + "x> ?p ?o }"));
        assertTrue(r.body().replace(" ", "").contains("\"boolean\":false"), "data changed: " + r.body());
    }

    @Test
    void plainGetShowsAQueryForm() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<textarea name=\"query\""), r.body());
    }

    @Test
    void malformedQueryIsBadRequest() throws Exception {
        HttpResponse<String> r = get(server.sparqlUrl() + "?query=" + enc("SELECT WHERE { oops"));
        assertEquals(400, r.statusCode(), r.body());
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json")
                .GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String url, String form) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
