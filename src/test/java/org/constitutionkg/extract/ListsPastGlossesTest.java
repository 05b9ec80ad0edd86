package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list goes on past a gloss in parentheses after an item and past a participle set off by commas ("two chambers:
 * the Chamber of the Union (Veće Saveza), elected by the people, and the Chamber of Nationalities"); every item a
 * colon lists after a verb's preposition is its object, not only the first; a gloss in the letters of a known language
 * after an organ's name is another name of it, even of two capitalised words ("(Izba Związkowa)"); "elected by
 * population" names no electorate. Invented sentences.
 */
class ListsPastGlossesTest {

    private static final String LEAD = "The Federal Diet of Ardenia was the legislature of Ardenia. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was composed of two chambers of equal rights: the Chamber of the Union (Veće Saveza), elected by the people, and the Chamber of Nationalities (Veće Naroda).#Federal_Diet_of_Ardenia hasPart Chamber_of_Nationalities#true",
        "It was composed of two chambers of equal rights: the Chamber of the Union (Veće Saveza) and the Chamber of Nationalities (Veće Naroda).#Federal_Diet_of_Ardenia hasPart Chamber_of_Nationalities#true",
        "It consisted of three houses: the House of Lords, the House of Towns (Městská sněmovna) and the House of Burghers.#Federal_Diet_of_Ardenia hasPart House_of_Burghers#true",
        "The Chamber of the Union (Izba Związkowa) had 300 members.#Chamber_of_the_Union altLabel Izba Związkowa#true",
        "The Presidium of the Diet (Józef Marek) met in 1950.#Presidium_of_the_Diet altLabel Józef Marek#false",
        "It was composed of two chambers: the Chamber of the Union (Veće Saveza), elected by population, and the Chamber of Nationalities.#population rdf:type Electorate#false",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Federal Diet of Ardenia", LEAD + body, fact, holds, tmp);
    }
}
