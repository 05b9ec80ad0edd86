package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name only a person has, in a fact that says no class of it ("elected Ivo Marek as the first President"), is a
 * person's, not left out; a name a fact places things in stays a place. A capitalised adjective of an era before a
 * name is no part of it. Invented names (stop 32).
 */
class PersonShapedNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#In 1919 the diet elected Kaarlo Juho Stenberg as the first President of Norlia.#Kaarlo_Juho_Stenberg rdf:type Person",
        "true#The diet, which elected Ivo Marek as President of Norlia in 1920, met in Ytown.#Ivo_Marek rdf:type Person",
        "true#The first President of Norlia, Vera Holm, was elected by the diet.#Vera_Holm rdf:type Person",
        "true#Vera Holm was elected President of Norlia by the Diet of Norlia.#Vera_Holm rdf:type Person",
        "false#The Diet of Norlia met in Upper Vendia until 1925.#Upper_Vendia rdf:type Person",
        "true#The Swedish-era Instrument of Government of 1772 was replaced by the Charter of Norlia.#Instrument_of_Government_of_1772 rdf:type Constitution",
        "true#The Charter of Norlia replaced the Vendish-era Statute of 1802.#Statute_of_1802 rdf:type LegalInstrument",
        // a description of an office holder, or adjectives of states, are no names (stop 33)
        "false#The diet was chaired by the Vendish envoy until 1866.#Vendish_envoy rdf:type Person",
        "true#The diet was chaired by Otto von Ried until 1866.#Otto_von_Ried rdf:type Person",
        "false#After the German and Soviet invasion of 1939 the diet met in exile.#German_and_Soviet rdf:type StateOrgan",
        "false#The Polish, Czech and Slovak delegates met in Ytown.#Polish,_Czech_and_Slovak rdf:type StateOrgan",
        "false#The Head Regent was appointed by the diet in 1920.#Head_Regent rdf:type Person",
        "false#In 1989 the diet elected Brandt President.#Brandt_President rdf:type Person",
        "true#In 1989 the diet elected Ivo Brandt as President of Norlia.#Ivo_Brandt rdf:type Person",
    })
    void personsAndEras(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Diet of Norlia", text, fact, holds, tmp);
    }
}
