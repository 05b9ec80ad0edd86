package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The frames of {@code frames.tsv}, checked when they are loaded: a row that names a property or class the
 * ontology does not declare fails at start, not silently.
 * <pre>
 *   Frames f = Frames.of(rows, p -&gt; ontologyHasProperty(p), c -&gt; ontologyHasClass(c));
 *   f.mayMatch("the council was abolished in 1934");   // true: "abolished" is a form of a frame's verb
 * </pre>
 */
public final class Frames {

    /** The dates a frame may give by role (roles.tsv resolves each by the class of what it dates). */
    private static final List<String> DATE_ROLES = List.of("START", "END", "SPAN", "SIGNING", Frame.SESSION);

    private final Map<String, Frame> byLemma = new HashMap<>();
    private final java.util.Set<String> forms = new java.util.HashSet<>();

    private Frames() {
    }

    /** The ontology's properties and classes, which the rows of the files read after frames.tsv are checked against. */
    private Predicate<String> isProperty = p -> false;
    private Predicate<String> isClass = c -> false;

    /**
     * @param rows       the rows of {@code frames.tsv} (lemma, date, property, direction, agent, irregular forms,
     *                   and optionally a preposition)
     * @param isProperty whether a ckg: property of that local name is declared
     * @param isClass    whether a ckg: class of that local name is declared
     */
    public static Frames of(List<String[]> rows, Predicate<String> isProperty, Predicate<String> isClass) {
        return of(rows, isProperty, isClass, r -> false);
    }

    /**
     * As {@link #of(List, Predicate, Predicate)}, a date column may name a role of roles.tsv too ({@code isRole}):
     * "PROCLAIMED" dates what is proclaimed by its class (a charter's publication, a state's founding, a person's
     * nothing).
     */
    public static Frames of(List<String[]> rows, Predicate<String> isProperty, Predicate<String> isClass,
            Predicate<String> isRole) {
        Frames f = new Frames();
        f.isProperty = isProperty;
        f.isClass = isClass;
        for (String[] r : rows) {
            if (r.length < 6) {
                throw new IllegalStateException("frames.tsv: expected 6 tab-separated columns: " + String.join("\t", r));
            }
            String lemma = r[0].strip().toLowerCase(Locale.ROOT);
            String date = none(r[1]);
            String property = none(r[2]);
            if (date != null && !DATE_ROLES.contains(date) && !isRole.test(date) && !isProperty.test(date)) {
                throw new IllegalStateException("frames.tsv: " + lemma + ": unknown date property ckg:" + date);
            }
            if (property != null && !property.equals(Frame.ALIAS) && !isProperty.test(property)) {
                throw new IllegalStateException("frames.tsv: " + lemma + ": unknown property ckg:" + property);
            }
            String direction = r[3].strip();
            if (!direction.equals("forward") && !direction.equals("backward")) {
                throw new IllegalStateException("frames.tsv: " + lemma + ": direction is forward or backward, not "
                        + direction);
            }
            String agent = r[4].strip();
            java.util.Map<String, String> byAgent = new java.util.LinkedHashMap<>();
            List<String> classes = new ArrayList<>();
            for (String c : agent.split("\\|")) {
                int eq = c.indexOf('=');
                if (eq > 0) { // "Polity=party": an agent of that class stands in another property
                    String other = c.substring(eq + 1);
                    c = c.substring(0, eq);
                    if (!isProperty.test(other)) {
                        throw new IllegalStateException("frames.tsv: " + lemma + ": unknown property ckg:" + other);
                    }
                    byAgent.put(c, other);
                }
                if (!c.equals("*") && !c.equals("Person") && !c.equals(Frame.SAME) && !isClass.test(c)) {
                    throw new IllegalStateException("frames.tsv: " + lemma + ": unknown class ckg:" + c);
                }
                classes.add(c);
            }
            agent = String.join("|", classes);
            String verb = lemma.contains(" ") ? lemma.substring(0, lemma.indexOf(' ')) : lemma;
            List<String> forms = new ArrayList<>(regularForms(verb));
            for (String s : r[5].split(",")) {
                if (!s.isBlank() && !s.strip().equals("-")) {
                    forms.add(s.strip().toLowerCase(Locale.ROOT));
                }
            }
            String preposition = r.length > 6 ? none(r[6]) : null;
            Frame frame = new Frame(lemma, date, property, direction.equals("forward"), agent, List.copyOf(forms),
                    preposition == null ? null : preposition.toLowerCase(Locale.ROOT), java.util.Map.copyOf(byAgent));
            Frame first = f.byLemma.putIfAbsent(lemma, frame);
            if (first != null) {
                // one verb, two meanings told apart by the preposition ("based in X": a place; "based on X": a model);
                // the first row may have none, the meaning of the verb with any other ("promulgated on 3 May" a
                // date; "promulgated as Law No. 5" a name)
                if (frame.preposition() == null || first.preposition() != null
                        && !java.util.Collections.disjoint(prepositions(first), prepositions(frame))) {
                    throw new IllegalStateException("frames.tsv: " + lemma
                            + " is in two rows that no preposition tells apart");
                }
                f.byPreposition.computeIfAbsent(lemma, k -> new ArrayList<>(List.of(first))).add(frame);
                f.forms.addAll(forms);
                forms.forEach(w -> f.byForm.putIfAbsent(w, first)); // (forPreposition picks the row)
                continue;
            }
            f.forms.addAll(forms);
            if (lemma.equals(verb)) {
                forms.forEach(w -> f.byForm.putIfAbsent(w, frame));
            } else {
                // "set up", "came into being": found by the verb's lemma or one of its forms, then its words after
                f.phrasal.computeIfAbsent(verb, k -> new ArrayList<>()).add(frame);
                forms.forEach(w -> f.phrasal.computeIfAbsent(w, k -> new ArrayList<>()).add(frame));
            }
        }
        return f;
    }

    /** The regular forms of a verb: "abolish, abolishes, abolished, abolishing"; "ratify, ratifies, ratified". */
    static List<String> regularForms(String lemma) {
        List<String> out = new ArrayList<>(List.of(lemma));
        boolean e = lemma.endsWith("e");
        boolean y = lemma.endsWith("y") && lemma.length() > 1 && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
        String stem = y ? lemma.substring(0, lemma.length() - 1) + "i" : lemma;
        boolean sibilant = lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x");
        out.add(y ? stem + "es" : sibilant ? lemma + "es" : lemma + "s");
        out.add(e ? lemma + "d" : stem + "ed");
        out.add((e ? lemma.substring(0, lemma.length() - 1) : lemma) + "ing");
        return out;
    }

    private static String none(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? null : t;
    }

    /**
     * Adds the nouns that name a frame's event ("abolition" → abolish, "replacement" → replace): rows of a noun
     * (singular, lower case) and a frame's verb lemma. A verb that has no frame fails at start.
     */
    public Frames withNouns(List<String[]> rows) {
        for (String[] r : rows) {
            if (r.length < 2) {
                throw new IllegalStateException("nominalizations.tsv: expected noun and verb: " + String.join("\t", r));
            }
            String noun = r[0].strip().toLowerCase(Locale.ROOT);
            Frame f = byLemma.get(r[1].strip().toLowerCase(Locale.ROOT));
            if (f == null) {
                throw new IllegalStateException("nominalizations.tsv: " + noun + ": no frame for the verb " + r[1].strip());
            }
            nouns.put(noun, f);
            forms.add(noun);
            String date = r.length > 2 ? none(r[2]) : null;
            if (date != null) {
                if (!DATE_ROLES.contains(date)) {
                    throw new IllegalStateException("nominalizations.tsv: " + noun + ": date is START, END or SPAN");
                }
                nounDates.put(noun, date);
            }
        }
        return this;
    }

    /**
     * Adds the nouns of an office ("chairman" → chair): rows of a noun and a frame's verb lemma, and the qualifiers
     * that make a noun another office ("deputy"). A verb that has no frame fails at start. A noun no verb says may
     * name its property itself ("session	ckg:sessionOf	Session": what holds the noun stands in the property to what
     * it is of, when it is of the class given); an unknown property or class fails at start.
     */
    public Frames withRoleNouns(List<String[]> rows, Set<String> otherOffice) {
        notRole.addAll(otherOffice);
        for (String[] r : rows) {
            String noun = r[0].strip().toLowerCase(Locale.ROOT);
            Frame f = r.length < 2 ? null : r[1].strip().startsWith("ckg:") ? ownFrame(noun, r)
                    : byLemma.get(r[1].strip().toLowerCase(Locale.ROOT));
            if (f == null) {
                throw new IllegalStateException("role-nouns.tsv: " + noun + ": no frame for the verb "
                        + (r.length < 2 ? "(none)" : r[1].strip()));
            }
            roleNouns.put(noun, f);
            String last = noun.substring(noun.lastIndexOf(' ') + 1);
            forms.add(last); // only a sentence holding one is annotated
            forms.add(last.endsWith("man") ? last.substring(0, last.length() - 3) + "men" : last + "s");
        }
        return this;
    }

    /** The frame of a role noun that names its property: forward, from what holds it to what it is of. */
    private Frame ownFrame(String noun, String[] r) {
        String property = r[1].strip().substring(4);
        String agent = r.length > 2 ? r[2].strip() : "*";
        if (!isProperty.test(property)) {
            throw new IllegalStateException("role-nouns.tsv: " + noun + ": unknown property ckg:" + property);
        }
        if (!agent.equals("*") && !isClass.test(agent)) {
            throw new IllegalStateException("role-nouns.tsv: " + noun + ": unknown class ckg:" + agent);
        }
        return new Frame(noun, null, property, true, agent, List.of(), null);
    }

    private final Map<String, Frame> roleNouns = new HashMap<>();
    private final Set<String> notRole = new java.util.HashSet<>();

    /** Qualifiers before a noun of office that make it another office ("deputy chairman"), in lower case. */
    public Set<String> notRole() {
        return notRole;
    }

    /** The nouns of office or part whose frame states the ckg: property ("chair" → chairman, president...). */
    public Set<String> roleNouns(String property) {
        Set<String> out = new java.util.HashSet<>();
        roleNouns.forEach((noun, f) -> {
            if (property.equals(f.property())) {
                out.add(noun);
            }
        });
        return Set.copyOf(out);
    }

    /** The frame that holding an office states ("chairman" → chair), or empty. */
    public Optional<Frame> byRoleNoun(String noun) {
        return Optional.ofNullable(roleNouns.get(noun.toLowerCase(Locale.ROOT)));
    }

    private final Map<String, Frame> nouns = new HashMap<>();
    private final Map<String, Frame> byForm = new HashMap<>();

    /** The frame one of whose verb forms the word is ("dubbed", "sat"), or empty. */
    public Optional<Frame> byForm(String word) {
        return Optional.ofNullable(byForm.get(word.toLowerCase(Locale.ROOT)));
    }
    private final Map<String, String> nounDates = new HashMap<>();

    /** What a date dates when it is a noun's and not its verb's ("replacement in 1958": the end), or empty. */
    public Optional<String> nounDate(String noun) {
        return Optional.ofNullable(nounDates.get(noun.toLowerCase(Locale.ROOT)));
    }

    /** The frame whose event a noun names ("abolition"), or empty. */
    public Optional<Frame> byNoun(String noun) {
        return Optional.ofNullable(nouns.get(noun.toLowerCase(Locale.ROOT)));
    }

    private final Map<String, List<Frame>> phrasal = new HashMap<>();

    /**
     * The frames of several words whose verb has this lemma or word form ("set", "came"), with the words that must
     * follow it; the longest first is the caller's to pick.
     */
    public List<Frame> phrasal(String lemmaOrForm) {
        return phrasal.getOrDefault(lemmaOrForm.toLowerCase(Locale.ROOT), List.of());
    }

    private final Map<String, List<Frame>> byPreposition = new HashMap<>();

    private static List<String> prepositions(Frame f) {
        return List.of(f.preposition().replace("?", "").split("\\|"));
    }

    /** Whether a frame's verb has several rows, told apart by their prepositions ("based in", "based on"). */
    public boolean toldApartByPreposition(Frame f) {
        return byPreposition.containsKey(f.lemma());
    }

    /**
     * The row of a frame's verb whose preposition is the one its clause has ("based in X" a place, "based on X" a
     * model), when the verb has rows told apart so; else the frame itself.
     */
    public Frame forPreposition(Frame f, String preposition) {
        if (preposition == null) {
            return f;
        }
        for (Frame other : byPreposition.getOrDefault(f.lemma(), List.of())) {
            if (other.preposition() != null && prepositions(other).contains(preposition.toLowerCase(Locale.ROOT))) {
                return other;
            }
        }
        return f;
    }

    /** The frame of a lemma, or empty. */
    public Optional<Frame> byLemma(String lemma) {
        return Optional.ofNullable(byLemma.get(lemma));
    }

    /** Whether a sentence (in lower case) holds a form of a frame's verb: only then is it annotated. */
    public boolean mayMatch(String lowerSentence) {
        int n = lowerSentence.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(lowerSentence.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(lowerSentence.charAt(i))) {
                i++;
            }
            if (i > start && forms.contains(lowerSentence.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return byLemma.size();
    }
}
