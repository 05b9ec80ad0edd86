package org.constitutionkg.dump;


import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.constitutionkg.vocab.Provenance;

/**
 * What a build held back and why: the withheld facts ({@value #WITHHELD}: each fact reified with its article, line
 * and quoted text and a {@code ckg:withheldBy} link to the {@code sh:ValidationResult} that withheld it) and the
 * SHACL report of the graph as built ({@value #REPORT}: violations and warnings). Both are files of the build
 * folder, served under {@code /dumps/} and read by the {@code /quality} page.
 * <pre>
 *   Quality q = Quality.read(Path.of("dist"));
 *   q.facts();   // how many distinct facts were withheld
 * </pre>
 */
public record Quality(Graph withheld, Graph report, boolean recorded) {

    /** What a build held back, as it recorded it. */
    public Quality(Graph withheld, Graph report) {
        this(withheld, report, true);
    }

    /** The withheld facts, reified. */
    public static final String WITHHELD = "constitution-kg.withheld.ttl";
    /** The standard {@code sh:ValidationReport} of the graph as built, before anything was withheld. */
    public static final String REPORT = "validation-report.ttl";

    /** Nothing withheld, no report (a graph that was not built by the publication pipeline, as in tests). */
    public static Quality empty() {
        return new Quality(GraphFactory.createDefaultGraph(), GraphFactory.createDefaultGraph());
    }

    /** No record of what was withheld (a store written before stores kept one): the site says so. */
    public static Quality notRecorded() {
        return new Quality(GraphFactory.createDefaultGraph(), GraphFactory.createDefaultGraph(), false);
    }

    /** How many distinct facts (subject, predicate, object) were withheld. */
    public long facts() {
        return distinctFacts().size();
    }

    /**
     * How many distinct withheld facts are about each resource: as subject, or as the (IRI) object of a fact
     * about another one. A fact stated in two articles is one fact withheld.
     */
    public Map<Node, Integer> withheldAbout() {
        Map<Node, Integer> about = new HashMap<>();
        for (Triple t : distinctFacts()) {
            about.merge(t.getSubject(), 1, Integer::sum);
            if (t.getObject().isURI() && !t.getObject().equals(t.getSubject())) {
                about.merge(t.getObject(), 1, Integer::sum);
            }
        }
        return about;
    }

    private Set<Triple> distinctFacts() {
        Set<Triple> facts = new LinkedHashSet<>();
        for (Provenance.Statement st : Provenance.all(withheld)) {
            if (st.fact() != null) {
                facts.add(st.fact());
            }
        }
        return facts;
    }

    /** Writes {@value #WITHHELD} and {@value #REPORT} into {@code dir}, the same bytes for the same content. */
    public void write(Path dir) throws IOException {
        write(Canonical.graph(withheld), dir.resolve(WITHHELD));
        write(Canonical.graph(report), dir.resolve(REPORT));
    }

    private static void write(Graph g, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFWriter.source(g).format(RDFFormat.TURTLE_BLOCKS).output(out);
        }
    }

    /** The two files in {@code dir}; fails if one is missing or does not parse. */
    public static Quality read(Path dir) throws IOException {
        return new Quality(readGraph(dir.resolve(WITHHELD)), readGraph(dir.resolve(REPORT)));
    }

    private static Graph readGraph(Path file) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .parse(g);
        }
        return g;
    }

}
