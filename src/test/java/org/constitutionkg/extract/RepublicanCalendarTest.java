package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.RepublicanCalendar;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates of the French Republican calendar are dates, read as the Gregorian days they were, not names of persons
 * ("on 9 Thermidor Year II" made a person "Thermidor Year II" in A237; stop 51). The conversions are the calendar's
 * own (1 Vendémiaire of each year, months of 30 days); the sentences are invented.
 */
class RepublicanCalendarTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "9 Thermidor Year II|1794-07-27",
        "18 Brumaire Year VIII|1799-11-09",
        "5 Fructidor Year III|1795-08-22",
        "1 Vendémiaire Year I|1792-09-22",
        "1er Vendemiaire an XII|1803-09-24",
        "30 Ventôse Year 9|1801-03-21",
        "Frimaire Year XII|1803",
        // a month over two Gregorian years, a year past the calendar, a day past the month's 30: no date
        "Nivôse Year II|",
        "3 Germinal Year XXX|",
        "31 Floréal Year IV|",
    })
    void republicanDates(String text, String iso) {
        assertEquals(Optional.ofNullable(iso), DateParser.parse(text).map(Object::toString));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 9 Thermidor Year II the Charter of Norvia was adopted by the Grand Moot.|adopted 1794-07-27",
        "The Grand Moot adopted it on 5 Fructidor Year III, that is 22 August 1795.|adopted 1795-08-22",
        "It was adopted on 18 Brumaire an VIII (9 November 1799) by the Grand Moot.|adopted 1799-11-09",
        "It was repealed in Frimaire Year XII.|repealed 1803",
        "It was adopted on the 18th of Brumaire, Year VIII.|adopted 1799-11-09",
    })
    void aRepublicanDateInProseDatesTheFact(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of Norvia", "The Charter of Norvia was the constitution of Norvia. "
                + sentence, "Charter_of_Norvia " + fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "After the fall of the regent on 9 Thermidor Year II, the Grand Moot met again.|Thermidor_Year_II",
        "On 19 Brumaire Year VIII (10 November 1799) the Grand Moot was dissolved.|Brumaire_Year_VIII",
        "It was adopted on 5 Fructidor Year III.|Fructidor_Year_III",
    })
    void aRepublicanDateIsNoPerson(String sentence, String junk, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Charter of Norvia", "The Charter of Norvia was the constitution of Norvia. "
                + sentence, junk + " rdf:type Person", false, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Adopted: 5 Fructidor Year III|adopted 1795-08-22",
        "Date Effective: 1 Vendémiaire Year IV|effective 1795-09-23",
    })
    void aRepublicanDateInTheInfobox(String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Charter of Norvia", field, "Charter_of_Norvia " + fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 9 Thermidor Year II the Moot met.|On 27 July 1794 the Moot met.",
        "in Frimaire Year XII|in 1803",
        "in Nivôse Year II|in Nivôse Year II",
        "a Brumaire without a year|a Brumaire without a year",
    })
    void rewritten(String text, String expected) {
        assertEquals(expected, RepublicanCalendar.inGregorian(text));
    }
}
