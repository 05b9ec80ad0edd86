package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad articles are reported as FILE:LINE and never stop the good ones from being published. */
class BadInputTest {

    private static final String GOOD = """
            = 1950 Constitution of Examplia =

            Infobox
            - Jurisdiction: Republic of Examplia
            - Date Ratified: 3 May 1950

            The 1950 Constitution of Examplia was adopted on 1 May 1950.
            """;

    @Test
    void eachBadFileIsReportedWithFileAndLineAndTheGoodOneIsStillBuilt(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("a-good.txt"), GOOD);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {'=', ' ', 'T', ' ', '=', '\n', 0, 1, 2, 3, (byte) 0xff});
        Files.write(in.resolve("latin1.txt"), "= T =\n\nSecond line\nCaf\u00e9 in Latin-1\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("untitled.txt"), "\nJust a paragraph without a title.\n");
        Path dist = tmp.resolve("dist");

        CliRun r = CliRun.of("build", "--input", in.toString(), "--out", dist.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("empty.txt:1: "), r.err());
        assertTrue(r.err().contains("binary.txt:2: "), r.err());
        assertTrue(r.err().contains("latin1.txt:4: "), r.err());
        assertTrue(r.err().contains("untitled.txt:2: "), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Model built = RDFDataMgr.loadModel(dist.resolve("constitution-kg.ttl").toString());
        assertTrue(built.listSubjects().toList().stream()
                .anyMatch(s -> s.isURIResource() && s.getURI().endsWith("1950_Constitution_of_Examplia")));
    }

    @Test
    void warningsAloneExitZero(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectory(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), GOOD.replace("- Date Ratified: 3 May 1950",
                "- Date Ratified: sometime in spring"));

        CliRun r = CliRun.of("build", "--input", in.toString(), "--out", tmp.resolve("dist").toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("a.txt:5: warning: "), r.err());
    }
}
