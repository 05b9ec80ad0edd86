package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A verb of choosing writes the person and the office in one run of capitalised words ("elected Tamu Okoro President
 * of the Republic"): the person is a name of its own, the office none, and nothing is born of the two joined. A whole
 * run that is an office ("elected Federal President") or a family name that is a title too ("Rahim Khan") stays as it
 * is. Invented sentences.
 */
class PersonBeforeAnOfficeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Velm Assembly elected Tamu Okoro President of the Republic of Zedland in 1985.|Tamu_Okoro",
        "In 1986 the assembly appointed Karo Benti Prime Minister of Zedland.|Karo_Benti",
        "The Velm Assembly, which elected Ada Lind Chairwoman of the State Council, met twice.|Ada_Lind",
        "On its first day it named Oren Vask Speaker of the Velm Assembly, and then adjourned.|Oren_Vask",
        "The assembly elected Mirel Dan Head of the Provisional Government of Zedland.|Mirel_Dan",
    })
    void thePersonIsNamedApart(String sentence, String person, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Assembly", sentence, tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.contains(person + " rdf:type Person"), text);
        // (nothing named of the person and the office together)
        assertFalse(facts.stream().anyMatch(f -> f.startsWith(person + "_")), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Velm Assembly elected Tamu Okoro President of the Republic of Zedland in 1985.",
        "It elected Tamu Okoro President of the Republic of Zedland, and was dissolved a day later.",
        "Tamu Okoro, whom the assembly elected President of the Republic of Zedland, took office in 1985.",
        "The assembly elected its leader, Tamu Okoro, President of the Republic of Zedland.",
    })
    void theOfficeIsNoOrgan(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Assembly", sentence, tmp);
        String text = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.matches("\\S*President\\S* rdf:type \\S+")), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // a whole office after the verb, or after "the": no one's name is cut from it
        "The assembly elected Federal President Oren Vask in 1950.|Oren_Vask",
        "In 1950 the Reich President Oren Vask signed the act.|Oren_Vask",
        // a title that is a family name too, alone after the name
        "The Velm Act was promulgated by Rahim Khan on 1 March 1962.|Rahim_Khan",
        "The Velm Treaty was signed by Anna King and Oren Vask.|Anna_King",
    })
    void aNameThatHoldsATitleStaysWhole(String sentence, String person, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Assembly", sentence, tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.contains(person + " rdf:type Person"), text);
        assertFalse(facts.stream().anyMatch(f -> f.matches("(Federal|Reich|Rahim|Anna) rdf:type \\S+")), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Xian Council was headed by Tamu Okoro, with Ado Benu, Kiri Vasso and Lemi Oto as deputy chairmen.",
        "It elected Tamu Okoro Chairman of the Xian Council, with Ado Benu, Kiri Vasso and Lemi Oto as vice-chairmen.",
        "The Xian Council was chaired by Tamu Okoro, with Ado Benu, Kiri Vasso and Lemi Oto as members.",
        "Tamu Okoro led the Xian Council, with Ado Benu, Kiri Vasso and Lemi Oto as his deputies.",
    })
    void thoseWithTheChairAreNoChairs(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Assembly", sentence, tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.contains("Xian_Council chair Tamu_Okoro"), text);
        for (String other : new String[] {"Ado_Benu", "Kiri_Vasso", "Lemi_Oto"}) {
            assertFalse(facts.contains("Xian_Council chair " + other), text);
        }
    }
}
