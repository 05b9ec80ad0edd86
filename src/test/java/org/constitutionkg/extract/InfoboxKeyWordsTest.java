package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Infobox keys no row of infobox.tsv lists, read by their words (infobox-key-words.tsv): "Inaugurated", "Wound Up",
 * "Strength", "Presiding Officer", "Government Head", "Date Granted", "Upper Chamber Name", "Previous Session",
 * "Successor Office", "Legislative Body", "Signed Date", "Ratifiers", "City" as the known keys they mean;
 * a qualifier makes a key another thing ("Presiding Officer Upper" is a chamber's, "Chair of Presidium" another
 * body's, "Head of State" no chair); and dates written with ordinals in any field. Invented infoboxes.
 */
class InfoboxKeyWordsTest {

    @ParameterizedTest(name = "{1} => {2}")
    @CsvSource(delimiter = '|', value = {
        "Supreme Soviet of Velmia|Inaugurated: 12 January 1946|Supreme_Soviet_of_Velmia established 1946-01-12",
        "Supreme Soviet of Velmia|Date Constituted: 12 January 1946|Supreme_Soviet_of_Velmia established 1946-01-12",
        "Supreme Soviet of Velmia|Wound Up: 1991-09-05|Supreme_Soviet_of_Velmia disbanded 1991-09-05",
        "Supreme Soviet of Velmia|Date Ended: 5 September 1991|Supreme_Soviet_of_Velmia disbanded 1991-09-05",
        "Supreme Soviet of Velmia|Strength: 1,120 (1946–1966)|Supreme_Soviet_of_Velmia memberCount 1120",
        "Supreme Soviet of Velmia|Membership: 450|Supreme_Soviet_of_Velmia memberCount 450",
        "Supreme Soviet of Velmia|Presiding Officer: Anselm Vrdo|Supreme_Soviet_of_Velmia chair Anselm_Vrdo",
        "Provisional Government of Velmia|Government Head: Halvor Brekke|Provisional_Government_of_Velmia chair Halvor_Brekke",
        "Royal Charter of Velmia|Date Granted: 4 June 1814|Royal_Charter_of_Velmia adopted 1814-06-04",
        "Supreme Soviet of Velmia|Upper Chamber Name: Council of the Union|Supreme_Soviet_of_Velmia hasPart Council_of_the_Union",
        "Supreme Soviet of Velmia|Established: the 12th of January 1946|Supreme_Soviet_of_Velmia established 1946-01-12",
        "Supreme Soviet of Velmia|Established: January 12th, 1946|Supreme_Soviet_of_Velmia established 1946-01-12",
        "Royal Charter of Velmia|Date Adopted: 4th June 1814|Royal_Charter_of_Velmia adopted 1814-06-04",
        "Third Session of the Diet of Velmia|Previous Session: Second Session of the Diet of Velmia|Third_Session_of_the_Diet_of_Velmia precededBy Second_Session_of_the_Diet_of_Velmia",
        "Third Session of the Diet of Velmia|Next Sitting: Fourth Session of the Diet of Velmia|Third_Session_of_the_Diet_of_Velmia succeededBy Fourth_Session_of_the_Diet_of_Velmia",
        "Supreme Soviet of Velmia|Successor Office: Federal Assembly of Velmia|Supreme_Soviet_of_Velmia succeededBy Federal_Assembly_of_Velmia",
        "Supreme Soviet of Velmia|Predecessor Body: Diet of Velmia|Supreme_Soviet_of_Velmia precededBy Diet_of_Velmia",
        "Third Session of the Grand Assembly|Legislative Body: Diet of Velmia|Third_Session_of_the_Grand_Assembly sessionOf Diet_of_Velmia",
        "Third Session of the Grand Assembly|Convening Body: Diet of Velmia|Third_Session_of_the_Grand_Assembly partOf Diet_of_Velmia",
        "Treaty of Orlen|Signed Date: 3 March 1921|Treaty_of_Orlen adopted 1921-03-03",
        "Treaty of Orlen|Signed Location: Orlen Castle|Treaty_of_Orlen location Orlen_Castle",
        "Treaty of Orlen|Signed At: Orlen Castle, Orlen|Treaty_of_Orlen location Orlen_Castle",
        "Treaty of Orlen|Signed In: Orlen|Treaty_of_Orlen location Orlen",
        "Treaty of Orlen|Plenipotentiaries: Count Axel Brode, Baron Hakon Lind|Treaty_of_Orlen signedBy Hakon_Lind",
        "Royal Charter of Velmia|Promulgated: 19 May 1861|Royal_Charter_of_Velmia adopted 1861-05-19",
        "Supreme Soviet of Velmia|Successors: National Council of Velmia, Senate of Velmia|Supreme_Soviet_of_Velmia succeededBy Senate_of_Velmia",
        "Supreme Soviet of Velmia|Predecessors: Diet of Velmia|Supreme_Soviet_of_Velmia precededBy Diet_of_Velmia",
        "Presidium of the Diet of Velmia|Chosen By: Diet of Velmia|Presidium_of_the_Diet_of_Velmia electedBy Diet_of_Velmia",
        "Presidium of the Diet of Velmia|Superseded Office: Regent of Velmia|Presidium_of_the_Diet_of_Velmia precededBy Regent_of_Velmia",
        "Treaty of Orlen|Ratifiers: Diet of Velmia|Treaty_of_Orlen ratifiedBy Diet_of_Velmia",
        "Third Session of the Diet of Velmia|City: Pravik|Third_Session_of_the_Diet_of_Velmia location Pravik",
        "Third Session of the Diet of Velmia|Deputies Present: 212|Third_Session_of_the_Diet_of_Velmia memberCount 212",
        // a participle clause after a value's name is no part of it
        "Royal Charter of Velmia|Writer: Drafting Commission chaired by Anselm Vrdo|Royal_Charter_of_Velmia author Drafting_Commission",
        "Royal Charter of Velmia|Ratified By: Diet of Velmia convened by the regent|Royal_Charter_of_Velmia ratifiedBy Diet_of_Velmia",
        "Supreme Soviet of Velmia|Preceded By: Council of Velmia headed by Halvor Brekke|Supreme_Soviet_of_Velmia precededBy Council_of_Velmia",
        "Supreme Soviet of Velmia|Appointed By: Presidium of Velmia elected by the congress|Supreme_Soviet_of_Velmia electedBy Presidium_of_Velmia",
    })
    void readByItsWords(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, true, tmp);
    }

    @ParameterizedTest(name = "{1} => not {2}")
    @CsvSource(delimiter = '|', value = {
        "Supreme Soviet of Velmia|Presiding Officer Upper: Karl Mett|Supreme_Soviet_of_Velmia chair Karl_Mett",
        "Supreme Soviet of Velmia|Chair Of Presidium: Radomir Kestel|Supreme_Soviet_of_Velmia chair Radomir_Kestel",
        "Supreme Soviet of Velmia|Deputy Chair: Radomir Kestel|Supreme_Soviet_of_Velmia chair Radomir_Kestel",
        "Royal Charter of Velmia|Head of State: King Oskar|Royal_Charter_of_Velmia chair Oskar",
        "Supreme Soviet of Velmia|Constituted Under: Constitution of Velmia|Supreme_Soviet_of_Velmia established Constitution_of_Velmia",
        "Supreme Soviet of Velmia|Chamber Seats: 300|Supreme_Soviet_of_Velmia hasPart 300",
        "Supreme Soviet of Velmia|Governing Body: Council of Velmia|Supreme_Soviet_of_Velmia partOf Council_of_Velmia",
        "Treaty of Orlen|Signed By: 3 March 1921|Treaty_of_Orlen adopted 1921-03-03",
        "Supreme Soviet of Velmia|Next Election: Supreme Soviet of Velmia election|Supreme_Soviet_of_Velmia succeededBy Supreme_Soviet_of_Velmia_election",
        "Supreme Soviet of Velmia|Women Deputies: 45|Supreme_Soviet_of_Velmia memberCount 45",
        "Third Session of the Grand Assembly|Electing Body: Diet of Velmia|Third_Session_of_the_Grand_Assembly partOf Diet_of_Velmia",
        "Supreme Soviet of Velmia|Capital City: Pravik|Supreme_Soviet_of_Velmia location Pravik",
    })
    void notWhenAQualifierSaysOtherwise(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, false, tmp);
    }
}
