package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Promulgated" (frames.tsv): an instrument's publication (its date), by whoever signs it into force, a person or an
 * organ (signedBy; a name of no class is taken for a person's); "proclaimed King" is no such thing; "opened in", "inaugurated in" a place: where a body
 * sat. Active, passive, relative clause, participle and pronoun subject; invented names.
 */
class ProclamationAndOpeningTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "Velm Charter#It was promulgated by King Otto Brenn on 23 December 1876.#Velm_Charter signedBy Otto_Brenn",
        "Velm Charter#It was promulgated by King Otto Brenn on 23 December 1876.#Velm_Charter published 1876-12-23",
        "Velm Charter#Promulgated by Regent Olaf Brenn on 17 August 1937, it took effect in 1938.#Velm_Charter signedBy Olaf_Brenn",
        "Velm Charter#The Velm Charter was promulgated on 12 April 1963 by the Presidium of the Grand Diet.#Velm_Charter signedBy Presidium_of_the_Grand_Diet",
        "Velm Charter#The Presidium promulgated the Velm Charter on 12 April 1963.#Velm_Charter published 1963-04-12",
        "Velm Charter#The Velm Charter, which the Presidium of the Grand Diet promulgated in 1963, was short.#Velm_Charter signedBy Presidium_of_the_Grand_Diet",
        "Grand Diet of Velmia#The Grand Diet of Velmia opened in Port Velm on 7 December 1918.#Grand_Diet_of_Velmia location Port_Velm",
        "Grand Diet of Velmia#It was inaugurated in Port Velm on 7 October 1906.#Grand_Diet_of_Velmia location Port_Velm",
        "Grand Diet of Velmia#The diet, which opened at Velm Castle in 1906, had 90 members.#Grand_Diet_of_Velmia location Velm_Castle",
    })
    void adoptionAndPlace(String title, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, fact, tmp);
    }

    /** The place a body opened in is no thing of its own that began then; a person proclaimed king adopted nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Olaf Dorn was proclaimed King by the Grand Diet of Velmia in 1920.#Olaf_Dorn adoptedBy Grand_Diet_of_Velmia",
        "It was inaugurated in Port Velm on 7 October 1906.#Port_Velm established 1906-10-07",
        "The Grand Diet of Velmia opened in Port Velm on 7 December 1918.#Port_Velm established 1918-12-07",
    })
    void thePlaceIsNotDated(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Grand Diet of Velmia", sentence, fact, tmp);
    }
}
