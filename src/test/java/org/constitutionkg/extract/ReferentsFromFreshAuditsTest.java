package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Referents that fresh audits found wrong, each in several constructions: a person after a title is a person, never an
 * organ a clause dates ("chaired by Prime Minister X, which the Diet had set up in 1951"); a count "of N members" of a
 * body after "a" is that body's, not the clause subject's ("elected a new Presidium of 21 members"); a name the
 * article's subject has is no other name of another thing ("the House of Commons, which has since been known as the
 * National Assembly" in the article on the National Assembly); "It" opening a sentence is the subject of the sentence
 * before, even after an insertion between commas; an organ the article names in full and by its head alone is one;
 * a bare head of a body's part ("a new Presidium") is the part the article names in full, or its organ's.
 * Invented sentences.
 */
class ReferentsFromFreshAuditsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Constitution of Velm#The text was drafted by a commission of 31 members, chaired by Prime Minister Olaf Rask, which the Diet of Velm had set up on 3 October 1951.#Olaf_Rask established 1951-10-03",
        "Constitution of Velm#The text was drafted by a commission chaired by Marshal Eva Lind, which was dissolved in 1952.#Eva_Lind disbanded 1952",
        "Diet of Velm#The Diet of Velm was the legislature of Velm. In 1951 the Diet of Velm elected a new Presidium of 21 members.#Diet_of_Velm memberCount 21",
        "Diet of Velm#The Diet of Velm was the legislature of Velm. It elected a Standing Committee of 9 members in 1951.#Diet_of_Velm memberCount 9",
        "National Assembly of Velm#The National Assembly of Velm is the parliament of Velm. In 1953 its functions passed to the House of Commons, which has since been known simply as the National Assembly.#House_of_Commons altLabel National Assembly",
        "National Assembly of Velm#The National Assembly of Velm is the parliament of Velm. The House of Commons, later called the National Assembly, was founded in 1850.#National_Assembly_of_Velm established 1850",
        "National Assembly of Velm#The National Assembly of Velm is the parliament of Velm. The House of Lords, whose members the king appointed, lost its veto in 1911. It was abolished on 1 January 1953.#National_Assembly_of_Velm disbanded 1953-01-01",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "National Assembly of Velm#The National Assembly of Velm is the parliament of Velm. The House of Lords, whose members the king appointed, lost its veto in 1911. It was abolished on 1 January 1953.#House_of_Lords disbanded 1953-01-01",
        "National Assembly of Velm#The National Assembly of Velm is the parliament of Velm. The House of Lords, a chamber of peers, was reformed in 1911. It was abolished in 1953.#House_of_Lords disbanded 1953",
        "Second Session of the Grand Assembly of the Velmian Republic#The Second Session of the Grand Assembly of the Velmian Republic was held in 1951. The First Session of the Grand Assembly had met in 1950.#First_Session_of_the_Grand_Assembly sessionOf Grand_Assembly_of_the_Velmian_Republic",
        "Second Session of the Grand Assembly of the Velmian Republic#The Second Session of the Grand Assembly of the Velmian Republic was held in 1951. It elected the Presidium of the Grand Assembly.#Presidium_of_the_Grand_Assembly partOf Grand_Assembly_of_the_Velmian_Republic",
        "Tenth Congress of the Velmian Party#The Tenth Congress of the Velmian Party was held in 1950. The delegates elected a new Central Committee of 117 full members.#Central_Committee memberCount 117",
        // a bare head of a body's part: the part the article names in full, else the article's organ's
        "Central Executive Committee of Velm#The Central Executive Committee of Velm was the highest organ of Velm. The committee elected a Presidium of 11 members.#Presidium_of_the_Central_Executive_Committee_of_Velm electedBy Central_Executive_Committee_of_Velm",
        "Central Executive Committee of Velm#The Central Executive Committee of Velm was the highest organ of Velm. It elected a Presidium of 11 members.#Presidium_of_the_Central_Executive_Committee_of_Velm memberCount 11",
        "Central Executive Committee of Velm#The Central Executive Committee of Velm was the highest organ of Velm. The Presidium was headed by Ivan Lusko.#Presidium_of_the_Central_Executive_Committee_of_Velm chair Ivan_Lusko",
        "Second Session of the Grand Assembly of the Velmian Republic#The session was convened by the Presidium of the Grand Assembly. On its last day the Grand Assembly elected a new Presidium of 21 members.#Presidium_of_the_Grand_Assembly memberCount 21",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }
}
