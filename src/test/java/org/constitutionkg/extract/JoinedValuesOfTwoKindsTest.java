package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that join names of two kinds or two names of one thing: "King Ivo I and the Estates Assembly" is a monarch
 * who signs and an assembly that adopts; "(Xish: A or B)" two names in that language; "People's State of X" and "Free
 * People's State of X" are states of their own, no other state of X. Invented names.
 */
class JoinedValuesOfTwoKindsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Enacted By: King Ivo I and the Estates Assembly#Charter_of_Velmark adoptedBy Estates_Assembly#true",
        "Enacted By: King Ivo I and the Estates Assembly#Charter_of_Velmark signedBy Ivo_I#true",
        "Enacted By: King Ivo I and the Estates Assembly#Charter_of_Velmark adoptedBy King_Ivo_I_and_the_Estates_Assembly#false",
        "Enacted By: Emperor Otto II and the Imperial Diet#Charter_of_Velmark adoptedBy Imperial_Diet#true",
        "Enacted By: Grand Duke Karl and the Landtag of Velmark#Charter_of_Velmark adoptedBy Landtag_of_Velmark#true",
        "Enacted By: Estates Assembly#Charter_of_Velmark adoptedBy Estates_Assembly#true",
        // a state of its own after "of", not the kingdom of the same land
        "Repealed By: Constitution of the Free People's State of Velmark#Constitution_of_the_Free_People's_State_of_Velmark jurisdiction Free_People's_State_of_Velmark#true",
        "Repealed By: Constitution of the Free People's State of Velmark#Constitution_of_the_Free_People's_State_of_Velmark jurisdiction Kingdom_of_Velmark#false",
        "Successor: Landtag of the People's State of Velmark#Landtag_of_the_People's_State_of_Velmark jurisdiction People's_State_of_Velmark#true",
    })
    void infoboxValues(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        java.util.Set<String> facts = ExtractionCases.infoboxFacts("Charter of Velmark",
                java.util.List.of("Jurisdiction: Kingdom of Velmark", field), tmp);
        org.junit.jupiter.api.Assertions.assertEquals(holds, facts.contains(fact),
                () -> fact + "\n" + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "The Diet of Velmark (Velmish: Velmer Landtag or Velmische Kammer) was the legislature of Velmark.#Velmer Landtag",
        "The Diet of Velmark (Velmish: Velmer Landtag or Velmische Kammer) was the legislature of Velmark.#Velmische Kammer",
        "The Diet of Velmark (German: Velmer Landtag, or Velmische Kammer) was the legislature of Velmark.#Velmische Kammer",
        "The Diet of Velmark (Velmish: Velmer Landtag / Velmische Kammer) was the legislature of Velmark.#Velmische Kammer",
    })
    void twoNamesInOneGloss(String lead, String alias, @TempDir Path tmp) throws Exception {
        java.util.Set<String> facts = ExtractionCases.articleFacts("Diet of Velmark", lead, tmp);
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().anyMatch(f -> f.startsWith("Diet_of_Velmark ")
                && f.contains("altLabel " + alias) && !f.contains(" or ")), () -> String.join("\n", facts));
    }
}
