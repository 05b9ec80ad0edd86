package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite description is never a thing its own sentence names after it ("The new charter ..., replacing the
 * Charter of 1850": the one named before, not the one it replaced); "the 1931 statute" in the article on a statute made
 * in 1931 is the article's own, though its name holds no year (no "1931 Statute" of its own); "a new Senate" in the
 * Senate's article is the subject unless that would close a loop of succession with it. Invented names.
 */
class DescriptionsOfTheirOwnTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        // in the article on the assembly that drafted the new charter
        "true#The assembly drafted the Basic Charter of Merland. It debated the Charter of 1850 at length. // The new charter was proclaimed on 5 February 1917, replacing the Charter of 1850.#Basic_Charter_of_Merland published 1917-02-05",
        "false#The assembly drafted the Basic Charter of Merland. It debated the Charter of 1850 at length. // The new charter was proclaimed on 5 February 1917, replacing the Charter of 1850.#Charter_of_1850 published 1917-02-05",
        "true#The assembly drafted the Basic Charter of Merland. It debated the Charter of 1850 at length. // The new charter came into force in May 1917 and replaced the Charter of 1850.#Basic_Charter_of_Merland effective 1917-05",
        "false#The assembly drafted the Basic Charter of Merland. It debated the Charter of 1850 at length. // In May 1917 the charter, which replaced the Charter of 1850, came into force.#Charter_of_1850 effective 1917-05",
    })
    void notWhatItsSentenceNamesAfterIt(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Constituent Assembly of Merland", "The Constituent Assembly of Merland met in 1916. "
                + text.replace(" // ", "\n\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "false#In 1800 it was replaced by the Grand Council of Torvia, which was itself superseded in 1802 by a new Senate.#Grand_Council_of_Torvia succeededBy Senate_of_Torvia",
        "true#In 1800 it was replaced by the Grand Council of Torvia, which was itself superseded in 1802 by a new Senate.#Senate_of_Torvia succeededBy Grand_Council_of_Torvia",
        "true#In 1797 the Council of Elders of Torvia was abolished and replaced by a new Senate.#Council_of_Elders_of_Torvia succeededBy Senate_of_Torvia",
        "false#It was succeeded by another Senate in 1850.#Senate_of_Torvia succeededBy Senate_of_Torvia",
        "true#It was succeeded by the Grand Council of Torvia in 1850.#Senate_of_Torvia succeededBy Grand_Council_of_Torvia",
        "true#In 1917 the Diet of Torvia appointed a new Senate led by Ivan Petrov.#Senate_of_Torvia electedBy Diet_of_Torvia",
    })
    void aNewThingOfTheSubjectsName(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Senate of Torvia", "The Senate of Torvia was the upper chamber of the Diet of "
                + "Torvia from 1798. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The 1931 statute was replaced by the Statute of Torvia of 1939.#Statute_of_the_Kingdom_of_Torvia succeededBy Statute_of_Torvia_of_1939",
        "true#In 1939 the 1931 statute was set aside.#Statute_of_the_Kingdom_of_Torvia repealed 1939",
        "false#The 1931 statute was replaced by the Statute of Torvia of 1939.#1931_Statute rdf:type LegalInstrument",
        "true#The Statute of Torvia of 1939 replaced the 1931 statute.#Statute_of_the_Kingdom_of_Torvia succeededBy Statute_of_Torvia_of_1939",
        "true#It was signed with the 1931 treaty, which was ratified in 1932.#1931_Treaty ratified 1932",
        "true#In 1939 the 1931 statute was formally set aside.#Statute_of_the_Kingdom_of_Torvia repealed 1939",
    })
    void theYearOfItsMaking(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Statute of the Kingdom of Torvia", "The Statute of the Kingdom of Torvia was adopted "
                + "on 1 December 1931 by the Diet. " + sentence, fact, holds, tmp);
    }
}
