package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Head of the Federal Government", "Chief of the General Staff", "Member of the State Council" (office-heads.txt) are
 * offices, no one's name: never a person, nor a chair, in an infobox or in prose. Invented values and sentences.
 */
class HeadOfAnOfficeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Leader: Head of the Federal Government",
        "Chairman: Head of the Federal Military Government",
        "Leader: Chief of the General Staff",
        "Presiding officer: Head of State",
        // a seat of a body is no one either
        "Presiding: Member of the Federal Government",
        "Chairman: Member of the State Council",
    })
    void anInfoboxOfficeIsNoPerson(String field, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Supreme Council of Zemlia", List.of(field), tmp);
        String text = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.matches("(Head|Chief|Member)_of_\\S* rdf:type Person")), text);
        assertFalse(facts.stream().anyMatch(f -> f.matches("\\S+ chair (Head|Chief|Member)_of_\\S*")), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "It was chaired by the Head of the Federal Government.",
        "The Head of the Federal Government presided over it.",
        "Its meetings, which the Chief of the General Staff chaired, were secret.",
        "It was led by the Head of State from 1966 to 1979.",
    })
    void aProseOfficeIsNoPerson(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Supreme Council of Zemlia", sentence, tmp);
        String text = String.join("\n", facts);
        // (the council is read, only its chair is none)
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Supreme_Council_of_Zemlia rdf:type")), text);
        assertFalse(facts.stream().anyMatch(f -> f.matches("(Head|Chief)_of_\\S* rdf:type Person")), text);
        assertFalse(facts.stream().anyMatch(f -> f.matches("\\S+ chair (Head|Chief)_of_\\S*")), text);
    }
}
