package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An instrument described by who made it ("an Act of the Parliament of Dorn", "a resolution of the Grand Council", in
 * apposition, after a copula or in a relative clause: role-nouns.tsv rows of ckg:adoptedBy) was adopted by that body,
 * and the description is no name of its own; "the Act of Union" and "a House of Assembly" stay names. Invented names.
 */
class InstrumentsByTheirMakerTest {

    private static final String TITLE = "Velmark Act 1900";
    private static final String LEAD = "The Velmark Act 1900 was the constitution of the Dominion of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The Velmark Act 1900, an Act of the Parliament of Dorn, created a Senate of Velmark.#Velmark_Act_1900 adoptedBy Parliament_of_Dorn",
        "false#The Velmark Act 1900, an Act of the Parliament of Dorn, created a Senate of Velmark.#Act_of_the_Parliament_of_Dorn rdf:type LegalInstrument",
        "true#It was an act of the Parliament of Dorn.#Velmark_Act_1900 adoptedBy Parliament_of_Dorn",
        "true#The Velmark Act 1900, which was an Act of the Parliament of Dorn, gave the dominion its parliament.#Velmark_Act_1900 adoptedBy Parliament_of_Dorn",
        "true#The Velmark Act 1900 was a resolution of the Grand Council of Dorn.#Velmark_Act_1900 adoptedBy Grand_Council_of_Dorn",
        "false#The Senate of Velmark was abolished by a Decree of the Presidium of Dorn in 1950.#Decree_of_the_Presidium_of_Dorn rdf:type LegalInstrument",
        "true#The Velmark Act 1900 created a House of Assembly of Velmark.#House_of_Assembly_of_Velmark rdf:type Chamber",
        "true#It was later amended by the Act of Union of Dorn.#Act_of_Union_of_Dorn rdf:type LegalInstrument",
        // the description only after "a"/"an" and before an organ's name: "an Act of Union" is a name
        "true#In 1800 the Parliament of Dorn passed an Act of Union, which abolished the Senate of Ylia.#Act_of_Union adoptedBy Parliament_of_Dorn",
        "false#The Velmark Act 1900, an Act of Settlement of 1701, named the heirs.#Settlement_of_1701 rdf:type StateOrgan",
    })
    void madeBy(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
