package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A definite description of the class of the article's subject ("the chamber" in the article on an upper house),
 * in a paragraph that names no other thing of that head, is the article's subject, not the other thing of that head
 * the article named paragraphs before (its lower counterpart); in the paragraph that names the other, it is the
 * other. A renaming of the subject to its own name states no successor and no end. Invented sentences, in several
 * constructions (active, passive, relative clause, coordinated clause).
 */
class OwnThingOfItsClassTest {

    private static final String LEAD = "The Upper House of Morvane was the upper chamber of the Estates of Morvane."
            + " Its lower counterpart was the Chamber of Burghers. // // ";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Upper House of Morvane#In 1880 the chamber counted 212 members.#Upper_House_of_Morvane memberCount 212",
        "Upper House of Morvane#The chamber was abolished in 1921.#Upper_House_of_Morvane disbanded 1921",
        "Upper House of Morvane#In 1921 the chamber, which the regent had weakened, was dissolved.#Upper_House_of_Morvane disbanded 1921",
        "Upper House of Morvane#The reform took away its veto, and the chamber was abolished in 1921.#Upper_House_of_Morvane disbanded 1921",
        // the paragraph that names the other chamber: "the chamber" is that one
        "Upper House of Morvane#The Chamber of Burghers sat in the old town hall. The chamber was abolished in 1919.#Chamber_of_Burghers disbanded 1919",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, ExtractionCases.lines(LEAD + body), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Upper House of Morvane#In 1880 the chamber counted 212 members.#Chamber_of_Burghers memberCount 212",
        "Upper House of Morvane#The chamber was abolished in 1921.#Chamber_of_Burghers disbanded 1921",
        // renamed to its own name: no successor, and no end of anything
        "Upper House of Morvane#The bishops lost their seats in 1905, and the chamber was renamed Upper House of Morvane in 1905.#Upper_House_of_Morvane disbanded 1905",
        "Upper House of Morvane#In 1905 the chamber was renamed the Upper House of Morvane.#Upper_House_of_Morvane disbanded 1905",
        "Upper House of Morvane#In 1905 the chamber was renamed the Upper House of Morvane.#Upper_House_of_Morvane succeededBy Upper_House_of_Morvane",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, ExtractionCases.lines(LEAD + body), unexpected, tmp);
    }
}
