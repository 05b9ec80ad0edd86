package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list that a name's "of" governs is part of the name: "the Kingdom of Dals, Vorms and Pellians", "the Committee of
 * the Land Forces, Border Guard and Militia", "the Treaty of Amity, Trade and Mutual Defence" are one thing each (the
 * name finder had cut them at the first comma and made the other items things of their own). Lists of things of a
 * class ("the Council of Ministers, Parliament and ..."), of states or of persons after a body of persons stay
 * several names. Invented names.
 */
class ListInsideANameTest {

    private static final String TITLE = "Charter of Velmark";
    private static final String LEAD = "The Charter of Velmark was adopted on 2 June 1921. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#It was the constitution of the Kingdom of Dals, Vorms and Pellians.#Charter_of_Velmark jurisdiction Kingdom_of_Dals_Vorms_and_Pellians",
        "true#The Kingdom of Dals, Vorms and Pellians, which it governed, was proclaimed on 1 December 1918.#Kingdom_of_Dals_Vorms_and_Pellians established 1918-12-01",
        "false#It was the constitution of the Kingdom of Dals, Vorms and Pellians.#Kingdom_of_Dals rdf:type Polity",
        "true#The Committee of the Land Forces, Border Guard and Militia was set up in June 1974.#Committee_of_the_Land_Forces_Border_Guard_and_Militia established 1974-06",
        "false#The Committee of the Land Forces, Border Guard and Militia was set up in June 1974.#Border_Guard established 1974-06",
        "true#In June 1974 the army set up the Committee of the Land Forces, Border Guard, and Militia.#Committee_of_the_Land_Forces_Border_Guard_and_Militia rdf:type StateOrgan",
        "true#The treaty that bound it, the Treaty of Amity, Trade and Mutual Defence, was signed in 1925.#Treaty_of_Amity_Trade_and_Mutual_Defence adopted 1925",
        // lists of several things
        "true#The charter abolished the Council of Ministers, Parliament and the Senate.#Charter_of_Velmark abolished Council_of_Ministers",
        "false#The Kingdom of Norland, Marvia and Silesk signed a treaty in 1925.#Kingdom_of_Norland_Marvia_and_Silesk rdf:type Polity",
        "false#It was the constitution of the Kingdom of the Lowlands, Belmark and Luxenland.#Kingdom_of_the_Lowlands_Belmark_and_Luxenland rdf:type Polity",
        "false#By the Treaty of Ostris, Belmark and Luxenland agreed to withdraw.#Treaty_of_Ostris_Belmark_and_Luxenland rdf:type Treaty",
        "true#It replaced the December 1946 Charter, which had been adopted by the Diet of Velmark.#1946_Charter adoptedBy Diet_of_Velmark",
    })
    void theListBelongsToTheName(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
