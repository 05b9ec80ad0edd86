package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Its presidium", "its executive committee": the organ of that noun (owned-organ-nouns.txt) the organ "it" stands
 * for has, named "Presidium of the X" unless one of that head was named in the paragraph; never the organ itself. An
 * "it" in a relative clause on a person ("..., who headed it") is the organ the sentence opens with. Invented names
 * (stop 34).
 */
class OwnedOrgansTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The diet met in 1920. Its presidium was chaired by Ivo Brand from 1921.#Presidium_of_the_Folk_Diet chair Ivo_Brand",
        "false#The diet met in 1920. Its presidium was chaired by Ivo Brand from 1921.#Folk_Diet chair Ivo_Brand",
        "true#The diet met in 1920. Ivo Brand chaired its presidium from 1921.#Presidium_of_the_Folk_Diet chair Ivo_Brand",
        "true#The diet met in 1920. The diet elected its presidium, which was chaired by Ivo Brand.#Presidium_of_the_Folk_Diet electedBy Folk_Diet",
        "true#The diet met in 1920. It elected its executive committee, which Ivo Brand chaired.#Executive_Committee_of_the_Folk_Diet electedBy Folk_Diet",
        "true#The diet met in 1920. Its presidium was chaired by Ivo Brand and later by Olav Dunn, who headed it until 1936.#Presidium_of_the_Folk_Diet chair Olav_Dunn",
        "false#The diet met in 1920. Its presidium was chaired by Ivo Brand and later by Olav Dunn, who headed it until 1936.#Folk_Diet chair Olav_Dunn",
        "true#The diet met in 1920. The Presidium of the Folk Diet was formed in 1921. Its presidium was chaired by Ivo Brand.#Presidium_of_the_Folk_Diet chair Ivo_Brand",
        "true#The diet met in 1920. The Council of Wardens was chaired by Ivo Brand, who headed it until 1936.#Council_of_Wardens chair Ivo_Brand",
        "false#The diet met in 1920. The Council of Wardens was chaired by Ivo Brand, who headed it until 1936.#Folk_Diet chair Ivo_Brand",
        "true#The diet met in 1920. It elected Ivo Brand, who led it until 1936.#Folk_Diet chair Ivo_Brand",
        "false#The Presidium of the Supreme Council was formed in 1921. The diet was dissolved in 1930. Its presidium was chaired by Ivo Brand.#Presidium_of_the_Supreme_Council chair Ivo_Brand",
        "false#The Council of Wardens handed its powers to the Supreme Court under Olav Dunn, who presided over it until 1936.#Council_of_Wardens chair Olav_Dunn",
        "false#The Council of Wardens and the Supreme Court sent their presidium to Velm. Their presidium was chaired by Ivo Brand.#Presidium_of_the_Folk_Diet chair Ivo_Brand",
    })
    void theOrganItHas(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Folk Diet", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // a state's: no organ of it is made ("its presidium" of a charter or a state is none)
        "false#The charter was adopted in 1920. Its presidium was chaired by Ivo Brand.#Presidium_of_the_Charter_of_Norlia chair Ivo_Brand",
    })
    void onlyAnOrgansOwn(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Charter of Norlia", text, fact, holds, tmp);
    }
}
