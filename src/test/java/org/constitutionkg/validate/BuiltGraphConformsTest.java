package org.constitutionkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The graphs {@link Pipeline} builds from real articles conform to the shapes, and the vocabulary is complete. */
class BuiltGraphConformsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Path CORPUS = Path.of("../shared/corpus/articles");

    private static ValidationResult validate(Path input, String base) {
        Pipeline.BuildResult built = Pipeline.build(List.of(input), base, p -> { });
        return ShapesValidator.standard(base).validate(built.dataset());
    }

    private static String report(ValidationResult r, String base) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new ReportPrinter(r.data(), base, List.of()).print(r, new PrintStream(buf, true, StandardCharsets.UTF_8));
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seedGraphConforms() {
        ValidationResult r = validate(SEEDS, Pipeline.DEFAULT_BASE);
        assertTrue(r.conforms(), () -> report(r, Pipeline.DEFAULT_BASE));
        // A figure, not an assertion: validation time is reported by the benchmark (mvn -Pbench).
        System.out.println("seed graph: " + ReportPrinter.summary(r));
    }

    @Test
    void corpusGraphConforms() {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no dev corpus at " + CORPUS);
        ValidationResult r = validate(CORPUS, Pipeline.DEFAULT_BASE);
        assertTrue(r.conforms(), () -> report(r, Pipeline.DEFAULT_BASE));
    }

    /** The shapes follow --base: the seeds conform under another base, and a stray IRI under it is caught. */
    @Test
    void shapesFollowACustomBase() {
        String base = "http://example.org/kg/";
        Pipeline.BuildResult built = Pipeline.build(List.of(SEEDS), base, p -> { });
        ShapesValidator v = ShapesValidator.standard(base);
        Graph data = GraphFactory.createDefaultGraph(); // the data graph is read-only: a copy to add a stray IRI to
        GraphUtil.addInto(data, ShapesValidator.dataGraph(built.dataset()));
        assertTrue(v.validate(data).conforms());

        Node organ = data.find(Node.ANY, RDF.type.asNode(), CKG.Legislature.asNode()).next().getSubject();
        Node stray = NodeFactory.createURI(base + "Nowhere");
        data.add(Triple.create(organ, CKG.meetingPlace.asNode(), stray));
        ValidationResult r = v.validate(data);
        assertFalse(r.conforms());
        assertTrue(r.entries().stream().anyMatch(e -> stray.equals(e.focusNode())), () -> report(r, base));
        assertTrue(r.entries().stream().anyMatch(e -> organ.equals(e.focusNode())
                && ReportPrinter.shapeName(r.shapes(), e.source()).getURI().endsWith("#FactSourceShape")));
    }

    /** Every ckg: term the seed graph uses is declared in ontology/. */
    @Test
    void everyTermUsedInTheSeedGraphIsDeclared() {
        Pipeline.BuildResult built = Pipeline.build(List.of(SEEDS), Pipeline.DEFAULT_BASE, p -> { });
        Graph ontology = CKG.ontology().getGraph();
        Set<String> undeclared = new TreeSet<>();
        built.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().isURI() && q.getGraph().getURI().equals(Graphs.ONTOLOGY_GRAPH)) {
                return;
            }
            for (Node n : List.of(q.getPredicate(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(CKG.NS) && !ontology.contains(n, RDF.type.asNode(), Node.ANY)) {
                    undeclared.add(n.getURI());
                }
            }
        });
        assertTrue(undeclared.isEmpty(), "used but not declared in ontology/: " + undeclared);
    }

    /** Every term declared in ontology/ has an English label and comment. */
    @Test
    void everyDeclaredTermHasLabelAndComment() {
        Graph ontology = CKG.ontology().getGraph();
        Set<String> missing = new TreeSet<>();
        for (Node kind : List.of(OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode())) {
            ontology.find(Node.ANY, RDF.type.asNode(), kind).mapWith(Triple::getSubject)
                    .filterKeep(n -> n.isURI() && n.getURI().startsWith(CKG.NS)).forEachRemaining(term -> {
                        if (!hasEnglish(ontology, term, RDFS.label.asNode())) {
                            missing.add(term.getURI() + " (label)");
                        }
                        if (!hasEnglish(ontology, term, RDFS.comment.asNode())) {
                            missing.add(term.getURI() + " (comment)");
                        }
                    });
        }
        assertTrue(missing.isEmpty(), "declared terms without an English label or comment: " + missing);
        // ... and the vocabulary shape, which runs in every validation, agrees on the ontology alone.
        ValidationResult r = ShapesValidator.standard(Pipeline.DEFAULT_BASE).validate(ontology);
        assertEquals(0, r.report().getEntries().size(), () -> report(r, Pipeline.DEFAULT_BASE));
    }

    private static boolean hasEnglish(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject)
                .anyMatch(o -> o.isLiteral() && "en".equals(o.getLiteralLanguage())
                        && !o.getLiteralLexicalForm().isBlank());
    }
}
