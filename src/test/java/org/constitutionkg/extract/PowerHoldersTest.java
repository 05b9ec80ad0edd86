package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name of no class of its own that a sentence says holds a power is a body of that power's kind: "Legislative
 * power was exercised by the Dumat" a legislature, "executive authority lay with the Varkat" an executive
 * (power-holders.tsv); what follows of it is then stated. A name of a class of its own keeps it. Invented names
 * (stop 33).
 */
class PowerHoldersTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Legislative power was exercised by the Dumat, whose deputies were elected by the towns.#Dumat rdf:type Legislature",
        "true#Legislative power was vested in the Dumat. The Dumat was divided into two chambers, the Upper Board and the Lower Board.#Dumat hasPart Lower_Board",
        "true#Executive power lay with the Varkat, which was accountable to the Grand Diet of Norlia.#Varkat accountableTo Grand_Diet_of_Norlia",
        "true#In the republic, executive authority rested with the Varkat.#Varkat rdf:type ExecutiveBody",
        "false#Legislative power was exercised by the Council of Elders.#Council_of_Elders rdf:type Legislature",
        "false#The Dumat met in Ytown, where legislative questions were debated.#Dumat rdf:type Legislature",
    })
    void aHolderOfAPowerIsABodyOfItsKind(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Republic of Norlia", text, fact, holds, tmp);
    }
}
