package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person's name holds lower-case particles and titles between its capitalised words ("Hasan bey Agayev", "Ali ibn
 * Hasan", "Osman pasha Kerim") and articles joined by a hyphen ("Ali al-Rashid"): one name, never cut at the particle
 * (person-particles.txt), in the active, the passive, a relative clause, an apposition and an infobox. Invented names.
 */
class PersonParticlesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "The assembly was chaired by Hasan bey Dornov.#National_Assembly_of_Velmar chair Hasan_bey_Dornov#true",
        "The assembly was chaired by Hasan bey Dornov.#National_Assembly_of_Velmar chair Hasan#false",
        "Ali ibn Kasim signed the Velm Act in 1907.#Velm_Act signedBy Ali_ibn_Kasim#true",
        "The assembly, whose chairman was Osman pasha Kerim, met in Velm.#National_Assembly_of_Velmar chair Osman_pasha_Kerim#true",
        "Its first speaker, Ali al-Rashid, was elected in 1906.#National_Assembly_of_Velmar chair Ali_al-Rashid#true",
        "It was led by Murad khan Ostrani, who had called it.#National_Assembly_of_Velmar chair Murad_khan_Ostrani#true",
    })
    void oneNameAcrossItsParticles(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("National Assembly of Velmar", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Chairman: Selim bey Arkadi#National_Assembly_of_Velmar chair Selim_bey_Arkadi",
        "Leader: Omar ibn Tarik#National_Assembly_of_Velmar chair Omar_ibn_Tarik",
    })
    void inAnInfobox(String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("National Assembly of Velmar", field, fact, true, tmp);
    }
}
