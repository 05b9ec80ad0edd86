package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spans of dates, invented: a session's infobox "Date:", "Dates:" or "Held:" (kind span in infobox.tsv: a date or a
 * span, its day range sharing one month and year), a treaty's "Signed:" and "Expiration:", and a span in prose with
 * days and months written once ("from 24 to 28 March", "between 24 March and 28 March 1951") in each construction.
 */
class SpansOfDatesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Fifth Congress of Xland|Date: 24–28 March 1947|Fifth_Congress_of_Xland startDate 1947-03-24",
        "Fifth Congress of Xland|Date: 24–28 March 1947|Fifth_Congress_of_Xland endDate 1947-03-28",
        "Fifth Congress of Xland|Dates: 3 May 1950 – 9 May 1950|Fifth_Congress_of_Xland endDate 1950-05-09",
        "Fifth Congress of Xland|Held: 1921–1923|Fifth_Congress_of_Xland startDate 1921",
        "Fifth Congress of Xland|Date: 12 June 1930|Fifth_Congress_of_Xland startDate 1930-06-12",
        "Fifth Congress of Xland|Opened: 2 April 1931|Fifth_Congress_of_Xland startDate 1931-04-02",
        "Treaty of Ytown|Signed: 3 May 1950|Treaty_of_Ytown adopted 1950-05-03",
        "Treaty of Ytown|Expiration: 1 June 1960|Treaty_of_Ytown repealed 1960-06-01",
    })
    void infoboxSpans(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a span is a session's: a charter's "Date:" states no sitting
        "Charter of Xland|Date: 1936|Charter_of_Xland startDate 1936",
        "Fifth Congress of Xland|Date: 24–28 March 1947|Fifth_Congress_of_Xland startDate 1947-03-28",
    })
    void noWrongSpan(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, false, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Fifth Congress of Xland|It sat from 24 to 28 March 1951.|Fifth_Congress_of_Xland startDate 1951-03-24",
        "Fifth Congress of Xland|It sat between 24 March and 28 March 1951.|Fifth_Congress_of_Xland endDate 1951-03-28",
        "Fifth Congress of Xland|The congress, which sat from 24 March to 28 March 1951, was short.|Fifth_Congress_of_Xland endDate 1951-03-28",
        "Grand Diet of Xland|The Grand Diet of Xland existed from May 1921 to June 1947.|Grand_Diet_of_Xland established 1921-05",
        "Grand Diet of Xland|It functioned between 1921 and 1947.|Grand_Diet_of_Xland disbanded 1947",
        // after a copula and a description, definite or not
        "Grand Diet of Xland|The Grand Diet of Xland was a legislature of the Republic of Xland from 1921 to 1947.|Grand_Diet_of_Xland established 1921",
        "Grand Diet of Xland|It was the highest organ of state power between 1921 and 1947.|Grand_Diet_of_Xland disbanded 1947",
        "Grand Diet of Xland|The diet served as an advisory body from 1921 until 1947.|Grand_Diet_of_Xland disbanded 1947",
    })
    void proseSpans(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    /** A date in a phrase of how long ("until the fall of X in 1918") dates no making, in any construction. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "State Council of Xland|Created by a decree of the king, it sat in Xtown until the fall of the monarchy in November 1918.|State_Council_of_Xland established 1918-11",
        "State Council of Xland|The council was formed after the war and met in Xtown until its abolition in 1934.|State_Council_of_Xland established 1934",
        "State Council of Xland|The State Council of Xland, which was set up by the diet, advised the king until the revolution of 1918.|State_Council_of_Xland established 1918",
        "State Council of Xland|It was established by the king and sat until the coup in May 1926.|State_Council_of_Xland established 1926-05",
    })
    void noStartFromAnEnd(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }

    @org.junit.jupiter.api.Test
    void aSpanThatIsNoDateStatesNothing(@TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Fifth Congress of Xland", List.of("Date: soon after the war"), tmp);
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Fifth_Congress_of_Xland startDate")));
        assertEquals(0, facts.stream().filter(f -> f.startsWith("Fifth_Congress_of_Xland endDate")).count());
    }
}
