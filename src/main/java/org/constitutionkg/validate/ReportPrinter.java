package org.constitutionkg.validate;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.vocab.CKG;
import org.constitutionkg.vocab.Provenance;

/**
 * Prints a validation result for a person: results grouped by resource (its label and IRI), and per result the
 * severity, the property, the value, the shape's message, the shape, and, for extracted facts, where the fact
 * came from as {@code FILE:LINE: "quoted text"}.
 * <pre>
 * VIOLATION Supreme Soviet of Russia <https://w3id.org/constitution-kg/id/Supreme_Soviet_of_Russia>
 *   ckg:disbanded "1990"^^xsd:gYear: disbanded (1990) before it was established (1993-10-04)
 *     [ckgsh:StateOrganShape, sh:SPARQLConstraintComponent]
 *     seeds/19_supreme_soviet_of_russia.txt:25: "In 1990 the Supreme Soviet ..."
 * </pre>
 */
public final class ReportPrinter {

    private static final int MAX_SOURCES = 3;
    private static final int MAX_QUOTE = 200;

    private final Graph data;
    private final List<Path> inputs;
    private final PrefixMapping prefixes;

    /**
     * @param data   the validated graph (for labels and provenance)
     * @param base   the data base, printed as {@code id:}
     * @param inputs the article inputs (files or folders), used to turn a source file name into a path; may be empty
     */
    public ReportPrinter(Graph data, String base, List<Path> inputs) {
        this.data = data;
        this.inputs = List.copyOf(inputs);
        this.prefixes = new PrefixMappingImpl()
                .setNsPrefix("ckg", CKG.NS)
                .setNsPrefix("ckgsh", "https://w3id.org/constitution-kg/shapes#")
                .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("dct", "http://purl.org/dc/terms/")
                .setNsPrefix("id", base);
    }

    /** Prints every result, grouped by focus node, then a summary line. */
    public void print(ValidationResult result, PrintStream out) {
        print(result, out, e -> true);
    }

    /** Prints the results that {@code which} keeps, grouped by focus node, then the summary line of them all. */
    public void print(ValidationResult result, PrintStream out, Predicate<ReportEntry> which) {
        Map<Node, List<ReportEntry>> byFocus = new LinkedHashMap<>();
        for (ReportEntry e : result.entries()) {
            if (which.test(e)) {
                byFocus.computeIfAbsent(e.focusNode(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<Node, List<ReportEntry>> group : byFocus.entrySet()) {
            Node focus = group.getKey();
            boolean anyViolation = group.getValue().stream().anyMatch(e -> Severity.Violation.equals(e.severity()));
            out.println((anyViolation ? "VIOLATION " : "WARNING ") + describe(focus));
            for (ReportEntry e : group.getValue()) {
                printEntry(e, result.shapes(), out);
            }
            out.println();
        }
        out.println(summary(result));
        out.flush();
    }

    /**
     * Lists the withheld facts of {@code withheld} (the graph {@link Withholding} makes): each fact with the
     * message that withheld it and the lines that state it. This printer must have been made on a graph that holds
     * the withheld graph (for the sources), and the published one for labels.
     */
    public void printWithheld(Graph withheld, PrintStream out) {
        Map<String, List<String>> byFact = new java.util.TreeMap<>();
        for (Provenance.Statement st : Provenance.all(withheld)) {
            Triple fact = st.fact();
            if (fact == null) {
                continue;
            }
            Node s = fact.getSubject();
            Node p = fact.getPredicate();
            Node o = fact.getObject();
            Node reason = st.source().withheldBy();
            Node message = reason == null ? null
                    : one(reason, NodeFactory.createURI("http://www.w3.org/ns/shacl#resultMessage"));
            String head = "WITHHELD " + describe(s) + "\n  " + fmt(p) + " " + value(o) + " — "
                    + (message == null ? "(no message)" : message.getLiteralLexicalForm());
            List<String> lines = byFact.computeIfAbsent(head, k -> new ArrayList<>());
            for (String src : sources(s, p, o)) {
                if (!lines.contains(src)) {
                    lines.add(src);
                }
            }
        }
        byFact.forEach((head, lines) -> {
            out.println(head);
            lines.forEach(l -> out.println("    " + l));
        });
        out.flush();
    }

    /** {@code validation: 2 violations, 1 warning (4321 triples checked in 57 ms)}. */
    public static String summary(ValidationResult r) {
        return "validation: " + plural(r.violations(), "violation") + ", " + plural(r.warnings(), "warning") + " ("
                + r.triples() + " triples checked in " + r.millis() + " ms)"
                + (r.conforms() ? "" : "; the facts they name are withheld from publication");
    }

    private void printEntry(ReportEntry e, Graph shapes, PrintStream out) {
        String sev = Severity.Violation.equals(e.severity()) ? "violation" : severityName(e.severity());
        StringBuilder line = new StringBuilder("  ").append(sev).append(": ");
        Node path = e.resultPath() == null ? null : pathNode(e);
        if (e.resultPath() != null) {
            line.append(e.resultPath().toString(new Prologue(prefixes))).append(' ');
        }
        if (e.value() != null) {
            line.append(value(e.value())).append(' ');
        }
        line.append("— ").append(e.message() == null ? "(no message)" : e.message());
        out.println(line);
        out.println("    [" + fmt(shapeName(shapes, e.source())) + ", " + fmt(e.sourceConstraintComponent()) + "]");
        for (String src : sources(e.focusNode(), path, e.value())) {
            out.println("    " + src);
        }
    }

    /** The named shape of a result: a blank property shape is named by the node shape that holds it. */
    static Node shapeName(Graph shapes, Node shape) {
        Node s = shape;
        for (int i = 0; i < 5 && s != null && s.isBlank() && shapes != null; i++) {
            Node current = s;
            s = shapes.find(Node.ANY, Node.ANY, current).nextOptional().map(Triple::getSubject).orElse(null);
        }
        return s == null || s.isBlank() ? shape : s;
    }

    private static Node pathNode(ReportEntry e) {
        // Only a plain predicate path maps to provenance statements.
        return e.resultPath() instanceof P_Link link ? link.getNode() : null;
    }

    /** Label and IRI of a resource: {@code "Supreme Soviet of Russia" <https://...>}. */
    String describe(Node n) {
        if (n == null) {
            return "(no node)";
        }
        if (!n.isURI() && !n.isBlank()) {
            return FmtUtils.stringForNode(n, prefixes);
        }
        String iri = n.isURI() ? "<" + n.getURI() + ">" : FmtUtils.stringForNode(n, prefixes);
        return label(n).map(l -> "\"" + l + "\" " + iri).orElse("(no label) " + iri);
    }

    private String value(Node v) {
        if (v.isLiteral()) {
            return FmtUtils.stringForNode(v, prefixes);
        }
        Optional<String> l = label(v);
        String s = v.isURI() ? "<" + v.getURI() + ">" : FmtUtils.stringForNode(v, prefixes);
        return l.map(x -> s + " (\"" + x + "\")").orElse(s);
    }

    private Optional<String> label(Node n) {
        List<Node> labels = data.find(n, RDFS.label.asNode(), Node.ANY).mapWith(Triple::getObject)
                .filterKeep(Node::isLiteral).toList();
        return labels.stream().filter(l -> "en".equalsIgnoreCase(l.getLiteralLanguage())).findFirst()
                .or(() -> labels.stream().findFirst()).map(Node::getLiteralLexicalForm);
    }

    /**
     * Where the result's fact came from. Tries, in order: the exact fact (focus, path, value); the focus and path;
     * the statements that name the focus node (its type or label); the facts that use the focus as a value.
     */
    List<String> sources(Node focus, Node path, Node value) {
        List<String> out = new ArrayList<>();
        if (focus == null) {
            return out;
        }
        if (path != null && value != null) {
            addSources(out, statements(focus, path, value), "");
        }
        if (out.isEmpty() && path != null) {
            addSources(out, statements(focus, path, Node.ANY), "");
        }
        if (out.isEmpty()) {
            addSources(out, statements(focus, RDF.type.asNode(), Node.ANY), "named at ");
        }
        if (out.isEmpty()) {
            addSources(out, statements(focus, Node.ANY, Node.ANY), "stated at ");
        }
        if (out.isEmpty()) {
            addSources(out, statements(Node.ANY, Node.ANY, focus), "used at ");
        }
        if (out.isEmpty() && focus.isURI() && data.contains(focus, Node.ANY, Node.ANY)) {
            out.add("(no source recorded)");
        }
        return out;
    }

    private Node one(Node s, Node p) {
        return Provenance.one(data, s, p);
    }

    private List<Provenance.Statement> statements(Node s, Node p, Node o) {
        return Provenance.about(data, s, p, o);
    }

    private void addSources(List<String> out, List<Provenance.Statement> statements, String prefix) {
        List<String> lines = new ArrayList<>();
        for (Provenance.Statement st : statements) {
            Provenance.Source src = st.source();
            if (!src.known()) {
                continue;
            }
            String file = Provenance.fileName(data, src.article());
            String where = (file != null ? path(file)
                    : src.article() == null ? "?" : FmtUtils.stringForNode(src.article(), prefixes))
                    + ":" + (src.line().isEmpty() ? "?" : src.line());
            String quote = src.text().isEmpty() ? "" : " \"" + shorten(src.text()) + "\"";
            String line = prefix + where + ":" + quote;
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        lines.sort(null);
        for (String line : lines) {
            if (out.size() == MAX_SOURCES) {
                out.add("... and " + (lines.size() - MAX_SOURCES) + " more");
                break;
            }
            out.add(line);
        }
    }

    /** A source file name as a path under one of the inputs, when one holds it. */
    private String path(String fileName) {
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                Path p = in.resolve(fileName);
                if (Files.isRegularFile(p)) {
                    return p.toString();
                }
            } else if (in.getFileName() != null && in.getFileName().toString().equals(fileName)) {
                return in.toString();
            }
        }
        return fileName;
    }

    private String fmt(Node n) {
        return n == null ? "?" : FmtUtils.stringForNode(n, prefixes);
    }

    private static String severityName(Severity s) {
        return s == null ? "result" : s.level().getLocalName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String shorten(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= MAX_QUOTE ? t : t.substring(0, MAX_QUOTE - 1) + "…";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
