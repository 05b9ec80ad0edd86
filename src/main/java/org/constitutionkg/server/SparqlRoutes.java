package org.constitutionkg.server;

import static org.constitutionkg.server.Answers.cors;
import static org.constitutionkg.server.Answers.refuse;
import static org.constitutionkg.server.Answers.send;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.rdf.model.Model;
import org.constitutionkg.query.QueryPolicy;

/**
 * {@code /sparql} (and any path below it) before the SPARQL protocol servlet sees it: announces the timeout and row
 * cap in headers, refuses updates (403) and writes (405), answers a plain GET with the HTML form or, for an RDF
 * {@code Accept}, the service description, turns HEAD into a GET without a body, and answers repeated query GETs
 * from the {@link ResultCache}. The queries themselves go on down the filter chain to Fuseki.
 */
final class SparqlRoutes {

    static final String LIMIT_HEADER = "X-CKG-Result-Limit";
    static final String TIMEOUT_HEADER = "X-CKG-Query-Timeout";

    private final Model serviceDescription;
    private final String limit;
    private final String timeout;
    private final byte[] sparqlForm;
    private final ResultCache cache;

    /** {@code cache} may be null: every query then goes to the protocol servlet. */
    SparqlRoutes(QueryPolicy policy, Model serviceDescription, ResultCache cache) {
        this.serviceDescription = serviceDescription;
        this.limit = Long.toString(policy.rowCap());
        this.timeout = policy.timeoutMs() + "ms";
        this.sparqlForm = SparqlServer.QueryForm.page(policy).getBytes(StandardCharsets.UTF_8);
        this.cache = cache;
    }

    /** True for the paths answered here: {@code /sparql} and the paths below it. */
    static boolean covers(String path) {
        return path.equals(SparqlServer.PATH) || path.startsWith(SparqlServer.PATH + "/");
    }

    void serve(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String method,
            String path) throws IOException, ServletException {
        resp.setHeader(LIMIT_HEADER, limit);
        resp.setHeader(TIMEOUT_HEADER, timeout);
        // every answer here is negotiated: the form or the service description, and results by their Accept
        Answers.varyByAccept(resp);
        switch (method) {
            case "GET", "HEAD" -> {
                // fine
            }
            case "OPTIONS" -> {
                resp.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
                cors(req, resp);
                resp.setStatus(204);
                return;
            }
            case "POST" -> {
                String ct = req.getContentType();
                String type = ct == null ? "" : ct.toLowerCase(java.util.Locale.ROOT);
                if (type.startsWith("application/sparql-update")
                        || (type.startsWith("application/x-www-form-urlencoded") && req.getParameter("update") != null)
                        || req.getParameter("update") != null) {
                    refuse(req, resp, 403, "read-only: SPARQL Update is not allowed", null);
                    return;
                }
                if (!path.equals(SparqlServer.PATH)) {
                    refuse(req, resp, 405, "read-only: POST is allowed only for queries at " + SparqlServer.PATH, "GET, HEAD");
                    return;
                }
            }
            default -> {
                refuse(req, resp, 405, "read-only: " + method + " is not allowed (SPARQL query only: GET, POST)",
                        "GET, HEAD, POST, OPTIONS");
                return;
            }
        }
        if ((method.equals("GET") || method.equals("HEAD")) && path.equals(SparqlServer.PATH)
                && (req.getQueryString() == null || req.getQueryString().isEmpty())) {
            String accept = req.getHeader("Accept");
            String choice = accept == null ? "text/html" : Negotiation.choose(accept, Answers.PAGE_TYPES);
            if (choice == null || choice.equals("text/html")) {
                send(resp, 200, "text/html; charset=utf-8", sparqlForm, method.equals("HEAD"));
            } else {
                Answers.rdf(req, resp, serviceDescription.getGraph(), method.equals("HEAD"));
            }
            return;
        }
        if (method.equals("HEAD")) {
            // HEAD is GET without the body (RFC 9110 9.3.2): the protocol servlet knows only GET and POST
            req = new HttpServletRequestWrapper(req) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            };
            resp = new Bodiless(resp);
        }
        if (cache != null) {
            cache.handle(req, resp, chain);
        } else {
            chain.doFilter(req, resp);
        }
    }

    /** A response whose body goes nowhere, with every header and the status kept: the answer to HEAD. */
    private static final class Bodiless extends HttpServletResponseWrapper {
        private final ServletOutputStream nowhere = new ServletOutputStream() {
            @Override
            public void write(int b) {
            }

            @Override
            public void write(byte[] b, int off, int len) {
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                try {
                    listener.onWritePossible();
                } catch (IOException e) {
                    listener.onError(e);
                }
            }
        };
        private final java.io.PrintWriter writer = new java.io.PrintWriter(
                new java.io.OutputStreamWriter(nowhere, StandardCharsets.UTF_8));

        Bodiless(HttpServletResponse resp) {
            super(resp);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return nowhere;
        }

        @Override
        public java.io.PrintWriter getWriter() {
            return writer;
        }
    }
}
