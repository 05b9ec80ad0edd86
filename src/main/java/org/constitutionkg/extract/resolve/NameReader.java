package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.SubjectRef;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.frames.Frame;
import org.constitutionkg.extract.text.Patterns;

/**
 * Reads a name as the article it stands in has it, for {@link EntityResolver} and its helpers: its normalised
 * words, its class (the article's subject class for the subject), the state it ends with ("Council of Ministers of
 * the Soviet Union" → "Soviet Union") or implies ("Hungarian Constitution of 1949" → Hungary), and, for a session's
 * name, the name of the body it is a session of. What a name says depends on the abbreviations of its article
 * ("USSR"), which it looks up by the article's id, so every answer is kept per name and article abbreviations: the
 * resolver asks the same many times.
 */
final class NameReader {

    /** What is left of a name's head when its state is cut off: "... of the". */
    private static final Pattern TRAILING_OF = Pattern.compile("\\s+of( the)?\\s*$");
    static final Pattern OF = Pattern.compile(" of ");

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final Map<String, Facts> byId = new LinkedHashMap<>();
    private final Map<NameIn, List<String>> words = new HashMap<>();

    NameReader(Lexicon lexicon, Normalizer normalizer, List<Facts> all) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        all.forEach(f -> byId.put(f.article().id(), f));
    }

    /** The facts of an article, by its id. */
    Facts facts(String articleId) {
        return byId.get(articleId);
    }

    /** The abbreviations an article defines ("USSR": "Union of Soviet Socialist Republics"), by its id. */
    Map<String, String> local(String articleId) {
        Facts f = byId.get(articleId);
        return f == null ? Map.of() : f.abbreviations();
    }

    /** The normalised words of a name, computed once per name and article abbreviations. */
    List<String> words(String name, Map<String, String> local) {
        return words.computeIfAbsent(new NameIn(name, local), k -> normalizer.words(name, local));
    }

    /** What stands before the state a name ends with, without its "of (the)": "Council of Ministers". */
    static String headBefore(String name, String tail) {
        return TRAILING_OF.matcher(name.substring(0, name.lastIndexOf(tail))).replaceAll("");
    }

    /** A remark in brackets inside a name, with a word after it. */
    private static final Pattern INNER_REMARK = Pattern.compile("\\s*\\([^()]*\\)(?=\\s+\\S)");

    /** Words of a sitting named by its occasion instead of a number (session-occasions.txt). */
    private static final java.util.Set<String> OCCASIONS = Lexicon.lowerWords("session-occasions.txt");

    /**
     * The name of the body a session's name names: "Fourth Congress of Soviets" → "Congress of Soviets", "Third
     * Session of the Landtag of X" → "Landtag of X"; a year after it only dates the session ("3rd Congress (1954)",
     * which the sentence reader writes "3rd Congress of 1954": the body is the Congress).
     */
    String withoutOrdinal(String name) {
        // ("Diet of X (3rd convocation)": the "3rd convocation of the Diet of X")
        // ("Fourth National Assembly at Xtown": the place it met at names no body)
        // ("Fifth (Extraordinary) Congress of X": a remark in brackets inside the name is none of the body's)
        String[] w = Patterns.WHITESPACE.split(Patterns.withoutYearAfter(normalizer.sittingFirst(
                normalizer.sittingWithoutPlace(INNER_REMARK.matcher(name).replaceAll("")))));
        int i = 0;
        while (i < w.length - 1 && (lexicon.isSessionAdjective(w[i]) || w[i].equalsIgnoreCase("the"))) {
            i++;
        }
        if (i + 2 < w.length && lexicon.isSittingNoun(w[i]) && w[i + 1].equals("of")) {
            // "Extraordinary Session of the Diet of X", no ordinal: the body is what the sitting is of
            int body = w[i + 2].equalsIgnoreCase("the") && i + 3 < w.length ? i + 3 : i + 2;
            return ofAConvocation(String.join(" ", Arrays.copyOfRange(w, body, w.length)));
        }
        if (i < w.length - 1 && OCCASIONS.contains(w[i].toLowerCase(java.util.Locale.ROOT))) {
            i++; // "Founding Congress of X": a sitting named by its occasion
        }
        boolean numbered = i < w.length && (lexicon.ordinal(w[i]).isPresent() || Character.isDigit(w[i].charAt(0)));
        if (!numbered && i > 0) {
            // "Extraordinary Congress of Councils of X": an occasion's word and no ordinal, the rest is the body's name
            return String.join(" ", Arrays.copyOfRange(w, i, w.length));
        }
        int from = Math.min(i + 1, w.length - 1);
        while (from < w.length - 1 && lexicon.isSessionAdjective(w[from])) {
            from++;
        }
        if (numbered && from < w.length - 1 && lexicon.termNouns().contains(w[from]) && !w[from + 1].equals("of")) {
            from++; // "9th term Folk Diet of X": the Folk Diet's ninth term (term-nouns.txt, in lower case)
        }
        // "Third Session of the Landtag of X": the body is what the sitting is of
        if (from + 2 < w.length && lexicon.isSittingNoun(w[from]) && w[from + 1].equals("of")) {
            from += w[from + 2].equalsIgnoreCase("the") && from + 3 < w.length ? 3 : 2;
            return ofAConvocation(String.join(" ", Arrays.copyOfRange(w, from, w.length)));
        }
        // "Fourth Congress of the People's Assembly of X": a session head of an organ's name is a sitting of that
        // organ ("Fourth Congress of (the) Soviets (of X)" keeps its head: a plural names no one organ)
        if (from + 3 < w.length && lexicon.sessionHeads().contains(w[from]) && w[from + 1].equals("of")
                && w[from + 2].equalsIgnoreCase("the")) {
            String of = String.join(" ", Arrays.copyOfRange(w, from + 3, w.length));
            String head = Discourse.headNoun(of);
            if (Patterns.singular(head).equals(head) && normalizer.classify(of, Map.of())
                    .filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()) {
                return of;
            }
        }
        // "Sixth All-Xland Extraordinary Congress of Soviets": a sitting's adjective after the body's own words before
        // its head is the sitting's, no word of the body's name ("All-Xland Congress of Soviets")
        List<String> body = new java.util.ArrayList<>();
        boolean head = false;
        for (int k = from; k < w.length; k++) {
            head |= w[k].equals("of");
            if (head || k == w.length - 1 || !numbered || !lexicon.isSessionAdjective(w[k])) {
                body.add(w[k]);
            }
        }
        return String.join(" ", body);
    }

    /**
     * What a sitting is of, when that is itself numbered: "Fourth Session of the Fifth National Assembly" (or "... of
     * the National Assembly of the 5th convocation") sits in the fifth convocation of the National Assembly, and is a
     * session of the Assembly ("Fifth National Assembly" is no organ).
     */
    private String ofAConvocation(String of) {
        // (not a body whose name holds a number: "Session of the Second Chamber of X" is the Second Chamber's)
        return numberedTerm(of) ? withoutOrdinal(of) : of;
    }

    /**
     * Whether a name is one numbered term of a body: "Fifth National Assembly", "National Assembly (5th
     * convocation)".
     */
    private boolean numberedTerm(String name) {
        return normalizer.numberedConvocation(name, Map.of()) || normalizer.sittingLast(name);
    }

    /**
     * The numbered term a sitting's name says it sits in: "Diet of X (3rd convocation)" of the "First Session of the
     * Diet of X (3rd convocation)", "Fifth National Assembly" of the "Fourth Session of the Fifth National Assembly";
     * null when what it is "of" is the body itself.
     */
    String termItSitsIn(String name) {
        String[] w = Patterns.WHITESPACE.split(Patterns.withoutYearAfter(name));
        if (w.length < 4 || lexicon.ordinal(w[0]).isEmpty() || !lexicon.isSittingNoun(w[1]) || !w[2].equals("of")) {
            return null;
        }
        int from = w[3].equalsIgnoreCase("the") && w.length > 4 ? 4 : 3;
        String of = String.join(" ", Arrays.copyOfRange(w, from, w.length));
        return numberedTerm(of) ? of : null;
    }

    /** The state a name ends with: "Council of Ministers of the Soviet Union" → "Soviet Union". */
    Optional<String> tail(String name, Map<String, String> local) {
        return tails.computeIfAbsent(new NameIn(name, local), k -> findTail(name, local));
    }

    /** A name with the abbreviations of the article it was read in: what its class and tail depend on. */
    private record NameIn(String name, Map<String, String> local) { }

    private final Map<NameIn, Optional<String>> tails = new HashMap<>();
    private final Map<NameIn, Optional<String>> classes = new HashMap<>();

    /** The class a name has by its words (its head noun), kept per name and article abbreviations. */
    Optional<String> classify(String name, Map<String, String> local) {
        return classes.computeIfAbsent(new NameIn(name, local), k -> normalizer.classify(name, local));
    }

    private static final Pattern QUALIFIED = Pattern.compile("^(.+?) \\(([^()]+)\\)$");

    /**
     * The state a name implies without ending with it: a qualifier in parentheses that names a state ("Diet (Kingdom
     * of X)"), or the adjective of a state it opens with ("Hungarian Constitution of 1949", demonyms.tsv).
     */
    Optional<String> impliedState(String name, Map<String, String> local) {
        Matcher q = QUALIFIED.matcher(name);
        if (q.matches() && isPolityName(q.group(2).strip(), local)) {
            return Optional.of(q.group(2).strip());
        }
        String[] w = Patterns.WHITESPACE.split(name.strip());
        int i = w.length > 1 && Patterns.isYear(w[0]) ? 1 : 0;
        int words = demonymWords(w, i);
        return words == 0 ? Optional.empty() : lexicon.demonym(String.join(" ", Arrays.copyOfRange(w, i, i + words)));
    }

    /**
     * How many words from {@code i} are the adjective of a state that opens a name (two, "Xian Soviet", before one,
     * "Xian"; demonyms.tsv), before a capitalised word: 0 when none ("Soviet of Nationalities" is no adjective).
     */
    private int demonymWords(String[] w, int i) {
        if (i + 1 >= w.length || !NameFinder.capitalised(w[i + 1])) {
            return 0;
        }
        return lexicon.demonym(w[i] + " " + w[i + 1]).isPresent() ? 2 : lexicon.demonym(w[i]).isPresent() ? 1 : 0;
    }

    /**
     * A name without the adjective of a state it opens with ("Constitution of 1812" of "the Xish Constitution of
     * 1812"), or null when it opens with none or is nothing else.
     */
    String withoutDemonym(String name) {
        String[] w = Patterns.WHITESPACE.split(name.strip().replaceFirst("^[Tt]he ", ""));
        int i = w.length > 1 && Patterns.isYear(w[0]) ? 1 : 0;
        if (i + 2 >= w.length) {
            return null; // (three words at least after a year: "the 1812 Xish Constitution" is left alone)
        }
        int drop = demonymWords(w, i);
        if (drop == 0 || i + drop >= w.length) {
            return null;
        }
        List<String> rest = new ArrayList<>(List.of(w).subList(0, i));
        rest.addAll(List.of(w).subList(i + drop, w.length));
        return String.join(" ", rest);
    }

    /** " between ... and ": a name of what two (or more) parties made, which no one of them governs alone. */
    private static final Pattern BETWEEN_PARTIES = Pattern.compile(" between .+ and ");

    /** A plural noun's form: "Cities", "Estates", "Republics" (not "Congress", "Alias", "Status"). */
    private static final Pattern PLURAL = Pattern.compile("\\p{Lu}\\p{L}+[^su]s");
    /** Words that make a plural a state's name (plural-state-words.txt): "the United Provinces". */
    private static final java.util.Set<String> PLURAL_STATE_WORDS = java.util.Set.copyOf(
            org.constitutionkg.extract.Lexicon.lowerWords("plural-state-words.txt"));

    private Optional<String> findTail(String name, Map<String, String> local) {
        int from = 0;
        int of;
        // "Charter of the Kingdom of X of 1949" or "Constitution of X (1920)": the state, not "X (1920)"
        Matcher q = QUALIFIED.matcher(name);
        // ("Supreme Council of the Republic of X of the 12th convocation": the state, not "X of the 12th convocation")
        String n = normalizer.withoutSittingAfter(Patterns.withoutYearAfter(q.matches() ? q.group(1) : name));
        if (BETWEEN_PARTIES.matcher(n).find()) {
            return Optional.empty(); // "Treaty of Alliance between the Kingdom of X and the Kingdom of Y": of no one state
        }
        while ((of = n.indexOf(" of ", from)) >= 0) {
            String before = n.substring(n.lastIndexOf(' ', of - 1) + 1, of).toLowerCase(java.util.Locale.ROOT);
            String t = Patterns.withoutThe(n.substring(of + 4));
            Optional<Frame> event = lexicon.frames().byNoun(before);
            if (event.isPresent()) {
                // "Agreement on the Establishment of the Concord of Sovereign Republics": what it sets up is the whole
                // phrase after "of", never a part of it; what it ends ("Protocol on the Termination of the Union of
                // X") is no state it is in force in
                boolean ends = "END".equals(event.get().date()) || "abolished".equals(event.get().property());
                return !ends && isPolityName(t, local) ? Optional.of(t) : Optional.empty();
            }
            // (the head of the tail: the word before its own "of", else its last: "Republics" of "Socialist Soviet
            // Republics of Transcaucasia")
            String tailHead = t.contains(" of ") ? t.substring(0, t.indexOf(" of ")) : t;
            String head = Patterns.capitalised(tailHead.substring(tailHead.lastIndexOf(' ') + 1));
            if (PLURAL.matcher(head).matches() && !lexicon.isPolityNoun(head.substring(0, head.length() - 1))
                    && !knownStates.contains(t) && !lexicon.stateNames().contains(t)
                    && !lexicon.stateNames().contains("the " + t)
                    && !PLURAL_STATE_WORDS.contains(t.split(" ")[0].toLowerCase(java.util.Locale.ROOT))
                    && lexicon.aliases().stream().noneMatch(x -> x[0].equals(t))) {
                // "Council of Imperial Cities", "Assembly of the Estates": what several of a kind are is no state
                from = of + 1;
                continue;
            }
            if (head.endsWith("s") && lexicon.isPolityNoun(head.substring(0, head.length() - 1))
                    && !knownStates.contains(t) && lexicon.aliases().stream().noneMatch(x -> x[0].equals(t))) {
                // "Treaty on the Union of Eastern Republics": several states are no state, but a union of them is
                // one ("Union of Eastern Republics"); the tail begins with the noun before "of", or there is none
                if (lexicon.isPolityNoun(Patterns.capitalised(before))
                        && isPolityName(n.substring(of - before.length()), local)) {
                    return Optional.of(n.substring(of - before.length()));
                }
                from = of + 1;
                continue;
            }
            if (isPolityName(t, local)) {
                return Optional.of(t);
            }
            from = of + 1;
        }
        return Optional.empty();
    }


    /**
     * Learns the names the articles give states (an abbreviation an article on a state defines: "KSR"), so that a name
     * ending with one of them in another article is of that state ("Central Executive Committee of the KSR").
     */
    void learnStates(List<Facts> all) {
        for (Facts f : all) {
            for (Facts.Name n : f.names()) {
                if (n.lang().equals("en") && "Polity".equals(classOf(n.ref(), n.text()))) {
                    knownStates.add(n.text());
                }
            }
        }
        tails.clear();
        all.forEach(this::learnOtherNames);
        tails.clear();
    }

    /**
     * Learns the short names an article gives its state, which the lexicon cannot know: by two names of one subject
     * that agree up to the state the one ends with ("Presidium of the Supreme Council of the Korvan People's Republic"
     * and "... of Korvania"), and by a name that ends with some of the words of the state the subject is said to be of
     * ("Diet of Xland" in an article on a body of the Kingdom of Xland). What the name ends with is a proper name and
     * nothing the lexicon knows a class of ("... of the Supreme Council" is no state); {@link Polities} joins it with
     * the state.
     */
    private void learnOtherNames(Facts f) {
        for (String formal : f.subjectNames()) {
            Optional<String> t = tail(formal, f.abbreviations());
            if (t.isEmpty()) {
                continue;
            }
            String head = headBefore(formal, t.get()) + " of ";
            for (String other : f.subjectNames()) {
                if (other.startsWith(head) && other.length() > head.length()) {
                    // a colloquial name only, one word: two names of a kind ("... of the Xian Labour Commune" /
                    // "... of the Xian ASSR") may be successive states
                    String rest = Patterns.withoutThe(other.substring(head.length()).strip());
                    if (!rest.contains(" ") && !lexicon.isPolityNoun(rest)
                            && !lexicon.stateWords().contains(rest.toLowerCase(java.util.Locale.ROOT))) {
                        learn(f, rest, t.get());
                    }
                }
            }
        }
        List<String> states = new java.util.ArrayList<>();
        tail(f.article().title().text(), f.abbreviations()).ifPresent(states::add);
        for (Facts.Claim c : f.claims()) {
            if (c.subject() instanceof SubjectRef && c.property().equals("jurisdiction") && c.object() instanceof NameRef j
                    && knownStates.contains(j.name())) {
                states.add(j.name());
            }
        }
        // (not from the name of the subject's predecessor or successor: "It was replaced by the Constitution of Xland"
        // in the article on the Constitution of the Xland SSR names another state's, the one after it)
        java.util.Set<String> apart = new java.util.HashSet<>();
        for (Facts.Claim c : f.claims()) {
            if (SUCCESSION.contains(c.property()) && c.object() instanceof Facts.Ref o) {
                if (c.subject() instanceof SubjectRef && o instanceof Facts.NameRef n) {
                    apart.add(n.name());
                } else if (o instanceof SubjectRef && c.subject() instanceof Facts.NameRef n) {
                    apart.add(n.name());
                }
            }
        }
        for (String state : states) {
            java.util.Set<String> words = new java.util.HashSet<>(
                    Arrays.asList(Patterns.WHITESPACE.split(normalizer.expand(state, f.abbreviations()))));
            if (words.stream().noneMatch(w -> lexicon.isPolityNoun(w))) {
                continue; // ("Germany" in an article on East Germany is another state)
            }
            for (Facts.Name n : f.names()) {
                int of = n.text().lastIndexOf(" of ");
                if (n.lang().equals("en") && of > 0 && !apart.contains(n.text())) {
                    String rest = Patterns.withoutThe(n.text().substring(of + 4).strip());
                    if (words.containsAll(Arrays.asList(Patterns.WHITESPACE.split(rest)))) {
                        learn(f, rest, state);
                    } else if (!rest.contains(" ") && words.stream().anyMatch(w -> Patterns.adjectiveOf(w, rest)
                            && lexicon.demonym(w).filter(d -> !d.equals(rest)).isEmpty())) {
                        learn(f, rest, state); // "Vestria" of the "Vestrian People's Republic"
                        adjectiveNames.add(f.article().id() + "\t" + rest);
                    }
                }
            }
        }
    }

    /** The properties of succession and repeal: their two ends are two things. */
    private static final java.util.Set<String> SUCCESSION = java.util.Set.of("precededBy", "succeededBy", "repeals",
            "repealedBy");

    /** Keeps {@code name} as another name of {@code state} in the article, if it is a proper name of no known class. */
    private void learn(Facts f, String name, String state) {
        if (properName(name) && !name.equals(state) && classify(name, f.abbreviations()).isEmpty()
                && !lexicon.isPolityNoun(name)) {
            knownStates.add(name);
            otherNames.computeIfAbsent(f.article().id(), k -> new LinkedHashMap<>()).put(name, state);
        }
    }

    private final Map<String, Map<String, String>> otherNames = new HashMap<>();
    /** The other names {@link #learnOtherNames} learned by the state's adjective only (article id, tab, name). */
    private final java.util.Set<String> adjectiveNames = new java.util.HashSet<>();

    /** Whether the article's other name of a state was learned from the state's adjective only: evidence, not said. */
    boolean byAdjective(String articleId, String name) {
        return adjectiveNames.contains(articleId + "\t" + name);
    }

    /** The short names {@link #learnStates} learned an article gives a state, each with the state's name. */
    Map<String, String> otherNames(String articleId) {
        return otherNames.getOrDefault(articleId, Map.of());
    }

    /** One to three capitalised words, none of them a connector or a year: "Korvania", "East Velmia". */
    private boolean properName(String s) {
        String[] w = Patterns.WHITESPACE.split(s);
        if (w.length > 3) {
            return false;
        }
        for (String x : w) {
            if (!NameFinder.capitalised(x) || lexicon.connectors().contains(x.toLowerCase(java.util.Locale.ROOT))
                    || Patterns.isYear(x)) {
                return false;
            }
        }
        return true;
    }

    private final java.util.Set<String> knownStates = new java.util.HashSet<>();

    private boolean isPolityName(String name, Map<String, String> local) {
        String e = normalizer.expand(name, local);
        if (genericStateWords(e)) {
            return false; // "Government of the People's Republic", "Cabinet of the Free State": which state is the
                          // context's to say, and no state of that name is born
        }
        if (knownStates.contains(name)) {
            return true;
        }
        if (!e.contains(" ") && lexicon.isPolityNoun(e)) {
            return false;
        }
        if (BETWEEN.matcher(OF.split(e)[0]).find()) {
            return false; // "Perpetual Confederation between the Princes of X": what a treaty makes between parties
        }
        String first = e.split(" ")[0];
        if (first.endsWith("s") && lexicon.isPolityNoun(first.substring(0, first.length() - 1))) {
            return false; // "Chamber of Republics and Provinces": several states are no state
        }
        if (lexicon.isPolityNoun(first) && e.startsWith(first + " and ") && !e.contains(" of ")) {
            return false; // "Committee of Union and Progress": a state's noun alone and an ideal, no state's name
        }
        if (e.contains(" of ") && normalizer.classify(Patterns.withoutThe(e.substring(e.indexOf(" of ") + 4)), local)
                .filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()) {
            return false; // "Union of the Supreme Soviet of X" (of "Soviet of the Union of the Supreme Soviet of X"): a
                          // state's noun before an organ's name is a name's part, no state
        }
        return lexicon.classOf(OF.split(e)[0]).filter("Polity"::equals).isPresent();
    }

    /**
     * Whether a name is made of words any state's name may hold and nothing else ("People's Republic", "Free State",
     * "Socialist Federal Republic"), and is no name the lexicon knows ("Soviet Union").
     */
    boolean genericStateWords(String name) {
        String[] words = Patterns.WHITESPACE.split(Patterns.withoutThe(name.strip()));
        for (String w : words) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (!lexicon.stateWords().contains(lower) && !lexicon.isPolityNoun(Patterns.capitalised(lower))) {
                return false;
            }
        }
        for (String[] a : lexicon.aliases()) {
            if (a[0].equals(name) || a[1].equals(name)) {
                return false;
            }
        }
        return lexicon.demonym(name).isEmpty() && words.length > 0;
    }

    private static final Pattern BETWEEN = Pattern.compile(" (?:between|among|amongst|with) ");

    /** The class of the thing a reference names by the name {@code name}: the subject's class, else its name's. */
    String classOf(Ref r, String name) {
        if (r instanceof SubjectRef s) {
            String c = byId.get(s.articleId()).subjectClass();
            if (c != null) {
                return c;
            }
        }
        String local = r instanceof NameRef n ? n.articleId() : ((SubjectRef) r).articleId();
        Optional<String> c = classify(name, local(local));
        if (c.isPresent()) {
            return c.get();
        }
        return r instanceof NameRef n ? n.classHint() : null;
    }
}
