package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle opening a sentence has the dates of its own phrase, before its comma, never the main clause's
 * ("Ratified during the autumn, the treaty came into force on 1 January 1953" is no ratification on 1 January); and a
 * plural of an organ's head noun is no person's name ("the Third and Fourth Congresses (1926–1929)"). Invented
 * sentences: passive participles with and without a date, after a pronoun, and plurals of several heads.
 */
class FrontedParticiplesAndPluralHeadsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Velm#Ratified by the parliaments of both parties during the autumn, the treaty came into force on 1 January 1953.#Treaty_of_Velm ratified 1953-01-01#false",
        "Treaty of Velm#Ratified by the parliaments of both parties during the autumn, the treaty came into force on 1 January 1953.#Treaty_of_Velm effective 1953-01-01#true",
        "Treaty of Velm#Ratified by the Diet of Velm on 3 May 1952, the treaty came into force on 1 January 1953.#Treaty_of_Velm ratified 1952-05-03#true",
        "Treaty of Velm#Ratified by the Diet of Velm on 3 May 1952, it came into force on 1 January 1953.#Treaty_of_Velm ratified 1953-01-01#false",
        "Charter of Velm#Adopted by the Diet of Velm after a long debate, the charter came into force on 1 May 1921.#Charter_of_Velm adopted 1921-05-01#false",
        // plurals of organs' heads
        "Central Committee of Velm#Between the Third and Fourth Congresses (1926–1929) the committee governed alone.#Fourth_Congresses rdf:type Person#false",
        "Central Committee of Velm#The Second and Third Sessions (1930–1931) were short.#Third_Sessions rdf:type Person#false",
        "Central Committee of Velm#Its Standing Councils (1926–1929) met weekly.#Standing_Councils rdf:type Person#false",
        "Central Committee of Velm#The committee, chaired by Ivo Marn (1926–1929), governed alone.#Ivo_Marn rdf:type Person#true",
    })
    void reads(String title, String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, body, fact, holds, tmp);
    }
}
