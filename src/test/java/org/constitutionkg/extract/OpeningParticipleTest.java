package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A participle that opens the sentence is a verb, though written with a capital ("Modelled on X, the charter ...",
 * "Elected by the Diet, the council ..."): no name's first word (the name finder had read "Modelled on the Charter of
 * Ostria of 1830" as one name), and its clause's subject is the one after the comma. "Inspired by" states the model
 * as "modelled on" does, in every voice. Invented names.
 */
class OpeningParticipleTest {

    private static final String TITLE = "Statute of Velmark";
    private static final String LEAD = "The Statute of Velmark was the constitution of the Kingdom of Velmark from 1848 "
            + "to 1946. ";
    private static final String BASED = "Statute_of_Velmark basedOn Charter_of_Ostria_of_1830";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#Modelled on the Charter of Ostria of 1830, the statute granted few rights.#" + BASED,
        "true#Modeled on the Charter of Ostria of 1830, it granted few rights.#" + BASED,
        "true#Inspired by the Charter of Ostria of 1830, it granted few rights.#" + BASED,
        "true#It was inspired by the Charter of Ostria of 1830.#" + BASED,
        "true#The statute, which the Charter of Ostria of 1830 had inspired, granted few rights.#" + BASED,
        "true#The Charter of Ostria of 1830 inspired it.#" + BASED,
        "false#Modelled on the Charter of Ostria of 1830, the statute granted few rights.#Modelled_on_the_Charter_of_Ostria_of_1830 rdf:type LegalInstrument",
        "true#Elected by the Grand Diet of Velmark in 1850, the Council of Regents of Velmark ruled for the king.#Council_of_Regents_of_Velmark electedBy Grand_Diet_of_Velmark",
        // a person's name whose first word ends in -ed, before a particle, stays whole; a person copies no model
        "true#Manfred von Berg signed it in 1848.#Statute_of_Velmark signedBy Manfred_von_Berg",
        "true#Ahmed bey Karayev signed it in 1848.#Statute_of_Velmark signedBy Ahmed_bey_Karayev",
        "false#Inspired by the Charter of Ostria of 1830, Ivan Petrov drafted a constitution.#Ivan_Petrov basedOn Charter_of_Ostria_of_1830",
    })
    void theOpeningParticipleIsAVerb(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
