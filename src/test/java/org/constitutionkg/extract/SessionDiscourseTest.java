package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How an article on a session (or any organ) speaks of itself and its kin, in invented sentences of each construction:
 * "the diet" or "the session" is the article's subject when its name has that head and its paragraph named no other;
 * a list whose items go on with the sentence before it ("the congress:" / "- adopted the charter;"); and a sibling
 * session named short ("the Fourth Congress" in the article on the Fifth), which is a session of the same body under
 * the Fifth's full name with its own ordinal; "the former" and "the latter" are the earlier and the later of the last
 * two things named. In the CSV rows "\n" is a line break.
 */
class SessionDiscourseTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a description with the head of the subject's name
        "Third Diet of Xland|The diet adopted the Charter of Xland in 1931.|Charter_of_Xland adoptedBy Third_Diet_of_Xland",
        // a short name of a session in its body's article is the session the long name names there
        "All-Xland Congress of Soviets|In March 1925 the 5th Congress ratified the charter. The 5th All-Xland Congress of Soviets met in Ytown.|5th_All-Xland_Congress_of_Soviets altLabel 5th Congress",
        "All-Xland Congress of Soviets|The 7th All-Xland Congress of Soviets met in Ytown in 1929. The Charter of Xland was adopted by the 7th Congress.|Charter_of_Xland adoptedBy 7th_All-Xland_Congress_of_Soviets",
        "Third Diet of Xland|On its last day, the diet ratified the Treaty of Ytown.|Treaty_of_Ytown ratifiedBy Third_Diet_of_Xland",
        "Third Diet of Xland|It was the diet that elected the Council of Elders of Xland.|Council_of_Elders_of_Xland electedBy Third_Diet_of_Xland",
        "Fifth Congress of Deputies of Xland|On its last day the congress approved the Charter of Xland.|Charter_of_Xland adoptedBy Fifth_Congress_of_Deputies_of_Xland",
        "Fifth Congress of Deputies of Xland|The session approved the Charter of Xland.|Charter_of_Xland adoptedBy Fifth_Congress_of_Deputies_of_Xland",
        // ... unless its paragraph named another of that head first
        "Third Diet of Xland|The Grand Diet of Ytown met in Xtown in 1931. The diet approved the Charter of Xland.|Charter_of_Xland adoptedBy Grand_Diet_of_Ytown",
        // list items that go on with the sentence before the list
        "Fifth Congress of Deputies of Xland|On its last day the congress:\\n- adopted the Charter of Xland;\\n- ratified the Treaty of Ytown.|Charter_of_Xland adoptedBy Fifth_Congress_of_Deputies_of_Xland",
        "Fifth Congress of Deputies of Xland|On its last day the congress:\\n- adopted the Charter of Xland;\\n- ratified the Treaty of Ytown.|Treaty_of_Ytown ratifiedBy Fifth_Congress_of_Deputies_of_Xland",
        "Grand Diet of Xland|In 1931 it:\\n- approved the Charter of Xland,\\n- elected the Council of Elders of Xland, and\\n- dissolved itself.|Council_of_Elders_of_Xland electedBy Grand_Diet_of_Xland",
        "Grand Diet of Xland|The Grand Diet of Xland adopted the following acts:\\n- the Charter of Xland;\\n- the Land Act of 1931.|Land_Act_of_1931 adoptedBy Grand_Diet_of_Xland",
        "Grand Diet of Xland|In 1931 the diet approved two documents:\\n- the Charter of Xland, and\\n- the Land Act of 1931.|Land_Act_of_1931 adoptedBy Grand_Diet_of_Xland",
        "Grand Diet of Xland|The Grand Diet of Xland adopted the following acts: the Charter of Xland and the Land Act of 1931.|Land_Act_of_1931 adoptedBy Grand_Diet_of_Xland",
        // "the former", "the latter": the earlier and the later of the last two things named
        "Grand Diet of Xland|It had two chambers, the Senate of Xland and the Chamber of Xland. The former had 80 members; the latter had 300 deputies.|Senate_of_Xland memberCount 80",
        "Grand Diet of Xland|It had two chambers, the Senate of Xland and the Chamber of Xland. The former had 80 members; the latter had 300 deputies.|Chamber_of_Xland memberCount 300",
        "Charter of Xland|It created the Senate of Xland and the Court of Xland. The latter was abolished in 1920.|Court_of_Xland disbanded 1920",
        "Charter of Xland|It replaced the Statute of Ytown and the Decree of Ytown. The former had been adopted in 1850.|Statute_of_Ytown adopted 1850",
        "Charter of Xland|It replaced the Statute of Ytown and the Decree of Ytown, the latter of which was issued by the regents in 1850.|Statute_of_Ytown rdf:type LegalInstrument",
        // a sibling session named short: a session of the subject's body, under its full name
        "Fifth Congress of Deputies of Xland|It was a session of the Congress of Deputies of Xland.\\nThe Fourth Congress, held in Ytown in 1927, was short.|Fourth_Congress_of_Deputies_of_Xland sessionOf Congress_of_Deputies_of_Xland",
        "Fifth Congress of Deputies of Xland|It was a session of the Congress of Deputies of Xland.\\nThe Fourth Congress had met in Ytown in 1927.|Fourth_Congress_of_Deputies_of_Xland location Ytown",
        "Fifth Congress of Deputies of Xland|It was a session of the Congress of Deputies of Xland.\\nIn 1927 the Fourth Congress was held in Ytown.|Fourth_Congress_of_Deputies_of_Xland location Ytown",
        "Fifth Congress of Deputies of Xland|It was a session of the Congress of Deputies of Xland.\\nDelegates of the Fourth Congress, which met in Ytown, came back.|Fourth_Congress_of_Deputies_of_Xland ordinal 4",
    })
    void statesWhatTheSessionDid(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence.replace("\\n", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a session is never a session of a session
        "Fifth Congress of Deputies of Xland|It was a session of the Congress of Deputies of Xland.\\nThe Fourth Congress, held in Ytown in 1927, was short.|Fourth_Congress sessionOf Fifth_Congress_of_Deputies_of_Xland",
        "Fifth Congress of Deputies of Xland|The Fourth Congress, held in Ytown in 1927, was short.|Fourth_Congress sessionOf Fifth_Congress_of_Deputies_of_Xland",
        // an item that is a sentence of its own does not go on with the lead-in
        "Grand Diet of Xland|The diet held two sessions:\\n- The Charter of Xland was adopted by the regents.|Charter_of_Xland adoptedBy Grand_Diet_of_Xland",
        // "the former constitution" is a description, not "the former"
        "Charter of Xland|It replaced the Statute of Ytown and the Decree of Ytown. The former charter had been adopted in 1850.|Statute_of_Ytown adopted 1850",
        // a description of another head is not the subject
        "Third Diet of Xland|The council adopted the Charter of Xland in 1931.|Charter_of_Xland adoptedBy Third_Diet_of_Xland",
    })
    void statesNothingElse(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence.replace("\\n", "\n"), unexpected, tmp);
    }
}
