package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dump is a publication too: nothing is written when the graph violates the shapes. */
class DumpValidationTest {

    private static int run(ByteArrayOutputStream err, String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aConformingGraphIsDumped(@TempDir Path tmp) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve("kg.ttl");
        assertEquals(0, run(err, "dump", "--input", "seeds", "--out", out.toString()), err.toString());
        assertTrue(Files.isRegularFile(out));
    }

    @Test
    void aViolatingGraphIsNotDumped(@TempDir Path tmp) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path out = tmp.resolve("kg.ttl");
        int code = run(err, "dump", "--input", "seeds", "--shapes", "src/test/resources/shapes/strict",
                "--out", out.toString());
        assertEquals(1, code, err.toString());
        assertFalse(Files.exists(out));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing written"), err.toString());
    }
}
