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
    void theFactsAViolationNamesAreWithheldFromTheDump(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("kg.ttl");
        CliRun r = CliRun.of("dump", "--input", "seeds", "--shapes", "src/test/resources/shapes/strict",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("test shape: a polity states its establishment date"), r.err());
        assertTrue(r.err().contains("withheld "), r.err());
        String ttl = Files.readString(out);
        assertFalse(ttl.contains("\"Armenia\"@en"), "an undated polity is withheld as a whole");
        assertTrue(ttl.contains("Congress of Soviets"), "the rest is published");
    }

    @Test
    void strictWritesNothingWhenAFactWouldBeWithheld(@TempDir Path tmp) {
        Path out = tmp.resolve("kg.ttl");
        CliRun r = CliRun.of("dump", "--input", "seeds", "--shapes", "src/test/resources/shapes/strict",
                "--out", out.toString(), "--strict");
        assertEquals(1, r.code(), r.err());
        assertFalse(Files.exists(out));
        assertTrue(r.err().contains("nothing written (--strict)"), r.err());
    }
}
