package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names listed in apposition to a plural noun of a class are of that class ("three republics – A, B and C –", "its
 * two chambers: A and B", "the founding states, A and B,"), so a frame of the sentence states what it says of each;
 * the last two names of a list are two names ("A, B and C", though "B and C" alone may be one name); names after "of"
 * and a common noun are the noun's, no agents ("The heads of state of A, B and C signed it": the heads signed).
 * Invented sentences in several constructions.
 */
class ApposedListsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Ostra#By it three republics – Marvia, Silesk and Karsovia – united in the Varenian Federation.#Karsovia partOf Varenian_Federation",
        "Treaty of Ostra#By it three republics – Marvia, Silesk and Karsovia – united in the Varenian Federation.#Marvia rdf:type Polity",
        "Treaty of Ostra#Two states, Marvia and Silesk, joined the Varenian Federation in 1923.#Silesk partOf Varenian_Federation",
        "Treaty of Ostra#The Varenian Federation was formed by three republics – Marvia, Silesk and Karsovia.#Silesk partOf Varenian_Federation",
        "Treaty of Ostra#The treaty was signed by three envoys – Olaf Rask, Eva Lind and Karl Mett.#Treaty_of_Ostra signedBy Eva_Lind",
        "Treaty of Ostra#It was ratified by two assemblies, the Diet of Marvia and the Senate of Silesk.#Treaty_of_Ostra ratifiedBy Senate_of_Silesk",
        "Diet of Velmia#The Diet of Velmia had two chambers: the Herrenbank and the Volksbank.#Volksbank rdf:type Chamber",
    })
    void eachNameOfTheList(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the heads of the states signed, not the states
        "Treaty of Ostra#The heads of state of Marvia, Silesk, Karsovia and Velmia signed it in Ostra on 3 May 1993.#Treaty_of_Ostra signedBy Karsovia",
        "Treaty of Ostra#The envoys of Marvia and Silesk signed the treaty in 1993.#Treaty_of_Ostra signedBy Silesk",
        "Treaty of Ostra#The foreign ministers of Marvia, Silesk and Karsovia signed the Treaty of Ostra.#Treaty_of_Ostra signedBy Marvia",
        // the last two of a list are not one name
        "Treaty of Ostra#By it three republics – Marvia, Silesk and Karsovia – united in the Varenian Federation.#Silesk_and_Karsovia partOf Varenian_Federation",
        // persons listed after a plural noun of states are no states; a list after "of" is the noun's
        "Treaty of Ostra#The treaty was signed by the leaders of the three republics, Olaf Rask, Eva Lind and Karl Mett.#Eva_Lind rdf:type Polity",
        // two names after a comma that opens a clause are one name ("After the elections, A and B adopted ...")
        "Treaty of Ostra#After the elections, Serbia and Montenegro adopted the Treaty of Ostra.#Montenegro rdf:type Polity",
        // a plural noun of no class gives none
        "Treaty of Ostra#It was discussed by three delegates – Olaf Rask, Eva Lind and Karl Mett.#Eva_Lind rdf:type Polity",
    })
    void notTheListedNames(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }
}
