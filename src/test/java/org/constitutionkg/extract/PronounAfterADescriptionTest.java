package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "it" that cannot be its clause's own subject is the thing named nearest before it in the sentence, by a name or by a
 * definite description ("acted for the assembly and was accountable to it"), before any name of the paragraph; and
 * an adverbial of time closed by "on" ("From then on", "from 1925 on", "Later on") governs no name after it, so the
 * clause's subject is still found. Invented names; the Coalition Government is named in the sentence before, the
 * nearest name of the paragraph.
 */
class PronounAfterADescriptionTest {

    private static final String TITLE = "Standing Committee of the Grand Diet (Velmark)";
    private static final String LEAD = "The Standing Committee of the Grand Diet was the permanent body of the Grand "
            + "Diet of Velmark from 1946 to 1960. In 1946 the Coalition Government of Velmark was formed. ";
    private static final String SUBJECT = "Standing_Committee_of_the_Grand_Diet_(Velmark)";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The committee acted for the diet between sessions and was accountable to it.#" + SUBJECT + " accountableTo Grand_Diet_of_Velmark",
        "false#The committee acted for the diet between sessions and was accountable to it.#" + SUBJECT + " accountableTo Coalition_Government_of_Velmark",
        "true#The committee was to act for the diet between sessions and was answerable to it.#" + SUBJECT + " accountableTo Grand_Diet_of_Velmark",
        "true#It met whenever the diet was not sitting, and it was responsible to it.#" + SUBJECT + " accountableTo Grand_Diet_of_Velmark",
        "true#From then on the committee was accountable to the diet.#" + SUBJECT + " accountableTo Grand_Diet_of_Velmark",
        "true#From 1950 on the Coalition Government of Velmark was accountable to the committee.#Coalition_Government_of_Velmark accountableTo " + SUBJECT,
        "true#Later on the Coalition Government of Velmark was responsible to the committee.#Coalition_Government_of_Velmark accountableTo " + SUBJECT,
        // "on" after another adverb is a preposition still: the name it governs is no subject
        "false#The committee was modelled closely on the Council of Ostria and abolished the Coalition Government of Velmark.#Council_of_Ostria abolished Coalition_Government_of_Velmark",
    })
    void thePronounIsWhatTheSentenceNamedBeforeIt(boolean holds, String sentence, String fact, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
