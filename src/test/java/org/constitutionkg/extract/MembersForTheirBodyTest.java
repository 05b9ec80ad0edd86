package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The deputies", "the delegates" acting stand for the body they sit in: the article's organ or session, else the
 * assembly or sitting the paragraph named last, never a government; in the active, the passive, a relative clause, a
 * coordinated clause; "the members of X" are never the article's (member-nouns.txt). Invented names (stop 33).
 */
class MembersForTheirBodyTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '#', value = {
        "Legislative Diet of Norlia#On 20 February 1919 the deputies passed the Small Charter of Norlia.#Small_Charter_of_Norlia adoptedBy Legislative_Diet_of_Norlia#true",
        "Legislative Diet of Norlia#The Small Charter of Norlia was adopted by the deputies on 2 May 1920.#Small_Charter_of_Norlia adoptedBy Legislative_Diet_of_Norlia#true",
        "Legislative Diet of Norlia#The Small Charter of Norlia, which the deputies adopted in 1920, was short.#Small_Charter_of_Norlia adoptedBy Legislative_Diet_of_Norlia#true",
        "Second Congress of Councils of Norlia#The congress met in Ytown, and the delegates ratified the Treaty of Velm on 3 May 1924.#Treaty_of_Velm ratifiedBy Second_Congress_of_Councils_of_Norlia#true",
        "Treaty of Velm#The Grand Diet of Norlia met in May 1924. The deputies ratified the treaty on 3 May 1924.#Treaty_of_Velm ratifiedBy Grand_Diet_of_Norlia#true",
        "Legislative Diet of Norlia#The members of the Senate of Norlia adopted the Small Charter of Norlia.#Small_Charter_of_Norlia adoptedBy Legislative_Diet_of_Norlia#false",
    })
    void theMembersActForTheBody(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact(title, text, fact, holds, tmp);
    }
}
