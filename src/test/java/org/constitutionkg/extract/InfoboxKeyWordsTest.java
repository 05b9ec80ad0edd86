package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Infobox keys no row of infobox.tsv lists, read by their words (infobox-key-words.tsv): "Inaugurated", "Wound Up",
 * "Strength", "Presiding Officer", "Government Head", "Date Granted", "Upper Chamber Name" as the known keys they mean;
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
    })
    void notWhenAQualifierSaysOtherwise(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, false, tmp);
    }
}
