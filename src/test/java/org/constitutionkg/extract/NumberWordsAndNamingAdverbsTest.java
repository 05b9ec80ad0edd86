package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counts in words of more than one word ("fifty-six articles", "one hundred and twelve articles": not six, not one),
 * and an adverb after a verb of naming that the tagger took for a preposition ("called simply the Charter of 1857")
 * (stop 51, A238 and A234; invented sentences).
 */
class NumberWordsAndNamingAdverbsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "six|6", "sixteen|16", "sixty|60", "fifty-six|56", "fifty six|56", "ninety-nine|99", "one hundred|100",
        "one hundred and twelve|112", "two hundred forty-one|241", "three thousand|3000",
        "two thousand and twenty|2020", "1,250|1250",
        // no well-formed number
        "fifty and six|", "six fifty|", "hundred six|", "sixteen-two|", "eleventy|",
    })
    void numbersInWords(String words, Integer value) {
        assertEquals(Optional.ofNullable(value), Lexicon.get().number(words));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It had fifty-six articles.|56",
        "The charter, which contained one hundred and twelve articles, was short.|112",
        "It consisted of nine chapters and forty two articles.|42",
        "The charter was divided into twenty-three articles.|23",
        "It now has twenty-one articles.|21",
        "It had six articles.|6",
        "It had sixty articles.|60",
    })
    void aCountInSeveralWordsIsOneNumber(String sentence, int count, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of Xland", "The Charter of Xland was the constitution of Xland. "
                + sentence, "Charter_of_Xland articleCount " + count, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Federal Constitution of Xland of 1857, often called simply the Constitution of 1857, was its law.",
        "The Federal Constitution of Xland of 1857, known simply as the Constitution of 1857, was its law.",
        "The Federal Constitution of Xland of 1857 was its law. It is usually called simply the Constitution of 1857.",
        "The Federal Constitution of Xland of 1857 (known simply as the Constitution of 1857) was its law.",
        "The Federal Constitution of Xland of 1857 (often called simply the Constitution of 1857) was its law.",
    })
    void anAdverbAfterTheVerbOfNaming(String lead, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Federal Constitution of Xland of 1857", lead,
                "Federal_Constitution_of_Xland_of_1857 altLabel Constitution of 1857", true, tmp);
    }
}
