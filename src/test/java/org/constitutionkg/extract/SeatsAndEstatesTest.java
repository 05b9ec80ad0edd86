package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Places and estates (stop 34, invented names): "located", "housed", "based" in a place give an organ its location in
 * every voice, and "its offices", "its headquarters" (seat-nouns.txt) stand for the organ there, and only there; the
 * estates as one assembly ("Estates General", "Provincial Estates") are a legislature; a name in a clause before the
 * main one ("When the Diet was not in session, the council ...") is no subject an "It" of the next sentence speaks of.
 */
class SeatsAndEstatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The council was created in 1952. It was located in the Velm Palace.#Council_of_State_of_Velmia location Velm_Palace",
        "true#The council, which was housed in the Velm Palace, was created in 1952.#Council_of_State_of_Velmia location Velm_Palace",
        "true#The council was based in Velm from 1952.#Council_of_State_of_Velmia location Velm",
        "true#The council was created in 1952. Its offices were located in the Velm Palace in Velm.#Council_of_State_of_Velmia location Velm_Palace",
        "true#The council was created in 1952. Its headquarters was based in Velm.#Council_of_State_of_Velmia location Velm",
        "false#The council was created in 1952. Its offices were closed in 1990.#Council_of_State_of_Velmia disbanded 1990",
        "true#The council was created in 1952. When the Diet was not in session, the council could issue decrees. It was abolished in 1989.#Council_of_State_of_Velmia disbanded 1989",
        "false#The council was created in 1952. When the Diet was not in session, the council could issue decrees. It was abolished in 1989.#Diet disbanded 1989",
        "false#The council was created in 1952. When the Diet was not in session, the council issued decrees. Its offices were located in the Velm Palace.#Diet location Velm_Palace",
    })
    void seats(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Council of State of Velmia", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The First Chamber of Velmia was elected by the Provincial Estates.#Provincial_Estates rdf:type Legislature",
        "true#The First Chamber of Velmia, no longer appointed by the king, was henceforth elected by the Provincial Estates.#First_Chamber_of_Velmia electedBy Provincial_Estates",
        "true#It replaced the Estates General of Velmia in 1815.#Estates_General_of_Velmia rdf:type Legislature",
        "true#The Provincial States elected it.#First_Chamber_of_Velmia electedBy Provincial_States",
    })
    void estates(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("First Chamber of Velmia", text, fact, holds, tmp);
    }
}
