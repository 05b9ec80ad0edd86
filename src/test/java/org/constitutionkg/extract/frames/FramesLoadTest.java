package org.constitutionkg.extract.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.constitutionkg.extract.Lexicon;
import org.junit.jupiter.api.Test;

/** frames.tsv is checked against the ontology when it is loaded: a row that names an unknown term fails at start. */
class FramesLoadTest {

    private static final Set<String> PROPERTIES = Set.of("chair", "precededBy", "disbanded");
    private static final Set<String> CLASSES = Set.of("Person", "StateOrgan");

    private static Frames load(String... row) {
        return Frames.of(List.<String[]>of(row), PROPERTIES::contains, CLASSES::contains);
    }

    @Test
    void theShippedFramesLoad() {
        assertTrue(Lexicon.get().frames().size() >= 20);
    }

    @Test
    void anUnknownPropertyFails() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> load("head", "-", "chairedBy", "backward", "Person", "head"));
        assertTrue(e.getMessage().contains("unknown property ckg:chairedBy"), e.getMessage());
    }

    @Test
    void anUnknownDatePropertyFails() {
        assertThrows(IllegalStateException.class, () -> load("abolish", "ended", "-", "forward", "*", "abolish"));
    }

    @Test
    void anUnknownClassOrDirectionFails() {
        assertThrows(IllegalStateException.class, () -> load("head", "-", "chair", "backward", "Human", "head"));
        assertThrows(IllegalStateException.class, () -> load("head", "-", "chair", "sideways", "Person", "head"));
        assertThrows(IllegalStateException.class, () -> load("head", "-", "chair"));
    }

    @Test
    void aVerbOfTwoRowsIsToldApartByItsPreposition() {
        Frames f = Frames.of(List.of(new String[] {"sit", "-", "chair", "forward", "*", "sat", "in|at"},
                new String[] {"sit", "-", "precededBy", "forward", "*", "sat", "on"}), PROPERTIES::contains,
                CLASSES::contains);
        Frame in = f.byLemma("sit").orElseThrow();
        assertEquals("chair", f.forPreposition(in, "at").property());
        assertEquals("precededBy", f.forPreposition(in, "On").property());
        assertEquals("chair", f.forPreposition(in, "under").property(), "no row of that preposition: the first");
        assertEquals("chair", f.forPreposition(in, null).property());
        // two rows that no preposition tells apart fail at start
        assertThrows(IllegalStateException.class, () -> Frames.of(List.of(
                new String[] {"sit", "-", "chair", "forward", "*", "sat", "in|at"},
                new String[] {"sit", "-", "precededBy", "forward", "*", "sat", "at"}), PROPERTIES::contains,
                CLASSES::contains));
        assertThrows(IllegalStateException.class, () -> Frames.of(List.of(
                new String[] {"head", "-", "chair", "backward", "Person", "-", "on"},
                new String[] {"head", "-", "precededBy", "forward", "*", "-"}), PROPERTIES::contains,
                CLASSES::contains));
        assertThrows(IllegalStateException.class, () -> Frames.of(List.of(
                new String[] {"head", "-", "chair", "backward", "Person", "-"},
                new String[] {"head", "-", "precededBy", "forward", "*", "-"}), PROPERTIES::contains,
                CLASSES::contains));
        // a first row of no preposition is the verb's meaning with any other ("promulgated on 3 May", "promulgated
        // as Law No. 5")
        Frames d = Frames.of(List.of(new String[] {"head", "-", "chair", "backward", "Person", "-"},
                new String[] {"head", "-", "precededBy", "forward", "*", "-", "on"}), PROPERTIES::contains,
                CLASSES::contains);
        Frame head = d.byLemma("head").orElseThrow();
        assertEquals("precededBy", d.forPreposition(head, "on").property());
        assertEquals("chair", d.forPreposition(head, "in").property());
        assertEquals("chair", d.forPreposition(head, null).property());
    }

    @Test
    void aDateColumnMayNameARole() {
        assertThrows(IllegalStateException.class, () -> load("proclaim", "PROCLAIMED", "-", "forward", "*", "-"));
        Frames f = Frames.of(List.<String[]>of(new String[] {"proclaim", "PROCLAIMED", "-", "forward", "*", "-"}),
                PROPERTIES::contains, CLASSES::contains, "PROCLAIMED"::equals);
        assertEquals("PROCLAIMED", f.byLemma("proclaim").orElseThrow().date());
    }

    @Test
    void theStemsFilterSentences() {
        Frames f = load("abolish", "END", "-", "forward", "*", "abolish");
        assertEquals(1, f.size());
        assertTrue(f.mayMatch("the council was abolished in 1934."));
        assertFalse(f.mayMatch("the council met in 1934."));
        assertFalse(f.mayMatch("the abolishment league"), "only the verb's forms");
        assertTrue(f.mayMatch("abolishing it"));
        assertEquals(List.of("ratify", "ratifies", "ratified", "ratifying"), Frames.regularForms("ratify"));
        assertEquals(List.of("dissolve", "dissolves", "dissolved", "dissolving"), Frames.regularForms("dissolve"));
        assertEquals(List.of("abolish", "abolishes", "abolished", "abolishing"), Frames.regularForms("abolish"));
    }
}
