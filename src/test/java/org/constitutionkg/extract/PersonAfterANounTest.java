package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names after a noun only persons are (person-nouns.txt) are persons' names, one or a list of them, with the particles
 * of person-particles.txt inside: "the jurists Karl Brenner and Otto von Feld". Invented sentences in several
 * constructions; a body's name after such a noun stays the body's.
 */
class PersonAfterANounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was drafted with the advice of the jurists Karl Brenner and Otto von Feld.|Karl_Brenner,Otto_von_Feld",
        "The draft, which the lawyer Ivo del Monte wrote in 1888, was adopted in 1889.|Ivo_del_Monte",
        "Among its critics were the writer Anna Vesela, the historian Jan Kolar and the diplomat Emil Brod.|Anna_Vesela,Jan_Kolar,Emil_Brod",
        "Its text was revised by a commission under the politician Petr Hajek in 1901.|Petr_Hajek",
        "In 1890 the generals Karel Novy and Josef Mach demanded its repeal.|Karel_Novy,Josef_Mach",
    })
    void namesAfterAPersonsNoun(String sentence, String persons, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Charter of Zemlia", sentence, tmp);
        String text = String.join("\n", facts);
        for (String p : persons.split(",")) {
            assertTrue(facts.contains(p + " rdf:type Person"), p + "\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 1890 the delegates New Zemlia and Upper Ostria signed the accord.|New_Zemlia",
        "In 1890 the deputies Grand Assembly and State Board met in Ostburg.|Grand_Assembly",
        "It was approved by the leader Social Democratic Party of Zemlia in 1889.|Social_Democratic_Party_of_Zemlia",
    })
    void noBodyOrStateIsAPerson(String sentence, String name, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Charter of Zemlia", sentence, tmp);
        assertFalse(facts.contains(name + " rdf:type Person"), String.join("\n", facts));
    }
}
