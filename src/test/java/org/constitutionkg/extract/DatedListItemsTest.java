package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list item that is a name, a dash or colon, a date or a span of dates and maybe a place ("- 7th Congress of
 * Soviets of X – 11–17 April 1929, Ytown") states the named thing's start, end and place; and remarks in parentheses
 * give every short name they introduce ("commonly abbreviated X or Y") and a foreign name's romanization after a
 * comma. Whatever remark follows the dates or the place after a comma or a semicolon ("; 822 delegates", ", dissolved
 * by decree"), and with a qualifier in parentheses inside the name ("Fifth (Extraordinary) Congress of X"); a remark
 * that is a number of delegates is the session's count; "it" in the item and in the items nested under it ("  - It
 * was chaired by X.") is the item's session. Invented lists and names; " // " separates lines.
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
        "Congress of Soviets of Xland#== Congresses == // - First Congress of Soviets of Xland – 16–24 June 1917, Ytown; 822 delegates#First_Congress_of_Soviets_of_Xland startDate 1917-06-16",
        "Congress of Soviets of Xland#== Congresses == // - First Congress of Soviets of Xland – 16–24 June 1917, Ytown; 822 delegates#First_Congress_of_Soviets_of_Xland location Ytown",
        "Congress of Soviets of Xland#== Congresses == // - First Congress of Soviets of Xland – 16–24 June 1917, Ytown; 822 delegates#First_Congress_of_Soviets_of_Xland memberCount 822",
        "Congress of Soviets of Xland#== Congresses == // - Third Congress of Soviets of Xland – 23–31 January 1918, Ytown, 1,046 delegates#Third_Congress_of_Soviets_of_Xland memberCount 1046",
        "Congress of Soviets of Xland#== Congresses == // - Third Congress of Soviets of Xland: March 1918; 310 deputies.#Third_Congress_of_Soviets_of_Xland memberCount 310",
        "Congress of Soviets of Xland#== Congresses == // - Second Congress of Soviets of Xland – 7–9 November 1917, Ytown; it proclaimed the republic and elected the Executive Committee of Xland#Second_Congress_of_Soviets_of_Xland endDate 1917-11-09",
        "Congress of Soviets of Xland#== Congresses == // - Second Congress of Soviets of Xland – 7–9 November 1917, Ytown; it proclaimed the republic and elected the Executive Committee of Xland#Executive_Committee_of_Xland electedBy Second_Congress_of_Soviets_of_Xland",
        "Congress of Soviets of Xland#== Congresses == // - Second Congress of Soviets of Xland – 7–9 November 1917, Ytown; it adopted the Charter of Xland#Charter_of_Xland adoptedBy Second_Congress_of_Soviets_of_Xland",
        "Congress of Soviets of Xland#== Congresses == // - Sixth Congress of Soviets of Xland – 9–14 May 1925, Ytown; adopted the second charter#Sixth_Congress_of_Soviets_of_Xland location Ytown",
        "First Diet of Xland#== Diets == // 1. First Diet of Xland: 10 May – 21 July 1906, dissolved by decree after 72 days#First_Diet_of_Xland endDate 1906-07-21",
        "First Diet of Xland#== Diets == // 3. Third Diet of Xland: 14 November 1907 – 22 June 1912, the only one to serve its full term#Third_Diet_of_Xland startDate 1907-11-14",
        "Congress of Soviets of Xland#== Congresses == // - Fifth (Extraordinary) Congress of Soviets of Xland – 25 February – 2 March 1937, Ytown#Fifth_Congress_of_Soviets_of_Xland startDate 1937-02-25",
        "Congress of Soviets of Xland#== Congresses == // - Fifth (Extraordinary) Congress of Soviets of Xland – 25 February – 2 March 1937, Ytown#Fifth_Congress_of_Soviets_of_Xland location Ytown",
        "Congress of Soviets of Xland#== Congresses == // - Seventh (Special) Congress of Soviets of Xland: 4–9 March 1938#Seventh_Congress_of_Soviets_of_Xland endDate 1938-03-09",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown //   - It was chaired by Ivan Petrov.#Fourth_Congress_of_Soviets_of_Xland chair Ivan_Petrov",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown //   - It elected the Executive Committee of Xland.#Executive_Committee_of_Xland electedBy Fourth_Congress_of_Soviets_of_Xland",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown //   - It adopted the Charter of Xland. //   - It was chaired by Ivan Petrov.#Fourth_Congress_of_Soviets_of_Xland chair Ivan_Petrov",
    })
    void anItemOrARemarkStatesIt(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Congress of Soviets of Xland#== Documents == // - Treaty of Ytown – drafted in Ytown in 1920#Treaty_of_Ytown adopted 1920",
        "Executive Committee of Xland#The Executive Committee of Xland (Russian: Исполнительный комитет, Ispolnitelny komitet) met.#Executive_Committee_of_Xland altLabel Исполнительный комитет, Ispolnitelny komitet",
        "Congress of Soviets of Xland#== Congresses == // - Third Congress of Soviets of Xland – 23–31 January 1918, Ytown; 12 delegates walked out#Third_Congress_of_Soviets_of_Xland memberCount 12",
        "Congress of Soviets of Xland#== Congresses == // - Third Congress of Soviets of Xland – 23–31 January 1918, Ytown; 40 members of the Executive Committee of Xland#Third_Congress_of_Soviets_of_Xland memberCount 40",
        "Congress of Soviets of Xland#== Congresses == // - Third Congress of Soviets of Xland – 23–31 January 1918, Ytown; ten delegates from each province#Third_Congress_of_Soviets_of_Xland memberCount 10",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown //   - It was chaired by Ivan Petrov.#Congress_of_Soviets_of_Xland chair Ivan_Petrov",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown // - Ivan Petrov was a delegate. // It was chaired by Olga Berg.#Fourth_Congress_of_Soviets_of_Xland chair Olga_Berg",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown // It was chaired by Olga Berg.#Fourth_Congress_of_Soviets_of_Xland chair Olga_Berg",
        "Congress of Soviets of Xland#== Congresses == // - Fourth Congress of Soviets of Xland – 4–19 July 1918, Ztown // - Fifth Congress of Soviets of Xland – 1919 // - It was chaired by Olga Berg.#Fourth_Congress_of_Soviets_of_Xland chair Olga_Berg",
        "First Diet of Xland#== Diets == // 1. First Diet of Xland: 10 May – 21 July 1906, dissolved by decree after 72 days#First_Diet_of_Xland location Dissolved",
        "Congress of Soviets of Xland#== Congresses == // - Fifth (Extraordinary) Congress of Soviets of Xland – 25 February – 2 March 1937, Ytown#Extraordinary rdf:type Place",
    })
    void notAnItemOfThatShape(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
