package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Persons named in prose (stop 49), with invented names: after a noun of an occupation only a person has ("the poet A
 * B", "the banker A B"), after an honorific ("Justice A B", "Ratu A B"), and a ruler by the Roman number of his name
 * ("restored Otto III to the throne", "under Tavita Lelu IV"); never a numbered part, a war or a cabinet ("Part III",
 * "World War II", "the Berg II cabinet").
 */
class PersonsByNounTitleAndNumberTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The poet Johann Wetzel sat in the Diet from 1790.#Johann_Wetzel rdf:type Person#true",
        "Its first chairman was the banker Otto Feld.#Otto_Feld rdf:type Person#true",
        "The Diet was opened by the theologian Anna Brisk and the merchant Karl Dorn.#Karl_Dorn rdf:type Person#true",
        "A charter drafted by Justice Bram Okoro was read in the Diet.#Bram_Okoro rdf:type Person#true",
        "A charter drafted by Justice Bram Okoro was read in the Diet.#Justice_Bram_Okoro rdf:type Person#false",
        "The Diet was chaired by Ratu Sir Tevita Naulu from 1970.#Velmar_Diet chair Tevita_Naulu#true",
        "In 1660 the Diet restored Otto III to the throne.#Otto_III rdf:type Person#true",
        "The Diet first met under Tavita Lelu IV in 1864.#Tavita_Lelu_IV rdf:type Person#true",
        "The Diet was dissolved by Kamehala V in 1866.#Kamehala_V rdf:type Person#true",
        "Otto III, who had been elected by the Diet, died in 1702.#Otto_III rdf:type Person#true",
        "The Diet debated Part III of the charter in 1790.#Part_III rdf:type Person#false",
        "The Diet was restored after World War II.#World_War_II rdf:type Person#false",
        "The Berg II cabinet was accountable to the Diet.#Berg_II rdf:type Person#false",
        "The Diet met in the Hall of Otto in 1790.#Hall_of_Otto rdf:type Person#false",
    })
    void personNamedInProse(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Diet =\n\nThe Velmar Diet was the legislature of Velmar.\n\n"
                + "== History ==\n" + sentence + "\n", fact, holds, tmp);
    }
}
