package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names of instruments and assemblies that the heads of classes.tsv tell apart, and dates that belong to them, in
 * invented sentences: an amendment, an edict, a "Law on ..." and a sovereign's manifesto are instruments; a
 * "National Convention" is an assembly, a "Convention on ..." a treaty; a month opens a name after "the" ("the April
 * Manifesto"); a year before a common noun dates the noun, not a name ("the 1924 Union constitution"); the span an
 * instrument was something in is its time in force, not its making.
 */
class InstrumentNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Xland|The Council of Xland was created by the Fundamental Amendment of 1906.|Fundamental_Amendment_of_1906 rdf:type LegalInstrument",
        "Council of Xland|It was set up under the Constitutional Law on the Federation of Xland.|Constitutional_Law_on_the_Federation_of_Xland rdf:type LegalInstrument",
        "Council of Xland|The Manifesto on the Order of the State of Xland created it.|Manifesto_on_the_Order_of_the_State_of_Xland rdf:type LegalInstrument",
        "Council of Xland|The council, which the Edict of Ytown abolished in 1801, met rarely.|Edict_of_Ytown rdf:type LegalInstrument",
        "Council of Xland|The April Manifesto created the Council of Xland in 1906.|April_Manifesto rdf:type LegalInstrument",
        "Council of Xland|It was created by the October Manifesto in 1905.|October_Manifesto establishes Council_of_Xland",
        "Council of Xland|The council replaced the September Council of Xland in 1906.|September_Council_of_Xland rdf:type StateOrgan",
        "Charter of Xland|The charter was drafted by the National Convention in 1792.|National_Convention rdf:type Legislature",
        "Charter of Xland|The Constitutional Convention of Xland adopted it in 1787.|Constitutional_Convention_of_Xland rdf:type Legislature",
        "Charter of Xland|Xland later signed the Convention on the Rights of Ytown.|Convention_on_the_Rights_of_Ytown rdf:type Treaty",
        // a span of an instrument: in force
        "Charter of Xland|The Charter of Xland was the fundamental law of the Kingdom of Xland from 1868 to 1919.|Charter_of_Xland effective 1868",
        "Charter of Xland|It was the basic law of the Kingdom of Xland from 1868 to 1919.|Charter_of_Xland repealed 1919",
        "Charter of Xland|The Charter of Xland was the fundamental law of the Kingdom of Xland from 1868 to 1919.|Charter_of_Xland jurisdiction Kingdom_of_Xland",
        "Council of Xland|The Council of Xland was the highest organ of the Kingdom of Xland from 1868 to 1919.|Council_of_Xland established 1868",
    })
    void namedAndDatedByTheirHeads(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|It brought the law in line with the 1924 Union constitution.|1924_Union rdf:type Polity",
        "Charter of Xland|The Charter of Xland was the fundamental law of the Kingdom of Xland from 1868 to 1919.|Charter_of_Xland adopted 1868",
        "Charter of Xland|In April Ivan Petrov signed the charter.|April_Ivan_Petrov rdf:type Person",
        "Charter of Xland|The Workers Party Manifesto praised the charter.|Workers_Party_Manifesto rdf:type LegalInstrument",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
