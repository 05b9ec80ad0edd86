package org.constitutionkg.dump;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;

/**
 * A build folder ({@code ckg build --out DIR}, default {@code dist}): the dump files of {@code /dumps/} with their
 * {@code SHA256SUMS} (see {@link DumpFiles}) and {@value #INFO}, which records what the build was made from. A
 * later {@code ckg serve} on the same inputs serves the folder as it is, without extracting and validating again:
 * <pre>
 *   String fp = BuildDir.fingerprint(articleFiles, base, shapesDir);
 *   Optional&lt;BuildDir.Built&gt; b = BuildDir.reuse(Path.of("dist"), fp);   // empty: missing, stale or unreadable
 * </pre>
 * The fingerprint covers the content and path of every article file, the base IRI, the shapes (a {@code --shapes}
 * folder's files; the built-in ones are part of the program) and the program itself (its jar's size and time, so
 * a rebuilt {@code ckg} with other rules or mappings never reuses an old build).
 */
public final class BuildDir {

    /** The file that records what a build was made from. */
    public static final String INFO = "build-info.properties";

    private BuildDir() {
    }

    /** A build read back from its folder. */
    public record Built(Dataset dataset, int articles, int problems, Quality quality) {
    }

    /**
     * SHA-256 over what a build depends on: each article file's path and content, the base IRI, the files of the
     * shapes folder ({@code null}: the built-in shapes) and the program.
     */
    public static String fingerprint(List<Path> articleFiles, String base, Path shapesDir) throws IOException {
        MessageDigest md = sha256();
        update(md, "ckg " + programIdentity());
        update(md, "base " + base);
        if (shapesDir != null) {
            try (Stream<Path> s = Files.walk(shapesDir)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    update(md, "shape " + shapesDir.relativize(p) + " " + DumpFiles.sha256(p));
                }
            }
        }
        for (Path p : articleFiles) {
            update(md, "article " + p + " " + (Files.isRegularFile(p) ? DumpFiles.sha256(p) : "missing"));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Writes a build into {@code dir} (which must exist and be empty): the dumps, the withheld facts and the
     * validation report ({@link Quality}), {@code SHA256SUMS} and {@value #INFO}.
     */
    public static void write(Path dir, Dataset ds, Quality quality, String base, String fingerprint, int articles,
            int problems) throws IOException {
        DumpFiles.write(ds, quality, base, dir);
        Properties info = new Properties();
        info.setProperty("fingerprint", fingerprint);
        info.setProperty("base", base);
        info.setProperty("articles", Integer.toString(articles));
        info.setProperty("problems", Integer.toString(problems));
        try (Writer w = Files.newBufferedWriter(dir.resolve(INFO), StandardCharsets.UTF_8)) {
            info.store(w, "constitution-kg build: what it was made from (ckg serve reuses it when this matches)");
        }
    }

    /**
     * The build in {@code dir} if it was made with {@code fingerprint} and its files are all there: the dataset is
     * read back from the TriG dump (plus the ontology graph, which the dumps leave out). Empty if there is no
     * build, it is stale, or it cannot be read.
     */
    public static Optional<Built> reuse(Path dir, String fingerprint) {
        Properties info = new Properties();
        try (Reader r = Files.newBufferedReader(dir.resolve(INFO), StandardCharsets.UTF_8)) {
            info.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!fingerprint.equals(info.getProperty("fingerprint"))) {
            return Optional.empty();
        }
        try {
            DumpFiles.open(dir); // every dump file listed in SHA256SUMS is there
            Dataset ds = DatasetFactory.createGeneral();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(DumpFiles.TRIG_GZ)), 1 << 16)) {
                RDFParser.source(in).lang(Lang.TRIG).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                        .parse(ds.asDatasetGraph());
            }
            ds.addNamedModel(Graphs.ONTOLOGY_GRAPH, CKG.ontology());
            return Optional.of(new Built(ds, Integer.parseInt(info.getProperty("articles", "0")),
                    Integer.parseInt(info.getProperty("problems", "0")), Quality.read(dir)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The running program: its jar's size and modification time, or for a classes folder, its newest file. */
    private static String programIdentity() throws IOException {
        Path code;
        try {
            code = Path.of(BuildDir.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime(); // never matches: always rebuild
        }
        if (Files.isRegularFile(code)) {
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
        }
        try (Stream<Path> s = Files.walk(code)) {
            long[] newest = {0};
            long count = s.filter(Files::isRegularFile).peek(p -> {
                try {
                    newest[0] = Math.max(newest[0], Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).count();
            return code + " " + count + " " + newest[0];
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void update(MessageDigest md, String line) {
        md.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
