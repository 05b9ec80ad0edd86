package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article whose subject's name says no class (an unknown word, "Landsmot", "Great Ting", "Estates of X") takes its
 * class from what the lead's first sentence says it is: the common noun phrase after the copula ("was the bicameral
 * legislature of", "is one of the two chambers of", "served as the parliament of", past a relative clause). Without
 * it the whole article was left out. Invented articles; a lead that says no class of ours gives none.
 */
class ClassFromTheLeadTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Landsmot#The Landsmot was the bicameral legislature of Morvane. It was abolished in 1911.#Landsmot rdf:type Legislature",
        "Landsmot#The Landsmot was the bicameral legislature of Morvane. It was abolished in 1911.#Landsmot disbanded 1911",
        "Great Ting#The Great Ting is one of the two chambers of the Diet of Morvane.#Great_Ting rdf:type Chamber",
        "Great Ting#The Great Ting was the upper chamber of the Diet of Morvane from 1850 to 1911.#Great_Ting partOf Diet_of_Morvane",
        "Estates of Morvane#The Estates of Morvane, which met in Velk, served as the parliament of Morvane until 1848.#Estates_of_Morvane rdf:type Legislature",
        "Witan of Morvane#The Witan of Morvane was a council of nobles that advised the king.#Witan_of_Morvane rdf:type StateOrgan",
        "Vardag of 1911#The Vardag of 1911 was the first session of the Diet of Morvane.#Vardag_of_1911 rdf:type Session",
        "Statuto of Morvane#The Statuto of Morvane was the basic law of the kingdom from 1848 to 1946.#Statuto_of_Morvane rdf:type Constitution",
    })
    void states(String title, String lead, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, expected, true, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // a person, a place: no class of ours, nothing made up
        "Olav Tarn#Olav Tarn was a lawyer of Morvane who chaired the Landsmot.#Olav_Tarn rdf:type Legislature",
        "Velk Hall#Velk Hall was a building in Morvane where the Landsmot met.#Velk_Hall rdf:type Legislature",
    })
    void notOtherwise(String title, String lead, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, unexpected, false, tmp);
    }
}
