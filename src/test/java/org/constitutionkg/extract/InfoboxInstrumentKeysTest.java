package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organ's infobox "Constituting Instrument" (or "Constituent Instrument", "Constituting Document") names the
 * instrument that established it; a year in parentheses tells which of the state's constitutions. Invented values.
 */
class InfoboxInstrumentKeysTest {

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Constituting Instrument: Constitution of the Velm Republic (1949)#Presidium_of_the_Velm_Assembly establishedBy 1949_Constitution_of_the_Velm_Republic#true",
        "Constituent Instrument: Basic Law of Velm#Presidium_of_the_Velm_Assembly establishedBy Basic_Law_of_Velm#true",
        "Constituting Document: Velm Charter#Presidium_of_the_Velm_Assembly establishedBy Velm_Charter#true",
        "Constituting Instrument: Constitution of the Velm Republic (1949)#1949_Constitution_of_the_Velm_Republic rdf:type Constitution#true",
    })
    void establishedBy(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Presidium of the Velm Assembly", field, fact, holds, tmp);
    }
}
