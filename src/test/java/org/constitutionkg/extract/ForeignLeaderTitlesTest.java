package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first leader of a body's infobox whose type is a title in a language of its own, no word of it an English title
 * or office ("Leader1 Type: Stolmester", "Ceann Varda"), presides over the body; a type with an English office in it
 * ("Prime Minister", "Leader of the Opposition", "Deputy Speaker"), a body ("Presidium") or a later leader's
 * stays no chair. The infobox
 * keys of a series of meetings (Follows, Precedes, Venues) state its neighbours and where it met. Invented values.
 */
class ForeignLeaderTitlesTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "Leader1 Type: Stolmester#Leader1: Anton Berg (1922–1928), Olga Smirnova (1928–1936)#Senate_of_Velmark chair Olga_Smirnova#true",
        "Leader Type: Ceann Varda#Leader: Anton Berg#Senate_of_Velmark chair Anton_Berg#true",
        "Leader1 Type: Prime Minister#Leader1: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader1 Type: Leader of the Opposition#Leader1: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader1 Type: Deputy Speaker#Leader1: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader2 Type: Stolmester#Leader2: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader1 Type: Presidium#Leader1: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader1 Type: Clerk#Leader1: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader1 Type: Monarch#Leader1: Anton Berg#Senate_of_Velmark chair Anton_Berg#false",
        "Leader1 Type: Stolmester#Leader1: Anton Berg#Anton_Berg rdf:type Person#true",
    })
    void leaders(String type, String leader, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertEquals(holds, ExtractionCases.infoboxFacts("Senate of Velmark", List.of(type, leader), tmp).contains(fact),
                fact);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "Follows: 1923 Dorn Conference#1927_Dorn_Conference precededBy 1923_Dorn_Conference#true",
        "Precedes: 1931 Dorn Conference#1927_Dorn_Conference succeededBy 1931_Dorn_Conference#true",
        "Venues: Velm Palace, Velm#1927_Dorn_Conference meetingPlace Velm_Palace#true",
    })
    void meetings(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("1927 Dorn Conference", field, fact, holds, tmp);
    }
}
