package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 54 (round 16), with invented sentences and values: an infobox value of
 * two names parted by a slash names two things, and a state is never what a sitting is of; "followed X more closely"
 * is a model wherever the adverb stands in the clause; "translated as" and "rendered as" give another name; a
 * state's name never ends with "of" and a year; a span after "the result of" dates what it results from; "X, formerly
 * the Y," and "X, before 1990 the Y," give a former name; "its" after an object of a verb is not the subject's.
 */
class RoundSixteenTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Velmian People's Republic / Republic of Velm#7th_Grand_Assembly sessionOf Velmian_People's_Republic#false",
        "Velmian People's Republic / Republic of Velm#Republic_of_Velm rdf:type Polity#true",
        "Velmian People's Republic / Republic of Velm#Velmian_People's_Republic rdf:type Polity#true",
        "Republic of Velm#7th_Grand_Assembly sessionOf Republic_of_Velm#false",
        "Kingdom of Velm#7th_Grand_Assembly partOf Kingdom_of_Velm#false",
        // a body stays what the sitting is of
        "Grand Assembly of Velm#7th_Grand_Assembly sessionOf Grand_Assembly_of_Velm#true",
        "Grand Assembly of Velm / Velmski Sabor#7th_Grand_Assembly sessionOf Grand_Assembly_of_Velm#true",
        "Grand Assembly of Velm / Velmski Sabor#7th_Grand_Assembly sessionOf Velmski_Sabor#false",
    })
    void aSlashPartsTwoNamesAndAStateIsNoBodyOfASitting(String value, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= 7th Grand Assembly =\n\nInfobox\n- Legislature: " + value
                + "\n- Members: 400\n\nThe 7th Grand Assembly sat from July 1990 to October 1991.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It followed the Ostrian Charter of 1820 more closely than its predecessor.#Velm_Charter basedOn Ostrian_Charter_of_1820#true",
        "It followed the Ostrian Charter of 1820 very closely.#Velm_Charter basedOn Ostrian_Charter_of_1820#true",
        "The charter, which followed the Ostrian Charter of 1820 closely, had ten chapters.#Velm_Charter basedOn Ostrian_Charter_of_1820#true",
        "It followed the Ostrian Charter of 1820 more closely than its predecessor.#Velm_Charter precededBy Ostrian_Charter_of_1820#false",
        "It followed the Ostrian Charter of 1820 and largely abolished the king's powers.#Velm_Charter basedOn Ostrian_Charter_of_1820#false",
        // a succession in time stays one
        "It followed the Ostrian Charter of 1820 in 1830.#Velm_Charter precededBy Ostrian_Charter_of_1820#true",
        "It was followed closely by the Ostrian Charter of 1840.#Velm_Charter basedOn Ostrian_Charter_of_1840#false",
    })
    void followingMoreCloselyIsAModel(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velm Charter", "The Velm Charter was the constitution of Velm, adopted in 1830. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Zemska Rada (Velmian: Zemska rada), also translated as the Land Council, was the legislature of Velm.#Zemska_Rada altLabel Land Council#true",
        "The Zemska Rada, sometimes rendered as the Country Council, was the legislature of Velm.#Zemska_Rada altLabel Country Council#true",
        "The Zemska Rada was the legislature of Velm. Its name is usually translated as the Land Council.#Land_Council rdf:type StateOrgan#false",
        "The Zemska Rada was the legislature of Velm; its name is often translated as Land Council.#Land_Council rdf:type StateOrgan#false",
        "The Zemska Rada was the legislature of Velm. Its Velmian name is best rendered as the Land Council.#Zemska_Rada altLabel Land Council#true",
        "The Zemska Rada was the legislature of Velm. Its name was given by Ivo Brant, its first chairman.#Zemska_Rada altLabel Ivo Brant#false",
    })
    void translatedAsGivesAnotherName(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Zemska Rada", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was not revived in the charter of the Free State of Velm of 1921.#Free_State_of_Velm rdf:type Polity#true",
        "It was not revived in the charter of the Free State of Velm of 1921.#Free_State_of_Velm_of_1921 rdf:type Polity#false",
        "The Kingdom of Velm of 1850 had no such chamber.#Kingdom_of_Velm rdf:type Polity#true",
        "The People's Republic of Velm of 1949 abolished it.#People's_Republic_of_Velm_of_1949 rdf:type Polity#false",
        // an instrument's name keeps its year
        "It was replaced by the Constitution of the Kingdom of Velm of 1850.#Constitution_of_the_Kingdom_of_Velm_of_1850 rdf:type Constitution#true",
    })
    void aStatesNameEndsWithNoYear(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("House of Lords of Velm", "The House of Lords of Velm was the upper chamber of "
                + "the Diet of Velm from 1818 to 1918. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was the result of talks held in Ytown from November 1819 to May 1820.#Ytown_Final_Act repealed 1820-05#false",
        "It was the outcome of conferences in Ytown from 1819 to 1820.#Ytown_Final_Act repealed 1820#false",
        "It was the direct product of negotiations from 1819 to 1820.#Ytown_Final_Act effective 1819#false",
        // what the subject itself was, from one year to another, dates it
        "It was the fundamental law of the Velm League from 1820 to 1866.#Ytown_Final_Act repealed 1866#true",
    })
    void aSpanAfterTheResultOfDatesWhatItResultsFrom(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Ytown Final Act", "The Ytown Final Act was a treaty of the Velm League. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Grand Council of Velm, formerly the Supreme Soviet of the Velmian SSR, was its legislature.#Grand_Council_of_Velm altLabel Supreme Soviet of the Velmian SSR#true",
        "The Grand Council of Velm (Velmian: Velmski sabor), before 1990 the Supreme Soviet of the Velmian SSR, was its legislature.#Grand_Council_of_Velm altLabel Supreme Soviet of the Velmian SSR#true",
        "The Grand Council of Velm, from May 1990 the Supreme Council of the Republic of Velm, was its legislature.#Grand_Council_of_Velm altLabel Supreme Council of the Republic of Velm#true",
        "The Grand Council of Velm, until 14 November 1990 the Supreme Soviet of the Velmian SSR, was its legislature.#Grand_Council_of_Velm altLabel Supreme Soviet of the Velmian SSR#true",
        // a place or a body set off by commas after a name with no such word is none of its names
        "The Grand Council of Velm, the Supreme Soviet of the Velmian SSR and the army met in 1990.#Grand_Council_of_Velm altLabel Supreme Soviet of the Velmian SSR#false",
        "Ivo Brant, from 1990 the President of Velm, signed it.#Ivo_Brant altLabel President of Velm#false",
    })
    void aFormerNameSetOffByCommas(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Grand Council of Velm", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "In 1991 the Grand Council of Velm dismissed the cabinet, and its functions were taken over by the Economic Committee of Velm.#Grand_Council_of_Velm succeededBy Economic_Committee_of_Velm#false",
        "The Grand Council of Velm dissolved the government; its powers passed to the Economic Committee of Velm.#Grand_Council_of_Velm succeededBy Economic_Committee_of_Velm#false",
        // no object between: the subject's
        "The Grand Council of Velm was abolished together with the monarchy in 1920, and its place was taken by the Economic Committee of Velm.#Grand_Council_of_Velm succeededBy Economic_Committee_of_Velm#true",
        "The Grand Council of Velm was dissolved in 1920 and its powers passed to the Economic Committee of Velm.#Grand_Council_of_Velm succeededBy Economic_Committee_of_Velm#true",
    })
    void itsAfterAnObjectIsNotTheSubjects(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Cabinet of Ministers of Velm", "The Cabinet of Ministers of Velm was the government "
                + "of Velm from 1990 to 1991. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It met under the direction of the Ostrian foreign minister Klemens von Dorn.#Klemens_von_Dorn rdf:type Person#true",
        "The German envoy Ivo Brant opened it.#Ivo_Brant rdf:type Person#true",
        "It was subordinate to the President of Velm, Ivo Brant, until 1991.#Ivo_Brant rdf:type Person#true",
        "In 1930 the chairman of the Grand Council of Velm, Ana Lind, dissolved it.#Ana_Lind rdf:type Person#true",
        "The jurists Ivo Brant and Ana Lind drafted its rules.#Ana_Lind rdf:type Person#true",
        // ", and" before a second name opens a clause: the name modifies what follows
        "Rebels shot the Ostrian envoy Ivo Brant, and Velm Guard units rose in the capital.#Velm_Guard rdf:type Person#false",
        "Rebels shot the Ostrian envoy Ivo Brant, and Velm Guard units rose in the capital.#Ivo_Brant rdf:type Person#true",
        // a person is no body an organ answers to
        "It was subordinate to the Velmian president, Ivo Brant.#Diet_of_Velm accountableTo Ivo_Brant#false",
        "It was answerable to the head of state, Ivo Brant, and to the Grand Council of Velm.#Diet_of_Velm accountableTo Ivo_Brant#false",
        "It was accountable to the Grand Council of Velm.#Diet_of_Velm accountableTo Grand_Council_of_Velm#true",
    })
    void personsNamedAfterTheirOfficeOrNationality(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Diet of Velm", "The Diet of Velm was the legislature of Velm. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // reorganised into chambers: parts, no successors
        "In 1991 the Grand Council of Velm was reorganised into two chambers, the Council of the Regions and the Council of the Union.#Grand_Council_of_Velm succeededBy Council_of_the_Regions#false",
        "In 1991 the Grand Council of Velm was reorganised into two houses: the Council of the Regions and the Council of the Union.#Council_of_the_Union precededBy Grand_Council_of_Velm#false",
        "In 1991 the Grand Council of Velm was reorganised into the Council of the Regions.#Grand_Council_of_Velm succeededBy Council_of_the_Regions#true",
        // the parts a relative clause lists after the name it follows
        "In 1968 it created the Federal Assembly of Velm, which had two chambers: the Chamber of the People and the Chamber of the Regions.#Chamber_of_the_People partOf Federal_Assembly_of_Velm#true",
        "In 1968 it replaced the diet with the Federal Assembly of Velm, which had two chambers: the Chamber of the People, with 200 deputies, and the Chamber of the Regions, with 150 deputies.#Chamber_of_the_Regions partOf Federal_Assembly_of_Velm#true",
        "In 1968 it replaced the diet with the Federal Assembly of Velm, which had two chambers: the Chamber of the People and the Chamber of the Regions.#Chamber_of_the_People partOf Congress_of_Velm#false",
    })
    void reorganisedIntoChambersAndPartsAfterWhichHad(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Congress of Velm", "The Congress of Velm was the supreme organ of Velm. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Fifth (Extraordinary) Congress of Deputies of Velm#Congress_of_Deputies_of_Velm altLabel (Extraordinary) Congress of Deputies of Velm#false",
        "Fifth (Extraordinary) Congress of Deputies of Velm#Fifth_Congress_of_Deputies_of_Velm sessionOf Congress_of_Deputies_of_Velm#true",
        "Second (Special) Session of the Diet of Velm#Diet_of_Velm altLabel (Special) Session of the Diet of Velm#false",
    })
    void aRemarkInsideASittingsNameIsNoneOfTheBodys(String caption, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Fifth Congress of Deputies of Velm =\n\n" + caption + "\n- Date: 2–5 September 1991\n\n"
                + "The Fifth Congress of Deputies of Velm was the last session of the Congress of Deputies of Velm.\n",
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Political Groups#10th_Grand_Assembly seatAllocation 10th_Grand_Assembly_seats_Velm_Socialist_Party#true",
        "Political Groups1#10th_Grand_Assembly_seats_Velm_Socialist_Party seats 211#true",
        "Political Groups#10th_Grand_Assembly_seats_Union_of_Labour seats 144#true",
        "Political Groups#Grand_Assembly_of_Velm seatAllocation 10th_Grand_Assembly_seats_Velm_Socialist_Party#false",
    })
    void aSittingsInfoboxGivesTheSeatsOfItsTerm(String key, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= 10th Grand Assembly =\n\nInfobox\n- Legislature: Grand Assembly of Velm\n"
                + "- Members: 400\n- " + key + ":\n  - Velm Socialist Party (211)\n  - Union of Labour (144)\n\n"
                + "The 10th Grand Assembly sat from July 1990 to October 1991.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a name listed with seats is a party's, whatever its head says, and so wherever the article names it
        "#Christian_Social_Union rdf:type PoliticalGroup#true",
        "#Christian_Social_Union rdf:type Polity#false",
        "#Law_and_Justice rdf:type PoliticalGroup#true",
        "#Law_and_Justice rdf:type LegalInstrument#false",
        "The Christian Social Union has led the state government since 1957.#Christian_Social_Union rdf:type Polity#false",
        "The Velm People's Union (VPU) has led the state government since 1957.#Velm_People's_Union rdf:type PoliticalGroup#true",
        // a state's votes are no party's seats
        "#Landtag_of_Velm_seats_Bavaria seats 6#false",
    })
    void aNameListedWithSeatsIsAGroups(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Landtag of Velm =\n\nInfobox\n- Type: Unicameral\n- Members: 180\n"
                + "- Political Groups1:\n  - Christian Social Union (85)\n  - VPU (40)\n  - Law and Justice (34)\n"
                + "  - Bavaria (6)\n\nThe Landtag of Velm is the legislature of Velm. " + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Velmrat (German: \"Federal Council\") is the upper house of Velm.#Velmrat altLabel Federal Council#true",
        "The Velmrat (German: \"Federal Council\") is the upper house of Velm.#Velmrat altLabel \"Federal Council#false",
        "The Velmrat (Russian: \"Совет Велма\") is the upper house of Velm.#Velmrat altLabel Совет Велма#true",
        "The Velmrat (German: 'Council of the Land') is the upper house of Velm.#Velmrat altLabel Council of the Land#true",
        "The Velmrat (German: Velmrat, \"Federal Council\") is the upper house of Velm.#Velmrat altLabel Federal Council#true",
        // a building's plural head is a place's
        "The Velmrat meets in the Senate and Diet Buildings in Ytown.#Senate_and_Diet_Buildings rdf:type Place#true",
        "The Velmrat meets in the Senate and Diet Buildings in Ytown.#Senate_and_Diet_Buildings rdf:type Chamber#false",
        // a ruler named with an epithet
        "The Velmrat was founded by Otto the Great in 962.#Otto_the_Great rdf:type Person#true",
        "In the reign of Anna the Pious the Velmrat met yearly.#Anna_the_Pious rdf:type Person#true",
        "The Velmrat meets in the Great Hall of Ytown.#Great_Hall_of_Ytown rdf:type Person#false",
    })
    void glossesBuildingsAndEpithets(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velmrat", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "it" after ", and" and an adverbial is the first clause's subject, not the article's
        "In 1990 the Grand Council of Velm elected Ivo Brant President of Velm, and on the following day it elected Ana Lind Prime Minister.#Ana_Lind electedBy Chamber_of_the_People#false",
        "In 1990 the Grand Council of Velm elected Ivo Brant President of Velm, and in 1991 it elected Ana Lind Prime Minister.#Ana_Lind electedBy Grand_Council_of_Velm#true",
        "The chamber met in Ytown, and in 1991 it elected Ana Lind Prime Minister.#Ana_Lind electedBy Chamber_of_the_People#true",
        "In 1990 the Grand Council of Velm elected Ivo Brant as its chairman, and on the next day it elected Ana Lind Prime Minister.#Ana_Lind electedBy Grand_Council_of_Velm#true",
        "In 1990 the Grand Council of Velm elected Ivo Brant as its chairman, and on the next day it elected Ana Lind Prime Minister.#Ana_Lind electedBy Chamber_of_the_People#false",
    })
    void itAfterAndAndAnAdverbial(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Chamber of the People", "The Chamber of the People was a chamber of the Grand "
                + "Council of Velm. " + sentence, fact, holds, tmp);
    }
}
