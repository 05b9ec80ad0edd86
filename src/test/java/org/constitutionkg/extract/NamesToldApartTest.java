package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title that tells its name apart by a parenthesis ("Grand Assembly (Ostria)") says another state's organ bears
 * that name too: the bare name in an article on another state that never names the parenthesis's state is that
 * state's organ, not the titled one; in an article that names it (in a name, or by a demonym of demonyms.tsv) it is
 * the titled one still. Invented articles; the second article's sentence in several constructions.
 */
class NamesToldApartTest {

    private static final String TITLED = "= Grand Assembly (Ostria) =\n\nThe Grand Assembly was the legislature of the "
            + "Republic of Ostria from 1950 to 1990.\n";

    /** A parenthesis of a short word ("(UA)") tells a name apart too, and breaks nothing. */
    @org.junit.jupiter.api.Test
    void aShortParenthesis(@TempDir Path tmp) throws Exception {
        Path a = Files.writeString(tmp.resolve("01_assembly.txt"), TITLED.replace("(Ostria)", "(UA)"));
        Path b = Files.writeString(tmp.resolve("02_constitution.txt"), "= Constitution of Velmark (1961) =\n\nThe "
                + "Constitution of Velmark was the basic law of the Republic of Velmark. The Grand Assembly adopted it "
                + "on 3 May 1961.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(a, b), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        assertEquals(true, facts.stream().anyMatch(f -> f.startsWith("Constitution_of_Velmark_(1961) adoptedBy")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        // another state's article that never names Ostria: its own assembly
        "false#The constitution of Velmark was adopted by the Grand Assembly on 3 May 1961.",
        "false#The Grand Assembly adopted the constitution of Velmark on 3 May 1961.",
        "false#It was adopted on 3 May 1961 by the Grand Assembly, which had been elected in March.",
        "false#The Grand Assembly, elected in March, adopted it on 3 May 1961.",
        // an article that names Ostria, or speaks of it by its adjective: the titled one
        "true#During the union with the Republic of Ostria, the Grand Assembly adopted the constitution of Velmark on 3 May 1961.",
        "true#It was adopted on 3 May 1961 by the Grand Assembly, which then sat for the Republic of Ostria.",
    })
    void aBareNameIsTheTitledOneOnlyWhereItsStateIsNamed(boolean titled, String sentence, @TempDir Path tmp)
            throws Exception {
        Path a = Files.writeString(tmp.resolve("01_assembly.txt"), TITLED);
        Path b = Files.writeString(tmp.resolve("02_constitution.txt"), "= Constitution of Velmark (1961) =\n\nThe "
                + "Constitution of Velmark was the basic law of the Republic of Velmark. " + sentence + "\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(a, b), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        boolean toTitled = facts.stream().anyMatch(f -> f.startsWith("Constitution_of_Velmark_(1961) adoptedBy Grand_Assembly_(Ostria)"));
        boolean toAnother = facts.stream().anyMatch(f -> f.startsWith("Constitution_of_Velmark_(1961) adoptedBy")
                && !f.endsWith("Grand_Assembly_(Ostria)"));
        assertEquals(titled, toTitled, () -> String.join("\n", facts));
        assertEquals(!titled, toAnother, () -> String.join("\n", facts));
    }
}
