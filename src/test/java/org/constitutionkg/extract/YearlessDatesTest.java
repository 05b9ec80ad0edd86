package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date written without its year ("on 21 August", "in July") is of the year the paragraph spoke of last: before it
 * in the sentence, or in a sentence before it in the same paragraph; with no year spoken of, it dates nothing. "The
 * same day", "the following day", "in the same month", "later that year" are told by the date spoken of last.
 * Invented sentences in several constructions.
 */
class YearlessDatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the year in a sentence before (passive, active, pronoun subject)
        "Charter of Xland|The charter was drafted in 1911. It was adopted by the Grand Diet of Xland on 21 August.|Charter_of_Xland adopted 1911-08-21",
        "Charter of Xland|Work on the charter began in 1911. The Grand Diet of Xland adopted it on August 21.|Charter_of_Xland adopted 1911-08-21",
        "Council of Elders of Xland|In 1931 a crisis ended the council. It was dissolved in May.|Council_of_Elders_of_Xland disbanded 1931-05",
        // the year earlier in the same sentence; a relative clause
        "Charter of Xland|In 1911 the Grand Diet of Xland met in Xtown and adopted the charter on 3 March.|Charter_of_Xland adopted 1911-03-03",
        "Charter of Xland|In 1911 the Grand Diet of Xland, which had been elected in spring, adopted the Land Act of Xland on 3 March.|Land_Act_of_Xland adopted 1911-03-03",
        // a participle's remark between the agent and the date
        "Charter of Xland|In 1911 the charter was adopted by the Grand Diet of Xland, sitting as a court, on 3 March.|Charter_of_Xland adopted 1911-03-03",
        // a name that holds the year
        "Charter of Xland|The Land Act of 1911, a provisional statute passed on 31 January, ended the old order.|Land_Act_of_1911 adopted 1911-01-31",
        // a date told by the one before: the same or the following day, month or year
        "Council of Elders of Xland|The Grand Diet of Xland met on 30 April 1920. The council was dissolved the following day.|Council_of_Elders_of_Xland disbanded 1920-05-01",
        "Council of Elders of Xland|The Grand Diet of Xland met on 31 December 1920. The next day the council was dissolved.|Council_of_Elders_of_Xland disbanded 1921-01-01",
        "Council of Elders of Xland|The Grand Diet of Xland met on 30 April 1920. It abolished the council on the same day.|Council_of_Elders_of_Xland disbanded 1920-04-30",
        "Council of Elders of Xland|The Senate of Xland was abolished in March 1921. The council was dissolved in the same month.|Council_of_Elders_of_Xland disbanded 1921-03",
        "Council of Elders of Xland|The Senate of Xland was abolished in March 1921. Later that year the council was dissolved.|Council_of_Elders_of_Xland disbanded 1921",
        "Council of Elders of Xland|The Senate of Xland was abolished in 1921. The council, which had advised it, was dissolved the following year.|Council_of_Elders_of_Xland disbanded 1922",
    })
    void aDateWithoutItsYearIsOfTheYearSpokenOfLast(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // no year in the paragraph: no date at all (never a year invented)
        // a year in another thing's name, in a relative clause, in a remark, or a month before the last full date's
        "Charter of Xland|The charter replaced the Statute of 1848. It was adopted by the Grand Diet of Xland on 5 May.|Charter_of_Xland adopted",
        "Charter of Xland|The Grand Diet of Xland replaced the Senate of Xland, which had sat since 1848. On 5 May the Grand Diet of Xland adopted the Land Act of Xland.|Land_Act_of_Xland adopted",
        "Charter of Xland|Elections were held on 12 December 1921. The Grand Diet of Xland first met on 10 January and adopted the Land Act of Xland on 5 March.|Land_Act_of_Xland adopted",
        "Grand Diet of Xland|The reform created a Grand Diet of Xland (instead of the Senate of 1848). It was dissolved on 5 May.|Grand_Diet_of_Xland disbanded",
        "Charter of Xland|The charter was adopted by the Grand Diet of Xland on 21 August.|Charter_of_Xland adopted",
        // an approval by a body of a class the frame does not take is no adoption, and its date no adoption date
        "Charter of Xland|The charter was approved by a plenary session of the Central Committee of the Xland Workers Party on 28 June 1965.|Charter_of_Xland adopted",
        "Charter of Xland|The charter was approved by the Central Committee of the Xland Workers Party in 1965.|Charter_of_Xland adopted",
    })
    void whatADateWithoutItsYearMustNotState(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStatesNone(title, sentence, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // "passed": a law's adoption, in every voice
        "Charter of Xland|The Grand Diet of Xland passed the Land Act of Xland in 1922.|Land_Act_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|The Land Act of Xland was passed by the Grand Diet of Xland in 1922.|Land_Act_of_Xland adopted 1922",
        "Charter of Xland|The Grand Diet of Xland, which passed the Land Act of Xland in 1922, was dissolved.|Land_Act_of_Xland adoptedBy Grand_Diet_of_Xland",
        // a session of a body acts as the body
        "Charter of Xland|The charter was adopted by a joint session of the Grand Diet of Xland in 1922.|Charter_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|The Land Act of Xland was approved by an extraordinary sitting of the Grand Diet of Xland in 1922.|Land_Act_of_Xland adoptedBy Grand_Diet_of_Xland",
    })
    void passingAndSittings(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // power, not a law, passes: no organ is adopted
        "Grand Diet of Xland|In 1920 control of the Grand Diet of Xland passed to the Farmers Party.|Grand_Diet_of_Xland adopted",
        "Grand Diet of Xland|In 1920 the presidency passed from the Grand Diet of Xland to the Senate of Xland.|Grand_Diet_of_Xland adopted",
    })
    void whatPassingMustNotState(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStatesNone(title, sentence, unexpected, tmp);
    }
}
