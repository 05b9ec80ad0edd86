package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause is said of its antecedent: a count in "the Senate, which has 32 members," is the Senate's, not the
 * whole body's; a clause after "the amendments to the Charter" is the amendments', not the Charter's. Invented
 * sentences in several constructions.
 */
class RelativeOfItsAntecedentTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "It consists of the Senate of Velmia, which has 32 members, and the Chamber of Velmia, which has 190 members.#Senate_of_Velmia memberCount 32#true",
        "It consists of the Senate of Velmia, which has 32 members, and the Chamber of Velmia, which has 190 members.#Chamber_of_Velmia memberCount 190#true",
        "It consists of the Senate of Velmia, which has 32 members, and the Chamber of Velmia, which has 190 members.#Velm_Congress memberCount 32#false",
        "The congress also chose the Velm Committee, which had 180 members.#Velm_Committee memberCount 180#true",
        "The congress also chose the Velm Committee, which had 180 members.#Velm_Congress memberCount 180#false",
        "The Velm Congress, which had 400 members, met in Ytown.#Velm_Congress memberCount 400#true",
        "It elected the lower house of Velmia, which has 190 members.#Velmia memberCount 190#false",
    })
    void aCountInARelativeClauseIsTheAntecedents(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Velm Congress", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "It was created by the amendments to the Velm Charter that the Velm Diet adopted on 1 December 1988.#Velm_Charter adopted 1988-12-01#false",
        "It was created by the amendments to the Velm Charter that the Velm Diet adopted on 1 December 1988.#Velm_Charter adoptedBy Velm_Diet#false",
        "It was created by several changes to the Velm Charter, which were adopted on 1 December 1988.#Velm_Charter adopted 1988-12-01#false",
        "It was created by the Velm Charter, which the Velm Diet adopted on 1 December 1988.#Velm_Charter adopted 1988-12-01#true",
        "Power belongs to the Velm Diet, which adopted the Velm Charter in 1988.#Velm_Charter adoptedBy Velm_Diet#true",
        "The council submitted the Velm Charter to the Velm Diet, which adopted it on 3 May 1921.#Velm_Charter adoptedBy Velm_Diet#true",
    })
    void aClauseAfterAnotherNounsObjectIsTheNouns(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Velm Congress", sentence, fact, holds, tmp);
    }
}
