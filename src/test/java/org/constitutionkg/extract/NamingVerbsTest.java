package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * More verbs of naming (frames.tsv rows "title", "entitle", "name") and the names a naming gives after its first
 * ("known as X from 1861 to 1899, then as Y", "and later as Y"), in invented sentences: pronoun subject, passive,
 * participle after the name, relative clause.
 */
class NamingVerbsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was formally titled the Diet of the Estates of Morvania.|Grand_Diet_of_Morvania altLabel Diet of the Estates of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was officially named the Diet of the Estates of Morvania.|Grand_Diet_of_Morvania altLabel Diet of the Estates of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania, officially entitled the Diet of the Estates of Morvania, was a legislature.|Grand_Diet_of_Morvania altLabel Diet of the Estates of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania, which was titled the Diet of the Estates of Morvania until 1899, met in Xtown.|Grand_Diet_of_Morvania altLabel Diet of the Estates of Morvania",
        // the names after the first
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was known as the Estates Diet from 1861 to 1899, then as the Royal Diet.|Grand_Diet_of_Morvania altLabel Royal Diet",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was known as the Estates Diet and later as the Royal Diet.|Grand_Diet_of_Morvania altLabel Royal Diet",
        "Grand Diet of Morvania|The Grand Diet of Morvania, known as the Estates Diet until March 1899 and then as the Royal Diet, was a legislature.|Grand_Diet_of_Morvania altLabel Royal Diet",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. Historians refer to it as the Estates Diet and, after 1899, as the Royal Diet.|Grand_Diet_of_Morvania altLabel Royal Diet",
        // a former name: words of time between the verb and "as", or in parentheses after the name
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was known until 1899 as the Estates Diet.|Grand_Diet_of_Morvania altLabel Estates Diet",
        "Grand Diet of Morvania|The Grand Diet of Morvania, known from March 1861 to 1899 as the Estates Diet, met in Xtown.|Grand_Diet_of_Morvania altLabel Estates Diet",
        "Grand Diet of Morvania|The Grand Diet of Morvania (until September 1899 the Estates Diet of Morvania) met in Xtown.|Grand_Diet_of_Morvania altLabel Estates Diet of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania (formerly the Estates Diet of Morvania) met in Xtown.|Grand_Diet_of_Morvania altLabel Estates Diet of Morvania",
    })
    void aNamingGivesEachName(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was named after King Andor of Morvania.|Grand_Diet_of_Morvania altLabel Andor of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was named by the King of Morvania.|Grand_Diet_of_Morvania altLabel King of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was known as the Estates Diet, as the Royal Charter of Morvania says.|Grand_Diet_of_Morvania altLabel Royal Charter of Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was known as the Estates Diet and met in the Royal Hall.|Grand_Diet_of_Morvania altLabel Royal Hall",
        "Grand Diet of Morvania|The Grand Diet of Morvania (formerly Ivan Petrov's hall) met in Xtown.|Grand_Diet_of_Morvania altLabel Ivan Petrov",
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was known in 1899 for its debates.|Grand_Diet_of_Morvania altLabel debates",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // jurisdiction from "the highest ... body in X" as from "of X"
        "Grand Diet of Morvania|The Grand Diet of Morvania was the highest legislative body in the Kingdom of Morvania.|Grand_Diet_of_Morvania jurisdiction Kingdom_of_Morvania",
        "Grand Diet of Morvania|It was the supreme organ of state power in the Kingdom of Morvania.|Grand_Diet_of_Morvania jurisdiction Kingdom_of_Morvania",
        // two chambers, by any verb of composing or dividing, or a participle
        "Grand Diet of Morvania|The Grand Diet of Morvania was a legislature. It was divided into two chambers, the Chamber of Lords and the Chamber of Deputies.|Chamber_of_Lords partOf Grand_Diet_of_Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania, consisting of two chambers, the Chamber of Lords and the Chamber of Deputies, met in Xtown.|Chamber_of_Deputies partOf Grand_Diet_of_Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania was composed of two houses: the Chamber of Lords and the Chamber of Deputies.|Chamber_of_Lords partOf Grand_Diet_of_Morvania",
        "Grand Diet of Morvania|The Grand Diet of Morvania had two chambers, the Chamber of Lords and the Chamber of Deputies.|Chamber_of_Deputies partOf Grand_Diet_of_Morvania",
    })
    void structureAndJurisdictionInOtherWords(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }
}
