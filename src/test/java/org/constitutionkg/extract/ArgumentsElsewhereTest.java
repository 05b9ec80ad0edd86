package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arguments where the frames did not look: an office in apposition to the agent of a passive ("opened by Ivan
 * Petrov, chairman of the council"), adjectives between a preposition and its name ("responsible to the new Grand
 * Council"), a fronted participle after an adverb ("First elected by X, it ..."), "chosen by", "a founding member
 * of X", and who drafted, wrote or prepared an instrument. Invented sentences in several constructions.
 */
class ArgumentsElsewhereTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|The Congress of Xland was opened by Ivan Petrov, chairman of the Grand Council of Xland.|Grand_Council_of_Xland chair Ivan_Petrov",
        "Grand Council of Xland|The session was chaired by Olga Berg, president of the Grand Council of Xland, and closed in May.|Grand_Council_of_Xland chair Olga_Berg",
        "Grand Council of Xland|The Cabinet of Xland was responsible to the new Grand Council of Xland.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Grand Council of Xland|The Cabinet of Xland, accountable to the former Grand Council of Xland, resigned.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Grand Council of Xland|First elected by the Congress of Xland in 1917, it was re-elected every year.|Grand_Council_of_Xland electedBy Congress_of_Xland",
        "Grand Council of Xland|Originally formed in 1917, the council met in Ytown.|Grand_Council_of_Xland established 1917",
        "Grand Council of Xland|The Grand Council of Xland was chosen by the Congress of Xland.|Grand_Council_of_Xland electedBy Congress_of_Xland",
        "Grand Council of Xland|The Congress of Xland chose the Grand Council of Xland in 1917.|Grand_Council_of_Xland electedBy Congress_of_Xland",
        "Grand Council of Xland|The Republic of Xland, a founding member of the Northern Union, had a council.|Republic_of_Xland partOf Northern_Union",
        "Grand Council of Xland|The Republic of Xland was a founding member of the Northern Union.|Republic_of_Xland partOf Northern_Union",
        // a participle after the noun of an apposition, definite or not
        "National Assembly of Xland|The National Assembly of Xland, the bicameral parliament created by the Charter of Xland, met in 1996.|Charter_of_Xland establishes National_Assembly_of_Xland",
        "National Assembly of Xland|The Senate of Xland, a chamber elected by the Grand Council of Xland, met in Ytown.|Senate_of_Xland electedBy Grand_Council_of_Xland",
        "National Assembly of Xland|The National Assembly of Xland, the body of 150 members, met in 1996.|National_Assembly_of_Xland memberCount 150",
        // who drafted or wrote an instrument (frames.tsv: draft, write, prepare)
        "April Manifesto|Drafted by Prince Dmitri Velsky, the April Manifesto promised a diet.|April_Manifesto author Dmitri_Velsky",
        "April Manifesto|The April Manifesto was drafted by Prince Dmitri Velsky.|April_Manifesto author Dmitri_Velsky",
        "April Manifesto|Ivan Petrov wrote the April Manifesto in 1905.|April_Manifesto author Ivan_Petrov",
        "April Manifesto|The April Manifesto, which Ivan Petrov drafted, promised a diet.|April_Manifesto author Ivan_Petrov",
        "Charter of Xland|It was prepared by the Constitutional Commission of Xland.|Charter_of_Xland author Constitutional_Commission_of_Xland",
        // a body meets or sits "at" a place as "in" it
        "Grand Council of Xland|The Grand Council of Xland met at Ytown on 4 February 1919.|Grand_Council_of_Xland location Ytown",
        "Grand Council of Xland|The Grand Council of Xland, which sat at Ytown, was small.|Grand_Council_of_Xland location Ytown",
        "Grand Council of Xland|The council was convened at Ytown in 1850.|Grand_Council_of_Xland location Ytown",
        // a clause after ", when" has its own subject, past a relative clause of its own
        "Charter of Xland|It was repealed on 28 June 1921, when the Constitution of Yland, which had been adopted by the Grand Council of Yland, came into effect.|Constitution_of_Yland effective 1921-06-28",
        "Charter of Xland|It lapsed on 1 May 1921, when the Constitution of Yland, which the Grand Council of Yland had passed, entered into force.|Constitution_of_Yland effective 1921-05-01",
        // a preposition fronted with its relative pronoun: its object is the name before them
        "Cabinet of Xland|The cabinet was elected by the Grand Council of Xland, to which it was accountable.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Cabinet of Xland|The Cabinet of Xland was formed by the Grand Council of Xland, to which it remained responsible.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Cabinet of Xland|The Grand Council of Xland, to which the Cabinet of Xland answered, met yearly.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Cabinet of Xland|The Grand Council of Xland, to which the cabinet was subordinate, sat in Ytown.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        // "it" is no reflexive: not its own clause's subject, the nearest other name that can stand so
        "Cabinet of Xland|The Grand Council of Xland elected the cabinet, which was responsible to it.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Cabinet of Xland|The Cabinet of Xland, which the Grand Council of Xland elected and which was accountable to it, met weekly.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Cabinet of Xland|The Grand Council of Xland chose the cabinet, and the cabinet was answerable to it for its work.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
        "Cabinet of Xland|The cabinet was a body of the Grand Council of Xland. It was accountable to it.|Cabinet_of_Xland accountableTo Grand_Council_of_Xland",
    })
    void found(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|The charter was praised in the Congress of Xland, chairman Ivan Petrov said.|Congress_of_Xland chair Ivan_Petrov",
        "Grand Council of Xland|The Grand Council of Xland chose Ytown as its seat.|Ytown electedBy Grand_Council_of_Xland",
        "April Manifesto|Ivan Petrov wrote that the April Manifesto was weak.|April_Manifesto author Ivan_Petrov",
        // only a body meets or convenes somewhere: "it" that is an instrument met nowhere
        "Charter of Xland|The Charter of Xland created a diet. It met in the Hall of Ytown.|Charter_of_Xland location Hall_of_Ytown",
        "Charter of Xland|The charter was convened in the Hall of Ytown.|Charter_of_Xland location Hall_of_Ytown",
        "Cabinet of Xland|The Grand Council of Xland, to which the Cabinet of Xland answered, met yearly.|Grand_Council_of_Xland accountableTo Cabinet_of_Xland",
        "Cabinet of Xland|The Grand Council of Xland, to which Ivan Petrov spoke, met yearly.|Ivan_Petrov accountableTo Grand_Council_of_Xland",
        // what a body's act (adopted, issued, approved, passed) dates is an instrument, never the organ a relative
        // clause follows
        "Constituent Assembly of Xland|The assembly was dissolved by a decree of the Central Executive Committee of Xland (CEC), which was adopted on 19 January 1918.|Central_Executive_Committee_of_Xland established 1918-01-19",
        "Constituent Assembly of Xland|The assembly was closed by an order of the Grand Council of Xland, which was issued on 3 May 1919.|Grand_Council_of_Xland established 1919-05-03",
        "Constituent Assembly of Xland|A law of the Grand Council of Xland, which was passed in 1919, ended it.|Grand_Council_of_Xland established 1919",
        "Constituent Assembly of Xland|The Grand Council of Xland, which was approved by the king in 1919, met weekly.|Grand_Council_of_Xland established 1919",
        // ... and the relative clause no date of the main clause before its antecedent
        "Charter of Xland|It was repealed on 28 June 1921, when the Constitution of Yland, which had been adopted by the Grand Council of Yland, came into effect.|Constitution_of_Yland adopted 1921-06-28",
        "Charter of Xland|On 28 June 1921 the Constitution of Yland, which had been approved by the Grand Council of Yland, came into effect.|Constitution_of_Yland adopted 1921-06-28",
        // a pronoun agent of another clause is no agent to look past: the others were, whom no name names
        "Grand Council of Xland|The council met when the State Council of Xland called it. In law it was the supreme organ, and all other organs were subordinate to it.|Grand_Council_of_Xland accountableTo State_Council_of_Xland",
        // a signing's date is no adoption's: the text may date the adoption otherwise (the first date stated is kept)
        "Charter of Xland|The Charter of Xland was signed by Ivan Petrov on 24 January 1950. It had been adopted by the Grand Council of Xland on 26 November 1949.|Charter_of_Xland adopted 1950-01-24",
        "Charter of Xland|Ivan Petrov signed the Charter of Xland as a witness in 1950.|Charter_of_Xland adopted 1950",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
