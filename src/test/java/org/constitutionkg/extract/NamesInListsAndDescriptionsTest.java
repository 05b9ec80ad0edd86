package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Several names of one thing joined by "or" are each another name of it, in every form of naming (apposition,
 * remark in parentheses, passive with a pronoun subject and an adverb, active); a name with an indefinite description
 * after a comma ("Ivan Petrov, a Liberal lawyer,") is one person described, not a list of two; a participle of naming
 * after "the head of state of X" names either, so neither. Invented articles and sentences.
 */
class NamesInListsAndDescriptionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The Charter of Xland, also known as the May Charter or the Charter of 1931, was the fundamental law of the Republic of Xland.|Charter_of_Xland altLabel Charter of 1931",
        "Charter of Xland|The Charter of Xland, also known as the May Charter or the Charter of 1931, was the fundamental law of the Republic of Xland.|Charter_of_Xland jurisdiction Republic_of_Xland",
        "Charter of Xland|The Charter of Xland (also known as the May Charter or the Charter of 1931) was the fundamental law of the Republic of Xland.|Charter_of_Xland altLabel Charter of 1931",
        "Charter of Xland|The Charter of Xland (also called the May Charter, or simply the Xlandic Charter) was the fundamental law of the Republic of Xland.|Charter_of_Xland altLabel Xlandic Charter",
        "Charter of Xland|The Charter of Xland was the fundamental law of the Republic of Xland. It is commonly called the May Charter, or the Charter of 1931.|Charter_of_Xland altLabel Charter of 1931",
        "Charter of Xland|The Charter of Xland was the fundamental law of the Republic of Xland. It is commonly called the May Charter.|Charter_of_Xland altLabel May Charter",
        "Charter of Xland|The Charter of Xland was the fundamental law of the Republic of Xland. The charter was formally titled the Basic Law of the Xlandic People.|Charter_of_Xland altLabel Basic Law of the Xlandic People",
        "Charter of Xland|The Charter of Xland was the fundamental law of the Republic of Xland. Historians call it the May Charter or the Charter of 1931.|Charter_of_Xland altLabel Charter of 1931",
        // abbreviations and names joined by "or" in a remark: each a name, an abbreviation no transliteration
        "Union of Free Republics|The Union of Free Republics (UFR-S, or the Free Union) was a federation.|Union_of_Free_Republics altLabel Free Union",
        "Union of Free Republics|The Union of Free Republics (UFR-S, or the Free Union) was a federation.|Union_of_Free_Republics altLabel UFR-S",
        "Revolutionary Council of Xland|The Revolutionary Council of Xland (Russian: Революционный совет; RCX or Revsovet) was the government.|Revolutionary_Council_of_Xland altLabel RCX",
        "Revolutionary Council of Xland|The Revolutionary Council of Xland (Russian: Революционный совет; RCX or Revsovet) was the government.|Revolutionary_Council_of_Xland altLabel Revsovet",
        // "the so-called X" after a name: a nickname of it, which carries what the clause says
        "Diet of Xland|The 7th Diet of Xland, the so-called Long Diet, sat until 1912.|7th_Diet_of_Xland altLabel Long Diet",
        "Diet of Xland|The 7th Diet of Xland, the so-called Long Diet, dissolved by the king on 2 May 1912, sat for eleven years.|7th_Diet_of_Xland endDate 1912-05-02",
        "Charter of Xland|The Charter of Xland, the so-called Paper Charter, was adopted in 1921.|Charter_of_Xland altLabel Paper Charter",
        "Charter of Xland|The Charter of Xland, the so-called Paper Charter, was adopted in 1921.|Charter_of_Xland adopted 1921",
        // "officially", "formally titled", "(in full X)"
        "Treaty of Ytown|The Treaty of Ytown, officially the Agreement on the Union of Norland and Velm, was signed in 1850.|Treaty_of_Ytown altLabel Agreement on the Union of Norland and Velm",
        "Treaty of Ytown|The Treaty of Ytown (officially the Agreement on the Union of Norland and Velm) was signed in 1850.|Treaty_of_Ytown altLabel Agreement on the Union of Norland and Velm",
        "Treaty of Ytown|The Treaty of Ytown (in full the Agreement on the Union of Norland and Velm) was signed in 1850.|Treaty_of_Ytown altLabel Agreement on the Union of Norland and Velm",
        "Treaty of Ytown|The Treaty of Ytown was signed in 1850. It is formally titled the Agreement on the Union of Norland and Velm.|Treaty_of_Ytown altLabel Agreement on the Union of Norland and Velm",
        // an adverb of naming alone before a name, between commas or in brackets (naming-adverbs.txt)
        "Interim Statute of Velm|The Interim Statute of Velm, informally the Short Statute, was passed in 1947.|Interim_Statute_of_Velm altLabel Short Statute",
        "Interim Statute of Velm|The Interim Statute of Velm (colloquially the Short Statute) was passed in 1947.|Interim_Statute_of_Velm altLabel Short Statute",
        "Interim Statute of Velm|The assembly passed the Interim Statute of Velm, popularly the Short Statute, in 1947.|Interim_Statute_of_Velm altLabel Short Statute",
        "Interim Statute of Velm|The Interim Statute of Velm, which was unofficially called the Short Statute, was passed in 1947.|Interim_Statute_of_Velm altLabel Short Statute",
        "Interim Statute of Velm|The Interim Statute of Velm, widely known as the Short Statute, was passed in 1947.|Interim_Statute_of_Velm altLabel Short Statute",
        "Interim Statute of Velm|The Interim Statute of Velm (or simply the Short Statute) was passed in 1947.|Interim_Statute_of_Velm altLabel Short Statute",
        // "or simply", "shortened to", "abbreviated as"
        "Second Congress of the Xland Workers' Party|The Second Congress of the Xland Workers' Party, or simply the Second Party Congress, met in Xtown.|Second_Congress_of_the_Xland_Workers'_Party altLabel Second Party Congress",
        "Presidium of the Grand Council of Xland|The Presidium of the Grand Council of Xland, usually shortened to the Xland Presidium, met weekly.|Presidium_of_the_Grand_Council_of_Xland altLabel Xland Presidium",
        "Presidium of the Grand Council of Xland|The Presidium of the Grand Council of Xland was a body. In speech it was usually shortened to the Xland Presidium.|Presidium_of_the_Grand_Council_of_Xland altLabel Xland Presidium",
        "Presidium of the Grand Council of Xland|The Presidium of the Grand Council of Xland was a body. It was commonly abbreviated as the Xland Presidium.|Presidium_of_the_Grand_Council_of_Xland altLabel Xland Presidium",
        "State Council of Xland|The State Council of Xland was a body. Ivan Petrov, a Liberal lawyer, was chosen as its chairman.|State_Council_of_Xland chair Ivan_Petrov",
        "State Council of Xland|The State Council of Xland was a body. The council elected Anna Berg, a Social Democrat, as its chairwoman.|State_Council_of_Xland chair Anna_Berg",
        "State Council of Xland|The State Council of Xland was a body. Its chairman was Pavel Dorn, a Bolshevik.|State_Council_of_Xland chair Pavel_Dorn",
        "State Council of Xland|The State Council of Xland was a body. It was headed by Olga Lind, a Liberal.|State_Council_of_Xland chair Olga_Lind",
    })
    void eachNameAndThePersonDescribed(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The Charter of Xland (also known as the May Charter or the Charter of 1931) was the fundamental law of the Republic of Xland.|Charter_of_1931 rdf:type LegalInstrument",
        "Revolutionary Council of Xland|The Revolutionary Council of Xland (Russian: Революционный совет; RCX or Revsovet) was the government.|Revolutionary_Council_of_Xland altLabel RCX or Revsovet",
        "Union of Free Republics|The Union of Free Republics (UFR-S, or the Free Union) was a federation.|Free_Union rdf:type Polity",
        "Diet of Xland|The 7th Diet of Xland, the so-called Long Diet, dissolved by the king on 2 May 1912, sat for eleven years.|Long_Diet rdf:type Legislature",
        "State Council of Xland|The State Council of Xland was a body. Ivan Petrov, a Liberal lawyer, was chosen as its chairman.|State_Council_of_Xland chair Liberal",
        "State Council of Xland|The State Council of Xland was a body. The council elected Anna Berg, a Social Democrat, as its chairwoman.|Social_Democrat rdf:type Person",
        "State Council of Xland|The State Council of Xland was a body. Its chairman was Pavel Dorn, a Bolshevik.|Bolshevik rdf:type Person",
        "State Council of Xland|The State Council of Xland was a body. It was headed by Olga Lind, a Liberal.|Liberal rdf:type Person",
        "State Council of Xland|The State Council of Xland was the collective head of state of the Republic of Yland, most commonly referred to as Yland, from 1960 to 1990.|State_Council_of_Xland altLabel Yland",
        "State Council of Xland|The State Council of Xland was the collective head of state of the Republic of Yland, commonly called Yland.|State_Council_of_Xland altLabel Yland",
        // an adverb of naming names only a name right after it: the Council, "usually" the largest body, has no other name
        "Grand Council of Velm|The Grand Council of Velm, usually the largest body of the Velm Diet, met in Ytown.|Grand_Council_of_Velm altLabel Velm Diet",
        "Grand Council of Velm|The Grand Council of Velm, usually called a parliament, met in Ytown under the Velm Statute.|Grand_Council_of_Velm altLabel Velm Statute",
        // a kind of state alone names none: "the Electorate" is the one named before, or nothing
        "Privy Council of Xland|The Privy Council of Xland advised the Electorate of Xland. It was abolished when the Electorate was raised to a kingdom in 1815.|Electorate rdf:type Polity",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
