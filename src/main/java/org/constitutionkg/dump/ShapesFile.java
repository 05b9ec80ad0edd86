package org.constitutionkg.dump;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.constitutionkg.validate.ShapesLoader;

/**
 * The project's shapes as published beside the dumps ({@value DumpFiles#SHAPES}), for the data's base, and what a
 * SHACL engine needs to run them: most use SPARQL targets and SPARQL constraints (SHACL Advanced Features), which an
 * engine of SHACL Core alone (rdf-validate-shacl, pySHACL without its advanced option) skips without a word.
 */
public final class ShapesFile {

    /** The SHACL Advanced Features specification, the one an engine must implement besides SHACL Core. */
    public static final String ADVANCED_FEATURES = "https://www.w3.org/TR/shacl-af/";

    private ShapesFile() {
    }

    /** The shapes for data built with {@code base}. */
    public static Graph graph(String base) {
        Graph g = ShapesLoader.fromClasspath();
        ShapesLoader.rebase(g, base);
        return g;
    }

    /** How many shapes there are, and how many of them need SHACL-SPARQL (a SPARQL target or constraint). */
    public static int[] counts(Graph shapes) {
        java.util.Set<Node> all = new java.util.HashSet<>();
        shapes.find(Node.ANY, RDF.type.asNode(), SHACL.NodeShape).forEachRemaining(t -> all.add(t.getSubject()));
        shapes.find(Node.ANY, RDF.type.asNode(), SHACL.PropertyShape).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                all.add(t.getSubject());
            }
        });
        Node sparqlTarget = NodeFactory.createURI(SHACL.getURI() + "SPARQLTarget");
        java.util.Set<Node> sparql = new java.util.HashSet<>();
        for (Node s : all) {
            boolean viaTarget = shapes.find(s, SHACL.target, Node.ANY).toList().stream()
                    .anyMatch(t -> shapes.contains(t.getObject(), RDF.type.asNode(), sparqlTarget));
            if (viaTarget || shapes.contains(s, SHACL.sparql, Node.ANY)) {
                sparql.add(s);
            }
        }
        shapes.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(SHACL.getURI() + "SPARQLConstraint"))
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI()) {
                        sparql.add(t.getSubject());
                    }
                });
        return new int[] {all.size(), sparql.size()};
    }
}
