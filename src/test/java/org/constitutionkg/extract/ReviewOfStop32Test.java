package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a review of stop 32's change found its new readings would get wrong, now read right: a verb in -s after a name
 * ("states", "acts"); a list of states after "Kingdom of X,"; two names joined by "and" without "of the"; a name after
 * a comma in another clause; "which" after a common noun before a person; a place in -ing; "building" as a verb; a
 * name ending in an apostrophe; a language as a place; "in spring"; groups as persons; a direct object before "into";
 * "by and large"; a renaming to a short name the infobox gives in full; a constitution's state signers; court and
 * audit chambers. Invented names.
 */
class ReviewOfStop32Test {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Grand Diet of Xland acts as the legislature and elects the Council of Ministers of Xland.#Council_of_Ministers_of_Xland electedBy Grand_Diet_of_Xland",
        "true#The Constitution of Xland states that the Grand Diet of Xland meets in Ytown.#Constitution_of_Xland rdf:type Constitution",
        "false#The Treaty of Ytown was signed at Ztown on 4 January 1920 by seven Vendish states.#Vendish rdf:type Person",
        "false#When the Grand Diet of Xland elected a new chairman, the Senate of Xland, which opposed him, was dissolved.#Senate_of_Xland electedBy Grand_Diet_of_Xland",
        "false#The envoys praised the Grand Diet of Xland and the cabinet of Ivan Petrov, which was accountable to the Senate of Xland.#Grand_Diet_of_Xland accountableTo Senate_of_Xland",
        "true#Under the Treaty of Kesting the Grand Diet of Xland ratified the Treaty of Ytown.#Treaty_of_Ytown ratifiedBy Grand_Diet_of_Xland",
        "true#The Charter of Xland was adopted in 1920 by the Constituent Assembly building on the draft of 1918.#Charter_of_Xland adoptedBy Constituent_Assembly",
        "true#In 1920 the Grand Principality of Tver' joined the Union of Xland.#Grand_Principality_of_Tver' partOf Union_of_Xland",
        "false#The Treaty of Ytown was signed in Vendish and Norlian on 3 May 1920.#Treaty_of_Ytown location Vendish_and_Norlian",
        "true#The Norlian Republic joined the Union of Xland, in spring 1923, after a referendum.#Norlian_Republic partOf Union_of_Xland",
        "false#The Grand Diet of Xland consisted of the Landed Nobility and the Free Burghers.#Free_Burghers rdf:type Person",
        "false#The Communist Youth League of Xland was founded in 1919.#Youth_League_of_Xland rdf:type Person",
        "false#In 1925 the Grand Diet of Xland divided the country into two republics, the Vendish Republic and the Tarkish Republic.#Grand_Diet_of_Xland hasPart Vendish_Republic",
        "false#The Senate of Xland was appointed by and large from the Grand Council of Xland.#Senate_of_Xland electedBy Grand_Council_of_Xland",
        "false#The Star Chamber of Xland was abolished in 1641.#Star_Chamber_of_Xland rdf:type Chamber",
    })
    void readRight(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Charter of Xland", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Treaty of Ytown#Parties: Kingdom of Norlia, Vendia and Tarkia#Treaty_of_Ytown party Vendia",
        "true#Treaty of Ytown#Parties: Empire of Norlia and Vendish Reich#Treaty_of_Ytown party Vendish_Reich",
        "false#Constitution of Xland#Signed By: Republic of Xland#Constitution_of_Xland party Republic_of_Xland",
    })
    void infoboxValues(boolean holds, String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }
}
