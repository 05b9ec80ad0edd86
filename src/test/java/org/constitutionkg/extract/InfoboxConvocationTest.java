package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A legislature's infobox names its current convocation ("Legislature: 4th Sejm of Xland"): a session of the
 * legislature, numbered; a value that names no session states nothing of it (invented values).
 */
class InfoboxConvocationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Sejm of Xland|Legislature: 4th Sejm of Xland|4th_Sejm_of_Xland sessionOf Sejm_of_Xland",
        "Sejm of Xland|Legislature: Fourth Sejm of Xland|Fourth_Sejm_of_Xland ordinal 4",
        "State Diet of Yland|Legislature: 12th State Diet of Yland|12th_State_Diet_of_Yland sessionOf State_Diet_of_Yland",
        "Great Rada of Zland|Legislature: Third Great Rada of Zland|Third_Great_Rada_of_Zland rdf:type Session",
    })
    void theConvocationIsASessionOfTheLegislature(String title, String field, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox(title, field, expected, true, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Sejm of Xland|Legislature: Socialist Xland (1948–1989)|Socialist_Xland rdf:type Session",
        "Sejm of Xland|Legislature: Socialist Xland (1948–1989)|Socialist_Xland sessionOf Sejm_of_Xland",
        "Sejm of Xland|Legislature: Bicameral|Sejm_of_Xland sessionOf Bicameral",
    })
    void aValueThatNamesNoSessionStatesNone(String title, String field, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox(title, field, unexpected, false, tmp);
    }
}
