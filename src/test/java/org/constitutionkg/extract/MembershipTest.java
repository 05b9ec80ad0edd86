package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * States that make up another: the states that form, found or constitute a state are its parts (the row's agent
 * class is Polity: a body that forms a commission makes nothing its part), and so is a state that joins one or is its
 * member. Invented sentences in each construction.
 */
class MembershipTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Treaty of Ytown|The Republic of Xland and the Kingdom of Yland formed the Zland Federation in 1952.|Kingdom_of_Yland partOf Zland_Federation",
        "Treaty of Ytown|The Republic of Xland and the Kingdom of Yland formed the Zland Federation in 1952.|Zland_Federation established 1952",
        "Treaty of Ytown|The Zland Federation was founded in 1952 by the Republic of Xland and the Kingdom of Yland.|Republic_of_Xland partOf Zland_Federation",
        "Treaty of Ytown|The Zland Federation, which the Republic of Xland and the Kingdom of Yland had founded, was short-lived.|Republic_of_Xland partOf Zland_Federation",
        "Treaty of Ytown|In 1953 the Republic of Wland joined the Zland Federation.|Republic_of_Wland partOf Zland_Federation",
        "Treaty of Ytown|In 1953 the Republic of Wland entered the Zland Federation.|Republic_of_Wland partOf Zland_Federation",
        "Treaty of Ytown|The Republic of Wland, which entered the Zland Federation in 1953, left it in 1960.|Republic_of_Wland partOf Zland_Federation",
        "Treaty of Ytown|The Republic of Wland acceded to the Zland Federation in 1953.|Republic_of_Wland partOf Zland_Federation",
        "Treaty of Ytown|The Republic of Wland became a member of the Zland Federation in 1953.|Republic_of_Wland partOf Zland_Federation",
        "Treaty of Ytown|The Republic of Wland was a member state of the Zland Federation.|Republic_of_Wland partOf Zland_Federation",
        // a plural head shared out over a list of names
        "Treaty of Ytown|The republics of Xland and Yland joined the Zland Federation in 1950.|Republic_of_Xland partOf Zland_Federation",
        "Treaty of Ytown|The republics of Xland and Yland joined the Zland Federation in 1950.|Republic_of_Yland partOf Zland_Federation",
        "Treaty of Ytown|The Zland Federation was formed by the duchies of Varn, Lessau and Ostmere.|Duchy_of_Lessau partOf Zland_Federation",
        "Treaty of Ytown|It was signed by the Kingdom of Xland and the principalities of Varn and Ostmere.|Principality_of_Ostmere rdf:type Polity",
    })
    void statesThatMakeUpAState(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|The Grand Council of Xland formed the Budget Commission of Xland in 1950.|Grand_Council_of_Xland partOf Budget_Commission_of_Xland",
        "Grand Council of Xland|Ivan Petrov and Olga Smirnova founded the Zland Federation in 1952.|Ivan_Petrov partOf Zland_Federation",
        "Treaty of Ytown|The Treaty of Ytown was signed by the kingdoms of Norland and Sudland.|Treaty_of_Ytown signedBy Norland",
        "Treaty of Ytown|The republics of Xland and Yland joined the Zland Federation in 1950.|Xland rdf:type Polity",
        "Treaty of Ytown|In 1953 the Grand Diet of Wland entered the Zland Federation.|Grand_Diet_of_Wland partOf Zland_Federation",
    })
    void noOtherMaker(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
