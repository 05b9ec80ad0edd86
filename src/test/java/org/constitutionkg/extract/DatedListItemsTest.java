package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list item that is a name, a dash or colon, a date or a span of dates and maybe a place ("- 7th Congress of
 * Soviets of X – 11–17 April 1929, Ytown") states the named thing's start, end and place; and remarks in parentheses
 * give every short name they introduce ("commonly abbreviated X or Y") and a foreign name's romanization after a
 * comma. Invented lists and names; " // " separates lines.
 */
class DatedListItemsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Congress of Soviets of Xland#== Congresses == // - 1st Congress of Soviets of Xland – 5–9 March 1919, Ytown#1st_Congress_of_Soviets_of_Xland startDate 1919-03-05",
        "Congress of Soviets of Xland#== Congresses == // - 1st Congress of Soviets of Xland – 5–9 March 1919, Ytown#1st_Congress_of_Soviets_of_Xland location Ytown",
        "Congress of Soviets of Xland#== Congresses == // - 2nd Congress of Soviets of Xland: June 1920#2nd_Congress_of_Soviets_of_Xland startDate 1920-06",
        "Congress of Soviets of Xland#== Sessions == // - 3rd Congress of Soviets of Xland — 12 May 1921 to 15 May 1921#3rd_Congress_of_Soviets_of_Xland endDate 1921-05-15",
        "Council of People's Commissars of Xland#The Council of People's Commissars of Xland (commonly abbreviated Sovnarkom or SNK) governed.#Council_of_People's_Commissars_of_Xland altLabel Sovnarkom",
        "Council of People's Commissars of Xland#The Council of People's Commissars of Xland (commonly abbreviated Sovnarkom or SNK) governed.#Council_of_People's_Commissars_of_Xland altLabel SNK",
        "Central Committee of Xland#The Central Committee of Xland (Russian: Центральный комитет Иксландии, Tsentralny komitet Ikslandii; TsKI) met.#Central_Committee_of_Xland altLabel TsKI",
        "Executive Committee of Xland#The Executive Committee of Xland (Russian: Исполнительный комитет, Ispolnitelny komitet) met.#Executive_Committee_of_Xland altLabel Ispolnitelny komitet",
    })
    void anItemOrARemarkStatesIt(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Congress of Soviets of Xland#== Documents == // - Treaty of Ytown – signed in Ytown in 1920#Treaty_of_Ytown adopted 1920",
        "Executive Committee of Xland#The Executive Committee of Xland (Russian: Исполнительный комитет, Ispolnitelny komitet) met.#Executive_Committee_of_Xland altLabel Исполнительный комитет, Ispolnitelny komitet",
    })
    void notAnItemOfThatShape(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
