package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three readings that hold in any voice: "with X as its chairman" names the chair of what the sentence names before
 * "with" (or of what "its" is); a perfect ("who had chaired X") is read as its verb, whatever the tagger takes "had"
 * for; a replacement dated in its clause ends what was replaced ("was replaced in 1938 by Y", "Y replaced X in 1931",
 * "X was superseded by Y in 1931", "Y, which replaced X on 3 May 1931,"), a thing of ours only. Invented sentences.
 */
class WithAsAndReplacementDatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Central Executive Committee of Velmia|The congress elected a new Central Executive Committee of Velmia, with Olaf Rask as its chairman.|Central_Executive_Committee_of_Velmia chair Olaf_Rask",
        "Provisional Government of Velmia|The congress proclaimed the Council of Commissars of Velmia the new government, with Olaf Rask as its chairman.|Council_of_Commissars_of_Velmia chair Olaf_Rask",
        "Provisional Government of Velmia|In 1918 the Council of Commissars of Velmia became the supreme authority, with Olaf Rask as its head.|Council_of_Commissars_of_Velmia chair Olaf_Rask",
        "Central Executive Committee of Velmia|It was formed in 1920 with Olaf Rask as its first chairman.|Central_Executive_Committee_of_Velmia chair Olaf_Rask",
        "Presidium of Velmia|The Presidium of Velmia was set up in 1925, with Olaf Rask as the chairman.|Presidium_of_Velmia chair Olaf_Rask",
        "Presidium of Velmia|The Presidium of Velmia was set up in 1925, with Olaf Rask as chairman and Eva Lind as secretary.|Presidium_of_Velmia chair Olaf_Rask",
        "Central Executive Committee of Velmia|Power passed to Olaf Rask, who had chaired the Central Executive Committee of Velmia since 1919.|Central_Executive_Committee_of_Velmia chair Olaf_Rask",
        "Central Executive Committee of Velmia|Olaf Rask has headed the Central Executive Committee of Velmia since 1919.|Central_Executive_Committee_of_Velmia chair Olaf_Rask",
        "Central Executive Committee of Velmia|The Central Executive Committee of Velmia had abolished the Senate of Velmia in 1920.|Senate_of_Velmia disbanded 1920",
        "Central Executive Committee of Velmia|It was replaced in January 1938 by the Presidium of Velmia.|Central_Executive_Committee_of_Velmia disbanded 1938-01",
        "Charter of Velmia|The Charter of Velmia replaced the Statute of Velmia in 1931.|Statute_of_Velmia repealed 1931",
        "Charter of Velmia|In 1931 the Statute of Velmia was superseded by the Charter of Velmia.|Statute_of_Velmia repealed 1931",
        "Charter of Velmia|The Charter of Velmia, which replaced the Statute of Velmia on 3 May 1931, was short.|Statute_of_Velmia repealed 1931-05-03",
        // a bare noun right after a verb leaves the preposition the verb's
        "Council of Velmia|In 1918 it turned power into a weapon of the Council of Velmia.|Council_of_Velmia rdf:type StateOrgan",
        // a "when" clause takes the date of the phrase it hangs on
        "Constitution of Velmia|It was amended several times, most deeply in 1974, when the State Presidium of Velmia – a collective head of state – was created.|State_Presidium_of_Velmia established 1974",
        "Constitution of Velmia|The charter changed on 3 May 1974, when the Senate of Velmia was abolished.|Senate_of_Velmia disbanded 1974-05-03",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the chair of what the sentence names before "with", not of the article's subject
        "Central Executive Committee of Velmia|The congress elected a new Presidium of Velmia, with Olaf Rask as its chairman.|Central_Executive_Committee_of_Velmia chair Olaf_Rask",
        "Provisional Government of Velmia|The congress proclaimed the Council of Commissars of Velmia the new government, with Olaf Rask as its chairman.|Provisional_Government_of_Velmia chair Olaf_Rask",
        "Diet of Velmia|The Diet of Velmia elected a commission, with Olaf Rask as its chairman.|Diet_of_Velmia chair Olaf_Rask",
        // "with X as guest" holds no office
        "Central Executive Committee of Velmia|It met in Port Velm with Olaf Rask as guest.|Central_Executive_Committee_of_Velmia chair Olaf_Rask",
        // a replaced person is no thing that ends
        "Presidium of Velmia|In 1930 Olaf Rask replaced Eva Lind as chairman of the Presidium of Velmia.|Eva_Lind disbanded 1930",
        // handing powers over between sessions is no succession; elections held somewhere are no meeting there
        "Supreme Soviet of Velmia|Between sessions the Supreme Soviet of Velmia handed over its powers to the Presidium of Velmia.|Presidium_of_Velmia precededBy Supreme_Soviet_of_Velmia",
        "Diet of Velmia|The Diet of Velmia held elections in Vardo.|Diet_of_Velmia location Vardo",
        // a renaming ends nothing and begins nothing: the organ goes on under its new name
        "Council of People's Commissars of Velmia|On 15 March 1946 it was renamed the Council of Ministers of Velmia.|Council_of_People's_Commissars_of_Velmia disbanded 1946-03-15",
        "Council of People's Commissars of Velmia|The council was renamed the Council of Ministers of Velmia in 1946.|Council_of_Ministers_of_Velmia established 1946",
        "Council of People's Commissars of Velmia|In 1946 the Council of People's Commissars of Velmia was renamed the Council of Ministers of Velmia.|Council_of_People's_Commissars_of_Velmia disbanded 1946",
        // a renaming's date is its own clause's
        "Council of People's Commissars of Velmia|The council was renamed the Council of Ministers of Velmia, and the Senate of Velmia was abolished in 1934.|Council_of_Ministers_of_Velmia established 1934",
        // a replaced place is no thing of ours that ends
        "Diet of Velmia|In 1918 Vardo replaced Ytown as the seat of the Diet of Velmia.|Ytown disbanded 1918",
        // a date in a relative clause before the renaming is no date of it
        "Council of People's Commissars of Velmia|The council, founded in 1917, was renamed the Council of Ministers of Velmia.|Council_of_Ministers_of_Velmia established 1917",
        // a replacement is no date of the successor's end
        "Charter of Velmia|The Charter of Velmia replaced the Statute of Velmia in 1931.|Charter_of_Velmia repealed 1931",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
