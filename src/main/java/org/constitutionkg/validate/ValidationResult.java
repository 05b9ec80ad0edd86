package org.constitutionkg.validate;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * What a validation found. {@link #conforms()} is true when there is no {@code sh:Violation}: warnings are
 * reported and published, violations block publication.
 *
 * @param report the standard SHACL report
 * @param data    the graph that was validated (facts, provenance and ontology), for labels and sources; null once
 *                {@link #detached()}
 * @param shapes  the shapes graph, for naming the shape of a result
 * @param millis  how long the validation took
 * @param triples how many triples were validated
 */
public record ValidationResult(ValidationReport report, Graph data, Graph shapes, long millis, long triples) {

    public ValidationResult(ValidationReport report, Graph data, Graph shapes, long millis) {
        this(report, data, shapes, millis, data.size());
    }

    /** The same result without the validated graph (which can then be collected): counts and report only. */
    public ValidationResult detached() {
        return new ValidationResult(report, null, shapes, millis, triples);
    }

    /** No violations (warnings allowed). Unlike {@link ValidationReport#conforms()}, which counts warnings too. */
    public boolean conforms() {
        return violations() == 0;
    }

    public long violations() {
        return count(Severity.Violation);
    }

    public long warnings() {
        return count(Severity.Warning);
    }

    /** Every result, ordered by focus node, then path, then value, then message (stable output). */
    public List<ReportEntry> entries() {
        List<ReportEntry> out = new ArrayList<>(report.getEntries());
        out.sort(Comparator.comparing((ReportEntry e) -> key(e.focusNode()))
                .thenComparing(e -> e.severity() == Severity.Violation ? 0 : 1)
                .thenComparing(e -> e.resultPath() == null ? "" : e.resultPath().toString())
                .thenComparing(e -> key(e.value()))
                .thenComparing(e -> e.message() == null ? "" : e.message()));
        return out;
    }

    /** Writes the standard {@code sh:ValidationReport} as Turtle. */
    public void writeReport(OutputStream out) {
        Graph g = report.getGraph();
        g.getPrefixMapping().setNsPrefix("sh", "http://www.w3.org/ns/shacl#");
        g.getPrefixMapping().setNsPrefix("ckg", "https://w3id.org/constitution-kg/ontology#");
        g.getPrefixMapping().setNsPrefix("ckgsh", "https://w3id.org/constitution-kg/shapes#");
        g.getPrefixMapping().setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        g.getPrefixMapping().setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        RDFWriter.source(g).format(RDFFormat.TURTLE_PRETTY).output(out);
    }

    private long count(Severity s) {
        return report.getEntries().stream().filter(e -> s.equals(e.severity())).count();
    }

    private static String key(Node n) {
        return n == null ? "" : n.toString();
    }
}
