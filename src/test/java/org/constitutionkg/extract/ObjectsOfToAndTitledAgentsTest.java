package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list after "to" or "of" whose first item is no thing of ours ("accountable to both the king and the assembly", "to
 * him and to the Diet", "consisted of the king and the Diet") states the property of the rest; an approximate count
 * ("numbered about 120") and a count in words the tagger took for a noun ("a body of seventy members") count; a
 * regency is an executive body; a titled person opening a clause after a date ("On 6 May 1929 King Peter abolished
 * ...") is a name after a date, and the past form after it a verb though the tagger took it for a preposition.
 * Invented names.
 */
class ObjectsOfToAndTitledAgentsTest {

    private static final String TITLE = "Diet of Varnia";
    private static final String LEAD = "The Diet of Varnia was the legislature of the Kingdom of Varnia. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The Council of Ministers of Varnia was accountable to both the king and the diet.#Council_of_Ministers_of_Varnia accountableTo Diet_of_Varnia",
        "true#The Council of Ministers of Varnia was responsible to him and to the Diet of Varnia.#Council_of_Ministers_of_Varnia accountableTo Diet_of_Varnia",
        "true#The Council of Ministers of Varnia, which was answerable to the prince and to the diet, had nine members.#Council_of_Ministers_of_Varnia accountableTo Diet_of_Varnia",
        "true#It elected the Council of Ministers of Varnia, which was responsible to the regent and the diet.#Council_of_Ministers_of_Varnia accountableTo Diet_of_Varnia",
        "false#The Council of Ministers of Varnia was elected by the provincial councils and by the diet.#Council_of_Ministers_of_Varnia electedBy provincial_councils_and_by_the_diet",
        "false#The Council of Ministers of Varnia was responsible to neither the Diet of Varnia nor the king.#Council_of_Ministers_of_Varnia accountableTo Diet_of_Varnia",
        "false#The Council of Ministers of Varnia was accountable to the voters and the Diet of Varnia could not dismiss it.#Council_of_Ministers_of_Varnia accountableTo Diet_of_Varnia",
        "true#The Parliament of Varnia consisted of the king and the Diet of Varnia.#Parliament_of_Varnia hasPart Diet_of_Varnia",
        "true#Power lay with the Parliament of Varnia, which was composed of the monarch and of the Diet of Varnia.#Parliament_of_Varnia hasPart Diet_of_Varnia",
        // approximate counts and regencies
        "true#The diet originally numbered about 120 members.#Diet_of_Varnia memberCount 120",
        "true#It had around 300 deputies until 1920.#Diet_of_Varnia memberCount 300",
        "true#The diet, which numbered roughly 90 members, met in Vesk.#Diet_of_Varnia memberCount 90",
        "true#Varnia was governed by a Regency of Varnia composed of three nobles.#Regency_of_Varnia rdf:type ExecutiveBody",
        // number words the tagger takes for nouns, and joined by a hyphen
        "true#The Diet of Varnia was a body of seventy members.#Diet_of_Varnia memberCount 70",
        "true#It had seventy-two members.#Diet_of_Varnia memberCount 72",
        "true#The ninety deputies of the Diet of Varnia met in Vesk.#Diet_of_Varnia memberCount 90",
        "true#It created a Senate of Varnia of sixty appointed members.#Senate_of_Varnia memberCount 60",
    })
    void inTheDietsArticle(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#On 6 January 1929 King Peter abolished the Charter of Varnia.#Charter_of_Varnia repealed 1929-01-06",
        "true#King Peter abolished it on 6 January 1929.#Charter_of_Varnia repealed 1929-01-06",
        "true#On 6 January 1929 King Peter suspended the diet and abolished the charter.#Charter_of_Varnia repealed 1929-01-06",
        "false#On 6 January 1929 King Peter abolished the Charter of Varnia.#1929_King_Peter rdf:type Person",
    })
    void aTitledPersonAfterADate(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Charter of Varnia", "The Charter of Varnia was the constitution of the Kingdom of "
                + "Varnia. " + sentence, fact, holds, tmp);
    }
}
