package org.constitutionkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organ renamed is the same organ under a new name: the new name is an alias, and the renaming ends and begins
 * nothing (stop 32); in every construction of "rename". When the article itself keeps the new name apart as a
 * successor (its infobox says "Succeeded by" it), the renaming is that succession, dated by its clause. Invented
 * names.
 */
class RenamingTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#In 1951 it was renamed the State Council of Norlia.#Board_of_Elders_of_Norlia altLabel State Council of Norlia",
        "true#The diet renamed the board the State Council of Norlia in 1951.#Board_of_Elders_of_Norlia altLabel State Council of Norlia",
        "true#The board, which was renamed the State Council of Norlia in 1951, met in Ytown.#Board_of_Elders_of_Norlia altLabel State Council of Norlia",
        "true#Renamed the State Council of Norlia in 1951, the board met weekly.#Board_of_Elders_of_Norlia altLabel State Council of Norlia",
        "true#In 1951 the Board of Elders of Norlia was renamed as the State Council of Norlia.#Board_of_Elders_of_Norlia altLabel State Council of Norlia",
        "false#In 1951 it was renamed the State Council of Norlia.#Board_of_Elders_of_Norlia disbanded 1951",
        "false#In 1951 it was renamed the State Council of Norlia.#Board_of_Elders_of_Norlia succeededBy State_Council_of_Norlia",
        // reorganized, transformed: another organ, a successor
        "true#In 1951 the board was reorganized as the State Council of Norlia.#Board_of_Elders_of_Norlia succeededBy State_Council_of_Norlia",
        "true#In 1951 it was transformed into the State Council of Norlia.#Board_of_Elders_of_Norlia succeededBy State_Council_of_Norlia",
    })
    void aRenamedOrganIsTheSameOrgan(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Board of Elders of Norlia", text, fact, holds, tmp);
    }

    /** A state renamed keeps its label: its new name is a name it took then, so its organs stay "... of Xland". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "In 1976 the diet renamed the state the Socialist Republic of Xland.",
        "A law of 1976 renamed the Republic of Xland the Socialist Republic of Xland.",
        "The Republic of Xland, which was renamed the Socialist Republic of Xland in 1976, was small.",
        "In 1976 the Republic of Xland was renamed as the Socialist Republic of Xland.",
    })
    void aRenamedStateKeepsItsLabel(String text, @TempDir Path tmp) throws Exception {
        String lead = "The Council of Elders was the government of the Republic of Xland. The Diet met in Ytown. ";
        ExtractionCases.assertStates("Council of Elders (Xland)", lead + text,
                "Republic_of_Xland altLabel Socialist Republic of Xland", tmp);
        ExtractionCases.assertStates("Council of Elders (Xland)", lead + text,
                "Diet_of_the_Republic_of_Xland location Ytown", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "In March 1951 it was renamed the State Council of Norlia.#Board_of_Elders_of_Norlia succeededBy State_Council_of_Norlia",
        "In March 1951 it was renamed the State Council of Norlia.#Board_of_Elders_of_Norlia disbanded 1951-03",
        "The board was renamed the State Council of Norlia in 1951.#State_Council_of_Norlia established 1951",
    })
    void unlessTheArticleKeepsTheNewNameApart(String text, String fact, @TempDir Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= Board of Elders of Norlia =\n\n"
                + "Board of Elders of Norlia\n- Succeeded by: State Council of Norlia\n\n"
                + "The Board of Elders of Norlia was a council of Norlia. " + text + "\n");
        Set<String> facts = ExtractionCases.facts(org.constitutionkg.Pipeline.build(List.of(article),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph());
        assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
    }
}
