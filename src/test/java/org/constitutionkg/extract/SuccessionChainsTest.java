package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second link of a chain of succession: "X was replaced by Y, which in turn was replaced by Z" states that Z
 * followed Y, not X (an adverbial phrase of several words, adverbial-phrases.txt, may stand between "which" and its
 * verb); and the new thing after "with" ("was replaced with Y", "the charter replaced X with Y"). The legacy
 * sentence-shaped rules replaced-by and replaced-on-date, whose "anything up to 'replaced'" crossed into the
 * relative clause, are retired: the frames say it. Invented sentences.
 */
class SuccessionChainsTest {

    /** A first sentence on the article's own subject, so that "It" is that subject. */
    private static String lead(String title) {
        return "The " + title + " dates from 1920. ";
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Velm#It was superseded by the Union Charter of 1931, which in turn was replaced by the Basic Law of Velm in 1958.#Basic_Law_of_Velm precededBy Union_Charter_of_1931",
        "Treaty of Velm#It was superseded by the Union Charter of 1931, which in turn was replaced by the Basic Law of Velm in 1958.#Union_Charter_of_1931 repealed 1958",
        "Treaty of Velm#It gave way to the Union Charter of 1931, which in its turn gave way to the Basic Law of Velm.#Basic_Law_of_Velm precededBy Union_Charter_of_1931",
        "Treaty of Velm#The Union Charter of 1931 replaced it and was in turn superseded by the Basic Law of Velm.#Basic_Law_of_Velm precededBy Union_Charter_of_1931",
        "Treaty of Velm#Its successor was the Union Charter of 1931, which the Basic Law of Velm in turn replaced in 1958.#Basic_Law_of_Velm precededBy Union_Charter_of_1931",
        // a verb of no frame, then "and" and a passive of succession: the subject of the first
        "Velm Charter#The Velm Charter lost force in 1951 and was replaced by the Basic Law of Velm.#Basic_Law_of_Velm precededBy Velm_Charter",
        "Velm Charter#It lapsed in 1951 and was superseded by the Basic Law of Velm.#Basic_Law_of_Velm precededBy Velm_Charter",
        "Velm Charter#It remained in force until 1951 and was then replaced by the Basic Law of Velm.#Velm_Charter succeededBy Basic_Law_of_Velm",
        "Velm Charter#The Velm Charter, which lapsed in 1951 and was replaced by the Basic Law of Velm, had 90 articles.#Basic_Law_of_Velm precededBy Velm_Charter",
        // "with" the new thing
        "Velm Executive Committee#In 1937 the Velm Executive Committee was replaced with the Presidium of the Velm Diet.#Presidium_of_the_Velm_Diet precededBy Velm_Executive_Committee",
        "Velm Executive Committee#In 1937 it was replaced with the Presidium of the Velm Diet.#Presidium_of_the_Velm_Diet precededBy Velm_Executive_Committee",
        "Velm Executive Committee#In 1937 the Velm Charter replaced the Velm Executive Committee with the Presidium of the Velm Diet.#Presidium_of_the_Velm_Diet precededBy Velm_Executive_Committee",
        "Velm Executive Committee#The Velm Charter, which replaced the Velm Executive Committee with the Presidium of the Velm Diet, was adopted in 1937.#Presidium_of_the_Velm_Diet precededBy Velm_Executive_Committee",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, lead(title) + body, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Treaty of Velm#It was superseded by the Union Charter of 1931, which in turn was replaced by the Basic Law of Velm in 1958.#Treaty_of_Velm succeededBy Basic_Law_of_Velm",
        "Treaty of Velm#It was replaced by the Union Charter of 1931, which was itself replaced by the Basic Law of Velm in 1958.#Treaty_of_Velm succeededBy Basic_Law_of_Velm",
        "Treaty of Velm#It was superseded by the Union Charter of 1931, which in turn was replaced by the Basic Law of Velm in 1958.#Treaty_of_Velm repealed 1958",
        "Velm Executive Committee#In 1937 the Velm Charter replaced the Velm Executive Committee with the Presidium of the Velm Diet.#Velm_Charter precededBy Velm_Executive_Committee",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, lead(title) + body, unexpected, tmp);
    }
}
