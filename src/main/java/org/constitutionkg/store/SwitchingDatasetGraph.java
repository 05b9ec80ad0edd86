package org.constitutionkg.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The dataset of a {@link LiveStore}: its delegate is the current store. A transaction pins the store it began on
 * (per thread) until {@code end()}, so a switch never moves a running query. Graphs handed out are views over this
 * dataset, so they follow the pin too. It is a {@link DatasetGraphWrapperView}: ARQ must not unwrap it to the first
 * store. Reads outside a transaction run in a read transaction of their own.
 */
final class SwitchingDatasetGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private final AtomicReference<OpenStore> current;
    private final ThreadLocal<OpenStore> pinned = new ThreadLocal<>();

    SwitchingDatasetGraph(AtomicReference<OpenStore> current) {
        super(current.get().dsg);
        this.current = current;
    }

    /** The name of the store new queries go to; it changes when a rebuilt store is switched in. */
    public String version() {
        return current.get().info.name();
    }

    @Override
    protected DatasetGraph get() {
        OpenStore h = pinned.get();
        return (h != null ? h : current.get()).dsg;
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getUnionGraph() {
        return GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    // Reads outside a transaction (the site's pages do some) run in a read transaction of their own and are
    // materialised: TDB2 refuses to read outside a transaction, unlike the in-memory dataset.
    private <T> Iterator<T> outside(java.util.function.Supplier<Iterator<T>> find) {
        if (isInTransaction()) {
            return find.get();
        }
        return Txn.calculateRead(this, () -> {
            List<T> all = new ArrayList<>();
            find.get().forEachRemaining(all::add);
            return all;
        }).iterator();
    }

    private boolean outsideTest(java.util.function.BooleanSupplier test) {
        return isInTransaction() ? test.getAsBoolean() : Txn.calculateRead(this, test::getAsBoolean);
    }

    @Override
    public Iterator<Quad> find() {
        return outside(() -> super.find());
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return outside(() -> super.find(quad));
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return outside(() -> super.find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return outside(() -> super.findNG(g, s, p, o));
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return outside(() -> super.listGraphNodes());
    }

    @Override
    public boolean contains(Quad quad) {
        return outsideTest(() -> super.contains(quad));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        return outsideTest(() -> super.contains(g, s, p, o));
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return outsideTest(() -> super.containsGraph(graphNode));
    }

    @Override
    public boolean isEmpty() {
        return outsideTest(() -> super.isEmpty());
    }

    private OpenStore pin() {
        OpenStore h = pinned.get();
        if (h != null && !h.dsg.isInTransaction()) {
            unpin(h); // committed or aborted without end()
            h = null;
        }
        if (h == null) {
            // Count first, then check: a store retired meanwhile may be closed, so take the new current one.
            while (true) {
                h = current.get();
                h.active.incrementAndGet();
                if (!h.retired) {
                    break;
                }
                h.active.decrementAndGet();
            }
            pinned.set(h);
        }
        return h;
    }

    private void unpin(OpenStore h) {
        pinned.remove();
        h.active.decrementAndGet();
    }

    private void begun(Runnable begin) {
        OpenStore h = pin();
        try {
            begin.run();
        } catch (RuntimeException e) {
            if (!h.dsg.isInTransaction()) {
                unpin(h);
            }
            throw e;
        }
    }

    @Override
    public void begin() {
        begun(() -> get().begin());
    }

    @Override
    public void begin(TxnType type) {
        begun(() -> get().begin(type));
    }

    @Override
    public void begin(ReadWrite mode) {
        begun(() -> get().begin(mode));
    }

    @Override
    public void end() {
        OpenStore h = pinned.get();
        if (h == null) {
            return;
        }
        try {
            h.dsg.end();
        } finally {
            unpin(h);
        }
    }

    @Override
    public boolean isInTransaction() {
        OpenStore h = pinned.get();
        return h != null && h.dsg.isInTransaction();
    }

    @Override
    public ReadWrite transactionMode() {
        OpenStore h = pinned.get();
        return h == null ? null : h.dsg.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        OpenStore h = pinned.get();
        return h == null ? null : h.dsg.transactionType();
    }

    @Override
    public void close() {
        // the stores are closed by LiveStore
    }
}
