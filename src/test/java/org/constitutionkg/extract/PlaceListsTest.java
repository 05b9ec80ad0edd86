package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox place of four or more parts in pairs, every second one a state the article knows ("Meridor, Arvenia, Kessa,
 * Telmar" in an article naming the Republic of Arvenia and of Telmar), is several places, each a town in its country;
 * other lists of four or more are each a place of its own; three parts are one place inside the next two ("Hall,
 * Palace, Town"). Invented values.
 */
class PlaceListsTest {

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Location Signed: Meridor, Arvenia, Kessa, Telmar, Port Osk, Osk#Treaty_of_Meridor location Port_Osk#true",
        "Location Signed: Meridor, Arvenia, Kessa, Telmar, Port Osk, Osk#Kessa location Telmar#true",
        "Location Signed: Meridor, Arvenia, Kessa, Telmar, Port Osk, Osk#Meridor location Kessa#false",
        "Location Signed: Meridor, Arvenia, Kessa, Telmar#Meridor location Telmar#false",
        "Location Signed: Meridor, Arvenia, Kessa, Telmar#Treaty_of_Meridor location Kessa#true",
        "Location Signed: Hall of Mirrors, Velk Palace, Velk#Hall_of_Mirrors location Velk_Palace#true",
        "Location Signed: Meridor, Arvenia, Kessa, Telmar, Osk#Meridor location Kessa#false",
        "Location Signed: Meridor, Arvenia, Kessa, Telmar, Osk#Treaty_of_Meridor location Meridor#true",
        // four towns and no state among them: four places, none in another
        "Location Signed: Halvik, Strand, Kessa, Telmar#Halvik location Strand#false",
        "Location Signed: Halvik, Strand, Kessa, Telmar#Treaty_of_Meridor location Telmar#true",
    })
    void places(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        java.util.Set<String> facts = ExtractionCases.infoboxFacts("Treaty of Meridor", java.util.List.of(
                "Parties: Republic of Arvenia, Republic of Telmar, Free State of Osk", field), tmp);
        org.junit.jupiter.api.Assertions.assertEquals(holds, facts.contains(fact), () -> fact + "\n" + facts);
    }
}
