package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.constitutionkg.Pipeline;
import org.constitutionkg.dump.Dumps;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ckg publish} against a real, writable Fuseki on a free loopback port, and against failing servers. */
class PublishCommandTest {

    private FusekiServer fuseki;
    private String url;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Run(int code, String out, String err) { }

    @BeforeEach
    void start() {
        PublishCommand.backoff = Duration.ofMillis(20);
        fuseki = FusekiServer.create().port(0).loopback(true).verbose(false)
                .add("/ds", DatasetGraphFactory.createTxnMem(), true)
                .build();
        // As in publish/SparqlServer: Fuseki 5.6.0 asks Jetty for a 5 MiB output buffer per response.
        for (Connector connector : fuseki.getJettyServer().getConnectors()) {
            HttpConnectionFactory f = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (f != null) {
                f.getHttpConfiguration().setOutputBufferSize(32 * 1024);
            }
        }
        fuseki.start();
        url = "http://127.0.0.1:" + fuseki.getPort();
    }

    @AfterEach
    void stop() {
        PublishCommand.backoff = org.constitutionkg.gsp.GraphStorePublisher.DEFAULT_BACKOFF;
        if (fuseki != null) {
            fuseki.stop();
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Triples per named graph in the remote store, by a SPARQL query over HTTP. */
    private Map<String, Long> remoteCounts() throws IOException, InterruptedException {
        String q = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/ds/query?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Long> counts = new LinkedHashMap<>();
        r.body().lines().skip(1).filter(l -> !l.isBlank()).forEach(l -> {
            int comma = l.lastIndexOf(',');
            counts.put(l.substring(0, comma), Long.parseLong(l.substring(comma + 1).strip()));
        });
        return counts;
    }

    private static Map<String, Long> localCounts(DatasetGraph dsg) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            counts.put(g.getURI(), (long) dsg.getGraph(g).size());
        }
        return counts;
    }

    @Test
    void pushesEveryNamedGraphAndTheStoreHoldsTheSameTriples() throws Exception {
        Run r = run("publish", "--gsp", url + "/ds/data", "--input", "seeds");

        assertEquals(0, r.code(), r.err());
        DatasetGraph local = Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().asDatasetGraph();
        Map<String, Long> expected = localCounts(local);
        assertTrue(expected.size() >= 5, expected.toString()); // 3 articles, provenance, links, ontology
        assertEquals(expected, remoteCounts());
        assertTrue(r.err().contains("published " + expected.size() + " graphs to " + url + "/ds/data"), r.err());

        // A second publish replaces the graphs (PUT), it does not add to them.
        assertEquals(0, run("publish", "--gsp", url + "/ds/data", "--input", "seeds").code());
        assertEquals(expected, remoteCounts());
    }

    @Test
    void anArticleLeftOutLeavesNoEarlierGraphInTheStore(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path articles = java.nio.file.Files.createDirectory(tmp.resolve("articles"));
        java.nio.file.Files.writeString(articles.resolve("01_council.txt"),
                "= Council of Elders of Norland =\n\nInfobox\n- Established: 1921\n\nIt was a made-up body.\n");
        java.nio.file.Files.writeString(articles.resolve("02_charter.txt"),
                "= Charter of Norland =\n\nInfobox\n- Adopted: 1930\n\nIt was a made-up charter.\n");
        assertEquals(0, run("publish", "--gsp", url + "/ds/data", "--input", articles.toString()).code());
        String charterGraph = Pipeline.DEFAULT_BASE + "graph/article/02_charter";
        assertTrue(remoteCounts().containsKey(charterGraph), remoteCounts().toString());

        // The charter's article becomes a bare title: nothing of it can be published, and its old graph goes.
        java.nio.file.Files.writeString(articles.resolve("02_charter.txt"), "= Something Unnamed =\n");
        Run r = run("publish", "--gsp", url + "/ds/data", "--input", articles.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("removed 1 graph of articles left out"), r.err());
        assertFalse(remoteCounts().containsKey(charterGraph), remoteCounts().toString());
    }

    @Test
    void withGraphPushesTheUnionOfTheFactGraphsIntoOneGraph() throws Exception {
        String g = "https://example.org/graph/constitution-kg";
        Run r = run("publish", "--gsp", url + "/ds/data", "--graph", g, "--input", "seeds");

        assertEquals(0, r.code(), r.err());
        long union = Dumps.articleUnion(Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, p -> { })
                .dataset(), Pipeline.DEFAULT_BASE).size();
        assertEquals(Map.of(g, union), remoteCounts());
    }

    @Test
    void aClosedPortFailsWithTheUrlAndExitCode1() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        String gsp = "http://127.0.0.1:" + port + "/ds/data";
        Run r = run("publish", "--gsp", gsp, "--input", "seeds");

        assertEquals(1, r.code(), r.err());
        Matcher m = Pattern.compile("(?m)^ckg publish: (\\S+): (.+)$").matcher(r.err());
        assertTrue(m.find(), r.err());
        assertTrue(m.group(1).startsWith(gsp + "?graph="), m.group(1));
        assertTrue(m.group(2).contains("cannot connect"), m.group(2));
    }

    @Test
    void fiveHundredTwiceThenSuccessIsRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/data", ex -> {
            try (InputStream in = ex.getRequestBody()) {
                bodies.add(ex.getRequestMethod() + " " + ex.getRequestHeaders().getFirst("Content-Type") + " "
                        + new String(in.readAllBytes(), StandardCharsets.UTF_8).length());
            }
            int n = calls.incrementAndGet();
            ex.sendResponseHeaders(n <= 2 ? 500 : 204, -1);
            ex.close();
        });
        server.start();
        try {
            String gsp = "http://127.0.0.1:" + server.getAddress().getPort() + "/data";
            Run r = run("publish", "--gsp", gsp, "--graph", "https://example.org/g", "--input", "seeds");

            assertEquals(0, r.code(), r.err());
            assertEquals(3, calls.get());
            assertTrue(bodies.stream().allMatch(b -> b.startsWith("PUT application/n-triples ")), bodies.toString());
            assertEquals(1, bodies.stream().distinct().count(), "the same body on every try: " + bodies);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aPersistent500FailsAfterThreeTriesWithStatusAndReason() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/data", ex -> {
            ex.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            ex.sendResponseHeaders(503, -1);
            ex.close();
        });
        server.start();
        try {
            String gsp = "http://127.0.0.1:" + server.getAddress().getPort() + "/data";
            Run r = run("publish", "--gsp", gsp, "--input", "seeds");

            assertEquals(1, r.code(), r.err());
            assertEquals(3, calls.get());
            assertTrue(Pattern.compile("(?m)^ckg publish: " + Pattern.quote(gsp) + "\\?graph=\\S+: 503 Service "
                    + "Unavailable$").matcher(r.err()).find(), r.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClientErrorIsNotRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/data", ex -> {
            ex.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            byte[] body = "read-only dataset".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(405, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String gsp = "http://127.0.0.1:" + server.getAddress().getPort() + "/data";
            Run r = run("publish", "--gsp", gsp, "--input", "seeds");

            assertEquals(1, r.code(), r.err());
            assertEquals(1, calls.get());
            assertTrue(r.err().contains(": 405 Method Not Allowed (read-only dataset)"), r.err());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void usageErrors() {
        assertEquals(2, run("publish", "--input", "seeds").code());
        assertEquals(2, run("publish", "--gsp", "ftp://example.org/data").code());
        assertEquals(2, run("publish", "--gsp", "not a url").code());
        assertEquals(2, run("publish", "--gsp", url + "/ds/data", "--graph", "relative/iri").code());
        Run help = run("publish", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--gsp"), help.out());
        assertFalse(run("--help").out().isEmpty());
        assertTrue(run("--help").out().contains("publish"));
    }
}
