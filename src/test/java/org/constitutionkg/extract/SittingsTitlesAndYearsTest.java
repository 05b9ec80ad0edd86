package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * From an audit of invented articles on a monarchy, in invented sentences of each construction: a sitting named by
 * its body ("Third Session of the Landtag of X" is a session of the Landtag of X); a year in parentheses tells one
 * instrument from another of that name ("the Charter of X (1920)" is not the article's Charter of X (1871)); a title
 * alone ("the King") is nobody's name; a listed thing keeps its participle ("a Council appointed by the King, and a
 * Court"); "presided over by", "nicknamed", "drew on", "modelled on"; a session's
 * infobox "Place", "Previous", "Next".
 */
class SittingsTitlesAndYearsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // sittings
        "Third Session of the Landtag of Xland|It met in Ytown.|Third_Session_of_the_Landtag_of_Xland sessionOf Landtag_of_Xland",
        "Grand Diet of Xland|The Second Session of the Grand Diet of Xland met in Ytown in 1881.|Second_Session_of_the_Grand_Diet_of_Xland sessionOf Grand_Diet_of_Xland",
        "Grand Council of Xland|The First Convocation of the Grand Council of Xland was elected in 1920.|First_Convocation_of_the_Grand_Council_of_Xland sessionOf Grand_Council_of_Xland",
        "Congress of Soviets of Xland|The Fifth Congress of Soviets of Xland met in Ytown in 1921.|Fifth_Congress_of_Soviets_of_Xland sessionOf Congress_of_Soviets_of_Xland",
        // a year in parentheses
        "Charter of Xland (1871)|It was repealed in 1920 by the Charter of Xland (1920).|Charter_of_Xland_(1871) repealedBy Charter_of_Xland_of_1920",
        "Charter of Xland (1871)|The Charter of Xland (1920), which the Grand Diet of Xland adopted, replaced it.|Charter_of_Xland_of_1920 adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland (1871)|In 1920 the Grand Diet of Xland adopted the Charter of Xland (1920).|Charter_of_Xland_of_1920 adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland (1871)|The Charter of Xland (1920) replaced it.|Charter_of_Xland_of_1920 precededBy Charter_of_Xland_(1871)",
        // a title before a name is still dropped
        "Charter of Xland|It was signed by King Otto II.|Charter_of_Xland signedBy Otto_II",
        // a listed thing with a participle of its own ("appointed by the King") is one item of the list
        "Charter of Xland|It established the Senate of Xland, a Council of Ministers appointed by the King, and a Court of Xland.|Charter_of_Xland establishes Court_of_Xland",
        "Charter of Xland|It created the Senate of Xland, the Council of Ministers seated in Ytown, and the Court of Xland.|Charter_of_Xland establishes Council_of_Ministers",
        "Charter of Xland|It established the Grand Diet of Xland, the Council of Elders chosen by the provinces, and the Senate of Xland.|Charter_of_Xland establishes Senate_of_Xland",
        "Charter of Xland|It established a Senate of Xland elected by the provinces, and a Court of Xland.|Charter_of_Xland establishes Court_of_Xland",
        // an abbreviation with the small letters of its small words, used later
        "Charter of Xland|The Council of Ministers of Xland (CoM) was formed in 1871. In 1890 the CoM was abolished.|Council_of_Ministers_of_Xland disbanded 1890",
        "Charter of Xland|The Chamber of Deputies (CoD) was formed in 1871. The CoD was dissolved in 1890.|Chamber_of_Deputies disbanded 1890",
        // a count set off after a name is that name's
        "Grand Diet of Xland|It had two chambers: the Senate of Xland, with 80 members, and the Chamber of Xland, with 300 deputies.|Chamber_of_Xland memberCount 300",
        "Grand Diet of Xland|It had two chambers: the Senate of Xland, with 80 members, and the Chamber of Xland, with 300 deputies.|Senate_of_Xland memberCount 80",
        "Grand Diet of Xland|The Grand Diet of Xland created the Council of Elders, with 40 members.|Council_of_Elders memberCount 40",
        "Grand Diet of Xland|The Grand Diet of Xland had 380 members.|Grand_Diet_of_Xland memberCount 380",
        "Grand Diet of Xland|In 1920 the diet elected a Provisional Council of Xland of 15 members.|Provisional_Council_of_Xland memberCount 15",
        // presided over, nicknamed, drew on, modelled on
        "Grand Council of Xland|The council was presided over by Ivan Petrov.|Grand_Council_of_Xland chair Ivan_Petrov",
        "Grand Council of Xland|Ivan Petrov presided over the Grand Council of Xland.|Grand_Council_of_Xland chair Ivan_Petrov",
        "Grand Council of Xland|The Grand Council of Xland, presided over by Ivan Petrov, met weekly.|Grand_Council_of_Xland chair Ivan_Petrov",
        "Charter of Xland|The charter was nicknamed \"the Iron Charter\".|Charter_of_Xland altLabel Iron Charter",
        "Charter of Xland|It was nicknamed \"the Iron Charter\" by its critics.|Charter_of_Xland altLabel Iron Charter",
        "Charter of Xland|The Charter of Xland, nicknamed \"the Iron Charter\", was short.|Charter_of_Xland altLabel Iron Charter",
        "Charter of Xland|It drew heavily on the Charter of Ytown.|Charter_of_Xland basedOn Charter_of_Ytown",
        "Charter of Xland|The charter was modelled on the Charter of Ytown.|Charter_of_Xland basedOn Charter_of_Ytown",
        "Charter of Xland|The Charter of Xland drew on the Charter of Ytown.|Charter_of_Xland basedOn Charter_of_Ytown",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Third Session of the Landtag of Xland|It met in Ytown.|Session_of_the_Landtag_of_Xland rdf:type Legislature",
        "Charter of Xland (1871)|The Charter of Xland (1920), which the Grand Diet of Xland adopted, replaced it.|Charter_of_Xland_(1871) adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|It was signed by the King.|King rdf:type Person",
        "Grand Diet of Xland|The Grand Diet of Xland created the Council of Elders, with 40 members.|Grand_Diet_of_Xland memberCount 40",
        "Grand Diet of Xland|In 1920 the diet elected a Provisional Council of Xland of 15 members.|Grand_Diet_of_Xland memberCount 15",
        "Charter of Xland|The Emperor signed the charter in 1871.|Emperor rdf:type Person",
        "Charter of Xland|It was approved by the Queen and the Grand Diet of Xland.|Queen rdf:type Person",
    })
    void statesNot(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Third Session of the Landtag of Xland|Place: Ytown|Third_Session_of_the_Landtag_of_Xland location Ytown",
        "Third Session of the Landtag of Xland|Previous: Second Session of the Landtag of Xland|Third_Session_of_the_Landtag_of_Xland precededBy Second_Session_of_the_Landtag_of_Xland",
        "Third Session of the Landtag of Xland|Next: Fourth Session of the Landtag of Xland|Third_Session_of_the_Landtag_of_Xland succeededBy Fourth_Session_of_the_Landtag_of_Xland",
    })
    void sessionInfobox(String title, String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, true, tmp);
    }
}
