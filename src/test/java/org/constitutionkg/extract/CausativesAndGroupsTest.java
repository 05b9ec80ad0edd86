package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An adjective frame after a causative ("made the Cabinet accountable to the Diet", "was made responsible to",
 * "declared it answerable to") says of the causative's object, or of the passive's subject, what the adjective says;
 * a group of adherents after "headed by" or "led by" ("National Socialists", "Social Democrats": the plural of a title
 * of persons) is no person and chairs nothing, while a person whose name ends in -s still does. Invented names.
 */
class CausativesAndGroupsTest {

    private static final String TITLE = "Cabinet of Velmark";
    private static final String LEAD = "The Cabinet of Velmark was the government of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The charter made the Cabinet of Velmark accountable to the Diet of Velmark.#Cabinet_of_Velmark accountableTo Diet_of_Velmark",
        "true#The Cabinet of Velmark was made accountable to the Diet of Velmark.#Cabinet_of_Velmark accountableTo Diet_of_Velmark",
        "true#In 1920 it was made responsible to the Diet of Velmark.#Cabinet_of_Velmark accountableTo Diet_of_Velmark",
        "true#The Cabinet of Velmark, headed by the Chancellor, was made responsible to the Diet of Velmark.#Cabinet_of_Velmark accountableTo Diet_of_Velmark",
        "true#The reform of 1920 declared it answerable to the Diet of Velmark.#Cabinet_of_Velmark accountableTo Diet_of_Velmark",
        "false#The charter made the king responsible to the Diet of Velmark.#Cabinet_of_Velmark accountableTo Diet_of_Velmark",
        "false#After 1933 the Cabinet of Velmark was headed by National Socialists.#National_Socialists rdf:type Person",
        "false#The Cabinet of Velmark was led by Social Democrats until 1930.#Cabinet_of_Velmark chair Social_Democrats",
        "true#The Cabinet of Velmark was headed by Jules Moreas.#Cabinet_of_Velmark chair Jules_Moreas",
    })
    void causativesAndGroups(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
