package org.constitutionkg.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A property a shape bounds to one literal value is one the builder keeps one value of: two statements of one date,
 * one coarser ("promulgated in 1881") and one finer ("promulgated on 3 April 1881"), give the finer date and no
 * violation, whichever property they are of. Invented names and sentences.
 */
class SingleValuedPropertiesTest {

    @Test
    void everyLiteralPropertyAShapeBoundsToOneIsKeptSingle() throws Exception {
        Model shapes = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(Path.of("shapes"))) {
            // (not the shapes of what the builder makes itself, one value each: provenance, articles, seat allocations)
            files.filter(f -> f.toString().endsWith(".ttl") && !Set.of("provenance.ttl", "source-article.ttl",
                    "seat-allocation.ttl").contains(f.getFileName().toString()))
                    .forEach(f -> RDFDataMgr.read(shapes, f.toString()));
        }
        Set<String> bounded = new TreeSet<>();
        String q = "PREFIX sh: <http://www.w3.org/ns/shacl#> SELECT DISTINCT ?p WHERE { ?s sh:path ?p ; sh:maxCount 1 "
                + "FILTER isIRI(?p) FILTER STRSTARTS(STR(?p), 'https://w3id.org/constitution-kg/ontology#') "
                + "{ ?s sh:datatype ?d } UNION { ?s sh:or/<http://www.w3.org/1999/02/22-rdf-syntax-ns#rest>*/"
                + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#first>/sh:datatype ?d } }";
        try (var qe = QueryExecutionFactory.create(q, shapes)) {
            qe.execSelect().forEachRemaining(r -> bounded.add(r.getResource("p").getLocalName()));
        }
        assertTrue(bounded.contains("published"), bounded::toString);
        Set<String> missing = new TreeSet<>(bounded);
        missing.removeAll(GraphBuilder.SINGLE_VALUED);
        assertEquals(Set.of(), missing, "single-valued in the shapes but not in GraphBuilder.SINGLE_VALUED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was promulgated on 3 April 1881 by King Ivo II. // The charter, which had been promulgated in 1881, was replaced in 1920.|published|1881-04-03",
        "King Ivo II promulgated the charter in April 1881. // It was promulgated on 3 April 1881.|published|1881-04-03",
        "Promulgated on 3 April 1881, the charter came into force in May. // The Diet of Velm had promulgated it in 1881.|published|1881-04-03",
        "The charter was ratified in 1881 by the Diet of Velm. // The Diet of Velm ratified it on 3 April 1881.|ratified|1881-04-03",
    })
    void aCoarserDateGivesWayToAFinerOne(String body, String property, String date, @TempDir Path tmp)
            throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), ("= Charter of Velm = // // The Charter of Velm "
                + "was the constitution of the Kingdom of Velm. // // == History == // " + body + "\n")
                .replace(" // ", "\n").replace("// ", "\n"));
        var graph = Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel();
        List<String> values = graph.listObjectsOfProperty(graph.createResource(Pipeline.DEFAULT_BASE
                + "Charter_of_Velm"), graph.createProperty("https://w3id.org/constitution-kg/ontology#" + property))
                .mapWith(n -> n.asLiteral().getLexicalForm()).toList();
        assertEquals(List.of(date), values);
    }
}
