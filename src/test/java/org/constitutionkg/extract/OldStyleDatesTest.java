package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Sentences;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Old Style date glossing the New Style one ("10 May [O.S. 27 April] 1906", "(O.S. 27 April)") ends no sentence
 * and is not read: the date is the New Style one, written first. In sentences of several constructions, list items
 * and infobox values; the Old Style date is never stated. Invented names; " // " separates lines.
 */
class OldStyleDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Diet met from 10 May [O.S. 27 April] 1906 until 21 July [O.S. 8 July] 1906, when it was dissolved. It had 400 members.#2",
        "It was adopted on 3 March [O.S. 18 February] 1905. Nothing followed.#2",
        "The council [O.S. style dates are used here] met. It sat.#2",
        "It met on 3 March [Old Style 18 February] 1905 in Ytown. It sat.#2",
        "It met in (O.S. 18 February) Ytown. It sat.#2",
        "Gen. Ivan Petrov spoke. The Diet sat.#2",
        "The Diet met in 1906. The Senate met in 1907.#2",
    })
    void aBracketEndsNoSentence(String paragraph, int sentences) {
        List<Sentences.Sentence> s = Sentences.split(paragraph);
        assertEquals(sentences, s.size(), s.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "10 May [O.S. 27 April] 1906#1906-05-10",
        "10 May (O.S. 27 April) 1906#1906-05-10",
        "18 January 1918 [O.S. 5 January]#1918-01-18",
        "24 December [O.S. 11 December] 1905#1905-12-24",
        "on 1 March [Old Style 16 February] 1917#1917-03-01",
        "3 May 1906^{2}#1906-05-03",
        // a date marked Old Style and nothing else is the Julian day, given in the Gregorian calendar
        "13 January 1918 (O.S.)#1918-01-26",
        "5 December 1917 [O.S.]#1917-12-18",
        "24 December 1799 (Old Style)#1800-01-04",
        "1 March 1700 (Julian)#1700-03-12",
        "March 1917 (O.S.)#1917",
        // both days written, the New Style one in brackets (or parentheses) after the Old Style one
        "22 November [5 December] 1917#1917-12-05",
        "10 [23] February 1918#1918-02-23",
        "22 November (5 December) 1917#1917-12-05",
        "9 (22) April 1918#1918-04-22",
    })
    void theNewStyleDateIsRead(String text, String expected) {
        assertEquals(expected, DateParser.parse(text).map(Object::toString).orElse("none"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "7–9 November [O.S. 25–27 October] 1917#1917-11-07#1917-11-09",
        "10 May [O.S. 27 April] – 21 July [O.S. 8 July] 1906#1906-05-10#1906-07-21",
        "13–26 January 1918 (O.S.)#1918-01-26#1918-02-08",
    })
    void theNewStyleSpanIsRead(String text, String start, String end) {
        DateParser.DateRange r = DateParser.parseRange(text).orElseThrow();
        assertEquals(start, r.start().toString());
        assertEquals(end, r.end().orElseThrow().toString());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "First Diet of Norland#The First Diet of Norland met in Ostburg from 10 May [O.S. 27 April] 1906 until 21 July [O.S. 8 July] 1906, when it was dissolved by the king.#First_Diet_of_Norland startDate 1906-05-10",
        "First Diet of Norland#The First Diet of Norland met in Ostburg from 10 May [O.S. 27 April] 1906 until 21 July [O.S. 8 July] 1906, when it was dissolved by the king.#First_Diet_of_Norland endDate 1906-07-21",
        "First Diet of Norland#It was held on 10 May (O.S. 27 April) 1906 in Ostburg.#First_Diet_of_Norland startDate 1906-05-10",
        // a date in prose marked Old Style alone is read as its New Style day, as an infobox's is (of a month: the year)
        "Council of State of Norland#The Council of State of Norland was dissolved on 25 February 1866 (O.S.).#Council_of_State_of_Norland disbanded 1866-03-09",
        "Council of State of Norland#On 25 February 1866 (O.S.) the tsar dissolved the Council of State of Norland.#Council_of_State_of_Norland disbanded 1866-03-09",
        "Council of State of Norland#It was abolished on 25 February 1866 [Old Style] by the tsar.#Council_of_State_of_Norland disbanded 1866-03-09",
        "Council of State of Norland#The Diet of Norland, which abolished it on 25 February 1866 (O.S.), met in Ostburg.#Council_of_State_of_Norland disbanded 1866-03-09",
        "Council of State of Norland#The council was abolished in February 1866 (O.S.).#Council_of_State_of_Norland disbanded 1866",
        "Land Statute of Norland#The Land Statute of Norland was adopted by the Diet of Norland on 24 December [O.S. 11 December] 1905.#Land_Statute_of_Norland adopted 1905-12-24",
        "Land Statute of Norland#On 24 December [O.S. 11 December] 1905 it was adopted by the Diet of Norland.#Land_Statute_of_Norland adopted 1905-12-24",
        "Land Statute of Norland#The Diet of Norland, which adopted it on 24 December 1905 [O.S. 11 December], was dissolved.#Land_Statute_of_Norland adopted 1905-12-24",
        "Land Statute of Norland#It was adopted on 24 December [O.S. 11 December] 1905. It was repealed by the Diet of Norland in 1917.#Land_Statute_of_Norland repealed 1917",
        "Congress of Norland#== Congresses == // - Second Congress of Norland – 7–9 November [O.S. 25–27 October] 1917, Ostburg#Second_Congress_of_Norland startDate 1917-11-07",
        "Congress of Norland#== Congresses == // - Second Congress of Norland – 7–9 November [O.S. 25–27 October] 1917, Ostburg#Second_Congress_of_Norland location Ostburg",
        "Congress of Norland#== Congresses == // - Second Congress of Norland: 20 February (O.S. 7 February) 1917#Second_Congress_of_Norland startDate 1917-02-20",
        // both days written, the New Style one second, in brackets: in the passive, the active, a relative clause
        "Council of State of Norland#The Council of State of Norland was dissolved on 12 February [25 February] 1866.#Council_of_State_of_Norland disbanded 1866-02-25",
        "Council of State of Norland#On 12 [25] February 1866 the tsar dissolved the Council of State of Norland.#Council_of_State_of_Norland disbanded 1866-02-25",
        "Land Statute of Norland#The Diet of Norland, which adopted it on 28 February [12 March] 1905, was dissolved.#Land_Statute_of_Norland adopted 1905-03-12",
        "Land Statute of Norland#It was adopted on 28 February [12 March] 1905 by the Diet of Norland.#Land_Statute_of_Norland adopted 1905-03-12",
    })
    void theNewStyleDateIsStated(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "First Diet of Norland#The First Diet of Norland met in Ostburg from 10 May [O.S. 27 April] 1906 until 21 July [O.S. 8 July] 1906.#First_Diet_of_Norland startDate 1906-04-27",
        "First Diet of Norland#The First Diet of Norland met in Ostburg from 10 May [O.S. 27 April] 1906 until 21 July [O.S. 8 July] 1906.#First_Diet_of_Norland endDate 1906-07-08",
        "Land Statute of Norland#It was adopted on 24 December [O.S. 11 December] 1905.#Land_Statute_of_Norland adopted 1905-12-11",
        "Land Statute of Norland#It was adopted on 24 December [O.S. 11 December] 1905.#Land_Statute_of_Norland adopted 1905",
        "Congress of Norland#== Congresses == // - Second Congress of Norland – 7–9 November [O.S. 25–27 October] 1917, Ostburg#Second_Congress_of_Norland startDate 1917-10-25",
    })
    void theOldStyleDateIsNot(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Land Statute of Norland#Date Ratified: 24 December [O.S. 11 December] 1905#Land_Statute_of_Norland ratified 1905-12-24",
        "Land Statute of Norland#Date Ratified: 24 December 1905 (O.S. 11 December)#Land_Statute_of_Norland ratified 1905-12-24",
    })
    void anInfoboxDate(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, true, tmp);
    }
}
