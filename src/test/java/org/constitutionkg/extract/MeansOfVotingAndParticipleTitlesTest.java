package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who votes ends before "in" and how the voting is done ("men over 25 in direct, equal and secret elections",
 * "taxpayers in a secret ballot"), not before "in" and where they live ("citizens in rural districts"); an
 * instrument's noun before a participle heads its name ("Statute Expanding the Ora Convention" is a law, no treaty
 * by a word inside). Passive, relative clause, active; invented names.
 */
class MeansOfVotingAndParticipleTitlesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Its deputies were elected by all men over the age of 25 in direct, equal and secret elections.#Reichstag_of_Velmia electedBy men_over_the_age_of_25#true",
        "Its deputies were elected by all men over the age of 25 in direct, equal and secret elections.#Reichstag_of_Velmia electedBy men_over_the_age_of_25_in_direct#false",
        "It was a chamber whose deputies were chosen by taxpayers in a secret ballot.#Reichstag_of_Velmia electedBy taxpayers#true",
        "Its deputies were elected by male citizens in rural districts.#Reichstag_of_Velmia electedBy male_citizens_in_rural_districts#true",
        "Its deputies were elected by male citizens in rural districts for a term of four years.#Reichstag_of_Velmia electedBy male_citizens#false",
    })
    void whoVotes(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Reichstag of Velmia", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "In 1864 the prince issued the Statute Expanding the Ora Convention.#Statute_Expanding_the_Ora_Convention rdf:type Treaty#false",
        "The Statute Expanding the Ora Convention was adopted in 1864.#Statute_Expanding_the_Ora_Convention adopted 1864#true",
        "The assembly passed the Act Ratifying the Treaty of Ytown in 1920.#Act_Ratifying_the_Treaty_of_Ytown rdf:type Treaty#false",
    })
    void anInstrumentByItsNoun(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Diet", sentence, fact, holds, tmp);
    }
}
