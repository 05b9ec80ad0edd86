package org.constitutionkg.gsp;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.constitutionkg.store.Store;

/**
 * Pushes a built dataset to a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki {@code /ds/data}, QLever,
 * Virtuoso, GraphDB, ...): one {@code PUT URL?graph=IRI} per named graph, with an N-Triples body.
 * <p>A {@code PUT} replaces the graph in one request, so each graph is replaced atomically by a store that applies
 * a request in one transaction; the dataset as a whole is not (between two requests a reader sees some graphs new
 * and others old). A failed request is retried with back-off (HTTP 5xx, 408, 429, connection errors and time-outs);
 * other answers fail at once.
 * <pre>
 *   GraphStorePublisher gsp = new GraphStorePublisher(URI.create("http://127.0.0.1:3030/ds/data"));
 *   int n = gsp.putNamedGraphs(dataset, iri -&gt; {});       // or gsp.put(iri, graph)
 * </pre>
 */
public final class GraphStorePublisher {

    /** Content type of every request body. */
    public static final String CONTENT_TYPE = "application/n-triples";

    /** Default number of attempts per request. */
    public static final int DEFAULT_TRIES = 3;

    /** Default wait before the first retry; doubled before each further one. */
    public static final Duration DEFAULT_BACKOFF = Duration.ofMillis(500);

    private final URI endpoint;
    private final HttpClient http;
    private final int tries;
    private final Duration backoff;
    private final Duration requestTimeout;

    /** A publisher with {@link #DEFAULT_TRIES} tries and {@link #DEFAULT_BACKOFF}. */
    public GraphStorePublisher(URI endpoint) {
        this(endpoint, DEFAULT_TRIES, DEFAULT_BACKOFF, Duration.ofMinutes(10));
    }

    /**
     * @param endpoint        the Graph Store Protocol URL (the {@code graph} parameter is added to it)
     * @param tries           attempts per request, at least 1
     * @param backoff         wait before the first retry, doubled before each further retry
     * @param requestTimeout  how long one request may take
     */
    public GraphStorePublisher(URI endpoint, int tries, Duration backoff, Duration requestTimeout) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1");
        }
        this.endpoint = endpoint;
        this.tries = tries;
        this.backoff = backoff;
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER) // a redirected PUT would lose its body
                .build();
    }

    /** A request that failed for good: the URL, the HTTP status (0 when there was no answer) and why. */
    public static final class PublishException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String url;
        private final int status;
        private final String reason;

        PublishException(String url, int status, String reason, Throwable cause) {
            super(url + ": " + (status > 0 ? status + " " : "") + reason, cause);
            this.url = url;
            this.status = status;
            this.reason = reason;
        }

        public String url() {
            return url;
        }

        /** HTTP status, or 0 when the server could not be reached. */
        public int status() {
            return status;
        }

        public String reason() {
            return reason;
        }
    }

    /** {@code endpoint?graph=IRI} (or {@code &graph=}) with the IRI percent-encoded. */
    public String graphUrl(String graphIri) {
        String e = endpoint.toString();
        return e + (endpoint.getRawQuery() == null ? "?" : "&") + "graph="
                + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
    }

    /**
     * Replaces every named graph of {@code ds} in the store, one {@code PUT} each, in IRI order; stops at the first
     * failure. {@code done} is told each graph IRI after it was stored. Returns how many graphs were stored.
     */
    public int putNamedGraphs(Dataset ds, Consumer<String> done) throws PublishException, IOException {
        DatasetGraph dsg = ds.asDatasetGraph();
        List<Node> names = new ArrayList<>();
        read(ds, () -> {
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (g.isURI()) {
                    names.add(g);
                }
            }
        });
        names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
        int n = 0;
        for (Node g : names) {
            Path body = serialise(ds, dsg.getGraph(g));
            try {
                put(g.getURI(), body);
            } finally {
                Files.deleteIfExists(body);
            }
            done.accept(g.getURI());
            n++;
        }
        return n;
    }

    /** Replaces the graph {@code graphIri} in the store with {@code graph}. */
    public void put(String graphIri, Graph graph) throws PublishException, IOException {
        Path body = serialise(null, graph);
        try {
            put(graphIri, body);
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /**
     * Writes the graph to a temporary N-Triples file: the body can then be sent again on a retry and a large graph
     * (the provenance graph of a big corpus) is never held in memory twice.
     */
    private static Path serialise(Dataset ds, Graph graph) throws IOException {
        Path tmp = Files.createTempFile("ckg-publish-", ".nt");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Runnable write = () -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(out);
            if (ds != null) {
                read(ds, write);
            } else {
                write.run();
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private void put(String graphIri, Path body) throws PublishException {
        String url = graphUrl(graphIri);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(requestTimeout)
                    .header("Content-Type", CONTENT_TYPE)
                    .header("User-Agent", USER_AGENT)
                    .PUT(HttpRequest.BodyPublishers.ofFile(body))
                    .build();
        } catch (IOException | IllegalArgumentException e) {
            throw new PublishException(url, 0, "bad request: " + e.getMessage(), e);
        }
        send(request, url, false);
    }

    /**
     * Removes the graph {@code graphIri} from the store ({@code DELETE}): an article left out of this publication
     * must not keep an earlier version of its graph there. A graph the store does not have (404) is fine.
     */
    public void delete(String graphIri) throws PublishException {
        String url = graphUrl(graphIri);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(requestTimeout)
                    .header("User-Agent", USER_AGENT).DELETE().build();
        } catch (IllegalArgumentException e) {
            throw new PublishException(url, 0, "bad request: " + e.getMessage(), e);
        }
        send(request, url, true);
    }

    private static final String USER_AGENT = "constitution-kg/0.1 (https://w3id.org/constitution-kg; linked-data tool)";

    /** Sends with retries (5xx, 408, 429, connection failures); a 404 counts as done when {@code missingIsFine}. */
    private void send(HttpRequest request, String url, boolean missingIsFine) throws PublishException {
        Duration wait = backoff;
        for (int attempt = 1; ; attempt++) {
            PublishException failure;
            boolean retriable;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status >= 200 && status < 300 || missingIsFine && status == 404) {
                    return;
                }
                failure = new PublishException(url, status, reason(status, response.body()), null);
                retriable = status >= 500 || status == 408 || status == 429;
            } catch (ConnectException e) {
                failure = new PublishException(url, 0, "cannot connect"
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
                retriable = true;
            } catch (HttpTimeoutException e) {
                failure = new PublishException(url, 0, "timed out: " + e.getMessage(), e);
                retriable = true;
            } catch (IOException e) {
                failure = new PublishException(url, 0, e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
                retriable = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException(url, 0, "interrupted", e);
            }
            if (!retriable || attempt >= tries) {
                throw failure;
            }
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
            wait = wait.multipliedBy(2);
        }
    }

    /** The standard reason phrase of {@code status}, then the first line of the answer's body if it has one. */
    static String reason(int status, String body) {
        String phrase = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
        String first = body == null ? "" : body.strip().lines().findFirst().orElse("").strip();
        if (first.length() > 200) {
            first = first.substring(0, 197) + "...";
        }
        return first.isEmpty() || first.equalsIgnoreCase(phrase) ? phrase : phrase + " (" + first + ")";
    }

    private static void read(Dataset ds, Runnable action) {
        if (ds.supportsTransactions() && !ds.isInTransaction()) {
            Txn.executeRead(ds, action);
        } else {
            action.run();
        }
    }
}
