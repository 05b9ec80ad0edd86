package org.constitutionkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.constitutionkg.Pipeline;
import org.constitutionkg.validate.ShapesValidator;
import org.constitutionkg.validate.ValidationResult;

/**
 * Scale benchmark, in process (not a test; no timed assertions): builds the dataset from a corpus folder with
 * {@link Pipeline#build} and validates it with the standard SHACL shapes, timing each step separately. Prints one
 * {@code key=value} line that {@code bench/scale-bench.sh} reads:
 * <pre>
 *   java ... org.constitutionkg.bench.ScaleBenchmark --input /tmp/corpus-10k
 *   articles=10000 quads=... problems=... build_ms=... shacl_ms=... shacl_triples=... violations=... warnings=... heap_mb=...
 * </pre>
 */
public final class ScaleBenchmark {

    private ScaleBenchmark() {
    }

    public static void main(String[] args) {
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--input") && i + 1 < args.length) {
                input = Path.of(args[++i]);
            } else {
                System.err.println("usage: ScaleBenchmark --input DIR");
                System.exit(2);
            }
        }
        if (input == null) {
            System.err.println("usage: ScaleBenchmark --input DIR");
            System.exit(2);
        }
        AtomicLong problems = new AtomicLong();
        long t0 = System.nanoTime();
        Pipeline.BuildResult result = Pipeline.build(List.of(input), Pipeline.DEFAULT_BASE,
                p -> problems.incrementAndGet());
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long quads = result.dataset().asDatasetGraph().stream().count();

        ShapesValidator validator = ShapesValidator.standard(Pipeline.DEFAULT_BASE);
        long t1 = System.nanoTime();
        ValidationResult vr = validator.validate(result.dataset());
        long shaclMs = (System.nanoTime() - t1) / 1_000_000;

        Runtime rt = Runtime.getRuntime();
        long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf(Locale.ROOT, "articles=%d quads=%d problems=%d build_ms=%d shacl_ms=%d shacl_triples=%d "
                + "violations=%d warnings=%d heap_mb=%d%n", result.articles(), quads, problems.get(), buildMs, shaclMs,
                vr.data().size(), vr.violations(), vr.warnings(), heapMb);
    }
}
