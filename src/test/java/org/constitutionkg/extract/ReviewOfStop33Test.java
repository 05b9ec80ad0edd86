package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The review of stop 33's change: each row a phrasing its first rules got wrong (invented sentences, " // " between
 * lines).
 */
class ReviewOfStop33Test {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '#', value = {
        // an overview's year section takes a constitution-like statute, not any law of the state
        "Constitutions of Xland#== 1930 == // In March 1930 the Grand Diet adopted the Electoral Statute of Xland.#1930_Constitution_of_Xland altLabel Electoral Statute of Xland#false",
        "Constitutions of Xland#== 1930 == // In March 1930 the Grand Diet adopted the Basic Charter of Xland.#1930_Constitution_of_Xland altLabel Basic Charter of Xland#true",
        "Constitutions of Xland#== 1952 == // The Diet of Xland adopted the 1952 Constitution on 2 June 1952. In the following decade the diet drafted a new constitution, which was never adopted.#1952_Constitution_of_Xland author Diet_of_Xland#false",
        // titles that are surnames too; particles of names
        "Diet of Norlia#Rahim Khan, the President of Norlia, dissolved the diet in 1958.#Rahim_Khan rdf:type Person#true",
        // dates: no participle in "to seven", "unchanged"; no span in "according to"
        "Grand Charter of Norlia#The charter was adopted by the Diet of Norlia by 90 votes to seven on 5 May 1920.#Grand_Charter_of_Norlia adopted 1920-05-05#true",
        "Grand Charter of Norlia#The Diet of Norlia adopted the charter unchanged on 5 May 1920.#Grand_Charter_of_Norlia adopted 1920-05-05#true",
        "Grand Charter of Norlia#Historians have shown that on 5 May 1920 the Diet of Norlia adopted the charter.#Grand_Charter_of_Norlia adopted 1920-05-05#true",
        "Grand Charter of Norlia#It was replaced by the Basic Law of Norlia from 1 January 1995 according to a transitional law.#Grand_Charter_of_Norlia repealed 1995-01-01#true",
        // the deputies are an assembly's, not a government's
        "Grand Charter of Norlia#The Diet of Norlia received the draft from the Council of Ministers of Norlia in May 1920. The deputies adopted the charter on 5 June 1920.#Grand_Charter_of_Norlia adoptedBy Council_of_Ministers_of_Norlia#false",
        "Grand Charter of Norlia#The Council of Ministers of Norlia sent the draft to the Diet of Norlia in May 1920. The deputies adopted the charter on 5 June 1920.#Grand_Charter_of_Norlia adoptedBy Diet_of_Norlia#true",
        // a territorial department is no organ
        "Diet of Norlia#The Velm Department elected the most deputies to the diet.#Velm_Department rdf:type StateOrgan#false",
        // a renamed state keeps its short name as its label
        "Council of Elders (Albania)#The Council of Elders was the government of Albania. In 1976 a new constitution renamed the state the People's Socialist Republic of Albania.#Albania altLabel People's Socialist Republic of Albania#true",
    })
    void reviewed(String title, String text, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, text.replace(" // ", "\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Pre-Council of Norlia|Meeting Place: Amber Palace (White Hall), Ytown (Norlia)|Amber_Palace location Ytown|true",
        "Pre-Council of Norlia|Chairman: Omar ben Halil|Omar_ben_Halil rdf:type Person|true",
        "Pre-Council of Norlia|Chairman: Karl af Brenn|Pre-Council_of_Norlia chair Karl_af_Brenn|true",
    })
    void reviewedInfoboxes(String title, String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }
}
