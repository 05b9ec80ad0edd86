package org.constitutionkg.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.P_Inverse;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;

/**
 * Publish what holds, withhold what does not: validates a built dataset and takes out of it the facts that the
 * {@code sh:Violation} results name, round after round, until what is left conforms.
 * <pre>
 *   Withholding.Outcome o = Withholding.run(dataset, ShapesValidator.standard(base), base);
 *   o.last().conforms();   // the dataset now holds only what conforms (unless the rounds ran out)
 *   o.withheld();          // each withheld fact reified with its source and the result that withheld it
 * </pre>
 * <p>A result names its facts by focus node, {@code sh:resultPath} and {@code sh:value}: with a value, the one
 * fact (focus, path, value); without one, every value of the path. A result that names no fact the data holds (a
 * resource with no class or no label, a session of no body) is about the node as a whole: every fact about it and
 * every fact that points to it is withheld. Facts are taken out of the fact graphs (every graph but the provenance
 * and ontology graphs); their reified statements move from the provenance graph into {@link Outcome#withheld()},
 * each with a {@code ckg:withheldBy} link to a copy of the {@code sh:ValidationResult} that withheld it (IRIs
 * {@code BASE withheld/HASH}, so that the same build gives the same file). A round that
 * withholds nothing more ends the loop, as does {@link #MAX_ROUNDS}.
 */
public final class Withholding {

    /** Rounds of validate-and-withhold at most; withholding facts rarely makes new violations. */
    public static final int MAX_ROUNDS = 5;

    private static final Node WITHHELD_BY = CKG.withheldBy.asNode();

    /**
     * What withholding did.
     *
     * @param first    the validation of the dataset as built (the report the build folder keeps)
     * @param last     the validation of what is left: conforms unless the rounds ran out
     * @param withheld the withheld facts, reified (RDF statements with their sources and reasons), and the
     *                 descriptions of the articles they came from
     * @param facts    how many distinct facts were withheld
     * @param articles the source articles (their nodes) that lost at least one fact
     * @param rounds   how many validations were run
     */
    public record Outcome(ValidationResult first, ValidationResult last, Graph withheld, long facts,
            Set<Node> articles, int rounds) {

        /** Whether what is left conforms. */
        public boolean conforms() {
            return last.conforms();
        }
    }

    private final String base;
    private final Graph provenance;
    private final List<Graph> factGraphs = new ArrayList<>();
    private final Graph withheld = GraphFactory.createDefaultGraph();
    private final Set<Node> articles = new LinkedHashSet<>();
    private final Map<ReportEntry, Node> reasons = new LinkedHashMap<>();
    private long facts;
    private Map<Node, List<Graph>> graphsOf;

    private Withholding(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph();
        this.base = base;
        Node prov = NodeFactory.createURI(Graphs.provenanceGraph(base));
        this.provenance = dsg.getGraph(prov);
        factGraphs.add(dsg.getDefaultGraph());
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!g.equals(prov) && !(g.isURI() && Graphs.ONTOLOGY_GRAPH.equals(g.getURI()))) {
                factGraphs.add(dsg.getGraph(g));
            }
        }
        withheld.getPrefixMapping().setNsPrefix("ckg", CKG.NS).setNsPrefix("sh", SHACL.getURI())
                .setNsPrefix("rdf", RDF.getURI()).setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#").setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("id", base);
    }

    /**
     * Validates {@code ds} and withholds what the violations name until it conforms. Changes {@code ds} in place: it
     * must be an in-memory dataset that is not being served.
     */
    public static Outcome run(Dataset ds, ShapesValidator validator, String base) {
        return run(ds, validator, base, r -> { });
    }

    /**
     * As {@link #run(Dataset, ShapesValidator, String)}, handing the first validation to {@code firstRound} while
     * its graph still holds every fact (to print its report with the sources of the facts). The outcome's results
     * are {@link ValidationResult#detached() detached}: they keep no graph.
     */
    public static Outcome run(Dataset ds, ShapesValidator validator, String base,
            Consumer<ValidationResult> firstRound) {
        Withholding w = new Withholding(ds, base);
        ValidationResult first = validator.validate(ds);
        firstRound.accept(first);
        ValidationResult last = first;
        int rounds = 1;
        while (!last.conforms() && rounds < MAX_ROUNDS && !w.hasFault(last) && w.withhold(last) > 0) {
            last = validator.validate(ds);
            rounds++;
        }
        return new Outcome(first.detached(), last.detached(), w.withheld, w.facts, w.articles, rounds);
    }

    /**
     * Whether a violation of {@code r} is about something no fact of an article can be withheld for (see
     * {@link #withholdable}): then nothing is withheld at all and the build fails, whatever else is wrong.
     */
    private boolean hasFault(ValidationResult r) {
        return r.report().getEntries().stream()
                .anyMatch(e -> Severity.Violation.equals(e.severity()) && !withholdable(e.focusNode()));
    }

    /** Withholds the facts the violations of {@code r} name; returns how many facts were taken out. */
    private long withhold(ValidationResult r) {
        Map<Triple, ReportEntry> named = new LinkedHashMap<>();
        for (ReportEntry e : r.entries()) {
            if (Severity.Violation.equals(e.severity()) && withholdable(e.focusNode())) {
                List<Triple> ts = factsNamed(e);
                if (ts.isEmpty()) {
                    ts = factsAbout(e.focusNode());
                }
                ts.forEach(t -> named.putIfAbsent(t, e));
            }
        }
        named.forEach((t, e) -> {
            graphsHolding(t.getSubject()).forEach(g -> g.delete(t));
            moveProvenance(t, reason(e, r.shapes()));
        });
        facts += named.size();
        return named.size();
    }

    /**
     * Whether facts can be withheld for a result about {@code focus}: a data resource or a value. A result about a
     * term of the ontology (a class used but not declared) or about the provenance itself (a statement, a source
     * article) is a fault of the program or its data files, not of an article: nothing is withheld for it, and the
     * build fails.
     */
    private boolean withholdable(Node focus) {
        if (focus == null) {
            return false;
        }
        if (focus.isURI() && focus.getURI().startsWith(CKG.NS)) {
            return false;
        }
        return !provenance.contains(focus, RDF.type.asNode(), Node.ANY);
    }

    /**
     * The facts a result names: (focus, path, value); every value of the path when there is no value or when the
     * value is not one of the path's (a sum, a count); nothing when the path has no value at all (the result is then
     * about the node as a whole).
     */
    private List<Triple> factsNamed(ReportEntry e) {
        Path path = e.resultPath();
        Node focus = e.focusNode();
        Node value = e.value() == null ? Node.ANY : e.value();
        if (path instanceof P_Link link) {
            List<Triple> ts = find(focus, link.getNode(), value);
            return ts.isEmpty() && value != Node.ANY ? find(focus, link.getNode(), Node.ANY) : ts;
        }
        if (path instanceof P_Inverse inv && inv.getSubPath() instanceof P_Link link) {
            List<Triple> ts = find(value, link.getNode(), focus);
            return ts.isEmpty() && value != Node.ANY ? find(Node.ANY, link.getNode(), focus) : ts;
        }
        return List.of();
    }

    /** Every fact about {@code n} and every fact pointing to it (for a literal: the facts that have it as value). */
    private List<Triple> factsAbout(Node n) {
        List<Triple> out = new ArrayList<>(n.isLiteral() ? List.of() : find(n, Node.ANY, Node.ANY));
        out.addAll(find(Node.ANY, Node.ANY, n));
        return out;
    }

    /** The matching facts of every fact graph; {@code s} or {@code o} (or both) is a concrete node. */
    private List<Triple> find(Node s, Node p, Node o) {
        Set<Triple> out = new LinkedHashSet<>();
        for (Graph g : graphsHolding(s.isConcrete() ? s : o)) {
            g.find(s, p, o).forEachRemaining(out::add);
        }
        return new ArrayList<>(out);
    }

    /**
     * The fact graphs in which {@code n} is a subject or an object. A build has a graph per article: looking in
     * each for every result would cost results × articles, so the graphs of each node are indexed once, in one pass
     * over the facts, the first time a round withholds anything.
     */
    private List<Graph> graphsHolding(Node n) {
        if (graphsOf == null) {
            graphsOf = new HashMap<>();
            for (Graph g : factGraphs) {
                g.find().forEachRemaining(t -> {
                    addGraph(t.getSubject(), g);
                    addGraph(t.getObject(), g);
                });
            }
        }
        return graphsOf.getOrDefault(n, List.of());
    }

    private void addGraph(Node n, Graph g) {
        List<Graph> gs = graphsOf.computeIfAbsent(n, k -> new ArrayList<>(1));
        if (gs.isEmpty() || gs.get(gs.size() - 1) != g) {
            gs.add(g);
        }
    }

    /**
     * Moves the reified statements of {@code t} from the provenance graph into the withheld graph, with the reason,
     * and copies the description of each source article. A fact without a statement gets one (a blank node).
     */
    private void moveProvenance(Triple t, Node reason) {
        List<Node> statements = provenance.find(Node.ANY, RDF.subject.asNode(), t.getSubject())
                .mapWith(Triple::getSubject)
                .filterKeep(st -> provenance.contains(st, RDF.predicate.asNode(), t.getPredicate())
                        && provenance.contains(st, RDF.object.asNode(), t.getObject()))
                .toList();
        if (statements.isEmpty()) {
            Node st = NodeFactory.createURI(base + "statement/withheld-" + Graphs.hashId(t.toString()));
            withheld.add(st, RDF.type.asNode(), RDF.Statement.asNode());
            withheld.add(st, RDF.subject.asNode(), t.getSubject());
            withheld.add(st, RDF.predicate.asNode(), t.getPredicate());
            withheld.add(st, RDF.object.asNode(), t.getObject());
            withheld.add(st, WITHHELD_BY, reason);
            return;
        }
        for (Node st : statements) {
            List<Triple> about = provenance.find(st, Node.ANY, Node.ANY).toList();
            for (Triple x : about) {
                withheld.add(x);
                provenance.delete(x);
                if (x.getPredicate().equals(CKG.sourceArticle.asNode()) && articles.add(x.getObject())) {
                    provenance.find(x.getObject(), Node.ANY, Node.ANY).forEachRemaining(withheld::add);
                }
            }
            withheld.add(st, WITHHELD_BY, reason);
        }
    }


    /** The result as an {@code sh:ValidationResult} in the withheld graph, made once per result. */
    private Node reason(ReportEntry e, Graph shapes) {
        return reasons.computeIfAbsent(e, x -> {
            Node named = x.source() == null ? null : ReportPrinter.shapeName(shapes, x.source());
            // no blank-node label in the key: those differ from run to run, and the same build must give the same file
            Node r = NodeFactory.createURI(base + "withheld/" + Graphs.hashId(x.focusNode() + " " + x.resultPath()
                    + " " + x.value() + " " + (named != null && named.isURI() ? named.getURI() : "") + " "
                    + x.sourceConstraintComponent() + " " + x.message()));
            withheld.add(r, RDF.type.asNode(), SHACL.ValidationResult);
            withheld.add(r, SHACL.resultSeverity, SHACL.Violation);
            withheld.add(r, SHACL.focusNode, x.focusNode());
            if (x.resultPath() instanceof P_Link link) {
                withheld.add(r, SHACL.resultPath, link.getNode());
            } else if (x.resultPath() instanceof P_Inverse inv && inv.getSubPath() instanceof P_Link link) {
                Node b = NodeFactory.createBlankNode();
                withheld.add(r, SHACL.resultPath, b);
                withheld.add(b, SHACL.inversePath, link.getNode());
            }
            if (x.value() != null) {
                withheld.add(r, SHACL.value, x.value());
            }
            if (named != null && named.isURI()) {
                withheld.add(r, SHACL.sourceShape, named);
            }
            if (x.sourceConstraintComponent() != null) {
                withheld.add(r, SHACL.sourceConstraintComponent, x.sourceConstraintComponent());
            }
            if (x.message() != null) {
                withheld.add(r, SHACL.resultMessage, NodeFactory.createLiteralString(x.message()));
            }
            return r;
        });
    }
}
