package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A verb whose own subject is a noun phrase no name gives ("the general's regime", "Petrov's cabinet"), in a clause
 * of its own after a comma or "and", has no agent we know: the first clause's subject does not stand in for it. A
 * named subject there acts as said. Invented names.
 */
class UnnamedSubjectTest {

    private static final String TITLE = "Velm Council";
    private static final String LEAD = "The Velm Council was a council of regional governments set up in Velm in 1918."
            + " It set up the Directory of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "false#The Directory of Velmark was thereby abolished, and the general's regime replaced it.#Directory_of_Velmark precededBy Velm_Council",
        "false#The Directory of Velmark was thereby abolished, and the general's regime replaced it.#Velm_Council succeededBy Directory_of_Velmark",
        "false#The Directory of Velmark was abolished in 1919, and Petrov's cabinet succeeded it.#Directory_of_Velmark precededBy Velm_Council",
        "false#The Directory of Velmark fell in 1919, but the admiral's government soon replaced it.#Directory_of_Velmark precededBy Velm_Council",
        "true#The Directory of Velmark later replaced it.#Directory_of_Velmark precededBy Velm_Council",
        // a subject coordinated with an unnamed noun phrase, no clause between: the named one still acts
        "true#The Directory of Velmark and the regional council adopted the Charter of Velmark in 1919.#Charter_of_Velmark adoptedBy Directory_of_Velmark",
    })
    void anUnnamedSubjectIsNoOneWeKnow(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
