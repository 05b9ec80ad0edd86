package org.constitutionkg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;

/**
 * Benchmark, not a test: validates the dev corpus graph replicated to about 100k triples and prints the figures.
 * <pre>
 *   mvn -o -Pbench -DskipTests test          # or: bench/validate-bench.sh [ARTICLES] [TRIPLES] [RUNS]
 * </pre>
 * The corpus graph (facts and provenance) is copied with every IRI under the base renamed per copy (suffix
 * {@code _cN}), so the copies are disjoint resources with the same shape; the ontology is added once.
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    public static void main(String[] args) {
        Path input = Path.of(args.length > 0 ? args[0] : "../shared/corpus/articles");
        if (!Files.exists(input)) {
            input = Path.of("seeds");
        }
        long target = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String base = Pipeline.DEFAULT_BASE;

        Pipeline.BuildResult built = Pipeline.build(List.of(input), base, p -> { });
        // (a copy: the data graph is a read-only view of the dataset's graphs)
        Graph one = GraphFactory.createDefaultGraph();
        Graph ontology = CKG.ontology().getGraph();
        ShapesValidator.dataGraph(built.dataset()).find().filterDrop(ontology::contains).forEachRemaining(one::add);

        ShapesValidator validator = ShapesValidator.standard(base);
        ValidationResult single = validator.validate(ShapesValidator.dataGraph(built.dataset()));
        System.out.printf("corpus %s: %d articles, %d triples with ontology, %d violations, %d warnings%n",
                input, built.articles(), single.data().size(), single.violations(), single.warnings());

        Graph big = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(big::add);
        int copies = 0;
        while (big.size() < target) {
            String suffix = "_c" + copies++;
            one.find().forEachRemaining(t -> big.add(Triple.create(
                    rename(t.getSubject(), base, suffix), t.getPredicate(), rename(t.getObject(), base, suffix))));
        }
        System.out.printf("replicated: %d copies, %d triples%n", copies, big.size());
        for (int i = 1; i <= runs; i++) {
            ValidationResult r = validator.validate(big);
            System.out.printf("run %d: %d triples, %d ms, %d violations, %d warnings%n",
                    i, big.size(), r.millis(), r.violations(), r.warnings());
        }
    }

    private static Node rename(Node n, String base, String suffix) {
        return n.isURI() && n.getURI().startsWith(base) ? NodeFactory.createURI(n.getURI() + suffix) : n;
    }
}
