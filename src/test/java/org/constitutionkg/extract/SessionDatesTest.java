package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * When a meeting was held: "was held in the Hall of Xtown from A to B", "which met in Ytown in May 1925", "sat in Xtown
 * between 3 and 9 May" date a session (roles SESSION_START / SESSION_END), never the founding of an organ that met;
 * and a party's deputies are its seats in an assembly, not its members. Invented sentences.
 */
class SessionDatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Second Congress of Xland|The Second Congress of Xland was held in the Opera House of Xtown from 26 January to 2 February 1924.|Second_Congress_of_Xland startDate 1924-01-26",
        "Second Congress of Xland|The Second Congress of Xland was held in the Opera House of Xtown from 26 January to 2 February 1924.|Second_Congress_of_Xland endDate 1924-02-02",
        "Second Congress of Xland|The Second Congress of Xland was followed by the Third Congress of Xland, which met in Ytown in May 1925.|Third_Congress_of_Xland startDate 1925-05",
        "Second Congress of Xland|It sat in Xtown between 3 and 9 May 1924.|Second_Congress_of_Xland startDate 1924-05-03",
        "Second Congress of Xland|The congress took place in Xtown on 3 May 1924.|Second_Congress_of_Xland startDate 1924-05-03",
        "Second Congress of Xland|On 3 May 1924, the Second Congress of Xland was opened.|Second_Congress_of_Xland startDate 1924-05-03",
        // the frames of meeting (hold, meet, convene, take place, assemble, open) in every form: a date, a span, a
        // range after "on", in a relative clause after the session's description, a participle, a parenthesis
        "Second Congress of Xland|The Second Congress of Xland took place on 3–9 May 1924.|Second_Congress_of_Xland endDate 1924-05-09",
        "Second Congress of Xland|The Second Congress of Xland was a gathering of delegates that took place in Xtown on May 3–9, 1924.|Second_Congress_of_Xland endDate 1924-05-09",
        "Second Congress of Xland|The Second Congress of Xland was a meeting of the envoys of the provinces that was held in Xtown in June 1924.|Second_Congress_of_Xland startDate 1924-06",
        "Second Congress of Xland|The Diet of Xland was elected by the Second Congress of Xland, held in Xtown from 3 to 9 May 1924.|Second_Congress_of_Xland startDate 1924-05-03",
        "Second Congress of Xland|The Diet of Xland was elected by the Second Congress of Xland (held from 3 to 9 May 1924 in Xtown).|Second_Congress_of_Xland endDate 1924-05-09",
        "Second Congress of Xland|The Diet of Xland was elected by the Second Congress of Xland (which met in Xtown in May 1924).|Second_Congress_of_Xland startDate 1924-05",
        "Second Congress of Xland|It assembled in Xtown on 3 May 1924 and closed a week later.|Second_Congress_of_Xland startDate 1924-05-03",
        "Second Congress of Xland|The Regent convened the Second Congress of Xland on 3 May 1924.|Second_Congress_of_Xland startDate 1924-05-03",
        "Second Congress of Xland|The congress, which opened in Xtown on 3 May 1924, elected a new council.|Second_Congress_of_Xland startDate 1924-05-03",
        // a numbered sitting of any legislature's head is a session, by the head's class ("Khural", "Storting")
        "Great Khural of Xland|The First Great Khural met in Ytown from 8 to 28 November 1924.|First_Great_Khural startDate 1924-11-08",
        "Great Khural of Xland|The 8th Great Khural was held in Ytown in 1940.|8th_Great_Khural rdf:type Session",
        "Storting of Xland|The Second Storting of Xland adopted the law.|Second_Storting_of_Xland rdf:type Session",
    })
    void aMeetingDatesASession(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Second Congress of Xland|The Diet of Xland met in Ytown in 1920.|Diet_of_Xland established 1920",
        "Second Congress of Xland|The Diet of Xland was held in high regard in 1920.|Diet_of_Xland established 1920",
        "Second Congress of Xland|The Second Congress of Xland elected the Presidium of Xland, which met in Ytown in 1925.|Second_Congress_of_Xland startDate 1925",
        "Second Congress of Xland|The Central Committee of the Xland Workers' Party met in Ytown in 1920.|Central_Committee_of_the_Xland_Workers'_Party established 1920",
        "Second Congress of Xland|The Regent convened the Diet of Xland in Ytown on 3 May 1924.|Diet_of_Xland established 1924-05-03",
        "Second Congress of Xland|The largest faction was the Liberal Party of Xland with 179 deputies.|Liberal_Party_of_Xland memberCount 179",
        "Second Congress of Xland|The Liberal Party of Xland, with 97 seats, led the opposition.|Liberal_Party_of_Xland memberCount 97",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
