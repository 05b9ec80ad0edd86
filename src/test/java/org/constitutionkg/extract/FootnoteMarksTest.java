package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.constitutionkg.extract.text.Sentences;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Footnote marks ("delegates^{2}", "the Landtag[3]") vanish before a sentence is read for frames, counts and dates,
 * wherever they stand (after a name, a number's noun, a date, the sentence's stop); the source keeps the text as
 * written. A footnote's number is never a count or a date. Invented names.
 */
class FootnoteMarksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Senate had 120 members.[5] It was abolished in 1934.#2",
        "The Senate had 120 members.^{5} It was abolished in 1934.#2",
        "The Senate had 120 members.\"[5] It was abolished in 1934.#2",
        "The Senate had 120 members[5]. It was abolished in 1934.#2",
        "The Senate met [in secret]. It was abolished in 1934.#2",
    })
    void aMarkAfterTheStopEndsTheSentence(String paragraph, int sentences) {
        List<Sentences.Sentence> s = Sentences.split(paragraph);
        assertEquals(sentences, s.size(), s.toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Third Congress of Xland#It was attended by 1,540 delegates^{2} with a deciding vote and 300 with a consultative vote.#Third_Congress_of_Xland memberCount 1540",
        "Third Congress of Xland#It was attended by 1,540 delegates[2] with a deciding vote.#Third_Congress_of_Xland memberCount 1540",
        "Senate of Xland#The Senate of Xland^{1} had 120 members.#Senate_of_Xland memberCount 120",
        "Senate of Xland#The Senate of Xland, which had 120 members[a] in all, was abolished in 1934.#Senate_of_Xland memberCount 120",
        "Senate of Xland#The Senate of Xland had 120 members.[4] It was abolished by the Charter of Xland in 1934.#Charter_of_Xland abolished Senate_of_Xland",
        "Senate of Xland#The Senate of Xland had 120 members.^{4} It was abolished by the Charter of Xland in 1934.#Senate_of_Xland disbanded 1934",
        "Diet of Xland#The Diet of Xland[3] was abolished on 3 May 1920[4] by the Charter of Xland.#Diet_of_Xland disbanded 1920-05-03",
        "Diet of Xland#The Charter of Xland^{2}, which abolished the Diet of Xland^{3} in 1920, was short.#Charter_of_Xland abolished Diet_of_Xland",
    })
    void aMarkBlocksNothing(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Senate of Xland#The Senate of Xland had 120 members^{3}.#Senate_of_Xland memberCount 3",
        "Senate of Xland#The Senate of Xland had members[12] from every province.#Senate_of_Xland memberCount 12",
        "Diet of Xland#The Diet of Xland was abolished in 1920[1921].#Diet_of_Xland disbanded 1921",
        "Diet of Xland#The Diet of Xland[3] was abolished in 1920.#Diet_of_Xland[3] disbanded 1920",
    })
    void aMarkIsNoFact(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }
}
