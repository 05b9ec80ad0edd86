package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Infobox values of several places: semicolons part the places, each of which may lie in a town after its comma;
 * places each with its period but the last are places in turn ("Ytown (until 1934), Ztown"), unless the last is a
 * state; and a body that met in a building lies in the building's town. Invented places.
 */
class PlaceListsAndTheirTownsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        // semicolons part the places; a comma inside one is a building in its town
        "Meeting place: Hall of Ora, Ytown (1917–1918); Castle of Zed (from 1918)#Velm_Council meetingPlace Castle_of_Zed#true",
        "Meeting place: Hall of Ora, Ytown (1917–1918); Castle of Zed (from 1918)#Hall_of_Ora location Ytown#true",
        "Meeting place: Hall of Ora, Ytown (1917–1918); Castle of Zed (from 1918)#Hall_of_Ora location Castle_of_Zed#false",
        "Headquarters: Ora House, Ytown; Zed Palace, Ztown#Ora_House location Ytown#true",
        "Headquarters: Ora House, Ytown; Zed Palace, Ztown#Zed_Palace location Ztown#true",
        "Headquarters: Ora House, Ytown; Zed Palace, Ztown#Ora_House location Zed_Palace#false",
        // places with their periods, the last without: one after another
        "Meeting place: Ytown (until 1934), Ztown#Velm_Council meetingPlace Ytown#true",
        "Meeting place: Ytown (until 1934), Ztown#Velm_Council meetingPlace Ztown#true",
        "Meeting place: Ytown (until 1934), Ztown#Ytown location Ztown#false",
        "Seat: Ytown (1919–1920), Wtown (1920–1925), Ztown#Velm_Council location Ztown#true",
        // but a state after a place's period is where the place lies
        "Meeting place: Ytown (from 1920), Republic of Velmia#Ytown location Republic_of_Velmia#true",
        // a building's town is the body's
        "Meeting place: Hall of Ora, Ytown#Velm_Council location Ytown#true",
        "Meeting place: Hall of Ora, Ytown#Velm_Council meetingPlace Hall_of_Ora#true",
        "Meeting place: Hall of Ora, Republic of Velmia#Velm_Council location Republic_of_Velmia#false",
    })
    void placesOfAnInfoboxValue(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Velm Council", field, fact, holds, tmp);
    }
}
