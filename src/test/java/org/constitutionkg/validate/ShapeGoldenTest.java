package org.constitutionkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases for the shapes in {@code shapes/}. Each {@code src/test/resources/shapes/invalid/CASE.ttl} starts
 * with comment headers naming the result it must produce:
 * <pre>
 * # focus: ex:Congress
 * # component: sh:MaxCountConstraintComponent
 * # shape: ckgsh:StateOrganShape        (optional: the node shape, after resolving blank property shapes)
 * # severity: sh:Warning                (optional: default sh:Violation)
 * </pre>
 * Each {@code valid/CASE.ttl} must produce no result at all. The ontology is added to every case, as in a build.
 */
class ShapeGoldenTest {

    private static final Path ROOT = Path.of("src/test/resources/shapes");
    private static final PrefixMapping PM = new PrefixMappingImpl()
            .setNsPrefix("ckg", CKG.NS)
            .setNsPrefix("ckgsh", "https://w3id.org/constitution-kg/shapes#")
            .setNsPrefix("sh", "http://www.w3.org/ns/shacl#")
            .setNsPrefix("id", Pipeline.DEFAULT_BASE)
            .setNsPrefix("ex", "http://example.org/")
            .setNsPrefix("st", Pipeline.DEFAULT_BASE + "statement/");

    static Stream<Path> invalidCases() throws IOException {
        return cases("invalid");
    }

    static Stream<Path> validCases() throws IOException {
        return cases("valid");
    }

    private static Stream<Path> cases(String dir) throws IOException {
        try (Stream<Path> s = Files.list(ROOT.resolve(dir))) {
            List<Path> l = s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
            return l.stream();
        }
    }

    private static ValidationResult validate(Path file) {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds.getDefaultModel(), file.toUri().toString());
        return ShapesValidator.standard(Pipeline.DEFAULT_BASE).validate(ds);
    }

    private static String header(List<String> lines, String key) {
        return lines.stream().filter(l -> l.startsWith("# " + key + ":"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(null);
    }

    private static Node expand(String prefixed) {
        return NodeFactory.createURI(PM.expandPrefix(prefixed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidCases")
    void invalidCaseFiresTheNamedConstraint(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String focus = header(lines, "focus");
        String component = header(lines, "component");
        assertNotNull(focus, file + ": no '# focus:' header");
        assertNotNull(component, file + ": no '# component:' header");
        String shape = header(lines, "shape");
        String severity = header(lines, "severity");
        Node sev = expand(severity == null ? "sh:Violation" : severity);

        ValidationResult r = validate(file);
        List<ReportEntry> matching = r.entries().stream()
                .filter(e -> expand(focus).equals(e.focusNode()))
                .filter(e -> expand(component).equals(e.sourceConstraintComponent()))
                .filter(e -> shape == null
                        || expand(shape).equals(ReportPrinter.shapeName(r.shapes(), e.source())))
                .filter(e -> sev.equals(e.severity().level()))
                .toList();
        assertFalse(matching.isEmpty(), () -> file + ": expected " + severity + " " + component + " on " + focus
                + (shape == null ? "" : " from " + shape) + ", got:\n" + describe(r));
        if (Severity.Violation.level().equals(sev)) {
            assertFalse(r.conforms(), file + ": a violation must block publication");
        } else {
            assertTrue(r.conforms(), file + ": a warning must not block publication");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void validCaseHasNoResults(Path file) {
        ValidationResult r = validate(file);
        assertTrue(r.report().getEntries().isEmpty(), () -> file + ": expected no results, got:\n" + describe(r));
        assertTrue(r.conforms());
    }

    /** Every shape in shapes/ carries sh:name and sh:description, and there is at least one case per shape file. */
    @Test
    void everyNodeShapeIsNamedAndDescribed() {
        var shapes = ShapesValidator.standard(Pipeline.DEFAULT_BASE).shapes();
        List<String> missing = shapes.getTargetShapes().stream()
                .map(s -> s.getShapeNode())
                .filter(n -> n.isURI())
                .filter(n -> !shapes.getGraph().contains(n, expand("sh:name"), Node.ANY)
                        || !shapes.getGraph().contains(n, expand("sh:description"), Node.ANY))
                .map(Node::getURI).sorted().collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "shapes without sh:name or sh:description: " + missing);
        assertEquals(0, shapes.getTargetShapes().stream().filter(s -> s.getShapeNode().isBlank()).count(),
                "every targeted node shape has an IRI");
    }

    private static String describe(ValidationResult r) {
        return r.entries().stream().map(e -> "  " + e.severity().level().getLocalName() + " "
                + PM.shortForm(String.valueOf(e.focusNode())) + " "
                + PM.shortForm(String.valueOf(e.sourceConstraintComponent())) + " "
                + ReportPrinter.shapeName(r.shapes(), e.source()) + " " + e.message())
                .collect(Collectors.joining("\n"));
    }
}
