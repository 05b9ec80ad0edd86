package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The country names of the gazetteer (country-names.txt) are states wherever they stand alone, in any genre's country:
 * a constitution "of Ghana" is Ghana's, and a state's name is never made another name of an organ. Invented
 * sentences; the countries are real names (the gazetteer is of real states).
 */
class CountryGazetteerTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ghana", "Pakistan", "Nepal", "Tanzania", "Sri Lanka", "Nigeria"})
    void aConstitutionOfACountryIsItsOwn(String country, @TempDir Path tmp) throws Exception {
        String id = country.replace(' ', '_');
        ExtractionCases.assertLead("1962 Constitution of " + country, "The 1962 Constitution of " + country
                + " was a short-lived charter. It was adopted by the National Assembly in 1962.",
                "1962_Constitution_of_" + id + " jurisdiction " + id, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Grand Council, formally styled Nepal in Council Assembled, was the made-up legislature of Nepal.",
        "The Grand Council (formally Ghana in Council) was the made-up legislature of Ghana from 1960 to 1966.",
        "The Grand Council, also called Nigeria in Council, sat in a made-up town from 1960 to 1966.",
        "The Grand Council, whose acts were styled as those of Pakistan in Council, sat from 1960 to 1966.",
    })
    void aCountrysNameIsNoOtherNameOfAnOrgan(String lead, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Grand Council", lead, tmp);
        String text = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("Grand_Council")
                && f.matches(".*altLabel (Nepal|Ghana|Nigeria|Pakistan)")), text);
        assertFalse(facts.stream().anyMatch(f -> f.matches("(Nepal|Ghana|Nigeria|Pakistan) rdf:type Legislature")), text);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Grand_Council") && f.contains(" rdf:type ")), text);
    }

    /** Every name of the gazetteer is a state's by itself: no pattern of another class takes one first. */
    @org.junit.jupiter.api.Test
    void everyGazetteerNameIsAState() {
        for (String name : Lexicon.lines("country-names.txt")) {
            assertTrue(Lexicon.get().classOf(name).filter("Polity"::equals).isPresent(), name);
            assertTrue(Lexicon.get().stateNames().contains(name), name);
        }
    }
}
