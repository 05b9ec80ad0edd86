package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One real thing, one resource: a short name after the full one ("the Workers Congress" after "the German Workers
 * Congress") is the same thing when only words saying whose it is were left off. Invented names.
 */
class ShortNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The German Workers Congress met in Xtown in 1920. The Workers Congress was dissolved in 1925.|German_Workers_Congress disbanded 1925",
        "Charter of Xland|The All-Xland Congress of Councils met in 1920. In 1925 the Congress of Councils was dissolved.|All-Xland_Congress_of_Councils disbanded 1925",
        "Charter of Xland|The Polish Workers Council met in 1920. It was said that the Workers Council was abolished in 1925.|Polish_Workers_Council disbanded 1925",
        "Charter of Xland|The Treaty of Ytown was signed by Ivan Petrov. Petrov signed it in Ytown.|Treaty_of_Ytown signedBy Ivan_Petrov",
        // the subject named with words left out: "the 1921 Constitution" in the article on the 1921 Polish one
        "1921 Polish Constitution|The 1921 Constitution was replaced by the Basic Law of Xland in 1935.|Basic_Law_of_Xland precededBy 1921_Polish_Constitution",
    })
    void aShortNameIsTheFullOnesThing(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a word that makes another thing
        "Charter of Xland|The Provisional Council of Xland met in 1920. The Council of Xland was abolished in 1925.|Provisional_Council_of_Xland disbanded 1925",
        // the subject so named is not a second constitution
        "1921 Polish Constitution|The 1921 Constitution was replaced by the Basic Law of Xland in 1935.|1921_Constitution_of_Poland rdf:type Constitution",
        // a state named inside the article's state's colloquial name is another state
        "Charter of East Germany|In 1950 the German Workers Congress met in Xtown.|German_Workers_Congress jurisdiction East_Germany",
        "Charter of East Germany|In 1950 the German Workers Congress met in Xtown.|German_Workers_Congress jurisdiction German_Democratic_Republic",
        // two full names the short one may be
        "Charter of Xland|The All-Xland Congress of Councils and the All-Yland Congress of Councils met in 1920. The Congress of Councils was dissolved in 1925.|All-Xland_Congress_of_Councils disbanded 1925",
    })
    void whatAShortNameMustNotJoin(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
