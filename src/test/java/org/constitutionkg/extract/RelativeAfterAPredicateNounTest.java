package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A relative clause after a predicate noun ("X was the constitution which was adopted by Y") is said of the copula's
 * subject: a name or a pronoun, the clause passive, active or an adjective's ("accountable to"). Invented sentences.
 */
class RelativeAfterAPredicateNounTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "1956 Charter of Zemlia|The 1956 Charter of Zemlia is the constitution that was adopted by the Grand Assembly of Zemlia in 1956.|1956_Charter_of_Zemlia adoptedBy Grand_Assembly_of_Zemlia",
        "1956 Charter of Zemlia|The 1956 Charter of Zemlia was a constitution which was approved by the Grand Assembly of Zemlia.|1956_Charter_of_Zemlia adoptedBy Grand_Assembly_of_Zemlia",
        "1956 Charter of Zemlia|It was the first constitution which was adopted by the Grand Assembly of Zemlia, in 1956.|1956_Charter_of_Zemlia adoptedBy Grand_Assembly_of_Zemlia",
        "Grand Assembly of Zemlia|The Grand Assembly of Zemlia was the legislature that elected the State Board of Zemlia.|State_Board_of_Zemlia electedBy Grand_Assembly_of_Zemlia",
        "Grand Assembly of Zemlia|The Grand Assembly of Zemlia was the legislature that was elected by the Council of Estates of Zemlia.|Grand_Assembly_of_Zemlia electedBy Council_of_Estates_of_Zemlia",
        "State Board of Zemlia|The State Board of Zemlia was the body which was accountable to the Grand Assembly of Zemlia.|State_Board_of_Zemlia accountableTo Grand_Assembly_of_Zemlia",
    })
    void saidOfTheCopulasSubject(String title, String lead, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, fact, true, tmp);
    }
}
