package org.constitutionkg.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.constitutionkg.Pipeline;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.dump.ServedDumps;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.site.Descriptions;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.Site;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * The published site: a read-only SPARQL 1.1 endpoint at {@code /sparql} and the linked-data site around it
 * (home page, resource pages, dereferenceable data IRIs, query page with the catalog, dumps, VoID); see
 * {@link SiteFilter} for the URL layout.
 * <p>The default graph of the endpoint is the union of all named graphs (facts, provenance, ontology, links); every
 * named graph stays addressable with {@code GRAPH <iri>}. Queries run under a {@link QueryPolicy} (timeout, row
 * cap, SERVICE allow-list). Responses are gzipped when the client asks (not the dump files, which keep their
 * {@code Content-Length}); CORS is open for browser clients.
 * <pre>
 *   try (SparqlServer server = SparqlServer.start(ds, "127.0.0.1", 0)) {
 *       String endpoint = server.sparqlUrl();
 *   }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {

    /** Path of the query endpoint. */
    public static final String PATH = Site.SPARQL_PATH;

    /** Jetty output buffer; Fuseki 5.6.0 sets 5 MiB per response, which is far more than needed. */
    private static final int OUTPUT_BUFFER_SIZE = 32 * 1024;

    /**
     * How to serve.
     *
     * @param host      address to listen on
     * @param port      port, 0 for a free one
     * @param base      base of the data IRIs (its path is where they dereference, normally {@code /id/})
     * @param policy    timeout, row cap, SERVICE allow-list
     * @param queries   folder of the query catalog ({@code queries/}), may be null or missing
     * @param cache     answer repeated query GETs from memory ({@link ResultCache})
     */
    public record Options(String host, int port, String base, QueryPolicy policy, Path queries, boolean cache) {

        public static Options defaults(String host, int port) {
            return new Options(host, port, Pipeline.DEFAULT_BASE, QueryPolicy.standard(), null, true);
        }

        public Options withBase(String b) {
            return new Options(host, port, b, policy, queries, cache);
        }

        public Options withPolicy(QueryPolicy p) {
            return new Options(host, port, base, p, queries, cache);
        }

        public Options withQueries(Path q) {
            return new Options(host, port, base, policy, q, cache);
        }
    }

    /**
     * What to serve, made by the caller: the dataset, what was withheld from it ({@code /quality} and the notes on
     * the pages), its dump files (the server owns them from then on: it closes them on stop or when they are
     * replaced) and the version of the data, for the result cache (null: the data never changes while served).
     */
    public record Served(Dataset dataset, Quality quality, ServedDumps dumps, Supplier<String> version) {

        /** Data that does not change while served. */
        public Served(Dataset dataset, Quality quality, ServedDumps dumps) {
            this(dataset, quality, dumps, null);
        }
    }

    private final FusekiServer server;
    private final Dataset ds;
    private final Options options;
    private final DatasetGraph served;
    private final Catalog catalog;
    private final Model serviceDescription;
    private final ResultCache cache;
    private final AtomicReference<SiteFilter> filter;
    private ServedDumps dumps;

    private SparqlServer(FusekiServer server, Dataset ds, Options options, DatasetGraph served, Catalog catalog,
            ResultCache cache, AtomicReference<SiteFilter> filter, ServedDumps dumps) {
        this.server = server;
        this.ds = ds;
        this.options = options;
        this.served = served;
        this.catalog = catalog;
        this.serviceDescription = Descriptions.serviceDescription(siteUrl(), options.policy());
        this.cache = cache;
        this.filter = filter;
        this.dumps = dumps;
    }

    /**
     * Starts serving ({@code port} 0 picks a free port, see {@link #port()}). The dataset must not be changed while
     * it is served unless {@link Served#version()} says when it does.
     */
    public static SparqlServer start(Served what, Options o) {
        Dataset ds = what.dataset();
        QueryPolicy policy = o.policy();
        UnionDefaultGraph served = new UnionDefaultGraph(ds.asDatasetGraph(), what.version() == null);
        policy.configure(served.getContext());
        Catalog catalog = Catalog.load(o.queries());

        // One dataset at "/sparql" with a single query endpoint under the dataset's own URL: no update, no GSP.
        DataService service = DataService.newBuilder(served)
                .addEndpoint(Operation.Query, "")
                .build();
        AtomicReference<SiteFilter> filter = new AtomicReference<>();
        FusekiServer server = FusekiServer.create()
                .port(o.port())
                .verbose(false)
                .enableCors(true)
                .registerOperation(Operation.Query, new GuardedQuery(policy))
                .add(PATH, service)
                .addFilter("/*", new DeferredFilter(filter))
                .build();
        Server jetty = server.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(o.host());
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_SIZE);
                http.getHttpConfiguration().setSendServerVersion(false);
            }
        }
        Handler inner = jetty.getHandler();
        GzipHandler gzip = new GzipHandler();
        gzip.setIncludedMethods("GET", "POST");
        gzip.setExcludedPaths("/dumps/*");
        gzip.setIncludedMimeTypes("text/html", "text/plain", "text/turtle", "text/csv", "text/tab-separated-values",
                "application/sparql-results+json", "application/sparql-results+xml", "application/json",
                "application/ld+json", "application/n-triples", "application/rdf+xml", "application/trig",
                "application/n-quads", "application/xml");
        gzip.setHandler(inner);
        jetty.setHandler(gzip);
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop(); // e.g. the port is taken: release Jetty's threads
            what.dumps().close();
            throw e;
        }
        ResultCache cache = !o.cache() ? null
                : new ResultCache(what.version() != null ? what.version() : () -> "memory");
        SparqlServer started = new SparqlServer(server, ds, o, served, catalog, cache, filter, what.dumps());
        filter.set(started.siteFilter(what.dumps().files(), what.quality()));
        return started;
    }

    /** The site around the endpoint: label index, pages, statistics and VoID of the data now served. */
    private SiteFilter siteFilter(DumpFiles files, Quality quality) {
        Descriptions.Stats stats = Descriptions.stats(ds, options.base());
        Site site = new Site(DatasetFactory.wrap(served), options.base(), options.policy(), catalog, stats,
                quality);
        Model voidModel = Descriptions.voidModel(ds, options.base(), siteUrl(), files, stats);
        return new SiteFilter(site, files, voidModel, serviceDescription, served, cache);
    }

    /**
     * Remakes the site for the data now served, with its new dump files (the old ones are closed): the label index
     * and pages, the home page counts and VoID. For a server on data that changed ({@link Served#version()});
     * requests keep being answered by the old site until the new one is ready.
     */
    public synchronized void refresh(Quality quality, ServedDumps fresh) {
        filter.set(siteFilter(fresh.files(), quality));
        ServedDumps old = dumps;
        dumps = fresh;
        old.close(); // a download already running keeps its open file
    }

    /** How many distinct triples the default graph (the union of all graphs) has. */
    public long triples() {
        return Txn.calculateRead(served, () -> served.getDefaultGraph().size());
    }

    /**
     * The dataset as the endpoint sees it: read-only, default graph = union of the named graphs. For running
     * queries locally exactly as the server does ({@code ckg query}).
     */
    public static DatasetGraph unionView(Dataset ds) {
        return new UnionDefaultGraph(ds.asDatasetGraph(), true);
    }

    private static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** The port actually listened on. */
    public int port() {
        return server.getPort();
    }

    /** {@code http://HOST:PORT}. */
    public String siteUrl() {
        return "http://" + hostForUrl(options.host()) + ":" + port();
    }

    /** {@code http://HOST:PORT/sparql}. */
    public String sparqlUrl() {
        return siteUrl() + PATH;
    }

    /** The dump files served at {@code /dumps/}. */
    public synchronized DumpFiles dumps() {
        return dumps.files();
    }

    /** The underlying Fuseki server (for tests). */
    FusekiServer fuseki() {
        return server;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public synchronized void stop() {
        server.stop();
        dumps.close();
    }

    @Override
    public void close() {
        stop();
    }


    /** The site filter, installed once the server knows its port (requests before that go straight to Fuseki). */
    private static final class DeferredFilter implements jakarta.servlet.Filter {
        private final AtomicReference<SiteFilter> holder;

        DeferredFilter(AtomicReference<SiteFilter> holder) {
            this.holder = holder;
        }

        @Override
        public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse resp,
                jakarta.servlet.FilterChain chain) throws IOException, jakarta.servlet.ServletException {
            SiteFilter f = holder.get();
            if (f == null) {
                ((jakarta.servlet.http.HttpServletResponse) resp).sendError(503, "starting");
                return;
            }
            f.doFilter(req, resp, chain);
        }
    }

    /**
     * Fuseki's query operation with the policy: a SERVICE not on the allow-list is a 400 before anything runs, and a
     * query without a LIMIT (or with a larger one) gets {@code LIMIT cap} (announced in {@code X-CKG-Result-Capped}).
     * The timeout comes from the dataset's context ({@code ARQ.queryTimeout}), which Fuseki applies to every
     * execution.
     */
    static final class GuardedQuery extends SPARQL_QueryDataset {
        private final QueryPolicy policy;

        GuardedQuery(QueryPolicy policy) {
            this.policy = policy;
        }

        @Override
        protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            List<String> refused = policy.refusedServices(query);
            if (!refused.isEmpty()) {
                ServletOps.errorBadRequest(policy.refusal(refused));
            }
        }

        @Override
        protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> p = super.decideDataset(action, query, queryStringLog);
            Query q = p.getRight();
            if (policy.needsCap(q)) {
                action.getResponse().setHeader("X-CKG-Result-Capped", "LIMIT " + policy.rowCap() + " applied");
                q = policy.capped(q);
            }
            return Pair.create(p.getLeft(), q);
        }
    }

    /** The HTML form answered for a plain {@code GET /sparql} from a browser. */
    static final class QueryForm {
        private QueryForm() {
        }

        static String page(QueryPolicy policy) {
            String body = "<h1>SPARQL endpoint</h1>\n<p>SPARQL 1.1 query at <code>/sparql</code> (GET, POST form, "
                    + "POST <code>application/sparql-query</code>); read-only. The default graph is the union of all "
                    + "named graphs (one per article, the links graph, the provenance graph and the ontology graph). "
                    + "Queries are stopped after " + policy.timeoutMs() + " ms; results are capped at "
                    + policy.rowCap() + " rows. <code>SERVICE</code> may only call: "
                    + Html.esc(String.join(", ", policy.allowList().stream().sorted().toList()))
                    + ". Ask with <code>Accept: text/turtle</code> for the service description. "
                    + "<a href=\"/query\">The query page</a> has a catalog of ready-made queries.</p>\n"
                    + "<form method=\"get\" action=\"sparql\">\n<label for=\"query\">Query</label>\n"
                    + "<textarea name=\"query\" id=\"query\" rows=\"12\" cols=\"90\">"
                    + "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 25</textarea>\n"
                    + "<p><label>Results: <select name=\"output\">"
                    + "<option value=\"json\">JSON</option><option value=\"xml\">XML</option>"
                    + "<option value=\"csv\">CSV</option><option value=\"tsv\">TSV</option>"
                    + "</select></label> <button type=\"submit\">Run query</button></p>\n</form>";
            return Html.page("SPARQL endpoint", body);
        }
    }

    /**
     * A read-only view of a dataset whose default graph is the union of its named graphs. Query execution reads the
     * default graph through {@link #getDefaultGraph()}, so basic graph patterns outside {@code GRAPH} see every named
     * graph, while {@code GRAPH <g>} and {@code GRAPH ?g} use the named graphs as they are.
     * <p>For data that does not change the union is made once, as one indexed graph: a union view would look a
     * pattern up in every named graph (one per article) and then remove duplicates, on every query. Data that
     * changes (a store followed as it is rebuilt) keeps the view, so that queries see the data that is current.
     * <p>{@link DatasetGraphWrapperView} is essential: without it ARQ's {@code QueryEngineFactoryWrapper} unwraps any
     * {@code DatasetGraphWrapper} and runs the query on the wrapped dataset, whose default graph is empty.
     * (The context symbol for a union default graph is honoured only by the TDB query engines, not by the in-memory
     * dataset.) It has its own context, holding the query policy.
     */
    static final class UnionDefaultGraph extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

        private final Context context;
        private final Graph union;

        UnionDefaultGraph(DatasetGraph base, boolean fixed) {
            super(base);
            this.context = base.getContext() == null ? new Context() : base.getContext().copy();
            this.union = fixed ? new GraphReadOnly(materialise(base)) : null;
        }

        private static Graph materialise(DatasetGraph base) {
            Graph g = GraphFactory.createDefaultGraph();
            Runnable copy = () -> base.find().forEachRemaining(q -> g.add(q.asTriple()));
            if (base.supportsTransactions() && !base.isInTransaction()) {
                Txn.executeRead(base, copy);
            } else {
                copy.run();
            }
            return g;
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }

        @Override
        public Graph getUnionGraph() {
            return union != null ? union : new GraphReadOnly(get().getUnionGraph());
        }

        @Override
        public Context getContext() {
            return context;
        }
    }
}
