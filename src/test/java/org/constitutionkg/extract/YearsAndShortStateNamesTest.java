package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One instrument, one resource, wherever its name puts its year ("the 1902 Constitution", "the Constitution of 1902",
 * "Constitution of Xland (1902)", "... of Xland of 1902"), and two instruments that differ only in their year are
 * two; a numbered session's year only dates it ("the 3rd Congress (1954)" is no session of a "Congress of 1954"). A
 * state's short name the lexicon cannot know ("Xland" of the "Kingdom of Xland", a one-word colloquial name beside a
 * formal one in two names of one subject) is that state, so the organs named after either are one. Invented
 * articles; " // " separates lines.
 */
class YearsAndShortStateNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the year before, after "of", in parentheses: one instrument (its adoption and its succession on one thing)
        "The Constitution of 1848 was adopted on 5 May 1848. The 1848 constitution was replaced in 1902.#Constitution_of_1848 adopted 1848-05-05",
        "The Constitution of 1848 was adopted on 5 May 1848. The 1848 constitution was abolished in 1902.#Constitution_of_1848 repealed 1902",
        "The 1902 Constitution was adopted in 1902. It was amended by the Constitution of Velmia (1902) Act.#1902_Constitution_of_the_Kingdom_of_Velmia adopted 1902",
        "The Statute of Velmia (1911) was granted in 1911. The 1911 statute was repealed in 1920.#Statute_of_Velmia_of_1911 repealed 1920",
        // a session's year in parentheses: a session of the party's congress, as the next one is
        "It was preceded by the 3rd Congress (1954) and followed by the 5th Congress in 1962.#3rd_Congress_of_the_Unity_Party_of_Velmia sessionOf Congress_of_the_Unity_Party_of_Velmia",
    })
    void oneInstrumentWhereverItsYearStands(String sentence, String expected, @TempDir Path tmp) throws Exception {
        String title = expected.contains("Congress") ? "4th Congress of the Unity Party of Velmia"
                : "Constitution of Velmia";
        String lead = title.startsWith("4th") ? "The 4th Congress of the Unity Party of Velmia was held in 1958. "
                : "The Constitution of Velmia is the basic law of the Kingdom of Velmia. ";
        ExtractionCases.assertStates(title, lead + sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // two years, two instruments: the later one is not merged into the article's own
        "It was replaced by the Constitution of Velmia (1968), which abolished the monarchy.#Constitution_of_Velmia altLabel Constitution of Velmia (1968)",
        "The 1848 constitution and the 1902 constitution were both replaced.#1848_Constitution_of_the_Kingdom_of_Velmia altLabel 1902 Constitution",
        // no "Congress of 1954" is born from a session's year
        "It was preceded by the 3rd Congress (1954) and followed by the 5th Congress in 1962.#Congress_of_1954 rdf:type Legislature",
        // a clause after an infobox-like name is no part of it
        "The text was drafted by the Drafting Commission chaired by Olaf Rask.#Drafting_Commission_chaired_by_Olaf_Rask rdf:type StateOrgan",
    })
    void twoYearsTwoInstruments(String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Constitution of Velmia",
                "The Constitution of Velmia is the basic law of the Kingdom of Velmia. " + sentence, unexpected, tmp);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '#', value = {
        // "Xland" in an article on a body of the Kingdom of Xland: that kingdom (the organs of either name are one)
        "Diet of Velmia##The Diet of Velmia was the legislature of the Kingdom of Velmia. It elected the Council of State of Velmia. The Council of State was dissolved in 1920.#Council_of_State_of_Velmia disbanded 1920",
        "Diet of Velmia##The Diet of Velmia was the legislature of the Kingdom of Velmia.#Diet_of_Velmia jurisdiction Kingdom_of_Velmia",
        // two names of one subject (title and caption), a one-word colloquial name beside a formal one: one state
        "Presidium of the Supreme Council of Korvania#Presidium of the Supreme Council of the Korvan People's Republic#It was accountable to the Supreme Council of Korvania. The Supreme Council was dissolved in 1991.#Supreme_Council_of_Korvania disbanded 1991",
        "Presidium of the Supreme Council of Korvania#Presidium of the Supreme Council of the Korvan People's Republic#It was elected by the Supreme Council. It was accountable to the Supreme Council of Korvania.#Presidium_of_the_Supreme_Council_of_Korvania electedBy Supreme_Council_of_Korvania",
        "Presidium of the Supreme Council of Korvania#Presidium of the Supreme Council of the Korvan People's Republic#It was accountable to the Supreme Council of Korvania.#Supreme_Council_of_Korvania jurisdiction Korvan_People's_Republic",
        // the title's state and the state the text says the subject served, one named by the other's words
        "Constitution of Velmia##The Constitution of Velmia is the basic law of the Kingdom of Velmia. It was amended by the Diet of Velmia.#Diet_of_Velmia jurisdiction Kingdom_of_Velmia",
    })
    void aShortNameOfTheState(String title, String caption, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        String text = "= " + title + " =\n\n" + (caption == null ? "" : caption + "\n- Members: 15\n\n") + sentence + "\n";
        Path article = Files.writeString(tmp.resolve("01_case.txt"), text);
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        assertTrue(facts.contains(expected),
                () -> expected + " not in\n" + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // two formal names of one subject may be successive states: no short name is learned from them
        "Central Executive Committee of the Velmian Labour Commune#Later it was the Central Executive Committee of the Velmian Autonomous Soviet Socialist Republic.#Velmian_Labour_Commune altLabel Velmian Autonomous Soviet Socialist Republic",
        // two names of different kinds ("Xian Union" / "Xian Socialist Union") may be a state before and after a
        // renaming: not joined by the title and the lead alone
        "Constitution of the Velmian Republic#The Constitution of the Velmian Republic was the basic law of the Velmian Soviet Republic.#Velmian_Republic altLabel Velmian Soviet Republic",
    })
    void notAShortNameOrNoOtherState(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
