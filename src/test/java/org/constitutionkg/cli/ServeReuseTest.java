package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.constitutionkg.dump.BuildDir;
import org.constitutionkg.link.Federation;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.server.SparqlServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ckg serve} reuses an up-to-date build folder and rebuilds a stale one, through the real command and the
 * real server over HTTP.
 */
class ServeReuseTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A started server and what the command printed. */
    private record Served(SparqlServer server, String out, String err) {
    }

    private static Served serve(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Main.parse(ServeCommand.options(), args);
        SparqlServer server = ServeCommand.serveArticles(cl, PublishModule.read(cl), "127.0.0.1", 0,
                new QueryPolicy(10_000, 10_000, Federation.SERVICE_ALLOW_LIST), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertNotNull(server, err.toString(StandardCharsets.UTF_8));
        return new Served(server, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void servesAnUpToDateBuildAsItIsAndRebuildsAStaleOne(@TempDir Path tmp) throws Exception {
        Path articles = Files.createDirectory(tmp.resolve("articles"));
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
                Files.copy(p, articles.resolve(p.getFileName()));
            }
        }
        Path dist = tmp.resolve("dist");
        CliRun built = CliRun.of("build", "--input", articles.toString(), "--out", dist.toString());
        assertEquals(Main.OK, built.code(), built.err());
        assertTrue(Files.isRegularFile(dist.resolve(BuildDir.INFO)));
        byte[] sums = Files.readAllBytes(dist.resolve("SHA256SUMS"));

        // Same articles: the build is served as it is, with the same graph as a fresh build.
        Served fresh = serve("--input", articles.toString(), "--out", tmp.resolve("other").toString());
        long freshTriples;
        try {
            assertFalse(fresh.err().contains("serving the build in"), fresh.err());
            freshTriples = count(fresh.server().sparqlUrl());
        } finally {
            fresh.server().stop();
        }
        Served reused = serve("--input", articles.toString(), "--out", dist.toString());
        try {
            assertTrue(reused.err().contains("serving the build in " + dist), reused.err());
            assertFalse(reused.err().contains("validation:"), "validated again: " + reused.err());
            assertTrue(reused.out().contains("(" + freshTriples + " triples)"), reused.out() + " vs " + freshTriples);
            assertEquals(freshTriples, count(reused.server().sparqlUrl()));
            assertArrayEquals(sums, get(reused.server().siteUrl() + "/dumps/SHA256SUMS"));

            // A later build replaces the folder; the running server keeps serving the files it announced.
            Files.writeString(articles.resolve("001_extra.txt"),
                    "= Constitution of Testland =\nThe Constitution of Testland was adopted in 1921.\n");
            CliRun rebuilt = CliRun.of("build", "--input", articles.toString(), "--out", dist.toString());
            assertEquals(Main.OK, rebuilt.code(), rebuilt.err());
            assertArrayEquals(sums, get(reused.server().siteUrl() + "/dumps/SHA256SUMS"));
            byte[] ttl = get(reused.server().siteUrl() + "/dumps/constitution-kg.ttl");
            assertTrue(new String(sums, StandardCharsets.UTF_8).contains(sha256(ttl)));
        } finally {
            reused.server().stop();
        }

        // A changed article makes the build stale: serve builds again and rewrites the folder.
        Files.writeString(articles.resolve("001_extra.txt"),
                "= Constitution of Testland =\nThe Constitution of Testland was adopted in 1922.\n");
        String before = Files.readString(dist.resolve(BuildDir.INFO));
        Served stale = serve("--input", articles.toString(), "--out", dist.toString());
        try {
            assertFalse(stale.err().contains("serving the build in"), stale.err());
            assertTrue(stale.err().contains("validation:"), stale.err());
            assertNotEquals(before, Files.readString(dist.resolve(BuildDir.INFO)));
            assertTrue(Files.readString(dist.resolve("constitution-kg.ttl")).contains("1922"));
        } finally {
            stale.server().stop();
        }
        // A damaged build folder (here a truncated TriG dump) is not served: serve builds again.
        Files.write(dist.resolve("constitution-kg.trig.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        Served damaged = serve("--input", articles.toString(), "--out", dist.toString());
        try {
            assertFalse(damaged.err().contains("serving the build in"), damaged.err());
            assertTrue(count(damaged.server().sparqlUrl()) > 0);
            assertTrue(Files.size(dist.resolve("constitution-kg.trig.gz")) > 1000, "the build was not rewritten");
        } finally {
            damaged.server().stop();
        }
        try (Stream<Path> s = Files.list(tmp)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().contains(".serving-")),
                    "a stopped server leaves its dumps folder behind");
        }
    }

    @Test
    void aReusedBuildOfNoArticleIsServed(@TempDir Path tmp) throws Exception {
        // a build of an empty folder has no provenance graph: served again, its pages must not need one
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Path dist = tmp.resolve("dist");
        CliRun built = CliRun.of("build", "--input", empty.toString(), "--out", dist.toString());
        assertEquals(Main.OK, built.code(), built.err());
        Served reused = serve("--input", empty.toString(), "--out", dist.toString());
        try {
            assertTrue(reused.err().contains("serving the build in " + dist), reused.err());
            assertTrue(reused.out().contains("serving 0 articles"), reused.out());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(reused.server().siteUrl() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(reused.server().siteUrl() + "/quality"))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } finally {
            reused.server().stop();
        }
    }

    @Test
    void anInputNotThereReplacesNoBuildAndServesNothing(@TempDir Path tmp) throws Exception {
        Path dist = tmp.resolve("dist");
        CliRun good = CliRun.of("build", "--input", "seeds", "--out", dist.toString());
        assertEquals(Main.OK, good.code(), good.err());
        byte[] sums = Files.readAllBytes(dist.resolve("SHA256SUMS"));
        String missing = tmp.resolve("no-such-folder").toString();
        for (String[] args : new String[][] {{"--input", missing}, {"--input", "seeds", "--input", missing}}) {
            String[] all = Stream.concat(Stream.of("build"), Stream.concat(Stream.of(args),
                    Stream.of("--out", dist.toString()))).toArray(String[]::new);
            CliRun bad = CliRun.of(all);
            assertEquals(Main.FAILED, bad.code(), bad.err());
            assertTrue(bad.err().contains(missing + ":1: no such file or folder"), bad.err());
            assertTrue(bad.err().contains("no such input: " + missing + "; nothing written, " + dist
                    + " keeps the last good build"), bad.err());
            assertArrayEquals(sums, Files.readAllBytes(dist.resolve("SHA256SUMS")));
        }
        // serve neither reuses a build for it nor starts on what is left
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = Main.parse(ServeCommand.options(), new String[] {"--input", missing, "--out",
                tmp.resolve("other").toString()});
        SparqlServer server = ServeCommand.serveArticles(cl, PublishModule.read(cl), "127.0.0.1", 0,
                new QueryPolicy(10_000, 10_000, Federation.SERVICE_ALLOW_LIST), null,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        if (server != null) {
            server.stop();
        }
        assertEquals(null, server, err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such input: " + missing + "; not starting"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(tmp.resolve("other")));
    }

    @Test
    void aPortInUseIsSaidToBeTakenWithoutAStackTrace(@TempDir Path tmp) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            CommandLine cl = Main.parse(ServeCommand.options(),
                    new String[] {"--input", "seeds", "--out", tmp.resolve("dist").toString()});
            SparqlServer server = ServeCommand.serveArticles(cl, PublishModule.read(cl), "127.0.0.1", port,
                    new QueryPolicy(10_000, 10_000, Federation.SERVICE_ALLOW_LIST), null,
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            if (server != null) {
                server.stop();
            }
            assertEquals(null, server, said);
            assertTrue(said.contains("ckg serve: cannot listen on 127.0.0.1:" + port + ": "), said);
            assertFalse(said.contains("\tat "), "a taken port is not a fault of ckg: " + said);
        }
    }

    private static long count(String endpoint) throws Exception {
        String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + q))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.body().strip().split("\\R")[1].strip());
    }

    private static byte[] get(String url) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
