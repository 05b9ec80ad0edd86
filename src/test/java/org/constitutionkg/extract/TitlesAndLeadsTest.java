package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an article's title, infobox caption and lead say about its subject and its state, in invented articles: a
 * template name is no name, a title's qualifier no part of its state, the title's state is the state of the
 * article's bare organ names, a lead's first name of another kind is not the subject's, a delegate signing "for" a
 * state is a person, and a party called a union is a party. Each article is given as lines joined by "/".
 */
class TitlesAndLeadsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the infobox's template name
        "Grand Diet of Xland|Infobox legislature/- Established: 1871/The Grand Diet of Xland was the legislature of Xland.|Grand_Diet_of_Xland altLabel Infobox legislature|false",
        "Charter of Xland|Infobox document/- Ratified: 1901/The Charter of Xland was the basic law of Xland.|Charter_of_Xland altLabel Infobox document|false",
        "Grand Diet of Xland|Infobox legislature/- Established: 1871/The Grand Diet of Xland was the legislature of Xland.|Grand_Diet_of_Xland established 1871|true",
        // a qualifier in parentheses after a title names no state
        "Constitution of the Republic of Xland (1920)|The Constitution of the Republic of Xland (1920) was the basic law of the republic.|Constitution_of_the_Republic_of_Xland_(1920) jurisdiction Republic_of_Xland|true",
        "Constitution of the Kingdom of Norland (1875)|The Constitution of the Kingdom of Norland (1875) was short.|Kingdom_of_Norland_(1875) rdf:type Polity|false",
        // the title's state is the state of the bare organ names: one National Assembly, not one per state named
        "National Assembly of Xland|The National Assembly of Xland was the legislature of the Kingdom of Xland and later of the Republic of Xland./The National Assembly was dissolved in 1947.|National_Assembly_of_Xland disbanded 1947|true",
        "National Assembly of Xland|The National Assembly of Xland was the legislature of the Kingdom of Xland./In 1947 the National Assembly was dissolved.|National_Assembly_of_Kingdom_of_Xland rdf:type Legislature|false",
        "Senate of Norland|The Senate of Norland was the upper house of the Kingdom of Norland./The Senate was abolished in 1930.|Senate_of_Norland disbanded 1930|true",
        // the lead's first name is the subject's only when it is of the subject's kind
        "Constitutions of Xland|The Union of Xland Republics had three constitutions, in 1921, 1937 and 1978.|Constitutions_of_Xland altLabel Union of Xland Republics|false",
        "Charter of Norland|The Kingdom of Norland was governed under the charter from 1875.|Charter_of_Norland altLabel Kingdom of Norland|false",
        "Charter of Norland|The Great Charter of Norland was the basic law of the kingdom.|Charter_of_Norland altLabel Great Charter of Norland|true",
        // a delegate signing for a state: a person and a state, not one name
        "Treaty of Ytown|The treaty was signed by Ivan Petrov for the Republic of Xland and Olga Smirnova for the Kingdom of Norland.|Treaty_of_Ytown signedBy Olga_Smirnova|true",
        "Treaty of Ytown|The treaty was signed by Ivan Petrov for the Republic of Xland and Olga Smirnova for the Kingdom of Norland.|Ivan_Petrov_for_the_Republic_of_Xland rdf:type Polity|false",
        "Treaty of Ytown|Delegates signed it: Ivan Petrov for the Republic of Xland, Olga Smirnova for Norland.|Ivan_Petrov_for_the_Republic_of_Xland rdf:type Polity|false",
        "Treaty of Ytown|The Commission for Reform of Xland drafted the treaty.|Commission_for_Reform_of_Xland rdf:type StateOrgan|true",
        // an overview article's sections headed by an instrument's year speak of that instrument
        "Constitutions of the Republic of Xland|The Republic of Xland had three constitutions./== Constitution of 1921 ==/The constitution was adopted by the First Congress of Xland on 11 March 1921.|1921_Constitution_of_the_Republic_of_Xland adopted 1921-03-11|true",
        // the years of an overview's title span its series, no instrument's; a singular name is none of the plural
        "Constitutions of Xland (1921–1978)|Xland had three constitutions./== 1921 ==/It was adopted by the First Congress of Xland on 11 March 1921./== 1978 ==/It was adopted in 1978.|1921_Constitution_of_Xland adopted 1921-03-11|true",
        "Constitutions of Xland (1921–1978)|Xland had three constitutions./== 1921 ==/It was adopted by the First Congress of Xland on 11 March 1921./== 1978 ==/It was adopted in 1978.|1978_Constitution_of_Xland adopted 1978|true",
        "Constitutions of Xland (1921–1978)|Xland had three constitutions. The last was replaced by the present Constitution of Xland, which came into force in 1992.|Constitutions_of_Xland_(1921_1978) effective 1992|false",
        "Constitutions of Xland (1921–1978)|Xland had three constitutions. The last was superseded by the present Constitution of Xland, which came into force in 1992.|Constitution_of_Xland effective 1992|true",
        "Constitutions of the Republic of Xland|The Republic of Xland had three constitutions./== Constitution of 1921 ==/It was short./== The 1937 Constitution ==/It replaced the 1921 Constitution.|1937_Constitution_of_the_Republic_of_Xland precededBy 1921_Constitution_of_the_Republic_of_Xland|true",
        "Constitutions of the Republic of Xland|The Republic of Xland had three constitutions./== 1978 Constitution ==/=== Adoption ===/It was repealed on 26 December 1991.|1978_Constitution_of_the_Republic_of_Xland repealed 1991-12-26|true",
        "Constitutions of the Republic of Xland|The Republic of Xland had three constitutions./== 1978 Constitution ==/It was repealed on 26 December 1991.|Constitutions_of_the_Republic_of_Xland repealed 1991-12-26|false",
        "Charter of Xland|The Charter of Xland was the basic law./== Charter of 1921 ==/It was repealed on 26 December 1991.|1921_Charter_of_Xland rdf:type LegalInstrument|false",
        // ... and a section of the year the infobox dates the subject in is the subject's
        "Constitutions of the Republic of Xland|Infobox/- Date Ratified: 1921-03-11/The Republic of Xland had three constitutions./== Constitution of 1921 ==/It was adopted by the First Congress of Xland.|Constitutions_of_the_Republic_of_Xland adoptedBy First_Congress_of_Xland|true",
        "Constitutions of the Republic of Xland|Infobox/- Date Ratified: 1921-03-11/The Republic of Xland had three constitutions./== Constitution of 1921 ==/It was adopted by the First Congress of Xland.|Constitutions_of_the_Republic_of_Xland altLabel Constitution of 1921|true",
        // a bare organ name is labelled with its state, with "the" before a state's formal name
        "Charter of the Kingdom of Xland|The Charter of the Kingdom of Xland was the basic law./The charter created the Senate.|Senate_of_the_Kingdom_of_Xland rdf:type Chamber|true",
        // an infobox leader of a bare house is of the house the infobox lists
        "Grand Diet of Xland|Infobox/- Houses: Chamber of Deputies, Senate of the Realm/- Leader2 type: Speaker of the Senate/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Senate_of_the_Realm chair Olga_Smirnova|true",
        "Grand Diet of Xland|Infobox/- Houses: Chamber of Deputies, Senate of the Realm/- Leader2 type: Speaker of the Senate/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Senate_of_the_Grand_Diet_of_Xland rdf:type Chamber|false",
        // an infobox leader that is an office names no person
        "Grand Diet of Xland|Infobox/- Leader1: Chancellor of Xland/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Chancellor_of_Xland rdf:type Person|false",
        "Grand Diet of Xland|Infobox/- Leader1: Chancellor of Xland/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Grand_Diet_of_Xland chair Olga_Smirnova|true",
        // a short name and the same name "of" a state in one article: one thing
        "Presidential Council of Hungary|The Presidential Council of Hungary was elected by the Grand Assembly of Hungary./The Grand Assembly met twice a year.|Grand_Assembly rdf:type Legislature|false",
        "Presidential Council of Hungary|The Presidential Council of Hungary was elected by the Grand Assembly of Hungary./In 1950 the Workers' Diet replaced the Grand Assembly.|Workers'_Diet precededBy Grand_Assembly_of_Hungary|true",
        "Presidential Council of Hungary|The Grand Assembly of Hungary elected it./The Grand Assembly of Poland did not.|Grand_Assembly_of_Poland rdf:type Legislature|true",
        // what was held was the elections to the body, not the body: no start of it, and no part of its name held
        "Supreme Council of Xland|The Supreme Council of Xland was the legislature of Xland./The first elections to the Supreme Council of Xland were held on 5 January 1938.|Supreme_Council_of_Xland established 1938-01-05|false",
        "Supreme Council of Xland|The Supreme Council of Xland was the legislature of Xland./The first elections to the Supreme Council of Xland were held on 5 January 1938.|Council_of_Xland established 1938-01-05|false",
        "Supreme Council of Xland|The Supreme Council of Xland was the legislature of Xland./Then the Supreme Council of Xland was held on 2 February 1938 in Xtown.|Supreme_Council_of_Xland location Xtown|true",
        // an infobox native name is in another language: tagged by its letters, or undetermined, never English
        "Grand Diet of Xland|Infobox/- Native name: Velika Skupština Xlanda/The Grand Diet of Xland was the legislature of Xland.|Grand_Diet_of_Xland altLabel Velika Skupština Xlanda|true",
        // a party called a union
        "Treaty of Ytown|The treaty was opposed by the Agrarian Union and the Peasant Union of Xland.|Agrarian_Union rdf:type PoliticalGroup|true",
        "Treaty of Ytown|The treaty was opposed by the Agrarian Union and the Peasant Union of Xland.|Peasant_Union_of_Xland rdf:type Polity|false",
        "Treaty of Ytown|The treaty founded the Union of Xland Republics.|Union_of_Xland_Republics rdf:type Polity|true",
    })
    void theTitleCaptionAndLeadSayWhatTheSubjectIs(String title, String text, String fact, boolean holds,
            @TempDir Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= " + title + " =\n\n"
                + String.join("\n\n", List.of(text.split("/"))).replace("\n\n- ", "\n- ") + "\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        if (holds) {
            assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
        } else {
            assertFalse(facts.contains(fact), () -> fact + " stated in\n" + String.join("\n", facts));
        }
    }
}
