package org.constitutionkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.apache.jena.vocabulary.RDF;
import org.constitutionkg.cli.CliRun;
import org.constitutionkg.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ckg validate}, and the validation step of {@code ckg build} and {@code ckg serve}, through {@link Main}. */
class ValidateCliTest {

    private static final Path INVALID = Path.of("src/test/resources/shapes/invalid");
    private static final String STRICT_SHAPES = "src/test/resources/shapes/strict";

    @Test
    void twoBuildsOfTheSameArticlesWriteTheSameBytes(@TempDir Path tmp) throws Exception {
        // every file of the build folder, the validation report and the withheld facts too (their blank nodes are
        // labelled by what they say, not at random)
        for (String out : List.of("a", "b")) {
            CliRun run = CliRun.of("build", "--input", "seeds", "--out", tmp.resolve(out).toString());
            assertEquals(Main.OK, run.code(), run.err());
        }
        assertEquals(Files.readString(tmp.resolve("a").resolve("SHA256SUMS")),
                Files.readString(tmp.resolve("b").resolve("SHA256SUMS")));
    }

    @Test
    void seedsConformExitZero() {
        CliRun r = CliRun.of("validate", "--input", "seeds");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("validation: 0 violations"), r.out());
    }

    @Test
    void violationsExitOneWithAnActionableReport(@TempDir Path tmp) {
        Path report = tmp.resolve("out/report.ttl");
        CliRun r = CliRun.of("validate", "--data", INVALID.resolve("disbanded-before-established.ttl").toString(),
                "--data", INVALID.resolve("fact-without-source.ttl").toString(), "--report", report.toString());
        assertEquals(Main.FAILED, r.code(), r.out() + r.err());
        // grouped by resource, with label and IRI, property, value, message and source FILE:LINE
        assertTrue(r.out().contains("VIOLATION \"Congress\" <http://example.org/Congress>"), r.out());
        assertTrue(r.out().contains("ckg:disbanded \"1922-11\"^^xsd:gYearMonth"), r.out());
        assertTrue(r.out().contains("disbanded (1922-11) before it was established (1922-12-30)"), r.out());
        assertTrue(r.out().contains("ckgsh:DisbandedAfterEstablishedShape"), r.out());
        assertTrue(r.out().contains("named at a.txt:3: \"text 1\""), r.out());

        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, report.toUri().toString());
        List<Resource> reports = m.listResourcesWithProperty(RDF.type, SHACLM.ValidationReport).toList();
        assertEquals(1, reports.size());
        assertFalse(reports.get(0).getProperty(SHACLM.conforms).getBoolean());
        assertTrue(m.listResourcesWithProperty(RDF.type, SHACLM.ValidationResult).toList().size() >= 2);
    }

    @Test
    void warningsOnlyExitZero() {
        CliRun r = CliRun.of("validate", "--data", INVALID.resolve("succession-inverse-missing.ttl").toString());
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("WARNING \"Congress\""), r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(Main.USAGE, CliRun.of("validate", "--input", "seeds", "--data", "x.ttl").code());
        assertEquals(Main.USAGE, CliRun.of("validate", "--no-such-option").code());
        assertEquals(Main.USAGE, CliRun.of("validate", "--shapes", "no/such/folder").code());
        assertEquals(Main.USAGE, CliRun.of("validate", "stray").code());
    }

    @Test
    void unreadableDataExitsOne(@TempDir Path tmp) throws IOException {
        assertEquals(Main.FAILED, CliRun.of("validate", "--data", tmp.resolve("missing.ttl").toString()).code());
        Path bad = Files.writeString(tmp.resolve("bad.ttl"), "this is not turtle");
        assertEquals(Main.FAILED, CliRun.of("validate", "--data", bad.toString()).code());
        Path broken = Files.writeString(tmp.resolve("broken.ttl"),
                "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b ex:c ex:d .\n");
        CliRun r = CliRun.of("validate", "--data", broken.toString());
        assertEquals(Main.FAILED, r.code());
        assertTrue(r.err().contains(broken + ":3: error: cannot parse"), r.err());
    }

    @Test
    void strictBuildWithViolationsLeavesTheLastGoodOutput(@TempDir Path tmp) throws IOException {
        Path dist = tmp.resolve("dist");
        CliRun good = CliRun.of("build", "--input", "seeds", "--out", dist.toString());
        assertEquals(Main.OK, good.code(), good.err());
        Map<String, byte[]> before = contents(dist);
        // four dumps, the withheld facts, the validation report, the shapes, SHA256SUMS, build-info.properties
        assertEquals(9, before.size(), before.keySet().toString());

        CliRun bad = CliRun.of("build", "--input", "seeds", "--out", dist.toString(), "--shapes", STRICT_SHAPES,
                "--strict");
        assertEquals(Main.FAILED, bad.code(), bad.err());
        assertTrue(bad.err().contains("test shape: a polity states its establishment date"), bad.err());
        assertTrue(bad.err().contains("nothing written"), bad.err());

        Map<String, byte[]> after = contents(dist);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((k, v) -> assertTrue(java.util.Arrays.equals(v, after.get(k)), k + " changed"));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dist), s.toList(), "no temporary folders left beside the output");
        }
    }

    @Test
    void strictBuildIntoAFreshFolderWritesNothingOnViolations(@TempDir Path tmp) throws IOException {
        Path dist = tmp.resolve("dist");
        CliRun bad = CliRun.of("build", "--input", "seeds", "--out", dist.toString(), "--shapes", STRICT_SHAPES,
                "--strict");
        assertEquals(Main.FAILED, bad.code());
        assertFalse(Files.exists(dist));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void strictServeRefusesToStartWhenFactsWouldBeWithheld() {
        CliRun r = CliRun.of("serve", "--input", "seeds", "--port", "0", "--shapes", STRICT_SHAPES, "--strict");
        assertEquals(Main.FAILED, r.code(), r.err());
        assertTrue(r.err().contains("not starting"), r.err());
        assertTrue(r.err().contains("VIOLATION"), r.err());
        assertFalse(r.out().contains("serving"), r.out());
    }

    private static Map<String, byte[]> contents(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(files::add);
        }
        for (Path f : files) {
            out.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
        return out;
    }
}
