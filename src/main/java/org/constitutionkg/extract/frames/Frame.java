package org.constitutionkg.extract.frames;

import java.util.List;

/**
 * One row of {@code frames.tsv}: a verb lemma and what its clause states (see the file's header).
 *
 * @param lemma      the verb's lemma, with the words that follow it for a verb of several words ("set up", "come
 *                   into being")
 * @param date       what a date in the clause dates on the patient: START, END, SPAN, {@link #SESSION} (of a frame
 *                   with a preposition: the subject's), a ckg: property, or null
 * @param property   the ckg: property between agent and patient, or null
 * @param forward    (agent, property, patient) when true, else (patient, property, agent)
 * @param agentClass the class the agent's name must have for the property, "Person", or "*"
 * @param forms      the verb's word forms (regular ones made from the lemma, irregular ones from the file)
 * @param preposition for an adjective or a verb with a prepositional object ("accountable to", "consisted of"): the
 *                   preposition before the second argument, which the subject stands in the property to; else null
 * @param byAgent    another property for an agent of a class ("Polity" → "party": a treaty signed by a state has it
 *                   as a party, one signed by a person as a signatory); empty for most frames
 */
public record Frame(String lemma, String date, String property, boolean forward, String agentClass,
        List<String> forms, String preposition, java.util.Map<String, String> byAgent) {

    public Frame(String lemma, String date, String property, boolean forward, String agentClass, List<String> forms,
            String preposition) {
        this(lemma, date, property, forward, agentClass, forms, preposition, java.util.Map.of());
    }

    /**
     * The property this frame states for an agent of that class (or of no known class: a person's, when persons have
     * their own property, as "Person" in the agent column takes a name of no class).
     */
    public String propertyFor(String agentClass) {
        if (agentClass == null && byAgent.containsKey("Person")) {
            return byAgent.get("Person");
        }
        if (agentClass != null) {
            for (var e : byAgent.entrySet()) {
                if (org.constitutionkg.extract.OntologyClasses.get().isA(agentClass, e.getKey())) {
                    return e.getValue();
                }
            }
        }
        return property;
    }

    /** The property a frame of naming has: its agent is another name of its patient. */
    public static final String ALIAS = "ALIAS";

    /**
     * The agent class of a naming whose name must be of the named thing's known class ("The First Chamber, or Chamber
     * of Lords,": two names of one chamber; not "the Senate, or the Council of State," nor two persons' names, which no
     * class tells apart).
     */
    public static final String GLOSSED = "GLOSSED";

    /** The agent class of a frame whose agent must be of the patient's kind (an instrument succeeds an instrument). */
    public static final String SAME = "SAME";

    /**
     * The date role of a meeting's frames ("held", "met", "took place"): a date or a span in the clause dates the
     * meeting held (the subject, or the active object: "the Tsar convened the Duma"), not the place its preposition
     * names; a session's start and end, nothing of an organ that met.
     */
    public static final String SESSION = "SESSION";

    /** Whether this frame dates a meeting ({@link #SESSION}). */
    public boolean datesMeeting() {
        return SESSION.equals(date);
    }

    /** The verb of a lemma of several words ("set" of "set up", "come" of "come into being"), or the lemma. */
    public String verb() {
        int sp = lemma.indexOf(' ');
        return sp < 0 ? lemma : lemma.substring(0, sp);
    }

    /** The words that follow the verb in a lemma of several words ("up", "into being"); empty for one verb. */
    public List<String> particle() {
        int sp = lemma.indexOf(' ');
        return sp < 0 ? List.of() : List.of(lemma.substring(sp + 1).split(" "));
    }

    /** Whether this is a frame of naming ("known as", "called"). */
    public boolean isAlias() {
        return ALIAS.equals(property);
    }
}
