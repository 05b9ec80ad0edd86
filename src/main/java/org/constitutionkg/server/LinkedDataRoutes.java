package org.constitutionkg.server;

import static org.constitutionkg.server.Answers.PAGE_TYPES;
import static org.constitutionkg.server.Answers.negotiate;
import static org.constitutionkg.server.Answers.redirect;
import static org.constitutionkg.server.Answers.send;
import static org.constitutionkg.server.Answers.sendPageOrRdf;
import static org.constitutionkg.server.Answers.sendRdf;
import static org.constitutionkg.server.Answers.varyByAccept;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.constitutionkg.dump.Canonical;
import org.constitutionkg.site.GraphPages;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.OntologyPage;
import org.constitutionkg.site.RdfSyntax;
import org.constitutionkg.site.Site;

/**
 * The resources' IRIs and pages, and the other IRIs that are answered by content negotiation:
 * <ul>
 *   <li>{@code /page/X}: the HTML page of {@code BASE X}</li>
 *   <li>{@code ID/X} (ID = the base's path, normally {@code /id/}): 303 to {@code /page/X} or {@code ID/X.ttl},
 *   {@code .nt}, {@code .jsonld}, {@code .rdf}, {@code .nq}, {@code .trig} by {@code Accept} (406 for no RDF type);
 *   those documents themselves; a named graph's IRI ({@code ID/graph/...}) is answered with its description</li>
 *   <li>{@code /ontology}: the ontology's HTML page or, by {@code Accept}, its RDF ({@link OntologyPage});
 *   {@code /ontology.ttl} and the other extensions name one syntax</li>
 *   <li>{@code /.well-known/void}: the VoID description, in the RDF syntax {@code Accept} asks for (written from
 *   its {@link Canonical} form)</li>
 * </ul>
 */
final class LinkedDataRoutes {

    private final Site site;
    private final GraphPages graphs;
    private final OntologyPage ontologyPage = new OntologyPage();
    private final Graph voidGraph;

    LinkedDataRoutes(Site site, DatasetGraph served, Model voidModel) {
        this.site = site;
        this.graphs = new GraphPages(served, site.base, siteRoot(voidModel));
        this.voidGraph = Canonical.graph(voidModel.getGraph()); // the same bytes on every start
    }

    /** The site's root URL, as the VoID description names its dataset ("" when it names none). */
    private static String siteRoot(Model voidModel) {
        String suffix = "/.well-known/void#dataset";
        return voidModel.listSubjects().toList().stream().filter(r -> r.isURIResource()
                && r.getURI().endsWith(suffix)).map(r -> r.getURI().substring(0, r.getURI().length() - suffix.length()))
                .findFirst().orElse("");
    }

    /** {@code /.well-known/void}. */
    void voidDescription(HttpServletRequest req, HttpServletResponse resp, boolean head) throws IOException {
        Answers.rdf(req, resp, voidGraph, head);
    }

    /** {@code /page/rest}: the HTML page of {@code BASE rest}. */
    void page(HttpServletResponse resp, String rest, boolean head) throws IOException {
        Node r = site.resourceFor(rest);
        if (unknown(resp, rest, r, head)) {
            return;
        }
        send(resp, 200, "text/html; charset=utf-8", site.resourcePage(r).getBytes(StandardCharsets.UTF_8), head);
    }

    /** True after answering 404 when nothing is known about {@code r} ({@code BASE rest}). */
    private boolean unknown(HttpServletResponse resp, String rest, Node r, boolean head) throws IOException {
        if (rest.isEmpty() || !site.exists(r)) {
            send(resp, 404, "text/html; charset=utf-8", Site.notFound("Nothing is known about <" + r.getURI() + ">.")
                    .getBytes(StandardCharsets.UTF_8), head);
            return true;
        }
        return false;
    }

    /** {@code ID/rest}: a resource's IRI or one of its documents. */
    void deref(HttpServletRequest req, HttpServletResponse resp, String rest, boolean head)
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
        if (unknown(resp, rest, r, head)) {
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
    void ontology(HttpServletRequest req, HttpServletResponse resp, String ext, boolean head)
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
}
