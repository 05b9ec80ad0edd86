package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A congress named by its occasion instead of a number ("the Founding Congress", "the Extraordinary Congress of
 * Councils of X", "the Unification Congress of X") is one sitting of the congress, never a standing legislature
 * (classes.tsv); what it is a sitting of is the rest of its name. A meeting's date with no place says nothing of a
 * place ("The X met in 1921" made X a place). Invented sentences.
 */
class OccasionCongressesTest {

    private static final String LEAD = "The Executive Committee of Velm was the standing organ of the Congress of"
            + " Councils of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Extraordinary Congress of Councils of Velm met in 1921.#Extraordinary_Congress_of_Councils_of_Velm sessionOf Congress_of_Councils_of_Velm#true",
        "The Extraordinary Congress of Councils of Velm met in 1921.#Extraordinary_Congress_of_Councils_of_Velm rdf:type Place#false",
        "The Extraordinary Congress of Councils of Velm met in 1921.#Extraordinary_Congress_of_Councils_of_Velm startDate 1921#true",
        "It was created in 1919 by the Founding Congress, which dissolved the Revolutionary Council.#Founding_Congress rdf:type Legislature#false",
        "The Unification Congress of Councils of Velm was held in March 1922.#Unification_Congress_of_Councils_of_Velm sessionOf Congress_of_Councils_of_Velm#true",
        "The Inaugural Congress of Councils of Velm elected it in 1919.#Inaugural_Congress_of_Councils_of_Velm rdf:type Session#true",
    })
    void reads(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        check(body, fact, holds, tmp);
    }

    /**
     * A session's nickname of no number and no occasion's word ("the Constitutional Session") leaves the body its
     * numbered name says an organ and the session its sitting (an audit's set of five articles lost its assembly when
     * every name of no number was read as an occasion's; that set is not reproduced here).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Fourth Session of the Fifth People's Assembly of Velm, sometimes called the \"Constitutional Session\", was held in May 1968.#People's_Assembly_of_Velm rdf:type Legislature#true",
        "The Fourth Session of the Fifth People's Assembly of Velm, sometimes called the \"Constitutional Session\", was held in May 1968.#People's_Assembly_of_Velm rdf:type Session#false",
        "The Fourth Session of the Fifth People's Assembly of Velm, also known as the Reform Session, was held in May 1968.#Fourth_Session_of_the_Fifth_People's_Assembly_of_Velm sessionOf People's_Assembly_of_Velm#true",
    })
    void nicknamesOfSessions(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        check(body, fact, holds, tmp);
    }

    private static void check(String body, String fact, boolean holds, Path tmp) throws Exception {
        ExtractionCases.assertFact("Executive Committee of Velm", LEAD + body, fact, holds, tmp);
    }
}
