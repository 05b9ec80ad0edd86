package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name of two or three capitalised words is no person's when it opens with a word that only describes an organ
 * (descriptive-modifiers.txt: "Supreme Magistracy", "Great Tribunal") or a building's or a place's word
 * (place-modifiers.txt: "Palazzo della Signoria", "Castle Velm"), or ends with "Executive" (a government, classes.tsv:
 * "the Velmish Executive"; not a chief executive), or ends with the noun of a document no class row types
 * (document-nouns.txt: "the Dorn Manifesto") or of an office (person-nouns.txt: "the Principal Chief"), or is a
 * plural of an office's noun ("Chancellors"); a Roman "Lex X" is a law (classes.tsv); a person's name stays one. Invented sentences in
 * several constructions.
 */
class NoPersonsByTheirWordsTest {

    private static final String LEAD = "The Signoria of Velmora was the government of the Republic of Velmora. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Its functions passed to a new Supreme Magistracy, chaired by the duke.#Supreme_Magistracy rdf:type Person",
        "It was replaced by the Great Tribunal in 1532.#Great_Tribunal rdf:type Person",
        "The priors lived in the Palazzo Vecchio.#Palazzo_Vecchio rdf:type Person",
        "The Signoria, which was chaired by the Privy Marshal, met weekly.#Privy_Marshal rdf:type Person",
        "It met in Castle Dorn until 1500.#Castle_Dorn rdf:type Person",
        "The Velmish Executive, headed by a First Minister, was accountable to it.#Velmish_Executive rdf:type Person",
        "In 1944 the council issued the Dorn Manifesto, which declared the old charter to be in force.#Dorn_Manifesto rdf:type Person",
        "The Velmora Programme was drafted by the priors in 1510.#Velmora_Programme rdf:type Person",
        "Until the Lex Vorena, a plebiscite passed by the Plebeian Council, the priors were chosen by lot.#Lex_Vorena rdf:type Person",
        "Chancellors who presided over the Signoria included Piero Velani.#Chancellors rdf:type Person",
        "The Principal Chief was elected by the Signoria for two years.#Principal_Chief rdf:type Person",
        "The following Bailiffs presided over the Signoria: Piero Velani and Ugo Sarto.#Bailiffs rdf:type Person",
    })
    void noPerson(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Signoria of Velmora", LEAD + body, unexpected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was chaired by Piero Velani from 1502.#Piero_Velani rdf:type Person",
        "Piero Velani, who chaired it from 1502, was exiled.#Piero_Velani rdf:type Person",
    })
    void stillAPerson(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Signoria of Velmora", LEAD + body, expected, tmp);
    }
}
