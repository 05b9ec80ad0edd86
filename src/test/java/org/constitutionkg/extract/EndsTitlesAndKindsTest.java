package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings from fresh audits (stop 41), with invented names and sentences: an instrument "Abolished" or "Dissolved"
 * in its infobox is repealed, a sitting's "Dissolved" ends it; "Based On" is what an instrument is modelled on; a
 * person with a title as an instrument's enacter signs it (no organ named "Emperor X"); an office is no person, also
 * after a nation's adjective ("the Ostrian High Commissioner, Sir Ivo Brant"); a "Union" with a signing date is a
 * treaty; a name dated by "of" before a relative clause is what the clause is of; a date after a participle that
 * describes an argument is the participle's ("abolished the Council created by the king in 1768"); names after a count's comma, as many
 * as it counts, are what it counts; a name a text gives a thing of its own is no other name of a second thing; a
 * sitting named with its year that the lead calls a session is one.
 */
class EndsTitlesAndKindsTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Velm|Abolished: 10 December 1952|Charter_of_Velm repealed 1952-12-10|true",
        "Charter of Velm|Dissolved: 1952|Charter_of_Velm repealed 1952|true",
        "Treaty of Ytown|Abolished: March 1931|Treaty_of_Ytown repealed 1931-03|true",
        "Diet of Velm|Abolished: 1952|Diet_of_Velm disbanded 1952|true",
        "Charter of Velm|Based On: Constitution of Ostria|Charter_of_Velm basedOn Constitution_of_Ostria|true",
        "Charter of Velm|Modelled On: Basic Law of Ostria|Charter_of_Velm basedOn Basic_Law_of_Ostria|true",
        "Charter of Velm|Enacted By: Emperor Ivo II|Charter_of_Velm signedBy Ivo_II|true",
        "Charter of Velm|Enacted By: Emperor Ivo II|Emperor_Ivo_II rdf:type StateOrgan|false",
        "Charter of Velm|Enacted By: King Olaf Berg|Charter_of_Velm signedBy Olaf_Berg|true",
        "Charter of Velm|Enacted By: Diet of Velm|Charter_of_Velm adoptedBy Diet_of_Velm|true",
        "Charter of Velm|Adopted By: President and Legislative Assembly|Charter_of_Velm adoptedBy Legislative_Assembly|true",
        "Diet of Velm|Chairman: Supreme Marshal of the Land|Supreme_Marshal_of_the_Land rdf:type Person|false",
        "Diet of Velm|Chairman: High Steward of Velm|High_Steward_of_Velm rdf:type Person|false",
        "Diet of Velm|Chairman: Royal Chamberlain|Royal_Chamberlain rdf:type Person|false",
        "Diet of Velm|Chairman: Ivo Brant|Diet_of_Velm chair Ivo_Brant|true",
        "Senate of Velm|Leader: Prosecutor General|Prosecutor_General rdf:type Person|false",
        "Senate of Velm|Leader: Chief Procurator|Chief_Procurator rdf:type Person|false",
        "Senate of Velm|Leader: Prosecutor Ivo Brant|Senate_of_Velm chair Ivo_Brant|true",
        "Union of Ytown|Signed: 1 July 1569|Union_of_Ytown rdf:type Polity|false",
        "Union of Ytown|Parties: Kingdom of Velm, Duchy of Ostria|Union_of_Ytown rdf:type Treaty|true",
        "Ytown Confederation|Signed: 28 January 1573|Ytown_Confederation rdf:type Polity|false",
        "Union of Velm and Ostria|Established: 1922|Union_of_Velm_and_Ostria rdf:type Polity|true",
    })
    void infobox(String title, String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Treaty of Velm was signed by the British High Commissioner, Sir Ivo Brant, in 1922.#Treaty_of_Velm signedBy British_High_Commissioner#false",
        "The Treaty of Velm was signed by the British High Commissioner, Sir Ivo Brant, in 1922.#Treaty_of_Velm signedBy Ivo_Brant#true",
        "The Treaty of Velm was signed in 1922 by the Swedish Envoy, Olaf Berg.#Treaty_of_Velm signedBy Swedish_Envoy#false",
        "In 1922 the Austrian Chancellor, Ana Sel, signed the Treaty of Velm.#Treaty_of_Velm signedBy Austrian_Chancellor#false",
        // a first name is no nation's adjective: "Ivan King" is a person
        "The Treaty of Velm was signed by Ivan King and Dominic Chamberlain in 1922.#Treaty_of_Velm signedBy Ivan_King#true",
        "The Diet of Velm was created by the Charter of Velm of 5 June 1849, which had been adopted by the Constituent Assembly of Velm.#Charter_of_Velm adoptedBy Constituent_Assembly_of_Velm#true",
        "The Diet of Velm rests on the Statute of Velm of March 1850, which was approved by the Grand Council of Velm.#Statute_of_Velm adoptedBy Grand_Council_of_Velm#true",
        "The Estates of Velm were created by the Charter of Velm, which had been adopted by the Constituent Assembly of Velm in 1849 and was signed by King Ivo II.#Estates_of_Velm signedBy Ivo_II#false",
        "The Diet of Velm was created by the Charter of Velm, which had been adopted by the Constituent Assembly of Velm in 1849 and was signed by King Ivo II.#Charter_of_Velm signedBy Ivo_II#true",
        "A new charter replaced the estates with a Diet of two chambers, the Upper Bench and the Lower Bench, in 1866.#Upper_Bench precededBy Estates_of_Velm#false",
        "In 1866 the Estates of Velm were replaced by a bicameral Diet with two chambers, the Upper Bench and the Lower Bench.#Estates_of_Velm succeededBy Lower_Bench#false",
        "The estates gave way to a Diet of three houses, the Upper Bench, the Middle Bench and the Lower Bench.#Estates_of_Velm succeededBy Middle_Bench#false",
        "The Estates of Velm were replaced by the Senate of Velm and the Court of Velm in 1866.#Estates_of_Velm succeededBy Court_of_Velm#true",
        // a date after a participle that describes an argument is the participle's
        "The charter replaced the Cardinal Laws of Velm imposed by Ostria in 1768.#Cardinal_Laws_of_Velm repealed 1768#false",
        "The Diet of Velm abolished the Council of Velm created by the king in 1768.#Council_of_Velm disbanded 1768#false",
        "In 1934 the Estates of Velm were replaced by the Assembly of Velm elected in 1931.#Estates_of_Velm disbanded 1931#false",
        "The Diet of Velm abolished the Council of Velm in 1768.#Council_of_Velm disbanded 1768#true",
    })
    void prose(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Estates of Velm = // // The Estates of Velm was the "
                + "legislature of the Kingdom of Velm. // // == History == // " + body) + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a short form of a name that the text gives another thing is that thing's
        "Constitution of the Empire of Velm#It was replaced by the Constitution of Velm, which took effect in 1947.#Constitution_of_the_Empire_of_Velm altLabel Constitution of Velm#false",
        "Constitution of the Empire of Velm#It was replaced by the Constitution of Velm, which took effect in 1947.#Constitution_of_the_Empire_of_Velm succeededBy Constitution_of_Velm#true",
        "Senate of the Kingdom of Velm#It was succeeded by the Senate of Velm in 1950.#Senate_of_the_Kingdom_of_Velm altLabel Senate of Velm#false",
        "Charter of the Republic of Velm#In 1960 the Charter of Velm replaced it.#Charter_of_the_Republic_of_Velm altLabel Charter of Velm#false",
        // a sitting named with its year that the lead calls a session is a session
        "Velm National Assembly of 1848#The Velm National Assembly of 1848 was the first session of the Diet of Velm to be elected.#Velm_National_Assembly_of_1848 sessionOf Diet_of_Velm#true",
        "Ytown Assembly of 1790#The Ytown Assembly of 1790 was a session of the Diet of Velm held in Ytown.#Ytown_Assembly_of_1790 sessionOf Diet_of_Velm#true",
    })
    void names(String title, String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }
}
