package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The name that opens the lead's first sentence, before its verb, is another name of the article's subject, whatever
 * the verb ("was", "met", "took place", "convened", "opened"), and also when a foreign name in brackets interrupts it:
 * "The Fourth Session of the Grand Diet (Velmic: ...) of the Republic of Velm took place ..." in the article "Fourth
 * Session of the Grand Diet of Velm" is one session, not two. A name of another kind (the body whose session the
 * article is about, a person) is no name of it. Invented articles.
 */
class LeadSubjectNameTest {

    private static final String TITLE = "Fourth Session of the Grand Diet of Velm";
    private static final String LONG = "Fourth_Session_of_the_Grand_Diet_of_Velm altLabel Fourth Session of the Grand Diet of the Republic of Velm";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Fourth Session of the Grand Diet (Velmic: Četvrta sjednica Velikog sabora) of the Republic of Velm took place in Ytown in May 1950.",
        "The Fourth Session of the Grand Diet of the Republic of Velm met in Ytown between 3 and 9 May 1950.",
        "The Fourth Session of the Grand Diet of the Republic of Velm convened in Ytown on 3 May 1950 and adopted a budget.",
        "The Fourth Session of the Grand Diet of the Republic of Velm opened in Ytown on 3 May 1950.",
        "The Fourth Session of the Grand Diet of the Republic of Velm sat in Ytown for six days in 1950.",
        "The Fourth Session of the Grand Diet of the Republic of Velm, held in Ytown, lasted six days.",
    })
    void theOpeningNameIsTheSubjects(String lead, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, lead, LONG, true, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the body that met, a person: another thing
        "The Grand Diet of Velm met for its fourth session in Ytown in May 1950.#Fourth_Session_of_the_Grand_Diet_of_Velm altLabel Grand Diet of Velm",
        "Ivan Dorn opened the fourth session of the Grand Diet of Velm in Ytown in 1950.#Fourth_Session_of_the_Grand_Diet_of_Velm altLabel Ivan Dorn",
        "Velm convened its Grand Diet for a fourth session in 1950.#Fourth_Session_of_the_Grand_Diet_of_Velm altLabel Velm",
    })
    void notAnotherThing(String lead, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, lead, unexpected, false, tmp);
    }
}
