package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list under a heading "Signatories" (sections.tsv) names who signed the article's instrument: an item may say whom
 * they signed for before a colon, and name several persons joined by ", and" or ";"; the role after a name states
 * nothing (it made "Chairman of the Council of Ministers" of the Sedmian delegate the chair of the union's council).
 * Invented treaties.
 */
class SignatoryListsTest {

    private static final String LEAD = "The Treaty of Merrow founded the Union of Aldean Republics. // // == Signatories == // ";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Merrow#- for the Republic of Ostra: Hana Velk, President#Treaty_of_Merrow signedBy Hana_Velk",
        "Treaty of Merrow#- for the Sedmian Republic: Ruben Aszt, Chairman of the Council of Ministers, and Ilse Moran, Minister of Foreign Affairs#Treaty_of_Merrow signedBy Ilse_Moran",
        "Treaty of Merrow#- On behalf of Lutaria: Oskar Brenn^{2}; Tilda Brenn#Treaty_of_Merrow signedBy Tilda_Brenn",
        "Treaty of Merrow#- Lutaria: Oskar Brenn (1880–1951)#Treaty_of_Merrow signedBy Oskar_Brenn",
        "Treaty of Merrow#- Emil Varo: Minister of Ostra#Treaty_of_Merrow signedBy Emil_Varo",
    })
    void signers(String title, String item, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, ExtractionCases.lines(LEAD + item), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Merrow#- for the Sedmian Republic: Ruben Aszt, Chairman of the Council of Ministers#Council_of_Ministers_of_the_Union_of_Aldean_Republics chair Ruben_Aszt",
        "Treaty of Merrow#- for the Sedmian Republic: Ruben Aszt, Chairman of the Council of Ministers#Council_of_Ministers chair Ruben_Aszt",
        "Treaty of Merrow#- for the Republic of Ostra: Hana Velk, President#Treaty_of_Merrow signedBy Republic_of_Ostra",
    })
    void notOtherwise(String title, String item, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, ExtractionCases.lines(LEAD + item), unexpected, tmp);
    }
}
