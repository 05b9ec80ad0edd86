package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Another name after an adverb of usage, in parentheses or in an apposition ("(often shortened to the 1951
 * Constitution)", "(Xish: ...; commonly called X)", ", often simply the Union Treaty of 1923,"): a name of the thing
 * before it, never a thing of its own; and dates written with ordinals ("on the 5th of December 1936", "December 5th,
 * 1936", "5th December 1936", "5 December, 1936") in prose. Invented sentences.
 */
class AdverbialAliasesAndOrdinalDatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of the Free Republic of Velmia|The Charter of the Free Republic of Velmia (often shortened to the 1951 Charter) was its fundamental law.|Charter_of_the_Free_Republic_of_Velmia altLabel 1951 Charter",
        "Charter of the Free Republic of Velmia|The Charter of the Free Republic of Velmia (Velmian: Ustava Velmije; often shortened to the 1951 Charter) was its fundamental law.|Charter_of_the_Free_Republic_of_Velmia altLabel 1951 Charter",
        "Charter of the Free Republic of Velmia|The Charter of the Free Republic of Velmia (commonly called the Vardo Charter) was its fundamental law.|Charter_of_the_Free_Republic_of_Velmia altLabel Vardo Charter",
        "Charter of the Free Republic of Velmia|The Charter of the Free Republic of Velmia (also called the Vardo Charter or the Charter of 1931) was its fundamental law.|Charter_of_the_Free_Republic_of_Velmia altLabel Charter of 1931",
        "Treaty on the Union of Eastern Republics|The Treaty on the Union of Eastern Republics, often simply the Union Treaty of 1923, created the union.|Treaty_on_the_Union_of_Eastern_Republics altLabel Union Treaty of 1923",
        "Treaty on the Union of Eastern Republics|The Treaty on the Union of Eastern Republics, or simply the Union Treaty, created the union.|Treaty_on_the_Union_of_Eastern_Republics altLabel Union Treaty",
        "Charter of Velmia|It was adopted on the 5th of December 1936.|Charter_of_Velmia adopted 1936-12-05",
        "Charter of Velmia|The Charter of Velmia was adopted on December 5th, 1936.|Charter_of_Velmia adopted 1936-12-05",
        "Charter of Velmia|The Grand Council of Velmia adopted the Charter of Velmia on 5th December 1936.|Charter_of_Velmia adopted 1936-12-05",
        "Charter of Velmia|The Charter of Velmia, which was adopted on 5 December, 1936, was short.|Charter_of_Velmia adopted 1936-12-05",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of the Free Republic of Velmia|The Charter of the Free Republic of Velmia (often shortened to the 1951 Charter) was its fundamental law.|1951_Charter rdf:type LegalInstrument",
        "Treaty on the Union of Eastern Republics|The Treaty on the Union of Eastern Republics, often simply the Union Treaty of 1923, created the union.|Union_Treaty_of_1923 rdf:type Treaty",
        // a name in quotes is a nickname, no thing of its own
        "Third Congress of the Velmian Workers' Party|The congress, which is remembered chiefly as the \"Congress of the Programme\", met in 1961.|Congress_of_the_Programme rdf:type Legislature",
        "Charter of Velmia|Critics called it the “Paper Charter of Velmia” at the time.|Paper_Charter_of_Velmia rdf:type LegalInstrument",
        // an ordinal that is no day of a date ("the 5th Congress")
        "Charter of Velmia|The 5th Congress of Velmia adopted the Charter of Velmia in 1936.|Charter_of_Velmia adopted 5",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
