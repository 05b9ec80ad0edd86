package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox value that lists places as alternatives ("Ytown, Ztown or Wtown (in rotation)", "Ytown or Ztown") or in
 * a list of three joined by "and" names each place, none in another ("Ytown, Xland" still is Ytown in Xland); a
 * count of a common noun ("22 Xlandish cantons") names no thing, not the one-word name that modifies the noun.
 * Invented values.
 */
class PlacesInTurnAndCountsTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Diet of Orlia|Meeting Place: Ytown, Ztown or Wtown (in rotation)|Diet_of_Orlia meetingPlace Wtown|true",
        "Diet of Orlia|Meeting Place: Ytown, Ztown or Wtown (in rotation)|Ytown location Ztown_or_Wtown|false",
        "Diet of Orlia|Meeting Place: Ytown, Ztown or Wtown (in rotation)|Ytown altLabel Ytown, Ztown or Wtown|false",
        "Diet of Orlia|Meeting Place: Ytown or Ztown|Diet_of_Orlia meetingPlace Ztown|true",
        "Diet of Orlia|Meeting Place: Ytown, Ztown and Wtown|Diet_of_Orlia meetingPlace Ztown|true",
        "Diet of Orlia|Meeting Place: Ytown, Ztown and Wtown|Ytown location Ztown|false",
        "Diet of Orlia|Meeting Place: Ytown, Xland|Ytown location Xland|true",
        "Diet of Orlia|Meeting Place: Ytown, Bosnia and Herzegovina|Ytown location Bosnia_and_Herzegovina|true",
        "Treaty of Orlia|Parties: 22 Orlish cantons|Treaty_of_Orlia party Orlish|false",
        "Treaty of Orlia|Parties: 22 Orlish cantons|Orlish rdf:type Polity|false",
        "Treaty of Orlia|Parties: Republic of Orlia, Kingdom of Velm|Treaty_of_Orlia party Kingdom_of_Velm|true",
        "Treaty of Orlia|Signatories: Ivo Brant and Ana Sel|Treaty_of_Orlia signedBy Ana_Sel|true",
    })
    void infobox(String title, String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }
}
