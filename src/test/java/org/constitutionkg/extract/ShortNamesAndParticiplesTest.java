package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two readings from the fresh audits of stop 31, with invented names:
 * <ul>
 * <li>"the Senate" in an article that names one organ of that head after a modifier ("a new Imperial Senate of
 * Velm") and is on no senate itself is that organ, not a new "Senate of ..." of the article's state;</li>
 * <li>a participle in -ing right after a name ("a Landsting consisting of A and B", "an Estates-General comprising
 * ...") is the name's: the tagger takes it for a noun of a compound after a capitalised word; "Estates-General" is a
 * legislature's name (classes.tsv).</li>
 * </ul>
 */
class ShortNamesAndParticiplesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#In 1866 the tsar merged it into a new Imperial Senate of Velm. The Senate, which superseded it, met in Ytown.#Imperial_Senate_of_Velm location Ytown",
        "true#In 1866 it gave way to the Imperial Senate of Velm. The Senate met in Ytown until 1905.#Imperial_Senate_of_Velm location Ytown",
        "true#Its powers passed to the Imperial Senate of Velm in 1866. Ivan Dorn was the first president of the Senate.#Imperial_Senate_of_Velm chair Ivan_Dorn",
        "true#The Governing Senate of Velm replaced it in 1866. The Senate was itself abolished in 1917.#Governing_Senate_of_Velm disbanded 1917",
        "false#In 1866 the tsar merged it into a new Imperial Senate of Velm. The Senate, which superseded it, met in Ytown.#Senate_of_the_Velm_Empire rdf:type Chamber",
        // two such organs: "the Senate" is neither
        "false#The Imperial Senate of Velm and the Governing Senate of Velm advised it. The Senate met in Ytown.#Imperial_Senate_of_Velm altLabel Senate",
    })
    void aShortNameOfTheOneOrganOfThatHead(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Council of State (Velm Empire)", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Charter established a Landsting consisting of a House of Peers and a House of Burgesses.#Landsting hasPart House_of_Burgesses",
        "The Charter established a bicameral Estates-General consisting of a House of Peers and a House of Burgesses.#Estates-General hasPart House_of_Peers",
        "A Landsting comprising a House of Peers and a House of Burgesses was set up by the Charter.#Landsting hasPart House_of_Peers",
        "It created the Landsting of Velm, consisting of a House of Peers and a House of Burgesses.#Landsting_of_Velm hasPart House_of_Peers",
        "The Charter established a bicameral Estates-General consisting of a House of Peers and a House of Burgesses.#Charter_of_Velm establishes Estates-General",
    })
    void aParticipleAfterAName(String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Charter of Velm", text, fact, tmp);
    }

    /**
     * "Diet" is a name every state's legislature may have (generic-names.txt), like "Senate": "a bicameral Diet
     * (Sejm)" is a legislature; "the Diet" later is the organ of that head named last ("the Velm Diet (Landtag)"),
     * else the article's state's.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Charter established a bicameral Diet (Sejm), composed of the Chamber of Envoys and the Senate of Velm.#Diet hasPart Chamber_of_Envoys",
        "true#The Charter established a bicameral Diet (Sejm), composed of the Chamber of Envoys and the Senate of Velm.#Diet altLabel Sejm",
        "true#The Diet was composed of the Chamber of Envoys and the Senate of Velm.#Diet rdf:type Legislature",
        "true#It set up a legislature, the Velm Diet (Landtag). In 1867 the Diet passed the Revision Act.#Revision_Act adoptedBy Velm_Diet",
        "true#The king dismissed the Constituent Diet in 1848. It set up the Velm Diet. The Revision Act was passed by the Diet in 1867.#Revision_Act adoptedBy Velm_Diet",
        "false#The king dismissed the Constituent Diet in 1848. It set up the Velm Diet. The Revision Act was passed by the Diet in 1867.#Revision_Act adoptedBy Constituent_Diet",
    })
    void theDiet(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Charter of Velm", text, fact, holds, tmp);
    }

    /** The object of "elected" may follow the pool it was chosen from: "elected from among its members a Presidium". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The committee elected from its members a Presidium of 21 members.#Presidium_of_the_Central_Executive_Committee_of_Velm electedBy Central_Executive_Committee_of_Velm",
        "The committee chose from among its deputies a Presidium of nine.#Presidium_of_the_Central_Executive_Committee_of_Velm electedBy Central_Executive_Committee_of_Velm",
        "The committee appointed from among the deputies a Presidium of nine.#Presidium_of_the_Central_Executive_Committee_of_Velm partOf Central_Executive_Committee_of_Velm",
        "It chose from its own members a Presidium of nine.#Presidium_of_the_Central_Executive_Committee_of_Velm electedBy Central_Executive_Committee_of_Velm",
        // a participle the tagger takes for a noun before the name: "a standing Supreme Soviet", also after a fronted pool
        "From among its own members it elected a standing Supreme Soviet of Velm.#Supreme_Soviet_of_Velm electedBy Central_Executive_Committee_of_Velm",
        "In 1938 the committee elected a standing Supreme Soviet of Velm.#Supreme_Soviet_of_Velm electedBy Central_Executive_Committee_of_Velm",
    })
    void chosenFromAPool(String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Central Executive Committee of Velm", text, fact, tmp);
    }

    /**
     * A chamber's noun in apposition with no "of" ("The lower chamber, the Chamber of Envoys, ...", "the Council of
     * Magnates, the upper house, ...") is a part of the body the paragraph spoke of before, not of the name itself.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Charter established a General Diet of two houses. The Council of Magnates, the upper house, was appointed by the king.#Council_of_Magnates partOf General_Diet",
        "The Charter established the General Diet. The lower chamber, the Chamber of Envoys, was directly elected.#Chamber_of_Envoys partOf General_Diet",
        "The Charter established the General Diet. The Chamber of Envoys, the lower house, and the Council of Magnates, the upper house, met in Ytown.#Council_of_Magnates partOf General_Diet",
        "The Charter established the General Diet. The Chamber of Envoys, the lower house, and the Council of Magnates, the upper house, met in Ytown.#Chamber_of_Envoys partOf General_Diet",
        "A General Diet was set up by the Charter. The upper chamber, the Council of Magnates, which the king appointed, was enlarged in 1850.#Council_of_Magnates partOf General_Diet",
    })
    void aChamberInApposition(String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Charter of Velm", text, fact, tmp);
    }
}
