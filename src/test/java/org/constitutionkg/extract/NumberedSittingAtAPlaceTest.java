package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 50: a numbered sitting named with the place it met at ("Fourth National Assembly at Xtown") is a sitting of the
 * body its name gives without the place, numbered, and met at that place; the place names no body ("National
 * Assembly at Xtown"). Invented articles.
 */
class NumberedSittingAtAPlaceTest {

    @ParameterizedTest(name = "{0} / {1} -> {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "Fourth National Assembly at Xtown#The Fourth National Assembly at Xtown met from 11 July to 6 August 1829.#Fourth_National_Assembly_at_Xtown rdf:type Session#true",
        "Fourth National Assembly at Xtown#The Fourth National Assembly at Xtown met from 11 July to 6 August 1829.#Fourth_National_Assembly_at_Xtown startDate 1829-07-11#true",
        "Fourth National Assembly at Xtown#The Fourth National Assembly at Xtown met from 11 July to 6 August 1829.#Fourth_National_Assembly_at_Xtown sessionOf National_Assembly#true",
        "Fourth National Assembly at Xtown#It was a gathering of delegates that sat in the summer of 1829.#Fourth_National_Assembly_at_Xtown location Xtown#true",
        "Second Velm Congress at Port Ames#The Second Velm Congress at Port Ames was held in 1830 and was convened by the governor.#Second_Velm_Congress_at_Port_Ames ordinal 2#true",
        "Second Velm Congress at Port Ames#The Second Velm Congress at Port Ames was held in 1830.#Velm_Congress_at_Port_Ames rdf:type Legislature#false",
        // no number: a body's name with a place, as it stands
        "Assembly of Notables at Xtown#The Assembly of Notables at Xtown was a council of the realm.#Assembly_of_Notables_at_Xtown rdf:type Session#false",
    })
    void aSittingAndWhereItMet(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= " + title + " =\n\n" + lead + "\n", fact, holds, tmp);
    }
}
