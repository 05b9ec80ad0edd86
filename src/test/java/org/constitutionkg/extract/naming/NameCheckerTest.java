package org.constitutionkg.extract.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.constitutionkg.extract.Lexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The name check on invented names: each mechanism in several forms. */
class NameCheckerTest {

    private static final NameChecker CHECK = Lexicon.get().names();

    @ParameterizedTest(name = "footnote marks: {0}")
    @CsvSource(delimiter = '|', value = {
        "Landsraad of Westmark^{1}|Landsraad of Westmark",
        "Adunarea Provinciilor^{2}|Adunarea Provinciilor",
        "Senate of Eastmark[3]|Senate of Eastmark",
        "Grand Council^{a} of Norland|Grand Council of Norland",
    })
    void footnoteMarksAreDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "dash inside a compound: {0}")
    @CsvSource(delimiter = '|', value = {
        "All–Norland Congress of Councils",
        "Pan—Westmark Assembly",
        "Central Executive Committee of the All–Eastmark Union",
        "Ivan Petrov–Sokolov",
    })
    void aDashInsideACompoundIsKeptAsWritten(String raw) {
        // it compares as a hyphen (Normalizer.key; NamesTest), but a label says what the text says: "Velish–Dornish"
        assertEquals(raw, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "key of a nested list: {0}")
    @CsvSource(delimiter = '|', value = {
        "Upper House: Senate of Westmark|Senate of Westmark",
        "Basic Law: The Senate|Basic Law: The Senate",
        "Lower House: Assembly of Delegates|Assembly of Delegates",
        "Westmark: Ivan Petrov|Ivan Petrov",
        "Free City of Norport: Olga Smirnova|Olga Smirnova",
        ": Pavel Sokolov|Pavel Sokolov",
        "Upper house: Council of the Marches|Council of the Marches",
        "Lower chamber: House of Burgesses of Norport|House of Burgesses of Norport",
        "Head of state: Olga Smirnova|Olga Smirnova",
        "Basic Law: Freedom of Occupation|Basic Law: Freedom of Occupation",
        "Organic Act: The Assembly|Organic Act: The Assembly",
        "Decree on Peace: Text of 1917|Decree on Peace: Text of 1917",
        "Resolution on Land: The Soviets|Resolution on Land: The Soviets",
    })
    void theKeyOfANestedListIsDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "possessive: {0}")
    @CsvSource(delimiter = '|', value = {
        "1931 Charter's|1931 Charter",
        "Grand Council’s|Grand Council",
        "Westmark's|Westmark",
        "Treaty of Norport's|Treaty of Norport",
    })
    void aPossessiveEndingIsDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "plural opening: {0}")
    @CsvSource(delimiter = '|', value = {
        "Decrees of the People's Council of Xland|People's Council of Xland",
        "Members of the Grand Assembly of Yland|Grand Assembly of Yland",
        "Laws of Westmark|Westmark",
        "Sessions of the Diet of Norport|Diet of Norport",
    })
    void aPluralCommonNounOpeningANameIsDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "what was done with it: {0}")
    @CsvSource(delimiter = '|', value = {
        "Consideration of the Treaty of Ytown|Treaty of Ytown",
        "Election of the Council of Elders of Xland|Council of Elders of Xland",
        "Ratification of the Charter of Xland|Charter of Xland",
        "Report of the Grand Diet|Grand Diet",
        "Declaration of the Rights of Xlanders|Declaration of the Rights of Xlanders",
        "Constitution of Xland|Constitution of Xland",
        "Ratification of the Treaty of Ytown Act|Ratification of the Treaty of Ytown Act",
    })
    void anAgendaNounBeforeANameIsDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "who ran it: {0}")
    @CsvSource(delimiter = '|', value = {
        "Rebel-led Council of Xland|Council of Xland",
        "Army-backed Provisional Government of Yland|Provisional Government of Yland",
        "Guild-dominated Diet of Norport|Diet of Norport",
        "Crown-appointed Senate|Senate",
        "Westmark-Norland Treaty|Westmark-Norland Treaty",
    })
    void aCompoundAdjectiveOfWhoRanABodyIsDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "written two ways: {0}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council Presidium|Presidium of the Grand Council",
        "Supreme Diet Presidium|Presidium of the Supreme Diet",
        "Central Committee Secretariat|Secretariat of the Central Committee",
        "Landsraad Bureau|Bureau of the Landsraad",
        "Presidium of the Grand Council|Presidium of the Grand Council",
    })
    void aPartNamedAfterItsBodyComparesAsPartOfTheBody(String written, String compared) {
        assertEquals(compared, Lexicon.get().rewrite(written));
    }

    @ParameterizedTest(name = "clause word: {0}")
    @CsvSource(delimiter = '|', value = {
        "Once the Regency Council|Regency Council",
        "When the Grand Council|Grand Council",
        "Although the Westmark Assembly|Westmark Assembly",
        "The Charter of Norport|Charter of Norport",
        "Whereupon the Senate of Eastmark|Senate of Eastmark",
    })
    void clauseWordsAndArticlesBeforeANameAreDropped(String raw, String clean) {
        assertEquals(clean, CHECK.clean(raw, null));
    }

    @ParameterizedTest(name = "title: {0}")
    @CsvSource(delimiter = '|', value = {
        "Marshal Ivan Petrov|Person|Ivan Petrov",
        "Chairman Olga Smirnova|Person|Olga Smirnova",
        "Prime Minister Pavel Sokolov|Person|Pavel Sokolov",
        "First Secretary Anna Kuznetsova|Person|Anna Kuznetsova",
        "Comrade Boris Lebedev|Person|Boris Lebedev",
        // titles by shape: several, hyphenated, abbreviated; particles and a noble's land kept in the name
        "Minister-President Count Jan Olver|Person|Jan Olver",
        "Privy Councillor Dr. Vera Holm|Person|Vera Holm",
        "General Piet Maas|Person|Piet Maas",
        "Baron Karl von Arnim|Person|Karl von Arnim",
        "Duke Otto of Westmark|Person|Otto of Westmark",
        "Grand Duchess Ida II of Eastmark|Person|Ida II of Eastmark",
        "Premier Olga Rask of Westmark|Person|Olga Rask",
        "Chairman Ivan Petrov of the Council of Ministers|Person|Ivan Petrov",
        "General Assembly of Westmark|Person|General Assembly of Westmark",
    })
    void aTitleBeforeAPersonsNameIsDropped(String raw, String hint, String clean) {
        assertEquals(clean, CHECK.clean(raw, ",".equals(hint) ? null : hint));
    }

    @ParameterizedTest(name = "a person after a title: {0}")
    @CsvSource(delimiter = '|', value = {
        "Marshal Ivan Petrov|Ivan Petrov",
        "Premier Olga Smirnova|Olga Smirnova",
        "Count Pavel Sokolov|Pavel Sokolov",
        "First Secretary Anna Kuznetsova|Anna Kuznetsova",
        "General Assembly of Westmark|-",
        "President of Eastmark|-",
        "Ivan Petrov|-",
        "First World War|-",
        "Grand Council Hall|-",
        "Prince Edward Island|-",
    })
    void aTitleMakesTheNameAPersons(String name, String person) {
        assertEquals(person, CHECK.personAfterTitle(name).orElse("-"));
    }

    @ParameterizedTest(name = "not a title: {0}")
    @CsvSource(delimiter = '|', value = {
        "General Assembly of Westmark",
        "First Congress of Norland",
        "President of Eastmark",
        "Grand Council",
        "Speaker",
        "Prince Edward Island",
        "King Olaf Land",
    })
    void aTitleThatOpensAnOrgansNameStays(String name) {
        assertEquals(name, CHECK.clean(name, null));
    }

    @ParameterizedTest(name = "not a name: {0}")
    @CsvSource(delimiter = '|', value = {
        "Council", "Declaration", "Congress", "Protocols", "Ministry", "Government", "Commissariats",
        "House of Parliament", "Houses of Parliament", "Head of State", "Member of Parliament", "Regents", "Laws", "Decrees", "Four",
        "Ninth", "9th", "III", "Third",
        "and the others", "of the Republic",
        "The Grand Council met in the old town hall every spring and autumn to hear the petitions of the guilds",
        "—", "The", "Those",
    })
    void fragmentsBareHeadNounsAndOrdinalsAreNoNames(String name) {
        assertFalse(CHECK.isName(CHECK.clean(name, null)), () -> name + " passed as a name");
    }

    @Test
    void realNamesPass() {
        for (String n : new String[] {"Grand Council of Norland", "Landsraad", "Ivan Petrov", "1931 Charter",
                "Treaty of Norport", "Reichsrat", "Народное собрание", "Ninth Congress of Councils", "de Westmark",
                "His Majesty's Government of Norland", "Under Secretary of State for Norland Affairs",
                "Central Executive Committee of the All-Norland Congress of Councils of Workers' and Fishers' Deputies"}) {
            assertTrue(CHECK.isName(CHECK.clean(n, null)), n);
        }
    }
}
