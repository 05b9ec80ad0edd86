package org.constitutionkg.dump;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.constitutionkg.Pipeline;

/**
 * Benchmark, not a test: the write phase of {@code ckg build} alone. Reads a built TriG dump (every published graph)
 * into a dataset like the one a build makes, and writes the dumps from it several times, printing the process CPU
 * time (every thread: writers, GC, JIT) and the wall time of each run (the first one includes class loading and JIT
 * warm-up). With a file name (e.g. {@code constitution-kg.trig.gz}) it writes only that dump. On Linux it also prints
 * the CPU time the other processes took meanwhile (from {@code /proc/stat}): on a shared machine, runs in which they
 * took a core are not comparable.
 * <pre>
 *   java -cp target/test-classes:target/constitution-kg.jar org.constitutionkg.dump.DumpsBenchmark \
 *       dist/constitution-kg.trig.gz [RUNS] [FILE]
 * </pre>
 */
public final class DumpsBenchmark {

    private DumpsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Dataset ds = DatasetFactory.createGeneral();
        RDFDataMgr.read(ds, args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : null;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Path dir = Files.createTempDirectory("dumps-bench");
        for (int i = 1; i <= runs; i++) {
            long cpu = os.getProcessCpuTime();
            long machine = machineBusyMs();
            long wall = System.nanoTime();
            List<DumpFiles.File> files = only == null ? DumpFiles.write(ds, Pipeline.DEFAULT_BASE, dir).files()
                    : List.of(DumpFiles.writeOne(only, ds, Pipeline.DEFAULT_BASE, dir));
            long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000;
            System.out.printf(Locale.ROOT, "run %d: process cpu %d ms, wall %d ms, other processes %d ms%n", i,
                    cpuMs, (System.nanoTime() - wall) / 1_000_000, Math.max(0, machineBusyMs() - machine - cpuMs));
            for (DumpFiles.File f : files) {
                System.out.printf(Locale.ROOT, "  %s %d bytes%n", f.name(), f.size());
                Files.delete(f.path());
            }
        }
        Files.delete(dir);
    }

    /** CPU time of the whole machine (all processes, not idle), in ms; 0 where there is no {@code /proc/stat}. */
    private static long machineBusyMs() throws IOException {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return 0;
        }
        String[] f = Files.readAllLines(stat).get(0).trim().split("\\s+"); // cpu user nice system idle iowait ...
        long busy = 0;
        for (int i = 1; i < Math.min(f.length, 9); i++) {
            busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
        }
        return busy * 10; // USER_HZ is 100 on Linux
    }
}
