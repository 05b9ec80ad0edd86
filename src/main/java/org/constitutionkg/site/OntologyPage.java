package org.constitutionkg.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.dump.Canonical;
import org.constitutionkg.validate.ShapesLoader;
import org.constitutionkg.vocab.CKG;

/**
 * The ontology at its own IRI ({@value CKG#ONTOLOGY_IRI}, {@code /ontology} on the site): in every RDF syntax, and as
 * an HTML page of its classes and properties with their labels, comments, domains and ranges, alignments to other
 * vocabularies, and the shapes that use each term. Made once when the server starts; the RDF is written from the
 * ontology's {@link Canonical} form, so that every start serves the same bytes in every syntax.
 */
public final class OntologyPage {

    private final Model ontology;
    private final Graph graph;
    private final Graph shapes;
    private final byte[] html;

    public OntologyPage() {
        this.ontology = CKG.ontology();
        this.graph = Canonical.graph(ontology.getGraph());
        this.shapes = ShapesLoader.fromClasspath();
        this.html = Html.page("Ontology", body()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The ontology, the same triples in the same order on every start (its blank nodes labelled by content). */
    public Graph graph() {
        return graph;
    }

    public byte[] html() {
        return html;
    }

    private String body() {
        StringBuilder b = new StringBuilder("<h1>Ontology</h1>\n<p><code>").append(Html.esc(CKG.ONTOLOGY_IRI))
                .append("</code> (prefix <code>ckg:</code> = <code>").append(Html.esc(CKG.NS)).append("</code>). ");
        Resource o = ontology.getResource(CKG.ONTOLOGY_IRI);
        text(o, RDFS.comment).or(() -> text(o, org.apache.jena.vocabulary.DCTerms.description))
                .ifPresent(c -> b.append(Html.esc(c)));
        b.append("</p>\n<p>Also in RDF: ");
        for (RdfSyntax s : RdfSyntax.ALL) {
            b.append("<a href=\"/ontology.").append(s.ext()).append("\">").append(s.ext()).append("</a> ");
        }
        b.append("(or <code>Accept</code> on <code>/ontology</code>).</p>\n");
        b.append("<h2 id=\"classes\">Classes</h2>\n");
        for (Resource c : terms(OWL.Class)) {
            term(b, c, List.of(RDFS.subClassOf, OWL.equivalentClass, SKOS.exactMatch, SKOS.closeMatch));
        }
        b.append("<h2 id=\"properties\">Properties</h2>\n");
        List<Resource> props = terms(OWL.ObjectProperty);
        props.addAll(terms(OWL.DatatypeProperty));
        props.sort(Comparator.comparing(Resource::getLocalName));
        for (Resource p : props) {
            term(b, p, List.of(RDFS.domain, RDFS.range, RDFS.subPropertyOf, OWL.inverseOf, SKOS.exactMatch,
                    SKOS.closeMatch));
        }
        return b.toString();
    }

    /** The ckg: terms of a type, by local name. */
    private List<Resource> terms(Resource type) {
        List<Resource> out = new ArrayList<>();
        ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(CKG.NS)) {
                out.add(r);
            }
        });
        out.sort(Comparator.comparing(Resource::getLocalName));
        return out;
    }

    private void term(StringBuilder b, Resource t, List<org.apache.jena.rdf.model.Property> shown) {
        String name = t.getLocalName();
        b.append("<section class=\"term\" id=\"").append(Html.esc(name)).append("\"><h3>ckg:").append(Html.esc(name))
                .append("</h3>\n<p>");
        text(t, RDFS.label).ifPresent(l -> b.append("<strong>").append(Html.esc(l)).append("</strong>. "));
        text(t, RDFS.comment).ifPresent(c -> b.append(Html.esc(c)));
        b.append("</p>\n<dl>\n");
        for (org.apache.jena.rdf.model.Property p : shown) {
            List<String> values = new ArrayList<>();
            t.listProperties(p).forEachRemaining(st -> values.add(value(st.getObject())));
            if (!values.isEmpty()) {
                b.append("<dt>").append(Html.esc(ontology.shortForm(p.getURI()))).append("</dt><dd>")
                        .append(String.join(", ", values)).append("</dd>\n");
            }
        }
        Set<String> using = shapesUsing(t.asNode());
        if (!using.isEmpty()) {
            b.append("<dt>used by shapes</dt><dd>").append(Html.esc(String.join(", ", using))).append("</dd>\n");
        }
        b.append("</dl></section>\n");
    }

    /** A value as HTML: a ckg: term links to its section, another IRI to itself, a union lists its members. */
    private String value(RDFNode v) {
        if (v.isResource() && v.asResource().hasProperty(OWL.unionOf)) {
            RDFList list = v.asResource().getPropertyResourceValue(OWL.unionOf).as(RDFList.class);
            List<String> members = new ArrayList<>();
            list.iterator().forEachRemaining(m -> members.add(value(m)));
            return "one of " + String.join(", ", members);
        }
        if (v.isURIResource()) {
            String uri = v.asResource().getURI();
            String shortForm = ontology.shortForm(uri);
            String href = uri.startsWith(CKG.NS) ? "#" + uri.substring(CKG.NS.length()) : uri;
            return "<a href=\"" + Html.esc(href) + "\">" + Html.esc(shortForm) + "</a>";
        }
        return Html.esc(v.toString());
    }

    /** The named shapes whose constraints mention the term (directly, or through a property shape). */
    private Set<String> shapesUsing(Node term) {
        Set<String> out = new TreeSet<>();
        for (Triple tr : shapes.find(Node.ANY, Node.ANY, term).toList()) {
            Node s = tr.getSubject();
            if (s.isBlank()) {
                for (Triple up : shapes.find(Node.ANY, SHACL.property, s).toList()) {
                    s = up.getSubject();
                }
            }
            if (s.isURI()) {
                out.add(s.getLocalName().isEmpty() ? s.getURI() : s.getLocalName());
            }
        }
        return out;
    }

    private static java.util.Optional<String> text(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement st = r.getProperty(p, "en");
        if (st == null) {
            st = r.getProperty(p);
        }
        return st == null || !st.getObject().isLiteral() ? java.util.Optional.empty()
                : java.util.Optional.of(st.getString());
    }
}
