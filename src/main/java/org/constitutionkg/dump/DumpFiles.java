package org.constitutionkg.dump;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;

/**
 * The downloadable dumps of {@code /dumps/}, written once when the server starts (by the same code as
 * {@code ckg dump}, so each file, unzipped, is byte-identical to {@code ckg dump --format F}) and then served as
 * files with their SHA-256 as the {@code ETag}.
 */
public final class DumpFiles {

    /** One dump file. */
    public record File(String name, String mediaType, String description, Dumps.Format format, boolean gzip,
            Path path, long size, String sha256) {

        /** The same file at another path (a link or copy of it). */
        File at(Path p) {
            return new File(name, mediaType, description, format, gzip, p, size, sha256);
        }
    }

    public static final String SUMS = "SHA256SUMS";

    /** The TriG dump, which holds every published graph (one per article, links, provenance). */
    public static final String TRIG_GZ = "constitution-kg.trig.gz";

    private record Spec(String name, String mediaType, String description, Dumps.Format format, boolean gzip) {
        File at(Path p, String sha256) throws IOException {
            return new File(name, mediaType, description, format, gzip, p, Files.size(p), sha256);
        }
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("constitution-kg.ttl", "text/turtle",
                    "Turtle: the facts of every article and the Wikidata links", Dumps.Format.TTL, false),
            new Spec("constitution-kg.nt.gz", "application/n-triples",
                    "N-Triples, gzipped: the same triples as the Turtle file", Dumps.Format.NT, true),
            new Spec(TRIG_GZ, "application/trig",
                    "TriG, gzipped: one named graph per article, the links graph and the provenance graph",
                    Dumps.Format.TRIG, true),
            new Spec("constitution-kg.jsonld", "application/ld+json",
                    "JSON-LD: the same triples as the Turtle file", Dumps.Format.JSONLD, false));

    /** The files of what a build held back ({@link Quality}): not dumps of the published data, but beside them. */
    private static final List<Spec> QUALITY = List.of(
            new Spec(Quality.WITHHELD, "text/turtle", "Turtle: the facts withheld from publication because they "
                    + "violate a shape, each with its source line and the validation result that withheld it",
                    null, false),
            new Spec(Quality.REPORT, "text/turtle", "Turtle: the SHACL validation report (sh:ValidationReport) of "
                    + "the graph as built, before any fact was withheld: violations and warnings", null, false));

    /** The shapes the data is validated with, as a download beside the dumps. */
    public static final String SHAPES = "constitution-kg.shapes.ttl";

    private static final Spec SHAPES_SPEC = new Spec(SHAPES, "text/turtle", "Turtle: the SHACL shapes the data is "
            + "validated with; most use SHACL-SPARQL (SHACL Advanced Features: SPARQL targets and constraints), so an "
            + "engine that implements SHACL Core alone skips them", null, false);

    private static final String SUMS_DESCRIPTION = "SHA-256 checksums of the dump files (sha256sum -c SHA256SUMS)";

    private final Path dir;
    private final List<File> files;

    private DumpFiles(Path dir, List<File> files) {
        this.dir = dir;
        this.files = List.copyOf(files);
    }

    /**
     * Writes the dumps of {@code ds} and {@code SHA256SUMS} into {@code dir} (created if needed). The four files are
     * written in parallel, the TriG file itself on several threads ({@link TriG}); the three triple formats share one
     * union graph.
     */
    public static DumpFiles write(Dataset ds, String base, Path dir) throws IOException {
        return write(ds, Quality.empty(), base, dir);
    }

    /** As {@link #write(Dataset, String, Path)}, with the files of what the build held back. */
    public static DumpFiles write(Dataset ds, Quality quality, String base, Path dir) throws IOException {
        Files.createDirectories(dir);
        Graph union = Dumps.articleUnion(ds, base);
        List<File> out;
        try {
            out = SPECS.parallelStream().map(s -> {
                try {
                    return writeOne(s, ds, union, base, dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out = new ArrayList<>(out);
        quality.write(dir);
        for (Spec s : QUALITY) {
            Path p = dir.resolve(s.name());
            out.add(s.at(p, sha256(p)));
        }
        Path shapes = dir.resolve(SHAPES);
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(shapes), 1 << 16)) {
            org.apache.jena.riot.RDFDataMgr.write(o, ShapesFile.graph(base), org.apache.jena.riot.RDFFormat.TURTLE_PRETTY);
        }
        out.add(SHAPES_SPEC.at(shapes, sha256(shapes)));
        StringBuilder sums = new StringBuilder();
        for (File f : out) {
            sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        Path sumsPath = dir.resolve(SUMS);
        byte[] sumBytes = sums.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(sumsPath, sumBytes);
        out.add(sums(sumsPath));
        return new DumpFiles(dir, out);
    }

    private static File sums(Path p) throws IOException {
        return new File(SUMS, "text/plain", SUMS_DESCRIPTION, null, false, p, Files.size(p), sha256(p));
    }

    /** Writes the one dump file named {@code name} (a union graph is made when it needs one): for benchmarks. */
    static File writeOne(String name, Dataset ds, String base, Path dir) throws IOException {
        Spec s = SPECS.stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return writeOne(s, ds, s.format() == Dumps.Format.TRIG ? null : Dumps.articleUnion(ds, base), base, dir);
    }

    private static File writeOne(Spec s, Dataset ds, Graph union, String base, Path dir) throws IOException {
        Path p = dir.resolve(s.name());
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(p), 1 << 16)) {
            if (s.format() == Dumps.Format.TRIG) {
                Dumps.writeTriG(ds, base, o, s.gzip()); // gzipped in pieces, on several threads
            } else if (s.gzip()) {
                try (OutputStream z = new GZIPOutputStream(o, 1 << 16)) {
                    Dumps.write(s.format(), union, z);
                }
            } else {
                Dumps.write(s.format(), union, o);
            }
        }
        return s.at(p, sha256(p));
    }

    /**
     * The dumps already in {@code dir} (a build folder), with the checksums its {@code SHA256SUMS} records (not
     * recomputed). Fails if a file is missing or not listed.
     */
    public static DumpFiles open(Path dir) throws IOException {
        Path sumsPath = dir.resolve(SUMS);
        java.util.Map<String, String> sums = new java.util.HashMap<>();
        for (String line : Files.readAllLines(sumsPath, StandardCharsets.UTF_8)) {
            int sp = line.indexOf("  ");
            if (sp > 0) {
                sums.put(line.substring(sp + 2), line.substring(0, sp));
            }
        }
        List<File> out = new ArrayList<>();
        for (Spec s : java.util.stream.Stream.concat(SPECS.stream(), QUALITY.stream()).toList()) {
            Path p = dir.resolve(s.name());
            String sha = sums.get(s.name());
            if (sha == null || !Files.isRegularFile(p)) {
                throw new IOException(dir + " has no complete " + s.name());
            }
            out.add(s.at(p, sha));
        }
        Path shapes = dir.resolve(SHAPES);
        if (sums.containsKey(SHAPES) && Files.isRegularFile(shapes)) { // a build of an earlier version has none
            out.add(SHAPES_SPEC.at(shapes, sums.get(SHAPES)));
        }
        out.add(sums(sumsPath));
        return new DumpFiles(dir, out);
    }

    /**
     * The same files, hard-linked (or copied where links are not possible) into {@code into}: a server keeps
     * serving them unchanged while a later build replaces the folder they came from.
     */
    public DumpFiles linkInto(Path into) throws IOException {
        Files.createDirectories(into);
        List<File> out = new ArrayList<>();
        for (File f : files) {
            Path p = into.resolve(f.name());
            try {
                Files.createLink(p, f.path());
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(f.path(), p);
            }
            out.add(f.at(p));
        }
        return new DumpFiles(into, out);
    }

    static String sha256(Path p) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    public List<File> files() {
        return files;
    }

    public File find(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
