package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox caption is a name of the subject when it reads as one (its words capitalised but the connectors), not
 * when it describes a picture ("Title page of the 1921 charter", "Portrait of the first session"). Invented articles;
 * " // " separates lines.
 */
class CaptionsTest {

    private static final String TITLE = "Charter of Xland";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Charter of the Kingdom of Xland // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Charter of the Kingdom of Xland#true",
        "Basic Law of 1921 // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Basic Law of 1921#true",
        "Treaty of Peace between the Kingdom of Xland and the Republic of Yland // - Date Signed: 1921 // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Treaty of Peace between the Kingdom of Xland and the Republic of Yland#true",
        "Title page of the 1921 charter // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Title page of the 1921 charter#false",
        "The charter as printed in 1921 // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel The charter as printed in 1921#false",
        "Signing of the charter in Ytown // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Signing of the charter in Ytown#false",
        "Ústava Československé republiky // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Ústava Československé republiky#true",
        "Parliament Building in Ytown // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Parliament Building in Ytown#false",
        "Portrait by Ivan Petrov // - Jurisdiction: Kingdom of Xland // // The Charter of Xland was the constitution of Xland.#Charter_of_Xland altLabel Portrait by Ivan Petrov#false",
    })
    void aCaptionThatReadsAsAName(String lead, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(TITLE, ExtractionCases.lines(lead), fact, holds, tmp);
    }
}
