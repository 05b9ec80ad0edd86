package org.constitutionkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.constitutionkg.site.RdfSyntax;
import org.constitutionkg.site.Site;

/**
 * How the routes of the {@link SiteFilter} write an answer: a body, a refusal, a redirect, the {@code Vary} and CORS
 * headers, and a graph in the RDF syntax the request's {@code Accept} prefers. Shared by {@link SiteFilter},
 * {@link SparqlRoutes}, {@link LinkedDataRoutes} and {@link DumpDownloads}, so that every path answers alike.
 */
final class Answers {

    /** What a description can be had as: its HTML page, or the graph in each RDF syntax. */
    static final List<String> PAGE_TYPES = pageTypes();

    private Answers() {
    }

    private static List<String> pageTypes() {
        List<String> out = new java.util.ArrayList<>(List.of("text/html")); // what the pages are, not XHTML
        out.addAll(RdfSyntax.offers());
        return List.copyOf(out);
    }

    /**
     * The offered type the request's {@code Accept} prefers (the first offer when it names none); null after
     * answering 406 when {@code Accept} names only types not offered.
     */
    static String negotiate(HttpServletRequest req, HttpServletResponse resp, List<String> offers,
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

    /** A graph in the RDF syntax {@code Accept} asks for (VoID, the service description), 200. */
    static void rdf(HttpServletRequest req, HttpServletResponse resp, Graph g, boolean head) throws IOException {
        varyByAccept(resp);
        String choice = negotiate(req, resp, PAGE_TYPES, head);
        if (choice == null) {
            return;
        }
        // a description of no HTML page of its own: a browser is given Turtle
        sendRdf(resp, RdfSyntax.forType(choice).orElse(RdfSyntax.ALL.get(0)), g, head);
    }

    /** A graph in one RDF syntax, 200. */
    static void sendRdf(HttpServletResponse resp, RdfSyntax syntax, Graph g, boolean head)
            throws IOException {
        send(resp, 200, syntax.mediaType() + "; charset=utf-8", Site.serialize(g, syntax.format()), head);
    }

    /** The HTML page when no RDF syntax is asked for, else the graph in that syntax; 200. */
    static void sendPageOrRdf(HttpServletResponse resp, Optional<RdfSyntax> syntax,
            java.util.function.Supplier<byte[]> page, Graph g, boolean head) throws IOException {
        if (syntax.isEmpty()) {
            send(resp, 200, "text/html; charset=utf-8", page.get(), head);
        } else {
            sendRdf(resp, syntax.get(), g, head);
        }
    }

    /** Adds Accept to the answer's {@code Vary}, keeping what is there (Accept-Encoding, Origin). */
    static void varyByAccept(HttpServletResponse resp) {
        for (String v : resp.getHeaders("Vary")) {
            for (String part : v.split(",")) {
                if (part.strip().equalsIgnoreCase("Accept") || part.strip().equals("*")) {
                    return;
                }
            }
        }
        resp.addHeader("Vary", "Accept");
    }

    static void cors(HttpServletRequest req, HttpServletResponse resp) {
        if (req.getHeader("Origin") != null && resp.getHeader("Access-Control-Allow-Origin") == null) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
            resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
        }
    }

    static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String message,
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

    static void redirect(HttpServletResponse resp, int status, String location) {
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
