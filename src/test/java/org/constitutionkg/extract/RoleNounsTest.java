package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A noun of office or of a part (role-nouns.tsv) states what its frame states: "Ivan Petrov was elected chairman of
 * the council" as "Ivan Petrov chaired the council", "the Senate was the upper house of the Diet" as "the Senate
 * belonged to the Diet". Invented sentences, the holder said in each construction.
 */
class RoleNounsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Elders of Xland|Ivan Petrov was elected chairman of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Council of Elders of Xland|Ivan Petrov served as president of the council.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Council of Elders of Xland|Ivan Petrov became Chairman of the Council of Elders of Xland in 1920.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Council of Elders of Xland|Olga Smirnova, chairwoman of the Council of Elders of Xland, lived in Xtown.|Council_of_Elders_of_Xland chair Olga_Smirnova",
        "Council of Elders of Xland|The chairman of the council, Ivan Petrov, lived in Xtown.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Council of Elders of Xland|Ivan Petrov and Olga Smirnova were chairmen of the Council of Elders of Xland.|Council_of_Elders_of_Xland chair Olga_Smirnova",
        "Council of Elders of Xland|The first speaker of the council was Anton Berg.|Council_of_Elders_of_Xland chair Anton_Berg",
        "Third Congress of Councils of Xland|Ivan Petrov was elected chairman of the congress.|Third_Congress_of_Councils_of_Xland chair Ivan_Petrov",
        // a noun of a part: the part belongs to the whole
        "Grand Assembly of Xland|The Senate of Xland was the upper house of the Grand Assembly of Xland.|Senate_of_Xland partOf Grand_Assembly_of_Xland",
        "Grand Assembly of Xland|The Senate of Xland, the upper house of the assembly, met in Xtown.|Senate_of_Xland partOf Grand_Assembly_of_Xland",
        "Grand Assembly of Xland|The two chambers of the assembly, the Senate of Xland and the Diet of Xland, met in Xtown.|Diet_of_Xland partOf Grand_Assembly_of_Xland",
        "Charter of Xland|The Republic of Yland was one of the constituent republics of the Union of Xland.|Republic_of_Yland partOf Union_of_Xland",
        "Grand Assembly of Xland|Ivan Petrov spoke to the members of the two chambers of the assembly, the Senate of Xland and the Diet of Xland.|Diet_of_Xland partOf Grand_Assembly_of_Xland",
        "Grand Assembly of Xland|The Diet of Xland belonged to the Grand Assembly of Xland.|Diet_of_Xland partOf Grand_Assembly_of_Xland",
        // a surname alone after the full name is the same person
        "Council of Elders of Xland|The Charter of Xland was signed by Ivan Petrov. Later Petrov was elected chairman of the council.|Council_of_Elders_of_Xland chair Ivan_Petrov",
    })
    void holdingAnOfficeStatesItsFrame(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // another office, a denial, a state (which has no chair)
        "Council of Elders of Xland|Ivan Petrov was elected deputy chairman of the council.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Council of Elders of Xland|Ivan Petrov was elected honorary chairman of the council.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Council of Elders of Xland|Ivan Petrov was not elected chairman of the council.|Council_of_Elders_of_Xland chair Ivan_Petrov",
        "Charter of Xland|Ivan Petrov was President of Xland.|Xland chair Ivan_Petrov",
        // a phrase governed by a preposition holds nothing; the holder is not what opens the sentence
        "Council of Elders of Xland|After the Xland Revolution, the chairman of the council was Ivan Petrov.|Council_of_Elders_of_Xland chair Xland_Revolution",
        "Council of Elders of Xland|Under the constitution of Yland, the Council of Xland had no power.|Council_of_Xland jurisdiction Yland",
        // the office of a body that is not named
        "Council of Elders of Xland|Ivan Petrov was chairman of a small commission.|Council_of_Elders_of_Xland chair Ivan_Petrov",
    })
    void whatANounOfOfficeMustNotState(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
