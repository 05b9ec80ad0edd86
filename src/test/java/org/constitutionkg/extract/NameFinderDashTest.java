package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A dash written for a hyphen inside a compound ("All–Xland") does not cut a name in two (invented sentences). */
class NameFinderDashTest {

    private static final NameFinder FINDER = new NameFinder(Lexicon.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was adopted by the Fifth All–Xland Congress of Councils in 1920.|Fifth All–Xland Congress of Councils",
        "The Pan—Yland Assembly was dissolved.|Pan—Yland Assembly",
        "In spring the All–Zland Central Council, which met rarely, voted.|All–Zland Central Council",
        "He chaired the Inter–Provincial Committee of Wland from 1930 to 1934.|Inter–Provincial Committee of Wland",
    })
    void aDashInsideACompoundKeepsTheNameWhole(String sentence, String name) {
        List<String> names = FINDER.all(sentence).stream().map(NameFinder.Span::text).toList();
        assertTrue(names.contains(name), () -> names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Council sat from 1920–1930 in Xtown.|Xtown",
        "Xland – a small state – had a Council of Elders.|Council of Elders",
    })
    void aDashBetweenWordsOrNumbersStillSeparates(String sentence, String name) {
        List<String> names = FINDER.all(sentence).stream().map(NameFinder.Span::text).toList();
        assertTrue(names.contains(name), () -> names.toString());
    }
}
