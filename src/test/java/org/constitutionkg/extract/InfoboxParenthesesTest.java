package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in parentheses after a name in an infobox value: two or more are a legislature's parts ("later" one
 * succeeding another), one alone is another name of it, a state or a date only qualifies it. Invented values.
 */
class InfoboxParenthesesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // parts of a legislature
        "Succeeded By: Diet of Xland (Senate of Xland and Chamber of Deputies of Xland)|Senate_of_Xland partOf Diet_of_Xland",
        "Succeeded By: Diet of Xland (Senate of Xland, Chamber of Deputies of Xland)|Chamber_of_Deputies_of_Xland partOf Diet_of_Xland",
        "Preceded By: Federal Assembly of Xland (Council of States of Xland, National Council of Xland)|Council_of_States_of_Xland partOf Federal_Assembly_of_Xland",
        "Succeeded By: Parliament of Xland (House of Delegates of Xland, later Chamber of Delegates of Xland, and the Senate of Xland)|Senate_of_Xland partOf Parliament_of_Xland",
        // one part renamed
        "Succeeded By: Parliament of Xland (House of Delegates of Xland, later Chamber of Delegates of Xland, and the Senate of Xland)|House_of_Delegates_of_Xland succeededBy Chamber_of_Delegates_of_Xland",
        // one name alone: another name of the same body
        "Preceded By: Landsraad of Xland (Grand Council of Xland)|Landsraad_of_Xland altLabel Grand Council of Xland",
        "Preceded By: Reprezentanța Xlandică^{1} (Adunarea Xlandică^{2})|Reprezentanța_Xlandică altLabel Adunarea Xlandică",
        "Succeeded By: Grand Diet of Xland (Great Diet)|Grand_Diet_of_Xland altLabel Great Diet",
        "Succeeded By: Sejmik Xlandzki (Small Diet)|Sejmik_Xlandzki altLabel Small Diet",
    })
    void namesInParenthesesArePartsOrOtherNames(String field, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Council of Elders of Xland", field, expected, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a state, a date or a remark in parentheses only qualifies the name
        "Succeeded By: Supreme Council (Xland)|Supreme_Council altLabel Xland",
        "Succeeded By: Supreme Council of Xland (1991–1993)|Supreme_Council_of_Xland altLabel 1991–1993",
        "Preceded By: Supreme Council of Xland (last)|Supreme_Council_of_Xland altLabel last",
        // parts only of a legislature: a council's list in parentheses is no list of its parts
        "Succeeded By: Council of Ministers of Xland (Ivan Petrov, Olga Smirnova)|Ivan_Petrov partOf Council_of_Ministers_of_Xland",
        "Preceded By: Sejm of Xland (Habsburg Monarchy)|Sejm_of_Xland altLabel Habsburg Monarchy",
        "Preceded By: Diet of Xland (Upper Xland)|Diet_of_Xland altLabel Upper Xland",
        "Succeeded By: Council of Ministers of Xland (Ivan Petrov)|Council_of_Ministers_of_Xland altLabel Ivan Petrov",
        "Succeeded By: Grand Diet of Xland (Xland and Ytown)|Xland partOf Grand_Diet_of_Xland",
        // one name of another class is no other name
        "Succeeded By: Supreme Council of Xland (Charter of Xland)|Supreme_Council_of_Xland altLabel Charter of Xland",
    })
    void whatParenthesesMustNotState(String field, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Council of Elders of Xland", field, unexpected, false, tmp);
    }
}
