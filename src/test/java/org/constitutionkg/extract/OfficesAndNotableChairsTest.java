package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox successor or predecessor that is an office ("Succeeded By: President of X" on a collective presidency)
 * is a state organ of no narrower class, not one of the subject's class (it was typed a presidium); an organ there is
 * of its own class.
 * A heading "Notable presidents", "Past speakers", "Prominent chairmen" lists chairs as "Presidents" does.
 * Invented infobox values and articles.
 */
class OfficesAndNotableChairsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Presidium of the Velm Assembly#Succeeded By: President of the Velm Republic#President_of_the_Velm_Republic rdf:type Presidium#false",
        "Presidium of the Velm Assembly#Succeeded By: President of the Velm Republic#Presidium_of_the_Velm_Assembly succeededBy President_of_the_Velm_Republic#true",
        "Presidium of the Velm Assembly#Succeeded By: President of the Velm Republic#President_of_the_Velm_Republic rdf:type StateOrgan#true",
        "Presidium of the Velm Assembly#Preceded By: Chancellor of Velm#Chancellor_of_Velm rdf:type Presidium#false",
        "Council of Ministers of Velm#Replaced By: Prime Minister of Velm#Prime_Minister_of_Velm rdf:type ExecutiveBody#false",
        "Presidium of the Velm Assembly#Succeeded By: State Council of Velm#Presidium_of_the_Velm_Assembly succeededBy State_Council_of_Velm#true",
    })
    void officesAreOrgansOfNoNarrowerClass(String title, String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Diet of Velm#== Notable presidents == // - Emil Varo (1901–1910) // - Jana Rusk (1910–1921)#Diet_of_Velm chair Jana_Rusk",
        "Diet of Velm#== Past speakers == // - Emil Varo (1901–1910)#Diet_of_Velm chair Emil_Varo",
        "Diet of Velm#== Prominent chairmen == // - 1901–1910: Emil Varo#Diet_of_Velm chair Emil_Varo",
        "Diet of Velm#== Selected presidents of the Presidium == // - Emil Varo (1901–1910)#Presidium_of_the_Diet_of_Velm chair Emil_Varo",
    })
    void notableChairs(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, ExtractionCases.lines("The " + title + " was the legislature of Velm."
                + " // // " + body), expected, tmp);
    }

    /** "...; the first president was X": a clause after a semicolon opens as a sentence does. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Diet of Velm#The presidency rotated among the delegations; the first president was Emil Varo, head of the delegation of Sorn.#Diet_of_Velm chair Emil_Varo",
        "Diet of Velm#The chair rotated yearly; the last chairman was Jana Rusk.#Diet_of_Velm chair Jana_Rusk",
        "Diet of Velm#The first president was Emil Varo.#Diet_of_Velm chair Emil_Varo",
        "Diet of Velm#It met in Velk; its first speaker was Emil Varo.#Diet_of_Velm chair Emil_Varo",
        // "... included A and B": the holders named after it
        "Diet of Velm#Its chairmen included Emil Varo and Jana Rusk.#Diet_of_Velm chair Jana_Rusk",
        "Diet of Velm#Its upper house was the Senate of Velm. Notable presidents of the Senate of Velm included Emil Varo and Jana Rusk.#Senate_of_Velm chair Emil_Varo",
        "Diet of Velm#Its upper house was the Senate of Velm. The speakers of the Senate of Velm included Jana Rusk.#Senate_of_Velm chair Jana_Rusk",
    })
    void chairAfterASemicolon(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, ExtractionCases.lines("The " + title + " was the legislature of Velm."
                + " // // " + body), expected, tmp);
    }
}
