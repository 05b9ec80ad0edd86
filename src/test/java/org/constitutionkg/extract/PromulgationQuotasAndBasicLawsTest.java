package org.constitutionkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An infobox's "Promulgated" is the adoption unless another key gives that ("Passed", "Adopted"), then the
 * publication; "Passed by" adopts, "Promulgated by" signs. A count after "each of ..." is a quota, no size. A "Basic
 * Law on X" is a law on one matter, a "Basic Law of X" a constitution. Invented names and values.
 */
class PromulgationQuotasAndBasicLawsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Promulgated: 4 March 1848#Act_IV_of_Velmia adopted 1848-03-04#true",
        "Promulgated: 4 March 1848|Passed: 1 March 1848#Act_IV_of_Velmia adopted 1848-03-01#true",
        "Promulgated: 4 March 1848|Passed: 1 March 1848#Act_IV_of_Velmia published 1848-03-04#true",
        "Promulgated: 4 March 1848|Passed: 1 March 1848#Act_IV_of_Velmia adopted 1848-03-04#false",
        "Adopted: 1 March 1848|Promulgated: 1848-03-04#Act_IV_of_Velmia published 1848-03-04#true",
        "Passed by: Velm Diet#Act_IV_of_Velmia adoptedBy Velm_Diet#true",
        "Promulgated by: King Ivo III#Act_IV_of_Velmia signedBy Ivo_III#true",
    })
    void promulgatedAndPassed(String fields, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Act IV of Velmia", List.of(fields.split("\\|")), tmp);
        assertEquals(holds, facts.contains(fact), () -> fact + "\n" + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "It had 300 members in two chambers, in which each of the two republics had 75 deputies.#Federal_Assembly_of_Velmia memberCount 75#false",
        "It had 300 members in two chambers, in which each of the two republics had 75 deputies.#Federal_Assembly_of_Velmia memberCount 300#true",
        "Each of its 12 provinces sent five deputies to it.#Federal_Assembly_of_Velmia memberCount 5#false",
        "Each of the three estates elected 40 members.#Federal_Assembly_of_Velmia memberCount 40#false",
    })
    void quotasAreNoSize(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Federal Assembly of Velmia", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "In 1918 the council adopted the Basic Law on the Use of Land.#Basic_Law_on_the_Use_of_Land rdf:type Constitution#false",
        "In 1918 the council adopted the Basic Law on the Use of Land.#Basic_Law_on_the_Use_of_Land adopted 1918#true",
        "In 1918 the council adopted the Fundamental Law concerning the Press.#Fundamental_Law_concerning_the_Press rdf:type Constitution#false",
        "In 1918 the council adopted the Basic Law of Velmia.#Basic_Law_of_Velmia rdf:type Constitution#true",
    })
    void basicLawsOnAMatter(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Council", sentence, fact, holds, tmp);
    }
}
