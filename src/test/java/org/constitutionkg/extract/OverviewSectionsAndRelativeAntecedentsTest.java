package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings from the fresh audits of stop 31, each in several constructions with invented names:
 * <ul>
 * <li>in an overview by years, a section opening "Its successor, the X, ..." names its own instrument X, whose
 * predecessor is the instrument of the section before; "the document" in a section is the section's instrument; a
 * name of neither year nor state met later in the section ("gave way to the Interim Law") is another instrument;</li>
 * <li>a relative pronoun after "a Central Committee of 95 members," stands for the name before the count;</li>
 * <li>the title of a party congress less its ordinal ("Congress of the X Party") is no other name of the party an
 * infobox gives as its body.</li>
 * </ul>
 */
class OverviewSectionsAndRelativeAntecedentsTest {

    private static final String TITLE = "Constitutions of Velmia";
    private static final String EARLIER = "== 1947 == // The first constitution was adopted by the Constituent Assembly on 14 February 1947. // "
            + "== 1958 == // The second constitution was adopted in 1958. // == 1984 == // ";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Its successor, the Constitution of the Union of Velmia, was proclaimed on 30 September 1984.#1984_Constitution_of_Velmia altLabel Constitution of the Union of Velmia",
        "true#Its successor, the Constitution of the Union of Velmia, was proclaimed on 30 September 1984.#1958_Constitution_of_Velmia succeededBy 1984_Constitution_of_Velmia",
        "true#Its replacement, the Constitution of the Union of Velmia, came into force in 1984.#1984_Constitution_of_Velmia precededBy 1958_Constitution_of_Velmia",
        "true#Its direct successor, the Basic Law of Velmia, was adopted by the People's Assembly in 1984.#1984_Constitution_of_Velmia altLabel Basic Law of Velmia",
        "false#Its successor, the Constitution of the Union of Velmia, was proclaimed on 30 September 1984.#Constitutions_of_Velmia altLabel Constitution of the Union of Velmia",
        "true#The third constitution was adopted in 1984. The document was suspended in 1990 and gave way to the Interim Law.#1984_Constitution_of_Velmia succeededBy Interim_Law",
        "true#The third constitution was adopted in 1984. In 1990 the document gave way to the Interim Law.#Interim_Law precededBy 1984_Constitution_of_Velmia",
        "false#The third constitution was adopted in 1984. The document was suspended in 1990 and gave way to the Interim Law.#1984_Constitution_of_Velmia altLabel Interim Law",
        "false#The third constitution was adopted in 1984. It was replaced by the Interim Law in 1990.#1984_Constitution_of_Velmia altLabel Interim Law",
    })
    void overviewSections(boolean holds, String section, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, ExtractionCases.lines(EARLIER + section), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The congress elected a new State Council of 15 members, which in turn appointed the Council of Ministers.#Council_of_Ministers electedBy State_Council",
        "true#The congress elected the Grand Council of 95 full members, which chose the Cabinet of Velmia.#Cabinet_of_Velmia electedBy Grand_Council",
        "true#The diet elected a Senate of 60 senators, which elected the Cabinet of Velmia.#Cabinet_of_Velmia electedBy Senate",
        "false#The congress elected a new Central Committee of 95 full members, which in turn chose the Politburo.#Politburo electedBy Fifth_Congress_of_the_Velmian_Workers'_Party",
        "false#The congress elected a Presidium of nine members, which appointed the Secretariat.#Secretariat electedBy Fifth_Congress_of_the_Velmian_Workers'_Party",
    })
    void relativeAfterACount(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Fifth Congress of the Velmian Workers' Party", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Fifth Congress of the Velmian Workers' Party#Velmian Workers' Party",
        "3rd Congress of the Farmers' League of Norland#Farmers' League of Norland",
        "Twelfth Conference of the Union of Free Labour#Union of Free Labour",
        "XIV Congress of the Velmian Workers' Party#Velmian Workers' Party",
    })
    void aPartyCongressTitleIsNoNameOfTheParty(String title, String body, @TempDir Path tmp) throws Exception {
        java.util.Set<String> facts = ExtractionCases.infoboxFacts(title, java.util.List.of("Body: " + body), tmp);
        String party = body.replace(' ', '_');
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().noneMatch(f -> f.startsWith(party + " altLabel")),
                () -> String.join("\n", facts));
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().anyMatch(f -> f.endsWith(" sessionOf " + party)),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // a relative clause of meeting after "the second convocation of the Congress of X," is the convocation's
        "true#The Second Congress of Velm was the second convocation of the Congress of Soviets of Velm, which sat in Ytown from 14 to 19 March 1923.#Second_Congress_of_Velm location Ytown",
        "true#It was the second sitting of the Grand Diet of Velm, which met in Ytown from 2 to 9 May 1950.#Second_Congress_of_Velm startDate 1950-05-02",
        "true#The Second Congress of Velm, the second session of the Grand Diet of Velm, which was held in Ytown in May 1950, adopted a budget.#Second_Congress_of_Velm location Ytown",
        "false#The Second Congress of Velm was the second convocation of the Congress of Soviets of Velm, which sat in Ytown from 14 to 19 March 1923.#Congress_of_Soviets_of_Velm established 1923-03-14",
        "false#It was the second sitting of the Grand Diet of Velm, which met in Ytown from 2 to 9 May 1950.#Grand_Diet_of_Velm location Ytown",
        // "the latter" after a semicolon: the last name of the clause before it, not one of an earlier sentence
        "true#Its chairman was Ivan Dorn. The delegates approved the Charter of Velm on 2 July 1923; the latter came into force on 1 September 1923.#Charter_of_Velm effective 1923-09-01",
        "false#Its chairman was Ivan Dorn. The delegates approved the Charter of Velm on 2 July 1923; the latter came into force on 1 September 1923.#Ivan_Dorn effective 1923-09-01",
        "true#The Senate of Velm and the Diet of Velm met in Ytown; the former was abolished in 1930.#Senate_of_Velm disbanded 1930",
        "true#The Senate of Velm and the Diet of Velm met in Ytown; the latter was abolished in 1930.#Diet_of_Velm disbanded 1930",
    })
    void relativeOfASittingAndTheLatter(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Second Congress of Velm", sentence, fact, holds, tmp);
    }
}
