package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The Cortes" in the article on the "Constituent Cortes of Vela" is the article's subject, as "the council" is in
 * the article on a council: the head of its name, written with a capital, not a "Cortes" of its own; not so when
 * the paragraph named another thing of that head. Passive, active, relative clause, pronoun after it. Invented names.
 */
class SubjectsHeadWithACapitalTest {

    private static final String TITLE = "Constituent Cortes of Vela (1869)";
    private static final String LEAD = "The Constituent Cortes of 1869 was the constituent legislature of the Kingdom "
            + "of Vela, elected in January 1869. ";
    private static final String SUBJECT = "Constituent_Cortes_of_Vela_(1869)";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The Constitution of Vela of 1869 was approved by the Cortes on 1 June 1869.#Constitution_of_Vela_of_1869 adoptedBy " + SUBJECT,
        "true#The Cortes adopted the Constitution of Vela of 1869 on 1 June 1869.#Constitution_of_Vela_of_1869 adoptedBy " + SUBJECT,
        "true#The Constitution of Vela of 1869, which the Cortes approved on 1 June, was short.#Constitution_of_Vela_of_1869 adoptedBy " + SUBJECT,
        "false#The Constitution of Vela of 1869 was approved by the Cortes on 1 June 1869.#Constitution_of_Vela_of_1869 adoptedBy Cortes",
        // the paragraph named another of that head: not the subject
        "false#The Ordinary Cortes of Vela met in 1868. The Constitution of Vela of 1869 was later repealed by the Cortes.#Constitution_of_Vela_of_1869 repealedBy " + SUBJECT,
    })
    void theHeadIsTheSubject(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
