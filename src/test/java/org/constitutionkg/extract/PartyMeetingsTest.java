package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A party's numbered congress or conference is one session of the party's congress (a body of the party, never a
 * state organ): the article on one keeps its dates and place, and a congress of soviets that "followed" it is no
 * successor of it. A remark in parentheses whose abbreviation spells the party names the party with all its names.
 * Invented parties and sentences.
 */
class PartyMeetingsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|3rd_Congress_of_the_Xland_Workers'_Party rdf:type Session",
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|3rd_Congress_of_the_Xland_Workers'_Party location Xtown",
        "3rd Congress of the Xland Workers' Party|The congress, which met in Xtown, lasted a week.|3rd_Congress_of_the_Xland_Workers'_Party sessionOf Congress_of_the_Xland_Workers'_Party",
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|Congress_of_the_Xland_Workers'_Party rdf:type PoliticalGroup",
        "Ninth Conference of the Ylandic People's Party|The conference was held in Ytown in March 1960.|Ninth_Conference_of_the_Ylandic_People's_Party startDate 1960-03",
        "3rd Congress of the Xland Workers' Party|The 3rd Congress of the Xland Workers' Party (XWP; Radnicka partija Xlanda, RPX) met in 1959.|Xland_Workers'_Party altLabel Radnicka partija Xlanda",
        "3rd Congress of the Xland Workers' Party|The 3rd Congress of the Xland Workers' Party (XWP; Radnicka partija Xlanda, RPX) met in 1959.|Xland_Workers'_Party altLabel RPX",
    })
    void aPartysMeetingIsASessionOfItsCongress(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "3rd Congress of the Xland Workers' Party|It was held in Xtown in 1959.|3rd_Congress_of_the_Xland_Workers'_Party rdf:type PoliticalGroup",
        "3rd Congress of the Xland Workers' Party|The 4th Congress, held in 1964, approved a new statute.|4th_Congress sessionOf 3rd_Congress_of_the_Xland_Workers'_Party",
        "3rd Congress of the Xland Workers' Party|The 3rd Congress of the Xland Workers' Party (XWP; Radnicka partija Xlanda, RPX) met in 1959.|3rd_Congress_of_the_Xland_Workers'_Party altLabel RPX",
        "Third Ylandic Congress of Soviets|The congress followed the Third Congress of the Ylandic Communist Party.|Third_Ylandic_Congress_of_Soviets precededBy Third_Congress_of_the_Ylandic_Communist_Party",
        "Third Ylandic Congress of Soviets|It was held a week after the party's congress. It followed the 3rd Congress of the Ylandic Communist Party in Ytown.|Third_Ylandic_Congress_of_Soviets precededBy 3rd_Congress_of_the_Ylandic_Communist_Party",
    })
    void noSessionOfAStateNorItsSuccessor(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
