package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A plural head before a list of names shares itself out ("the duchies of Varn and Lessau": the Duchy of Varn, the
 * Duchy of Lessau), but not after a word that makes it many local bodies ("the local councils of A and B":
 * local-body-modifiers.txt), and never onto a nation's adjective ("..., and Swedish citizens": demonyms.tsv).
 * Invented names of places and bodies.
 */
class PluralHeadSharedOutTest {

    private static final String LEAD = "The Control Chamber of Eastmark was an organ of Eastmark. ";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '#', value = {
        "Its members were elected by the local councils of Varn and Lessau.#Council_of_Varn rdf:type StateOrgan#false",
        "Its members were elected by the councils of Varn and Lessau, and Swedish citizens abroad.#Council_of_Swedish rdf:type StateOrgan#false",
        "Its members were elected by the municipal councils of Varn, Lessau and Ostmere.#Council_of_Ostmere rdf:type StateOrgan#false",
        "Its members were elected by the state parliaments of Varn, Lessau and Ostmere.#Parliament_of_Ostmere rdf:type Legislature#true",
        "The treaty united the duchies of Varn, Lessau and Ostmere.#Duchy_of_Lessau rdf:type Polity#true",
    })
    void sharesOutOnlyOntoNamesOfItsKind(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Control Chamber of Eastmark", LEAD + sentence, fact, holds, tmp);
    }
}
