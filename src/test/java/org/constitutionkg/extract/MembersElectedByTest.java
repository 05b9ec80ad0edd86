package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who elects a body's members elects the body: "its judges were elected by X", "the court's nine judges were
 * appointed by X", "the judges of the court were chosen by X" (member-nouns.txt and count-nouns.txt: judges,
 * assessors, deputies ...). Invented names and sentences.
 */
class MembersElectedByTest {

    private static final String LEAD = "The Supreme Court of Orlia was the highest court of the Republic of Orlia. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Its judges were elected by the Grand Council of Orlia for five years.",
        "The court's nine judges were elected by the Grand Council of Orlia.",
        "The judges of the court were chosen by the Grand Council of Orlia.",
        "Its assessors were appointed by the Grand Council of Orlia.",
        "From 1950 its members were elected by the Grand Council of Orlia.",
    })
    void electedBy(String body, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Supreme Court of Orlia", LEAD + body,
                "Supreme_Court_of_Orlia electedBy Grand_Council_of_Orlia", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The judges of the Labour Court were elected by the Grand Council of Orlia.",
        "The Grand Council's deputies were elected by the districts.",
    })
    void notThisBody(String body, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Supreme Court of Orlia", LEAD + body,
                "Supreme_Court_of_Orlia electedBy Grand_Council_of_Orlia", tmp);
    }
}
