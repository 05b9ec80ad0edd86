package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that are one name although they hold a comma or "and" (stop 32): a list of one-word peoples that ends an "of"
 * phrase ("Kingdom of Norls, Vends and Tarks"), possessives joined by "and" ("Workers' and Herders' Council": no name
 * ends with a possessive); names and their abbreviation after a comma in parentheses, with or without a language
 * label, the abbreviation of one or two words or with a hyphen ("B-VG", "NR XR"); a name headed by "Chamber" after
 * one or two modifiers is a chamber. Invented names.
 */
class JoinedNamesAndAbbreviationsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Jurisdiction: Kingdom of Norls, Vends and Tarks#Charter_of_Norlia jurisdiction Kingdom_of_Norls_Vends_and_Tarks",
        "false#Jurisdiction: Kingdom of Norls, Vends and Tarks#Vends rdf:type Polity",
        "true#Jurisdiction: Union of Farmers, Herders and Fishers#Charter_of_Norlia jurisdiction Union_of_Farmers_Herders_and_Fishers",
        "true#Preceded By: Provisional Workers' and Herders' Council of Norlia#Charter_of_Norlia precededBy Provisional_Workers'_and_Herders'_Council_of_Norlia",
        "false#Preceded By: Provisional Workers' and Herders' Council of Norlia#Provisional_Workers rdf:type StateOrgan",
        "true#Preceded By: Farmers' and Fishers' Assembly#Charter_of_Norlia precededBy Farmers'_and_Fishers'_Assembly",
        // a list of names stays a list
        "true#Signatories: Norlia, Vendia and Tarkia#Charter_of_Norlia signedBy Vendia",
        "true#Jurisdiction: Republic of Norlia, Vendia#Charter_of_Norlia jurisdiction Vendia",
    })
    void oneNameWithACommaOrAnd(boolean holds, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Charter of Norlia", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Federal Charter (Vendish: Bundes-Grundsatzung, B-GS) is the charter of Norlia.#Federal_Charter_of_Norlia altLabel B-GS",
        "true#The Federal Charter (Vendish: Bundes-Grundsatzung, B-GS) is the charter of Norlia.#Federal_Charter_of_Norlia altLabel Bundes-Grundsatzung",
        "true#The Federal Charter of Norlia (Narodna grundsatza Norlije, NG NR) was adopted in 1920.#Federal_Charter_of_Norlia altLabel NG NR",
        "true#The Federal Charter of Norlia (Narodna grundsatza Norlije, NG NR) was adopted in 1920.#Federal_Charter_of_Norlia altLabel Narodna grundsatza Norlije",
        "true#It was known as the Federal Charter of Norlia (Grundsatza, K-NG) until 1930.#Federal_Charter_of_Norlia altLabel K-NG",
        "false#The Federal Charter (Vendish: Bundes-Grundsatzung, B-GS) is the charter of Norlia.#Federal_Charter_of_Norlia altLabel Bundes-Grundsatzung, B-GS",
    })
    void aNameAndItsAbbreviation(boolean holds, String lead, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Federal Charter of Norlia", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Diet of Norlia was replaced in 1934 by the Corporate Chamber.#Corporate_Chamber rdf:type Chamber",
        "true#In 1934 the Fascist Chamber took over from the Diet of Norlia.#Fascist_Chamber rdf:type Chamber",
        "true#The Diet of Norlia, which the Guild Chamber replaced in 1934, met in Ytown.#Guild_Chamber rdf:type Chamber",
        "true#It was succeeded by the Corporate Chamber in 1934.#Diet_of_Norlia succeededBy Corporate_Chamber",
        "false#The People's Chamber of Norlia replaced the Diet of Norlia in 1934.#People's_Chamber_of_Norlia rdf:type Chamber",
    })
    void aChamberByItsHeadNoun(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Diet of Norlia", text, fact, holds, tmp);
    }
}
