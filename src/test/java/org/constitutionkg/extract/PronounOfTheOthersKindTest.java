package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "It" of a frame between two things of one kind ("replaced", "followed", "superseded") under a heading on another
 * thing is the article's subject when the heading's thing is of another kind than the named successor and the
 * subject is of its kind: a constitution, not the assembly its section speaks of, is replaced by a constitution; an
 * assembly, not the charter a section speaks of, is followed by an assembly. Invented articles, several constructions.
 */
class PronounOfTheOthersKindTest {

    private static final String CHARTER = "= 1958 Charter of Eastmark =\n\nThe 1958 Charter of Eastmark was the second "
            + "charter of Eastmark, adopted by the Grand Diet on 3 May 1958.\n\n== Grand Diet ==\nUnder the charter, "
            + "the Grand Diet of Eastmark was divided into two chambers. ";

    private static final String COUNCIL = "= Founding Council of Eastmark =\n\nThe Founding Council of Eastmark was the "
            + "assembly that drafted the charter of Eastmark in 1950.\n\n== The charter ==\nThe 1950 Charter of Eastmark "
            + "was adopted by the council on 8 May 1950. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was amended in 1961, before it was replaced by the 1970 Charter of Eastmark on 1 June 1970.#1958_Charter_of_Eastmark succeededBy 1970_Charter_of_Eastmark#true",
        "It was replaced by the 1970 Charter of Eastmark on 1 June 1970.#1958_Charter_of_Eastmark repealed 1970-06-01#true",
        "In 1970 it was superseded by the 1970 Charter of Eastmark.#1958_Charter_of_Eastmark succeededBy 1970_Charter_of_Eastmark#true",
        "It was replaced by the 1970 Charter of Eastmark on 1 June 1970.#Grand_Diet_of_Eastmark disbanded 1970-06-01#false",
    })
    void aConstitutionNotTheSectionsAssembly(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(CHARTER + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The council thereby ended its work; it was followed by the National Assembly of Eastmark.#Founding_Council_of_Eastmark succeededBy National_Assembly_of_Eastmark#true",
        "It was succeeded by the National Assembly of Eastmark, which met in 1951.#Founding_Council_of_Eastmark succeededBy National_Assembly_of_Eastmark#true",
        // a successor of the section's own kind keeps the usual reading
        "It was replaced by the 1962 Charter of Eastmark.#1950_Charter_of_Eastmark succeededBy 1962_Charter_of_Eastmark#true",
    })
    void anAssemblyNotTheSectionsCharter(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(COUNCIL + sentence + "\n", fact, holds, tmp);
    }
    private static final String ASSEMBLY = "= Founding Assembly of Eastmark =\n\nThe Founding Assembly of Eastmark was the "
            + "assembly elected in 1975 to draft a charter. ";

    /** "It" of a date only instruments have (effective) is the instrument spoken of last, not the assembly. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Charter of Eastmark was approved by the assembly on 2 April 1976. It came into force on 25 April 1976.#Charter_of_Eastmark effective 1976-04-25#true",
        "The assembly approved the Charter of Eastmark on 2 April 1976, and it entered into force on 25 April 1976.#Charter_of_Eastmark effective 1976-04-25#true",
        "The Charter of Eastmark, which the assembly approved on 2 April 1976, was published at once. It came into effect on 25 April 1976.#Charter_of_Eastmark effective 1976-04-25#true",
        "The Charter of Eastmark was approved by the assembly on 2 April 1976. It came into force on 25 April 1976.#Founding_Assembly_of_Eastmark effective 1976-04-25#false",
    })
    void aDateOfInstrumentsGoesToTheInstrument(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle(ASSEMBLY + sentence + "\n", fact, holds, tmp);
    }
}
