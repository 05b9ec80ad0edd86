package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name of no class that the text says what it is right after it, by an apposition or a copula with a noun of a
 * class ("the Northern Customs Union, a customs and trade confederation of five states", "The Velm Landsting was a
 * legislature of the kingdom"), takes that class, so that what is said of it is kept (the union and all its facts
 * were left out). Not after a preposition (the apposition may say what the phrase the name ends is), never a person's
 * name, never a noun of no class of ours. The description may stand before the name too ("a smaller parliament, the
 * Jorgu Kenesh"); a name like a person's takes an organ's class so ("the Jorgu Kenesh, a parliament"). Invented
 * sentences.
 */
class ClassFromADescriptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It founded the Northern Customs Union, a customs and trade confederation of five states.#Northern_Customs_Union rdf:type Polity#true",
        "It founded the Northern Customs Union (Nordischer Zollverein), a confederation that abolished tariffs.#Northern_Customs_Union rdf:type Polity#true",
        "The Velm Landsting was a legislature of the kingdom.#Velm_Landsting rdf:type Legislature#true",
        "Erik Sand was a delegate to the assembly of Velm.#Erik_Sand rdf:type Legislature#false",
        "The Velm Realm was a party to the treaty of Kessa.#Velm_Realm rdf:type Treaty#false",
        "It was the supreme power of the Velm Realm, an organ of the estates.#Velm_Realm rdf:type StateOrgan#false",
        "It was signed by Ivan Petrov, a lawyer of Velm.#Ivan_Petrov rdf:type Legislature#false",
        // an indefinite noun phrase and a comma before the name; a name like a person's described as an organ
        "The act provided for a smaller parliament, the Jorgu Kenesh, which met in Ytown.#Jorgu_Kenesh rdf:type Legislature#true",
        "It created a new legislature, the Jorgu Kenesh.#Jorgu_Kenesh rdf:type Legislature#true",
        "The Jorgu Kenesh, a smaller parliament, met in Ytown.#Jorgu_Kenesh rdf:type Legislature#true",
        "The Jorgu Kenesh was an assembly of the kingdom.#Jorgu_Kenesh rdf:type Legislature#true",
        "The king appointed a lawyer, Ivan Petrov, in 1901.#Ivan_Petrov rdf:type Legislature#false",
        "It was signed by Ivan Petrov, a liberal of Velm.#Ivan_Petrov rdf:type PoliticalGroup#false",
        // (no apposition inside a phrase a preposition or a subordinator opens the sentence with)
        "As head of a provisional government, Ivan Petrov signed the charter.#Ivan_Petrov rdf:type ExecutiveBody#false",
        "After a short session, the Jorgu Kenesh adopted the charter.#Jorgu_Kenesh rdf:type Session#false",
        "Under a provisional constitution, the Jorgu Kenesh met in Ytown.#Jorgu_Kenesh rdf:type Constitution#false",
        "Between sessions its business was handled by a standing committee, the Kessa Deputation.#Kessa_Deputation rdf:type StateOrgan#true",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String text = "The Act of Lindholm was a treaty of 1884. " + body;
        ExtractionCases.assertFact("Act of Lindholm", text, fact, holds, tmp);
    }
}
