package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cheap test {@link ProseRule#mayMatch} that spares sentences a rule's expression. */
class ProseRuleTest {

    @ParameterizedTest(name = "{0} needs {1}")
    @CsvSource(delimiter = ';', value = {
            "{REF:s} (?:[^.]*? that )?(?:took place|met) in {NAME:p}           ; [[took place in , met in ]]",
            "{SUBJ:s} (?:was|is) (?:[a-z]+ )?based (?:on|upon) {THE}{NAME+:o}   ; [[based on , based upon ]]",
            "{SUBJ:s} [^.]*?\\b(?:ratified|confirmed) by {THE}{NAME+:o}          ; [[ratified by , confirmed by ]]",
            "[Cc]onstitutions? of {NAME:o}                                      ; [[onstitution]]",
            "^(?:In|During|On) {DATE:d},? {THE}{REF:s} (?:was|were) abolished   ; [[ was abolished,  were abolished]]",
            "{NAME:a}: a body which was accountable to                          ; [[ a body which was accountable to]]",
            "{REF:s} (?:met|sat)                                                ; [[ met,  sat]]",
            "{REF:s} (?:on |in )?{DATE:d}                                       ; []",
            "{REF:s} was founded|{REF:s} was created                            ; []",
    })
    void requiredPhrases(String when, String expected) {
        assertEquals(expected, ProseRule.requiredPhrases(when.strip()).toString());
    }

    @Test
    void everyRuleMayMatchItsExample() {
        for (ProseRule r : ProseRule.load(Lexicon.get())) {
            assertTrue(r.pattern().matcher(r.example()).find(), r.id() + " matches its example");
            assertTrue(r.mayMatch(r.example().toLowerCase(Locale.ROOT)), r.id() + " may match its example");
        }
    }
}
