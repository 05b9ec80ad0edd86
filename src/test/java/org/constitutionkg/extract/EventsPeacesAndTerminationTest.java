package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings from the fresh audits of stop 31, with invented names: a name of an event or a period followed by its years
 * ("the Second Aldorian–Keshite War (1853–1856)", event-nouns.txt) is no person, and no name starts in the middle of
 * a compound; a "Peace of X" is a treaty (classes.tsv); "terminated by" an instrument is a repeal (frames.tsv).
 */
class EventsPeacesAndTerminationTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#It ended the Second Aldorian–Keshite War (1853–1856).#Keshite_War rdf:type Person",
        "false#It ended the Second Aldorian–Keshite War (1853–1856).#Second_Aldorian–Keshite_War rdf:type Person",
        "false#It was signed after the Great Rising (1848–1849) had failed.#Great_Rising rdf:type Person",
        "false#The Long Famine (1891–1892), which followed it, was severe.#Long_Famine rdf:type Person",
        "true#It was signed by Ivan Dorn (1801–1870), who had led the Aldorian delegation.#Ivan_Dorn rdf:type Person",
        "true#Its author, the jurist Anna Velk (1790–1862), drafted it in Ytown.#Anna_Velk rdf:type Person",
    })
    void eventsAreNoPersons(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Treaty of Ytown", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Peace of Saromir ended the war in 1856.#Peace_of_Saromir rdf:type Treaty",
        "It was replaced by the Saromir Peace in 1856.#Saromir_Peace rdf:type Treaty",
        "The Treaty of Ytown was terminated by the Treaty of Selm in 1871.#Treaty_of_Ytown repealedBy Treaty_of_Selm",
        "In 1871 the Treaty of Selm terminated it.#Treaty_of_Ytown repealedBy Treaty_of_Selm",
        "It remained in force until it was terminated by the Convention of Selm in 1871.#Treaty_of_Ytown repealedBy Convention_of_Selm",
        "The Treaty of Ytown was terminated by the Treaty of Selm in 1871.#Treaty_of_Ytown repealed 1871",
    })
    void peacesAndTermination(String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Treaty of Ytown", text, fact, tmp);
    }
}
