package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An instrument named by its noun and a quoted title ('the law "On the Supreme Council"', quoted-titles.txt) is the
 * instrument of that name, in the active, the passive, a relative clause and with curly quotes; a title the name
 * finder would cut short is left unread. Invented titles.
 */
class QuotedTitlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "On 4 May 1990 the council adopted the declaration \"On the Sovereignty of Velmia\".#Declaration_on_the_Sovereignty_of_Velmia adopted 1990-05-04",
        "The law \"On the Supreme Council of Velmia\" was passed by the council on 5 September 1991.#Law_on_the_Supreme_Council_of_Velmia adoptedBy Velm_Council",
        "It repealed the decree “Concerning Land and Water”, which the council had adopted in 1920.#Decree_Concerning_Land_and_Water adopted 1920",
        "The council adopted the Resolution \"On the Name of the State\" in 1990.#Resolution_on_the_Name_of_the_State adoptedBy Velm_Council",
        "The council passed the constitutional law \"On the Statehood of Velmia\" on 21 August 1991.#Constitutional_Law_on_the_Statehood_of_Velmia adopted 1991-08-21",
    })
    void theQuotedTitleNamesTheInstrument(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Council", sentence, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It adopted the law \"On the Bodies of State Power in the Transition Period\" in 1991.",
        "It adopted the law \"On Elections to the Council\" in 1991.",
    })
    void aTitleCutShortIsNoName(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Council", sentence, tmp);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Law_on_")), String.join("\n", facts));
    }
}
