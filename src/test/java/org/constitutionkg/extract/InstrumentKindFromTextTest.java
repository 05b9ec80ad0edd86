package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An instrument its name makes only an instrument ("Resolution on X", classes.tsv) is of the narrower kind the text
 * says it is ("a provisional constitution, the Resolution on X"); with nothing said, an instrument. A document no
 * class row types ("the Velm Manifesto") is an instrument when an organ adopts or issues it, not a party. Invented
 * names.
 */
class InstrumentKindFromTextTest {

    private static final String LEAD = "The Provisional Assembly of Velm was the first parliament of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "In 1918 the assembly adopted a provisional constitution, the Resolution on the State Power of Velm.#Resolution_on_the_State_Power_of_Velm rdf:type Constitution#true",
        "On 30 October 1918 it passed a temporary constitution, the Resolution on the State Power of Velm.#Resolution_on_the_State_Power_of_Velm rdf:type Constitution#true",
        "It served as the provisional constitution of Velm, the Resolution on the State Power of Velm, until 1920.#Resolution_on_the_State_Power_of_Velm rdf:type Treaty#false",
        "In 1918 the assembly adopted the Resolution on the Flag of Velm.#Resolution_on_the_Flag_of_Velm rdf:type LegalInstrument#true",
        "Until the Lex Vorena, a plebiscite passed by the assembly, the priors were chosen by lot.#Lex_Vorena rdf:type LegalInstrument#true",
        "In 1919 the assembly approved the Velm Report on the harbour.#Velm_Report rdf:type LegalInstrument#false",
        // a document an organ adopts or issues is one of its instruments ("Manifesto", "Programme": document-nouns.txt)
        "On 22 July 1918 the assembly issued the Velm Manifesto, which declared the old charter in force.#Velm_Manifesto rdf:type LegalInstrument#true",
        "The Velm Programme was adopted by the assembly in 1919.#Velm_Programme rdf:type LegalInstrument#true",
        "The Velm Programme was adopted by the assembly in 1919.#Velm_Programme rdf:type Person#false",
        "The Velm Programme was adopted by the Congress of the Velm Workers' Party in 1919.#Velm_Programme rdf:type LegalInstrument#false",
    })
    void kind(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Provisional Assembly of Velm", LEAD + body, fact, holds, tmp);
    }
}
