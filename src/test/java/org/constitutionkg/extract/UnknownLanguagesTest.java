package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in parentheses in a language the data does not know keep being names, tagged "und" (undetermined): after a
 * label shaped like a language's name ("Ostrelian: ..."), with the abbreviation after it; or with no label, when a
 * lower-case word that joins no English name shows it is no English name. Invented languages and names.
 */
class UnknownLanguagesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Federal Council of Xland|The Federal Council of Xland (Ostrelian: Savezno vijece, SVX) was a council.|Federal_Council_of_Xland altLabel Savezno vijece",
        "Federal Council of Xland|The Federal Council of Xland (Ostrelian: Savezno vijece, SVX) was a council.|Federal_Council_of_Xland altLabel SVX",
        "Federal Council of Xland|The Federal Council of Xland (Varnish: Bundsrad; Ostrelian: Savezno vijece) was a council.|Federal_Council_of_Xland altLabel Bundsrad",
        "Federal Council of Xland|In 1850 it replaced the People's Assembly of Xland (Narodna skupstina Xlanda).|People's_Assembly_of_Xland altLabel Narodna skupstina Xlanda",
        "Federal Council of Xland|The Federal Council of Xland (Savezno vijece) met in Xtown.|Federal_Council_of_Xland altLabel Savezno vijece",
    })
    void aNameInALanguageUnknown(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // an English name, a person, a place, a year or a remark in parentheses is no foreign name
        "Federal Council of Xland|The Federal Council of Xland (the upper house) met in Xtown.|Federal_Council_of_Xland altLabel the upper house",
        "Federal Council of Xland|Its chairman (Ivan Petrov) opened it in 1850.|Federal_Council_of_Xland altLabel Ivan Petrov",
        "Federal Council of Xland|The Federal Council of Xland (founded in 1850) met in Xtown.|Federal_Council_of_Xland altLabel founded in 1850",
        "Federal Council of Xland|The Federal Council of Xland (Council of the Union) met in Xtown.|Council_of_the_Union rdf:type Person",
    })
    void noOtherRemark(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
