package org.constitutionkg.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
    }

    public static final String SUMS = "SHA256SUMS";

    private final Path dir;
    private final List<File> files;

    private DumpFiles(Path dir, List<File> files) {
        this.dir = dir;
        this.files = List.copyOf(files);
    }

    /** Writes the dumps of {@code ds} and {@code SHA256SUMS} into {@code dir} (created if needed). */
    public static DumpFiles write(Dataset ds, String base, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<File> out = new ArrayList<>();
        out.add(one(ds, base, dir, "constitution-kg.ttl", "text/turtle",
                "Turtle: the facts of every article and the Wikidata links", Dumps.Format.TTL, false));
        out.add(one(ds, base, dir, "constitution-kg.nt.gz", "application/n-triples",
                "N-Triples, gzipped: the same triples as the Turtle file", Dumps.Format.NT, true));
        out.add(one(ds, base, dir, "constitution-kg.trig.gz", "application/trig",
                "TriG, gzipped: one named graph per article, the links graph and the provenance graph",
                Dumps.Format.TRIG, true));
        out.add(one(ds, base, dir, "constitution-kg.jsonld", "application/ld+json",
                "JSON-LD: the same triples as the Turtle file", Dumps.Format.JSONLD, false));
        StringBuilder sums = new StringBuilder();
        for (File f : out) {
            sums.append(f.sha256()).append("  ").append(f.name()).append('\n');
        }
        Path sumsPath = dir.resolve(SUMS);
        byte[] sumBytes = sums.toString().getBytes(StandardCharsets.UTF_8);
        Files.write(sumsPath, sumBytes);
        out.add(new File(SUMS, "text/plain", "SHA-256 checksums of the dump files (sha256sum -c SHA256SUMS)", null,
                false, sumsPath, sumBytes.length, sha256(sumsPath)));
        return new DumpFiles(dir, out);
    }

    private static File one(Dataset ds, String base, Path dir, String name, String type, String description,
            Dumps.Format format, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream raw = Files.newOutputStream(p);
                OutputStream o = gzip ? new GZIPOutputStream(raw, 64 * 1024) : raw) {
            Dumps.write(format, ds, base, o);
        }
        return new File(name, type, description, format, gzip, p, Files.size(p), sha256(p));
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
