package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A noun that names a frame's event (nominalizations.tsv) states what its verb states: "until its abolition in
 * 1934" as "it was abolished in 1934". Invented sentences, the patient said in each way a noun phrase says it.
 */
class EventNounsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a possessive pronoun: the thing spoken of
        "Charter of Xland|The charter stayed in force until its replacement in 1958.|Charter_of_Xland repealed 1958",
        "Council of Elders of Xland|The council met in Xtown until its dissolution on 6 May 1931.|Council_of_Elders_of_Xland disbanded 1931-05-06",
        "Council of Elders of Xland|Since its formation in 1919 it had met every spring.|Council_of_Elders_of_Xland established 1919",
        "Charter of Xland|After its adoption in March 1921, the charter was printed in every town.|Charter_of_Xland adopted 1921-03",
        // "its" is the sentence's subject when one stands before the first verb, not the article's
        "Charter of Xland|The Diet of Xland functioned in Xtown until its dissolution in 1934.|Diet_of_Xland disbanded 1934",
        "Charter of Xland|The Diet of Xland sat in Xtown until its dissolution in 1934.|Diet_of_Xland disbanded 1934",
        // an "of" object
        "Charter of Xland|Little changed after the abolition of the Senate of Xland in 1934.|Senate_of_Xland disbanded 1934",
        "Charter of Xland|After the establishment of the Diet of Xland in 1925, the old courts lost their role.|Diet_of_Xland established 1925",
        "Charter of Xland|Elections were held soon after the ratification of the Treaty of Ytown in 1923.|Treaty_of_Ytown ratified 1923",
        // a named or described possessor
        "Charter of Xland|Since the Senate of Xland's formation in 1919, it had met in Xtown.|Senate_of_Xland established 1919",
        "Council of Elders of Xland|Until the council's disbandment in 1950, it met twice a year.|Council_of_Elders_of_Xland disbanded 1950",
        // in a relative clause: the relative's antecedent
        "Charter of Xland|The Senate of Xland approved the Treaty of Ytown, which remained in force until its replacement in 1958.|Treaty_of_Ytown repealed 1958",
        // an agent after "by"
        "Charter of Xland|It was the law of the land until its replacement by the Basic Law of Xland in 1958.|Basic_Law_of_Xland precededBy Charter_of_Xland",
        "Charter of Xland|The charter took effect upon its approval by the Grand Assembly of Xland in 1921.|Charter_of_Xland adoptedBy Grand_Assembly_of_Xland",
    })
    void anEventNounStatesItsVerbsFact(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // plans, demands and proposals: no preposition of time or circumstance before the noun
        "Council of Elders of Xland|Deputies called for its abolition in 1930.|Council_of_Elders_of_Xland disbanded 1930",
        "Charter of Xland|The Diet of Xland demanded the dissolution of the Senate of Xland in 1931.|Senate_of_Xland disbanded 1931",
        "Council of Elders of Xland|A proposal for the council's dissolution in 1940 failed.|Council_of_Elders_of_Xland disbanded 1940",
        // ... so the article's subject is not what ended
        "Charter of Xland|The Diet of Xland functioned in Xtown until its dissolution in 1934.|Charter_of_Xland repealed 1934",
        // a noun of an event after a preposition of topic or means, or in a relative clause about another thing
        "Charter of Xland|Ivan Petrov wrote a pamphlet on the abolition of the Senate of Xland in 1934.|Senate_of_Xland disbanded 1934",
        "Charter of Xland|With the approval of the Diet of Xland in 1925, Ivan Petrov dissolved the Council of Xland.|Diet_of_Xland established 1925",
        "Charter of Xland|The Senate of Xland approved the Treaty of Ytown, which remained in force until its replacement in 1958.|Senate_of_Xland disbanded 1958",
        // a date that is not the noun's
        "Charter of Xland|After its adoption, the charter was amended in 1930.|Charter_of_Xland adopted 1930",
    })
    void whatAnEventNounMustNotState(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
