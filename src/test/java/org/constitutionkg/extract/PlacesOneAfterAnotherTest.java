package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox place value that goes on with "later", "then", "afterwards" names places the body sat in one after
 * another, each a place of its own: "Ostra, later Velm and Kessa-Dolny" is no Ostra within a place "later Velm and
 * Kessa-Dolny"; the parts before the word stay one place ("Ostra, Marvia": Ostra in Marvia). Invented names.
 */
class PlacesOneAfterAnotherTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "Headquarters: Ostra, later Velm and Kessa-Dolny#Directorate_of_Velmark location Velm#true",
        "Headquarters: Ostra, later Velm and Kessa-Dolny#Directorate_of_Velmark location Kessa-Dolny#true",
        "Headquarters: Ostra, later Velm and Kessa-Dolny#Directorate_of_Velmark location Ostra#true",
        "Headquarters: Ostra, later Velm and Kessa-Dolny#Ostra location Velm_and_Kessa-Dolny#false",
        "Seat: Ostra, Marvia, then Velm#Ostra location Marvia#true",
        "Seat: Ostra, Marvia, then Velm#Directorate_of_Velmark location Velm#true",
        "Meeting place: Ostra; afterwards Velm#Directorate_of_Velmark meetingPlace Velm#true",
        "Seat: Ostra, Marvia#Directorate_of_Velmark location Marvia#false",
        // several moves; a later place with its country
        "Seat: Ostra, later Velm, then Kessa-Dolny#Directorate_of_Velmark location Kessa-Dolny#true",
        "Seat: Ostra, later Velm, then Kessa-Dolny#Directorate_of_Velmark location Velm#true",
        "Seat: Ostra, later Velm, Marvia#Velm location Marvia#true",
        "Seat: Ostra, later Velm, Marvia#Directorate_of_Velmark location Marvia#false",
    })
    void placesInTurn(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Directorate of Velmark", field, fact, holds, tmp);
    }
}
