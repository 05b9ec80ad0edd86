package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An abbreviation after a party body's name that spells no end of it is the party's ("Central Committee of the
 * Dalmoran Liberation Front (FREDAL)"), unless it opens with the body's initial and not the party's; the central
 * committee of a front is a party body. A group of a body's members "led by" someone gives the body no chair; a body
 * that elects the members of another is none of them.
 * Invented names.
 */
class PartyAbbreviationAndMembersTest {

    private static final String TITLE = "People's Assembly of Dalmora";
    private static final String LEAD = "The People's Assembly of Dalmora was the legislature of Dalmora from 1977 to 1994. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#Its deputies were named by the Central Committee of the Dalmoran Liberation Front (FREDAL).#Dalmoran_Liberation_Front altLabel FREDAL",
        "false#Its deputies were named by the Central Committee of the Dalmoran Liberation Front (FREDAL).#Central_Committee_of_the_Dalmoran_Liberation_Front altLabel FREDAL",
        "true#The Central Committee of the Dalmoran Liberation Front (FREDAL), which named its deputies, met in 1976.#Central_Committee_of_the_Dalmoran_Liberation_Front rdf:type PoliticalGroup",
        "true#It replaced the Politburo of the Dalmoran Unity Bloc (PBDU), which had ruled since 1970.#Politburo_of_the_Dalmoran_Unity_Bloc altLabel PBDU",
        "true#It replaced the Council of the Dalmoran Salvation Front (CFSD), which had ruled since 1970.#Council_of_the_Dalmoran_Salvation_Front altLabel CFSD",
        "true#It replaced the Council of the Dalmoran Salvation Front (CFSD), which had ruled since 1970.#Council_of_the_Dalmoran_Salvation_Front rdf:type StateOrgan",
        "true#It replaced the Political Bureau of the Central Committee of the Dalmoran Liberation Front (FREDAL).#Dalmoran_Liberation_Front altLabel FREDAL",
        "true#Its deputies were named by the Central Committee of the Dalmoran Workers' Party (CC).#Central_Committee_of_the_Dalmoran_Workers'_Party altLabel CC",
        "false#Its deputies were named by the Central Committee of the Dalmoran Workers' Party (CC).#Dalmoran_Workers'_Party altLabel CC",
        // a group of members has a leader; the body has no chair by it
        "false#The radical deputies, led by Ivan Petrov, rewrote the land law.#People's_Assembly_of_Dalmora chair Ivan_Petrov",
        "false#Its deputies, who were led by Ivan Petrov, rewrote the land law.#People's_Assembly_of_Dalmora chair Ivan_Petrov",
        "true#The assembly, led by Ivan Petrov, rewrote the land law.#People's_Assembly_of_Dalmora chair Ivan_Petrov",
        "true#It was chaired by Ivan Petrov from 1977.#People's_Assembly_of_Dalmora chair Ivan_Petrov",
        // who elects the members of a body is none of them
        "false#From a list of candidates, the People's Assembly of Dalmora elected the five members of the Directory of Dalmora.#People's_Assembly_of_Dalmora partOf Directory_of_Dalmora",
        "false#The assembly appointed the members of the State Council of Dalmora in 1978.#People's_Assembly_of_Dalmora partOf State_Council_of_Dalmora",
        "true#The Council of Elders of Dalmora, which was elected by it, became a member of the Directory of Dalmora.#Council_of_Elders_of_Dalmora partOf Directory_of_Dalmora",
        "true#In 1978 the Council of Elders of Dalmora was made a member of the Directory of Dalmora.#Council_of_Elders_of_Dalmora partOf Directory_of_Dalmora",
    })
    void states(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
