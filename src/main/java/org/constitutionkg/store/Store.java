package org.constitutionkg.store;

import java.io.IOException;
import java.io.PrintStream;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
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
 * <p>{@link #open} gives a {@link Live} store: a dataset whose delegate is swapped to the store {@code CURRENT}
 * names when it changes. Each transaction stays on the store it began on, so queries in flight finish on the old
 * store; a replaced store is closed once its last transaction has ended.
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


    /** Opens the store {@code DIR/CURRENT} names; {@link Live#watch} follows later switches. */
    public static Live open(Path dir) throws IOException {
        Info info = current(dir);
        return new Live(dir, new Handle(info, connect(info.folder())));
    }

    private static DatasetGraph connect(Path folder) {
        return TDB2Factory.connectDataset(Location.create(folder)).asDatasetGraph();
    }

    /** One open store and the number of transactions running on it. */
    private static final class Handle {
        final Info info;
        final DatasetGraph dsg;
        final AtomicInteger active = new AtomicInteger();
        volatile boolean retired;
        private boolean released;

        Handle(Info info, DatasetGraph dsg) {
            this.info = info;
            this.dsg = dsg;
        }

        /** Closes the TDB2 database once it is retired and idle. */
        synchronized boolean releaseIfIdle() {
            if (released) {
                return true;
            }
            if (!retired || active.get() > 0) {
                return false;
            }
            released = true;
            try {
                TDBInternal.expel(dsg, true);
            } catch (RuntimeException e) {
                // a retired store's folder may already be pruned by a later build (a race with a slow last query,
                // or a stop under load): it is read-only, so there is nothing to flush, and the server goes on
            }
            return true;
        }
    }

    /**
     * The served store: {@link #dataset()} reads whichever store {@code CURRENT} named at the start of each
     * transaction. {@link #poll()} (or the {@link #watch} thread) switches to a new store when {@code CURRENT}
     * changes.
     */
    public static final class Live implements AutoCloseable {
        private final Path dir;
        private final AtomicReference<Handle> current;
        private final List<Handle> retired = new ArrayList<>();
        private final Switching dsg;
        private final Dataset dataset;
        private String failed;
        private Thread watcher;
        private volatile boolean closed;

        Live(Path dir, Handle first) {
            this.dir = dir;
            this.current = new AtomicReference<>(first);
            this.dsg = new Switching(current);
            this.dataset = DatasetFactory.wrap(dsg);
        }

        /** The dataset to serve (transactional; read it inside read transactions). */
        public Dataset dataset() {
            return dataset;
        }

        /** The name of the store new queries go to; it changes when a rebuilt store is switched in. */
        public String version() {
            return dsg.version();
        }

        /** The store being served now. */
        public Info info() {
            return current.get().info;
        }

        /**
         * Checks {@code CURRENT} once: if it names another complete store, opens it and makes it current. Returns
         * the new store's info, or null if nothing changed. Problems are printed to {@code err} once per name.
         */
        public synchronized Info poll(PrintStream err) {
            releaseIdle();
            if (closed) {
                return null;
            }
            String name;
            try {
                name = currentName(dir);
            } catch (IOException e) {
                return null;
            }
            Handle now = current.get();
            if (name == null || name.equals(now.info.name()) || name.equals(failed)) {
                return null;
            }
            Handle next;
            try {
                Info info = current(dir);
                DatasetGraph tdb = connect(info.folder());
                try {
                    Txn.executeRead(tdb, () -> tdb.find().hasNext()); // fail here, not in a query
                } catch (RuntimeException e) {
                    TDBInternal.expel(tdb, true);
                    throw e;
                }
                next = new Handle(info, tdb);
            } catch (IOException | RuntimeException e) {
                failed = name;
                if (err != null) {
                    err.println("constitution-kg: not switching to " + name + ": " + e.getMessage());
                }
                return null;
            }
            current.set(next);
            now.retired = true;
            retired.add(now);
            releaseIdle();
            return next.info;
        }

        private void releaseIdle() {
            retired.removeIf(Handle::releaseIfIdle);
        }

        /** Polls {@code CURRENT} every {@code periodMs} on a daemon thread; {@code onSwitch} gets each new store. */
        public synchronized void watch(long periodMs, PrintStream err, java.util.function.Consumer<Info> onSwitch) {
            if (watcher != null) {
                return;
            }
            watcher = new Thread(() -> {
                while (!closed) {
                    try {
                        Thread.sleep(periodMs);
                    } catch (InterruptedException e) {
                        return;
                    }
                    Info info = poll(err);
                    if (info != null && onSwitch != null) {
                        onSwitch.accept(info);
                    }
                }
            }, "ckg-store-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        /** Stops watching and closes every open store. */
        @Override
        public void close() {
            Thread w;
            synchronized (this) {
                closed = true;
                w = watcher;
            }
            if (w != null) {
                w.interrupt();
                try {
                    w.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            synchronized (this) {
                Handle h = current.get();
                h.retired = true;
                retired.add(h);
                for (Handle r : retired) {
                    r.active.set(0);
                    r.releaseIfIdle();
                }
                retired.clear();
            }
        }
    }

    /**
     * A dataset whose delegate is the current store. A transaction pins the store it began on (per thread) until
     * {@code end()}, so a switch never moves a running query. Graphs handed out are views over this dataset, so they
     * follow the pin too. It is a {@link DatasetGraphWrapperView}: ARQ must not unwrap it to the first store.
     */
    static final class Switching extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        private final AtomicReference<Handle> current;
        private final ThreadLocal<Handle> pinned = new ThreadLocal<>();

        Switching(AtomicReference<Handle> current) {
            super(current.get().dsg);
            this.current = current;
        }

        /** The name of the store new queries go to; it changes when a rebuilt store is switched in. */
        public String version() {
            return current.get().info.name();
        }

        @Override
        protected DatasetGraph get() {
            Handle h = pinned.get();
            return (h != null ? h : current.get()).dsg;
        }

        @Override
        public Graph getDefaultGraph() {
            return GraphView.createDefaultGraph(this);
        }

        @Override
        public Graph getUnionGraph() {
            return GraphView.createUnionGraph(this);
        }

        @Override
        public Graph getGraph(Node graphNode) {
            return GraphView.createNamedGraph(this, graphNode);
        }

        // Reads outside a transaction (the site's pages do some) run in a read transaction of their own and are
        // materialised: TDB2 refuses to read outside a transaction, unlike the in-memory dataset.
        private <T> Iterator<T> outside(java.util.function.Supplier<Iterator<T>> find) {
            if (isInTransaction()) {
                return find.get();
            }
            return Txn.calculateRead(this, () -> {
                List<T> all = new ArrayList<>();
                find.get().forEachRemaining(all::add);
                return all;
            }).iterator();
        }

        private boolean outsideTest(java.util.function.BooleanSupplier test) {
            return isInTransaction() ? test.getAsBoolean() : Txn.calculateRead(this, test::getAsBoolean);
        }

        @Override
        public Iterator<Quad> find() {
            return outside(() -> super.find());
        }

        @Override
        public Iterator<Quad> find(Quad quad) {
            return outside(() -> super.find(quad));
        }

        @Override
        public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
            return outside(() -> super.find(g, s, p, o));
        }

        @Override
        public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
            return outside(() -> super.findNG(g, s, p, o));
        }

        @Override
        public Iterator<Node> listGraphNodes() {
            return outside(() -> super.listGraphNodes());
        }

        @Override
        public boolean contains(Quad quad) {
            return outsideTest(() -> super.contains(quad));
        }

        @Override
        public boolean contains(Node g, Node s, Node p, Node o) {
            return outsideTest(() -> super.contains(g, s, p, o));
        }

        @Override
        public boolean containsGraph(Node graphNode) {
            return outsideTest(() -> super.containsGraph(graphNode));
        }

        @Override
        public boolean isEmpty() {
            return outsideTest(() -> super.isEmpty());
        }

        private Handle pin() {
            Handle h = pinned.get();
            if (h != null && !h.dsg.isInTransaction()) {
                unpin(h); // committed or aborted without end()
                h = null;
            }
            if (h == null) {
                // Count first, then check: a store retired meanwhile may be closed, so take the new current one.
                while (true) {
                    h = current.get();
                    h.active.incrementAndGet();
                    if (!h.retired) {
                        break;
                    }
                    h.active.decrementAndGet();
                }
                pinned.set(h);
            }
            return h;
        }

        private void unpin(Handle h) {
            pinned.remove();
            h.active.decrementAndGet();
        }

        private void begun(Runnable begin) {
            Handle h = pin();
            try {
                begin.run();
            } catch (RuntimeException e) {
                if (!h.dsg.isInTransaction()) {
                    unpin(h);
                }
                throw e;
            }
        }

        @Override
        public void begin() {
            begun(() -> get().begin());
        }

        @Override
        public void begin(TxnType type) {
            begun(() -> get().begin(type));
        }

        @Override
        public void begin(ReadWrite mode) {
            begun(() -> get().begin(mode));
        }

        @Override
        public void end() {
            Handle h = pinned.get();
            if (h == null) {
                return;
            }
            try {
                h.dsg.end();
            } finally {
                unpin(h);
            }
        }

        @Override
        public boolean isInTransaction() {
            Handle h = pinned.get();
            return h != null && h.dsg.isInTransaction();
        }

        @Override
        public ReadWrite transactionMode() {
            Handle h = pinned.get();
            return h == null ? null : h.dsg.transactionMode();
        }

        @Override
        public TxnType transactionType() {
            Handle h = pinned.get();
            return h == null ? null : h.dsg.transactionType();
        }

        @Override
        public void close() {
            // the stores are closed by Live
        }
    }
}
