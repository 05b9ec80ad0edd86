package org.constitutionkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.site.Assets;
import org.constitutionkg.site.GraphPages;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.OntologyPage;
import org.constitutionkg.site.RdfSyntax;
import org.constitutionkg.site.Site;
import org.constitutionkg.site.search.SearchIndex;
import org.constitutionkg.site.search.SearchPage;
import org.constitutionkg.site.timeline.TimelinePage;

/**
 * Everything on the server that is not the SPARQL protocol itself, and the read-only rule for every path:
 * <ul>
 *   <li>{@code /} home page; {@code /query} query page with the catalog; {@code /page/X} HTML page of
 *   {@code BASE X}; {@code /timeline} the timeline ({@link TimelinePage}, filtered by {@code polity} and
 *   {@code class})</li>
 *   <li>{@code ID/X} (ID = the base's path, normally {@code /id/}): 303 to {@code /page/X} or {@code ID/X.ttl},
 *   {@code .nt}, {@code .jsonld}, {@code .rdf}, {@code .nq}, {@code .trig} by {@code Accept} (406 for no RDF type); those
 *   documents themselves</li>
 *   <li>{@code /dumps/} index and files (one {@code Range} answered 206), {@code /.well-known/void}</li>
 *   <li>{@code /ontology}: the ontology's HTML page or, by {@code Accept}, its RDF ({@link OntologyPage})</li>
 *   <li>{@code /sparql}: announces the timeout and row cap in headers, refuses updates (403) and writes (405),
 *   answers a plain GET with the HTML form or, for an RDF {@code Accept}, the service description, and answers
 *   repeated query GETs from the {@link ResultCache}</li>
 * </ul>
 * Any method other than GET, HEAD, OPTIONS (and POST on {@code /sparql}) is refused with 405 on every path.
 */
final class SiteFilter implements Filter {

    static final String LIMIT_HEADER = "X-CKG-Result-Limit";
    static final String TIMEOUT_HEADER = "X-CKG-Query-Timeout";
    private static final List<String> PAGE_TYPES = pageTypes();

    private static List<String> pageTypes() {
        List<String> out = new java.util.ArrayList<>(List.of("text/html")); // what the pages are, not XHTML
        out.addAll(RdfSyntax.offers());
        return List.copyOf(out);
    }

    private final Site site;
    private final DumpDownloads downloads;
    private final Model voidModel;
    private final Model serviceDescription;
    private final DatasetGraph served;
    private final String limit;
    private final String timeout;
    private final byte[] home;
    private final byte[] quality;
    private final byte[] sparqlForm;
    private final ResultCache cache;
    private final OntologyPage ontologyPage = new OntologyPage();
    private final GraphPages graphs;
    private final TimelinePage timeline;

    SiteFilter(Site site, DumpFiles dumps, Model voidModel, Model serviceDescription, DatasetGraph served,
            ResultCache cache) {
        this.cache = cache;
        this.site = site;
        this.graphs = new GraphPages(served, site.base, siteRoot(voidModel));
        this.timeline = new TimelinePage(site, served);
        this.downloads = new DumpDownloads(dumps);
        this.voidModel = voidModel;
        this.serviceDescription = serviceDescription;
        this.served = served;
        this.limit = Long.toString(site.policy.rowCap());
        this.timeout = site.policy.timeoutMs() + "ms";
        this.home = site.homePage().getBytes(StandardCharsets.UTF_8);
        this.quality = site.qualityPage().getBytes(StandardCharsets.UTF_8);
        this.sparqlForm = SparqlServer.QueryForm.page(site.policy).getBytes(StandardCharsets.UTF_8);
    }

    /** The site's root URL, as the VoID description names its dataset ("" when it names none). */
    private static String siteRoot(Model voidModel) {
        String suffix = "/.well-known/void#dataset";
        return voidModel.listSubjects().toList().stream().filter(r -> r.isURIResource()
                && r.getURI().endsWith(suffix)).map(r -> r.getURI().substring(0, r.getURI().length() - suffix.length()))
                .findFirst().orElse("");
    }

    /** True when the percent-escapes of a raw query string decode to valid UTF-8 (or there is none). */
    static boolean validUtf8Escapes(String rawQuery) {
        if (rawQuery == null || rawQuery.indexOf('%') < 0) {
            return true;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%' && i + 2 < rawQuery.length()) {
                int hi = Character.digit(rawQuery.charAt(i + 1), 16);
                int lo = Character.digit(rawQuery.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return false;
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.write(c < 0x80 ? c : '?');
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)) {
            chain.doFilter(request, response);
            return;
        }
        String method = req.getMethod();
        String path = req.getRequestURI();
        if (!validUtf8Escapes(req.getQueryString())) {
            refuse(req, resp, 400, "the query string is not valid UTF-8 once percent-decoded", null);
            return;
        }
        if (path.equals(SparqlServer.PATH) || path.startsWith(SparqlServer.PATH + "/")) {
            sparql(req, resp, chain, method, path);
            return;
        }
        boolean head = method.equals("HEAD");
        if (!method.equals("GET") && !head) {
            if (method.equals("OPTIONS")) {
                resp.setHeader("Allow", "GET, HEAD, OPTIONS");
                cors(req, resp);
                resp.setStatus(204);
                return;
            }
            refuse(req, resp, 405, "read-only: " + method + " is not allowed here (GET, HEAD, OPTIONS only)",
                    "GET, HEAD, OPTIONS");
            return;
        }
        cors(req, resp);
        String decoded = Html.decodePath(path);
        if (decoded == null) {
            send(resp, 400, "text/plain; charset=utf-8", "bad percent-encoding\n".getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            send(resp, 200, "text/html; charset=utf-8", home, head);
        } else if (path.equals("/query")) {
            queryPage(req, resp, head);
        } else if (path.equals(TimelinePage.PATH)) {
            send(resp, 200, "text/html; charset=utf-8", timeline.html(req.getParameter("polity"),
                    req.getParameter("class")).getBytes(StandardCharsets.UTF_8), head);
        } else if (path.equals("/quality")) {
            send(resp, 200, "text/html; charset=utf-8", quality, head);
        } else if (path.equals("/search")) {
            search(req, resp, head);
        } else if (path.startsWith(Assets.PATH)) {
            asset(req, resp, path.substring(Assets.PATH.length()), head);
        } else if (path.equals("/dumps")) {
            redirect(resp, 301, "/dumps/");
        } else if (path.startsWith("/dumps/")) {
            downloads.serve(req, resp, decoded.substring("/dumps/".length()), head);
        } else if (path.equals("/ontology") || path.startsWith("/ontology.")) {
            ontology(req, resp, path.substring("/ontology".length()), head);
        } else if (path.equals("/.well-known/void")) {
            rdf(req, resp, voidModel.getGraph(), head);
        } else if (decoded.startsWith("/page/")) {
            page(resp, decoded.substring("/page/".length()), head);
        } else if (decoded.startsWith(site.idPath)) {
            deref(req, resp, decoded.substring(site.idPath.length()), head);
        } else {
            chain.doFilter(req, resp);
        }
    }

    // ---- /sparql ----------------------------------------------------------------------------------------------

    private void sparql(HttpServletRequest req, HttpServletResponse resp, FilterChain chain, String method,
            String path) throws IOException, ServletException {
        resp.setHeader(LIMIT_HEADER, limit);
        resp.setHeader(TIMEOUT_HEADER, timeout);
        // every answer here is negotiated: the form or the service description, and results by their Accept
        varyByAccept(resp);
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
            String choice = accept == null ? "text/html" : Negotiation.choose(accept, PAGE_TYPES);
            if (choice == null || choice.equals("text/html")) {
                send(resp, 200, "text/html; charset=utf-8", sparqlForm, method.equals("HEAD"));
            } else {
                rdf(req, resp, serviceDescription.getGraph(), method.equals("HEAD"));
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

    // ---- pages ------------------------------------------------------------------------------------------------

    private void queryPage(HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
        String q = req.getParameter("query");
        String name = req.getParameter("name");
        Catalog.Entry entry = name == null ? null : site.catalog.find(name);
        if (name != null && entry == null) {
            send(resp, 404, "text/html; charset=utf-8", Site.notFound("No query called '" + name + "' in the catalog.")
                    .getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (k.startsWith("param.") && v.length > 0) {
                params.put(k.substring("param.".length()), v[0]);
            }
        });
        String html = site.query.page(q == null || q.isBlank() ? null : q, entry, params, served);
        send(resp, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), head);
    }

    /** {@code /search?q=&limit=}: a page, or with {@code Accept: application/json} the hits as JSON. */
    private void search(HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
        varyByAccept(resp);
        String q = req.getParameter("q");
        int limit = SearchPage.DEFAULT;
        try {
            limit = req.getParameter("limit") == null ? limit : Integer.parseInt(req.getParameter("limit").strip());
        } catch (NumberFormatException e) {
            refuse(req, resp, 400, "limit must be a number", null);
            return;
        }
        List<SearchIndex.Hit> hits = site.search.search(q, limit);
        String accept = req.getHeader("Accept");
        boolean json = "json".equals(req.getParameter("format")) || accept != null
                && "application/json".equals(Negotiation.choose(accept, List.of("text/html", "application/json")));
        if (json) {
            send(resp, 200, "application/json; charset=utf-8", SearchPage.json(hits).getBytes(StandardCharsets.UTF_8),
                    head);
        } else {
            send(resp, 200, "text/html; charset=utf-8", site.search.html(q, hits).getBytes(StandardCharsets.UTF_8),
                    head);
        }
    }

    /** {@code /assets/...}: the editor's scripts and stylesheets, from the jar. */
    private void asset(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head)
            throws IOException {
        Optional<Assets.Asset> a = Assets.find(rest);
        if (a.isEmpty()) {
            send(resp, 404, "text/plain; charset=utf-8", "no such asset\n".getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        resp.setHeader("Cache-Control", "public, max-age=86400");
        send(resp, 200, a.get().mediaType(), a.get().bytes(), head);
    }

    private void page(HttpServletResponse resp, String rest, boolean head) throws IOException {
        Node r = site.resourceFor(rest);
        if (rest.isEmpty() || !site.exists(r)) {
            send(resp, 404, "text/html; charset=utf-8", Site.notFound("Nothing is known about <" + r.getURI() + ">.")
                    .getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        send(resp, 200, "text/html; charset=utf-8", site.resourcePage(r).getBytes(StandardCharsets.UTF_8), head);
    }

    private void deref(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head)
            throws IOException {
        varyByAccept(resp);
        if (rest.startsWith("graph/") && graphDocument(req, resp, rest, head)) {
            return;
        }
        int dot = rest.lastIndexOf('.');
        if (dot > 0) {
            String ext = rest.substring(dot + 1);
            Node r = site.resourceFor(rest.substring(0, dot));
            Optional<RdfSyntax> syntax = RdfSyntax.forExt(ext);
            if ((syntax.isPresent() || ext.equals("html")) && site.exists(r) && !site.exists(site.resourceFor(rest))) {
                if (syntax.isEmpty()) {
                    redirect(resp, 301, "/page/" + Html.encPath(rest.substring(0, dot)));
                    return;
                }
                sendRdf(resp, syntax.get(), site.describe(r), head);
                return;
            }
        }
        Node r = site.resourceFor(rest);
        if (rest.isEmpty() || !site.exists(r)) {
            send(resp, 404, "text/html; charset=utf-8", Site.notFound("Nothing is known about <" + r.getURI() + ">.")
                    .getBytes(StandardCharsets.UTF_8), head);
            return;
        }
        String choice = negotiate(req, resp, PAGE_TYPES, head);
        if (choice == null) {
            return;
        }
        Optional<RdfSyntax> syntax = RdfSyntax.forType(choice);
        redirect(resp, 303, syntax.isPresent() ? site.docHref(r, syntax.get().ext()) : site.pageHref(r));
    }

    /**
     * The ontology's IRI: its HTML page or, by {@code Accept}, the ontology in an RDF syntax (200, a hash
     * namespace's document); {@code /ontology.ttl} and the other extensions name one syntax.
     */
    private void ontology(HttpServletRequest req, HttpServletResponse resp, String ext, boolean head)
            throws IOException {
        if (!ext.isEmpty()) {
            Optional<RdfSyntax> syntax = RdfSyntax.forExt(ext.substring(1));
            if (syntax.isEmpty()) {
                send(resp, 404, "text/html; charset=utf-8", Site.notFound("No ontology document '/ontology" + ext
                        + "'.").getBytes(StandardCharsets.UTF_8), head);
                return;
            }
            sendRdf(resp, syntax.get(), ontologyPage.graph(), head);
            return;
        }
        varyByAccept(resp);
        String choice = negotiate(req, resp, PAGE_TYPES, head);
        if (choice == null) {
            return;
        }
        sendPageOrRdf(resp, RdfSyntax.forType(choice), ontologyPage::html, ontologyPage.graph(), head);
    }

    /**
     * A named graph's IRI ({@code graph/links}) or one of its documents ({@code graph/links.ttl},
     * {@code graph/links.html}): its description, here (a graph is a document, so no 303); false when the dataset
     * has no such graph.
     */
    private boolean graphDocument(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head)
            throws IOException {
        int dot = rest.lastIndexOf('.');
        String ext = dot > rest.lastIndexOf('/') ? rest.substring(dot + 1) : "";
        Optional<RdfSyntax> named = RdfSyntax.forExt(ext);
        String stem = named.isPresent() || ext.equals("html") ? rest.substring(0, dot) : rest;
        String iri = site.resourceFor(stem).getURI();
        Optional<Model> graph = graphs.describe(iri);
        if (graph.isEmpty()) {
            return false;
        }
        Optional<RdfSyntax> syntax = named;
        if (stem.equals(rest)) {
            String choice = negotiate(req, resp, PAGE_TYPES, head);
            if (choice == null) {
                return true;
            }
            syntax = RdfSyntax.forType(choice);
        }
        sendPageOrRdf(resp, syntax, () -> GraphPages.html(iri, graph.get()).getBytes(StandardCharsets.UTF_8),
                graph.get().getGraph(), head);
        return true;
    }

    /**
     * The offered type the request's {@code Accept} prefers (the first offer when it names none); null after
     * answering 406 when {@code Accept} names only types not offered.
     */
    private static String negotiate(HttpServletRequest req, HttpServletResponse resp, List<String> offers,
            boolean head) throws IOException {
        String accept = req.getHeader("Accept");
        String choice = Negotiation.choose(accept, offers);
        if (choice == null) {
            send(resp, 406, "text/plain; charset=utf-8", ("none of the types in Accept (" + accept + ") is "
                    + "served here; ask for one of: " + RdfSyntax.list() + "\n").getBytes(StandardCharsets.UTF_8),
                    head);
        }
        return choice;
    }

    private void rdf(HttpServletRequest req, HttpServletResponse resp, Graph g, boolean head) throws IOException {
        varyByAccept(resp);
        String choice = negotiate(req, resp, PAGE_TYPES, head);
        if (choice == null) {
            return;
        }
        // a description of no HTML page of its own: a browser is given Turtle
        sendRdf(resp, RdfSyntax.forType(choice).orElse(RdfSyntax.ALL.get(0)), g, head);
    }

    /** A graph in one RDF syntax, 200. */
    private static void sendRdf(HttpServletResponse resp, RdfSyntax syntax, Graph g, boolean head)
            throws IOException {
        send(resp, 200, syntax.mediaType() + "; charset=utf-8", Site.serialize(g, syntax.format()), head);
    }

    /** The HTML page when no RDF syntax is asked for, else the graph in that syntax; 200. */
    private static void sendPageOrRdf(HttpServletResponse resp, Optional<RdfSyntax> syntax,
            java.util.function.Supplier<byte[]> page, Graph g, boolean head) throws IOException {
        if (syntax.isEmpty()) {
            send(resp, 200, "text/html; charset=utf-8", page.get(), head);
        } else {
            sendRdf(resp, syntax.get(), g, head);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Adds Accept to the answer's {@code Vary}, keeping what is there (Accept-Encoding, Origin). */
    private static void varyByAccept(HttpServletResponse resp) {
        for (String v : resp.getHeaders("Vary")) {
            for (String part : v.split(",")) {
                if (part.strip().equalsIgnoreCase("Accept") || part.strip().equals("*")) {
                    return;
                }
            }
        }
        resp.addHeader("Vary", "Accept");
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

    private static void cors(HttpServletRequest req, HttpServletResponse resp) {
        if (req.getHeader("Origin") != null && resp.getHeader("Access-Control-Allow-Origin") == null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
        }
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String message,
            String allow) throws IOException {
        // Read (a bounded part of) the body first: a refused request's unread body would otherwise make Jetty close
        // the connection, which breaks clients that reuse it.
        try (InputStream in = req.getInputStream()) {
            in.skipNBytes(Math.min(Math.max(req.getContentLengthLong(), 0), 1 << 20));
        } catch (IOException | IllegalStateException e) {
            // nothing to read
        }
        if (allow != null) {
            resp.setHeader("Allow", allow);
        }
        send(resp, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    private static void redirect(HttpServletResponse resp, int status, String location) {
        resp.setStatus(status);
        resp.setHeader("Location", location);
        resp.setContentLength(0);
    }

    static void send(HttpServletResponse resp, int status, String type, byte[] body, boolean head)
            throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setContentLength(body.length);
        if (!head) {
            resp.getOutputStream().write(body);
        }
    }
}
