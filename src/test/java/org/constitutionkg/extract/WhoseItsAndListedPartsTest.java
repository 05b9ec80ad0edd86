package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offices and parts said through "whose", "its" and lists: "X, whose chairman, Y," and "X, whose first chairman was Y";
 * "who was (at the same time, also) chairman of X"; "its upper chamber" of the nearest thing named before that can have
 * chambers when the article's subject cannot ("It created a Diet. Its upper chamber, ..."), also after "and" or a
 * semicolon; the parts a prepositional object's common noun lists after a dash, a colon or a comma ("consisted of two
 * chambers – A and B –", "was composed of two chambers of equal rights, A and B"); a party's congress elects its
 * bodies. Invented sentences.
 */
class WhoseItsAndListedPartsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Supreme Soviet of Velmia|It was led by the Presidium of Velmia, whose chairman, Olaf Rask, signed all laws.|Presidium_of_Velmia chair Olaf_Rask",
        "Supreme Soviet of Velmia|Laws were signed by the Presidium of Velmia, whose first chairman was Olaf Rask.|Presidium_of_Velmia chair Olaf_Rask",
        "Supreme Soviet of Velmia|Olaf Rask, who was at the same time chairman of the Council of Ministers of Velmia, proposed the law.|Council_of_Ministers_of_Velmia chair Olaf_Rask",
        "Supreme Soviet of Velmia|Olaf Rask, who was also chairman of the Council of Ministers of Velmia, proposed the law.|Council_of_Ministers_of_Velmia chair Olaf_Rask",
        "Royal Charter of Velmia|It created a Diet of Velmia. Its upper chamber, the House of Peers, was appointed by the king.|House_of_Peers partOf Diet_of_Velmia",
        "Royal Charter of Velmia|The charter created the Diet of Velmia, and its upper chamber was the House of Peers.|House_of_Peers partOf Diet_of_Velmia",
        "Diet of Velmia|The Diet of Velmia met in Vardo; its first chairman was Olaf Rask.|Diet_of_Velmia chair Olaf_Rask",
        "Supreme Soviet of Velmia|It consisted of two equal chambers – the Soviet of the Union and the Soviet of Nationalities – of which the former was larger.|Supreme_Soviet_of_Velmia hasPart Soviet_of_Nationalities",
        "Supreme Soviet of Velmia|It was bicameral, consisting of two equal chambers – the Soviet of the Union and the Soviet of Nationalities.|Supreme_Soviet_of_Velmia hasPart Soviet_of_the_Union",
        "Supreme Soviet of Velmia|The Supreme Soviet of Velmia was composed of two chambers of equal rights, the Council of the Union and the Council of Republics.|Supreme_Soviet_of_Velmia hasPart Council_of_Republics",
        "Supreme Soviet of Velmia|It consisted of two chambers: the Soviet of the Union and the Soviet of Nationalities.|Supreme_Soviet_of_Velmia hasPart Soviet_of_the_Union",
        "Third Congress of the Velmian Workers' Party|The congress elected a Central Committee of 117 full members.|Central_Committee electedBy Third_Congress_of_the_Velmian_Workers'_Party",
        // a place the frame's preposition governs, in apposition to a common noun
        "Fifth Congress of the Velmian Workers' Party|It met in the capital, Ytown, in May 1950.|Fifth_Congress_of_the_Velmian_Workers'_Party location Ytown",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a deputy is no chair
        "Supreme Soviet of Velmia|Power passed to Olaf Rask, whose deputy, Eva Lind, resigned.|Olaf_Rask chair Eva_Lind",
        // "its" of a thing that can have chambers stays the article's
        "Diet of Velmia|The Charter of Velmia was adopted in 1831. Its upper chamber was the House of Peers.|House_of_Peers partOf Charter_of_Velmia",
        // a list after a comma that does not end the clause lists nothing
        "Supreme Soviet of Velmia|It consisted of deputies, the Soviet of the Union met twice a year.|Supreme_Soviet_of_Velmia hasPart Soviet_of_the_Union",
        // a name after a comma is listed only after the frame's own preposition: no place where "met" has no "in" or "at"
        "Fifth Congress of the Velmian Workers' Party|It was the first congress to meet after the death of its founder, Ivo Darn.|Fifth_Congress_of_the_Velmian_Workers'_Party location Ivo_Darn",
        "Fifth Congress of the Velmian Workers' Party|The congress met after the funeral of the party's leader, Ivo Darn.|Fifth_Congress_of_the_Velmian_Workers'_Party location Ivo_Darn",
        "Fifth Congress of the Velmian Workers' Party|It met under its new chairman, Ivo Darn, in the spring of 1950.|Fifth_Congress_of_the_Velmian_Workers'_Party location Ivo_Darn",
        "Fifth Congress of the Velmian Workers' Party|Delegates who met with their leader, Ivo Darn, approved the plan.|Fifth_Congress_of_the_Velmian_Workers'_Party location Ivo_Darn",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
