package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A count that is each part's quota ("three chambers, each with 120 delegates") or a delegation sent to a body ("the
 * oblast sent five deputies to the Soviet of X") is no body's size; "X and its presidium" is X's presidium, not the
 * presidium of what the article is about. Invented names and sentences.
 */
class QuotasAndOwnersTest {

    private static final String TITLE = "Presidium of the Velm District Council";
    private static final String LEAD = "The Presidium of the Velm District Council was the standing organ of the Velm "
            + "District Council. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The council was divided into three chambers, the Chamber of Labour, the Chamber of Towns and the Chamber of Crafts, each with 120 delegates.#Velm_District_Council memberCount 120#false",
        "The council had three chambers, each of 120 delegates.#Velm_District_Council memberCount 120#false",
        "The Velm District Council had 360 delegates.#Velm_District_Council memberCount 360#true",
        "The district sent five deputies to the Soviet of Nationalities of Orlia.#Soviet_of_Nationalities_of_Orlia memberCount 5#false",
        "Each district delegated two deputies to the Velm District Council.#Velm_District_Council memberCount 2#false",
        "The Velm District Council and its presidium were dissolved on 18 August 1987.#Presidium_of_the_Velm_District_Council disbanded 1987-08-18#true",
        "The Velm District Council and its presidium were dissolved on 18 August 1987.#Presidium_of_the_Presidium_of_the_Velm_District_Council rdf:type Presidium#false",
        "In 1987 the Velm District Council abolished its presidium.#Presidium_of_the_Presidium_of_the_Velm_District_Council rdf:type Presidium#false",
    })
    void states(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + body, fact, holds, tmp);
    }
}
