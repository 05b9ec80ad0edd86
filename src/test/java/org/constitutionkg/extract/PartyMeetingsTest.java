package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A party's congress or conference, numbered or not, is a body of the party, never a session of a state organ: the
 * article on one keeps its dates and place instead of being withheld whole, and the party's other congresses it names
 * are no sessions of it. A remark in parentheses whose abbreviation spells the party names the party with all its
 * names. Invented parties and sentences.
 */
class PartyMeetingsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|3rd_Congress_of_the_Xland_Workers'_Party rdf:type PoliticalGroup",
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|3rd_Congress_of_the_Xland_Workers'_Party location Xtown",
        "Ninth Conference of the Ylandic People's Party|The conference was held in Ytown in March 1960.|Ninth_Conference_of_the_Ylandic_People's_Party established 1960-03",
        "3rd Congress of the Xland Workers' Party|The 3rd Congress of the Xland Workers' Party (XWP; Radnicka partija Xlanda, RPX) met in 1959.|Xland_Workers'_Party altLabel Radnicka partija Xlanda",
        "3rd Congress of the Xland Workers' Party|The 3rd Congress of the Xland Workers' Party (XWP; Radnicka partija Xlanda, RPX) met in 1959.|Xland_Workers'_Party altLabel RPX",
    })
    void aPartysMeetingIsThePartys(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|3rd_Congress_of_the_Xland_Workers'_Party rdf:type Session",
        "3rd Congress of the Xland Workers' Party|The 4th Congress, held in 1964, approved a new statute.|4th_Congress sessionOf 3rd_Congress_of_the_Xland_Workers'_Party",
        "3rd Congress of the Xland Workers' Party|The 3rd Congress of the Xland Workers' Party (XWP; Radnicka partija Xlanda, RPX) met in 1959.|3rd_Congress_of_the_Xland_Workers'_Party altLabel RPX",
    })
    void noSessionOfAState(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
