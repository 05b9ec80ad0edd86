package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    // ---- usage ------------------------------------------------------------------------------------------------

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : List.of("build", "dump", "serve")) {
            assertTrue(r.out().contains("  " + c + " "), r.out());
        }
    }

    @Test
    void noArgumentsListsTheCommandsAsAUsageError() {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("build") && r.err().contains("serve"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "dump", "serve"})
    void eachCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ckg " + command), r.out());
        assertTrue(r.out().contains("--input"), r.out());
        assertTrue(r.out().contains("--help"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown command 'frobnicate'"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "build --nope",
        "build --out",
        "build stray-argument",
        "build --base not-an-iri",
        "build --base http://example.org/no-trailing-separator",
        "dump --format xml",
        "dump --nope",
        "serve --port abc",
        "serve --port 70000",
        "serve --port -1",
        "serve --nope",
    })
    void badCommandLinesAreUsageErrors(String line) {
        Run r = run(line.split(" "));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Try 'ckg "), r.err());
        assertEquals("", r.out());
    }

    // ---- writing the build output -----------------------------------------------------------------------------

    @Test
    void writeAtomicallyReplacesTheFolderAsAWhole(@TempDir Path tmp) throws IOException {
        Path dist = tmp.resolve("dist");
        Files.createDirectories(dist);
        Files.writeString(dist.resolve("stale.ttl"), "old");

        org.constitutionkg.dump.Folders.replace(dist, d -> Files.writeString(d.resolve("new.ttl"), "new"));

        assertFalse(Files.exists(dist.resolve("stale.ttl")));
        assertEquals("new", Files.readString(dist.resolve("new.ttl")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dist), s.toList(), "temporary folders left behind");
        }
    }

    @Test
    void writeAtomicallyLeavesTheOldFolderWhenWritingFails(@TempDir Path tmp) throws IOException {
        Path dist = tmp.resolve("dist");
        Files.createDirectories(dist);
        Files.writeString(dist.resolve("good.ttl"), "old");

        assertThrows(IOException.class, () -> org.constitutionkg.dump.Folders.replace(dist, d -> {
            Files.writeString(d.resolve("half.ttl"), "half");
            throw new IOException("disk full");
        }));

        assertEquals("old", Files.readString(dist.resolve("good.ttl")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dist), s.toList(), "temporary folders left behind");
        }
        try (Stream<Path> s = Files.list(dist)) {
            assertEquals(1, s.count());
        }
    }

    // ---- build ------------------------------------------------------------------------------------------------

    private static final String EXAMPLIA = """
            = 1950 Constitution of Examplia =

            Infobox
            - Short Title: Constitution of Examplia
            - Jurisdiction: Republic of Examplia
            - Date Ratified: 3 May 1950

            The 1950 Constitution of Examplia was adopted on 1 May 1950.
            """;

    @Test
    void buildWritesTheGoodArticlesAndFailsOnABadOne(@TempDir Path tmp) throws IOException {
        Path articles = Files.createDirectories(tmp.resolve("articles"));
        Files.writeString(articles.resolve("examplia.txt"), EXAMPLIA);
        Files.writeString(articles.resolve("bad.txt"), "");
        Path dist = tmp.resolve("dist");
        Files.createDirectories(dist);
        Files.writeString(dist.resolve("stale.txt"), "from an earlier build");

        Run r = run("build", "--input", articles.toString(), "--out", dist.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("bad.txt:1:"), r.err());
        assertTrue(r.err().contains("built 1 article,"), r.err());
        assertFalse(Files.exists(dist.resolve("stale.txt")), "old output not replaced");

        Graph ttl = GraphFactory.createDefaultGraph();
        RDFParser.source(dist.resolve("constitution-kg.ttl")).lang(Lang.TURTLE).parse(ttl);
        assertTrue(ttl.size() > 0, "Turtle dump is empty");

        DatasetGraph trig = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dist.resolve("constitution-kg.trig.gz")))) {
            RDFParser.source(in).lang(Lang.TRIG).parse(trig);
        }
        assertTrue(trig.listGraphNodes().hasNext(), "TriG dump has no named graphs");

        Graph nt = GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dist.resolve("constitution-kg.nt.gz")))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(nt);
        }
        assertTrue(nt.isIsomorphicWith(ttl), "N-Triples and Turtle dumps differ");

        Graph jsonld = GraphFactory.createDefaultGraph();
        RDFParser.source(dist.resolve("constitution-kg.jsonld")).lang(Lang.JSONLD).parse(jsonld);
        assertTrue(jsonld.isIsomorphicWith(ttl), "JSON-LD and Turtle dumps differ");
    }
}
