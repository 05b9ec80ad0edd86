package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short title that ends in its year ("the Velmark Act 1935", "the Statute of Dorn 1931", "the Constitution Act,
 * 1867": heads of year-titled-heads.txt) keeps its year and is an instrument (a "Constitution Act" a constitution), in
 * every construction; a year after another name stays a date. The infobox keys of a British act (Parliament, Royal Assent, Commencement, Repealing
 * Legislation) state who enacted it and when; "Type: Unicameral" is a house type. Invented names.
 */
class ShortTitlesWithTheirYearTest {

    private static final String TITLE = "Parliament of Velmark";
    private static final String LEAD = "The Parliament of Velmark was the legislature of the Dominion of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It was established by the Velmark Act 1935.#Velmark_Act_1935 establishes Parliament_of_Velmark",
        "true#The Velmark Act 1935 created the Parliament of Velmark.#Velmark_Act_1935 establishes Parliament_of_Velmark",
        "true#The Velmark Act 1935, which created the Parliament of Velmark, was passed in London.#Velmark_Act_1935 rdf:type LegalInstrument",
        "true#It was abolished by the Statute of Dorn 1961.#Statute_of_Dorn_1961 rdf:type LegalInstrument",
        "true#Its powers were widened by the Statute of Dorn 1931, which was enacted by the Imperial Parliament.#Statute_of_Dorn_1931 adoptedBy Imperial_Parliament",
        "true#It was created by the Constitution Act, 1867, and first sat in Dorn.#Constitution_Act_1867 rdf:type Constitution",
        "true#Under the Government of Velmark Act 1935 it had 250 members.#Government_of_Velmark_Act_1935 rdf:type LegalInstrument",
        // a year after any other name is a date
        "false#The Senate of Velmark 1920 elections were held in May.#Senate_of_Velmark_1920 rdf:type Chamber",
        "false#Under the Government of Velmark Act, 1935 saw a new senate.#Government_of_Velmark_Act_1935 rdf:type LegalInstrument",
        "true#In 1950 the Parliament of Velmark was abolished.#Parliament_of_Velmark disbanded 1950",
    })
    void titles(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "Parliament: Parliament of Dorn#Velmark_Act_1935 adoptedBy Parliament_of_Dorn#true",
        "Royal Assent: 2 August 1935#Velmark_Act_1935 adopted 1935-08-02#true",
        "Commencement: 1 April 1937#Velmark_Act_1935 effective 1937-04-01#true",
        "Repealing Legislation: Velmark Independence Act 1947#Velmark_Act_1935 repealedBy Velmark_Independence_Act_1947#true",
        "Repeal Date: 15 August 1947#Velmark_Act_1935 repealed 1947-08-15#true",
    })
    void britishActKeys(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Velmark Act 1935", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '#', value = {
        "Type: Unicameral#Council_of_Velmark houseType Unicameral#true",
        "Type: Bicameral#Council_of_Velmark houseType Bicameral#true",
        "House Type: Unicameral#Council_of_Velmark houseType Unicameral#true",
        "Type: Unicameral#Council_of_Velmark rdf:type Unicameral#false",
    })
    void houseTypeAsType(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Council of Velmark", field, fact, holds, tmp);
    }
}
