package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs of several words, one row of frames.tsv each ("set up", "come into being", "cease to exist", "wind up",
 * "enter into force", "take effect", "do away with"), in invented sentences of each construction: active, passive,
 * pronoun subject, relative clause, participle, coordinated with another verb.
 */
class PhrasalVerbsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // set up: the start of what is set up, and what an instrument sets up
        "Grand Council of Xland|The Grand Council of Xland was set up in 1861.|Grand_Council_of_Xland established 1861",
        "Grand Council of Xland|It was set up on 4 May 1861 by royal decree.|Grand_Council_of_Xland established 1861-05-04",
        "Charter of Xland|The Charter of Xland set up the Grand Council of Xland in 1861.|Charter_of_Xland establishes Grand_Council_of_Xland",
        "Grand Council of Xland|The Charter of Xland, which set up the Grand Council of Xland, was short.|Charter_of_Xland establishes Grand_Council_of_Xland",
        "Grand Council of Xland|The council, set up in 1861, met in Xtown.|Grand_Council_of_Xland established 1861",
        // come into being, come into existence
        "Grand Council of Xland|The Grand Council of Xland came into being in March 1861.|Grand_Council_of_Xland established 1861-03",
        "Grand Council of Xland|It came into existence on 2 June 1861.|Grand_Council_of_Xland established 1861-06-02",
        "Grand Council of Xland|The council came into being in 1861 and was abolished in 1917.|Grand_Council_of_Xland disbanded 1917",
        // an end: cease to exist, wind up, break up, go out of existence
        "Grand Council of Xland|The Grand Council of Xland ceased to exist in 1917.|Grand_Council_of_Xland disbanded 1917",
        "Grand Council of Xland|It was wound up in October 1917.|Grand_Council_of_Xland disbanded 1917-10",
        "Grand Council of Xland|The council broke up in 1917.|Grand_Council_of_Xland disbanded 1917",
        "Grand Council of Xland|Formed in 1861, it went out of existence in 1917.|Grand_Council_of_Xland disbanded 1917",
        "Grand Council of Xland|The council was set up in 1861 and wound up in 1917.|Grand_Council_of_Xland disbanded 1917",
        // entry into force
        "Charter of Xland|The Charter of Xland entered into force on 1 June 1861.|Charter_of_Xland effective 1861-06-01",
        "Charter of Xland|It came into force in 1861.|Charter_of_Xland effective 1861",
        "Charter of Xland|The charter took effect on 1 July 1861.|Charter_of_Xland effective 1861-07-01",
        "Grand Council of Xland|The Charter of Xland, which came into effect in 1861, named the Grand Council of Xland.|Charter_of_Xland effective 1861",
        // in force until a date (a prose rule: the subject, by name, pronoun or description)
        "Charter of Xland|The Charter of Xland remained in force until 1 May 1962.|Charter_of_Xland repealed 1962-05-01",
        "Charter of Xland|It stayed in effect until 1962, when a new text replaced it.|Charter_of_Xland repealed 1962",
        "Charter of Xland|The charter, amended twice, remained valid until March 1962.|Charter_of_Xland repealed 1962-03",
        "Charter of Xland|In force from 2 June 1962, the Charter of Xland gave the diet two chambers.|Charter_of_Xland effective 1962-06-02",
        "Charter of Xland|The charter has been in effect since 1 April 1992.|Charter_of_Xland effective 1992-04-01",
        "Charter of Xland|It was in force from 1962 to 1992.|Charter_of_Xland repealed 1992",
        // do away with: an instrument abolishes
        "Grand Council of Xland|The Charter of Xland did away with the Grand Council of Xland in 1917.|Charter_of_Xland abolished Grand_Council_of_Xland",
        "Grand Council of Xland|The Charter of Xland did away with the Grand Council of Xland in 1917.|Grand_Council_of_Xland disbanded 1917",
    })
    void aVerbOfSeveralWordsIsOneFrame(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the verb without its words is no such frame, nor an infinitive or a negation
        "Grand Council of Xland|The council set the date in 1861.|Grand_Council_of_Xland established 1861",
        "Grand Council of Xland|The council came into the hall in 1861.|Grand_Council_of_Xland established 1861",
        "Grand Council of Xland|The council did not cease to exist in 1917.|Grand_Council_of_Xland disbanded 1917",
        "Grand Council of Xland|Plans to set up the council in 1850 failed.|Grand_Council_of_Xland established 1850",
    })
    void onlyTheWholeVerb(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
