package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 32: capitalised words before a plural common noun of a class are its adjectives, no name ("the Norlian and
 * Vendish Soviet republics"); an organ's name before "building" names the building, a place; "which" never stands for
 * a person, but for the thing named before the person's phrase; two names of one kind joined by "and" are no one
 * name ("the Xian Soviet Republic and the Soviet Republic of Y"), while one title may hold "and" ("Declaration and
 * Treaty on X", "Union of the Xian and Yian Republics"). Invented names.
 */
class JoinedAndModifyingNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#The union was a federation of the Norlian, Vendish and Tarkish Soviet republics.#Tarkish_Soviet rdf:type StateOrgan",
        "false#In 1940 the Baltic Soviet republics joined the union.#Baltic_Soviet rdf:type StateOrgan",
        "true#The soviet met in the former Grand Assembly building on Mill Street.#Grand_Assembly_building rdf:type Place",
        "false#The soviet met in the former Grand Assembly building on Mill Street.#Grand_Assembly rdf:type Legislature",
        "true#The council appointed the Provisional Government of Norlia under Ivo Marek, which was answerable to it.#Provisional_Government_of_Norlia accountableTo Council_of_Norlia",
        "false#The council appointed the Provisional Government of Norlia under Ivo Marek, which was answerable to it.#Ivo_Marek accountableTo Council_of_Norlia",
        "true#The council appointed Ivo Marek, who chaired it until 1930.#Council_of_Norlia chair Ivo_Marek",
    })
    void modifiersAndRelatives(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Council of Norlia", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#Long Name: Treaty on the Unification of the Norlian Soviet Republic and the Socialist Soviet Republic of Vendia#Norlian_Soviet_Republic_and_the_Socialist_Soviet_Republic_of_Vendia rdf:type Polity",
        "true#Long Name: Treaty on the Unification of the Norlian Soviet Republic and the Socialist Soviet Republic of Vendia#Treaty_of_Union_of_Norlia altLabel Treaty on the Unification of the Norlian Soviet Republic and the Socialist Soviet Republic of Vendia",
        "true#Long Name: Declaration and Treaty on the Union of Norlia#Treaty_of_Union_of_Norlia altLabel Declaration and Treaty on the Union of Norlia",
        "true#Jurisdiction: Union of the Norlian and Vendish Soviet Republics#Union_of_the_Norlian_and_Vendish_Soviet_Republics rdf:type Polity",
        "false#Parties: Presidium and State Council#Presidium_and_State_Council rdf:type Presidium",
    })
    void joinedNames(boolean holds, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Treaty of Union of Norlia", field, fact, holds, tmp);
    }
}
