package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States that sign a treaty are its parties, persons its signatories (frames.tsv "Person|Polity=party"), in every
 * voice; a state is never a signatory, whichever reading states it. States listed after "by three republics" past a
 * date or a place ("formed in 1836 by three republics – A, B and C") are members of what they formed. A name that
 * opens with a word of a place ("North Velm", place-modifiers.txt) is no person's. Invented names (stop 34).
 */
class StatesAsPartiesAndMembersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Velmar Treaty was signed at Velm on 3 May 1836 by two states, Ostra and Karsovia.#Velmar_Treaty party Karsovia",
        "true#The Velmar Treaty was signed by the Republic of Ostra and the Kingdom of Karsovia on 3 May 1836.#Velmar_Treaty party Republic_of_Ostra",
        "false#The Velmar Treaty was signed by the Republic of Ostra and the Kingdom of Karsovia on 3 May 1836.#Velmar_Treaty signedBy Republic_of_Ostra",
        "true#The Republic of Ostra and the Kingdom of Karsovia signed the Velmar Treaty on 3 May 1836.#Velmar_Treaty party Kingdom_of_Karsovia",
        "true#The treaty, which Ivo Brand and the Kingdom of Karsovia signed on 3 May 1836, ended the war.#Velmar_Treaty party Kingdom_of_Karsovia",
        "true#The treaty, which Ivo Brand and the Kingdom of Karsovia signed on 3 May 1836, ended the war.#Velmar_Treaty signedBy Ivo_Brand",
        "true#It was concluded by the Republic of Ostra and the Kingdom of Karsovia in 1836.#Velmar_Treaty party Republic_of_Ostra",
        "true#It was signed by Ivo Brand and Olav Dunn in 1836.#Velmar_Treaty signedBy Olav_Dunn",
    })
    void partiesAndSignatories(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velmar Treaty", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#It was formed in 1836 by three republics – North Velm, South Velm and Karsovia.#North_Velm partOf Velmar_Confederation",
        "true#It was formed at Velm in 1836 by three republics: North Velm, South Velm and Karsovia.#Karsovia partOf Velmar_Confederation",
        "true#It was formed by three republics – North Velm, South Velm and Karsovia – in 1836.#South_Velm partOf Velmar_Confederation",
        "true#In 1836 North Velm, South Velm and the Republic of Karsovia formed the confederation.#Republic_of_Karsovia partOf Velmar_Confederation",
        "false#Its member states were North Velm, South Velm and Karsovia.#North_Velm rdf:type Person",
        "false#It was joined in 1840 by Upper Marvia.#Upper_Marvia rdf:type Person",
    })
    void membersListedAfterTheirNoun(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velmar Confederation", text, fact, holds, tmp);
    }
}
