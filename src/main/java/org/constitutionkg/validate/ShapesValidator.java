package org.constitutionkg.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.mem.GraphMemBase;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;

/**
 * The SHACL validation stage: the shapes are parsed once (per shapes source and data base) and then applied to
 * the union of every graph of a dataset.
 * <pre>
 *   ValidationResult r = ShapesValidator.standard(base).validate(buildResult.dataset());
 *   if (!r.conforms()) { ReportPrinter.print(r, System.err); }
 * </pre>
 * The union includes the provenance graph (the "every fact has its source" shape needs it) and the ontology graph
 * ({@code sh:class} follows {@code rdfs:subClassOf} in the data graph; the vocabulary shape checks the terms).
 */
public final class ShapesValidator implements ValidationStage {

    private static final Map<String, ShapesValidator> STANDARD = new ConcurrentHashMap<>();

    private final Shapes shapes;
    private final String source;

    private ShapesValidator(Shapes shapes, String source) {
        this.shapes = shapes;
        this.source = source;
    }

    /** The project shapes (classpath {@code /shapes}) for data built with {@code base}; parsed once per base. */
    public static ShapesValidator standard(String base) {
        return STANDARD.computeIfAbsent(base, b -> of(ShapesLoader.fromClasspath(), b, "shapes/"));
    }

    /** The shapes of every {@code *.ttl} in {@code dir}, for data built with {@code base}. */
    public static ShapesValidator fromDirectory(Path dir, String base) {
        return of(ShapesLoader.fromDirectory(dir), base, dir.toString());
    }

    /** Shapes from a graph (adjusted in place to {@code base}). */
    public static ShapesValidator of(Graph shapesGraph, String base, String source) {
        ShapesLoader.rebase(shapesGraph, base);
        return new ShapesValidator(Shapes.parse(shapesGraph), source);
    }

    /** Where the shapes came from, for messages. */
    public String source() {
        return source;
    }

    public Shapes shapes() {
        return shapes;
    }

    @Override
    public ValidationResult validate(Dataset dataset) {
        Graph data = dataGraph(dataset);
        return validate(data);
    }

    /** Focus nodes validated by one task; a shape with more is split, so that both cores share a large shape. */
    private static final int CHUNK = 16_384;

    /**
     * Validates one graph as it is (the caller includes the ontology if {@code sh:class} should see it). Every target
     * shape is one parallel task that finds its focus nodes and then validates them in parallel chunks, each with its
     * own validation context, so a large shape's nodes are validated on both cores while another shape's target query
     * still runs. The results are joined in shape and focus order, so the report is the one a sequential validation
     * gives.
     */
    public ValidationResult validate(Graph data) {
        long start = System.nanoTime();
        List<List<ValidationReport>> parts = List.copyOf(shapes.getTargetShapes()).parallelStream().map(shape -> {
            List<Node> nodes = List.copyOf(VLib.focusNodes(data, shape));
            List<Focus> chunks = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i += CHUNK) {
                chunks.add(new Focus(shape, nodes.subList(i, Math.min(nodes.size(), i + CHUNK))));
            }
            return chunks.parallelStream().map(chunk -> {
                ValidationContext context = ValidationContext.create(shapes, data);
                for (Node node : chunk.nodes()) {
                    VLib.validateShape(context, data, chunk.shape(), node);
                }
                return context.generateReport();
            }).toList();
        }).toList();
        ValidationReport.Builder joined = new ValidationReport.Builder();
        joined.addPrefixes(shapes.getGraph().getPrefixMapping());
        parts.forEach(shape -> shape.forEach(part -> part.getEntries().forEach(joined::addReportEntry)));
        ValidationReport report = joined.build();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new ValidationResult(report, data, shapes.getGraph(), millis);
    }

    /** A target shape and (some of) its focus nodes, in the order SHACL found them. */
    private record Focus(Shape shape, List<Node> nodes) {
    }

    /**
     * Every triple of every graph of {@code dataset} (default and named), as one read-only graph. If the dataset has
     * no ontology graph (for example RDF read from a file), the ontology is added.
     * <p>
     * The largest in-memory graph (in a build, the provenance graph: four fifths of the triples) is not copied: the
     * other graphs are copied into a new in-memory graph, leaving out any triple the largest graph also holds, and the
     * result is the union of the two, which share no triple. The graphs of a store (TDB2), which can only be read
     * inside a transaction, are always copied.
     */
    public static Graph dataGraph(Dataset dataset) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Graph copy = GraphFactory.createDefaultGraph();
        Graph[] kept = {null};
        Runnable collect = () -> {
            List<Graph> graphs = new ArrayList<>();
            graphs.add(dsg.getDefaultGraph());
            boolean hasOntology = false;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                hasOntology |= g.isURI() && Graphs.ONTOLOGY_GRAPH.equals(g.getURI());
                graphs.add(dsg.getGraph(g));
            }
            if (!hasOntology) {
                graphs.add(CKG.ontology().getGraph());
            }
            for (Graph g : graphs) {
                if (g instanceof GraphMemBase && (kept[0] == null || g.size() > kept[0].size())) {
                    kept[0] = g;
                }
            }
            Graph largest = kept[0];
            for (Graph g : graphs) {
                if (g != largest) {
                    g.find().forEachRemaining(t -> {
                        if (largest == null || !largest.contains(t)) {
                            copy.add(t);
                        }
                    });
                }
            }
        };
        // The in-memory graphs of a general dataset are read as they are; a store's only inside a transaction.
        if (dsg.supportsTransactions() && !dsg.isInTransaction() && !(dsg instanceof DatasetGraphMapLink)) {
            Txn.executeRead(dsg, collect);
        } else {
            collect.run();
        }
        return kept[0] == null ? copy : new DisjointUnion(copy, kept[0]);
    }
}
