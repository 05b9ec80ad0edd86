package org.constitutionkg.extract.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A class told apart in a shared label is written in words, never as the ontology's local name. */
class LabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"StateOrgan,state organ", "PoliticalGroup,political group", "Treaty,treaty",
        "LegalInstrument,legal instrument", "ExecutiveBody,executive body"})
    void classInWords(String cls, String words) {
        assertEquals(words, Labels.inWords(cls));
    }
}
