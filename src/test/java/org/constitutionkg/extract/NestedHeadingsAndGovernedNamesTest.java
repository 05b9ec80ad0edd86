package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * From the last fresh audits of the stop, each with invented text: in a list of chairs, an item that is an organ's
 * name and a colon heads the items nested under it ("- Council of Ministers:" / "  - A (1946–1953)"); a person named
 * after a description a preposition governs is no subject ("a commission chaired by the jurist A was appointed by X"
 * appointed the commission); an infobox name whose "of" phrase holds "and" is one name ("Ministry of Economy and
 * Planning"); "The latter existed until 1991, when it was replaced by Y" is said of what "the latter" is.
 */
class NestedHeadingsAndGovernedNamesTest {

    private static final String TITLE = "Revolutionary Committee of Tervania";
    private static final String LEAD = "The Revolutionary Committee of Tervania was the government of Tervania. // // ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "== Chairmen == // - Council of People's Commissars of Tervania: //   - Aarne Vilppula (1924–1937) // - Council of Ministers of Tervania: //   - Eero Saksala (1946–1953)#Council_of_Ministers_of_Tervania chair Eero_Saksala#true",
        "== Chairmen == // - Council of People's Commissars of Tervania: //   - Aarne Vilppula (1924–1937) // - Council of Ministers of Tervania: //   - Eero Saksala (1946–1953)#Revolutionary_Committee_of_Tervania chair Aarne_Vilppula#false",
        "== Chairmen == // - Revolutionary Committee of Tervania: //   - Juhan Ruokola (1919–1920)#Revolutionary_Committee_of_Tervania chair Juhan_Ruokola#true",
        "== Chairmen == // - Council of Ministers of Tervania: //   - Eero Saksala (1946–1953) // - Juhan Ruokola (1919–1920)#Council_of_Ministers_of_Tervania chair Juhan_Ruokola#false",
        "== Chairmen == // - Council of Ministers of Tervania: //   - Eero Saksala (1946–1953) // - Juhan Ruokola (1919–1920)#Revolutionary_Committee_of_Tervania chair Juhan_Ruokola#true",
        "A drafting commission chaired by the jurist Erik Sandvold was appointed by the Diet of Tervania.#Erik_Sandvold electedBy Diet_of_Tervania#false",
        "A council headed by the economist Olaf Brenn was elected by the Diet of Tervania.#Olaf_Brenn electedBy Diet_of_Tervania#false",
        // ... but a name with its own article, or an organ's, is not governed so
        "After the war the Diet of Tervania elected a new Council of Tervania.#Council_of_Tervania electedBy Diet_of_Tervania#true",
        "Foreign affairs were entrusted to a joint Council of Tervania sitting alternately in Halvik and Strand.#Council_of_Tervania location Strand#true",
        "In 1946 the Council of People's Commissars of Tervania was succeeded by the Council of Ministers of Tervania. The latter existed until 1991, when it was replaced by the Cabinet of Tervania.#Council_of_Ministers_of_Tervania succeededBy Cabinet_of_Tervania#true",
        "In 1946 the Council of People's Commissars of Tervania was succeeded by the Council of Ministers of Tervania. The latter existed until 1991, when it was replaced by the Cabinet of Tervania.#Revolutionary_Committee_of_Tervania succeededBy Cabinet_of_Tervania#false",
    })
    void prose(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String text = ExtractionCases.lines(LEAD + body);
        ExtractionCases.assertFact(TITLE, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Superseding: Ministry of Economy and Planning#State_Planning_Committee succeededBy Ministry_of_Economy_and_Planning#true",
        "Superseding: Ministry of Economy and Planning#Planning rdf:type ExecutiveBody#false",
        "Successor: Office of Trade and Industry of Velm#Industry_of_Velm rdf:type StateOrgan#false",
        "Superseding: Council of Ministers and State Council of Velm#State_Planning_Committee succeededBy State_Council_of_Velm#true",
    })
    void infobox(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("State Planning Committee", field, fact, holds, tmp);
    }
}
