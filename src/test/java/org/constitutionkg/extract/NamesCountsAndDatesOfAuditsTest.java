package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 34 (invented names): a "House of" a family is a dynasty, no chamber;
 * a name ending in a lower-case common noun of a place is that place ("the House of Lords building"); a count in a
 * clause of "each" is a quota, not the body's size; a name ending with a full date ("... of 17 March 1921") is of the
 * state before the date; a point event "between 1838 and 1840" has no date; "the diet chose X as its chairman" makes
 * X the diet's chair, not the chair of the article's subject.
 */
class NamesCountsAndDatesOfAuditsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#The Union Council had 9 members. It declared the House of Velmar-Ostra deposed in 1920.#House_of_Velmar-Ostra rdf:type Chamber",
        "false#The Union Council had 9 members. The council met at the House of Nobility in Velm.#House_of_Nobility rdf:type Chamber",
        "true#The Union Council had 9 members. The House of Deputies of Velmia elected it.#House_of_Deputies_of_Velmia rdf:type Chamber",
        "true#The Union Council had 9 members. It sat in the former House of Lords building in Velm.#House_of_Lords_building rdf:type Place",
        "true#The Union Council had 9 members. It sat in the old Assembly of Estates palace in Velm.#Union_Council location Assembly_of_Estates_palace",
        "false#The Union Council was set up in 1922. Each republic sent three members to the council.#Union_Council memberCount 3",
        "false#The Union Council, in which every province had 5 seats, was set up in 1922.#Union_Council memberCount 5",
        "true#The Union Council, in which every province had 5 seats, comprised 40 deputies.#Union_Council memberCount 40",
        "true#The council was elected every four years and consisted of 40 deputies.#Union_Council memberCount 40",
        "true#Every year the council met in Velm. It had 40 members.#Union_Council memberCount 40",
        "true#In every session the council had 40 members.#Union_Council memberCount 40",
        "true#The Union Council had 9 members. The House of Federation of Velmia elected it in 1920.#House_of_Federation_of_Velmia rdf:type Chamber",
        "true#The Union Council had 9 members. It sat in the old Council of Ministers Building in Velm.#Council_of_Ministers_Building rdf:type Place",
        "false#The Union Council was formed in 1836. It broke up between 1838 and 1840.#Union_Council disbanded 1838",
        "false#The Union Council was formed in 1836. It was dissolved between 1838 and 1840.#Union_Council disbanded 1840",
        "true#The Union Council was formed in 1836 and dissolved in 1840.#Union_Council disbanded 1840",
    })
    void namesCountsAndDates(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Union Council", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Constitution of the Republic of Velmia of 17 March 1921 was adopted by the Legislative Diet.#Constitution_of_the_Republic_of_Velmia_of_17_March_1921 jurisdiction Republic_of_Velmia",
        "false#The Constitution of the Republic of Velmia of 17 March 1921 was adopted by the Legislative Diet.#Republic_of_Velmia_of_17_March rdf:type Polity",
        "true#The Constitution of the Republic of Velmia of 17 March 1921 was adopted by the Legislative Diet.#Constitution_of_the_Republic_of_Velmia_of_17_March_1921 adoptedBy Legislative_Diet",
    })
    void datedNames(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Constitution of the Republic of Velmia of 17 March 1921", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Constitution of the Republic of Velmia of March 17, 1921 was adopted by the Legislative Diet.#Constitution_of_the_Republic_of_Velmia_of_March_17_1921 jurisdiction Republic_of_Velmia",
    })
    void monthFirstDatedNames(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Constitution of the Republic of Velmia of March 17, 1921", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The session opened on 3 May 1920. The diet elected Olav Dunn as its chairman.#Folk_Diet chair Olav_Dunn",
        "false#The session opened on 3 May 1920. The diet elected Olav Dunn as its chairman.#First_Session_of_the_Folk_Diet chair Olav_Dunn",
        "false#The session opened on 3 May 1920. Later the diet chose Olav Dunn as its speaker.#First_Session_of_the_Folk_Diet chair Olav_Dunn",
    })
    void itsOfTheClauseSubject(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("First Session of the Folk Diet", text, fact, holds, tmp);
    }
}
