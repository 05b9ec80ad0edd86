package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name after a noun of a political group ("the trade union Unity", "the labour union Forward Velm") is a group's,
 * whatever it looks like; a name after "the" that has an abbreviation in parentheses ("the Opposition
 * Round Table (EKA)") is no person who signs. Passive, active, in a list; invented names.
 */
class GroupsByTheirNounTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The talks were held between the government and the opposition led by the trade union Unity.#Unity rdf:type PoliticalGroup#true",
        "The talks were held between the government and the opposition led by the trade union Unity.#Unity rdf:type Person#false",
        "The accord was signed in 1989 by the labour union Forward Velm and the government.#Forward_Velm rdf:type PoliticalGroup#true",
        "It had been concluded by the ruling Velm Workers' Party (VWP), the Opposition Round Table (EKA) and the unions.#Opposition_Round_Table rdf:type Person#false",
        "It had been concluded by the Citizens Round Table (ZKR) and the government.#Citizens_Round_Table rdf:type Person#false",
        "It had been concluded by the Opposition Round Table (EKA) and the government.#Velm_Accord signedBy Opposition_Round_Table#false",
    })
    void groupsAndAbbreviatedNames(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Accord", sentence, fact, holds, tmp);
    }
}
