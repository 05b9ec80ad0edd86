package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table under a heading that sections.tsv names ("Chairmen", "List of presidents") states what a list there would:
 * each row's first cell that is a person's name is a chair of the article's subject; a header row, numbers, terms,
 * remarks in parentheses and names of other classes are not. Invented tables; " // " separates lines.
 */
class TablesUnderHeadingsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "State Committee of Xland#== Chairmen == // | Name | Term | // |---|---| // | Arvid Kolstrup | 1950–1960 |#State_Committee_of_Xland chair Arvid_Kolstrup",
        "State Committee of Xland#== List of chairmen == // | No. | Chairman | From | To | // | 1 | Olga Rask | 1950 | 1955 | // | 2 | Piet Maas | 1955 | 1960 |#State_Committee_of_Xland chair Piet_Maas",
        "State Committee of Xland#== Presidents == // | Marshal Ivo Tarn (acting) | 1961 |#State_Committee_of_Xland chair Ivo_Tarn",
        "State Committee of Xland#== Heads of the committee == // | 1960–1970 | Vera Holm |#State_Committee_of_Xland chair Vera_Holm",
        "State Committee of Xland#== Chairmen == // | Name | Term | // | Jerzy Kallan^{1} | 1947–1952 |#State_Committee_of_Xland chair Jerzy_Kallan",
        "State Committee of Xland#== Chairmen == // | 2 | Olga Rask^{a} | 1950 | 1955 |#State_Committee_of_Xland chair Olga_Rask",
    })
    void aRowNamesAChair(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "State Committee of Xland#== Chairmen == // | Name | Term |#State_Committee_of_Xland chair Name",
        "State Committee of Xland#== Chairmen == // | Republic of Xland | 1950 |#State_Committee_of_Xland chair Republic_of_Xland",
        "State Committee of Xland#== Members == // | Arvid Kolstrup | 1950–1960 |#State_Committee_of_Xland chair Arvid_Kolstrup",
    })
    void noOtherCell(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
