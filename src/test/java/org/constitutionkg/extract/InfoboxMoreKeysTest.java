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
 * More infobox keys (infobox.tsv rows), in invented infoboxes ("/" separates the fields): a treaty's "Parties" (a
 * plural "Treaties of X" is a treaty too), an instrument's "Drafter", an office infobox's "Post" (another name of the
 * body) and "Inaugural" holder (its first chair), a leader whose type is no chair (a person all the same, never an
 * office), "Type: Upper house of X" (a part of X; other types state no part and name no thing).
 */
class InfoboxMoreKeysTest {

    private static Set<String> facts(String title, String fields, Path tmp) throws Exception {
        return ExtractionCases.infoboxFacts(title, List.of(fields.split("/")), tmp);
    }

    @ParameterizedTest(name = "{1} => {2}")
    @CsvSource(delimiter = '|', value = {
        "Treaties of Ytown|Date Signed: 3 May 1850/Parties: Kingdom of Norland, Duchy of Velm|Treaties_of_Ytown party Duchy_of_Velm",
        "Treaties of Ytown|Date Signed: 3 May 1850/Parties: Kingdom of Norland, Duchy of Velm|Treaties_of_Ytown rdf:type Treaty",
        "Treaty of Ytown|Parties: Kingdom of Norland; Duchy of Velm; Free City of Ostburg|Treaty_of_Ytown party Free_City_of_Ostburg",
        "Ytown Accords|Date Signed: 3 May 1850/Parties: Kingdom of Norland and Duchy of Velm|Ytown_Accords party Kingdom_of_Norland",
        "Charter of Ostmark|Drafter: Count Karl Ebersbach|Charter_of_Ostmark author Karl_Ebersbach",
        "Charter of Ostmark|Drafters: Anna Berg, Karl Lind|Charter_of_Ostmark author Karl_Lind",
        "State Council of Norland|Post: State Council of the Kingdom of Norland|State_Council_of_Norland altLabel State Council of the Kingdom of Norland",
        "State Council of Norland|Inaugural: Aurel Vinter|State_Council_of_Norland chair Aurel_Vinter",
        "Fifth Congress of Xland|Chamber1 Leader2 Type: Secretary/Chamber1 Leader2: Olga Smirnova|Olga_Smirnova rdf:type Person",
        "Grand Diet of Xland|Leader3 Type: Deputy Chairman/Leader3: Ivan Petrov|Ivan_Petrov rdf:type Person",
        "State Council of Norland|Type: Upper house of the Grand Parliament of Norland|State_Council_of_Norland partOf Grand_Parliament_of_Norland",
        "State Council of Norland|Type: the second chamber of the Grand Parliament of Norland|State_Council_of_Norland partOf Grand_Parliament_of_Norland",
        "Federal Diet of Veldia|Leader1 Type: Presiding Envoy/Leader1: Otto Berg|Federal_Diet_of_Veldia chair Otto_Berg",
        "Federal Diet of Veldia|Succeeding1: Federal Council of Veldia|Federal_Diet_of_Veldia succeededBy Federal_Council_of_Veldia",
        "Treaty of Ytown|Parties: Kingdom of Norland; Free City of Ostburg|Free_City_of_Ostburg rdf:type Polity",
        // places one after another, each with its period
        "Directorate of Varnia|Seat: Liravets (1918–1919), Brezvin (1919–1920)|Directorate_of_Varnia location Brezvin",
        "Directorate of Varnia|Seat: Liravets (1918–1919), Brezvin (1919–1920)|Directorate_of_Varnia location Liravets",
        "Directorate of Varnia|Appointer: Grand Council of Varnia|Directorate_of_Varnia electedBy Grand_Council_of_Varnia",
        // an agency's chief whose position is a chair's; a congress's venue and delegates
        "Revolutionary Council of Varnia|Chief1 Name: Ivo Marek/Chief1 Position: Chairman|Revolutionary_Council_of_Varnia chair Ivo_Marek",
        "Revolutionary Council of Varnia|Chief1 Name: Ivo Marek/Chief2 Name: Olga Berg/Chief2 Position: Deputy Chairman|Olga_Berg rdf:type Person",
        "Second Congress of Varnia|Venue: Grand Hall, Ytown/Delegates: 512|Second_Congress_of_Varnia memberCount 512",
        "Second Congress of Varnia|Venue: Grand Hall, Ytown/Delegates: 512|Second_Congress_of_Varnia meetingPlace Grand_Hall",
        // a count whose parenthesis names a chamber is the chamber's, with a remark after a comma too
        "Imperial Council of Varnia|Members: 516 (House of Deputies, 1911)|House_of_Deputies memberCount 516",
        "Imperial Council of Varnia|Members: 413 (Chamber of Deputies)|Chamber_of_Deputies memberCount 413",
        // a year in parentheses tells one instrument from the others of its name
        "Constitution of Varnia|Repeals: Constitution of Varnia (1919)/Replaced By: Constitution of Varnia (1937)|Constitution_of_Varnia repeals 1919_Constitution_of_Varnia",
        "Constitution of Varnia|Repeals: Constitution of Varnia (1919)/Replaced By: Constitution of Varnia (1937)|Constitution_of_Varnia succeededBy 1937_Constitution_of_Varnia",
        "Constitution of Varnia|Repeals: Constitution of Varnia (1919)|1919_Constitution_of_Varnia altLabel Constitution of Varnia (1919)",
        "Council of Varnia|Appointed By: Grand Council of Varnia|Council_of_Varnia electedBy Grand_Council_of_Varnia",
        // a building named after an organ, where a body meets: a place
        "People's Assembly of Varnia|Meeting Place: House of the Assembly, Ytown|House_of_the_Assembly rdf:type Place",
        "People's Assembly of Varnia|Seat: Chamber of Estates, Ytown|Chamber_of_Estates rdf:type Place",
    })
    void theKeyStates(String title, String fields, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = facts(title, fields, tmp);
        assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{1} => not {2}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Ostmark|Parties: Kingdom of Norland, Duchy of Velm|Charter_of_Ostmark party Duchy_of_Velm",
        "Directorate of Varnia|Seat: Liravets (1918–1919), Brezvin (1919–1920)|Liravets location Brezvin",
        "Revolutionary Council of Varnia|Chief1 Name: Ivo Marek/Chief2 Name: Olga Berg/Chief2 Position: Deputy Chairman|Revolutionary_Council_of_Varnia chair Olga_Berg",
        "Imperial Council of Varnia|Members: 516 (House of Deputies, 1911)|Imperial_Council_of_Varnia memberCount 516",
        "Imperial Council of Varnia|Members: 120 (Agrarian Party)|Agrarian_Party memberCount 120",
        // the state an instrument ends is not where it is in force
        "Ytown Protocol|Long Name: Protocol on the Termination of the Union of Free Republics|Ytown_Protocol jurisdiction Union_of_Free_Republics",
        "Ytown Agreement|Long Title: Agreement on the Dissolution of the Federation of Varnia|Ytown_Agreement jurisdiction Federation_of_Varnia",
        "Ytown Act|Long Title: Act on the Abolition of the Kingdom of Varnia|Ytown_Act jurisdiction Kingdom_of_Varnia",
        // a sitting's presidium is part of no organ
        "Second Congress of Varnia|Chamber1 Leader1 Type: Chairman of the Presidium/Chamber1 Leader1: Ivan Petrov|Presidium_of_the_Second_Congress_of_Varnia partOf Second_Congress_of_Varnia",
        "Treaty of Ytown|Long Name: Treaty of Peace between Norland on the one part and Velm, Orsk, Lessau and Brell on the other part|Treaty_of_Ytown altLabel Orsk",
        "Charter of Ostmark|Drafter: Emperor of Ostmark|Emperor_of_Ostmark rdf:type Person",
        "Fifth Congress of Xland|Chamber1 Leader2 Type: Secretary/Chamber1 Leader2: Olga Smirnova|Fifth_Congress_of_Xland chair Olga_Smirnova",
        "Grand Diet of Xland|Leader3 Type: Deputy Chairman/Leader3: First Secretary|First_Secretary rdf:type Person",
        "Grand Diet of Xland|Leader3 Type: Deputy Chairman/Leader3: Ivan Petrov|Grand_Diet_of_Xland chair Ivan_Petrov",
        "Treaty of Ytown|Type: Union treaty|Union_treaty rdf:type Polity",
        "Treaty of Ytown|Type: Union treaty|Treaty_of_Ytown rdf:type StateOrgan",
        "Decree of Ostmark|Type: Imperial decree of the Grand Parliament of Norland|Decree_of_Ostmark partOf Grand_Parliament_of_Norland",
        "State Council of Norland|Type: Collective head of state|State_Council_of_Norland partOf Collective_head_of_state",
    })
    void theKeyDoesNotState(String title, String fields, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = facts(title, fields, tmp);
        assertFalse(facts.contains(fact), () -> fact + " stated in\n" + String.join("\n", facts));
    }
}
