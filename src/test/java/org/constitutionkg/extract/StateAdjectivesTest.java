package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name opening with a state's adjective is that state's organ or instrument ("the Polish Constitution of 1921"),
 * but an adjective that is also a word of the genre ("Soviet": a council, demonyms.tsv "common") says its state only
 * in an article that names that state otherwise: an invented republic's "Soviet Assembly" is no organ of the Soviet
 * Union. Invented sentences.
 */
class StateAdjectivesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The charter was modelled on the Polish Constitution of 1921.|Polish_Constitution_of_1921 jurisdiction Poland",
        "Charter of Xland|It copied much of the Hungarian Constitution of 1949.|Hungarian_Constitution_of_1949 jurisdiction Hungary",
        "Imperial Council of Xland|The Imperial Council of Xland was the legislature of the Kingdom of Xland.|Imperial_Council_of_Xland jurisdiction Kingdom_of_Xland",
        "Charter of Xland|After Xland joined the Soviet Union, the Soviet Assembly met in Ytown.|Soviet_Assembly jurisdiction Soviet_Union",
        "Charter of Xland|The charter was copied from the Soviet Constitution of 1936, as the Union of Soviet Socialist Republics asked.|Soviet_Constitution_of_1936 jurisdiction Union_of_Soviet_Socialist_Republics",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The Xland Soviet Republic had a two-chamber Soviet Assembly.|Soviet_Assembly jurisdiction Soviet_Union",
        "Charter of Xland|Legislation was shared with the Soviet Assembly, made up of two chambers.|Soviet_Assembly jurisdiction Soviet_Union",
        "Charter of Xland|The charter created a Soviet Executive Committee, which was elected by the congress.|Soviet_Executive_Committee jurisdiction Soviet_Union",
        "Charter of Xland|In 1920 the Soviet Congress of Xland adopted it.|Soviet_Union rdf:type Polity",
        // a one-word name before a common noun modifies it: no argument of its own
        "Imperial Council of Xland|The Imperial Council of Xland was the bicameral legislature of the Xlandian monarchy.|Imperial_Council_of_Xland jurisdiction Xlandian",
        "Imperial Council of Xland|The council, the legislature of the Xlandian state, met in Ytown.|Imperial_Council_of_Xland jurisdiction Xlandian",
        "Imperial Council of Xland|It was the highest legislative body of the Vestrian crown.|Imperial_Council_of_Xland jurisdiction Vestrian",
        "Imperial Council of Xland|The Imperial Council of Xland was the legislature of the Vestrian people.|Vestrian rdf:type Polity",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
