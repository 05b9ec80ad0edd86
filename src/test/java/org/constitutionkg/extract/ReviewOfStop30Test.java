package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a review of this stop's readings found too broad, each with invented sentences: "it" after ", when" is the
 * main clause's subject only when that clause names nothing else ("The Diet abolished the Council in 1920, when it
 * ..." may mean either); "in all" counts only a total the clause ends with ("two deputies in all districts" is none);
 * the lead's class is never a relative clause's ("The Landsmot, whose seat was the royal palace, ..." made it a
 * place); "Elected By: Universal male suffrage" in an infobox is an electorate, not an organ; every signer an item
 * lists ("A, B and C").
 */
class ReviewOfStop30Test {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Council of Velm#The Diet of Velm abolished the Council of Velm in 1920, when it was replaced by the State Council of Velm.#Diet_of_Velm succeededBy State_Council_of_Velm#false",
        "Council of Velm#The Diet of Velm abolished the Council of Velm in 1920, when it was replaced by the State Council of Velm.#Diet_of_Velm disbanded 1920#false",
        "Diet of Velm#The Council of Velm met in Halvik until 1991, when it was replaced by the State Council of Velm.#Council_of_Velm succeededBy State_Council_of_Velm#true",
        "Diet of Velm#The Council of Velm met in Halvik until 1991, when it was replaced by the State Council of Velm.#Diet_of_Velm succeededBy State_Council_of_Velm#false",
        "Diet of Velm#The Council of Velm abolished the Court of Velm in 1960, when it was replaced by the High Court of Velm.#Diet_of_Velm succeededBy High_Court_of_Velm#false",
        "Diet of Velm#The Council of Velm abolished the Court of Velm in 1960, when it was replaced by the High Court of Velm.#Council_of_Velm succeededBy High_Court_of_Velm#false",
        "Diet of Velm#Seats were apportioned by population, two deputies in all districts but the capital.#Diet_of_Velm memberCount 2#false",
        "Diet of Velm#The lands sent delegates by population, 58 members in all.#Diet_of_Velm memberCount 58#true",
        "Treaty of Merrow#== Signatories == // - for the Kingdom of Velm: Anna Berg, Ivo Marn and Olaf Lind#Treaty_of_Merrow signedBy Ivo_Marn#true",
        "Treaty of Merrow#== Signatories == // - for the Kingdom of Velm: Anna Berg, Ivo Marn and Olaf Lind#Treaty_of_Merrow signedBy Olaf_Lind#true",
        "Treaty of Merrow#== Signatories == // - for the Kingdom of Velm: Anna Berg, Velk#Treaty_of_Merrow signedBy Velk#false",
        "Treaty of Merrow#== Signatories == // - Olaf Lind, Chief Delegate#Treaty_of_Merrow signedBy Chief_Delegate#false",
        "Diet of Velm#For the first time Erik Sandvold chaired the Diet of Velm in 1921.#Diet_of_Velm chair Erik_Sandvold#true",
        "Diet of Velm#The Senate of Velm was elected by the male citizens of Velm.#Senate_of_Velm electedBy male_citizens_of_Velm#true",
    })
    void prose(String title, String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String text = ExtractionCases.lines("The " + title + " is described here. // // " + body);
        ExtractionCases.assertFact(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Landsmot#The Landsmot, whose seat was the royal palace in Velk, was abolished in 1911.#Landsmot rdf:type Place#false",
        "Landsmot#The Landsmot, which met in Velk, was the parliament of Morvane.#Landsmot rdf:type Legislature#true",
        "Landsmot#The Landsmot, which was the legislature of Morvane, met in Velk.#Landsmot rdf:type Legislature#true",
    })
    void lead(String title, String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Senate of Velm#Elected By: Universal male suffrage#Universal_male_suffrage rdf:type Electorate#true",
        "Senate of Velm#Elected By: Universal male suffrage#Universal_male_suffrage rdf:type StateOrgan#false",
        "Senate of Velm#Elected By: Diet of Velm#Senate_of_Velm electedBy Diet_of_Velm#true",
        "Senate of Velm#Preceded By: Kingdom of Velm and Erik Sand#Kingdom_of_Velm_and_Erik_Sand rdf:type Polity#false",
    })
    void infobox(String title, String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }
}
