package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "It was in turn replaced by Z": a pronoun whose clause says its referent follows another (shifting-adverbs.txt) is
 * the thing of its kind spoken of last, not the article's subject. Invented sentences: the adverb before the verb,
 * after it, "itself", "in its turn", the pronoun after an opening phrase.
 */
class PronounInTurnTest {

    private static final String LEAD = "The Old Statute of Zemlia was a made-up basic law adopted in 1921. In 1950 it was "
            + "replaced by the Charter of 1950. ";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was in turn replaced by the Charter of 1962.",
        "It was replaced in turn by the Charter of 1962.",
        "It was itself replaced by the Charter of 1962.",
        "It in its turn was replaced by the Charter of 1962.",
        "In 1962 it was in turn superseded by the Charter of 1962.",
    })
    void theLastOfItsKind(String next, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Old Statute of Zemlia", LEAD + next, tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.stream().anyMatch(f -> f.matches("Charter_of_1950 \\S+ Charter_of_1962")
                || f.matches("Charter_of_1962 \\S+ Charter_of_1950")), text);
        assertFalse(facts.stream().anyMatch(f -> f.matches("Old_Statute_of_Zemlia \\S+ Charter_of_1962")
                || f.matches("Charter_of_1962 \\S+ Old_Statute_of_Zemlia")), text);
    }

    /** A reflexive object after the verb shifts nothing: "It dissolved itself in 1991" is the subject's end. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It dissolved itself in 1991.",
        "In 1991 it dissolved itself.",
        "It finally dissolved itself in 1991.",
    })
    void aReflexiveIsNoShift(String last, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Grand Assembly of Zemlia", "The Grand Assembly of Zemlia was "
                + "the legislature of Zemlia. In 1960 it elected the State Board of Zemlia. " + last, tmp);
        String text = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith("State_Board_of_Zemlia disbanded")), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was replaced by the Charter of 1962.",
        "It was later replaced by the Charter of 1962.",
        "In 1962 it was superseded by the Charter of 1962.",
    })
    void withoutTheAdverbItIsTheSubject(String next, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Old Statute of Zemlia", "The Old Statute of Zemlia was a made-up "
                + "basic law adopted in 1921. " + next, tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.stream().anyMatch(f -> f.matches("Old_Statute_of_Zemlia \\S+ Charter_of_1962")
                || f.matches("Charter_of_1962 \\S+ Old_Statute_of_Zemlia")), text);
    }
}
