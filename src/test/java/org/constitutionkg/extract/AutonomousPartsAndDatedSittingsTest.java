package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An autonomous oblast, region, province or part "of" a state is a part of it (role-nouns.tsv), as copula, apposition,
 * pronoun subject and the object of a verb that makes it so ("proclaimed X an autonomous part of Y"); "which was
 * itself part of Y" is the copula's subject's. Estates General dated by their year are one sitting
 * (dated-sitting-heads.txt). Invented names throughout.
 */
class AutonomousPartsAndDatedSittingsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "The Velm ASSR was an autonomous oblast of the Ostian Soviet Socialist Republic until 1990.#Velm_ASSR partOf Ostian_Soviet_Socialist_Republic#true",
        "It was an autonomous region of the Ostian SSR from 1922 to 1990.#Velm_ASSR partOf Ostian_SSR#true",
        "The Velm ASSR, an autonomous province of the Ostian SSR, was created in 1924.#Velm_ASSR partOf Ostian_SSR#true",
        "The congress proclaimed the Velm ASSR an autonomous part of the Ostian Soviet Federative Socialist Republic.#Velm_ASSR partOf Ostian_Soviet_Federative_Socialist_Republic#true",
        "The Ostian SSR, which was itself part of the Norland SFSR, was formed in 1922.#Ostian_SSR partOf Norland_SFSR#true",
        "It was an autonomous oblast of the Ostian SSR, which was itself part of the Norland SFSR.#Ostian_SSR partOf Norland_SFSR#true",
        "It was an autonomous oblast of the Ostian SSR, which was itself part of the Norland SFSR.#Velm_ASSR partOf Norland_SFSR#false",
        // a verb that makes no part: its object is no part of anything
        "The congress visited the Velm ASSR, an area of the Ostian SSR, in 1921.#Velm_ASSR partOf Ostian_SSR#false",
    })
    void partsOfAState(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm ASSR", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Estates General of 1702#The Estates General of 1702 was the second meeting of the Estates General of Velmar in that reign.#Estates_General_of_1702 rdf:type Session",
        "States General of 1790#The States General of 1790 met in Ytown from May to July 1790.#States_General_of_1790 rdf:type Session",
    })
    void datedEstates(String title, String lead, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, fact, true, tmp);
    }
}
