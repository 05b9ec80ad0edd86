package org.constitutionkg.server;

import static org.constitutionkg.server.Answers.cors;
import static org.constitutionkg.server.Answers.redirect;
import static org.constitutionkg.server.Answers.refuse;
import static org.constitutionkg.server.Answers.send;
import static org.constitutionkg.server.Answers.varyByAccept;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.site.Assets;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.Site;
import org.constitutionkg.site.search.SearchIndex;
import org.constitutionkg.site.search.SearchPage;
import org.constitutionkg.site.timeline.TimelinePage;

/**
 * Everything on the server that is not the SPARQL protocol itself, and the read-only rule for every path. Routes
 * each request:
 * <ul>
 *   <li>{@code /} home page; {@code /query} query page with the catalog; {@code /timeline} the timeline
 *   ({@link TimelinePage}, filtered by {@code polity} and {@code class}); {@code /quality}; {@code /search};
 *   {@code /assets/}: here</li>
 *   <li>{@code /page/X}, {@code ID/X} (ID = the base's path, normally {@code /id/}), {@code /ontology},
 *   {@code /.well-known/void}: the {@link LinkedDataRoutes}, by content negotiation</li>
 *   <li>{@code /dumps/} index and files (one {@code Range} answered 206): the {@link DumpDownloads}</li>
 *   <li>{@code /sparql}: the {@link SparqlRoutes} (headers, refusals, the form, the {@link ResultCache}) in front of
 *   the protocol servlet</li>
 * </ul>
 * Any method other than GET, HEAD, OPTIONS (and POST on {@code /sparql}) is refused with 405 on every path.
 */
final class SiteFilter implements Filter {

    private final Site site;
    private final DumpDownloads downloads;
    private final DatasetGraph served;
    private final byte[] home;
    private final byte[] quality;
    private final LinkedDataRoutes linkedData;
    private final TimelinePage timeline;
    private final SparqlRoutes sparql;

    SiteFilter(Site site, DumpFiles dumps, Model voidModel, Model serviceDescription, DatasetGraph served,
            ResultCache cache) {
        this.site = site;
        this.linkedData = new LinkedDataRoutes(site, served, voidModel);
        this.timeline = new TimelinePage(site, served);
        this.downloads = new DumpDownloads(dumps);
        this.served = served;
        this.home = site.homePage().getBytes(StandardCharsets.UTF_8);
        this.quality = site.qualityPage().getBytes(StandardCharsets.UTF_8);
        this.sparql = new SparqlRoutes(site.policy, serviceDescription, cache);
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
        if (SparqlRoutes.covers(path)) {
            sparql.serve(req, resp, chain, method, path);
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
            linkedData.ontology(req, resp, path.substring("/ontology".length()), head);
        } else if (path.equals("/.well-known/void")) {
            linkedData.voidDescription(req, resp, head);
        } else if (decoded.startsWith("/page/")) {
            linkedData.page(resp, decoded.substring("/page/".length()), head);
        } else if (decoded.startsWith(site.idPath)) {
            linkedData.deref(req, resp, decoded.substring(site.idPath.length()), head);
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
}
