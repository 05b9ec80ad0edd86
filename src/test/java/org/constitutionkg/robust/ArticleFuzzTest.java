package org.constitutionkg.robust;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.article.Problem;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never breaks the build: for hostile files (random bytes, invalid UTF-8, BOMs, odd line ends, 10 MB
 * lines, 100,000 infobox fields, deep lists, empty headings, duplicate titles, bare titles) and for random
 * mutations of the seed articles, {@link Pipeline#build} must return within a time bound, let no exception escape,
 * report every problem as {@code FILE:LINE: message}, and still publish a known-good article read alongside.
 * <p>Deterministic: the mutation cases derive from {@code -Dfuzz.seed} (default {@value #DEFAULT_SEED}); the CI run
 * is {@value #DEFAULT_CASES} mutation cases ({@code -Dfuzz.cases=N}); {@code -Dfuzz.seconds=N} keeps mutating for
 * N more seconds. A failing case names its case seed and is copied to {@code target/fuzz-failures/} for replay.
 */
class ArticleFuzzTest {

    static final long DEFAULT_SEED = 0x5EED_C0DEL;
    static final int DEFAULT_CASES = 60;

    private static final long SEED = Long.getLong("fuzz.seed", DEFAULT_SEED);
    private static final int CASES = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
    private static final long EXTRA_SECONDS = Long.getLong("fuzz.seconds", 0L);

    private static final Duration NORMAL = Duration.ofSeconds(10);
    private static final Duration LARGE = Duration.ofSeconds(60);

    /** The one format every problem must have: {@code FILE:LINE: message}, on one line. */
    private static final Pattern PROBLEM = Pattern.compile("^.+:\\d+: .+");

    private static final String GOOD_TITLE = "1931 Constitution of Kontrolia";
    private static final String GOOD_ID = "zz-known-good";
    private static final String GOOD = """
            = 1931 Constitution of Kontrolia =

            Infobox
            - Jurisdiction: Republic of Kontrolia
            - Date Ratified: 9 March 1931

            The 1931 Constitution of Kontrolia was adopted by the Supreme Council of Kontrolia on 4 March 1931.
            """;

    private static final String[] WORDS = ("the of and was were by in on to at Congress Soviets Supreme Soviet "
            + "Council Constitution Republic Presidium Committee Central Executive People's Commissars adopted "
            + "established replaced abolished elected ratified signed divided into chambers known as also later "
            + "from until its dissolution 1922 1936 5 December 30 January March 1918 All-Union Russian SFSR "
            + "Valdoria Valdorian First Second Third held convened met accountable headed based upon resemblance "
            + "articles chapters sections 72 eleven \"quoted\" (paren) , ; : – — - Mr. St. U.S.S.R. e.g.").split(" ");

    private static List<String> seeds;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSeeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertFalse(seeds.isEmpty(), "no seed articles under seeds/");
    }

    // ---- hand-made hostile inputs ---------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> hostileFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        Random r = new Random(SEED);
        String seed0 = seeds.get(0);

        // random bytes: with NUL, without NUL, and behind a valid title
        tests.add(normal("random bytes", Map.of("rnd.txt", randomBytes(r, 4096, true))));
        tests.add(normal("random bytes without NUL", Map.of("rnd.txt", randomBytes(r, 4096, false))));
        tests.add(normal("title then random bytes", Map.of("rnd.txt",
                concat(utf8("= Random Tail =\n\n"), randomBytes(r, 4096, false)))));

        // invalid UTF-8 in many shapes
        tests.add(normal("invalid UTF-8", Map.of(
                "ff.txt", concat(utf8("= T =\n\nText \n"), new byte[] {(byte) 0xff, 'x', '\n'}),
                "lone-continuation.txt", concat(utf8("= T =\n"), new byte[] {(byte) 0x80}),
                "overlong.txt", concat(utf8("= T =\n\n"), new byte[] {(byte) 0xc0, (byte) 0xaf, '\n'}),
                "surrogate.txt", concat(utf8("= T =\n\n"), new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}),
                "truncated-at-end.txt", concat(utf8(seed0), new byte[] {(byte) 0xe2, (byte) 0x80}),
                "latin1.txt", ("= Café =\n\nLe café était établi en 1922.\n").getBytes(StandardCharsets.ISO_8859_1),
                "utf16.txt", ("= Sixteen =\n\nText.\n").getBytes(StandardCharsets.UTF_16))));

        // byte order marks, line ends
        tests.add(normal("BOM", Map.of(
                "bom.txt", utf8("\uFEFF" + seed0),
                "bom-twice.txt", utf8("\uFEFF\uFEFF" + seed0),
                "bom-inside.txt", utf8(seed0.replace("\n\n", "\n\uFEFF\n")),
                "bom-only.txt", utf8("\uFEFF"))));
        tests.add(normal("CRLF, lone CR, mixed", Map.of(
                "crlf.txt", utf8(seed0.replace("\n", "\r\n")),
                "cr.txt", utf8(seed0.replace("\n", "\r")),
                "mixed.txt", utf8(mixLineEnds(seed0, r)),
                "cr-cr-lf.txt", utf8(seed0.replace("\n", "\r\r\n")))));

        // 10 MB on one line
        tests.add(large("10 MB line of random words and sentences", Map.of("long.txt",
                utf8("= Long Line Republic =\n\n" + randomProse(r, 10_000_000, true) + "\n"))));
        tests.add(large("10 MB line, one giant sentence", Map.of("sentence.txt",
                utf8("= Giant Sentence Republic =\n\nThe Congress " + randomProse(r, 10_000_000, false) + ".\n"))));
        tests.add(large("10 MB run of capitalised name words", Map.of("names.txt",
                utf8("= Name Run =\n\nThe Constitution was replaced by the " + nameRun(r, 10_000_000) + ".\n"))));
        tests.add(large("10 MB title line", Map.of("title.txt",
                utf8("= " + nameRun(r, 10_000_000) + " =\n\nThe constitution was adopted on 4 March 1931.\n"))));
        tests.add(large("10 MB infobox value", Map.of("value.txt",
                utf8("= Big Value Council =\n\nInfobox\n- Preceded By: " + nameRun(r, 10_000_000)
                        + "\n- Established: 1 May 1920\n\nText.\n"))));

        // 100,000 infobox fields
        tests.add(large("100,000 infobox fields", Map.of("fields.txt", utf8(manyFields(r, 100_000)))));

        // deeply nested lists
        tests.add(normal("deeply nested lists", Map.of(
                "dashes.txt", utf8("= Nested Dashes =\n\n" + "- ".repeat(50_000) + "item\n"),
                "hashes.txt", utf8("= Nested Hashes =\n\n" + "#".repeat(200_000) + " item\n"),
                "staircase.txt", utf8(staircase(3_000)),
                "enumerated.txt", utf8("= Nested Numbers =\n\n" + "1. A. ".repeat(20_000) + "item\n"),
                "many-items.txt", utf8(manyItems(r, 50_000)))));

        // headings without titles
        tests.add(normal("headings without titles", Map.of(
                "h1.txt", utf8("= Headings Republic =\n\n==\n\n== ==\n===\n=====  =====\n==\t==\nText.\n"),
                "h2.txt", utf8("= =\n\nText.\n"),
                "h3.txt", utf8("==\n= Late Title =\n"),
                "h4.txt", utf8("=\n"),
                "h5.txt", utf8("= Heading Only Republic =\n==\n"),
                "h6.txt", utf8("= Many Headings =\n" + "==\n".repeat(100_000)))));

        // duplicate titles across files (also one repeating a seed's title)
        Map<String, byte[]> dup = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            dup.put("dup" + i + ".txt", utf8("= 1940 Constitution of Valdoria =\n\nInfobox\n- Date Adopted: "
                    + (i + 1) + " May 194" + i + "\n- Jurisdiction: Republic of Valdoria\n\n"
                    + "The 1940 Constitution of Valdoria was adopted on " + (i + 1) + " May 194" + i + ".\n"));
        }
        dup.put("dup-seed.txt", utf8(seed0));
        tests.add(normal("duplicate titles across files", dup));

        // a title and nothing else, and other near-empty files
        tests.add(normal("title only", Map.of(
                "t1.txt", utf8("= Only A Title ="),
                "t2.txt", utf8("= Only A Title Newline =\n"),
                "t3.txt", utf8("\n\n\n= Late Title =\n\n\n"),
                "t4.txt", utf8("= Infobox Word Then Nothing =\n\nInfobox\n"),
                "t5.txt", utf8("= Caption Then Field =\nCaption\n- Key: Value"),
                "t6.txt", utf8("= Field No Value =\nInfobox\n- Key:\n- : value\n- :\n"),
                "empty.txt", new byte[0],
                "blank.txt", utf8(" \n\t\n\r\n"))));

        // unusual characters everywhere
        tests.add(normal("unusual unicode", Map.of(
                "u1.txt", utf8(insertUnicode(seed0, new Random(SEED + 1), 500)),
                "u2.txt", utf8("= \u202Eevil\u202C Republic =\n\nThe \u0001-free \u2028 text\u2029 here\u0085.\n"),
                "u3.txt", utf8("= 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Constitution =\n\nThe 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Constitution was adopted on 4 March 1931.\n"),
                "u4.txt", utf8("= Combining =\n\nThe Cou\u0301\u0301\u0301ncil " + "\u0301".repeat(10_000) + ".\n"))));
        return tests.stream();
    }

    // ---- mutations of the seed articles ---------------------------------------------------------------------------

    @Test
    void mutatedSeeds() throws IOException {
        long deadline = EXTRA_SECONDS > 0 ? System.nanoTime() + EXTRA_SECONDS * 1_000_000_000L : 0;
        int n = 0;
        List<String> failures = new ArrayList<>();
        while (n < CASES || (deadline != 0 && System.nanoTime() < deadline)) {
            long caseSeed = SEED * 1_000_003L + n;
            Random r = new Random(caseSeed);
            Map<String, byte[]> files = new LinkedHashMap<>();
            int count = 1 + r.nextInt(3);
            for (int f = 0; f < count; f++) {
                files.put("m" + f + ".txt", mutate(seeds.get(r.nextInt(seeds.size())), r));
            }
            try {
                runCase("mutation-" + Long.toHexString(caseSeed), files, NORMAL);
            } catch (AssertionError e) {
                failures.add(e.getMessage() + " [replay: -Dfuzz.replay=" + Long.toHexString(caseSeed) + "]");
            }
            n++;
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + n + " mutation cases failed:\n" + String.join("\n", failures));
        }
    }

    /** Replays one saved or seeded case: {@code -Dfuzz.replay=CASESEED} (hex), as printed by a failure. */
    @Test
    void replay() throws IOException {
        String hex = System.getProperty("fuzz.replay");
        if (hex == null) {
            return;
        }
        long caseSeed = Long.parseUnsignedLong(hex, 16);
        Random r = new Random(caseSeed);
        Map<String, byte[]> files = new LinkedHashMap<>();
        int count = 1 + r.nextInt(3);
        for (int f = 0; f < count; f++) {
            files.put("m" + f + ".txt", mutate(seeds.get(r.nextInt(seeds.size())), r));
        }
        runCase("replay-" + hex, files, NORMAL);
    }

    static byte[] mutate(String article, Random r) {
        String text = article;
        int rounds = 1 + r.nextInt(4);
        for (int k = 0; k < rounds; k++) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            switch (r.nextInt(11)) {
                case 0 -> { // delete lines
                    int d = 1 + r.nextInt(Math.max(1, lines.size() / 3));
                    for (int j = 0; j < d && lines.size() > 1; j++) {
                        lines.remove(r.nextInt(lines.size()));
                    }
                }
                case 1 -> { // duplicate lines
                    int d = 1 + r.nextInt(10);
                    for (int j = 0; j < d; j++) {
                        int at = r.nextInt(lines.size());
                        lines.add(r.nextInt(lines.size() + 1), lines.get(at));
                    }
                }
                case 2 -> Collections.shuffle(lines, r); // shuffle every line
                case 3 -> { // shuffle a window
                    int a = r.nextInt(lines.size());
                    int b = Math.min(lines.size(), a + 2 + r.nextInt(10));
                    Collections.shuffle(lines.subList(a, b), r);
                }
                case 4 -> lines = new ArrayList<>(List.of(insertUnicode(text, r, 1 + r.nextInt(50)).split("\n", -1)));
                case 5 -> { // change a line's structural prefix
                    String[] prefixes = {"- ", "== ", "=", "| ", "## ", "1. ", "A. ", "- Key: ", "Infobox", "", " ",
                        "===", "-", "#", "= ", "|"};
                    int d = 1 + r.nextInt(8);
                    for (int j = 0; j < d; j++) {
                        int at = r.nextInt(lines.size());
                        lines.set(at, prefixes[r.nextInt(prefixes.length)] + lines.get(at));
                    }
                }
                case 6 -> { // splice in lines of another seed
                    String other = seeds.get(r.nextInt(seeds.size()));
                    String[] ol = other.split("\n", -1);
                    int from = r.nextInt(ol.length);
                    int len = 1 + r.nextInt(Math.min(20, ol.length - from));
                    lines.addAll(r.nextInt(lines.size() + 1), List.of(ol).subList(from, from + len));
                }
                case 7 -> { // repeat one line many times
                    int at = r.nextInt(lines.size());
                    String line = lines.get(at);
                    lines.addAll(at, Collections.nCopies(100 + r.nextInt(2000), line));
                }
                case 8 -> { // join many lines into one
                    int a = r.nextInt(lines.size());
                    int b = Math.min(lines.size(), a + 2 + r.nextInt(40));
                    String joined = String.join(r.nextBoolean() ? " " : "", lines.subList(a, b));
                    lines.subList(a, b).clear();
                    lines.add(a, joined);
                }
                case 9 -> { // swap words within sentences
                    int at = r.nextInt(lines.size());
                    List<String> words = new ArrayList<>(List.of(lines.get(at).split(" ")));
                    Collections.shuffle(words, r);
                    lines.set(at, String.join(" ", words));
                }
                default -> { // insert random domain words
                    int at = r.nextInt(lines.size());
                    String line = lines.get(at);
                    int pos = line.isEmpty() ? 0 : r.nextInt(line.length());
                    lines.set(at, line.substring(0, pos) + " " + randomProse(r, 20 + r.nextInt(400), true) + " "
                            + line.substring(pos));
                }
            }
            text = String.join("\n", lines);
        }
        byte[] bytes = utf8(text);
        switch (r.nextInt(8)) {
            case 0 -> bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1)); // truncate (maybe mid-UTF-8)
            case 1 -> { // flip a few bytes
                int d = 1 + r.nextInt(5);
                for (int j = 0; j < d && bytes.length > 0; j++) {
                    bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
                }
            }
            case 2 -> bytes = utf8(text.replace("\n", r.nextBoolean() ? "\r\n" : "\r"));
            default -> { }
        }
        return bytes;
    }

    // ---- running a case -------------------------------------------------------------------------------------------

    private DynamicTest normal(String name, Map<String, byte[]> files) {
        return DynamicTest.dynamicTest(name, () -> runCase(name, files, NORMAL));
    }

    private DynamicTest large(String name, Map<String, byte[]> files) {
        return DynamicTest.dynamicTest(name, () -> runCase(name, files, LARGE));
    }

    /**
     * Writes {@code files} and the known-good article into a fresh folder and builds it under a time bound; checks
     * that nothing escaped, that every problem is {@code FILE:LINE: message} and that the good article is published.
     */
    private void runCase(String name, Map<String, byte[]> files, Duration timeout) throws IOException {
        Path dir = Files.createDirectory(tmp.resolve(safe(name)));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        Files.writeString(dir.resolve(GOOD_ID + ".txt"), GOOD);
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        try {
            Pipeline.BuildResult result = assertTimeoutPreemptively(timeout,
                    () -> Pipeline.build(List.of(dir), Pipeline.DEFAULT_BASE, problems::add),
                    () -> "case '" + name + "' did not finish within " + timeout.toSeconds() + " s");
            List<Problem> snapshot;
            synchronized (problems) {
                snapshot = List.copyOf(problems);
            }
            for (Problem p : snapshot) {
                String s = p.toString();
                assertTrue(PROBLEM.matcher(s).matches(), () -> "case '" + name + "': problem not FILE:LINE: message: "
                        + abbreviate(s));
                assertTrue(p.line() >= 1, () -> "case '" + name + "': line < 1: " + abbreviate(s));
            }
            assertGoodArticlePublished(name, result.dataset());
        } catch (Throwable t) {
            Path saved = save(name, dir);
            fail("case '" + name + "' failed (inputs copied to " + saved + "): " + t, t);
        }
    }

    private static void assertGoodArticlePublished(String name, Dataset ds) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Node graph = NodeFactory.createURI(Graphs.articleGraph(Pipeline.DEFAULT_BASE, GOOD_ID));
        Node label = NodeFactory.createLiteralLang(GOOD_TITLE, "en");
        List<Node> subjects = new ArrayList<>();
        dsg.find(graph, Node.ANY, RDFS.label.asNode(), label).forEachRemaining(q -> subjects.add(q.getSubject()));
        assertFalse(subjects.isEmpty(), () -> "case '" + name + "': the known-good article was not published");
        boolean adopted = subjects.stream().anyMatch(s -> dsg.contains(graph, s, CKG.adopted.asNode(), Node.ANY));
        assertTrue(adopted, () -> "case '" + name + "': the known-good article lost its facts");
    }

    private static Path save(String name, Path dir) {
        try {
            Path out = Path.of("target", "fuzz-failures", safe(name));
            Files.createDirectories(out);
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    Files.copy(p, out.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return out.toAbsolutePath();
        } catch (IOException e) {
            return dir;
        }
    }

    // ---- generators -----------------------------------------------------------------------------------------------

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    static byte[] randomBytes(Random r, int n, boolean allowNul) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        if (!allowNul) {
            for (int i = 0; i < n; i++) {
                if (b[i] == 0) {
                    b[i] = 1;
                }
            }
        }
        return b;
    }

    /** About {@code chars} characters of domain words; with {@code sentences}, full stops end random sentences. */
    static String randomProse(Random r, int chars, boolean sentences) {
        StringBuilder sb = new StringBuilder(chars + 32);
        while (sb.length() < chars) {
            sb.append(WORDS[r.nextInt(WORDS.length)]);
            if (sentences && r.nextInt(15) == 0) {
                sb.append(". ");
                sb.append(r.nextBoolean() ? "The " : "It ");
            } else {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }

    /** Capitalised words and connectors, as a name would look, about {@code chars} long. */
    static String nameRun(Random r, int chars) {
        String[] w = {"Supreme", "Council", "of", "the", "Soviet", "Republic", "All-Union", "Congress", "Valdoria",
            "People's", "and", "Workers'", "Central", "Executive", "Committee"};
        StringBuilder sb = new StringBuilder(chars + 32);
        while (sb.length() < chars) {
            sb.append(w[r.nextInt(w.length)]).append(' ');
        }
        return sb.toString().strip();
    }

    static String manyFields(Random r, int n) {
        String[] keys = {"Established", "Preceded By", "Succeeded By", "Members", "Jurisdiction", "Signed By",
            "Date Adopted", "Political Groups", "Leader1", "House Type", "Random Key", "Disbanded"};
        String[] values = {"1 May 1920", "Congress of Soviets of Valdoria", "Republic of Valdoria", "450",
            "Ivan Petrov, Anna Volkova", "Unicameral", "Party A (10), Party B (20)", "x", ""};
        StringBuilder sb = new StringBuilder("= Many Fields Council =\n\nInfobox\n");
        for (int i = 0; i < n; i++) {
            sb.append("- ").append(keys[r.nextInt(keys.length)]).append(i % 7 == 0 ? String.valueOf(i) : "")
                    .append(": ").append(values[r.nextInt(values.length)]).append('\n');
        }
        sb.append("\nThe Many Fields Council was established in 1920.\n");
        return sb.toString();
    }

    static String staircase(int depth) {
        StringBuilder sb = new StringBuilder("= Staircase =\n\n");
        for (int d = 2; d < depth; d++) {
            sb.append("#".repeat(d)).append(" level ").append(d).append('\n');
        }
        return sb.toString();
    }

    static String manyItems(Random r, int n) {
        StringBuilder sb = new StringBuilder("= Many Items Congress =\n\n== Congresses ==\n");
        for (int i = 0; i < n; i++) {
            sb.append(i % 3 == 0 ? "- " : i % 3 == 1 ? "## " : (i % 100) + ". ")
                    .append("Congress of Soviets of Valdoria ").append(1 + r.nextInt(28)).append(" May ")
                    .append(1900 + r.nextInt(100)).append('\n');
        }
        return sb.toString();
    }

    static String mixLineEnds(String s, Random r) {
        StringBuilder sb = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            sb.append(line).append(switch (r.nextInt(3)) {
                case 0 -> "\n";
                case 1 -> "\r\n";
                default -> "\r";
            });
        }
        return sb.toString();
    }

    private static final int[][] UNICODE_RANGES = {
        {0x00A0, 0x00FF}, {0x0300, 0x036F}, {0x0400, 0x04FF}, {0x0590, 0x06FF}, {0x200B, 0x200F},
        {0x2028, 0x202E}, {0x2060, 0x2064}, {0x3000, 0x303F}, {0x4E00, 0x4E80}, {0xFE00, 0xFE0F},
        {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFD}, {0x1F300, 0x1F64F}, {0x1D400, 0x1D4FF}, {0x0001, 0x001F},
        {0x0085, 0x0085}, {0xE000, 0xE0FF}, {0x10FFF0, 0x10FFFD},
    };

    /** Inserts {@code n} random code points (controls, combining marks, bidi, astral, ...) at random places. */
    static String insertUnicode(String s, Random r, int n) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 0; i < n; i++) {
            int[] range = UNICODE_RANGES[r.nextInt(UNICODE_RANGES.length)];
            int cp = range[0] + r.nextInt(range[1] - range[0] + 1);
            if (cp == 0) {
                cp = 1;
            }
            int pos = sb.length() == 0 ? 0 : r.nextInt(sb.length());
            if (pos > 0 && Character.isLowSurrogate(sb.charAt(pos))) {
                pos--; // never split a surrogate pair
            }
            sb.insert(pos, Character.toChars(cp));
        }
        return sb.toString();
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
