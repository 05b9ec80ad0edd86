package org.constitutionkg.publish;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.constitutionkg.Pipeline;

/**
 * Benchmark, not a test: the write phase of {@code ckg build} alone. Reads a built TriG dump (every published graph)
 * and writes the dumps from it several times, printing the process CPU time (every thread: writers, GC, JIT) and the
 * wall time of each run (the first one includes class loading and JIT warm-up).
 * <pre>
 *   java -cp target/test-classes:target/constitution-kg.jar org.constitutionkg.publish.DumpsBenchmark \
 *       dist/constitution-kg.trig.gz [RUNS]
 * </pre>
 */
public final class DumpsBenchmark {

    private DumpsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds, args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path dir = Files.createTempDirectory("dumps-bench");
        for (int i = 1; i <= runs; i++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            DumpFiles files = DumpFiles.write(ds, Pipeline.DEFAULT_BASE, dir);
            System.out.printf(Locale.ROOT, "run %d: process cpu %d ms, wall %d ms%n", i,
                    (os.getProcessCpuTime() - cpu) / 1_000_000, (System.nanoTime() - wall) / 1_000_000);
            for (DumpFiles.File f : files.files()) {
                System.out.printf(Locale.ROOT, "  %s %d bytes%n", f.name(), f.size());
                Files.delete(f.path());
            }
        }
        Files.delete(dir);
    }
}
