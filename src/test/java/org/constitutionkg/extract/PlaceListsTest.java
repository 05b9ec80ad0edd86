package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox place of four or more parts in pairs ("Meridor, Arvenia, Kessa, Telmar") is several places, each a town
 * in its country, not one town inside all the others; three parts are one place inside the next two ("Hall, Palace,
 * Town"); an odd list of five or more gives the first place alone. Invented values.
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
    })
    void places(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Treaty of Meridor", field, fact, holds, tmp);
    }
}
