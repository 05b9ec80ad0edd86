package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words around a name that name nothing themselves: an adverb opening the sentence ("Together with X, it ..."), a
 * purpose after a state's name ("Constitution of the Republic of X for the Period of Tutelage": the state is the
 * Republic of X), a place the members were sent to ("some 450 delegates summoned to Vesk": no members of Vesk), a
 * reorganisation into an unnamed body (no end); a chamber set beside the article's chamber ("X, the lower chamber")
 * is no part of it; a "Yuan" is an organ, not a person. Invented names.
 */
class WordsThatNameNothingTest {

    @ParameterizedTest(name = "{1}: {3}")
    @CsvSource(delimiter = '#', value = {
        // words that name nothing
        "false#Council of Elders of Velmark#Together with the Council of Youths of Velmark, it made up the Diet of Velmark.#Together rdf:type Chamber",
        "false#Council of Elders of Velmark#Subsequently the Council of Youths of Velmark was abolished.#Subsequently rdf:type StateOrgan",
        "false#Senate of Velmark#It sat alongside the Grand Council of Velmark, the lower chamber, in the Diet.#Grand_Council_of_Velmark partOf Senate_of_Velmark",
        "false#Provisional Charter of the Republic of Velmark for the Period of Tutelage#It was adopted on 1 June 1931.#Provisional_Charter_of_the_Republic_of_Velmark_for_the_Period_of_Tutelage jurisdiction Republic_of_Velmark_for_the_Period_of_Tutelage",
        "false#National Convention of Velmark#It was a body of some 450 delegates summoned to Vesk by the regent.#Vesk memberCount 450",
        "false#Central Council of Velmark#On 1 November 1898 it was reorganized into an advisory assembly of fifty councillors.#Central_Council_of_Velmark disbanded 1898-11-01",
        "false#National Government of Velmark#The Executive Yuan, for its part, was responsible to it.#Executive_Yuan rdf:type Person",
        // what they leave named
        "true#Provisional Charter of the Republic of Velmark for the Period of Tutelage#It was adopted on 1 June 1931.#Provisional_Charter_of_the_Republic_of_Velmark_for_the_Period_of_Tutelage jurisdiction Republic_of_Velmark",
        "true#National Convention of Velmark#It was a body of some 450 delegates summoned to Vesk by the regent.#National_Convention_of_Velmark memberCount 450",
        "true#National Convention of Velmark#Some 450 delegates were sent to the convention.#National_Convention_of_Velmark memberCount 450",
        "true#Board of Trade of Velmark#In 1957 the Board of Trade of Velmark was reorganized into the Ministry of Commerce of Velmark.#Board_of_Trade_of_Velmark disbanded 1957",
        "true#National Government of Velmark#The Executive Yuan, for its part, was responsible to it.#Executive_Yuan accountableTo National_Government_of_Velmark",
        "true#National Government of Velmark#It was composed of five branches, among them the Legislative Yuan.#Legislative_Yuan rdf:type Legislature",
        // what the first readings must not take away
        "true#Treaty of Velmark#It was signed by the Republican Left of Velmark and Together for Velmark.#Treaty_of_Velmark signedBy Together_for_Velmark",
        "true#Grand Council of Velmark#Anton Berg, elected chairman of the Grand Council of Velmark in 1920, resigned in 1921.#Grand_Council_of_Velmark chair Anton_Berg",
        "true#Diet of Velmark#The king dissolved it, they say, on 5 May 1850.#Diet_of_Velmark disbanded 1850-05-05",
        "true#Parliament of Velmark#In 1950, 300 members were elected to Parliament.#Parliament_of_Velmark memberCount 300",
    })
    void namesOnlyWhatItNames(boolean holds, String title, String sentence, String fact, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact(title, "The " + title + " was an organ of the Republic of Velmark. " + sentence, fact,
                holds, tmp);
    }
}
