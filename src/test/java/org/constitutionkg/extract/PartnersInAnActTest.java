package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X joined A and B in founding the Union": A and B are X's partners in the act the gerund names, never wholes X is
 * part of, and X did what they did (a founder is a member); "X joined the Union" still makes X a member. Active, relative clause, coordinated objects, another gerund.
 * Invented names (stop 32).
 */
class PartnersInAnActTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#In 1922 the Norlian Republic joined the Vendish Republic and the Tarkish Republic in founding the Union of Norlia.#Norlian_Republic partOf Vendish_Republic",
        "false#The Norlian Republic, which joined the Vendish Republic in forming the Union of Norlia, was small.#Norlian_Republic partOf Vendish_Republic",
        "false#The Norlian Republic joined the Vendish Republic in signing the Treaty of Ytown.#Norlian_Republic partOf Vendish_Republic",
        "false#It joined the Vendish Republic, in creating a customs union, in 1925.#Norlian_Republic partOf Vendish_Republic",
        "true#In 1922 the Norlian Republic joined the Vendish Republic and the Tarkish Republic in founding the Union of Norlia.#Vendish_Republic partOf Union_of_Norlia",
        "true#In 1922 the Norlian Republic joined the Vendish Republic and the Tarkish Republic in founding the Union of Norlia.#Norlian_Republic partOf Union_of_Norlia",
        "true#The Norlian Republic, which joined the Vendish Republic in forming the Union of Norlia, was small.#Norlian_Republic partOf Union_of_Norlia",
        "true#In 1922 the Norlian Republic joined the Union of Norlia.#Norlian_Republic partOf Union_of_Norlia",
        "true#The Norlian Republic, which joined the Union of Norlia in 1922, was small.#Norlian_Republic partOf Union_of_Norlia",
    })
    void partnersAreNoWholes(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Norlian Republic", text, fact, holds, tmp);
    }
}
