package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Relative clauses on a predicate noun and pronoun objects (stop 34, invented names): "X was a law that the Diet
 * adopted" has X adopted by the Diet, whatever the relative word and article; an "it" after a verb that shares its
 * subject with the verb before ("It was elected by Y and was accountable to it") is the other thing, never the
 * subject itself; a lead "X was a law adopted by Y" says a law; the second of two subjects joined by ", and" keeps
 * its relative clause to itself ("A, and the B that had elected it, ceased to exist": both ended, A did not end
 * as "it").
 */
class RelativesAndPronounObjectsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Velm Supplement was a supplementary law that the Federal Diet adopted on 8 July 1820.#Velm_Supplement adoptedBy Federal_Diet",
        "true#The Velm Supplement was a supplementary law which the Federal Diet adopted on 8 July 1820.#Velm_Supplement adoptedBy Federal_Diet",
        "true#The Velm Supplement was the law that the Federal Diet passed in 1820.#Velm_Supplement adoptedBy Federal_Diet",
        "true#The Velm Supplement was a supplementary law adopted by the Federal Diet on 8 July 1820.#Velm_Supplement adoptedBy Federal_Diet",
        "true#The Velm Supplement was a supplementary law adopted by the Federal Diet on 8 July 1820.#Velm_Supplement rdf:type LegalInstrument",
        "false#The Velm Supplement was a supplementary law adopted by the Federal Diet on 8 July 1820.#Velm_Supplement rdf:type Person",
        "false#The Velm Supplement, which the Federal Diet adopted on 8 July 1820, extended the charter.#Velm_Supplement rdf:type Person",
        "true#The Velm Supplement, which the Federal Diet adopted on 8 July 1820, extended the charter.#Velm_Supplement rdf:type LegalInstrument",
        "true#The Velm Supplement, which the Federal Diet adopted on 8 July 1820, extended the charter.#Velm_Supplement adopted 1820-07-08",
        "false#The Velm Supplement was adopted in 1820. The successor of the Velm Act was a law that the Federal Diet adopted in 1830.#Velm_Act adoptedBy Federal_Diet",
    })
    void predicateNounsTakeRelatives(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Velm Supplement", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The Folk Diet was the assembly that the Charter of Norlia established in 1920.#Charter_of_Norlia establishes Folk_Diet",
        "true#The Folk Diet was an assembly that the Charter of Norlia set up in 1920.#Charter_of_Norlia establishes Folk_Diet",
    })
    void definiteAndIndefinite(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Folk Diet", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The council was set up in 1922. It was elected by the Great Diet and was accountable to it.#Union_Council accountableTo Great_Diet",
        "true#The council was set up in 1922. It was chosen by the Great Diet, and was answerable to it.#Union_Council accountableTo Great_Diet",
        "true#The council was set up in 1922. Elected by the Great Diet, it was accountable to it.#Union_Council accountableTo Great_Diet",
        "true#The council was elected by the Great Diet from among its own deputies and was responsible to it.#Union_Council accountableTo Great_Diet",
        "false#The council was the highest organ, and all other bodies were subordinate to it.#Great_Diet accountableTo Union_Council",
    })
    void pronounObjectsAreTheOther(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Union Council", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The session opened in 1944. The Small Diet, and the Great Diet that had elected it, ceased to exist in 1945.#Small_Diet disbanded 1945",
        "false#The session opened in 1944. The Small Diet, and the Great Diet that had elected it, ceased to exist in 1945.#Extraordinary_Session_of_the_Small_Diet endDate 1945",
        "false#The session opened in 1944. The Small Diet, and the Great Diet which elected it, were dissolved in 1945.#Extraordinary_Session_of_the_Small_Diet endDate 1945",
    })
    void coordinatedSubjectsKeepTheirRelatives(boolean holds, String text, String fact, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Extraordinary Session of the Small Diet", text, fact, holds, tmp);
    }
}
