package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Adds triples to the provenance graph on a thread of its own, in batches, in the order they are given: the
 * provenance graph takes four fifths of a build's triples, and indexing them would otherwise double the work of the
 * one thread that assembles the graph. {@link #close()} returns when every triple is in the graph; until then only
 * this writer may touch the graph.
 */
public final class ProvenanceWriter implements AutoCloseable {

    private static final int BATCH = 8192;

    private final Graph graph;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ckg-provenance");
        t.setDaemon(true);
        return t;
    });
    private final List<Future<?>> pending = new ArrayList<>();
    private Triple[] batch = new Triple[BATCH];
    private int size;

    ProvenanceWriter(Graph graph) {
        this.graph = graph;
    }

    void add(Node s, Node p, Node o) {
        batch[size++] = Triple.create(s, p, o);
        if (size == BATCH) {
            flush();
        }
    }

    private void flush() {
        Triple[] full = batch;
        int n = size;
        pending.add(thread.submit(() -> {
            for (int i = 0; i < n; i++) {
                graph.add(full[i]);
            }
        }));
        batch = new Triple[BATCH];
        size = 0;
    }

    /** Waits until every triple is in the graph; rethrows what went wrong on the writer's thread. */
    @Override
    public void close() {
        try {
            flush();
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the provenance graph", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            thread.shutdownNow();
        }
    }
}
