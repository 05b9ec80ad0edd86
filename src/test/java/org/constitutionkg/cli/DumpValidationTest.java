package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump is a publication too: nothing is written when the graph violates the shapes. */
class DumpValidationTest {

    @Test
    void aConformingGraphIsDumped(@TempDir Path tmp) {
        Path out = tmp.resolve("kg.ttl");
        CliRun r = CliRun.of("dump", "--input", "seeds", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void aViolatingGraphIsNotDumped(@TempDir Path tmp) {
        Path out = tmp.resolve("kg.ttl");
        CliRun r = CliRun.of("dump", "--input", "seeds", "--shapes", "src/test/resources/shapes/strict",
                "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out));
        assertTrue(r.err().contains("nothing written"), r.err());
    }
}
