package org.constitutionkg.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.article.Problem;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.validate.ShapesValidator;
import org.constitutionkg.validate.ValidationResult;
import org.constitutionkg.validate.Withholding;

/**
 * The publication policy, one for every command that publishes ({@code build}, {@code dump}, {@code serve},
 * {@code publish}): articles → extraction → validation → withholding → the publishable dataset with its report.
 * <pre>
 *   Publication.Result r = Publication.run(inputs, base, validator, System.err::println, progress, report -> { });
 *   if (r.conforms()) { write(r.dataset(), r.quality()); }   // what holds; r.quality() says what was held back
 * </pre>
 * <p>Facts that violate a shape are withheld and everything else is published (see {@link Withholding}). An
 * article of which nothing is left (no class for its subject, every fact withheld) is reported as a
 * {@code FILE:LINE: warning} and left out. Warnings of the shapes are published, as are the facts they are about.
 */
public final class Publication {

    private Publication() {
    }

    /**
     * What a publication run produced.
     *
     * @param build      the extraction (its dataset now holds only what is published)
     * @param validation the validation rounds and what they withheld
     * @param quality    the withheld facts and the report of the first round, as the build folder keeps them
     * @param problems   every problem: the extraction's, then the articles left out
     * @param articles   how many articles are published (built, less those left out)
     * @param leftOut    the graph names of the articles left out (a store may still hold an earlier version of them)
     * @param withheldArticles how many articles lost at least one fact
     * @param validateMs time spent validating and withholding
     */
    public record Result(Pipeline.BuildResult build, Withholding.Outcome validation, Quality quality,
            List<Problem> problems, int articles, List<String> leftOut, int withheldArticles, long validateMs) {

        /** The publishable dataset: article graphs, links, provenance, ontology. */
        public Dataset dataset() {
            return build.dataset();
        }

        /** Whether what is published conforms to the shapes (always, unless withholding ran out of rounds). */
        public boolean conforms() {
            return validation.conforms();
        }

        /** Whether an article had an error (it is left out; the others are published). */
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        /** The validation of the graph as built, before anything was withheld. */
        public ValidationResult first() {
            return validation.first();
        }

        /** The validation of what is published. */
        public ValidationResult last() {
            return validation.last();
        }

        public long withheldFacts() {
            return validation.facts();
        }


        /** Problems and SHACL warnings: what {@code --strict} refuses, with withheld facts. */
        public boolean clean() {
            return problems.isEmpty() && first().warnings() == 0 && withheldFacts() == 0;
        }
    }

    /** Builds the articles under {@code inputs}, validates and withholds; problems go to {@code sink} as found. */
    public static Result run(List<Path> inputs, String base, ShapesValidator validator, Consumer<Problem> sink,
            Pipeline.Progress progress, Consumer<ValidationResult> firstRound) {
        Pipeline.BuildResult build = Pipeline.build(inputs, base, sink, progress);
        return publish(build, base, validator, sink, firstRound);
    }

    /**
     * Validates and withholds the facts of an extraction (its dataset is changed in place). {@code firstRound} sees
     * the validation of the graph as built while that graph still holds every fact and its source.
     */
    public static Result publish(Pipeline.BuildResult build, String base, ShapesValidator validator,
            Consumer<Problem> sink, Consumer<ValidationResult> firstRound) {
        long start = System.nanoTime();
        Withholding.Outcome outcome = Withholding.run(build.dataset(), validator, base, firstRound);
        List<Problem> problems = new ArrayList<>(build.problems());
        List<String> leftOut = leaveOutEmpty(build, base, outcome.articles(), p -> {
            problems.add(p);
            sink.accept(p);
        });
        long lost = build.sources().stream().filter(a -> outcome.articles().contains(
                NodeFactory.createURI(Graphs.sourceArticle(base, a.id())))).count();
        Quality quality = new Quality(outcome.withheld(), outcome.first().report().getGraph());
        return new Result(build, outcome, quality, List.copyOf(problems), build.articles() - leftOut.size(),
                List.copyOf(leftOut), (int) lost, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Leaves out the articles whose graph holds no fact (nothing was extracted, or everything was withheld): a
     * warning each, and their description in the provenance graph is removed. Returns their graph names.
     */
    private static List<String> leaveOutEmpty(Pipeline.BuildResult build, String base, Set<Node> lostFacts,
            Consumer<Problem> sink) {
        DatasetGraph dsg = build.dataset().asDatasetGraph();
        Graph provenance = dsg.getGraph(NodeFactory.createURI(Graphs.provenanceGraph(base)));
        List<String> out = new ArrayList<>();
        for (Pipeline.ArticleSource a : build.sources()) {
            Node name = NodeFactory.createURI(Graphs.articleGraph(base, a.id()));
            if (dsg.containsGraph(name) && !dsg.getGraph(name).isEmpty()) {
                continue;
            }
            Node article = NodeFactory.createURI(Graphs.sourceArticle(base, a.id()));
            sink.accept(Problem.warning(a.file(), a.titleLine(), lostFacts.contains(article)
                    ? "every fact of this article was withheld (see the withheld facts); the article is left out"
                    : "nothing could be extracted from this article (no fact about a resource of a known class); "
                    + "the article is left out"));
            List<Triple> about = new ArrayList<>(provenance.find(article, Node.ANY, Node.ANY).toList());
            about.addAll(provenance.find(Node.ANY, Node.ANY, article).toList());
            about.forEach(provenance::delete);
            dsg.removeGraph(name);
            out.add(name.getURI());
        }
        return out;
    }
}
