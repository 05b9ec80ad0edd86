package org.constitutionkg.site.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Pipeline;

/**
 * Benchmark, not a test: entity search ({@link SearchIndex}) on a built TriG dump. Prints the time to build the index
 * and the time per query (min, median, 95th percentile, max) of {@code N} queries made of the starts of real labels
 * ("kalin" for "Mikhail Kalinin": one word's first letters, or a whole word and the next one's first letter), after a
 * warm-up of the same queries.
 * <pre>
 *   java -cp target/test-classes:target/constitution-kg.jar org.constitutionkg.site.search.SearchBenchmark \
 *       dist/constitution-kg.trig.gz [N]
 * </pre>
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) {
        Dataset ds = DatasetFactory.createGeneral();
        RDFDataMgr.read(ds, args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        long t0 = System.nanoTime();
        SearchIndex index = SearchIndex.build(ds, Pipeline.DEFAULT_BASE);
        System.out.printf(Locale.ROOT, "index: %d resources in %.0f ms%n", index.size(), (System.nanoTime() - t0) / 1e6);
        List<String> labels = new ArrayList<>();
        ds.getUnionModel().listObjectsOfProperty(RDFS.label).forEachRemaining(o -> labels.add(o.toString()));
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> words = SearchIndex.words(labels.get(random.nextInt(labels.size())));
            if (words.isEmpty()) {
                continue;
            }
            int w = random.nextInt(words.size());
            String word = words.get(w);
            String q = word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
            queries.add(w + 1 < words.size() && random.nextBoolean() ? word + " " + words.get(w + 1).substring(0, 1) : q);
        }
        for (String q : queries) {
            index.search(q, SearchPage.DEFAULT); // warm-up
        }
        List<Double> ms = new ArrayList<>();
        long hits = 0;
        for (String q : queries) {
            long s = System.nanoTime();
            hits += index.search(q, SearchPage.DEFAULT).size();
            ms.add((System.nanoTime() - s) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "search: %d queries, %d hits; per query min %.3f ms, median %.3f ms, "
                + "p95 %.3f ms, max %.3f ms%n", ms.size(), hits, ms.get(0), ms.get(ms.size() / 2),
                ms.get((int) (ms.size() * 0.95)), ms.get(ms.size() - 1));
    }
}
