package org.constitutionkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Pipeline;
import org.constitutionkg.link.Federation;
import org.constitutionkg.link.Wikidata;
import org.constitutionkg.server.SparqlServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every query of {@code queries/} runs on the seed graph and gives what its {@code # expect} lines say. */
class CatalogTest {

    static final Path QUERIES = Path.of("queries");
    private static DatasetGraph seeds;
    private static final QueryPolicy POLICY = new QueryPolicy(10_000, 10_000, Federation.SERVICE_ALLOW_LIST);

    @BeforeAll
    static void build() {
        seeds = SparqlServer.unionView(Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, p -> {
        }).dataset());
    }

    /** Wikidata as far as the federated catalog queries need it: the Soviet Union's label and inception. */
    static Context wikidataStandIn() {
        DatasetGraph wd = DatasetGraphFactory.createTxnMem();
        var q = NodeFactory.createURI("http://www.wikidata.org/entity/Q15180");
        wd.getDefaultGraph().add(q, RDFS.label.asNode(), NodeFactory.createLiteralLang(
                "Union of Soviet Socialist Republics", "en"));
        wd.getDefaultGraph().add(q, NodeFactory.createURI("http://www.wikidata.org/prop/direct/P571"),
                NodeFactoryExtra.parseNode("\"1922-12-30T00:00:00Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>"));
        return CatalogCheck.standInService(POLICY, Wikidata.SPARQL_ENDPOINT, wd);
    }

    @Test
    void theCatalogHasTheQuestionsOfTheIssue() {
        Catalog c = Catalog.load(QUERIES);
        assertTrue(c.entries().size() >= 12, "at least 12 queries, got " + c.entries().size());
        for (Catalog.Entry e : c.entries()) {
            assertFalse(e.description().isBlank(), e.name() + ": no header comment");
            assertFalse(e.expectations().isEmpty(), e.name() + ": no # expect line");
            assertTrue(e.name().matches("[a-z0-9-]+"), e.name());
        }
        for (String name : List.of("succession-chain-of-the-supreme-organ",
                "which-constitution-was-in-force-in-a-given-year", "which-organs-does-each-constitution-establish",
                "sessions-of-each-congress-in-order-with-dates-and-what-they-approved",
                "what-chambers-and-parts-does-each-body-have", "who-elects-whom-and-who-answers-to-whom",
                "what-is-the-seat-composition-of-each-organ", "which-dates-are-known-and-how-precisely",
                "source-of-a-fact", "which-entities-are-linked-to-wikidata", "wikidata-side-by-side")) {
            assertTrue(c.find(name) != null, "missing " + name);
        }
        assertEquals(Map.of("year", "1930"), c.find("which-constitution-was-in-force-in-a-given-year").params());
        assertFalse(Federation.serviceTargets(QueryPolicy.parse(c.find("wikidata-side-by-side").text())).isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedResult() {
        Catalog c = Catalog.load(QUERIES);
        Context standIn = wikidataStandIn();
        return c.entries().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            List<String> failures = new ArrayList<>();
            for (Catalog.Expectation x : e.expectations()) {
                Query q = Catalog.bind(e, x.params(), Pipeline.DEFAULT_BASE);
                assertTrue(POLICY.refusedServices(q).isEmpty(), e.name() + " uses a SERVICE not on the allow-list");
                List<List<String>> rows = CatalogCheck.run(q, seeds, POLICY, standIn);
                for (String f : CatalogCheck.check(rows, x.check())) {
                    failures.add((x.params().isEmpty() ? "" : x.params() + " ") + f);
                }
            }
            assertTrue(failures.isEmpty(), e.name() + ": " + String.join("\n", failures));
        }));
    }

    @Test
    void parametersAreSubstitutedAndUnknownOnesRefused() {
        Catalog.Entry e = Catalog.load(QUERIES).find("which-constitution-was-in-force-in-a-given-year");
        Query q = Catalog.bind(e, Map.of("year", "1925"), Pipeline.DEFAULT_BASE);
        assertTrue(q.toString().contains("1925"), q.toString());
        assertFalse(q.toString().contains("?year"), q.toString());
        assertThrows(IllegalArgumentException.class, () -> Catalog.bind(e, Map.of("yaer", "1925"),
                Pipeline.DEFAULT_BASE));
        Catalog.Entry s = Catalog.load(QUERIES).find("succession-chain-of-the-supreme-organ");
        Query q2 = Catalog.bind(s, Map.of("organ", "id:Supreme_Soviet_of_the_Soviet_Union"), Pipeline.DEFAULT_BASE);
        List<List<String>> rows = CatalogCheck.run(q2, seeds, POLICY, null);
        assertTrue(rows.stream().anyMatch(r -> r.contains("Congress of Soviets of the Soviet Union")), rows.toString());
    }
}
