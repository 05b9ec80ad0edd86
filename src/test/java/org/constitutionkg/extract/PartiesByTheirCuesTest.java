package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name that the words around it say is a party or a bloc is a ckg:PoliticalGroup, whatever its head noun says: after
 * a phrase of group-cues.txt ("the opposition Union of Free Forces", "candidates of the Citizens' Council"), or when it
 * "won" seats, votes or mandates. A union, alliance or league of people ("of Free
 * Democrats", "of Forces") is a group, a union of republics a state (classes.tsv). A cue word used as a verb or a
 * noun ("in its ruling the Court", "despite strong opposition the Senate", "banned the Council") is none. Invented names
 * and sentences.
 */
class PartiesByTheirCuesTest {

    private static final String LEAD = "The Diet of Velm was the legislature of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "In the elections the opposition Union of Free Forces (UFF) won 144 seats.#Union_of_Free_Forces rdf:type PoliticalGroup",
        "All seats went to candidates of the Citizens' Council of Velm.#Citizens'_Council_of_Velm rdf:type PoliticalGroup",
        "The People's Council of Velm won about a quarter of the 450 seats.#People's_Council_of_Velm rdf:type PoliticalGroup",
        "The Velm Civic Committee, which won 99 of the 100 seats, formed the cabinet.#Velm_Civic_Committee rdf:type PoliticalGroup",
        "The Alliance of Free Democrats was founded in 1988.#Alliance_of_Free_Democrats rdf:type PoliticalGroup",
        "The Union of Velmish Socialist Republics was founded in 1922.#Union_of_Velmish_Socialist_Republics rdf:type Polity",
    })
    void states(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Diet of Velm", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Council of Ministers of Velm was accountable to the Diet.#Council_of_Ministers_of_Velm rdf:type PoliticalGroup",
        "The Council of State of Velm, whose chairman won the vote, met in Ytown.#Council_of_State_of_Velm rdf:type PoliticalGroup",
        // cue words as verbs or nouns, and an adjective a junta's council may have, are no cues
        "In its 1995 ruling the Constitutional Court of Velm annulled the law.#Constitutional_Court_of_Velm rdf:type PoliticalGroup",
        "Despite strong opposition the Senate of Velm adopted the act in 1850.#Senate_of_Velm rdf:type PoliticalGroup",
        "In 1850 the king banned the Council of State of Velm.#Council_of_State_of_Velm rdf:type PoliticalGroup",
        "The ruling Revolutionary Council of Velm dissolved the Diet.#Revolutionary_Council_of_Velm rdf:type PoliticalGroup",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Diet of Velm", LEAD + body, unexpected, tmp);
    }
}
