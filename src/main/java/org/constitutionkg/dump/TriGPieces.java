package org.constitutionkg.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The graphs of a dataset cut into pieces of about {@code n} triples for {@link TriG}, read in one pass on the
 * calling thread (in its transaction: the threads that format the pieces never read the dataset):
 * <pre>
 *   TriGPieces.cut(view, 8192, parts -> ...);   // each piece a list of parts, in order
 * </pre>
 * Graphs come sorted by name (IRIs, then blank nodes), a graph's triples in the graph's own order. A piece ends after
 * a graph, or between two subjects of one, once it holds {@code n} triples: consecutive small graphs share a piece,
 * a large graph spreads over several.
 */
final class TriGPieces {

    /** Triples of one graph, its block opening before them and closing after them or not. */
    record Part(Node graphName, List<Triple> triples, boolean opens, boolean closes) {
    }

    private final int n;
    private final Consumer<List<Part>> next;
    private List<Part> parts = new ArrayList<>();
    private int triples;

    private TriGPieces(int n, Consumer<List<Part>> next) {
        this.n = n;
        this.next = next;
    }

    /** Gives the pieces of the graphs of {@code view} to {@code next}, each as it is complete. */
    static void cut(DatasetGraph view, int n, Consumer<List<Part>> next) {
        List<Node> names = new ArrayList<>();
        view.listGraphNodes().forEachRemaining(names::add);
        names.sort(JsonLd.VALUES);
        TriGPieces pieces = new TriGPieces(n, next);
        for (Node name : names) {
            ExtendedIterator<Triple> it = view.getGraph(name).find();
            try {
                pieces.graph(name, it);
            } finally {
                it.close();
            }
        }
        pieces.end();
    }

    private void graph(Node name, ExtendedIterator<Triple> it) {
        List<Triple> run = new ArrayList<>();
        boolean opens = true;
        Node subject = null;
        while (it.hasNext()) {
            Triple t = it.next();
            if (triples >= n && !t.subjectMatches(subject)) {
                parts.add(new Part(name, run, opens, false));
                end();
                run = new ArrayList<>();
                opens = false;
            }
            run.add(t);
            triples++;
            subject = t.getSubject();
        }
        parts.add(new Part(name, run, opens, true));
        if (triples >= n) {
            end();
        }
    }

    private void end() {
        if (!parts.isEmpty()) {
            next.accept(parts);
            parts = new ArrayList<>();
            triples = 0;
        }
    }
}
