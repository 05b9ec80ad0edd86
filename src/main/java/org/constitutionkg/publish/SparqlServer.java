package org.constitutionkg.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphReadOnly;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded, read-only SPARQL endpoint at {@code http://HOST:PORT/sparql} (SPARQL 1.1 query over GET and POST;
 * no update, no Graph Store Protocol).
 * <p>The default graph of the served dataset is the union of all named graphs (facts, provenance, ontology); every
 * named graph stays addressable with {@code GRAPH <iri>}.
 * <pre>
 *   try (SparqlServer server = SparqlServer.start(ds, "127.0.0.1", 0)) {
 *       String endpoint = server.sparqlUrl();
 *   }
 * </pre>
 */
public final class SparqlServer implements AutoCloseable {

    /** Path of the query endpoint. */
    public static final String PATH = "/sparql";

    /** Jetty output buffer; Fuseki 5.6.0 sets 5 MiB per response, which is far more than needed. */
    private static final int OUTPUT_BUFFER_SIZE = 32 * 1024;

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /**
     * Starts serving {@code ds} on {@code host}:{@code port} ({@code port} 0 picks a free port, see {@link #port()}).
     * The dataset must not be changed while it is served.
     */
    public static SparqlServer start(Dataset ds, String host, int port) {
        DatasetGraph served = new UnionDefaultGraph(ds.asDatasetGraph());
        // One dataset at "/sparql" with a single query endpoint under the dataset's own URL: no update, no GSP.
        DataService service = DataService.newBuilder(served)
                .addEndpoint(Operation.Query, "")
                .build();
        FusekiServer server = FusekiServer.create()
                .port(port)
                .verbose(false)
                .add(PATH, service)
                .addFilter(PATH, new QueryForm())
                .build();
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(host);
            }
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_SIZE);
            }
        }
        try {
            server.start();
        } catch (RuntimeException e) {
            server.stop(); // e.g. the port is taken: release Jetty's threads
            throw e;
        }
        return new SparqlServer(server, host);
    }

    /** The port actually listened on. */
    public int port() {
        return server.getPort();
    }

    /** {@code http://HOST:PORT/sparql}. */
    public String sparqlUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + PATH;
    }

    /** The underlying Fuseki server (for tests). */
    FusekiServer fuseki() {
        return server;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Answers a plain {@code GET /sparql} (no query string, as a browser sends it) with a small HTML query form;
     * Fuseki itself would answer 404 there. Everything else goes on to Fuseki.
     */
    static final class QueryForm implements Filter {

        private static final byte[] PAGE = ("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>constitution-kg SPARQL endpoint</title></head>
                <body>
                <h1>constitution-kg SPARQL endpoint</h1>
                <p>SPARQL 1.1 query, read-only. The default graph is the union of all named graphs
                (one per article, the provenance graph and the ontology graph).</p>
                <form method="get" action="sparql">
                <textarea name="query" rows="12" cols="90">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 25</textarea><br>
                <label>Results: <select name="output">
                <option value="json">JSON</option><option value="xml">XML</option>
                <option value="csv">CSV</option><option value="tsv">TSV</option>
                </select></label>
                <button type="submit">Run query</button>
                </form>
                </body></html>
                """).getBytes(StandardCharsets.UTF_8);

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                    && "GET".equals(req.getMethod()) && (req.getQueryString() == null || req.getQueryString().isEmpty())
                    && PATH.equals(req.getRequestURI())) {
                resp.setStatus(HttpServletResponse.SC_OK);
                resp.setContentType("text/html; charset=utf-8");
                resp.setContentLength(PAGE.length);
                resp.getOutputStream().write(PAGE);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * A read-only view of a dataset whose default graph is the union of its named graphs. Query execution reads the
     * default graph through {@link #getDefaultGraph()}, so basic graph patterns outside {@code GRAPH} see every named
     * graph, while {@code GRAPH <g>} and {@code GRAPH ?g} use the named graphs as they are.
     * <p>{@link DatasetGraphWrapperView} is essential: without it ARQ's {@code QueryEngineFactoryWrapper} unwraps any
     * {@code DatasetGraphWrapper} and runs the query on the wrapped dataset, whose default graph is empty.
     * (The context symbol for a union default graph is honoured only by the TDB query engines, not by the in-memory
     * dataset.)
     */
    static final class UnionDefaultGraph extends DatasetGraphReadOnly implements DatasetGraphWrapperView {

        UnionDefaultGraph(DatasetGraph base) {
            super(base);
        }

        @Override
        public Graph getDefaultGraph() {
            return new GraphReadOnly(get().getUnionGraph());
        }
    }
}
