package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The deputies", "the delegates" acting stand for the body they sit in: the article's organ or session, else the
 * assembly or sitting the paragraph named last, never a government; in the active, the passive, a relative clause, a
 * coordinated clause; "the members of X" are never the article's (member-nouns.txt). Of two houses named, "the
 * deputies" or "the senators" are the members of the one whose name holds their noun (stop 45). Invented names.
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
        // of two houses, the members are the house's whose name holds their noun, in any order and voice
        "Small Charter of Norlia#It set up a Chamber of Deputies and a Senate. The deputies were elected by the citizens of each province every two years.#Chamber_of_Deputies electedBy citizens_of_each_province#true",
        "Small Charter of Norlia#It set up a Chamber of Deputies and a Senate. The deputies were elected by the citizens of each province every two years.#Senate electedBy citizens_of_each_province#false",
        "Small Charter of Norlia#It set up a Senate and a Chamber of Deputies. Deputies were elected by direct suffrage for four years.#Chamber_of_Deputies electedBy direct_suffrage#true",
        "Small Charter of Norlia#It set up a Chamber of Deputies and a Senate. The senators, who were chosen by the provincial diets, sat for nine years.#Senate electedBy provincial_diets#true",
        "Small Charter of Norlia#It set up a Chamber of Deputies and a Senate. The senators were elected by the provincial diets.#Senate electedBy provincial_diets#true",
        // of two houses neither of whose names holds the noun, the members are either's: none
        "Small Charter of Norlia#It set up an Upper House and a Lower House. The delegates were elected by the provincial diets.#Lower_House electedBy provincial_diets#false",
    })
    void theMembersActForTheBody(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact(title, text, fact, holds, tmp);
    }
}
