package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Proclaimed" dates by the class of what is proclaimed (roles.tsv PROCLAIMED): a state's founding, a charter's
 * publication, nothing of a person proclaimed king; and nothing when the clause gives what is proclaimed a predicate
 * ("proclaimed Dalmora a republic": what it became, not when it began). Invented names.
 */
class ProclaimedTest {

    private static final String TITLE = "Charter of Dalmora";
    private static final String LEAD = "The Charter of Dalmora was the first constitution of the Republic of Dalmora. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It was proclaimed in Vesk on 4 March 1921.#Charter_of_Dalmora published 1921-03-04",
        "true#The Regent proclaimed it on 4 March 1921.#Charter_of_Dalmora published 1921-03-04",
        "true#The charter, which the Regent proclaimed on 4 March 1921, created a diet.#Charter_of_Dalmora published 1921-03-04",
        "true#It was granted by the Regent and proclaimed in Vesk on 4 March 1921.#Charter_of_Dalmora published 1921-03-04",
        "true#The Republic of Dalmora had been proclaimed on 9 November 1918.#Republic_of_Dalmora established 1918-11-09",
        "true#It followed the Republic of Dalmora, which the council proclaimed on 9 November 1918.#Republic_of_Dalmora established 1918-11-09",
        "true#On 9 November 1918 the council proclaimed the Republic of Dalmora.#Republic_of_Dalmora established 1918-11-09",
        // a predicate: what the thing became
        "false#On 9 November 1918 the council proclaimed the Republic of Dalmora a federation.#Republic_of_Dalmora established 1918-11-09",
        "false#The Republic of Dalmora was proclaimed a federation on 9 November 1918.#Republic_of_Dalmora established 1918-11-09",
        "true#The Republic of Dalmora was proclaimed on 9 November 1918 and abolished a year later.#Republic_of_Dalmora established 1918-11-09",
        "false#Ivan Petrov was proclaimed King on 9 November 1918.#Ivan_Petrov established 1918-11-09",
    })
    void proclaimedDatesByClass(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
