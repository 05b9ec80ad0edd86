package org.constitutionkg.extract.prose;

import org.constitutionkg.extract.Lexicon;
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
        assertEquals(expected, ProseRule.required(when.strip()).phrases().toString());
    }

    @ParameterizedTest(name = "{0} needs a digit: {1}")
    @CsvSource(delimiter = ';', value = {
            "^{NAME:s},? {DATE:d}$                          ; true",
            "{REF:s} was held from {DATES:d}                ; true",
            "{REF:s} was held(?: on {DATE:d})?              ; false",
            "{REF:s} was held {DATE:d}?                     ; false",
            "{SUBJ:s} had {NUM:n} members                   ; false",
            "{SUBJ:s} was held on {DATE:d}|{SUBJ:s} was met ; false",
    })
    void datesNeedADigit(String when, boolean digit) {
        assertEquals(digit, ProseRule.required(when.strip()).digit());
    }

    @Test
    void aSentenceWithoutADigitStatesNoDate() {
        ProseRule.Needs needs = ProseRule.required("{NAME:s},? {DATE:d}");
        assertTrue(needs.metBy("congress of soviets, 5 december 1936"));
        assertTrue(needs.metBy("congress of soviets, ٥ december ١٩٣٦"));
        assertEquals(false, needs.metBy("congress of soviets, december"));
    }

    @Test
    void everyRuleMayMatchItsExample() {
        for (ProseRule r : ProseRule.load(Lexicon.get())) {
            assertTrue(r.pattern().matcher(r.example()).find(), r.id() + " matches its example");
            assertTrue(r.mayMatch(r.example().toLowerCase(Locale.ROOT)), r.id() + " may match its example");
        }
    }
}
