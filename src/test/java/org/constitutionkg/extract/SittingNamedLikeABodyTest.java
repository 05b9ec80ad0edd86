package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gathering named like a legislature (its head a legislature's by classes.tsv: "Khural", "Diet") that the text says
 * was a session of a body is that session, also as the article's own subject and through "it". Invented names.
 */
class SittingNamedLikeABodyTest {

    private static final String LEAD = "The Founding Khural of Eastmark was the gathering of the banners that met at "
            + "Ostra from 13 to 16 August 1921. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was the first session of the Great Khural of Eastmark.#Founding_Khural_of_Eastmark rdf:type Session#true",
        "It was the first session of the Great Khural of Eastmark.#Founding_Khural_of_Eastmark sessionOf Great_Khural_of_Eastmark#true",
        "The Founding Khural of Eastmark was the first session of the Great Khural of Eastmark.#Founding_Khural_of_Eastmark sessionOf Great_Khural_of_Eastmark#true",
        "The Founding Khural of Eastmark, the first session of the Great Khural of Eastmark, proclaimed the republic.#Founding_Khural_of_Eastmark sessionOf Great_Khural_of_Eastmark#true",
        // a body said to hold sessions is no session
        "It held its first session in 1922.#Founding_Khural_of_Eastmark rdf:type Session#false",
    })
    void isTheSession(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Founding Khural of Eastmark", LEAD + sentence, fact, holds, tmp);
    }
}
