package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X had two chambers: A and B" says what "the two chambers of X, A and B" says: the names listed after a noun of
 * parts that "have" takes are parts of the subject of "have". A list of parts goes on past a relative clause or a
 * count that describes an item ("A, whose members sat for life, and B", "A of twelve members, four from each
 * district, and B") and past modifiers after an article ("and a smaller B"); a past participle right after a name is
 * said of it ("vested in a Council made up of A and B"). A clause inside one item's relative clause is said of that
 * item alone. Invented names and sentences.
 */
class PartsItHasTest {

    private static final String LEAD = "The Diet of Quarnia was the legislature of the Principality of Quarnia. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It had two chambers: the Upper Bench and the Lower Bench.#Lower_Bench partOf Diet_of_Quarnia",
        "It had two chambers: the Upper Bench, appointed by the prince, and the Lower Bench, elected by the burghers.#Lower_Bench partOf Diet_of_Quarnia",
        "The Diet had two houses, the Upper Bench, whose members sat for life, and the Lower Bench.#Lower_Bench partOf Diet_of_Quarnia",
        "Under the charter of 1850 the Diet has two chambers – the Upper Bench and the Lower Bench.#Upper_Bench partOf Diet_of_Quarnia",
        "The Diet, which had an appointed upper chamber, the Upper Bench, met in Velgrad.#Upper_Bench partOf Diet_of_Quarnia",
        "In 1851 the Diet was divided into two chambers: an Upper Bench (Oberbank), which represented the guilds, and a smaller Lower Bench, which reviewed the bills.#Diet_of_Quarnia hasPart Lower_Bench",
        "The Diet consisted of two houses, the Upper Bench, whose members sat for life, and the Lower Bench.#Diet_of_Quarnia hasPart Lower_Bench",
        "Power was vested in the Diet, which was divided into two chambers: an Upper Bench of twelve members, four from each county, and a Lower Bench.#Diet_of_Quarnia hasPart Lower_Bench",
        "The prince shared power with a Diet made up of two houses: the Upper Bench and the Lower Bench.#Diet_of_Quarnia hasPart Upper_Bench",
        "It was made up of the Upper Bench, whose twelve members formed the upper house, and the Lower Bench, a lower house of twenty-four members.#Diet_of_Quarnia hasPart Lower_Bench",
    })
    void states(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Diet of Quarnia", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Diet had a chairman, Ivan Kostov.#Ivan_Kostov partOf Diet_of_Quarnia",
        "At its founding the Diet had three members: Ivan Kostov, Petar Gorin and Ana Velic.#Petar_Gorin partOf Diet_of_Quarnia",
        "The Diet had two chambers until the Upper Bench was abolished in 1871.#Upper_Bench partOf Diet_of_Quarnia",
        "The prince had two chambers, the Upper Bench and the Lower Bench, built in his palace.#Upper_Bench partOf Principality_of_Quarnia",
        "It was made up of the Upper Bench, whose twelve members formed the upper house, and the Lower Bench, a lower house of twenty-four members.#Lower_Bench partOf Upper_Bench",
        "It had two chambers: the Upper Bench, whose members were chosen by the Guild Council, and the Lower Bench, elected by the burghers.#Lower_Bench electedBy Guild_Council",
        "The Diet had no upper house, the Upper Bench having been abolished in 1870.#Upper_Bench partOf Diet_of_Quarnia",
        "Having two chambers, the Upper Bench and the Lower Bench, the prince's council met twice a year.#Upper_Bench partOf Diet_of_Quarnia",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Diet of Quarnia", LEAD + body, unexpected, tmp);
    }
}
