package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 32: an instrument that amends a constitution is headed by its own noun, no constitution itself; a document's
 * title goes on after a capitalised verb in -ing ("Law Amending the Constitution of X" is one name); an infobox's
 * "First Holder" and "Last Holder" chaired the body, and so did a "ChiefN Name" whose position is a compound of a chair's
 * title ("Minister-Chairman"). Invented names.
 */
class AmendingTitlesAndHoldersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The 1961 Amendment to the Constitution of Norlia was adopted in 1961.#1961_Amendment_to_the_Constitution_of_Norlia rdf:type LegalInstrument",
        "false#The 1961 amendment to the Constitution of Norlia was adopted in 1961.#1961_amendment_to_the_Constitution_of_Norlia rdf:type Constitution",
        "true#In 1961 the diet passed the Law Amending the Constitution of Norlia.#Law_Amending_the_Constitution_of_Norlia rdf:type LegalInstrument",
        "true#The Act Concerning the Union of Norlia was passed in 1920.#Act_Concerning_the_Union_of_Norlia rdf:type LegalInstrument",
        "true#It was signed with the Treaty Establishing the Customs Union of Norlia.#Treaty_Establishing_the_Customs_Union_of_Norlia rdf:type Treaty",
        "false#In 1961 the diet passed the Law Amending the Constitution of Norlia.#Law_Amending rdf:type LegalInstrument",
        "true#The Constitution of Norlia was adopted in 1920.#Constitution_of_Norlia rdf:type Constitution",
        // a constitution by its other common names
        "true#The Federal Constitutional Law of Norlia was adopted in 1920.#Federal_Constitutional_Law_of_Norlia rdf:type Constitution",
        "true#In 1919 the diet adopted the Instrument of Government of Norlia.#Instrument_of_Government_of_Norlia rdf:type Constitution",
        "true#The Form of Government Act of Norlia, which the diet passed in 1919, was short.#Form_of_Government_Act_of_Norlia rdf:type Constitution",
        "true#The Law Amending the Constitutional Law of Norlia was passed in 1968.#Law_Amending_the_Constitutional_Law_of_Norlia rdf:type LegalInstrument",
        "false#The Constitutional Court of Norlia was set up in 1920.#Constitutional_Court_of_Norlia rdf:type Constitution",
    })
    void titles(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Diet of Norlia", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#First Holder: Ivo Marek#Presidency_of_Norlia chair Ivo_Marek",
        "true#Last Holder: Vera Holm#Presidency_of_Norlia chair Vera_Holm",
        "true#Final Holder: Vera Holm#Vera_Holm rdf:type Person",
    })
    void holders(boolean holds, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Presidency of Norlia", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Minister-Chairman (1917)#true",
        "Chairman (Minister of the Interior, ex officio)#true",
        "Vice-Chairman#false",
        "Secretary#false",
    })
    void chiefPositions(String position, boolean holds, @TempDir Path tmp) throws Exception {
        java.util.Set<String> facts = ExtractionCases.infoboxFacts("Provisional Government of Norlia",
                java.util.List.of("Chief1 Name: Ivo Marek", "Chief1 Position: " + position), tmp);
        org.junit.jupiter.api.Assertions.assertEquals(holds,
                facts.contains("Provisional_Government_of_Norlia chair Ivo_Marek"), () -> String.join("\n", facts));
    }
}
