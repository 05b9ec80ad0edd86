package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of parts goes on past what describes an item between commas: a relative clause ("the House of Peers, whose
 * members sat for life, and ..."), a participle, after an adverb too ("partly appointed by the king"), a phrase with
 * "with" ("with 30 members"), a common noun in apposition ("the upper house"), a count right after the name ("a House
 * of Peers of 30 members"); the last item's own describing phrase may run to the sentence's end ("..., with 90
 * members."; "... elected directly by the towns."). Not past a participle whose verb is the frame's own ("the Soviet
 * of the Union, chaired by X, and the Soviet of Y, whose chairman was Z": X chairs the first only), nor from the
 * relative clause of one name to a list after it. Chambers that form or constitute a legislature are its parts
 * (frames.tsv), an organ that forms another is not. Invented sentences, several constructions.
 */
class ListsPastDescribingPhrasesTest {

    private static final String LEAD = "The Diet of Velmora was the legislature of Velmora. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Diet of Velmora was divided into two chambers: the House of Peers, whose members sat for life, and the House of Burghers, which was elected by the towns.#Diet_of_Velmora hasPart House_of_Burghers",
        "It was divided into two chambers: the House of Peers (Herrenstube), with 30 members, and the House of Burghers (Buergerstube), with 90 members.#Diet_of_Velmora hasPart House_of_Burghers",
        "It was then divided into two chambers: a House of Peers of 30 members, partly appointed by the king, and a House of Burghers of 90 deputies elected by the towns.#Diet_of_Velmora hasPart House_of_Burghers",
        "The Diet of Velmora comprised the House of Peers, with 30 members, and the House of Burghers.#Diet_of_Velmora hasPart House_of_Burghers",
        "The Diet of Velmora comprised the House of Peers, with 30 members, the House of Burghers, with 90 members, and the House of Clergy.#Diet_of_Velmora hasPart House_of_Clergy",
        "The charter gave the kingdom a parliament, the Diet of Velmora, which had two chambers: the House of Peers, the upper house, and the House of Burghers, the lower house.#House_of_Burghers partOf Diet_of_Velmora",
        "The Diet of Velmora was split into two chambers: the House of Peers, elected directly by the nobles, and the House of Burghers, elected directly by the towns.#Diet_of_Velmora hasPart House_of_Burghers",
        "The House of Peers, whose members sat for life, and the House of Burghers, with 90 members, formed the Diet of Velmora.#House_of_Burghers partOf Diet_of_Velmora",
        // chambers that form a legislature are its parts (frames.tsv: form, constitute), in several constructions
        "The House of Peers and the House of Burghers formed the Diet of Velmora.#House_of_Peers partOf Diet_of_Velmora",
        "The Diet of Velmora was formed by the House of Peers and the House of Burghers.#House_of_Burghers partOf Diet_of_Velmora",
        "Together with the House of Peers, the House of Burghers formed the Diet of Velmora.#House_of_Burghers partOf Diet_of_Velmora",
        "The House of Burghers, which together with the House of Peers constituted the Diet of Velmora, met in Ytown.#House_of_Burghers partOf Diet_of_Velmora",
    })
    void states(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Diet of Velmora", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Both chambers, the House of Peers, chaired by Ivan Dorn, and the House of Burghers, whose chairman was Petr Rukh, met jointly.#House_of_Burghers chair Ivan_Dorn",
        "It was succeeded by the Grand Council of Velmora, which was set up by the Charter of Velmora and is divided into two chambers, the House of Peers and the House of Burghers.#Diet_of_Velmora succeededBy House_of_Peers",
        "The Diet of Velmora formed a new government, the Council of Velmora, in 1901.#Council_of_Velmora partOf Diet_of_Velmora",
        "The Council of Velmora formed the Diet of Velmora in 1901.#Council_of_Velmora partOf Diet_of_Velmora",
        "In 1901 the House of Burghers formed the Council of Ministers of Velmora.#House_of_Burghers partOf Council_of_Ministers_of_Velmora",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Diet of Velmora", LEAD + body, unexpected, tmp);
    }
}
