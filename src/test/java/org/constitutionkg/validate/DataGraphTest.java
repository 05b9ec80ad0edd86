package org.constitutionkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.Test;

/** {@link ShapesValidator#dataGraph}: every triple of every graph once, whether or not the graphs overlap. */
class DataGraphTest {

    private static final Node G1 = NodeFactory.createURI("http://example.org/graph/1");
    private static final Node G2 = NodeFactory.createURI("http://example.org/graph/2");
    private static final Node A = NodeFactory.createURI("http://example.org/a");
    private static final Node B = NodeFactory.createURI("http://example.org/b");

    @Test
    void overlappingGraphsGiveEachTripleOnce() {
        for (Dataset ds : List.of(DatasetFactory.createGeneral(), DatasetFactory.createTxnMem())) {
            ds.addNamedModel(Graphs.ONTOLOGY_GRAPH, CKG.ontology());
            DatasetGraph dsg = ds.asDatasetGraph();
            Triple shared = Triple.create(A, RDFS.label.asNode(), NodeFactory.createLiteralLang("A", "en"));
            dsg.getDefaultGraph().add(Triple.create(B, RDF.type.asNode(), CKG.Person.asNode()));
            dsg.getDefaultGraph().add(shared);
            dsg.add(G1, A, RDF.type.asNode(), CKG.Legislature.asNode());
            dsg.add(G1, shared.getSubject(), shared.getPredicate(), shared.getObject());
            for (int i = 0; i < 50; i++) { // the largest graph, also holding the shared triple
                dsg.add(G2, NodeFactory.createURI("http://example.org/s" + i), RDF.type.asNode(), RDF.Statement.asNode());
            }
            dsg.add(G2, shared.getSubject(), shared.getPredicate(), shared.getObject());

            Graph data = ShapesValidator.dataGraph(ds);
            Set<Triple> expected = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> expected.add(q.asTriple()));
            List<Triple> found = data.find().toList();
            Set<Triple> missing = new HashSet<>(expected);
            found.forEach(missing::remove);
            assertEquals(Set.of(), missing, ds.getClass().getSimpleName());
            assertTrue(expected.containsAll(found));
            assertEquals(found.size(), new HashSet<>(found).size(), "no triple twice");
            assertEquals(expected.size(), data.size());
            assertEquals(2, data.find(A, Node.ANY, Node.ANY).toList().size());
            assertTrue(data.contains(shared));
            assertEquals(1, data.find(shared).toList().size());
        }
    }

    @Test
    void aDatasetWithoutTheOntologyGetsIt() {
        Dataset ds = DatasetFactory.createGeneral();
        ds.asDatasetGraph().add(G1, A, RDF.type.asNode(), CKG.Legislature.asNode());
        assertEquals(CKG.ontology().size() + 1, ShapesValidator.dataGraph(ds).size());
    }
}
