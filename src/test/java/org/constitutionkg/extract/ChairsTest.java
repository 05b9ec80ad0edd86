package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who chaired a body, in constructions beyond "chaired by X": a noun of office after "its" ("its first chairman"), a
 * passive of a verb with its preposition with words before "by" ("presided over from 1962 to 1979 by X"), and "the
 * first (woman) to head the body" (the copula's subject is the infinitive's). An infinitive of intent or a plan
 * states nothing; neither does a person's name opening the article's first sentence name the body. Invented sentences.
 */
class ChairsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|Piet Maas was its first chairman.|Grand_Council_of_Xland chair Piet_Maas",
        // an office of two capitalised words is no name ("Presiding Officer"); a name the tagger takes a word of for
        // an auxiliary ("Ivan Dorn served as ...") still holds the office
        "Grand Council of Xland|It met in 1999 and elected Ivan Dorn as its first Presiding Officer.|Grand_Council_of_Xland chair Ivan_Dorn",
        "Grand Council of Xland|Ivan Dorn served as its chairman.|Grand_Council_of_Xland chair Ivan_Dorn",
        "Charter of Xland|Piet Maas was the Grand Council of Xland's first chairman.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|Its last president, Vera Holm, resigned in 1990.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|In 1950 Piet Maas became its chairman.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The council was presided over from 1962 to 1979 by Hana Rusk.|Grand_Council_of_Xland chair Hana_Rusk",
        "Grand Council of Xland|It was presided over in 1962 by Hana Rusk.|Grand_Council_of_Xland chair Hana_Rusk",
        "Grand Council of Xland|Vera Holm, elected in June 1971, was the first woman to head the council.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Vera Holm was the last to chair it.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The Grand Council of Xland, headed by Ivo Tarn, met in 1922.|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|The diet elected the Grand Council of Xland headed by Ivo Tarn.|Grand_Council_of_Xland chair Ivo_Tarn",
        // "under the presidency of" a person (a prose rule; a person by the shape of the name)
        "Grand Council of Xland|The Grand Council of Xland met under the presidency of Count Otto von Ahlberg.|Grand_Council_of_Xland chair Otto_von_Ahlberg",
        "Grand Council of Xland|It sat under the chairmanship of Ivan Petrov from 1816.|Grand_Council_of_Xland chair Ivan_Petrov",
        "Grand Council of Xland|From 1816 the council worked under the presidency of Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        // "The (first) chairman was X": of what the text speaks of
        "Grand Council of Xland|The first chairman was Piet Maas.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The last chairman was Vera Holm, a lawyer.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The chairman was Piet Maas until 1930.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|Its first chairman was the printer Piet Maas.|Grand_Council_of_Xland chair Piet_Maas",
        // the chairs after the one named: "He was followed by", "She was succeeded by", "and she in turn by"
        "Grand Council of Xland|It was chaired by Piet Maas. He was followed in 1924 by Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Piet Maas chaired the council until 1930. He was succeeded by Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Its first chairman was Piet Maas. He was followed by Vera Holm (1930–1937), and she in turn by Ivo Tarn.|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|Vera Holm was elected its chairwoman in 1930. She was succeeded in 1937 by Ivo Tarn.|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|It was chaired by Piet Maas. Maas was arrested in 1950 and succeeded by Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Its first chairman was Piet Maas. Piet Maas was replaced in 1950 by Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The last chairman was the lawyer and poet Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The chairmen of the Council of Elders of Xland were Piet Maas and Vera Holm.|Council_of_Elders_of_Xland chair Vera_Holm",
        // a list after a lead-in that says its persons chaired the body (" // " separates lines)
        "Grand Council of Xland|Its chairmen were: // - Piet Maas (1921–1930), a printer from Ytown // - Vera Holm (1930–1944)|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The council was chaired by the Speaker of the Diet: // - Piet Maas (1921–1930); // - Vera Holm (1930–1944), who also sat in the Senate.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The Grand Council of Xland was headed in turn by: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Over the years its successive presidents included: // - Piet Maas, a lawyer // - Vera Holm|Grand_Council_of_Xland chair Piet_Maas",
        // the object of a verb of taking office before the office ("elected X chairman of Y"); a person in apposition
        // to the office, also where a preposition governs the person's name
        "Grand Council of Xland|The deputies elected Piet Maas chairman of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Piet_Maas",
        "Grand Council of Xland|In 1930 the congress named Vera Holm president of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The diet heard a report by Piet Maas, chairman of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The envoys met with Vera Holm, president of the Council of Elders of Xland, in 1930.|Council_of_Elders_of_Xland chair Vera_Holm",
        // a party's member written before the name like a title is no part of the name
        "Grand Council of Xland|Its first chairman was the Menshevik Piet Maas.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|It was chaired by Social Democrat Vera Holm until 1930.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The Communist Ivo Tarn chaired the council from 1950.|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|The council, which the Liberal Piet Maas headed, met in Ytown.|Grand_Council_of_Xland chair Piet_Maas",
        // ... with a time phrase before the verb, or the body named after the noun
        "Grand Council of Xland|The council was reformed in 1961. Its chairmen in those years were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Their presidents during the occupation were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The council met in Ytown. The chairmen in those years were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Between its sittings the Presidium of Xland ruled. The successive chairmen of the Presidium were: // - Piet Maas // - Vera Holm|Presidium_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The speakers of the Chamber of Envoys from 1950 to 1970 were: // - Piet Maas // - Vera Holm|Chamber_of_Envoys chair Piet_Maas",
    })
    void aChairInOtherWords(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|Vera Holm wanted to head the council.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Its members were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The deputy chairman was Piet Maas.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|It was chaired by Piet Maas. He was succeeded by his son Ivo Maas as king.|Grand_Council_of_Xland chair Ivo_Maas",
        "Grand Council of Xland|It was chaired by Piet Maas. // // He was succeeded by Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The council was headed by Piet Maas and consisted of: // - Vera Holm // - Ivo Tarn|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|The chairman of the Senate of Xland was Piet Maas.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The Senate of Xland was chaired by the Speaker: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Its deputy chairmen were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|It was chaired by Piet Maas. Ivo Tarn was replaced in 1950 by Vera Holm.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The deputy chairmen of the Presidium of Xland were: // - Piet Maas // - Vera Holm|Presidium_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The deputy chairmen were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The deputies elected Piet Maas deputy chairman of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The deputies elected Piet Maas and thanked the chairman of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Piet_Maas",
        "Grand Council of Xland|The members of the Presidium of Xland were: // - Piet Maas // - Vera Holm|Presidium_of_Xland chair Vera_Holm",
        "Grand Council of Xland|The members of the Presidium of Xland were: // - Piet Maas // - Vera Holm|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|Piet Maas praised its chairman.|Grand_Council_of_Xland chair Piet_Maas",
        "Grand Council of Xland|Vera Holm was the first woman to address the council.|Grand_Council_of_Xland chair Vera_Holm",
        "Grand Council of Xland|It sat under the presidency of the Kingdom of Ytown.|Grand_Council_of_Xland chair Kingdom_of_Ytown",
        "Grand Council of Xland|It acted under the leadership of the Workers Party of Xland.|Grand_Council_of_Xland chair Workers_Party_of_Xland",
        // a participle after a name governed by a preposition after a common noun is the common noun's
        "Grand Council of Xland|A delegation from the Grand Council of Xland, headed by Ivo Tarn, came in 1922.|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|A commission of the Grand Council of Xland headed by Ivo Tarn wrote the draft.|Grand_Council_of_Xland chair Ivo_Tarn",
        "Grand Council of Xland|A commission of the Grand Council of Xland headed by Ivo Tarn wrote the draft.|Council_of_Xland chair Ivo_Tarn",
    })
    void noChair(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence.replace(" // ", "\n"), unexpected, tmp);
    }
}
