package org.constitutionkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * A read-only union of two graphs that share no triple: a find is the finds of both, one after the other, with no
 * duplicate check, so nothing is copied and nothing is filtered. The caller guarantees that the two are disjoint
 * (see {@link ShapesValidator#dataGraph}) and that neither changes while the union is read.
 */
final class DisjointUnion extends GraphBase {

    private final Graph first;
    private final Graph second;

    DisjointUnion(Graph first, Graph second) {
        this.first = first;
        this.second = second;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return first.find(pattern).andThen(second.find(pattern));
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Node s, Node p, Node o) {
        return first.find(s, p, o).andThen(second.find(s, p, o));
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return first.contains(t) || second.contains(t);
    }

    @Override
    protected int graphBaseSize() {
        return first.size() + second.size();
    }
}
