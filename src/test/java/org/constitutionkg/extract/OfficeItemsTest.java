package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list item "Person – office" (a cabinet's or a presidium's members): the person is one, and the chair of the body
 * the text speaks of when the office is a chair's; not a deputy's, not a thing of a class, not a count or a date.
 * Invented articles; " // " separates lines.
 */
class OfficeItemsTest {

    private static final String TITLE = "Provisional Government of Xland";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "- Orest Valmarov – Minister-Chairman and Minister of the Interior#Orest_Valmarov rdf:type Person",
        "- Orest Valmarov – Minister-Chairman and Minister of the Interior#Provisional_Government_of_Xland chair Orest_Valmarov",
        "- Pavlo Derzhan – Minister of Foreign Affairs#Pavlo_Derzhan rdf:type Person",
        "- Olga Berg – Chairwoman#Provisional_Government_of_Xland chair Olga_Berg",
        "- Olga Berg – chairwoman#Provisional_Government_of_Xland chair Olga_Berg",
        "- Ivo Marek – deputy chairman // - Olga Berg – chairwoman#Ivo_Marek rdf:type Person",
        "== Council of Ministers of Xland == // - Ivan Petrov – Chairman // - Anna Lind – Minister of Finance#Council_of_Ministers_of_Xland chair Ivan_Petrov",
    })
    void aPersonAndTheirOffice(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(TITLE, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "- Ignat Berg – Deputy Chairman#Provisional_Government_of_Xland chair Ignat_Berg",
        "- Ignat Berg – deputy chairman#Provisional_Government_of_Xland chair Ignat_Berg",
        "- Pavlo Derzhan – Minister of Foreign Affairs#Provisional_Government_of_Xland chair Pavlo_Derzhan",
        "- Council of Xland – Chairman of the Committee#Council_of_Xland rdf:type Person",
        "- Agrarian Party – 135#Agrarian_Party rdf:type Person",
        "- Ivan Petrov – Chairman of the Senate of Xland#Provisional_Government_of_Xland chair Ivan_Petrov",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(TITLE, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
