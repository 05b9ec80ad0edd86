package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the review of stop 40 found the new readings must not state: a past participle after a name that is the
 * clause's subject or an agent ("The council chosen by the Velm Congress met in Ytown"); a chair list from a lead-in
 * whose chairing verb stands in an aside ("The Governor, who chaired X, appointed the following ministers:"); an
 * apposition's head for a person's relative clause ("the Directory, a body headed by Ivan Petrov, who abolished the
 * Senate"); a person's commissioners; places from a hall's name that holds "and". Invented names and sentences.
 */
class ReviewOfStop40Test {

    private static final String HEAD = "= Council of Velm = // // The Council of Velm was the government of the "
            + "Republic of Velm. // // == History == // ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The council chosen by the Velm Congress met in Ytown.#Velm_Congress location Ytown#false",
        "Power was vested in a Grand Diet of Velm made up of two chambers: the Upper Bench and the Lower Bench.#Grand_Diet_of_Velm hasPart Upper_Bench#true",
        "The Governor, who chaired the Executive Council of Velm, appointed the following ministers: // - Ivo Brant // - Ana Sel#Executive_Council_of_Velm chair Ana_Sel#false",
        "The council was replaced by the Directory of Velm, a body headed by Ivan Petrov, who abolished the Senate of Velm.#Directory_of_Velm abolished Senate_of_Velm#false",
        "Ivan Petrov's commissioners were appointed by the Diet of Velm.#Council_of_Velm electedBy Diet_of_Velm#false",
        "In 1920 the election returned 150 deputies to the Diet of Velm.#Diet_of_Velm memberCount 150#true",
        "A council of twelve members, a commission of the former Velm Chancellor and the Diet of Velm met in Ytown.#Velm_Chancellor location Ytown#false",
    })
    void states(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines(HEAD + body) + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Diet of Orlia|Meeting Place: Hall of Arts and Crafts, Ytown|Diet_of_Orlia meetingPlace Crafts|false",
        "Diet of Orlia|Meeting Place: Hall of Arts and Crafts, Ytown|Diet_of_Orlia meetingPlace Hall_of_Arts_and_Crafts|true",
        "Diet of Orlia|Meeting Place: Ytown, Hall of Arts and Crafts|Diet_of_Orlia meetingPlace Crafts|false",
    })
    void infobox(String title, String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }
}
