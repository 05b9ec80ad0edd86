package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name whose head names two kinds of thing (ambiguous-heads.tsv: "Convention", a treaty or an assembly) is the one
 * the text makes it act as: "drafted by the Ostend Convention", "adopted by the Ostend Convention of 1787" (an
 * assembly, an agent of adoption); "Velm ratified the Ostend Convention" and a bare mention keep the treaty. Invented
 * names and sentences.
 */
class ConventionsThatActTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Charter of Velm was drafted by the Ostend Convention in 1787.#Ostend_Convention rdf:type Legislature#true",
        "The Charter of Velm was adopted by the Ostend Convention in 1787.#Ostend_Convention rdf:type Legislature#true",
        "The Ostend Convention approved the Charter of Velm in 1787.#Ostend_Convention rdf:type Legislature#true",
        "It was adopted by the Ostend Convention of 1787.#Ostend_Convention_of_1787 rdf:type Legislature#true",
        "Velm ratified the Ostend Convention in 1950.#Ostend_Convention rdf:type Treaty#true",
        "Velm ratified the Ostend Convention in 1950.#Ostend_Convention rdf:type Legislature#false",
        "The Charter of Velm was drafted by the Ostend Convention in 1787.#Ostend_Convention rdf:type Treaty#false",
        "The Treaty of Velm was confirmed by the Convention of Kessa in 1850.#Convention_of_Kessa rdf:type Legislature#false",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Charter of Velm", "The Charter of Velm was the constitution of Velm. " + body, fact,
                holds, tmp);
    }
}
