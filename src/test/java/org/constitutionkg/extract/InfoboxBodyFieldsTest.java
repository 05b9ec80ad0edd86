package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Infobox fields of bodies, in invented infoboxes of several value shapes ("/" separates the fields): a "Parent
 * Agency" is the body the agency answers to (accountableTo), never a whole it is part of; a house-type word in a field
 * of chambers ("Unicameral (Grand Assembly)", "Bicameral (A, B)") is the house type of the body, never a chamber.
 */
class InfoboxBodyFieldsTest {

    private static Set<String> facts(String title, String fields, Path tmp) throws Exception {
        return ExtractionCases.infoboxFacts(title, List.of(fields.split("/")), tmp);
    }

    @ParameterizedTest(name = "{1} => {2}")
    @CsvSource(delimiter = '|', value = {
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland|Council_of_Ministers_of_Norland accountableTo Grand_Assembly_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland (1950–1961), Federal Diet of Norland (1961–1990)|Council_of_Ministers_of_Norland accountableTo Grand_Assembly_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland (1950–1961), Federal Diet of Norland (1961–1990)|Council_of_Ministers_of_Norland accountableTo Federal_Diet_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland and Federal Diet of Norland|Council_of_Ministers_of_Norland accountableTo Federal_Diet_of_Norland",
        // a presidium's parent body is the whole it is part of
        "Presidium of the Grand Assembly of Norland|Parent Body: Grand Assembly of Norland|Presidium_of_the_Grand_Assembly_of_Norland partOf Grand_Assembly_of_Norland",
        // house types: of the legislature the article is about, or of the one house a constitution names
        "Grand Diet of Xland|Chambers: Bicameral (Senate of Xland, Chamber of Deputies of Xland)|Grand_Diet_of_Xland houseType Bicameral",
        "Grand Diet of Xland|Chambers: Bicameral (Senate of Xland, Chamber of Deputies of Xland)|Grand_Diet_of_Xland hasPart Senate_of_Xland",
        "Grand Diet of Xland|Chambers: Bicameral (Senate of Xland, Chamber of Deputies of Xland)|Grand_Diet_of_Xland hasPart Chamber_of_Deputies_of_Xland",
        "Grand Diet of Xland|Houses: Unicameral|Grand_Diet_of_Xland houseType Unicameral",
        "Grand Diet of Xland|Chambers: Senate of Xland, Chamber of Deputies of Xland|Grand_Diet_of_Xland hasPart Senate_of_Xland",
        "Constitution of Xland|Chambers: Unicameral (Grand Assembly of Xland)|Grand_Assembly_of_Xland houseType Unicameral",
        "Constitution of Xland|Chambers: Unicameral (Grand Assembly of Xland)|Grand_Assembly_of_Xland rdf:type Legislature",
        "Constitution of Xland|Chambers: Unicameral (People's Diet)|People's_Diet houseType Unicameral",
        "Constitution of Xland|Chambers: Bicameral (Senate of Xland, Chamber of Deputies of Xland)|Senate_of_Xland rdf:type Chamber",
    })
    void theFieldStates(String title, String fields, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = facts(title, fields, tmp);
        assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{1} => not {2}")
    @CsvSource(delimiter = '|', value = {
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland|Council_of_Ministers_of_Norland partOf Grand_Assembly_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland (1950–1961), Federal Diet of Norland (1961–1990)|Council_of_Ministers_of_Norland partOf Federal_Diet_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: Grand Assembly of Norland (1950–1961), Federal Diet of Norland (1961–1990)|Grand_Assembly_of_Norland hasPart Council_of_Ministers_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: King of Norland|Council_of_Ministers_of_Norland partOf King_of_Norland",
        "Council of Ministers of Norland|Agency Name: Council of Ministers of Norland/Parent Agency: King of Norland|King_of_Norland rdf:type Person",
        "Grand Diet of Xland|Chambers: Bicameral (Senate of Xland, Chamber of Deputies of Xland)|Bicameral rdf:type Chamber",
        "Grand Diet of Xland|Houses: Unicameral|Unicameral rdf:type Chamber",
        "Grand Diet of Xland|Houses: Unicameral|Grand_Diet_of_Xland hasPart Unicameral",
        "Constitution of Xland|Chambers: Unicameral (Grand Assembly of Xland)|Unicameral rdf:type Chamber",
        "Constitution of Xland|Chambers: Unicameral (Grand Assembly of Xland)|Grand_Assembly_of_Xland rdf:type Chamber",
        "Constitution of Xland|Chambers: Unicameral (Grand Assembly of Xland)|Constitution_of_Xland houseType Unicameral",
        "Constitution of Xland|Chambers: Bicameral (Senate of Xland, Chamber of Deputies of Xland)|Senate_of_Xland houseType Bicameral",
    })
    void theFieldDoesNotState(String title, String fields, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = facts(title, fields, tmp);
        assertFalse(facts.contains(fact), () -> fact + " stated in\n" + String.join("\n", facts));
    }
}
