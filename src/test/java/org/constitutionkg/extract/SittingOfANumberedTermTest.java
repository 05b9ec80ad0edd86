package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the 1st session of the 5th Grand Diet of Velmark" names one sitting within a numbered term, as one name (the
 * "1st Session of the 5th Grand Diet of Velmark"), a session of the diet; not a bare "1st Session" of nothing that is
 * dropped. Passive with "by", "at", active, relative clause. Invented names.
 */
class SittingOfANumberedTermTest {

    private static final String TITLE = "Constitution of Velmark (1972)";
    private static final String LEAD = "The Constitution of Velmark was the second constitution of the Republic of Velmark. ";
    private static final String SITTING = "1st_Session_of_the_5th_Grand_Diet_of_Velmark";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It was adopted on 27 December 1972 by the 1st session of the 5th Grand Diet of Velmark.#Constitution_of_Velmark_(1972) adoptedBy " + SITTING,
        "true#It was adopted at the 1st session of the 5th Grand Diet of Velmark on 27 December 1972.#Constitution_of_Velmark_(1972) adoptedBy " + SITTING,
        "true#The 1st session of the 5th Grand Diet of Velmark adopted it on 27 December 1972.#Constitution_of_Velmark_(1972) adoptedBy " + SITTING,
        "true#It was drafted by the Standing Committee of Velmark, which the 1st session of the 5th Grand Diet of Velmark had elected.#Standing_Committee_of_Velmark electedBy " + SITTING,
        "true#It was drafted by the Standing Committee of Velmark, which the 1st session of the 5th Grand Diet of Velmark had elected.#" + SITTING + " sessionOf Grand_Diet_of_Velmark",
        "true#The first session of the 5th Grand Diet of Velmark adopted it on 27 December 1972.#Constitution_of_Velmark_(1972) adoptedBy First_Session_of_the_5th_Grand_Diet_of_Velmark",
        "false#It was adopted on 27 December 1972 by the 1st session of the 5th Grand Diet of Velmark.#Constitution_of_Velmark_(1972) adoptedBy 5th_Grand_Diet_of_Velmark",
        // a numbered house or state is no term: "the first session of the Second Chamber" is the chamber's
        "false#It was debated at the first session of the Second Chamber of Velmark in 1972.#First_Session_of_the_Second_Chamber_of_Velmark rdf:type Session",
    })
    void oneSittingOfOneTerm(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
