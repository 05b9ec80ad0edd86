package org.constitutionkg.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.Provenance;

/**
 * What the site knows of one resource, read once (Pubby's {@code ResourceDescription} is the model): its facts
 * over every graph, each once with the graphs that hold it and the lines that state it; the facts that point to it
 * (from every graph but the provenance graph); how many facts about it were withheld; and its RDF description. The
 * resource page and the {@code .ttl}/{@code .nt}/{@code .jsonld} documents are both made from it.
 * <pre>
 *   ResourceView v = Txn.calculateRead(ds, () -> ResourceView.read(dsg, provenanceGraph, r, withheldAbout(r)));
 *   v.facts();          // (property, value, graphs, sources)
 *   v.description();    // the triples a data IRI's document holds
 * </pre>
 */
public final class ResourceView {

    /** A fact with the resource as subject: the graphs that hold it, and where it was read (empty if unknown). */
    public record Fact(Node p, Node o, Set<Node> graphs, List<Provenance.Source> sources) {

        boolean isName() {
            return o.isLiteral() && (p.equals(RDFS.label.asNode()) || p.equals(SKOS.altLabel.asNode())
                    || p.equals(DCTerms.title.asNode()));
        }
    }

    /** A fact that has the resource as value. */
    public record Link(Node s, Node p) {
    }

    private final Node resource;
    private final List<Fact> facts;
    private final List<Link> incoming;
    private final int withheld;

    private ResourceView(Node resource, List<Fact> facts, List<Link> incoming, int withheld) {
        this.resource = resource;
        this.facts = facts;
        this.incoming = incoming;
        this.withheld = withheld;
    }

    /**
     * Reads {@code r} from {@code dsg} (inside a read transaction); {@code provenance} names the provenance graph,
     * {@code withheld} is how many facts about it were withheld.
     */
    public static ResourceView read(DatasetGraph dsg, Node provenance, Node r, int withheld) {
        Map<List<Node>, Fact> facts = new LinkedHashMap<>();
        dsg.find(Node.ANY, r, Node.ANY, Node.ANY).forEachRemaining(q -> facts.computeIfAbsent(
                List.of(q.getPredicate(), q.getObject()),
                k -> new Fact(q.getPredicate(), q.getObject(), new LinkedHashSet<>(), new ArrayList<>()))
                .graphs().add(q.getGraph()));
        Graph prov = Graphs.read(dsg, provenance);
        for (Provenance.Statement st : Provenance.about(prov, r, Node.ANY, Node.ANY)) {
            Fact f = st.p() == null || st.o() == null ? null : facts.get(List.of(st.p(), st.o()));
            if (f != null) {
                f.sources().add(st.source());
            }
        }
        Map<Link, Boolean> incoming = new LinkedHashMap<>();
        dsg.find(Node.ANY, Node.ANY, Node.ANY, r).forEachRemaining(q -> {
            if (!q.getGraph().equals(provenance)) {
                incoming.put(new Link(q.getSubject(), q.getPredicate()), Boolean.TRUE);
            }
        });
        // in one order whatever order the dataset was loaded in: the same answer for the same data
        Comparator<Node> byTerm = Comparator.comparing(NodeFmtLib::strNT);
        List<Fact> sorted = new ArrayList<>(facts.values());
        sorted.sort(Comparator.comparing(Fact::p, byTerm).thenComparing(Fact::o, byTerm));
        sorted.forEach(f -> f.sources().sort(Comparator.comparing((Provenance.Source x) -> x.article() == null ? ""
                : x.article().toString()).thenComparing(x -> Provenance.lineNumber(x.line()))
                .thenComparing(Provenance.Source::text)));
        List<Link> links = new ArrayList<>(incoming.keySet());
        links.sort(Comparator.comparing(Link::s, byTerm).thenComparing(Link::p, byTerm));
        return new ResourceView(r, List.copyOf(sorted), List.copyOf(links), withheld);
    }


    public Node resource() {
        return resource;
    }

    /** Whether anything is said of it or points to it. */
    public boolean exists() {
        return !facts.isEmpty() || !incoming.isEmpty();
    }

    /** Its facts, ordered by property and value. */
    public List<Fact> facts() {
        return facts;
    }

    /** Its classes. */
    public List<Node> types() {
        return facts.stream().filter(f -> f.p().equals(RDF.type.asNode())).map(Fact::o).distinct().toList();
    }

    /** Its names: labels, other names and titles. */
    public List<Fact> names() {
        return facts.stream().filter(Fact::isName).toList();
    }

    /** The facts that point to it, each (subject, property) once. */
    public List<Link> incoming() {
        return incoming;
    }

    /** How many facts about it were withheld. */
    public int withheld() {
        return withheld;
    }

    /** The document of its data IRI: its facts and the facts that point to it. */
    public Graph description() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Fact f : facts) {
            g.add(Triple.create(resource, f.p(), f.o()));
        }
        for (Link l : incoming) {
            g.add(Triple.create(l.s(), l.p(), resource));
        }
        return g;
    }
}
