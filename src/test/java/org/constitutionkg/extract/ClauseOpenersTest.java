package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A word that is a preposition or opens a clause ("until", "after", "before", "since", "once"): when a verb follows
 * the name after it, the name is that clause's subject, not the main clause's subject's ("The old charter stayed in
 * use until the Charter of Xland came into force in 1950": the Charter of Xland came into force). Invented sentences.
 */
class ClauseOpenersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Statute of Xland|The statute stayed in use until the Charter of Xland came into force in 1950.|Charter_of_Xland effective 1950",
        "Statute of Xland|It remained valid until the Charter of Xland was adopted in 1950.|Charter_of_Xland adopted 1950",
        "Grand Council of Xland|The council met twice after the Senate of Xland was dissolved in 1925.|Senate_of_Xland disbanded 1925",
        "Grand Council of Xland|The council sat for a year before the Senate of Xland was finally abolished in 1926.|Senate_of_Xland disbanded 1926",
        "Grand Council of Xland|Once the Senate of Xland had been dissolved in 1925, the council met alone.|Senate_of_Xland disbanded 1925",
        "Grand Council of Xland|Under the 1937 Charter of the Xland Soviet Republic, which it approved, the council was abolished and replaced by the Supreme Soviet of Xland.|Grand_Council_of_Xland succeededBy Supreme_Soviet_of_Xland",
    })
    void theNameAfterTheOpenerIsTheClausesSubject(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Statute of Xland|The statute stayed in use until the Charter of Xland came into force in 1950.|Statute_of_Xland effective 1950",
        "Statute of Xland|It remained valid until the Charter of Xland was adopted in 1950.|Statute_of_Xland adopted 1950",
        "Grand Council of Xland|The council met twice after the Senate of Xland was dissolved in 1925.|Grand_Council_of_Xland disbanded 1925",
        // an object relative clause whose antecedent is no name: the subject inside it is no patient
        "Statute of Xland|A committee drew up the text, which the Grand Assembly of Xland adopted on 28 June 1921.|Grand_Assembly_of_Xland established 1921-06-28",
        "Statute of Xland|They wrote a draft that the Grand Assembly of Xland approved in 1921.|Grand_Assembly_of_Xland established 1921",
        // a rule binds whole names only: "Under the 1937 Charter of the Xland Soviet Republic, which ..." is no
        // "Charter of the Xland Soviet" replaced by what the main clause says
        "Grand Council of Xland|Under the 1937 Charter of the Xland Soviet Republic, which it approved, the council was abolished and replaced by the Supreme Soviet of Xland.|1937_Charter_of_the_Xland_Soviet succeededBy Supreme_Soviet_of_Xland",
        "Grand Council of Xland|Under the 1937 Charter of the Xland Soviet Republic, which it approved, the council was abolished and replaced by the Supreme Soviet of Xland.|1937_Charter_of_the_Xland_Soviet_Republic succeededBy Supreme_Soviet_of_Xland",
        // two names after a verb of naming, no article joining them
        "Statute of Xland|In 1951 the diet renamed the Provisional Council of Xland the State Council of Xland.|Provisional_Council_of_Xland_the_State_Council_of_Xland rdf:type StateOrgan",
    })
    void notTheMainClausesSubject(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
