package org.constitutionkg.dump;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * Benchmark, not a test: writes one graph as JSON-LD several times in one JVM, with Jena's writer or ours, and prints
 * the CPU and wall time of each run (the first one includes class loading and JIT warm-up) and the bytes written.
 * <pre>
 *   java -cp target/test-classes:target/constitution-kg.jar org.constitutionkg.dump.JsonLdBenchmark \
 *       dist/constitution-kg.ttl ckg|jena [RUNS]
 * </pre>
 */
public final class JsonLdBenchmark {

    private JsonLdBenchmark() {
    }

    public static void main(String[] args) {
        Graph g = RDFDataMgr.loadGraph(args[0]);
        boolean jena = args[1].equals("jena");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%s: %d triples%n", jena ? "Jena RDFFormat.JSONLD" : "JsonLd", g.size());
        for (int i = 1; i <= runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            CountingStream out = new CountingStream();
            if (jena) {
                RDFWriter.source(g).format(RDFFormat.JSONLD).output(out);
            } else {
                JsonLd.write(g, out);
            }
            System.out.printf(Locale.ROOT, "run %d: cpu %d ms, wall %d ms, %d bytes%n", i,
                    (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000,
                    out.bytes);
        }
    }

    private static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
