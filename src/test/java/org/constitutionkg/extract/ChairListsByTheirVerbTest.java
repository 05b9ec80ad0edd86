package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of persons after a lead-in whose verb is one of chairing ("The following bailiffs presided over the Diet:",
 * "Chancellors who chaired the Great Council have included:", "The men who headed it were:") names the chairs of
 * what the verb's object is; the noun before the verb chairs nothing. A passive lead-in keeps its own reading. The
 * cases are written on one line with " // " between lines. Invented names.
 */
class ChairListsByTheirVerbTest {

    private static final String HEAD = "= Signoria of Velmora = // // The Signoria of Velmora was the government of the "
            + "Republic of Velmora. It had a Great Council of Velmora. // // == Chairs == // ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The following chancellors presided over the Signoria during the period: // - Piero Velani (1501–1510) // - Ugo Sarto (1510–1520)#Signoria_of_Velmora chair Ugo_Sarto#true",
        "Keepers who chaired the Great Council of Velmora have included: // - Anna Dorn // - Ivo Brant#Great_Council_of_Velmora chair Ivo_Brant#true",
        "Keepers who chaired the Great Council of Velmora have included: // - Anna Dorn // - Ivo Brant#Great_Council_of_Velmora chair Keepers#false",
        "The men who headed it in those years were: // - Piero Velani // - Ugo Sarto#Signoria_of_Velmora chair Piero_Velani#true",
        "The following chancellors presided over the Signoria during the period: // - Piero Velani (1501–1510)#Chancellors rdf:type Person#false",
    })
    void chairs(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines(HEAD + body) + "\n", fact, holds, tmp);
    }
}
