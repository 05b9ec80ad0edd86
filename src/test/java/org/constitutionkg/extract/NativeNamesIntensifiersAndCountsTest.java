package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name in another language, unlabelled, is known by its stems ("the Velmian Republic (Velmianska Republika; VR)"),
 * and an abbreviation alone is never the label while the thing has a name; "X, itself a constituent of Y," says what
 * "X, a constituent of Y," says; a party body's count of members is its own ("a Central Committee of 71 members"),
 * while a party "with 40 deputies" counts its seats in an assembly. Invented sentences.
 */
class NativeNamesIntensifiersAndCountsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Constitutions of the Velmian Republic#The Velmian Republic (Velmianska Republika; VR) has had three constitutions.#Velmian_Republic altLabel Velmianska Republika",
        "Constitutions of the Velmian Republic#The Velmian Republic (Velmianska Republika; VR) has had three constitutions.#Velmian_Republic altLabel VR",
        "Diet of Velmia#The Diet of Velmia (Velmiaanse Dieta) met in Velm.#Diet_of_Velmia altLabel Velmiaanse Dieta",
        "Treaty of Velm#The Treaty of Velm, officially the Protocol on the Ending of the Union of Ostra, Calm and Lesk and on the Division of Its Assets (Ostran: Velmský protokol), was signed in 1993.#Treaty_of_Velm altLabel Velmský protokol",
        "Treaty of Velm#The Treaty of Velm, formally the Agreement on the Partition of the Lands of Ostra and on Its Debts (Ostran: Velmská dohoda), was signed in 1993.#Treaty_of_Velm altLabel Velmská dohoda",
        "Treaty of Velm#The Norland Republic, itself a constituent of the Union of Borean Republics, signed the Treaty of Velm.#Norland_Republic partOf Union_of_Borean_Republics",
        "Treaty of Velm#The treaty was signed by the Norland Republic, itself a member of the Union of Borean Republics.#Norland_Republic partOf Union_of_Borean_Republics",
        "Tenth Congress of the Velmian Party#The Tenth Congress of the Velmian Party was held in 1950. The delegates elected a Central Committee of the Velmian Party of 71 full members.#Central_Committee_of_the_Velmian_Party memberCount 71",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // an abbreviation is no label of a thing that has a name
        "Constitutions of the Velmian Republic#The Velmian Republic (Velmianska Republika; VR) has had three constitutions.#VR rdf:type Polity",
        // an English variant with the name's own words is no foreign name
        "Diet of Velmia#The Diet of Velmia (Diet of the Velm Estates) met in Velm.#Diet_of_Velmia altLabel Diet of the Velm Estates@und",
        // a party with deputies: its seats, not its members
        "Farmers Party of Velmia#In 1950 the Farmers Party of Velmia entered the Diet of Velmia with 40 deputies.#Farmers_Party_of_Velmia memberCount 40",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }
}
