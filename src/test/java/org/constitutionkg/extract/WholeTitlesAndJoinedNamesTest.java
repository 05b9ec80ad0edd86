package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of fresh audits (stop 49), with invented names: an article's title that holds a lower-case word ("in",
 * "for") is one name where the text writes it, so the lead's parenthesis names the subject, not the place inside its
 * name; an instrument's or an organ's value "A B and C" whose last word has no class is one name; an organisation in
 * a list of authors or signatories is no person; an office "for A and B Affairs" is one name, and the person it stands
 * in apposition to is the subject.
 */
class WholeTitlesAndJoinedNamesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "Military Administration in Ostria#The Military Administration in Ostria (MAO) was the occupation authority of Velmar.#Military_Administration_in_Ostria altLabel MAO#true",
        "Military Administration in Ostria#The Military Administration in Ostria (MAO) was the occupation authority of Velmar.#Ostria altLabel MAO#false",
        "Committee for Cooperation in Planning#The Committee for Cooperation in Planning (CCP) was a body of the Velmar Pact from 1962.#Committee_for_Cooperation_in_Planning altLabel CCP#true",
        "Allied Commission in Kelm#The Allied Commission in Kelm (ACK; Velmish: Alliierte Kommission in Kelm) was set up in 1945.#Allied_Commission_in_Kelm altLabel Alliierte Kommission in Kelm#true",
        "Allied Commission in Kelm#The Allied Commission in Kelm (ACK; Velmish: Alliierte Kommission in Kelm) was set up in 1945.#Kelm altLabel ACK#false",
        "Allied Commission in Kelm (1945–1955)#The Allied Commission in Kelm, set up in 1945, governed the zone. In 1955 the Allied Commission in Kelm was dissolved.#Allied_Commission_in_Kelm_(1945_1955) disbanded 1955#true",
    })
    void titleWithALowerCaseWordIsOneName(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Superseded By: Humble Request and Counsel#Diet_of_Velmar succeededBy Humble_Request_and_Counsel#true",
        "Superseded By: Humble Request and Counsel#Counsel rdf:type LegalInstrument#false",
        "Succeeded By: Grand Remonstrance and Redress#Grand_Remonstrance_and_Redress precededBy Diet_of_Velmar#true",
        "Preceded By: Council of Safety and Welfare#Diet_of_Velmar precededBy Council_of_Safety_and_Welfare#true",
        "Succeeded By: Velmar Senate and Velmar Chamber of Deputies#Diet_of_Velmar succeededBy Velmar_Senate#true",
        "Succeeded By: Velmar Senate and Velmar Chamber of Deputies#Diet_of_Velmar succeededBy Velmar_Chamber_of_Deputies#true",
        "Successor: Ostrada and Velmara#Diet_of_Velmar succeededBy Ostrada#true",
    })
    void lastWordOfNoClassJoinsTheName(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Diet of Velmar", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Author: Karl Lenz, Velmar League#Velmar_League rdf:type Person#false",
        "Author: Karl Lenz, Velmar League#Karl_Lenz rdf:type Person#true",
        "Author: Constitutional Commission, Karl Lenz#Constitutional_Commission rdf:type Person#false",
        "Author: Constitutional Commission, Karl Lenz#Charter_of_Velmar author Constitutional_Commission#true",
        "Signatories: Ivan Petrov, Velmar Workers' Union#Velmar_Workers'_Union rdf:type Person#false",
        "Signatories: Ivan Petrov, Velmar Workers' Union#Charter_of_Velmar signedBy Ivan_Petrov#true",
    })
    void organisationIsNoPerson(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Charter of Velmar", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Leon Brandt, the People's Commissar for Army and Naval Affairs, was appointed chairman of the council in 1918.#Naval_Affairs rdf:type Person#false",
        "Leon Brandt, the People's Commissar for Army and Naval Affairs, was appointed chairman of the council in 1918.#Revolutionary_Council_of_Velmar chair Leon_Brandt#true",
        "Leon Brandt, the Minister for Trade and Industry, chaired the council from 1921.#Industry rdf:type Person#false",
        "Leon Brandt, the Minister for Trade and Industry, chaired the council from 1921.#Revolutionary_Council_of_Velmar chair Leon_Brandt#true",
        "The council was chaired by Leon Brandt, the Commissar for Army and Navy Affairs.#Navy_Affairs rdf:type Person#false",
        "In 1918 Olga Berg, the Secretary for Labour and Welfare, became chairman of the council.#Welfare rdf:type Person#false",
        "After the regent dissolved the Velmar Senate, the Grand Diet of Velmar, now alone, adopted the Charter of Velmar.#Charter_of_Velmar adoptedBy Velmar_Senate#false",
        "After the regent dissolved the Velmar Senate, the Grand Diet of Velmar, now alone, adopted the Charter of Velmar.#Charter_of_Velmar adoptedBy Grand_Diet_of_Velmar#true",
    })
    void officeForTwoThingsIsOneName(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Revolutionary Council of Velmar =\n\nThe Revolutionary Council of Velmar was the "
                + "supreme military body of Velmar.\n\n== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    /**
     * Stop 50: a union's "of" phrase lists what it unites ("United Kingdom of Xland, Yland and the Zian Isles" is one
     * state), and a word that only describes an organ shares the head after "and" ("General and Extraordinary Cortes
     * of X" is one body); lists of states and of bodies stay lists.
     */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Jurisdiction: United Kingdom of Ostrada, Velmara and the Zian Isles#Charter_of_Velmar jurisdiction United_Kingdom_of_Ostrada_Velmara_and_the_Zian_Isles#true",
        "Jurisdiction: United Kingdom of Ostrada, Velmara and the Zian Isles#Velmara rdf:type Polity#false",
        "Territorial Extent: Union of Ostrada, Velmara and Kesh#Charter_of_Velmar jurisdiction Union_of_Ostrada_Velmara_and_Kesh#true",
        "Jurisdiction: Ostrada, Velmara and Kesh#Charter_of_Velmar jurisdiction Velmara#true",
        "Author: General and Extraordinary Cortes of the Velmaran Nation#Charter_of_Velmar author General_and_Extraordinary_Cortes_of_the_Velmaran_Nation#true",
        "Author: General and Extraordinary Cortes of the Velmaran Nation#Extraordinary_Cortes_of_the_Velmaran_Nation rdf:type Legislature#false",
        "Enacted By: Supreme and Constituent Diet of Velmar#Charter_of_Velmar adoptedBy Supreme_and_Constituent_Diet_of_Velmar#true",
        "Enacted By: Senate and Chamber of Deputies#Charter_of_Velmar adoptedBy Chamber_of_Deputies#true",
        // (review of stop 50) states the gazetteer knows, a second state's name of several words, a pair of houses
        "Jurisdiction: Union of Ostrada, India and Pakistan#Charter_of_Velmar jurisdiction Pakistan#true",
        "Jurisdiction: United States of Ostrada, United Kingdom and France#Charter_of_Velmar jurisdiction France#true",
        "Enacted By: Upper and Lower House of Velmar#Upper_and_Lower_House_of_Velmar rdf:type Chamber#false",
    })
    void aUnionOrASharedHeadIsOneName(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Charter of Velmar", field, fact, holds, tmp);
    }
}
