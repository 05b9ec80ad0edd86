package org.constitutionkg.extract;

import static org.constitutionkg.extract.ExtractionCases.assertArticle;
import static org.constitutionkg.extract.ExtractionCases.assertLead;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "And" inside and between names (stop 51, A239-A242 of round 8: 6 wrong facts; invented names): two formal names of
 * things of a class are two ("its House of Lords and House of Envoys"); a capitalised word alone before a common noun
 * ends the name before "and" ("the Velm Charter of 1815 and Ostrian legal practice"); one word before "and" that
 * names nothing of its own shares an instrument's head ("Union and Security Act", in an infobox list too); a rule's
 * name is never the start of a list the name holds ("the Kingdom of Velms, Ostrians and Kelms").
 */
class NamesWithAndTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "It kept the Grand Moot with its House of Lords and House of Envoys.|House_of_Envoys rdf:type Chamber|true",
        "It kept the Grand Moot with its House of Lords and House of Envoys.|House_of_Lords_and_House_of_Envoys rdf:type Chamber|false",
        "It set up a Court of Appeal and Court of Cassation.|Court_of_Appeal_and_Court_of_Cassation rdf:type StateOrgan|false",
        "It drew on the Velm Charter of 1815 and Ostrian legal practice.|Velm_Charter_of_1815 rdf:type LegalInstrument|true",
        "It drew on the Velm Charter of 1815 and Ostrian legal practice.|Velm_Charter_of_1815_and_Ostrian rdf:type LegalInstrument|false",
        "It drew on the Velm Charter of 1815 and French constitutional thought.|Velm_Charter_of_1815 rdf:type LegalInstrument|true",
        "It replaced the Union and Security Act.|Union_and_Security_Act rdf:type LegalInstrument|true",
        "It replaced the Union and Security Act.|Union_and_Security_Act rdf:type Polity|false",
        // a committee's or a ministry's "of" phrase with "and" stays one name, before a verb too
        "The Ministry of Trade and Industry oversaw it.|Ministry_of_Trade_and_Industry rdf:type ExecutiveBody|true",
        "It created the Committee of Public Safety and General Welfare.|Committee_of_Public_Safety_and_General_Welfare rdf:type StateOrgan|true",
    })
    void inProse(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Charter of Norvia", "The Charter of Norvia was the constitution of Norvia. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Preceded By: Charter of Norvia (1772); Union and Security Act|Union_and_Security_Act succeededBy Charter_of_Norvia|true",
        "Preceded By: Charter of Norvia (1772); Union and Security Act|Security_Act rdf:type Constitution|false",
        "Preceded By: Peace and Friendship Treaty|Friendship_Treaty rdf:type Treaty|false",
        "Preceded By: Ytown and Ztown Acts|Ztown_Acts rdf:type LegalInstrument|false",
    })
    void inAnInfoboxList(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertArticle("= Charter of Norvia =\n\nInfobox\n- " + field + "\n\nThe Charter of Norvia was the constitution "
                + "of Norvia.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Grand Moot was the legislature of the Kingdom of Velms, Ostrians and Kelms, renamed Velmia in 1929.|Kingdom_of_Velms rdf:type Polity|false",
        "The Grand Moot was the legislature of the Kingdom of Velms, Ostrians and Kelms, renamed Velmia in 1929.|Grand_Moot jurisdiction Kingdom_of_Velms|false",
        "The Grand Moot was the legislature of the Kingdom of Velms, Ostrians and Kelms, renamed Velmia in 1929.|Grand_Moot jurisdiction Kingdom_of_Velms_Ostrians_and_Kelms|true",
    })
    void aRulesNameIsNoStartOfAList(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Grand Moot", lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was suspended under the dictatorship of Marko Vell.|Marko_Vell|true",
        "During the regency of Ana Sel it lapsed.|Ana_Sel|true",
        "Figures such as Petar Kovan and Ivo Brant shaped it.|Petar_Kovan|true",
        "Figures such as Petar Kovan and Ivo Brant shaped it.|Ivo_Brant|true",
        "It was drafted under the leadership of Tomas Gral.|Tomas_Gral|true",
        "It was adopted on a motion of Marko Vell.|Marko_Vell|true",
        "After the abdication of King Otto Dorn it lapsed.|Otto_Dorn|true",
        "On the proposal of Ana Sel it was amended.|Ana_Sel|true",
        "The assassination of Ivo Brant in 1920 ended it.|Ivo_Brant|true",
        // a name of a class after such a noun is no person's
        "It was drafted at the initiative of the Velm Council.|Velm_Council|false",
        "It was drafted at the initiative of the Republic of Velm.|Republic_of_Velm|false",
    })
    void personsByATenureOrAFigure(String sentence, String person, boolean holds, @TempDir Path tmp)
            throws Exception {
        assertLead("Charter of Norvia", "The Charter of Norvia was the constitution of Norvia. " + sentence,
                person + " rdf:type Person", holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Velm Moot, often simply called the Ytown assembly, met in 1814.|Velm_Moot altLabel Ytown|false",
        "The Velm Moot (often simply called the Ytown assembly) met in 1814.|Velm_Moot altLabel Ytown|false",
        "The Velm Moot (also known as the Ytown council) met in 1814.|Velm_Moot altLabel Ytown|false",
        "The Velm Moot (also known as the Ytown Diet) met in 1814.|Velm_Moot altLabel Ytown Diet|true",
        "The Velm Moot, often simply called the Ytown Diet, met in 1814.|Velm_Moot altLabel Ytown Diet|true",
        // a people's plural is no person, however the text makes it an agent
        "The Velm Moot met in 1814. Its charter was the first drafted by Romanians themselves.|Romanians rdf:type Person|false",
        "The Velm Moot met in 1814. Its charter was drafted by Ivo Brant.|Ivo_Brant rdf:type Person|true",
    })
    void aNameBeforeTheNounItModifiesNamesNoOtherThing(String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        assertLead("Velm Moot", lead, fact, holds, tmp);
    }
}
