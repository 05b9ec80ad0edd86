package org.constitutionkg.dump;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.constitutionkg.Graphs;

/**
 * A graph in a form that a writer lists the same way on every run: blank nodes labelled by what they say
 * ({@code b0}, {@code b1}, ... in the order of their content) and the triples added in a fixed order. A blank node's
 * label is random (so is the order of a validation run's results), and an in-memory graph's order, which the RDF
 * writers follow, depends on its nodes' labels: the same content read or made twice would be written in two orders.
 * For the build's quality files ({@link Quality#write}) and the documents the site serves from a graph it made.
 */
public final class Canonical {

    private Canonical() {
    }

    /** The same triples (and prefixes) with canonical blank node labels, added in the order of their text. */
    public static Graph graph(Graph g) {
        Map<Node, String> sig = new HashMap<>();
        for (int round = 0; round < 3; round++) { // nested blank nodes: their signatures include the inner ones'
            Map<Node, String> next = new HashMap<>();
            Map<Node, String> before = sig;
            g.find().forEachRemaining(t -> {
                if (t.getSubject().isBlank()) {
                    next.merge(t.getSubject(), t.getPredicate() + "=" + text(t.getObject(), before) + "\n",
                            (a, b) -> a + b);
                }
            });
            next.replaceAll((n, v) -> v.lines().sorted().collect(Collectors.joining("\n")));
            sig = next;
        }
        List<Node> blanks = new ArrayList<>(sig.keySet());
        Map<Node, String> finalSig = sig;
        Comparator<Node> order = Comparator.comparing(finalSig::get);
        if (new HashSet<>(sig.values()).size() < sig.size()) {
            // blank nodes that say the same (the same tail of two lists): told apart by where they hang
            Map<Node, String> place = refined(g, blanks);
            order = order.thenComparing(place::get);
        }
        blanks.sort(order);
        Map<Node, Node> label = new HashMap<>();
        for (int i = 0; i < blanks.size(); i++) {
            label.put(blanks.get(i), NodeFactory.createBlankNode("b" + i));
        }
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
        List<Triple> triples = new ArrayList<>(g.find().toList());
        triples.replaceAll(t -> Triple.create(label.getOrDefault(t.getSubject(), t.getSubject()),
                t.getPredicate(), label.getOrDefault(t.getObject(), t.getObject())));
        triples.sort(Comparator.comparing(Object::toString));
        triples.forEach(out::add);
        return out;
    }

    /**
     * Colour refinement of {@code blanks} over the triples in both directions: each round, a node's class is a hash of
     * its class, what it says and what says it (with the classes of the blank nodes there), until no class splits.
     * Nodes left in one class are alike wherever they are: which of them gets which label makes the same triples.
     */
    private static Map<Node, String> refined(Graph g, List<Node> blanks) {
        List<Triple> triples = g.find().toList();
        Map<Node, String> classes = new HashMap<>();
        blanks.forEach(b -> classes.put(b, ""));
        long count = 1;
        for (int round = 0; round < blanks.size(); round++) {
            Map<Node, List<String>> lines = new HashMap<>();
            for (Triple t : triples) {
                if (classes.containsKey(t.getSubject())) {
                    lines.computeIfAbsent(t.getSubject(), k -> new ArrayList<>())
                            .add("> " + t.getPredicate() + " " + text(t.getObject(), classes));
                }
                if (classes.containsKey(t.getObject())) {
                    lines.computeIfAbsent(t.getObject(), k -> new ArrayList<>())
                            .add("< " + text(t.getSubject(), classes) + " " + t.getPredicate());
                }
            }
            lines.forEach((n, l) -> classes.put(n, Graphs.hashId(classes.get(n) + "\n" + l.stream().sorted()
                    .collect(Collectors.joining("\n")))));
            long now = classes.values().stream().distinct().count();
            if (now == count) {
                break;
            }
            count = now;
        }
        return classes;
    }

    private static String text(Node n, Map<Node, String> sig) {
        return n.isBlank() ? "[" + sig.getOrDefault(n, "") + "]" : n.toString();
    }
}
