package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An act done "at a session of X", "at a joint sitting of X", "at a meeting of X", with no "by", is X's act when X is
 * an organ (a sitting of no name of its own); a party's meeting, a time ("during a session of X") and a sitting of two
 * bodies make no organ's act. Passive, relative clause, pronoun subject. Invented names.
 */
class ActAtASittingTest {

    private static final String TITLE = "Fourth Act of Velmark";
    private static final String LEAD = "The Fourth Act of Velmark was a founding act of the Republic of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It was adopted at a session of the Little Council of Velmark on 22 January 1918.#Fourth_Act_of_Velmark adoptedBy Little_Council_of_Velmark",
        "true#The act was approved at a joint sitting of the Little Council of Velmark in March 1918.#Fourth_Act_of_Velmark adoptedBy Little_Council_of_Velmark",
        "true#The act, which was adopted at a meeting of the Little Council of Velmark in 1918, was short.#Fourth_Act_of_Velmark adoptedBy Little_Council_of_Velmark",
        // a time, or a sitting of two bodies, names no one act's organ
        "false#The act was issued during a session of the Little Council of Velmark in 1918.#Fourth_Act_of_Velmark adoptedBy Little_Council_of_Velmark",
        "false#It was adopted at a joint sitting of the Little Council of Velmark and the Senate of Velmark in 1918.#Fourth_Act_of_Velmark adoptedBy Little_Council_of_Velmark",
        "true#It was adopted on 22 January 1918 at a night session of the Little Council of Velmark.#Fourth_Act_of_Velmark adoptedBy Little_Council_of_Velmark",
        "false#The act was approved at a meeting of the Velmark Socialist Party in March 1918.#Fourth_Act_of_Velmark adoptedBy Velmark_Socialist_Party",
    })
    void theSittingsOrganActs(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
