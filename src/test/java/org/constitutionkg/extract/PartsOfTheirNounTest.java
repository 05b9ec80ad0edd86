package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Parts the text calls chambers or houses are chambers, whatever their own names say: "consisted of two chambers:
 * A and B", "divided into two houses, A and B", "had two chambers: A and B", "A and B were its two chambers", "A was
 * its upper house", "its chambers, A and B, ..." give A and B the class the plural or the part's noun names, where
 * their names alone would make them an organ of no kind ("Council of Provinces") or a body of their own ("Assembly of
 * Deputies"). A noun of no organ's kind ("three bodies", "two republics") types nothing. Invented names.
 */
class PartsOfTheirNounTest {

    private static final String TITLE = "Grand Diet of Velmark";
    private static final String LEAD = "The Grand Diet of Velmark was the legislature of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It consisted of two chambers: the Council of Provinces and the Assembly of Deputies.#Council_of_Provinces rdf:type Chamber",
        "true#It consisted of two chambers: the Council of Provinces and the Assembly of Deputies.#Assembly_of_Deputies rdf:type Chamber",
        "true#The diet was divided into two houses, the Council of Provinces and the Assembly of Deputies.#Assembly_of_Deputies rdf:type Chamber",
        "true#The Grand Diet had two chambers: the Council of Provinces and the Assembly of Deputies.#Council_of_Provinces rdf:type Chamber",
        "true#The Council of Provinces and the Assembly of Deputies were its two chambers.#Council_of_Provinces rdf:type Chamber",
        "true#The Council of Provinces and the Assembly of Deputies were its two chambers.#Council_of_Provinces partOf Grand_Diet_of_Velmark",
        "true#The Council of Provinces, the Assembly of Deputies and the Court of Estates were the three houses of the diet.#Court_of_Estates partOf Grand_Diet_of_Velmark",
        "true#The Council of Provinces, which met in Ostrava, was its upper house.#Council_of_Provinces rdf:type Chamber",
        "true#Its two chambers, the Council of Provinces and the Assembly of Deputies, were elected separately.#Assembly_of_Deputies rdf:type Chamber",
        // a noun of no organ's kind says nothing of what the parts are
        "false#The diet comprised three bodies: the Council of Provinces, the Assembly of Deputies and the Court of Estates.#Council_of_Provinces rdf:type Chamber",
        "false#The diet comprised three bodies: the Council of Provinces, the Assembly of Deputies and the Court of Estates.#Assembly_of_Deputies rdf:type Chamber",
    })
    void partsAreWhatTheirNounSays(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
