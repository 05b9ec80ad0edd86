package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.constitutionkg.extract.text.Patterns;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A numbered legislature is a term of the body, not a body: "the XXIV Legislature", "the 8th Legislature", "- XI
 * Legislature, opened on ..." in the article on a chamber or a legislature are sessions of it, numbered, with their
 * own dates, whether the number is a word, digits or a Roman numeral; a numbered name of another kind ("First
 * Chamber", a house) or a legislature's own name ("3rd Velmsejm") is not read so. Invented names.
 */
class NumberedTermsTest {

    private static final String TITLE = "Chamber of Deputies (Kingdom of Ostria)";
    private static final String LEAD = "The Chamber of Deputies was the elected house of the Parliament of the Kingdom of"
            + " Ostria from 1850 to 1935.";
    private static final String TERM = "Legislature_of_the_Chamber_of_Deputies_(Kingdom_of_Ostria)";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The XXIV Legislature (1903–1908) was the first elected by secret ballot.#XXIV_" + TERM + " rdf:type Session",
        "true#Terms of note: // - XXIV Legislature (1903–1908), the first elected by secret ballot#XXIV_" + TERM + " startDate 1903",
        "true#Its members were elected anew in 1903; the XXIV Legislature that they formed was dissolved in 1908.#XXIV_" + TERM + " sessionOf Chamber_of_Deputies_(Kingdom_of_Ostria)",
        "true#The 8th Legislature opened on 2 April 1871.#8th_" + TERM + " startDate 1871-04-02",
        "true#Terms of note: // - XI Legislature, opened on 5 May 1880 // - XIX Legislature, opened on 1 June 1896#XIX_" + TERM + " startDate 1896-06-01",
        "true#Terms of note: // - XI Legislature, opened on 5 May 1880 // - XIX Legislature, opened on 1 June 1896#XI_" + TERM + " ordinal 11",
        "true#It was convened by royal decree, and the Fifth Legislature met in the Palazzo Vero in 1861.#Fifth_" + TERM + " rdf:type Session",
        // a numbered house is a house; a legislature's own name with a number is no term of the chamber
        "false#It sat with the First Chamber in joint sessions.#First_" + TERM + " rdf:type Session",
        "false#Its deputies also sat in the 3rd Velmsejm.#3rd_Velmsejm_of_the_Chamber_of_Deputies_(Kingdom_of_Ostria) rdf:type Session",
    })
    void numberedLegislaturesAreTerms(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, LEAD + " " + ExtractionCases.lines(sentence), fact, holds, tmp);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"XXIV,24", "xix,19", "XXXIX,39", "IV,4", "IX,9", "VIII,8", "IIII,", "VX,", "XL,", "LI,", "MIX,", "'',"})
    void romanNumerals(String numeral, Integer value) {
        assertEquals(Optional.ofNullable(value), Patterns.romanNumeral(numeral));
    }
}
