package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a thing is, when its names disagree with what the article says it is: a house listed in the infobox ("Houses:")
 * whose English gloss reads like a building ("the Herrenhalle ("Hall of Lords")") or like a whole parliament ("the
 * Volkstube ("People's Chamber")") is a chamber, and a count of members named by it ("90 (Kammerhaus)") is its; a
 * name that only places things stays a place. Invented articles;
 * " // " separates lines.
 */
class HouseGlossesTest {

    private static final String TITLE = "Grand Diet of Xland";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Infobox // - Houses: Herrenhalle, Volkstube // // The Grand Diet of Xland was made up of the Herrenhalle (\"Hall of Lords\"), an appointed upper house, and the Volkstube (\"People's Chamber\").#Hall_of_Lords rdf:type Chamber#true",
        "Infobox // - Houses: Herrenhalle, Volkstube // // The Grand Diet of Xland was made up of the Herrenhalle (\"Hall of Lords\"), an appointed upper house, and the Volkstube (\"People's Chamber\").#People's_Chamber rdf:type Chamber#true",
        "Infobox // - Houses: Herrenhalle, Volkstube // // The Grand Diet of Xland was made up of the Herrenhalle (\"Hall of Lords\"), an appointed upper house, and the Volkstube (\"People's Chamber\").#Hall_of_Lords rdf:type Place#false",
        "Infobox // - Houses: Kammerhaus, Landstube // // The diet had two houses, the Kammerhaus (\"Palace of Peers\") and the Landstube (\"Hall of Commons\").#Palace_of_Peers rdf:type Chamber#true",
        "Infobox // - Houses: Kammerhaus, Landstube // // The diet had two houses, the Kammerhaus (\"Palace of Peers\") and the Landstube (\"Hall of Commons\").#Hall_of_Commons rdf:type Chamber#true",
        // other organ classes the name says best: a predecessor of a presidium named as a council of ministers
        "Infobox // - Precursor: Council of Ministers of Xland // // The Grand Diet of Xland was the parliament of Xland.#Council_of_Ministers_of_Xland rdf:type ExecutiveBody#true",
        "Infobox // - Successor: Council of Ministers of Xland // // The Grand Diet of Xland was the parliament of Xland.#Council_of_Ministers_of_Xland rdf:type Legislature#false",
        // a building the diet only sits in stays a place
        "Infobox // - Houses: Kammerhaus, Landstube // - Meeting Place: Hall of the Estates, Ytown // // The Grand Diet of Xland met in the Hall of the Estates in Ytown.#Hall_of_the_Estates rdf:type Place#true",
    })
    void aListedHouseIsAChamber(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, ExtractionCases.lines(lead), fact, holds, tmp);
    }

    /** Counts of members named by a part in parentheses: each the listed part's, never the whole's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Infobox // - Houses: Kammerhaus, Landstube // - Members: 90 (Kammerhaus), 300 (Landstube) // // The Grand Diet of Xland was the parliament of Xland.#Kammerhaus memberCount 90#true",
        "Infobox // - Houses: Kammerhaus, Landstube // - Members: 90 (Kammerhaus), 300 (Landstube) // // The Grand Diet of Xland was the parliament of Xland.#Landstube memberCount 300#true",
        "Infobox // - Houses: Kammerhaus, Landstube // - Members: 90 (Kammerhaus), 300 (Landstube) // // The Grand Diet of Xland was the parliament of Xland.#Grand_Diet_of_Xland memberCount 300#false",
        "Infobox // - Seats: 120 (Workers Front), 30 (Farmers League) // // The Grand Diet of Xland was the parliament of Xland.#Grand_Diet_of_Xland memberCount 120#false",
        "Infobox // - Members: 450 (as of 1990) // // The Grand Diet of Xland was the parliament of Xland.#Grand_Diet_of_Xland memberCount 450#true",
        "Infobox // - Members: 450 (1990) // // The Grand Diet of Xland was the parliament of Xland.#Grand_Diet_of_Xland memberCount 450#true",
        "Infobox // - Members: 450 (Statutory) // // The Grand Diet of Xland was the parliament of Xland.#Grand_Diet_of_Xland memberCount 450#true",
    })
    void aCountOfAListedPart(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, ExtractionCases.lines(lead), fact, holds, tmp);
    }
}
