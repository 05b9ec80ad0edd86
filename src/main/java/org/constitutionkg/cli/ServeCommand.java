package org.constitutionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.query.Dataset;
import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.BuildDir;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.dump.ServedDumps;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.server.SparqlServer;
import org.constitutionkg.store.LiveStore;
import org.constitutionkg.store.Store;

/** {@code ckg serve}: builds the dataset in memory and serves it read-only at {@code /sparql} until killed. */
final class ServeCommand implements Main.Command {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 3030;

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "build the knowledge graph in memory and serve a read-only SPARQL endpoint at /sparql";
    }

    static Options options() {
        return QueryModule.addTo(PublishModule.addTo(new Options()))
                .addOption(Option.builder("p").longOpt("port").hasArg().argName("N")
                        .desc("port to listen on, 0 for any free port (default: " + DEFAULT_PORT + ")").get())
                .addOption(Option.builder().longOpt("host").hasArg().argName("H")
                        .desc("address to listen on (default: " + DEFAULT_HOST + ")").get())
                .addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR")
                        .desc("build folder as in 'ckg build': served as it is when it was built from the same "
                                + "articles, base, shapes and ckg, else rebuilt first (default: "
                                + BuildCommand.DEFAULT_OUT + ")").get())
                .addOption(Option.builder().longOpt("store").hasArg().argName("DIR")
                        .desc("serve the store 'ckg build --store DIR' wrote (no extraction, no validation) and "
                                + "switch to a new one when a rebuild finishes; not with --input").get())
                .addOption(Option.builder().longOpt("no-cache")
                        .desc("run every query afresh: no in-memory cache of repeated query answers").get())
                .addOption(Option.builder().longOpt("allow-invalid")
                        .desc("serve even if violations remain after withholding (prints a warning banner); "
                                + "never needed for facts that can be withheld").get())
                .addOption(Main.helpOption());
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name(), "Builds the knowledge graph from the articles and serves it at "
                    + "http://H:N/sparql (SPARQL 1.1 query, GET and POST; read-only; every result format by Accept; "
                    + "queries stop after --timeout and return at most --max-rows rows; SERVICE only to Wikidata's "
                    + "endpoint) and a linked-data site at http://H:N/: resource pages, data IRIs dereferenced "
                    + "under the base's path (/id/...), /query with the query catalog, /timeline, /dumps/, "
                    + "/.well-known/void. The default graph is the "
                    + "union of all named graphs: one per article, the provenance graph and the ontology graph. "
                    + "It serves the build in --out DIR (default dist) when that was made from the same articles, "
                    + "base, shapes and ckg; otherwise it builds first, exactly as 'ckg build' does, and writes DIR. "
                    + "Articles with errors are reported and left out. Facts that violate a SHACL shape are withheld "
                    + "(see 'ckg build' and the /quality page) and everything else is served; with --strict a "
                    + "withheld fact, a warning or a problem stops the server from starting (exit 1). If violations "
                    + "remain after withholding (a shape about something no fact can be withheld for) the server "
                    + "does not start unless --allow-invalid is given (DIR is then left as it was). "
                    + "With --store DIR it serves the TDB2 store that 'ckg build --store DIR' wrote instead "
                    + "(already validated; nothing is extracted) and follows each later rebuild: SPARQL queries at "
                    + "once, pages, /dumps/ and VoID once they are remade. "
                    + "Runs until killed.", options);
            return Main.OK;
        }
        CommandLine cl = Main.parse(options, args);
        if (cl.hasOption("strict") && cl.hasOption("allow-invalid")) {
            throw new Main.UsageException("--strict and --allow-invalid cannot be used together");
        }
        String base = Main.base(cl);
        String host = cl.getOptionValue("host", DEFAULT_HOST);
        if (host.isBlank()) {
            throw new Main.UsageException("bad --host: empty");
        }
        int port = port(cl.getOptionValue("port", Integer.toString(DEFAULT_PORT)));
        QueryModule rules = QueryModule.read(cl);
        if (cl.hasOption("store")) {
            for (String o : List.of("input", "shapes", "allow-invalid", "out", "strict")) {
                if (cl.hasOption(o)) {
                    throw new Main.UsageException("--" + o + " cannot be used with --store (the store was built "
                            + "and validated by 'ckg build --store')");
                }
            }
            Running running = serveStore(Path.of(cl.getOptionValue("store")), host, port,
                    cl.hasOption("base") ? base : null, rules.policy(), rules.catalog(),
                    !cl.hasOption("no-cache"), out, err);
            if (running == null) {
                return Main.FAILED;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "ckg-serve-shutdown"));
            running.server().join();
            return Main.OK;
        }
        SparqlServer server = serveArticles(cl, PublishModule.read(cl), host, port, rules.policy(),
                rules.catalog(), out, err);
        if (server == null) {
            return Main.FAILED;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ckg-serve-shutdown"));
        server.join();
        return Main.OK;
    }

    /**
     * {@code serve} on articles up to the ready line, without blocking: reuses the build in {@code --out} if it
     * was made from the same articles, base, shapes and program, else builds, validates and writes it first.
     * Returns null (the reason printed) if the graph is invalid or the server cannot start.
     */
    static SparqlServer serveArticles(CommandLine cl, PublishModule publishing, String host, int port,
            QueryPolicy policy, Path queries, PrintStream out, PrintStream err) {
        boolean allowInvalid = cl.hasOption("allow-invalid");
        Path dir = Path.of(cl.getOptionValue("out", BuildCommand.DEFAULT_OUT));
        String fingerprint = publishing.fingerprint();
        Dataset ds;
        Quality quality;
        int articles;
        Path dumps = null;
        // (an input not there is never served from an earlier build: the build below says so and does not start)
        boolean inputsThere = publishing.inputs.stream().allMatch(java.nio.file.Files::exists);
        Optional<BuildDir.Built> built = publishing.strict || !inputsThere ? Optional.empty()
                : BuildDir.reuse(dir, fingerprint);
        if (built.isPresent()) {
            ds = built.get().dataset();
            quality = built.get().quality();
            articles = built.get().articles();
            dumps = dir;
            long withheld = quality.facts();
            err.println(Main.PROG + " serve: serving the build in " + dir + " (same articles, shapes and ckg; "
                    + (built.get().problems() == 0 ? "validated" : Main.plural(built.get().problems(), "problem")
                    + " reported and validated") + " when built" + (withheld == 0 ? ""
                    : "; " + Main.plural(withheld, "fact") + " withheld, see /quality") + ")");
        } else {
            Publication.Result result = publishing.publish(err, true);
            if (!result.conforms() && allowInvalid) {
                err.println(banner(result.last().violations()));
            } else if (!publishing.publishable(result, "not starting", err)) {
                if (!result.conforms()) {
                    err.println(Main.PROG + " serve: --allow-invalid serves it anyway");
                }
                return null;
            } else {
                err.println(PublishModule.summary(result, "see /quality"));
                try {
                    publishing.writeBuild(dir, result, fingerprint);
                    dumps = dir;
                } catch (IOException | RuntimeException e) {
                    err.println(Main.PROG + " serve: cannot write the build to " + dir + " (serving it anyway): "
                            + Main.describe(e));
                }
            }
            ds = result.dataset();
            quality = result.quality();
            articles = result.articles();
        }

        ServedDumps files;
        try {
            files = dumps != null ? ServedDumps.of(dumps) : ServedDumps.write(ds, quality, publishing.base);
        } catch (IOException | RuntimeException e) {
            err.println(Main.PROG + " serve: cannot write the dumps: " + Main.describe(e));
            return null;
        }
        SparqlServer server;
        try {
            server = SparqlServer.start(new SparqlServer.Served(ds, quality, files),
                    new SparqlServer.Options(host, port, publishing.base, policy, queries, !cl.hasOption("no-cache")));
        } catch (RuntimeException e) {
            files.close(); // (the private copy of the dumps: a failed start leaves none behind)
            startFailed(e, host, port, err);
            return null;
        }
        out.println("constitution-kg: serving " + articles + " articles (" + server.triples() + " triples) at "
                + server.sparqlUrl() + " (site " + server.siteUrl() + "/)");
        out.flush();
        return server;
    }

    /** A server on a store and the store it follows. */
    record Running(SparqlServer server, LiveStore store) {
        void stop() {
            server.stop();
            store.close();
        }
    }

    /**
     * {@code serve --store DIR} up to the ready line, without blocking: opens the store {@code DIR/CURRENT} names,
     * starts the server on it and watches {@code CURRENT} (1 s poll) for rebuilds. {@code base} null means the base
     * recorded in the store. Returns null (the reason printed) if there is no store or the server cannot start.
     */
    static Running serveStore(Path dir, String host, int port, String base, QueryPolicy policy, Path queries,
            boolean cache, PrintStream out, PrintStream err) {
        LiveStore live;
        try {
            live = Store.open(dir);
        } catch (Store.NoStoreException e) {
            err.println(Main.PROG + " serve: " + e.getMessage());
            return null;
        } catch (IOException | RuntimeException e) {
            err.println(Main.PROG + " serve: cannot open the store in " + dir + ": " + Main.describe(e));
            return null;
        }
        Store.Info info = live.info();
        String b = base != null ? base : info.base() != null ? info.base() : Pipeline.DEFAULT_BASE;
        SparqlServer server;
        ServedDumps dumps = null;
        try {
            Quality quality = Store.quality(info);
            dumps = ServedDumps.write(live.dataset(), quality, b);
            server = SparqlServer.start(new SparqlServer.Served(live.dataset(), quality, dumps, live::version),
                    new SparqlServer.Options(host, port, b, policy, queries, cache));
        } catch (IOException | RuntimeException e) {
            if (dumps != null) {
                dumps.close();
            }
            live.close();
            startFailed(e, host, port, err);
            return null;
        }
        live.watch(1000, err, next -> {
            err.println("constitution-kg: switched to " + next.name() + " (" + next.articles() + " articles, "
                    + next.triples() + " triples)");
            err.flush();
            try {
                Quality quality = Store.quality(next);
                server.refresh(quality, ServedDumps.write(live.dataset(), quality, b));
                err.println("constitution-kg: pages, /dumps/ and VoID remade for " + next.name());
            } catch (IOException | RuntimeException e) {
                err.println(Main.PROG + " serve: the site still shows the previous store: " + Main.describe(e));
            }
            err.flush();
        });
        out.println("constitution-kg: serving " + info.articles() + " articles (" + info.triples() + " triples) at "
                + server.sparqlUrl() + " (site " + server.siteUrl() + "/)");
        out.flush();
        return new Running(server, live);
    }

    /**
     * Says why the server did not start: "cannot listen" when the address is taken or not ours (the user's to fix),
     * otherwise "cannot start" with the stack trace, which is a fault of the program worth reporting.
     */
    static void startFailed(Exception e, String host, int port, PrintStream err) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException || t instanceof java.net.UnknownHostException) {
                err.println(Main.PROG + " serve: cannot listen on " + host + ":" + port + ": " + Main.describe(e));
                return;
            }
        }
        if (e instanceof IOException) {
            // (the disk: no room for the served copy of the dumps, a folder not writable)
            err.println(Main.PROG + " serve: cannot start on " + host + ":" + port + ": " + Main.describe(e));
            return;
        }
        err.println(Main.PROG + " serve: cannot start on " + host + ":" + port + " (a fault of ckg; please report "
                + "it with what follows): " + Main.describe(e));
        e.printStackTrace(err);
    }

    /** The stderr line printed when an invalid graph is served with {@code --allow-invalid}. */
    static String banner(long violations) {
        return "*** " + Main.PROG + " serve: WARNING: serving a graph that does NOT conform to the shapes ("
                + Main.plural(violations, "violation") + " remain after withholding; --allow-invalid) ***";
    }

    private static int port(String value) {
        try {
            int p = Integer.parseInt(value);
            if (p >= 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Main.UsageException("bad --port '" + value + "': expected a number from 0 to 65535");
    }
}
