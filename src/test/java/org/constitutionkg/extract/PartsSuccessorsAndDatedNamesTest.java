package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A part named by the verb that forms it ("X, which formed the upper house", "X constituted the lower chamber"), the
 * body whose powers pass to another ("Its legislative powers were taken over by X"), a thing ended when its
 * successor was made ("It was repealed when the Charter of X was adopted", "dissolved in 1920 when the State Council
 * was established"), and an instrument named after the day it was made ("the Land Patent of 26 February 1861").
 * Invented sentences in several constructions.
 */
class PartsSuccessorsAndDatedNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Imperial Diet of Velm#The Imperial Diet of Velm was the parliament of the Empire of Velm. The House of Magnates, which formed the upper house, met in Velm.#House_of_Magnates partOf Imperial_Diet_of_Velm",
        "Imperial Diet of Velm#The Imperial Diet of Velm was the parliament of the Empire of Velm. The Chamber of Burghers constituted the lower chamber.#Chamber_of_Burghers partOf Imperial_Diet_of_Velm",
        "Imperial Diet of Velm#The Imperial Diet of Velm was a parliament. Elected by the towns, the Chamber of Burghers formed its lower house.#Chamber_of_Burghers partOf Imperial_Diet_of_Velm",
        "Provisional Council of Velm#The Provisional Council of Velm was formed in 1918. Its legislative powers were taken over by the Constituent Assembly of Velm in 1919.#Provisional_Council_of_Velm succeededBy Constituent_Assembly_of_Velm",
        "Provisional Council of Velm#The Provisional Council of Velm was formed in 1918. In 1919 its executive functions passed to the State Council of Velm.#Provisional_Council_of_Velm succeededBy State_Council_of_Velm",
        "Revolutionary Committee of Velm#The Revolutionary Committee of Velm was formed in 1918. In 1920 the congress abolished the Revolutionary Committee of Velm, whose powers were handed to a new Executive Committee of Velm.#Revolutionary_Committee_of_Velm succeededBy Executive_Committee_of_Velm",
        "Basic Law of Velm#The Basic Law of Velm was the constitution of the Republic of Velm. It was repealed when the Charter of Velm was adopted in 1958.#Basic_Law_of_Velm repealedBy Charter_of_Velm",
        "Basic Law of Velm#The Basic Law of Velm was the constitution of the Republic of Velm. The law was abrogated in 1958, when the Charter of Velm came into force.#Basic_Law_of_Velm repealedBy Charter_of_Velm",
        "Council of Elders of Velm#The Council of Elders of Velm was the government of Velm. The council was dissolved in 1920 when the State Council of Velm was established.#Council_of_Elders_of_Velm succeededBy State_Council_of_Velm",
        "Diet of Velm#The Diet of Velm was the assembly of the Margraviate of Velm, a crown land of the Ostran Empire.#Margraviate_of_Velm partOf Ostran_Empire",
        "Diet of Velm#The Diet of Velm was created by the Land Patent of 26 February 1861.#Land_Patent adopted 1861-02-26",
        "Diet of Velm#The Land Patent of March 5, 1861, created the Diet of Velm.#Land_Patent adopted 1861-03-05",
        // a year after an instrument's name says when it was made (stop 59; it dated nothing before)
        "Diet of Velm#The Diet of Velm was created by the Land Patent of 1861.#Land_Patent_of_1861 adopted 1861",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // a successor of another kind: a law is no successor of a council
        "Council of Elders of Velm#The Council of Elders of Velm was the government of Velm. It was dissolved when the Charter of Velm was adopted.#Council_of_Elders_of_Velm succeededBy Charter_of_Velm",
        // "formed" with "of": the body named, not the article's
        "Imperial Diet of Velm#The Imperial Diet of Velm was a parliament. The Chamber of Burghers formed the lower house of the Estates of Ostra.#Chamber_of_Burghers partOf Imperial_Diet_of_Velm",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }
}
