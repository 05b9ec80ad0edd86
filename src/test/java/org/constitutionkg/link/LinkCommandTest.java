package org.constitutionkg.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.constitutionkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ckg link} over the seed articles against the stand-in: exit codes, files written or left alone. */
class LinkCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run ckg(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] args(String api, Path dir, String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("link", "--input", "seeds", "--api", api,
                "--links", dir.resolve("links.tsv").toString(), "--out", dir.resolve("review.tsv").toString(),
                "--cache", dir.resolve("cache").toString(), "--rate", "1000", "--retry-delay", "5", "--retries", "3"));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    static Path seedLinks(Path dir) throws Exception {
        Path links = dir.resolve("links.tsv");
        Files.copy(Path.of(LinksTable.PATH), links);
        return links;
    }

    @Test
    void acceptsAnUnambiguousCandidateAndAsksNothingTheSecondTime(@TempDir Path dir) throws Exception {
        Path links = seedLinks(dir);
        byte[] before = Files.readAllBytes(links);
        try (StandInWikidata s = new StandInWikidata()) {
            s.item("Q4115", "Mikhail Kalinin", "Soviet politician", List.of("Mikhail Kalinin"), "Q5");
            Run r = ckg(args(s.api(), dir));
            assertEquals(Main.OK, r.code(), r.err());
            String after = Files.readString(links);
            assertTrue(after.startsWith(new String(before, StandardCharsets.UTF_8)), "curated rows kept as they were");
            List<String> added = after.substring(before.length).lines().toList();
            assertEquals(1, added.size(), after);
            assertTrue(added.get(0).startsWith("Mikhail Kalinin\tQ4115\treconciled\texact\tPerson\tlabel\treconciled\t0.925\t"),
                    added.get(0));
            String review = Files.readString(dir.resolve("review.tsv"));
            assertTrue(review.startsWith("entity\tlabel\tclass\tcandidate\t"), review);
            assertTrue(review.contains("\tQ4115\tMikhail Kalinin\tSoviet politician\t0.925\taccepted\t"), review);
            // curated entities are never looked up
            assertFalse(s.requests().stream().anyMatch(q -> q.contains("search=Vladimir%20Lenin")));
            int asked = s.requests().size();

            // the accepted row is a link in the built dataset, with its score and date
            LinksTable table = LinksTable.read(links);
            var ds = org.constitutionkg.Pipeline.build(List.of(Path.of("seeds")), ReconcilerTest.BASE, p -> { })
                    .dataset();
            WikidataLinks.Result res = WikidataLinks.resolve(ds, ReconcilerTest.BASE, table);
            assertTrue(res.links().stream().anyMatch(l -> l.item().getURI().equals(Wikidata.item("Q4115"))
                    && l.row().isReconciled() && l.row().score().equals("0.925")));

            // a second run (Kalinin now linked) asks nothing new: every answer is in the cache
            Files.write(links, before);
            Run again = ckg(args(s.api(), dir));
            assertEquals(Main.OK, again.code(), again.err());
            assertEquals(asked, s.requests().size(), "the second run sent requests");
            assertTrue(again.err().contains("(0 requests, "), again.err());
        }
    }

    @Test
    void theStandInDyingMidRunLeavesBothFilesAlone(@TempDir Path dir) throws Exception {
        Path links = seedLinks(dir);
        byte[] before = Files.readAllBytes(links);
        Files.writeString(dir.resolve("review.tsv"), "old review\n");
        try (StandInWikidata s = new StandInWikidata()) {
            s.dieAfter(5);
            Run r = ckg(args(s.api(), dir));
            assertEquals(Main.FAILED, r.code(), r.err());
            assertTrue(r.err().contains("ckg link: cannot reach " + s.api()), r.err());
            assertTrue(r.err().contains("nothing written"), r.err());
        }
        assertArrayEquals(before, Files.readAllBytes(links));
        assertEquals("old review\n", Files.readString(dir.resolve("review.tsv")));
        try (var files = Files.list(dir.resolve("cache"))) {
            assertEquals(5, files.count(), "the five answers before the death are kept");
        }
    }

    @Test
    void anUnreachableApiIsAClearErrorAndChangesNothing(@TempDir Path dir) throws Exception {
        Path links = seedLinks(dir);
        byte[] before = Files.readAllBytes(links);
        String api;
        try (StandInWikidata s = new StandInWikidata()) {
            api = s.api();
        }
        Run r = ckg(args(api, dir));
        assertEquals(Main.FAILED, r.code(), r.err());
        assertTrue(r.err().contains("ckg link: cannot reach " + api + "?action=wbsearchentities"), r.err());
        assertTrue(r.err().contains("connection refused"), r.err());
        assertArrayEquals(before, Files.readAllBytes(links));
        assertFalse(Files.exists(dir.resolve("review.tsv")));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        assertEquals(Main.USAGE, ckg(args("http://127.0.0.1:1/w/api.php", dir, "--accept", "2")).code());
        assertEquals(Main.USAGE, ckg("link", "--api", "ftp://example.org/").code());
        Run help = ckg("link", "--help");
        assertEquals(Main.OK, help.code());
        assertTrue(help.out().contains("--accept"), help.out());
    }
}
