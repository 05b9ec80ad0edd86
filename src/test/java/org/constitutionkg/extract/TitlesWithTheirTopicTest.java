package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A document's title goes on with its topic's preposition (topic-prepositions.tsv: "with", "between", "concerning",
 * "regarding", "respecting", "relating to") when it opens with a head of that preposition's row, as subject, object,
 * passive agent and in a relative clause; "between A and the B" keeps both parties; a "between" with no "and" after
 * it, and a preposition after a body's name, end the name as before. Also: a compound of who was the majority is no
 * part of a body's name ("the Ostian-majority Diet"), an army is nobody, a group's plural ("Ostian Reds") is no
 * person. Invented names throughout.
 */
class TitlesWithTheirTopicTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "The Treaty of Peace with Ostmark was signed in Ytown on 3 May 1921.#Treaty_of_Peace_with_Ostmark rdf:type Treaty",
        "In 1921 Velmar signed the Treaty of Friendship with Ostmark in Ytown.#Treaty_of_Friendship_with_Ostmark rdf:type Treaty",
        "The Velm Diet was created by the Convention concerning the Border Districts of Norland, which Ostmark signed in 1861.#Convention_concerning_the_Border_Districts_of_Norland rdf:type Treaty",
        "The Protocol regarding the Fisheries of the Ytown Coast, which was signed in Ytown in 1870, created the Velm Diet.#Protocol_regarding_the_Fisheries_of_the_Ytown_Coast rdf:type Treaty",
        "The Agreement between Velmar and Ostmark was signed in 1920.#Agreement_between_Velmar_and_Ostmark rdf:type Treaty",
        "It met a month after the Treaty of Ytown between Velmar and the Northern League, which ended the war.#Treaty_of_Ytown_between_Velmar_and_the_Northern_League rdf:type Treaty",
        "The Act respecting the Senate of Velmar was passed by the Velm Diet in 1901.#Act_respecting_the_Senate_of_Velmar rdf:type LegalInstrument",
    })
    void titleGoesOn(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Diet", sentence, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0} -/-> {1}")
    @CsvSource(delimiter = '#', value = {
        // no head of the row opens the name, a place's "of" before "with", three parties after "between", a month or a
        // lone adjective after the preposition
        "The Senate of Velmar with Ostmark met in Ytown in 1920.#Senate_of_Velmar_with_Ostmark rdf:type",
        "The Velm Diet signed the Treaty of Ytown with Ostmark in May 1921.#Treaty_of_Ytown_with_Ostmark rdf:type",
        "The Treaty of Ytown between Velmar, Ostmark and Norland was signed in 1921.#Treaty_of_Ytown_between_Velmar rdf:type",
        "The Velm Diet ratified the Treaty of Ytown between May and July 1921.#Treaty_of_Ytown_between_May rdf:type",
        "The Convention of Ytown concerning Ostian minorities was signed in 1921.#Convention_of_Ytown_concerning_Ostian rdf:type",
        // groups and armies are nobody, a majority's compound no part of a name
        "Zone B was governed by the Ostian People's Army.#Ostian_People's_Army rdf:type Person",
        "It was founded by Ivo Marek and other Ostian Reds who had fled to Velmar.#Ostian_Reds rdf:type Person",
        "Relations between the Directorate and the Ostian-majority Diet were tense.#Ostian-majority_Diet rdf:type",
    })
    void nameEnds(String sentence, String prefix, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStatesNone("Velm Diet", sentence, prefix, tmp);
    }
}
