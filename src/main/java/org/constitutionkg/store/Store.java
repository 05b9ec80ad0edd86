package org.constitutionkg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.constitutionkg.dump.Folders;
import org.constitutionkg.dump.Quality;

/**
 * A persistent store folder ({@code ckg build --store DIR}, {@code ckg serve --store DIR}).
 * <p>Layout: {@code DIR/store-TIMESTAMP-RANDOM/} are TDB2 databases, each with {@value #META} (article and triple
 * counts, base, build time); {@code DIR/CURRENT} names the one being served. A build loads a new folder completely,
 * then replaces {@code CURRENT} with an atomic rename, so a reader sees either the old store or the new one, never a
 * half-written one; a failed build deletes its folder and leaves {@code CURRENT} alone. After the switch the
 * previous store is kept (a running server may still be reading it) and older ones are deleted.
 * <p>{@link #open} gives a {@link LiveStore}: a dataset whose delegate is swapped to the store {@code CURRENT}
 * names when it changes. Each transaction stays on the store it began on, so queries in flight finish on the old
 * store; a replaced store is closed once its last transaction has ended.
 * <p>This class is the folder's layout: writing a store, reading {@code CURRENT} and {@value #META}, pruning;
 * following {@code CURRENT} while serving is {@link LiveStore}'s.
 */
public final class Store {

    /** The pointer file naming the current store folder. */
    public static final String CURRENT = "CURRENT";
    /** Metadata file inside each store folder. */
    public static final String META = "ckg-store.properties";
    static final String PREFIX = "store-";
    private static final Pattern NAME = Pattern.compile("store-[0-9A-Za-z-]+");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Store() {
    }

    /** What {@value #META} records about one store. */
    public record Info(Path folder, int articles, long triples, long quads, String base, String built) {
        public String name() {
            return folder.getFileName().toString();
        }
    }

    /** No {@code CURRENT} (or a broken one) in a store folder. */
    public static final class NoStoreException extends IOException {
        private static final long serialVersionUID = 1L;

        NoStoreException(String message) {
            super(message);
        }
    }

    /**
     * Loads {@code ds} into a new TDB2 store under {@code dir}, records {@code articles}, the triple count of the
     * union graph and {@code base}, switches {@code CURRENT} to it and deletes stores older than the previous one.
     * On any failure the new folder is deleted and {@code CURRENT} is unchanged.
     */
    public static Info write(Path dir, Dataset ds, String base, int articles) throws IOException {
        return write(dir, ds, Quality.empty(), base, articles);
    }

    /** As {@link #write(Path, Dataset, String, int)}, keeping what the build held back in the store's folder. */
    public static Info write(Path dir, Dataset ds, Quality quality, String base, int articles) throws IOException {
        Files.createDirectories(dir);
        String previous = currentName(dir);
        String name = PREFIX + STAMP.format(Instant.now()) + "-" + HexFormat.of().formatHex(randomBytes());
        Path folder = Files.createDirectory(dir.resolve(name));
        Info info;
        try {
            DatasetGraph src = ds.asDatasetGraph();
            DatasetGraph tdb = TDB2Factory.connectDataset(Location.create(folder)).asDatasetGraph();
            long[] counts = new long[2];
            try {
                Txn.executeRead(src, () -> Txn.executeWrite(tdb, () -> {
                    long quads = 0;
                    for (Iterator<Quad> it = src.find(); it.hasNext();) {
                        tdb.add(it.next());
                        quads++;
                    }
                    tdb.prefixes().putAll(src.prefixes());
                    counts[0] = quads;
                    counts[1] = src.getUnionGraph().size();
                }));
            } finally {
                TDBInternal.expel(tdb, true); // release the files (and the process lock) before anyone opens it
            }
            info = new Info(folder, articles, counts[1], counts[0], base, Instant.now().toString());
            writeMeta(info);
            quality.write(folder);
            Path tmp = dir.resolve(CURRENT + ".tmp-" + name);
            try {
                Files.writeString(tmp, name + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | RuntimeException | Error e) {
            Folders.deleteQuietly(folder);
            throw e;
        }
        prune(dir, name, previous);
        return info;
    }

    /** What the build of a store held back ({@link Quality#notRecorded()} for a store written without it). */
    public static Quality quality(Info info) {
        try {
            return Quality.read(info.folder());
        } catch (IOException | RuntimeException e) {
            return Quality.notRecorded();
        }
    }

    /** The folder name in {@code DIR/CURRENT}, or null if there is none. */
    static String currentName(Path dir) throws IOException {
        try {
            String s = Files.readString(dir.resolve(CURRENT), StandardCharsets.UTF_8).trim();
            return s.isEmpty() ? null : s;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** The store {@code DIR/CURRENT} names. */
    public static Info current(Path dir) throws IOException {
        String name = currentName(dir);
        if (name == null) {
            throw new NoStoreException("no store in " + dir + ": run 'ckg build --store " + dir + "' first");
        }
        if (!NAME.matcher(name).matches() || !Files.isRegularFile(dir.resolve(name).resolve(META))) {
            throw new NoStoreException(dir.resolve(CURRENT) + " names '" + name + "', which is not a complete store");
        }
        return readMeta(dir.resolve(name));
    }

    /** Deletes completed stores other than {@code keep} and {@code previous} (best effort). */
    private static void prune(Path dir, String keep, String previous) {
        List<Path> old = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> {
                String n = p.getFileName().toString();
                // Only complete stores: a folder without META may be another build still loading.
                return NAME.matcher(n).matches() && !n.equals(keep) && !n.equals(previous)
                        && Files.isRegularFile(p.resolve(META));
            }).forEach(old::add);
        } catch (IOException e) {
            return;
        }
        old.forEach(Folders::deleteQuietly);
    }

    private static void writeMeta(Info info) throws IOException {
        Properties p = new Properties();
        p.setProperty("articles", Integer.toString(info.articles()));
        p.setProperty("triples", Long.toString(info.triples()));
        p.setProperty("quads", Long.toString(info.quads()));
        p.setProperty("base", info.base());
        p.setProperty("built", info.built());
        Path tmp = info.folder().resolve(META + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "constitution-kg store");
        }
        Files.move(tmp, info.folder().resolve(META), StandardCopyOption.ATOMIC_MOVE);
    }

    static Info readMeta(Path folder) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve(META), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return new Info(folder, Integer.parseInt(p.getProperty("articles", "0")),
                    Long.parseLong(p.getProperty("triples", "0")), Long.parseLong(p.getProperty("quads", "0")),
                    p.getProperty("base"), p.getProperty("built", ""));
        } catch (NumberFormatException e) {
            throw new IOException("bad " + folder.resolve(META) + ": " + e.getMessage(), e);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[4];
        RANDOM.nextBytes(b);
        return b;
    }

    /** Opens the store {@code DIR/CURRENT} names; {@link LiveStore#watch} follows later switches. */
    public static LiveStore open(Path dir) throws IOException {
        Info info = current(dir);
        return new LiveStore(dir, new OpenStore(info, OpenStore.connect(info.folder())));
    }
}
