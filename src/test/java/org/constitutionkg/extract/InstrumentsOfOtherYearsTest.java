package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The Constitution of X" is the one dated instrument of that name an article names ("the 1998 Constitution of X")
 * only when the article says nothing of when it was made or says the same year: "the Constitution of X, adopted in
 * 1993" is not "the 2010 Constitution of X". Invented names and sentences.
 */
class InstrumentsOfOtherYearsTest {

    private static final String LEAD = "The Court of Orlia was the constitutional court of Orlia from 1993 to 2010. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was created by the Constitution of Orlia, which the Grand Council adopted on 5 May 1993. The 2010 Constitution of Orlia, approved in a referendum on 27 June 2010, abolished it.#Constitution_of_Orlia altLabel 2010 Constitution of Orlia#false",
        "It was created by the Constitution of Orlia, adopted in 1993. In 2010 the court was abolished by the 2010 Constitution of Orlia.#2010_Constitution_of_Orlia rdf:type Constitution#true",
        "The Constitution of Orlia was promulgated in 1947; it restored the 1928 Constitution of Orlia with amendments.#Constitution_of_Orlia altLabel 1928 Constitution of Orlia#false",
        "It was created by the Constitution of Orlia, adopted in 1993. The 1993 Constitution of Orlia gave it nine judges.#1993_Constitution_of_Orlia rdf:type Constitution#false",
        "It was created by the Constitution of Orlia, which came into force in 1994. The 1993 Constitution of Orlia gave it nine judges.#1993_Constitution_of_Orlia rdf:type Constitution#false",
    })
    void apart(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Court of Orlia", LEAD + body, fact, holds, tmp);
    }
}
