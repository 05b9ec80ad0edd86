package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A month between two capitalised words of a name is the name's ("the Imposed March Constitution", "the Revised May
 * Charter"); a month that opens a date, or follows a sentence's opening word or a preposition of time, is none ("In
 * March Ivan Petrov ...", "the Rising of October 1848"). Invented sentences.
 */
class MonthInsideANameTest {

    private static final NameFinder FINDER = new NameFinder(Lexicon.get());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The draft was superseded by the Imposed March Constitution, which was dated 4 March 1849.|Imposed March Constitution",
        "The Revised May Charter of Velm was adopted in 1850.|Revised May Charter of Velm",
        "It was replaced by the Second October Statute.|Second October Statute",
        "The Great October Manifesto of Velm was issued in 1905.|Great October Manifesto of Velm",
    })
    void aMonthInsideANameIsTheNames(String sentence, String name) {
        List<String> names = FINDER.all(sentence).stream().map(NameFinder.Span::text).toList();
        assertTrue(names.contains(name), () -> names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In March Ivan Petrov was elected chairman of the Council of Velm.|Ivan Petrov",
        "After the Rising of October 1848 it was adjourned.|Rising",
        "By June Parliament had met twice.|Parliament",
        "The Council met on 4 March Monday.|Council",
    })
    void aMonthOfADateIsNone(String sentence, String name) {
        List<String> names = FINDER.all(sentence).stream().map(NameFinder.Span::text).toList();
        assertTrue(names.contains(name), () -> names.toString());
    }
}
