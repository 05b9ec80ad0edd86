package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Frames the part-of-speech layer hides or that lean on their neighbours: a verb the tagger took for a noun ("The
 * Parliament of X consists of ...", "The First Great Khural met in ..."); an active participle after a comma, the
 * name's before it or else the clause subject's ("became bicameral, consisting of A and B"); a reflexive object that is
 * the subject ("dissolved itself"); a pronoun whose usual referent cannot do what the frame says, which is the nearest
 * thing named before it in the sentence that can ("a Union Committee, elected by it"). Invented sentences.
 */
class ParticiplesAndPronounAgentsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // composition: finite verb, participle after the subject, after an object, after a predicate, relative clause
        "Parliament of Velmia|The Parliament of Velmia consists of the Chamber of Towns and the Chamber of Shires.|Parliament_of_Velmia hasPart Chamber_of_Towns",
        "Parliament of Velmia|The Parliament of Velmia, consisting of the Chamber of Towns and the Chamber of Shires, met twice a year.|Parliament_of_Velmia hasPart Chamber_of_Shires",
        "Parliament of Velmia|In 1931 the Parliament of Velmia became bicameral, consisting of the Chamber of Towns and the Chamber of Shires.|Parliament_of_Velmia hasPart Chamber_of_Towns",
        "Charter of Velmia|The Charter of Velmia created the Parliament of Velmia, consisting of the Chamber of Towns and the Chamber of Shires.|Parliament_of_Velmia hasPart Chamber_of_Shires",
        "Council of Velmia|The Council of Velmia gave way to the Parliament of Velmia, which consists of the Chamber of Towns and the Chamber of Shires.|Parliament_of_Velmia hasPart Chamber_of_Towns",
        "Parliament of Velmia|It was bicameral, comprising the Chamber of Towns and the Chamber of Shires.|Parliament_of_Velmia hasPart Chamber_of_Towns",
        // an active participle of another frame after a comma: the clause subject's act
        "Diet of Velmia|The Diet of Velmia met in Port Velm, electing the Council of Ministers of Velmia.|Council_of_Ministers_of_Velmia electedBy Diet_of_Velmia",
        // "succeeding X" after a comma is a succession (unlike "following X", a preposition in use)
        "Federal Assembly of Velmia|The assembly was constituted in 1994, succeeding the unicameral Diet of Velmia.|Federal_Assembly_of_Velmia precededBy Diet_of_Velmia",
        // a reflexive object
        "Diet of Velmia|The Diet of Velmia dissolved itself on 30 April 1931.|Diet_of_Velmia disbanded 1931-04-30",
        "Diet of Velmia|It dissolved itself on 30 April 1931.|Diet_of_Velmia disbanded 1931-04-30",
        "Diet of Velmia|The Diet of Velmia, which dissolved itself on 30 April 1931, had sat since 1920.|Diet_of_Velmia disbanded 1931-04-30",
        "Diet of Velmia|After the elections of 1930 it finally dissolved itself on 30 April 1931.|Diet_of_Velmia disbanded 1931-04-30",
        // a pronoun agent: the nearest thing named before it in the sentence that can act so
        "Treaty of Velmia|The Treaty of Velmia set up a Union Congress of Velmia and a Union Committee of Velmia, elected by it, to act between congresses.|Union_Committee_of_Velmia electedBy Union_Congress_of_Velmia",
        "Treaty of Velmia|It created the Union Congress of Velmia and the Union Committee of Velmia, which was appointed by it.|Union_Committee_of_Velmia electedBy Union_Congress_of_Velmia",
        "Charter of Velmia|The charter created the Grand Council of Velmia and a Council of Ministers of Velmia, chosen by it.|Council_of_Ministers_of_Velmia electedBy Grand_Council_of_Velmia",
        "Charter of Velmia|Under the Charter of Velmia the Grand Council of Velmia was the supreme organ, and the Council of Ministers of Velmia was elected by it.|Council_of_Ministers_of_Velmia electedBy Grand_Council_of_Velmia",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a place after a preposition is no participle's subject
        "Diet of Velmia|The Diet of Velmia met in Port Velm, electing the Council of Ministers of Velmia.|Council_of_Ministers_of_Velmia electedBy Port_Velm",
        // a pronoun whose referent can act keeps it: the treaty's article, "the congress elected ... by it" is no one's
        "Union Congress of Velmia|The Union Committee of Velmia was elected by it.|Union_Committee_of_Velmia electedBy Treaty_of_Velmia",
        // nothing before the pronoun that can elect: no agent
        "Treaty of Velmia|The Treaty of Velmia created a Union Committee of Velmia, elected by it.|Union_Committee_of_Velmia electedBy Treaty_of_Velmia",
        // a noun that is no verb after a name stays a noun
        "Diet of Velmia|The Diet of Velmia records of 1920 were lost.|Diet_of_Velmia hasPart Velmia",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
