package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Things a sentence speaks of by description rather than by name, in invented sentences of each construction
 * (active, passive, pronoun subject, relative clause or participle): "the country" (a description by class,
 * description-classes.tsv), "the new charter of Xland" (an instrument known only by a description and its state), a
 * description coordinated with a name, and the class another of a thing's names gives.
 */
class DescriptionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // "the country": the article's state, the state its subject is of, or the state spoken of last
        "Kingdom of Xland|In 1946 the country was renamed the Republic of Xland.|Kingdom_of_Xland altLabel Republic of Xland",
        "Kingdom of Xland|In 1946 the king renamed the country to the Free State of Xland.|Kingdom_of_Xland altLabel Free State of Xland",
        "Kingdom of Xland|It was renamed the Republic of Xland in 1946.|Kingdom_of_Xland altLabel Republic of Xland",
        "Kingdom of Xland|The regents, who renamed the nation as the Union of Xland, ruled until 1950.|Kingdom_of_Xland altLabel Union of Xland",
        "Constitution of the Kingdom of Xland|It renamed the country to Greater Xland.|Kingdom_of_Xland altLabel Greater Xland",
        "Grand Diet of Xland|The diet met in the Kingdom of Norland. In 1950 the country was renamed the Republic of Norland.|Kingdom_of_Norland altLabel Republic of Norland",
        "Grand Diet of Xland|The Grand Diet of Xland renamed the Kingdom of Norland as the Norland Republic.|Kingdom_of_Norland altLabel Norland Republic",
        // an instrument known by a description and the state it is of
        "Grand Congress of Xland|The Grand Congress of Xland approved the new charter of the Kingdom of Xland in 1931.|new_charter_of_the_Kingdom_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The new charter of the Kingdom of Xland was adopted by the Grand Congress of Xland.|new_charter_of_the_Kingdom_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|On its last day it adopted the first constitution of the Republic of Xland.|first_constitution_of_the_Republic_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Grand Congress of Xland, which ratified the new treaty of the Kingdom of Norland, met in Xtown.|new_treaty_of_the_Kingdom_of_Norland ratifiedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Grand Congress of Xland adopted the constitution of the Republic of Xland.|Constitution_of_the_Republic_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|It approved the new charter of the Kingdom of Xland.|new_charter_of_the_Kingdom_of_Xland rdf:type LegalInstrument",
        // a description coordinated with a name: each is a patient of the verb
        "Grand Congress of Xland|The congress approved the declaration and the Treaty on the Union of Free States.|Treaty_on_the_Union_of_Free_States adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|It ratified the Charter and the Treaty of Ytown.|Treaty_of_Ytown ratifiedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The charter and the Treaty of Ytown were approved by the Grand Congress of Xland.|Treaty_of_Ytown adoptedBy Grand_Congress_of_Xland",
        // the class another name gives, when narrower: a statute also called a constitution is one
        "Charter of Xland|Then the Land Act of 1931, a provisional statute (or \"little constitution\"), was passed on 3 May.|Land_Act_of_1931 rdf:type Constitution",
        "Charter of Xland|The Decree of 1920, known as the short constitution, was issued by the regents.|Decree_of_1920 rdf:type Constitution",
        // a commonwealth is a state (a union of states)
        "Treaty of Ytown|The Treaty of Ytown founded the Commonwealth of Free States (CFS).|Commonwealth_of_Free_States rdf:type Polity",
        "Treaty of Ytown|The Treaty of Ytown founded the Commonwealth of Free States (CFS).|Commonwealth_of_Free_States altLabel CFS",
    })
    void aDescriptionDenotesWhatItDescribes(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // an organ renamed is not a state: its new name is a successor's, not another name of it
        "Grand Diet of Xland|In 1950 the Grand Diet of Xland was renamed the State Council of Xland.|Grand_Diet_of_Xland altLabel State Council of Xland",
        // "the country" with no state known denotes nothing
        "Charter of Norland|It renamed the country to Greater Norland.|Charter_of_Norland altLabel Greater Norland",
        // no instrument: the head is no instrument's, or what follows "of" is no state
        "Grand Congress of Xland|The Grand Congress of Xland approved the new rules of the Republic of Xland.|new_rules_of_the_Republic_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Grand Congress of Xland approved the new charter of the Workers' Party.|new_charter_of_the_Workers'_Party adoptedBy Grand_Congress_of_Xland",
    })
    void whatADescriptionDoesNotDenote(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
