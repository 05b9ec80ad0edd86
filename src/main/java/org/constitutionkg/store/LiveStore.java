package org.constitutionkg.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.constitutionkg.store.Store.Info;

/**
 * The served store ({@link Store#open}): {@link #dataset()} reads whichever store {@code CURRENT} named at the start
 * of each transaction. {@link #poll} (or the {@link #watch} thread) switches to a new store when {@code CURRENT}
 * changes; the replaced store is kept open until its last transaction ends, and {@link #close()} closes them all.
 * Holds the open stores; the per-transaction choice of store is {@link SwitchingDatasetGraph}'s.
 */
public final class LiveStore implements AutoCloseable {
    private final Path dir;
    private final AtomicReference<OpenStore> current;
    private final List<OpenStore> retired = new ArrayList<>();
    private final SwitchingDatasetGraph dsg;
    private final Dataset dataset;
    private String failed;
    private Thread watcher;
    private volatile boolean closed;

    LiveStore(Path dir, OpenStore first) {
        this.dir = dir;
        this.current = new AtomicReference<>(first);
        this.dsg = new SwitchingDatasetGraph(current);
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
            name = Store.currentName(dir);
        } catch (IOException e) {
            return null;
        }
        OpenStore now = current.get();
        if (name == null || name.equals(now.info.name()) || name.equals(failed)) {
            return null;
        }
        OpenStore next;
        try {
            Info info = Store.current(dir);
            DatasetGraph tdb = OpenStore.connect(info.folder());
            try {
                Txn.executeRead(tdb, () -> tdb.find().hasNext()); // fail here, not in a query
            } catch (RuntimeException e) {
                TDBInternal.expel(tdb, true);
                throw e;
            }
            next = new OpenStore(info, tdb);
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
        retired.removeIf(OpenStore::releaseIfIdle);
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
            OpenStore h = current.get();
            h.retired = true;
            retired.add(h);
            for (OpenStore r : retired) {
                r.active.set(0);
                r.releaseIfIdle();
            }
            retired.clear();
        }
    }
}
