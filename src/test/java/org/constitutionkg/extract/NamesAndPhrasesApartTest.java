package org.constitutionkg.extract;

import static org.constitutionkg.extract.ExtractionCases.assertLead;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a name ends and which phrase a word belongs to (stop 52, fresh audits A244, A246, A247; invented sentences
 * and infobox values): a possessor after "and" opens another phrase ("the X Party and Ostria's friendship"); a law's
 * number goes on with its year ("Act No. 12/1961"), and "promulgated as" names the instrument; a noun in -ing after a
 * preposition's determiner is a noun ("At that sitting the assembly adopted ..."); a chamber's "Legislature:" that
 * repeats the title less its parenthesis is the chamber's own name, no whole it is part of; each name of a list after
 * "He was followed by" chaired what he did; "the chamber" is the article's chamber (description-classes.tsv); a capitalised plural head right after "the"
 * is shared out ("The Supreme Soviets of A and B": the Supreme Soviet of A and that of B).
 */
class NamesAndPhrasesApartTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "It affirmed the leading role of the Velm Workers' Party and Ostria's friendship with Norland."
                + "|Velm_Workers'_Party rdf:type PoliticalGroup|true",
        "It affirmed the leading role of the Velm Workers' Party and Ostria's friendship with Norland."
                + "|Velm_Workers'_Party_and_Ostria rdf:type PoliticalGroup|false",
        "It named the Velm Peasants' Union and Norland's alliance as pillars of the state."
                + "|Velm_Peasants'_Union rdf:type PoliticalGroup|true",
        "It created the Ministry of Trade and Industry.|Ministry_of_Trade_and_Industry rdf:type ExecutiveBody|true",
        "It was promulgated as the Xish Code by King Ivo II.|Velm_Charter altLabel Xish Code|true",
        "It was enacted as Act No. 7/1920 by the Grand Moot.|Act_No._7_1920 rdf:type LegalInstrument|true",
        "King Ivo II promulgated it as the Ostrian Code in 1921.|Velm_Charter altLabel Ostrian Code|true",
        "It was published as the Ostrian Code in 1921.|Velm_Charter altLabel Ostrian Code|true",
        "The Velm Charter, promulgated as the Ostrian Code, was the third constitution of Ostria."
                + "|Velm_Charter altLabel Ostrian Code|true",
        "It was promulgated on 3 May 1921 by King Ivo II.|Velm_Charter published 1921-05-03|true",
    })
    void ofTheCharter(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Velm Charter", "The Velm Charter was the constitution of Ostria. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "At that sitting the Grand Moot adopted the Velm Charter and the Ostrian Statute.|Ostrian_Statute adoptedBy "
                + "Grand_Moot|true",
        "At this meeting the Grand Moot adopted the Velm Charter.|Velm_Charter adoptedBy Grand_Moot|true",
        "At the same sitting the Grand Moot adopted the Velm Charter.|Velm_Charter adoptedBy Grand_Moot|true",
        "During the following sitting the Grand Moot adopted the Velm Charter.|Velm_Charter adoptedBy Grand_Moot|true",
        "During that hearing the Grand Moot adopted the Velm Charter.|Velm_Charter adoptedBy Grand_Moot|true",
    })
    void aNounInIngOpensNoClause(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Grand Moot", "The Grand Moot was the parliament of Ostria. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Ivan Petrov was its first chairman. He was followed by Olga Berg and Marek Hanski.|Marek_Hanski|true",
        "Ivan Petrov was its first chairman. He was followed by Olga Berg, Marek Hanski and Pavel Drugov."
                + "|Pavel_Drugov|true",
        "Ivan Petrov chaired it from 1950. He was succeeded by Olga Berg and later by Marek Hanski.|Marek_Hanski|true",
        "Ivan Petrov was its first chairman. He was followed in 1950 by Olga Berg and in 1960 by Marek Hanski."
                + "|Olga_Berg|true",
        "Ivan Petrov was its first chairman. He was succeeded by his son Marek Hanski as king.|Marek_Hanski|false",
        "Ivan Petrov was its first chairman. He was followed by Olga Berg, whom Marek Hanski had proposed."
                + "|Marek_Hanski|false",
    })
    void chairsWhoFollowed(String sentence, String chair, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Council of State of Xland", "The Council of State of Xland was the collective head of state of "
                + "Xland. " + sentence, "Council_of_State_of_Xland chair " + chair, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Council of Xland was the upper house of the Diet of Xland. The chamber was abolished in 1951."
                + "|Council_of_Xland disbanded 1951|true",
        "The Council of Xland was the upper house of the Diet of Xland. The chamber was created by the Basic Law of "
                + "Xland in 1850.|Basic_Law_of_Xland establishes Council_of_Xland|true",
        "The Council of Xland was the upper house of the Diet of Xland. In 1918 the chamber was replaced by the "
                + "Senate of Xland.|Council_of_Xland succeededBy Senate_of_Xland|true",
        "The Council of Xland was the upper house of the Diet of Xland. Its members were appointed by the king, and "
                + "the chamber had no power over the budget. The chamber was dissolved in 1918."
                + "|Council_of_Xland disbanded 1918|true",
        // (two chambers named: which one "the chamber" is, the text does not say)
        "The Diet of Xland was the parliament of Xland. It had two chambers, the Senate of Xland and the House of "
                + "Deputies of Xland. The chamber was abolished in 1951.|Senate_of_Xland disbanded 1951|false",
    })
    void theChamberIsTheArticlesChamber(String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        assertLead(lead.substring(4, lead.indexOf(" was ")), lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Supreme Soviets of Ostria and Velmia ratified it on 10 December 1991.|Treaty_of_Orm ratifiedBy "
                + "Supreme_Soviet_of_Velmia|true",
        "The Supreme Soviets of Ostria and Velmia ratified it on 10 December 1991.|Supreme_Soviets_of_Ostria_and_"
                + "Velmia rdf:type StateOrgan|false",
        "The National Assemblies of Ostria, Velmia and Norland ratified it.|Treaty_of_Orm ratifiedBy "
                + "National_Assembly_of_Norland|true",
        "The Constitutions of Ostria and Velmia were adopted in 1921.|Constitution_of_Ostria adopted 1921|true",
        "It was approved by the Congress of Soviets of Ostria and Velmia.|Congress_of_Soviets_of_Ostria_and_Velmia "
                + "rdf:type Legislature|true",
        "It was approved by the Committee of the Soviets of Workers' and Peasants' Deputies.|Soviet_of_Workers "
                + "rdf:type StateOrgan|false",
        "It was ratified by the Soviets of Workers' and Peasants' Deputies.|Soviet_of_Workers rdf:type StateOrgan"
                + "|false",
        "Both duchies of Ostria and Velmia ratified it.|Duchy_of_Velmia rdf:type Polity|true",
    })
    void aPluralHeadSharedOut(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Treaty of Orm", "The Treaty of Orm was an agreement between Ostria and Velmia. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0}: {1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "Landsrat (Velm Empire)|Landsrat|Landsrat_(Velm_Empire) partOf Landsrat|false",
        "Landsrat (Velm Empire)|Landsrat|Landsrat rdf:type Legislature|false",
        "Senate (Ostria)|Senate|Senate_(Ostria) partOf Senate|false",
        "Senate of Ostria|Diet of Ostria|Senate_of_Ostria partOf Diet_of_Ostria|true",
        "Herrenhaus (Velm)|Imperial Diet of Velm|Herrenhaus_(Velm) partOf Imperial_Diet_of_Velm|true",
    })
    void aChamberIsNoPartOfItself(String title, String legislature, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        java.util.Set<String> facts = ExtractionCases.infoboxFacts(title, java.util.List.of("House Type: Upper house",
                "Legislature: " + legislature), tmp);
        org.junit.jupiter.api.Assertions.assertEquals(holds, facts.contains(fact), () -> fact + "\n"
                + String.join("\n", facts));
    }
}
