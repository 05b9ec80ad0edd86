package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The members a lead-in's colon opens a list of, one name an item ("... the four republics which formed the Union of
 * X:" / "- Norland Soviet Republic"): each read as the lead-in's sentence listing it, so each is what the lead-in says
 * of the list, and the agents of a passive whose "by" a colon ends ("The treaty was signed by:"); "the federation",
 * "the union", "the state" point to the state the article speaks of, "the text", "the instrument" to its instrument; a
 * common noun
 * in apposition with its participle ("X, a body consisting of A and B") says what X consists of. Invented articles;
 * " // " separates lines.
 */
class ListedMembersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Union of Velmian Republics#The treaty was signed by four republics, which formed the Union of Velmian Republics: // - Norland Soviet Republic // - Estmark Soviet Republic#Estmark_Soviet_Republic partOf Union_of_Velmian_Republics",
        "Union of Velmian Republics#Three states joined the Union of Velmian Republics: // 1. Norland Soviet Republic // 2. Estmark Soviet Republic#Norland_Soviet_Republic partOf Union_of_Velmian_Republics",
        "1936 Constitution of the Union of Velmian Republics#The constitution named the republics which formed the federation: // - Norland Soviet Republic; // - Estmark Soviet Republic.#Estmark_Soviet_Republic partOf Union_of_Velmian_Republics",
        "1936 Constitution of the Union of Velmian Republics#It listed the republics that belonged to the union: // - Norland Soviet Republic // - Dravia Soviet Republic#Dravia_Soviet_Republic partOf Union_of_Velmian_Republics",
        "Treaty of Ostbridge#The instrument was signed by: // - Prince Leopold of Harn // - Grand Duke Karl Ferdinand of Lissa#Treaty_of_Ostbridge signedBy Leopold_of_Harn",
        "Treaty of Ostbridge#The treaty was signed by: Olaf Rask, Eva Lind and Karl Mett.#Treaty_of_Ostbridge signedBy Eva_Lind",
        "Treaty of Ostbridge#== Signatories == // It was signed by: // 1. Olaf Rask; // 2. Eva Lind.#Treaty_of_Ostbridge signedBy Eva_Lind",
        "Charter of Velmia#The text, which had been discussed in the press for six months, was approved by the Grand Council of Velmia on 5 December 1936.#Charter_of_Velmia adoptedBy Grand_Council_of_Velmia",
        "1936 Constitution of Velmia#Power lay with the Supreme Soviet of Velmia, a body consisting of the Soviet of the Union and the Soviet of Nationalities.#Supreme_Soviet_of_Velmia hasPart Soviet_of_Nationalities",
        "1936 Constitution of Velmia#It vested power in the Supreme Soviet of Velmia, a body consisting of two equal chambers – the Soviet of the Union and the Soviet of Nationalities – of which the former was larger.#Supreme_Soviet_of_Velmia hasPart Soviet_of_the_Union",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // items that are no lone names are no members
        "Union of Velmian Republics#The union was formed by three republics: // - Norland, whose envoy signed first // - Estmark, which joined later#Norland partOf Union_of_Velmian_Republics",
        // a lead-in that says something else of its list
        "Union of Velmian Republics#The union bordered on two kingdoms: // - Kingdom of Norland // - Kingdom of Estmark#Kingdom_of_Norland partOf Union_of_Velmian_Republics",
        // "the founding of X" is an event, no verb of X
        "1936 Constitution of Velmia#After the founding of the Republic of Velmia in 1920, the constitution was drafted.#Republic_of_Velmia partOf 1936_Constitution_of_Velmia",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
