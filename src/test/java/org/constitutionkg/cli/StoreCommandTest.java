package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.constitutionkg.link.Federation;
import org.constitutionkg.query.QueryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --store} and {@code serve --store}: the real commands, a real server, queries over HTTP. */
class StoreCommandTest {

    private static final String LABEL_1921 = "1921 Constitution of the Azerbaijan Socialist Soviet Republic";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    private static final String HAS_1921 = "ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> \""
            + LABEL_1921 + "\"@en }";

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static String query(String url, String q) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "?query=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8))).header("Accept", "text/csv,text/plain").GET().build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().trim();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static long count(String url) throws Exception {
        String body = query(url, COUNT);
        return Long.parseLong(body.substring(body.lastIndexOf('\n') + 1).trim());
    }

    private static boolean has1921(String url) throws Exception {
        return query(url, HAS_1921).contains("true");
    }

    private static String current(Path store) throws Exception {
        return Files.readString(store.resolve("CURRENT")).trim();
    }

    private static List<String> storeFolders(Path store) throws Exception {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("store-")).toList();
        }
    }

    @Test
    void serveWithoutAStoreExits1(@TempDir Path dir) {
        Run r = run("serve", "--store", dir.toString(), "--port", "0");
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains("ckg serve: no store in " + dir + ": run 'ckg build --store " + dir
                + "' first"), r.err());
    }

    @Test
    void serveStoreRejectsInput(@TempDir Path dir) {
        Run r = run("serve", "--store", dir.toString(), "--input", "seeds");
        assertEquals(Main.USAGE, r.code(), r.err());
    }

    @Test
    void buildServeRebuildAndFailedRebuild(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("kg");
        Path dist = tmp.resolve("dist");
        Run built = run("build", "--input", "seeds", "--store", store.toString());
        assertEquals(Main.OK, built.code(), built.err());
        assertTrue(built.err().contains("stored "), built.err());
        String first = current(store);
        assertTrue(Files.isDirectory(store.resolve(first)));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServeCommand.Running running = ServeCommand.serveStore(store, "127.0.0.1", 0, null,
                new QueryPolicy(10_000, 10_000, Federation.SERVICE_ALLOW_LIST), null, true,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertNotNull(running, err.toString(StandardCharsets.UTF_8));
        try {
            String ready = out.toString(StandardCharsets.UTF_8);
            assertTrue(ready.startsWith("constitution-kg: serving 3 articles ("), ready);
            String url = running.server().sparqlUrl();
            long seedTriples = count(url);
            assertTrue(seedTriples > 0);
            assertTrue(ready.contains("(" + seedTriples + " triples)"), ready + " vs " + seedTriples);
            assertTrue(has1921(url));
            String sums = get(running.server().siteUrl() + "/dumps/SHA256SUMS");
            assertTrue(get(running.server().siteUrl() + "/dumps/constitution-kg.ttl").contains("\"" + LABEL_1921
                    + "\"@en"));

            // Rebuild from one article without it (also writing dumps): the server switches to it.
            Path one = Files.createDirectory(tmp.resolve("one"));
            try (Stream<Path> s = Files.list(Path.of("seeds"))) {
                Path article = s.filter(p -> p.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
                Files.copy(article, one.resolve(article.getFileName()));
            }
            Run rebuilt = run("build", "--input", one.toString(), "--store", store.toString(), "--out",
                    dist.toString());
            assertEquals(Main.OK, rebuilt.code(), rebuilt.err());
            assertTrue(Files.isRegularFile(dist.resolve("constitution-kg.ttl")));
            String second = current(store);
            assertFalse(second.equals(first));
            long deadline = System.currentTimeMillis() + 10_000;
            while (has1921(url) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertFalse(has1921(url), () -> "still serving the old store: " + err.toString(StandardCharsets.UTF_8));
            long oneTriples = count(url);
            assertTrue(oneTriples > 0 && oneTriples < seedTriples, oneTriples + " vs " + seedTriples);
            // (the switch is logged after the new store answers: wait for the line rather than race it)
            deadline = System.currentTimeMillis() + 10_000;
            while (!err.toString(StandardCharsets.UTF_8).contains("switched to " + second)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("switched to " + second));
            // The site follows: dumps and VoID are remade from the new store.
            String site = running.server().siteUrl();
            deadline = System.currentTimeMillis() + 20_000;
            while (!err.toString(StandardCharsets.UTF_8).contains("remade for " + second)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("remade for " + second),
                    err.toString(StandardCharsets.UTF_8));
            assertFalse(get(site + "/dumps/constitution-kg.ttl").contains("\"" + LABEL_1921 + "\"@en"),
                    "/dumps/ still has the old store's data");
            assertFalse(sums.equals(get(site + "/dumps/SHA256SUMS")), "SHA256SUMS not remade");

            // A failed rebuild (facts that --strict will not withhold) leaves CURRENT and the served data alone.
            Run failed = run("build", "--input", "seeds", "--store", store.toString(), "--shapes",
                    "src/test/resources/shapes/strict", "--strict");
            assertEquals(Main.FAILED, failed.code(), failed.err());
            assertTrue(failed.err().contains(store + " keeps its current store"), failed.err());
            assertEquals(second, current(store));
            Thread.sleep(1500); // longer than the watcher's poll
            assertEquals(oneTriples, count(url));
            assertFalse(has1921(url));
            List<String> folders = storeFolders(store);
            assertTrue(folders.contains(first) && folders.contains(second) && folders.size() == 2, folders.toString());

            // A third build prunes the oldest store, never the one just replaced.
            Run third = run("build", "--input", "seeds", "--store", store.toString());
            assertEquals(Main.OK, third.code(), third.err());
            folders = storeFolders(store);
            assertTrue(folders.contains(second) && folders.contains(current(store)) && !folders.contains(first),
                    folders.toString());
            deadline = System.currentTimeMillis() + 10_000;
            while (!has1921(url) && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            assertEquals(seedTriples, count(url));
        } finally {
            running.stop();
        }
    }
}
