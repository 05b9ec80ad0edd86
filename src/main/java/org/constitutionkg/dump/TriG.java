package org.constitutionkg.dump;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A TriG writer that formats the graphs of a dataset in pieces on several threads, in place of Jena's
 * {@code TRIG_BLOCKS}:
 * <pre>
 *   TriG.write(Dumps.publishedGraphs(ds, base), Dumps.prefixes(base), out, true);   // gzipped
 * </pre>
 * The {@code PREFIX} lines come first (in the map's order), then one block per graph, graphs sorted by name (IRIs,
 * then blank nodes). A graph's triples come in the graph's own order (for an in-memory graph, by subject in the order
 * the subjects were added: the provenance of one article together, which gzip likes), one subject's triples together
 * and sorted as in the JSON-LD dump ({@code rdf:type} first, then by predicate and object; see {@link TriGBlock}).
 * <p>
 * A piece is about {@value #PIECE} triples (see {@link TriGPieces}): several small graphs, or a run of the triples
 * of a large one. The pieces are formatted (and deflated, see {@link Gzip}) on a pool of threads, a few ahead of the
 * one being written, and written in order: the output is the same for the same dataset, whatever the number of
 * threads.
 */
public final class TriG {

    /** Triples a piece holds, about: some milliseconds of work, some hundred KB of text. */
    static final int PIECE = 8192;

    /** A formatted piece: its text, and the text deflated (null if not gzipped). */
    private record Done(Utf8Text text, byte[] deflated) {
    }

    private final Map<String, String> prefixes;
    private final OutputStream out;
    private final Gzip gzip;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "ckg-trig");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<Done>> pending = new ArrayDeque<>();

    private TriG(Map<String, String> prefixes, OutputStream out, boolean gzip) throws IOException {
        this.prefixes = prefixes;
        this.out = out;
        this.gzip = gzip ? new Gzip(out) : null;
    }

    /**
     * Writes the graphs of {@code view} as TriG with {@code prefixes}, gzipped or not, to {@code out} (flushed, not
     * closed). The calling thread reads {@code view} (in its transaction, if it needs one), the pool only formats.
     */
    static void write(DatasetGraph view, Map<String, String> prefixes, OutputStream out, boolean gzip) {
        write(view, prefixes, out, gzip, PIECE);
    }

    /** The same with pieces of about {@code piece} triples (small ones test how pieces join). */
    static void write(DatasetGraph view, Map<String, String> prefixes, OutputStream out, boolean gzip, int piece) {
        try {
            TriG w = new TriG(prefixes, out, gzip);
            try {
                w.emit(w.format(TriGBlock.prefixes(prefixes)));
                TriGPieces.cut(view, piece, w::submit);
                while (!w.pending.isEmpty()) {
                    w.emit(result(w.pending.remove()));
                }
                w.finish();
            } finally {
                w.pool.shutdownNow();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Formats {@code parts} on the pool; first writes the oldest piece if enough are ahead. */
    private void submit(List<TriGPieces.Part> parts) {
        pending.add(pool.submit(() -> format(TriGBlock.text(prefixes, parts))));
        if (pending.size() > 2 * threads) {
            try {
                emit(result(pending.remove()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Done format(Utf8Text text) {
        return new Done(text, gzip != null ? Gzip.deflate(text.bytes(), text.length()) : null);
    }

    private void emit(Done d) throws IOException {
        if (gzip != null) {
            gzip.append(d.text().bytes(), d.text().length(), d.deflated());
        } else {
            out.write(d.text().bytes(), 0, d.text().length());
        }
    }

    private void finish() throws IOException {
        if (gzip != null) {
            gzip.finish();
        }
        out.flush();
    }

    private static Done result(Future<Done> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing TriG", e);
        }
    }
}
