package org.constitutionkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.constitutionkg.Pipeline;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.dump.ServedDumps;
import org.constitutionkg.server.SparqlServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TDB2 store: atomic switch, pruning, a live dataset that follows CURRENT, served over HTTP. */
class StoreTest {

    private static final String EX = "http://example.org/";

    private static Dataset data(String label, int n) {
        Dataset ds = DatasetFactory.createTxnMem();
        DatasetGraph g = ds.asDatasetGraph();
        for (int i = 0; i < n; i++) {
            g.add(Quad.create(NodeFactory.createURI(EX + "graph/" + label),
                    NodeFactory.createURI(EX + label + i), NodeFactory.createURI(EX + "p"),
                    NodeFactory.createLiteralString(label)));
        }
        return ds;
    }

    private static String select(String url, String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static List<String> stores(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("store-")).sorted().toList();
        }
    }

    @Test
    void noStore(@TempDir Path dir) {
        Store.NoStoreException e = assertThrows(Store.NoStoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("run 'ckg build --store"), e.getMessage());
    }

    @Test
    void writeSwitchesCurrentAndKeepsOnlyThePrevious(@TempDir Path dir) throws Exception {
        Store.Info a = Store.write(dir, data("a", 3), EX, 1);
        assertEquals(a.name(), Store.currentName(dir));
        assertEquals(3, a.triples());
        Store.Info b = Store.write(dir, data("b", 2), EX, 1);
        Store.Info c = Store.write(dir, data("c", 1), EX, 1);
        assertEquals(c.name(), Store.currentName(dir));
        assertEquals(List.of(b.name(), c.name()).stream().sorted().toList(), stores(dir));
        assertEquals(1, Store.current(dir).triples());
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of("CURRENT"), s.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("CURRENT")).toList());
        }
    }

    @Test
    void aFailedLoadLeavesCurrentAndNoFolder(@TempDir Path dir) throws Exception {
        Store.Info a = Store.write(dir, data("a", 3), EX, 1);
        DatasetGraph broken = new DatasetGraphWrapper(data("b", 3).asDatasetGraph()) {
            @Override
            public Iterator<Quad> find() {
                throw new IllegalStateException("disk full");
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Store.write(dir, DatasetFactory.wrap(broken), EX, 1));
        assertEquals("disk full", e.getMessage());
        assertEquals(a.name(), Store.currentName(dir));
        assertEquals(List.of(a.name()), stores(dir));
        try (LiveStore live = Store.open(dir)) {
            Dataset ds = live.dataset();
            assertEquals(3, (long) Txn.calculateRead(ds, () -> ds.asDatasetGraph().getUnionGraph().size()));
        }
    }

    @Test
    void liveStoreIsServedAndFollowsCurrent(@TempDir Path dir) throws Exception {
        Store.write(dir, data("a", 3), EX, 1);
        try (LiveStore live = Store.open(dir);
                SparqlServer server = SparqlServer.start(new SparqlServer.Served(live.dataset(), Quality.empty(),
                        ServedDumps.write(live.dataset(), Quality.empty(), Pipeline.DEFAULT_BASE), live::version),
                        SparqlServer.Options.defaults("127.0.0.1", 0))) {
            String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
            assertTrue(select(server.sparqlUrl(), count).contains("\n3"), "union default graph over TDB2");
            assertTrue(select(server.sparqlUrl(), "SELECT ?s WHERE { GRAPH <" + EX + "graph/a> { ?s ?p ?o } }")
                    .contains(EX + "a0"));
            assertNull(live.poll(null), "nothing changed");

            // A read transaction begun before the switch stays on the old store.
            Dataset ds = live.dataset();
            ds.begin(ReadWrite.READ);
            try {
                Store.Info b = Store.write(dir, data("b", 5), EX, 2);
                Thread t = new Thread(() -> assertEquals(b.name(), live.poll(null).name()));
                t.start();
                t.join();
                assertEquals(3, ds.asDatasetGraph().getUnionGraph().size());
            } finally {
                ds.end();
            }
            assertEquals(5, (long) Txn.calculateRead(ds, () -> ds.asDatasetGraph().getUnionGraph().size()));
            assertTrue(select(server.sparqlUrl(), count).contains("\n5"));
            assertEquals(2, live.info().articles());

            // A broken CURRENT is ignored: the old store keeps serving.
            Files.writeString(dir.resolve("CURRENT"), "store-missing\n");
            assertNull(live.poll(null));
            assertTrue(select(server.sparqlUrl(), count).contains("\n5"));
            assertNotEquals("store-missing", live.info().name());
        }
    }
}
