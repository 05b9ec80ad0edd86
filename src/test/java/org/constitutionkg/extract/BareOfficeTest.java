package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The noun of an office right after a verb of taking office, with no body after it ("was elected speaker at the
 * opening sitting", "became chairman", "who was appointed chairman"), is the office of what the text speaks of; not
 * the head of state's ("elected President by the Assembly": state-head-nouns.txt), and nothing in the article on an
 * instrument. An infobox "Speaker:" is the chair. Invented names.
 */
class BareOfficeTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Grand Diet of Velmia#Olaf Dorn was elected speaker at the opening sitting on 1 September 1936.#Grand_Diet_of_Velmia chair Olaf_Dorn#true",
        "Grand Diet of Velmia#Olaf Dorn was elected chairman in 1936.#Grand_Diet_of_Velmia chair Olaf_Dorn#true",
        "Grand Diet of Velmia#In 1936 Olaf Dorn became chairman.#Grand_Diet_of_Velmia chair Olaf_Dorn#true",
        "Grand Diet of Velmia#Olaf Dorn, who was appointed chairman in 1920, resigned in 1924.#Grand_Diet_of_Velmia chair Olaf_Dorn#true",
        "Grand Diet of Velmia#Olaf Dorn, elected President by the Assembly for seven years, held wide powers.#Grand_Diet_of_Velmia chair Olaf_Dorn#false",
        "Grand Diet of Velmia#Olaf Dorn was chairman of the Farmers' League until 1930.#Grand_Diet_of_Velmia chair Olaf_Dorn#false",
        "Grand Diet of Velmia#Olaf Dorn was elected chairman by the Farmers' League in 1936.#Grand_Diet_of_Velmia chair Olaf_Dorn#false",
        "Grand Diet of Velmia#Olaf Dorn was elected speaker in the Farmers' League congress.#Grand_Diet_of_Velmia chair Olaf_Dorn#false",
        "Velm Charter#Olaf Dorn was elected chairman in 1936.#Velm_Charter chair Olaf_Dorn#false",
    })
    void theOfficeOfWhatTheTextSpeaksOf(String title, String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact(title, sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Speaker: Anna Korsk#Grand_Diet_of_Velmia chair Anna_Korsk#true",
    })
    void speakerInAnInfobox(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Grand Diet of Velmia", field, fact, holds, tmp);
    }

    /**
     * A leader's title of a word for a state ("of the Land", "of the Republic", "of the State") is an office of the
     * state, no chair of a body (the leader a person all the same); "of the Presidium" is that body's.
     */
    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "Marshal of the Land#Olaf Dorn#Land chair Olaf_Dorn#false",
        "Marshal of the Land#Olaf Dorn#Olaf_Dorn rdf:type Person#true",
        "Chairman of the State#Olaf Dorn#Grand_Diet_of_Velmia chair Olaf_Dorn#false",
        "President of the Republic#Olaf Dorn#Grand_Diet_of_Velmia chair Olaf_Dorn#false",
        "President of the Republic#Olaf Dorn#Olaf_Dorn rdf:type Person#true",
        "Chairman of the Presidium#Olaf Dorn#Presidium_of_the_Grand_Diet_of_Velmia chair Olaf_Dorn#true",
    })
    void theBodyALeadersTitleNames(String type, String leader, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        java.util.Set<String> facts = ExtractionCases.infoboxFacts("Grand Diet of Velmia",
                java.util.List.of("Leader1 Type: " + type, "Leader1: " + leader), tmp);
        org.junit.jupiter.api.Assertions.assertTrue(facts.contains(fact) == holds, () -> fact
                + (holds ? " not in\n" : " stated in\n") + String.join("\n", facts));
    }
}
