package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The previous diet", "the next congress", "the former council": another of the kind than the one spoken of, never
 * the article's subject (nor what a description of that head would otherwise mean); a name's own "Former" is no such
 * word. Passive, active object, relative clause and subject; invented names.
 */
class AnotherOfTheKindTest {

    private static final String LEAD = "The Grand Diet of Velmia met from 1861. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "false#The session opened after the King had dissolved the previous diet in August 1871.#Grand_Diet_of_Velmia disbanded 1871-08",
        "false#The previous diet was dissolved in August 1871.#Grand_Diet_of_Velmia disbanded 1871-08",
        "false#The former diet, which the King dissolved in 1871, had sat for six years.#Grand_Diet_of_Velmia disbanded 1871",
        "false#The next diet adopted the Velm Charter in 1872.#Velm_Charter adoptedBy Grand_Diet_of_Velmia",
        "false#The following diet was dissolved in August 1871.#Grand_Diet_of_Velmia disbanded 1871-08",
        "false#An earlier diet had been dissolved in August 1871, and the earlier diet never met again.#Grand_Diet_of_Velmia disbanded 1871-08",
        "true#The diet was dissolved in August 1871.#Grand_Diet_of_Velmia disbanded 1871-08",
    })
    void notTheSubject(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Grand Diet of Velmia", LEAD + sentence, fact, holds, tmp);
    }
}
