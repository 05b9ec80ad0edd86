package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons in a table's column headed by a person's noun or office ("| Name |", "| People's Commissar |"), in items
 * "office: persons" ("- Secretary: X", "- Deputy chairmen: A, B"; persons only: whose office it is the item does not
 * say for sure), chairs listed under a heading of another body's
 * chairmen ("== Chairmen of the Presidium =="); a count in an apposition with a participle ("X, a standing body of 21
 * members,") is X's; a building the text places an organ in is a place whatever its name's head ("House of the
 * People"); two formal names of states joined by "and" are two; "led X to declare" is a cause, no chair. Invented
 * articles; " // " separates lines.
 */
class TablesListsAndAppositionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Council of Commissars of Velm#The Council of Commissars of Velm was the government of Velm. // == Members == // | Commissariat | People's Commissar | // | Finance | Marta Liivan | // | Education | Oskar Tamberg |#Oskar_Tamberg rdf:type Person",
        "Council of Commissars of Velm#The Council of Commissars of Velm was the government of Velm. // | Name | Took office | // | Ilya Dormak | 1921 | // | Semyon Vartan | 1929 |#Semyon_Vartan rdf:type Person",
        "State Chamber of Velm#The State Chamber of Velm was the lower house of Velm. // | Term | Opened | Speaker | // | 3rd | 1909 | Pavel Rudny, Stefan Holub |#Stefan_Holub rdf:type Person",
        // a table of sittings: each row a sitting of the article's body, with its dates and chairs
        "Grand Assembly of Velm#The Grand Assembly of Velm was the legislature of Velm. // | Convocation | Opened | Closed | Speaker of the Assembly | // | 1st | 1 July 1955 | 3 May 1959 | Henrik Valborg | // | 2nd | 12 June 1959 | 1963 | Anne Brisk |#2nd_Convocation_of_the_Grand_Assembly_of_Velm chair Anne_Brisk",
        "Grand Assembly of Velm#The Grand Assembly of Velm was the legislature of Velm. // | Convocation | Opened | Closed | Speaker of the Assembly | // | 1st | 1 July 1955 | 3 May 1959 | Henrik Valborg |#1st_Convocation_of_the_Grand_Assembly_of_Velm endDate 1959-05-03",
        // a column of the first sitting's day, whatever else it is headed with; an election's day is no sitting's
        "Grand Assembly of Velm#The Grand Assembly of Velm was the legislature of Velm. // | Convocation | Elected | Opening session | Chairman | // | 1st | 2 May 1955 | 1 July 1955 | Henrik Valborg |#1st_Convocation_of_the_Grand_Assembly_of_Velm startDate 1955-07-01",
        "Grand Assembly of Velm#The Grand Assembly of Velm was the legislature of Velm. // | Convocation | Election | First sitting | Last sitting | // | 1st | 2 May 1955 | 1 July 1955 | 3 May 1959 |#1st_Convocation_of_the_Grand_Assembly_of_Velm startDate 1955-07-01",
        "Grand Assembly of Velm#The Grand Assembly of Velm was the legislature of Velm. // | Convocation | Election | First sitting | Last sitting | // | 1st | 2 May 1955 | 1 July 1955 | 3 May 1959 |#1st_Convocation_of_the_Grand_Assembly_of_Velm endDate 1959-05-03",
        "Congress of Soviets of Velm#The Congress of Soviets of Velm was the supreme organ of Velm. // | Congress | Convened | Delegates | // | Third Congress of Soviets of Velm | 4 May 1921 | 1,204 |#Third_Congress_of_Soviets_of_Velm memberCount 1204",
        "Chamber of Deputies of Velm#The Chamber of Deputies of Velm was the lower house of Velm. // | Convocation | Opened | Closed | Chairman | // | 2nd Chamber of Deputies | 5 March 1908 | 16 June 1908 | Pavel Rudny |#2nd_Chamber_of_Deputies sessionOf Chamber_of_Deputies_of_Velm",
        "State Council of Velm#The State Council of Velm was the head of state of Velm. // == Members == // - Chairman: Tomas Hraban // - Deputy chairmen: Vera Lindt, Anton Kralj // - Secretary: Ivo Brdar#Ivo_Brdar rdf:type Person",
        "State Council of Velm#The State Council of Velm was the head of state of Velm. // == Members == // - Chairman: Tomas Hraban // - Deputy chairmen: Vera Lindt, Anton Kralj#Tomas_Hraban rdf:type Person",
        "State Council of Velm#The State Council of Velm was the head of state of Velm. // == Members == // - Members (selection): Nada Petric, Boris Ulm#Boris_Ulm rdf:type Person",
        "Supreme Soviet of Velm#The Supreme Soviet of Velm elected the Presidium of the Supreme Soviet of Velm. // === Chairmen of the Presidium === // | Name | Term | // | Aurel Vantsik | 1947–1963 |#Presidium_of_the_Supreme_Soviet_of_Velm chair Aurel_Vantsik",
        "People's Chamber of Velm#The People's Chamber of Velm approved the laws prepared by the Presidium of the People's Chamber, a standing body of 21 members that it elected.#Presidium_of_the_People's_Chamber memberCount 21",
        "Treaty of Velm#The Treaty of Velm was a treaty of union between the Kingdom of Norland and the Grand Duchy of Ostria.#Grand_Duchy_of_Ostria rdf:type Polity",
        "Landtag of Velm#The Landtag of Velm had two chambers, the First Curia and the Second Curia. // == Presidents of the Second Curia == // - Johann Wenck (1831–1840)#Second_Curia chair Johann_Wenck",
        // a table of a parliament's terms named by an ordinal and a generic head ("1st Legislature"): its sessions
        "Parliament of Velm#The Parliament of Velm was the legislature of Velm. // == Legislatures == // | Legislature | Term | Speaker | // | 1st Legislature | 1921–1924 | Ivan Dorn |#1st_Legislature_of_the_Parliament_of_Velm sessionOf Parliament_of_Velm",
        "Parliament of Velm#The Parliament of Velm was the legislature of Velm. // == Legislatures == // | Legislature | Term | Speaker | // | 1st Legislature | 1921–1924 | Ivan Dorn |#1st_Legislature_of_the_Parliament_of_Velm chair Ivan_Dorn",
        "Parliament of Velm#The Parliament of Velm was the legislature of Velm. // == Legislatures == // | Legislature | Term | Speaker | // | 2nd Legislature | 1924–1928 | Ivan Dorn |#2nd_Legislature_of_the_Parliament_of_Velm altLabel 2nd Legislature",
        "Landtag of Velm#The Landtag of Velm had two chambers, the First Curia and the Second Curia. // == Presidents of the First Curia == // - Johann Wenck (1831–1840)#First_Curia partOf Landtag_of_Velm",
        // the chair of a term chaired the body: the one the header names, else the article's own
        "Parliament of Velm#The Parliament of Velm was the legislature of Velm. // == Legislatures == // | Legislature | Term | Speaker | // | 1st Legislature | 1921–1924 | Ivan Dorn |#Parliament_of_Velm chair Ivan_Dorn",
        "Grand Diet of Velm#The Grand Diet of Velm had two houses, the Herrenstube and the Landstube. // | Diet | Term | Speaker of the Landstube | // | 1st Grand Diet | 1861–1865 | Karl Haslau |#Landstube chair Karl_Haslau",
        "Grand Diet of Velm#The Grand Diet of Velm had two houses, the Herrenstube and the Landstube. // | Diet | Term | Speaker of the Landstube | // | 1st Grand Diet | 1861–1865 | Karl Haslau |#1st_Grand_Diet sessionOf Grand_Diet_of_Velm",
        "Chamber of Deputies of Velm#The Chamber of Deputies of Velm was the lower house of Velm. // == Terms == // | Term | Years | Marshal | // | IV | 1901–1906 | Jan Mencz |#Chamber_of_Deputies_of_Velm chair Jan_Mencz",
        "Chamber of Deputies of Velm#The Chamber of Deputies of Velm was the lower house of Velm. // | Convocation | Opened | Closed | Chairman | // | 2nd Chamber of Deputies | 5 March 1908 | 16 June 1908 | Pavel Rudny |#Chamber_of_Deputies_of_Velm chair Pavel_Rudny",
        "Chamber of Deputies of Velm#The Chamber of Deputies of Velm was the lower house of Velm. In 1910 Olga Brand, marshal of the chamber, opened the session.#Chamber_of_Deputies_of_Velm chair Olga_Brand",
        // a list of chairs whose items open with their years
        "Presidium of Velm#The Presidium of Velm was the head of state of Velm. // == Chairmen == // - 1946–1961: Aurel Vantsik // - 1961–1970: Vera Lindt#Presidium_of_Velm chair Aurel_Vantsik",
        "Presidium of Velm#The Presidium of Velm was the head of state of Velm. // == Chairmen == // - 1946 – 1961: Aurel Vantsik // - 1961 – 1970: Vera Lindt#Presidium_of_Velm chair Vera_Lindt",
        "Presidium of Velm#The Presidium of Velm was the head of state of Velm. // == Presidents == // - 1970–present: Ivo Brdar#Presidium_of_Velm chair Ivo_Brdar",
        "Presidium of Velm#The Presidium of Velm was the head of state of Velm. Its chairmen were: // - 1946–1961: Aurel Vantsik // - 1961–1970: Vera Lindt#Presidium_of_Velm chair Vera_Lindt",
        // a heading of chairs with a word before ("Ministers-Chairmen", "Grand Marshals of the Chamber")
        "Council of Ministers of Velm#The Council of Ministers of Velm was the government of Velm. // === Ministers-Chairmen === // | No. | Name | Took office | // | 1 | Ivo Brdar | 1917 |#Council_of_Ministers_of_Velm chair Ivo_Brdar",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Grand Marshals == // - Count Anton Rezek (1867–1881)#Chamber_of_Lords_of_Velm chair Anton_Rezek",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Former presidents == // - Anton Rezek (1867–1881)#Chamber_of_Lords_of_Velm chair Anton_Rezek",
        // names listed after "houses" are chambers
        "Grand Diet of Velm#The Grand Diet of Velm had two houses, the Herrenstube and the Landstube.#Landstube rdf:type Chamber",
        "Grand Diet of Velm#The Grand Diet of Velm consisted of two houses: the Herrenstube and the Landstube.#Herrenstube rdf:type Chamber",
        "Grand Diet of Velm#Its two houses – the Herrenstube and the Landstube – met apart.#Landstube rdf:type Chamber",
        "Grand Diet of Velm#The Grand Diet of Velm had two chambers – the Herrenstube and the Landstube – which met apart.#Landstube partOf Grand_Diet_of_Velm",
        "Grand Diet of Velm#The Grand Diet of Velm was made up of two houses — the Herrenstube and the Landstube.#Herrenstube partOf Grand_Diet_of_Velm",
        "Chamber of Deputies of Velm#The Chamber of Deputies of Velm was the lower house of Velm. // == Terms == // | Term | Years | Speaker | // | IV | 1901–1906 | Jan Mencz |#Chamber_of_Deputies_of_Velm chair Jan_Mencz",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "State Council of Velm#The State Council of Velm was the head of state of Velm. // == Members == // - Deputy chairmen: Vera Lindt, Anton Kralj#State_Council_of_Velm chair Vera_Lindt",
        "Supreme Soviet of Velm#The Supreme Soviet of Velm elected the Presidium of the Supreme Soviet of Velm. // === Chairmen of the Presidium === // | Name | Term | // | Aurel Vantsik | 1947–1963 |#Supreme_Soviet_of_Velm chair Aurel_Vantsik",
        "People's Chamber of Velm#The People's Chamber of Velm approved the laws prepared by the Presidium of the People's Chamber, a standing body of 21 members that it elected.#People's_Chamber_of_Velm memberCount 21",
        "Treaty of Velm#The Treaty of Velm was a treaty of union between the Kingdom of Norland and the Grand Duchy of Ostria.#Norland_and_the_Grand_Duchy_of_Ostria rdf:type Polity",
        // a heading's list of another thing's chairs, whatever that thing is, lists none of the subject's
        "Landtag of Velm#The Landtag of Velm had two chambers, the First Curia and the Second Curia. // == Presidents of the Second Curia == // - Johann Wenck (1831–1840)#Landtag_of_Velm chair Johann_Wenck",
        "Landtag of Velm#The Landtag of Velm replaced the Estates of Velm. // == Presidents of the Estates of Velm == // - Johann Wenck (1831–1840)#Landtag_of_Velm chair Johann_Wenck",
        "Treaty of Velm#In 1905 a quarrel over the consular service led the Diet of Ostria to declare the union dissolved.#Diet_of_Ostria chair consular_service",
        "Treaty of Velm#In 1905 a quarrel led the Diet of Ostria to declare the union dissolved.#Diet_of_Ostria chair Ostrian",
        // a table whose first column is no sitting's dates nothing
        "Council of Commissars of Velm#The Council of Commissars of Velm was the government of Velm. // | Commissariat | Opened | // | Finance | 1921 |#Finance startDate 1921",
        // a table's column of another kind names no persons
        "Council of Commissars of Velm#The Council of Commissars of Velm was the government of Velm. // | Commissariat | Seat | // | Finance | Velm Town |#Velm_Town rdf:type Person",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Deputy chairmen == // - Vera Lindt (1867–1881)#Chamber_of_Lords_of_Velm chair Vera_Lindt",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Party leaders == // - Vera Lindt (1867–1881)#Chamber_of_Lords_of_Velm chair Vera_Lindt",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Vice-presidents == // - Vera Lindt (1867–1881)#Chamber_of_Lords_of_Velm chair Vera_Lindt",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Committee chairmen == // - Vera Lindt (1867–1881)#Chamber_of_Lords_of_Velm chair Vera_Lindt",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Acting speakers == // - Vera Lindt (1867–1881)#Chamber_of_Lords_of_Velm chair Vera_Lindt",
        "Chamber of Lords of Velm#The Chamber of Lords of Velm was the upper house of Velm. // == Honorary presidents == // - Vera Lindt (1867–1881)#Chamber_of_Lords_of_Velm chair Vera_Lindt",
        "National Assembly of Velm#The National Assembly of Velm was the parliament of Velm. // == Presidential elections == // | Term | Years | President | // | IV | 1901–1906 | Jan Mencz |#National_Assembly_of_Velm chair Jan_Mencz",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // the meeting place, also named in the text (where its head gives it a chamber's class): a place
        "House_of_the_People rdf:type Place#true",
        "House_of_the_People rdf:type Chamber#false",
    })
    void aBuildingNamedAfterAnOrgan(String fact, boolean holds, @TempDir Path tmp) throws Exception {
        Path article = java.nio.file.Files.writeString(tmp.resolve("01_case.txt"), "= Grand Assembly of Velm =\n\n"
                + "Infobox\n- Meeting Place: House of the People, Velm\n\nThe Grand Assembly of Velm was a legislature."
                + " Its deputies sat in the House of the People in Velm.\n");
        java.util.Set<String> facts = ExtractionCases.facts(org.constitutionkg.Pipeline.build(java.util.List.of(article),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph());
        org.junit.jupiter.api.Assertions.assertEquals(holds, facts.contains(fact),
                () -> fact + "\n" + String.join("\n", facts));
    }
}
