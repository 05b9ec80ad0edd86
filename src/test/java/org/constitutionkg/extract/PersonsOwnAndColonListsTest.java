package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two subjects a verb of election or chairing must not take: the person whose members a possessive names ("Ivan
 * Petrov's commissioners were appointed by X" says nothing of Petrov, while "the Diet's judges" are the Diet's), and a
 * list after a colon when the verb's subject is a relative pronoun's antecedent or another verb takes the list ("The
 * Governor who chaired X appointed the following ministers: A and B": A and B chaired nothing). Invented names.
 */
class PersonsOwnAndColonListsTest {

    private static final String HEAD = "= Council of Velm = // // The Council of Velm was the government of the "
            + "Republic of Velm. // // == History == // ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // a person's members: no fact of the person
        "Ivan Petrov's commissioners were appointed by the Diet of Velm.#Ivan_Petrov electedBy Diet_of_Velm#false",
        "In 1921 Olaf Berg's ministers were chosen by the Diet of Velm.#Olaf_Berg electedBy Diet_of_Velm#false",
        "The Diet of Velm appointed Ana Sel's councillors in 1922.#Ana_Sel electedBy Diet_of_Velm#false",
        "Ivo Brant's nine magistrates, who were elected by the Diet of Velm, met in Ytown.#Ivo_Brant electedBy Diet_of_Velm#false",
        "Ivo Brant had 30 delegates who were elected by the Diet of Velm.#Ivo_Brant electedBy Diet_of_Velm#false",
        // a body's members: the body is elected
        "The High Court of Velm's judges were appointed by the Diet of Velm.#High_Court_of_Velm electedBy Diet_of_Velm#true",
        "The Senate of Velm was set up in 1920; its senators were elected by the Diet of Velm.#Senate_of_Velm electedBy Diet_of_Velm#true",
        // a list after a colon is no relative clause's subject, nor another verb's object's chair
        "The Governor who chaired the Executive Council of Velm appointed the following ministers: Ivo Brant and Ana Sel.#Executive_Council_of_Velm chair Ana_Sel#false",
        "The Governor who chaired the Executive Council of Velm appointed the following ministers: Ivo Brant and Ana Sel.#Executive_Council_of_Velm chair Ivo_Brant#false",
        "A regent who presided over the Diet of Velm named three deputies: Ivo Brant, Ana Sel and Olaf Berg.#Diet_of_Velm chair Olaf_Berg#false",
        "The speaker that chaired the Diet of Velm received the envoys: Ivo Brant and Ana Sel.#Diet_of_Velm chair Ana_Sel#false",
        // ... while a list the lead-in's own chairing verb opens still chairs
        "The following speakers presided over the Diet of Velm: Ivo Brant and Ana Sel.#Diet_of_Velm chair Ana_Sel#true",
    })
    void states(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines(HEAD + body) + "\n", fact, holds, tmp);
    }
}
