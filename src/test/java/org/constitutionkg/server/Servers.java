package org.constitutionkg.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.query.Dataset;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.dump.ServedDumps;

/** Starts a server on a dataset for a test, with its dumps written as {@code ckg serve} writes them. */
public final class Servers {

    private Servers() {
    }

    public static SparqlServer start(Dataset ds, SparqlServer.Options o) {
        return start(ds, Quality.empty(), o);
    }

    public static SparqlServer start(Dataset ds, Quality quality, SparqlServer.Options o) {
        try {
            return SparqlServer.start(new SparqlServer.Served(ds, quality, ServedDumps.write(ds, quality, o.base())),
                    o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SparqlServer start(Dataset ds, String host, int port) {
        return start(ds, SparqlServer.Options.defaults(host, port));
    }
}
