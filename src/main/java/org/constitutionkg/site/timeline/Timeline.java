package org.constitutionkg.site.timeline;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.vocab.CKG;

/**
 * What the timeline draws, read from a graph (the served union): every state organ, legal instrument and session,
 * the date it began and the date it ended, the polity it belongs to and the successions between them.
 * <p>A start is the earliest of {@code established}, {@code adopted}, {@code effective}, {@code startDate}; an end
 * the latest of {@code disbanded}, {@code repealed}, {@code endDate}. A missing start is taken from the latest stated
 * end of a predecessor, a missing end from the earliest stated start of a successor, and marked as taken so. The
 * polity is the {@code jurisdiction}; a session's is its organ's.
 */
public record Timeline(List<Entry> entries, List<Edge> successions) {

    /** The three kinds of thing drawn, by the ontology class that makes a thing one. */
    enum Kind {
        ORGAN(CKG.StateOrgan.asNode()), INSTRUMENT(CKG.LegalInstrument.asNode()), SESSION(CKG.Session.asNode());

        final Node cls;

        Kind(Node cls) {
            this.cls = cls;
        }
    }

    /** A start or an end: its date, the property that states it, or else the neighbour in succession it is from. */
    record Bound(PartialDate date, Node property, Node takenFrom) {
    }

    /**
     * One thing on the timeline.
     *
     * @param classes the local names of its ontology classes and their superclasses
     * @param polity  null when none is known
     * @param start   null when unknown
     * @param end     null when unknown
     */
    record Entry(Node node, Kind kind, Set<String> classes, Node polity, Bound start, Bound end) {

        boolean dated() {
            return start != null || end != null;
        }
    }

    /** {@code from} is succeeded by {@code to}. */
    record Edge(Node from, Node to) {
    }

    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final List<Property> STARTS = List.of(CKG.established, CKG.adopted, CKG.effective, CKG.startDate);
    private static final List<Property> ENDS = List.of(CKG.disbanded, CKG.repealed, CKG.endDate);
    private static final BinaryOperator<Bound> EARLIER = (a, b) -> b.date().from().isBefore(a.date().from()) ? b : a;
    private static final BinaryOperator<Bound> LATER = (a, b) -> b.date().to().isAfter(a.date().to()) ? b : a;

    /** The timeline of {@code g}; {@code label} orders polities when a thing has several. */
    static Timeline read(Graph g, Function<Node, String> label) {
        Map<Node, Kind> kinds = kinds(g);
        List<Edge> edges = successions(g, kinds.keySet());
        Map<Node, List<Node>> before = neighbours(edges, false);
        Map<Node, List<Node>> after = neighbours(edges, true);
        Map<Node, Bound> starts = new HashMap<>();
        Map<Node, Bound> ends = new HashMap<>();
        kinds.keySet().forEach(x -> {
            stated(g, x, STARTS, EARLIER).ifPresent(b -> starts.put(x, b));
            stated(g, x, ENDS, LATER).ifPresent(b -> ends.put(x, b));
        });
        Comparator<Node> byLabel = Comparator.comparing(label).thenComparing(Node::getURI);
        List<Entry> entries = new ArrayList<>();
        kinds.forEach((x, kind) -> entries.add(new Entry(x, kind, classes(g, x), polity(g, x, kind, byLabel),
                starts.containsKey(x) ? starts.get(x) : taken(before.get(x), ends, LATER),
                ends.containsKey(x) ? ends.get(x) : taken(after.get(x), starts, EARLIER))));
        return new Timeline(entries, edges);
    }

    /** Each thing's successors ({@code forward}) or predecessors. */
    private static Map<Node, List<Node>> neighbours(List<Edge> edges, boolean forward) {
        Map<Node, List<Node>> out = new HashMap<>();
        edges.forEach(e -> out.computeIfAbsent(forward ? e.from() : e.to(), k -> new ArrayList<>())
                .add(forward ? e.to() : e.from()));
        return out;
    }

    /** Every organ, instrument and session of {@code g}, in the order of their IRIs. */
    private static Map<Node, Kind> kinds(Graph g) {
        Map<Node, Kind> out = new TreeMap<>(Comparator.comparing(Node::getURI));
        for (Kind k : Kind.values()) {
            for (Node c : closure(k.cls, c0 -> g.find(Node.ANY, SUBCLASS, c0).mapWith(Triple::getSubject).toList())) {
                g.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        out.putIfAbsent(t.getSubject(), k);
                    }
                });
            }
        }
        return out;
    }

    /** {@code start} and everything {@code next} reaches from it. */
    private static Set<Node> closure(Node start, Function<Node, List<Node>> next) {
        Set<Node> out = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            Node c = todo.poll();
            if (out.add(c)) {
                todo.addAll(next.apply(c));
            }
        }
        return out;
    }

    /** The local names of the ontology classes {@code x} is an instance of, directly or through a subclass. */
    private static Set<String> classes(Graph g, Node x) {
        Set<String> out = new TreeSet<>();
        for (Node type : g.find(x, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject).toList()) {
            for (Node c : closure(type, c0 -> g.find(c0, SUBCLASS, Node.ANY).mapWith(Triple::getObject).toList())) {
                if (c.isURI() && c.getURI().startsWith(CKG.NS)) {
                    out.add(c.getURI().substring(CKG.NS.length()));
                }
            }
        }
        return out;
    }

    /** The bound the properties state (the first of several by {@code pick}). */
    private static Optional<Bound> stated(Graph g, Node x, List<Property> ps, BinaryOperator<Bound> pick) {
        List<Bound> found = new ArrayList<>();
        for (Property p : ps) {
            g.find(x, p.asNode(), Node.ANY).forEachRemaining(t -> PartialDate.of(t.getObject())
                    .ifPresent(d -> found.add(new Bound(d, p.asNode(), null))));
        }
        return found.stream().reduce(pick);
    }

    /**
     * A bound taken from neighbours in succession: a missing start from the stated ends of the predecessors (the
     * latest), a missing end from the stated starts of the successors (the earliest); null when none is stated.
     */
    private static Bound taken(List<Node> neighbours, Map<Node, Bound> stated, BinaryOperator<Bound> pick) {
        return neighbours == null ? null : neighbours.stream().filter(stated::containsKey)
                .map(n -> new Bound(stated.get(n).date(), null, n)).reduce(pick).orElse(null);
    }

    /** Its jurisdiction (the first by label of several), for a session its organ's; null when none is stated. */
    private static Node polity(Graph g, Node x, Kind kind, Comparator<Node> byLabel) {
        List<Node> holders = kind == Kind.SESSION
                ? g.find(x, CKG.sessionOf.asNode(), Node.ANY).mapWith(Triple::getObject).toList() : List.of(x);
        return holders.stream().flatMap(h -> g.find(h, CKG.jurisdiction.asNode(), Node.ANY).toList().stream())
                .map(Triple::getObject).filter(Node::isURI).min(byLabel).orElse(null);
    }

    /** Who succeeds whom among {@code among}: succeededBy, precededBy, repealedBy, repeals; ordered by IRI. */
    private static List<Edge> successions(Graph g, Set<Node> among) {
        Set<Edge> out = new TreeSet<>(Comparator.comparing((Edge e) -> e.from().getURI())
                .thenComparing(e -> e.to().getURI()));
        for (Property p : List.of(CKG.succeededBy, CKG.precededBy, CKG.repealedBy, CKG.repeals)) {
            boolean forward = p.equals(CKG.succeededBy) || p.equals(CKG.repealedBy);
            g.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(t -> {
                Node s = t.getSubject();
                Node o = t.getObject();
                if (among.contains(s) && among.contains(o) && !s.equals(o)) {
                    out.add(forward ? new Edge(s, o) : new Edge(o, s));
                }
            });
        }
        return List.copyOf(out);
    }
}
