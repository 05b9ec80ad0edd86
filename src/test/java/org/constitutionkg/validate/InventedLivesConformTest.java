package org.constitutionkg.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invented articles whose facts once broke the shapes on unseen text build graphs that conform: a charter signed by
 * the delegates of a numbered sitting (signedBy a Session), a body given two lives (a founding in the infobox, an
 * earlier life's end in the text).
 */
class InventedLivesConformTest {

    private static void assertConforms(String text, Path tmp) throws Exception {
        Path a = Files.writeString(tmp.resolve("01_case.txt"), text);
        Pipeline.BuildResult built = Pipeline.build(List.of(a), Pipeline.DEFAULT_BASE, p -> { });
        ValidationResult r = ShapesValidator.standard(Pipeline.DEFAULT_BASE).validate(built.dataset());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        new ReportPrinter(r.data(), Pipeline.DEFAULT_BASE, List.of()).print(r, new PrintStream(buf, true,
                StandardCharsets.UTF_8));
        assertTrue(r.conforms(), () -> buf.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "- Signers: 40 delegates of the Second Zemlian Congress",
        "- Signed by: the Third Vardic Diet",
        "- Signatories: delegates of the 2nd Ostrian Assembly",
        "- Signers: the First Zemlian Congress",
    })
    void aCharterSignedByASitting(String field, @TempDir Path tmp) throws Exception {
        assertConforms("= Charter of Union (Zemlia) =\n\nInfobox\n" + field + "\n- Signed: 1790\n\nThe Charter of Union "
                + "was a made-up first frame of government of Zemlia.\n", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "A first board was set up in 1851. It was abolished in 1863.",
        "A first board was set up in 1851 and was abolished in 1863.",
        "The regent abolished it in 1863, twelve years after it was set up.",
        "It had been abolished in 1863 and was founded anew in 1931.",
    })
    void aBodyWithTwoLives(String history, @TempDir Path tmp) throws Exception {
        assertConforms("= Board of Audit (Zemlia) =\n\nInfobox\n- Established: 1931\n- Jurisdiction: Zemlia\n\nThe Board "
                + "of Audit is the made-up audit court of Zemlia.\n\n== History ==\n" + history + "\n", tmp);
    }
}
