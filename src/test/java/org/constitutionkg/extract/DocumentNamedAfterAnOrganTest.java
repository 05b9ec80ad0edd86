package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name that ends with a document's head after an organ's name ("Supreme Tribunal of Velmia Act of 1922", "Council
 * of State Act") is an instrument, not the organ it is about; "Committee on the Constitution" is still a committee.
 * In a list, as a subject, in the passive and as an object; invented names.
 */
class DocumentNamedAfterAnOrganTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Together with the Diet Act of 1928 and the Supreme Tribunal of Velmia Act of 1922 it formed the constitution.#Supreme_Tribunal_of_Velmia_Act_of_1922 rdf:type LegalInstrument#true",
        "Together with the Diet Act of 1928 and the Supreme Tribunal of Velmia Act of 1922 it formed the constitution.#Supreme_Tribunal_of_Velmia_Act_of_1922 rdf:type StateOrgan#false",
        "The Council of State Act was passed by the Grand Diet in 1920.#Council_of_State_Act adoptedBy Grand_Diet#true",
        "The Grand Diet repealed the Court of Appeal of Velmia Act in 1931.#Grand_Diet abolished Court_of_Appeal_of_Velmia_Act#false",
        "The Committee on the Constitution met in 1920.#Committee_on_the_Constitution rdf:type StateOrgan#true",
    })
    void theDocumentsHeadNamesIt(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Charter", sentence, fact, holds, tmp);
    }
}
