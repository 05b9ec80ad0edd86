package org.constitutionkg.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.constitutionkg.store.Store.Info;

/**
 * One open store of a {@link LiveStore} and the number of transactions running on it: a store that
 * {@code CURRENT} no longer names is retired, and its TDB2 database is closed once the last transaction on it has
 * ended ({@link #releaseIfIdle()}).
 */
final class OpenStore {
    final Info info;
    final DatasetGraph dsg;
    final AtomicInteger active = new AtomicInteger();
    volatile boolean retired;
    private boolean released;

    OpenStore(Info info, DatasetGraph dsg) {
        this.info = info;
        this.dsg = dsg;
    }

    /** The TDB2 database in {@code folder} (opened, not yet read). */
    static DatasetGraph connect(Path folder) {
        return TDB2Factory.connectDataset(Location.create(folder)).asDatasetGraph();
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
