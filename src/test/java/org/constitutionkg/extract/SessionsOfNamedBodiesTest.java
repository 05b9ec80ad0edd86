package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose session a session is, from an audit of invented articles: a session head before an organ's name ("Fourth
 * Congress of the People's Assembly of X") makes a sitting of that organ, not of a "Congress of the People's Assembly"
 * (a plural after the head names no one organ: "Fourth Congress of the Soviets of X" keeps its head); "a session" and
 * "a sitting" of a body, in the lead, an apposition or a relative clause, state the body; what the text states wins
 * over what the title implies, whose name becomes the stated body's. Invented names and sentences.
 */
class SessionsOfNamedBodiesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a session head before an organ's name
        "Fourth Congress of the People's Assembly of Xland|It met in Ytown in 1952.|Fourth_Congress_of_the_People's_Assembly_of_Xland sessionOf People's_Assembly_of_Xland",
        "Grand Council of Xland|The Second Conference of the Grand Council of Xland met in Ytown in 1881.|Second_Conference_of_the_Grand_Council_of_Xland sessionOf Grand_Council_of_Xland",
        "Third Conference of the State Council of Xland|The conference opened in Ytown on 3 May 1921.|Third_Conference_of_the_State_Council_of_Xland sessionOf State_Council_of_Xland",
        "National Diet of Xland|The Seventh Congress of the National Diet of Xland was held in 1930.|Seventh_Congress_of_the_National_Diet_of_Xland sessionOf National_Diet_of_Xland",
        // ... a plural after it: the head stays
        "Fourth Congress of the Soviets of Xland|It met in Ytown in 1921.|Fourth_Congress_of_the_Soviets_of_Xland sessionOf Congress_of_the_Soviets_of_Xland",
        // "a session of", "a sitting of": in the lead, an apposition, a relative clause, after a pronoun
        "Fourth Congress of Xland|The Fourth Congress of Xland was a session of the Grand Council of Xland, held in Ytown in 1952.|Fourth_Congress_of_Xland sessionOf Grand_Council_of_Xland",
        "Fourth Congress of Xland|The Fourth Congress of Xland, the fourth session of the Grand Council of Xland, met in Ytown in 1952.|Fourth_Congress_of_Xland sessionOf Grand_Council_of_Xland",
        "Fourth Congress of Xland|The Fourth Congress of Xland, which was an extraordinary sitting of the Grand Council of Xland, met in Ytown.|Fourth_Congress_of_Xland sessionOf Grand_Council_of_Xland",
        "Fourth Congress of Xland|The Fourth Congress of Xland met in Ytown in 1952. It was the last session of the Grand Council of Xland.|Fourth_Congress_of_Xland sessionOf Grand_Council_of_Xland",
        // the stated body wins over the title's, and is called by the title's name too
        "Fourth Congress of the People's Assembly of Xland|The Fourth Congress of the People's Assembly was a session of the People's Assembly of the Xland Republic, held in Ytown in 1952.|Fourth_Congress_of_the_People's_Assembly_of_Xland sessionOf People's_Assembly_of_the_Xland_Republic",
        "Fourth Congress of the People's Assembly of Xland|The Fourth Congress of the People's Assembly was a session of the People's Assembly of the Xland Republic, held in Ytown in 1952.|People's_Assembly_of_the_Xland_Republic altLabel People's Assembly of Xland",
        // a session of several names is of one body, named as each of them names it
        "Second All-Xland Congress of Workers' Councils|The Second All-Xland Congress of Workers' Councils, also known as the Second Congress of Councils, met in Ytown in 1917.|All-Xland_Congress_of_Workers'_Councils altLabel Congress of Councils",
        "Second All-Xland Congress of Workers' Councils|The Second All-Xland Congress of Workers' Councils, also called the Second All-Xland Congress of Workers' and Soldiers' Councils, met in Ytown in 1917.|All-Xland_Congress_of_Workers'_Councils altLabel All-Xland Congress of Workers' and Soldiers' Councils",
        "Fourth Congress of Xland|The Fourth Congress of Xland, the fourth session of the Grand Council of Xland, met in Ytown in 1952.|Fourth_Congress_of_Xland location Ytown",
        "First Congress of Xland|The First Congress of Xland, the second congress and the third congress met in Ytown.|Second_Congress_of_Xland rdf:type Session",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Fourth Congress of the People's Assembly of Xland|It met in Ytown in 1952.|Fourth_Congress_of_the_People's_Assembly_of_Xland sessionOf Congress_of_the_People's_Assembly_of_Xland",
        "Fourth Congress of the Soviets of Xland|It met in Ytown in 1921.|Fourth_Congress_of_the_Soviets_of_Xland sessionOf Soviets_of_Xland",
        // only a session is a session of something: not a person, not an organ
        "Grand Council of Xland|Ivan Petrov was chairman of the session of the Grand Council of Xland.|Ivan_Petrov sessionOf Grand_Council_of_Xland",
        "Grand Council of Xland|The Senate of Xland was a session of the Grand Council of Xland.|Senate_of_Xland sessionOf Grand_Council_of_Xland",
        "Fourth Congress of the People's Assembly of Xland|The Fourth Congress of the People's Assembly was a session of the People's Assembly of the Xland Republic, held in Ytown in 1952.|Fourth_Congress_of_the_People's_Assembly_of_Xland sessionOf People's_Assembly_of_Xland",
        "Second All-Xland Congress of Workers' Councils|The Second All-Xland Congress of Workers' Councils, also known as the Second Congress of Councils, met in Ytown in 1917.|Congress_of_Councils rdf:type Legislature",
        "Second All-Xland Congress of Workers' Councils|The Second All-Xland Congress of Workers' Councils, also called the Second All-Xland Congress of Workers' and Soldiers' Councils, met in Ytown in 1917.|All-Xland_Congress_of_Workers'_and_Soldiers'_Councils rdf:type Legislature",
        // a sitting or a meeting after an ordinal, in lower case, is a day of a session, no session of its own
        "Fifth Legislature of Xland|Ivan Petrov was elected Speaker at the first sitting on 3 May 1881.|First_Sitting rdf:type Session",
        "Fifth Legislature of Xland|At its second meeting the chamber elected Ivan Petrov.|Second_Meeting rdf:type Session",
        "Grand Council of Xland|The third sitting of the Grand Council of Xland was stormy.|Third_Sitting rdf:type Session",
        "Fifth Legislature of Xland|Ivan Petrov was elected Speaker at the first sitting on 3 May 1881.|Sitting rdf:type Legislature",
        "Fourth Congress of Xland|The Fourth Congress of Xland was a session of the Grand Council of Xland. The Fifth Congress of Xland was a sitting of the Senate of Xland.|Grand_Council_of_Xland altLabel Senate of Xland",
        "Fourth Congress of Xland|The Fourth Congress of Xland was a session of the Grand Council of Xland. The Fifth Congress of Xland was a sitting of the Senate of Xland.|Grand_Council_of_Xland altLabel Congress of Xland",
        "Tenth All-Xland Congress of Soviets|The Tenth All-Xland Congress of Soviets, also known as the First Congress of Soviets of the Union, met in 1922.|All-Xland_Congress_of_Soviets altLabel Congress of Soviets of the Union",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
