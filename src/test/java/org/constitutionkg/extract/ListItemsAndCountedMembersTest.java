package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lists after a lead-in whose items open with a name and go on with what describes it ("It consisted of:" / "- the
 * House of Lords of Velm, whose members were appointed by the King;"): each item's name completes the lead-in, and the
 * rest of the item is read of it; members counted after "of" or "with" and then elected in a relative clause ("with
 * 90 deputies who were chosen by X"): the body they are of is elected. Invented names and sentences.
 */
class ListItemsAndCountedMembersTest {

    private static final String HEAD = "= Imperial Council of Velm = // // The Imperial Council of Velm was the "
            + "legislature of the Empire of Velm. // // == History == // ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It consisted of: // - the House of Lords of Velm, whose members were appointed by the Emperor; // - the House of Deputies of Velm, elected by the provincial diets.#Imperial_Council_of_Velm hasPart House_of_Lords_of_Velm",
        "It consisted of: // - the House of Lords of Velm, whose members were appointed by the Emperor; // - the House of Deputies of Velm, elected by the provincial diets.#Imperial_Council_of_Velm hasPart House_of_Deputies_of_Velm",
        "The council was made up of two chambers: // - the Senate of Velm (Velmski senat) – 60 members; // - the Chamber of Deputies of Velm – 200 members.#Imperial_Council_of_Velm hasPart Chamber_of_Deputies_of_Velm",
        "It was made up of two houses: // - the Senate of Velm, with 80 senators; // - the Chamber of Velm, which the provinces elected.#Imperial_Council_of_Velm hasPart Chamber_of_Velm",
        "It consisted of: // - the House of Deputies of Velm, elected by the provincial diets.#House_of_Deputies_of_Velm electedBy provincial_diets",
    })
    void itemsCompleteTheLeadIn(String body, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines(HEAD + body) + "\n", fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Diet of Velm, with 90 deputies who were chosen by the Grand Council of Velm, met in Ytown.#Diet_of_Velm electedBy Grand_Council_of_Velm#true",
        "The Diet of Velm was set up in 1861. It had 120 members who were elected by the Provincial Council of Velm.#Diet_of_Velm electedBy Provincial_Council_of_Velm#true",
        "The Senate of Velm had 40 senators who were appointed by the Grand Council of Velm.#Senate_of_Velm electedBy Grand_Council_of_Velm#true",
        // no count, no body: members who were elected by X may be anyone's
        "Members who were elected by the Grand Council of Velm sat in Ytown.#Imperial_Council_of_Velm electedBy Grand_Council_of_Velm#false",
        // a person's members elect no person; a count a verb's object or "together with" goes with is no body's
        "Ivo Brant had 30 delegates who were elected by the Grand Council of Velm.#Ivo_Brant electedBy Grand_Council_of_Velm#false",
        "The envoy of Ostria, Ivo Brant, arrived with 30 delegates who were elected by the Grand Council of Velm.#Ivo_Brant electedBy Grand_Council_of_Velm#false",
        "The Senate of Velm, together with 40 deputies who were elected by the Grand Council of Velm, formed the Diet.#Senate_of_Velm electedBy Grand_Council_of_Velm#false",
        "The Diet of Velm dissolved the Senate of Velm and replaced it with 40 councillors who were appointed by the Grand Council of Velm.#Diet_of_Velm electedBy Grand_Council_of_Velm#false",
        "The Diet of Velm sent a delegation of 12 members who were elected by the Grand Council of Velm.#Diet_of_Velm electedBy Grand_Council_of_Velm#false",
    })
    void countedMembersElected(String body, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines(HEAD + body) + "\n", fact, holds, tmp);
    }
}
