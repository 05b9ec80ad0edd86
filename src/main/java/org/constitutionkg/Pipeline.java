package org.constitutionkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.constitutionkg.article.Article;
import org.constitutionkg.article.ArticleParser;
import org.constitutionkg.article.Problem;

import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.resolve.GraphBuilder;
import org.constitutionkg.link.LinksTable;
import org.constitutionkg.link.WikidataLinks;
import org.constitutionkg.vocab.CKG;

/**
 * The one assembly path from article files to a dataset, called by the CLI and by the tests.
 * <pre>
 *   BuildResult r = Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, System.err::println);
 *   r.dataset();  // one named graph per article, the provenance graph and the ontology graph
 * </pre>
 */
public final class Pipeline {

    /** Default base for data IRIs. */
    public static final String DEFAULT_BASE = "https://w3id.org/constitution-kg/id/";

    private Pipeline() {
    }

    /**
     * Parses every article under {@code inputs} (files, or folders whose {@code *.txt} files are read in name order),
     * extracts facts and assembles the dataset. Problems are passed to {@code problems} as they are found; a bad
     * article is reported and skipped, every other one is still built.
     */
    public static BuildResult build(List<Path> inputs, String base, Consumer<Problem> problems) {
        return build(inputs, base, problems, (done, total) -> { });
    }

    /** Reports how many of the articles have been read so far. */
    @FunctionalInterface
    public interface Progress {
        void articles(int done, int total);
    }

    /**
     * As {@link #build(List, String, Consumer)}, telling {@code progress} how far it is. Articles are read and
     * extracted in parallel; their problems are reported in file order, and only the facts (not the text) of each
     * article are kept until the graph is assembled.
     */
    public static BuildResult build(List<Path> inputs, String base, Consumer<Problem> problems, Progress progress) {
        List<Problem> found = new ArrayList<>();
        Consumer<Problem> sink = p -> {
            found.add(p);
            problems.accept(p);
        };
        long start = System.nanoTime();
        List<Path> files = files(inputs, sink);
        ThreadLocal<List<Problem>> buffer = ThreadLocal.withInitial(ArrayList::new);
        Consumer<Problem> local = p -> buffer.get().add(p);
        ArticleParser parser = new ArticleParser(local);
        ArticleExtractor extractor = new ArticleExtractor(local);
        AtomicInteger done = new AtomicInteger();
        List<Extracted> extracted = files.parallelStream().map(file -> {
            buffer.get().clear();
            Facts f = extract(file, parser, extractor, local);
            progress.articles(done.incrementAndGet(), files.size());
            return new Extracted(f, List.copyOf(buffer.get()));
        }).toList();
        long extractedAt = System.nanoTime();
        List<Facts> facts = new ArrayList<>();
        Map<String, String> titles = new HashMap<>();
        for (Extracted e : extracted) {
            e.problems().forEach(sink);
            if (e.facts() != null) {
                duplicateTitle(e.facts(), titles, sink);
                facts.add(e.facts());
            }
        }
        Dataset ds = new GraphBuilder(base, sink).build(facts);
        ds.addNamedModel(Graphs.ONTOLOGY_GRAPH, CKG.ontology());
        WikidataLinks.addTo(ds, base, LinksTable.builtIn());
        long assembled = System.nanoTime();
        List<ArticleSource> sources = facts.stream().map(f -> new ArticleSource(f.article().id(), f.article().file(),
                f.article().title().line())).toList();
        return new BuildResult(ds, List.copyOf(found), facts.size(), (extractedAt - start) / 1_000_000,
                (assembled - extractedAt) / 1_000_000, sources);
    }

    /** One article that was built: its id (the name of its graph), its file and the line of its title. */
    public record ArticleSource(String id, String file, int titleLine) {
    }

    private record Extracted(Facts facts, List<Problem> problems) { }

    private static Facts extract(Path file, ArticleParser parser, ArticleExtractor extractor, Consumer<Problem> sink) {
        Optional<Article> article = parser.parse(file);
        if (article.isEmpty()) {
            return null;
        }
        try {
            return extractor.extract(article.get()).withoutText();
        } catch (RuntimeException | StackOverflowError e) {
            sink.accept(Problem.error(file.toString(), 1, "could not extract facts: " + e));
            return null;
        }
    }

    private static void duplicateTitle(Facts f, Map<String, String> titles, Consumer<Problem> sink) {
        String title = f.article().title().text();
        String first = titles.putIfAbsent(title, f.article().file());
        if (first != null) {
            sink.accept(Problem.warning(f.article().file(), f.article().title().line(), "the title \"" + title
                    + "\" is also the title of " + first + "; both articles describe one resource"));
        }
    }

    /** The article files named by the inputs: files as given, folders' {@code *.txt} files in name order. */
    public static List<Path> files(List<Path> inputs, Consumer<Problem> problems) {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> s = Files.list(in)) {
                    s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    problems.accept(Problem.error(in.toString(), 1, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.isRegularFile(in)) {
                out.add(in);
            } else {
                problems.accept(Problem.error(in.toString(), 1, "no such file or folder"));
            }
        }
        return out;
    }

    /**
     * What a build produced.
     *
     * @param dataset   facts (one named graph per article), provenance graph, ontology graph
     * @param problems  every problem found, in order
     * @param articles  how many articles were built
     * @param extractMs time spent reading and extracting the articles (in parallel)
     * @param assembleMs time spent resolving entities and assembling the dataset
     * @param sources   the articles built, in order: their ids (see {@link Graphs#articleGraph}), files and title lines
     */
    public record BuildResult(Dataset dataset, List<Problem> problems, int articles, long extractMs,
            long assembleMs, List<ArticleSource> sources) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }
}
