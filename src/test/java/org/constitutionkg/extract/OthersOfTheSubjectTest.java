package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the article says precedes, succeeds, repeals or is part of its subject is another thing, even under a name
 * whose key is one of the subject's names: the state renamed ("the People's Republic of Velmia was renamed the
 * Republic of Velmia"), the predecessor's undated name and the subject's own undated name are keyed alike, and the
 * predecessor still is no other name of the subject, nor are its dates the subject's (owl:IrreflexiveProperty in the
 * ontology says which properties never link a thing to itself). Invented names; infobox, active, passive and
 * relative clause.
 */
class OthersOfTheSubjectTest {

    private static final String TITLE = "1970 Constitution of the Republic of Velmia";
    private static final String OLD = "Constitution_of_the_People's_Republic_of_Velmia";
    private static final String NEW = "1970_Constitution_of_the_Republic_of_Velmia";

    @ParameterizedTest(name = "{0} / {1}: {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "Preceded By: Constitution of the People's Republic of Velmia##" + NEW + " precededBy " + OLD + "#true",
        "Preceded By: Constitution of the People's Republic of Velmia##" + NEW + " altLabel Constitution of the People's Republic of Velmia#false",
        "#It replaced the Constitution of the People's Republic of Velmia, adopted in 1948.#" + NEW + " precededBy " + OLD + "#true",
        "#It replaced the Constitution of the People's Republic of Velmia, adopted in 1948.#" + NEW + " adopted 1948#false",
        "#The Constitution of the People's Republic of Velmia was replaced by it.#" + OLD + " succeededBy " + NEW + "#true",
        "#The Constitution of the People's Republic of Velmia, which it replaced, dated from 1948.#" + NEW + " precededBy " + OLD + "#true",
        "#It repealed the Constitution of the People's Republic of Velmia.#" + NEW + " repeals " + OLD + "#true",
    })
    void thePredecessorIsAnotherThing(String field, String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        String text = "= " + TITLE + " =\n\nConstitution of the Republic of Velmia\n"
                + "- Name: Constitution of the Republic of Velmia\n"
                + (field == null ? "" : "- " + field + "\n")
                + "\nThe " + TITLE + " was adopted in 1970. In 1969 the People's Republic of Velmia was renamed the "
                + "Republic of Velmia." + (sentence == null ? "" : " " + sentence) + "\n";
        ExtractionCases.assertArticle(text, fact, holds, tmp);
    }
}
