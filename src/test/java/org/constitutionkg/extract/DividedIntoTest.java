package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X divided Y into two chambers: A and B": the object Y is the whole, not the subject X (an instrument does not
 * hold chambers), when chambers or houses are what it was divided into (a ministry divided into two ministries was
 * split, and has no parts); the object may be a name or "it", the list may follow a colon with relative clauses and foreign
 * names in parentheses between its items. Invented names.
 */
class DividedIntoTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The Charter divided the Grand Diet into two chambers: the Chamber of Deputies, whose members were elected, and the National Council.#Grand_Diet hasPart National_Council",
        "true#The Charter divided the Grand Diet into two chambers: the Chamber of Deputies (Kamara) and the National Council (Rada).#Grand_Diet hasPart Chamber_of_Deputies",
        "true#The Charter created the Grand Diet and divided it into two chambers: the Chamber of Deputies and the National Council.#Grand_Diet hasPart National_Council",
        "true#It restored a parliament, the Grand Diet, but divided it into two chambers: the Chamber of Deputies and the National Council.#Grand_Diet hasPart Chamber_of_Deputies",
        "false#The Charter divided the Grand Diet into two chambers: the Chamber of Deputies and the National Council.#Velm_Charter hasPart Chamber_of_Deputies",
        "true#It restored a parliament, the Grand Diet, but divided it into two houses, the Chamber of Deputies and the National Council.#Grand_Diet hasPart National_Council",
        // a split into bodies that are no chambers makes no parts
        "false#The Charter divided the Ministry of Velm Affairs into two ministries: the Ministry of Trade and the Ministry of Labour.#Ministry_of_Velm_Affairs hasPart Ministry_of_Trade",
    })
    void theObjectIsTheWhole(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Charter", sentence, fact, holds, tmp);
    }
}
