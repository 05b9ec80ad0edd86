package org.constitutionkg.extract;

import static org.constitutionkg.extract.ExtractionCases.assertLead;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a participle, a clause of time or a verb's object belongs to (stop 51, wrong facts of A235, A237, A238 and
 * A232; invented sentences): a participle of a common noun in a clause with its own verb is that noun's ("a decree
 * issued on ..." dates no charter); a date before "after", "before" or "until" is the main clause's; a participle after
 * "was a body of A and of B," is the subject's, not B's; a determiner's noun the tagger took for an adjective is an
 * object ("abolished the sultanate" abolished no assembly); a past form the tagger took for a conjunction is a verb.
 */
class ClauseAttachmentTest {

    private static final String CHARTER = "The Basic Law of Xland was the constitution of Xland. ";

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "King Ivo II annulled the Basic Law by a decree issued in Ytown on 4 May 1814.|adopted 1814-05-04|false",
        "King Ivo II annulled the Basic Law by a decree issued in Ytown on 4 May 1814.|repealed 1814-05-04|true",
        "The regent suspended the Basic Law with an order signed on 2 June 1820.|adopted 1820-06-02|false",
        "The council revoked it through a law passed in March 1850.|adopted 1850-03|false",
        "The Grand Moot adopted the Basic Law on 3 March 1850.|adopted 1850-03-03|true",
        "Queen Ana III repealed the Basic Law in 1833.|repealed 1833|true",
        "A new chamber was elected in 1948 after the Basic Law came into force.|effective 1948|false",
        "A new chamber was elected in 1948 before the Basic Law came into force.|effective 1948|false",
        "The old senate sat until 1920, before the Basic Law entered into force.|effective 1920|false",
        "It was founded in 1950 when the Basic Law entered into force.|effective 1950|true",
    })
    void ofTheCharter(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Basic Law of Xland", CHARTER + sentence, "Basic_Law_of_Xland " + fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Senate of Xland was a body of the Xish Consulate and of the First Xish Empire, created by the Basic Law of "
                + "Xland in December 1799.|Basic_Law_of_Xland establishes Senate_of_Xland|true",
        "The Senate of Xland was a body of the Xish Consulate and of the First Xish Empire, created by the Basic Law of "
                + "Xland in December 1799.|Basic_Law_of_Xland establishes First_Xish_Empire|false",
        "The Senate of Xland was an organ of the Republic of Velm, established by the Charter of Velm in 1920."
                + "|Republic_of_Velm established 1920|false",
        "The Senate of Xland was an organ of the Republic of Velm, established by the Charter of Velm in 1920."
                + "|Senate_of_Xland established 1920|true",
        // a participle's or a subordinator's rule stays in its own clause
        "The Senate of Xland was the upper house of Xland. After the king abdicated, it met in Ytown."
                + "|Senate_of_Xland location Ytown|true",
        "The Senate of Xland was the upper house of Xland. It sat in Ytown near the harbour.|Senate_of_Xland "
                + "location Ytown|true",
        "The Senate of Xland was the upper house of Xland. In 1922 the Grand Moot of Xland abolished the old "
                + "monarchy.|Grand_Moot_of_Xland disbanded 1922|false",
        "The Senate of Xland was the upper house of Xland. In 1922 the Grand Moot of Xland abolished the "
                + "sultanate.|Grand_Moot_of_Xland disbanded 1922|false",
    })
    void ofTheBody(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Senate of Xland", lead, fact, holds, tmp);
    }
}
