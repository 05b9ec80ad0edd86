package org.constitutionkg.extract;

import static org.constitutionkg.extract.ExtractionCases.assertLead;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clauses that look like a fact and state none, or another (stop 52, wrong facts of fresh audits A244, A246, A247;
 * invented sentences): a subject quantified by none ("none of its members was elected by X"); a participle that
 * describes a noun ("a directly elected parliament, the X"); a body that "constituted itself as" another (no founding
 * of its own); deputies who attended one sitting of a standing body (no membership); "an agreement between the
 * government of X and Y" (no jurisdiction); two phases of one life ("from 1810 to 1906, and from 1906 to 1917").
 */
class WhatAClauseDoesNotSayTest {

    private static final String SENATE = "The Senate of Xland was the upper house of the Diet of Xland. ";

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Unlike the lower house, none of its members was elected by the people.|electedBy people|false",
        "None of its senators were elected by the voters.|electedBy voters|false",
        "In 1920 no senator was elected by the provincial councils.|electedBy provincial_councils|false",
        "Neither of its two benches was chosen by the voters.|electedBy voters|false",
        "Its members were elected by the people.|electedBy people|true",
        "With no debate the Senate was dissolved by the king in 1920.|disbanded 1920|true",
        "The senators, who were elected by the provincial councils, sat for six years."
                + "|electedBy provincial_councils|true",
    })
    void noOneIsNoSubject(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Senate of Xland", SENATE + sentence, "Senate_of_Xland " + fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "In 1990 the Grand Diet became a directly elected standing parliament, the People's Grand Diet."
                + "|People's_Grand_Diet electedBy Grand_Diet|false",
        "The Grand Diet was turned into a popularly elected assembly, the Velm Assembly, in 1951."
                + "|Velm_Assembly electedBy Grand_Diet|false",
        "The Grand Diet was replaced by a newly created chamber, the Velm Assembly.|Velm_Assembly precededBy "
                + "Grand_Diet|true",
        "The Velm Assembly was elected by the Grand Diet.|Velm_Assembly electedBy Grand_Diet|true",
        "In 1990 the Grand Diet elected a standing parliament, the Velm Assembly.|Velm_Assembly electedBy "
                + "Grand_Diet|true",
    })
    void aParticipleOfANounIsNoVerb(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Little Diet", "The Little Diet was the standing organ of the Grand Diet of Xland. " + sentence,
                fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "It grew out of the Velm People's Council, which constituted itself as the Provisional Diet on 7 October "
                + "1949.|Velm_People's_Council established 1949-10-07|false",
        "On 7 October 1949 the Velm People's Council constituted itself as the Provisional Diet."
                + "|Velm_People's_Council established 1949-10-07|false",
        "The Velm People's Council transformed itself into the Provisional Diet in 1949."
                + "|Velm_People's_Council established 1949|false",
        "The Velm People's Council was constituted in 1947.|Velm_People's_Council established 1947|true",
        "Xland was constituted as a federation of three states in 1921.|Xland established 1921|true",
    })
    void becomingAnotherIsNoFounding(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        assertLead("Diet of Xland", "The Diet of Xland was the parliament of Xland. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Only 27 deputies attended, as many others were in prison.|memberCount 27|false",
        "At its opening only 40 members took part.|memberCount 40|false",
        "Some 31 deputies gathered in the town hall.|memberCount 31|false",
        "Only 27 deputies attended the first sitting.|memberCount 27|false",
        "It had 105 members.|memberCount 105|true",
        "The Diet had 105 seats, but only 27 deputies attended.|memberCount 105|true",
    })
    void whoAttendedIsNoMembership(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Diet of Xland", "The Diet of Xland was the parliament of Xland. " + sentence,
                "Diet_of_Xland " + fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Treaty of Orm was an agreement between the government of the Kingdom of Velm and the Republic of "
                + "Ostria.|jurisdiction Kingdom_of_Velm|false",
        "The Treaty of Orm was an accord with the government of the Kingdom of Velm.|jurisdiction "
                + "Kingdom_of_Velm|false",
        "The Treaty of Orm was a settlement made by the government of the Kingdom of Velm.|jurisdiction "
                + "Kingdom_of_Velm|false",
        "The Treaty of Orm was an agreement for the government of the Kingdom of Velm.|jurisdiction "
                + "Kingdom_of_Velm|false",
    })
    void anAgreementBetweenGovernmentsGovernsNone(String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        assertLead("Treaty of Orm", lead + " It was signed in Orm on 6 May 1921.", "Treaty_of_Orm " + fact, holds,
                tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "The Council of Velm was the lower house of the legislature of the Kingdom of Velm.|jurisdiction "
                + "Kingdom_of_Velm|true",
        "The Council of Velm was the highest advisory body of the Kingdom of Velm from 1810 to 1906, and from 1906 "
                + "to 1917 the upper house of its parliament.|disbanded 1917|true",
        "The Council of Velm was the highest advisory body of the Kingdom of Velm from 1810 to 1906, and from 1906 "
                + "to 1917 the upper house of its parliament.|disbanded 1906|false",
        "The Council of Velm was the highest advisory body of the Kingdom of Velm from 1810 to 1906, and then from "
                + "1906 until 1917 its upper chamber.|established 1810|true",
        "The Council of Velm served as the highest advisory body of the Kingdom of Velm from 1810 to 1906."
                + "|disbanded 1906|true",
    })
    void theBodyOfAState(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertLead("Council of Velm", lead, "Council_of_Velm " + fact, holds, tmp);
    }
}
