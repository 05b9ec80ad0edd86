package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Name;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.SubjectRef;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.text.Patterns;

/**
 * Decides which references are one real thing, across all articles. A state's names are unified first (its
 * abbreviations, "Soviet Union" = "Union of Soviet Socialist Republics", two names of one subject that differ only
 * in the state: "Constitution of East Germany" / "Constitution of the German Democratic Republic"). An organ is then
 * keyed by its normalised name and its state: "Council of People's Commissars" in an article about the Azerbaijan SSR
 * is the Azerbaijan SSR's. A session is keyed by its ordinal and the body it is a session of.
 * <p>
 * This class holds the keys of organs, instruments and sessions and what keeps two things of one key apart (a key
 * that names the subjects of two articles, a lifetime a generation away); the steps before it are its helpers': the
 * names and facts a name states by its form ({@link DerivedFacts}), the states ({@link Polities}), and what a name
 * says in its article ({@link NameReader}).
 */
public final class EntityResolver {

    private static final Pattern LEADING_THE = Pattern.compile("^[Tt]he ");
    private static final String SPAN = Patterns.YEAR_SPAN; // ("Diet of 1790–1791", "Diet of 1653–54")
    /**
     * A name with its year (or span of years) after it: "X of 1936", "X (1936)", "X 1936" (the first year as group 1,
     * the name before it).
     */
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "^(?=.*?\\b(1[5-9]\\d\\d|20\\d\\d)" + SPAN + "\\)?$)(?:(.+?),? of \\d{4}" + SPAN + "|(.+?) \\(\\d{4}" + SPAN
            + "\\)|(.+?)(?<!Resolution|No\\.|No|Number|Article|Decree|Order) \\d{4}" + SPAN + ")$");

    private final Lexicon lexicon;
    private final List<Facts> all;
    private final NameReader reader;
    private final DerivedFacts derived;
    private final Polities polities;
    private final UnionFind keys = new UnionFind();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<Boolean, Set<String>> ambiguousKeys = new HashMap<>();
    /** The generic organ names, normalised. */
    private final Set<String> genericKeys = new HashSet<>();

    EntityResolver(Lexicon lexicon, List<Facts> all) {
        this.lexicon = lexicon;
        Normalizer normalizer = new Normalizer(lexicon);
        this.all = all;
        this.reader = new NameReader(lexicon, normalizer, all);
        this.derived = new DerivedFacts(lexicon, normalizer, reader);
        this.polities = new Polities(lexicon, normalizer, reader);
        lexicon.genericNames().forEach(g -> genericKeys.add(normalizer.key(g, Map.of())));
        // a bare head noun ("Congress", the parent "the Fourth Congress" speaks of) is one thing only within a state
        lexicon.genericHeads().stream().filter(h -> !h.contains(" "))
                .forEach(h -> genericKeys.add(normalizer.key(h, Map.of())));
        for (Facts f : all) {
            Matcher told = TOLD_APART.matcher(f.article().title().text());
            if (told.matches()) {
                List<String> stems = new ArrayList<>();
                for (String w : told.group(2).split("[\\s-]+")) {
                    if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
                            && !lexicon.stateWords().contains(w.toLowerCase(java.util.Locale.ROOT))
                            && !lexicon.isPolityNoun(w)) { // ("Kingdom" of "(Kingdom of Italy)" tells nothing)
                        stems.add(w.substring(0, Math.min(w.length(), Math.max(4, w.length() - 2)))); // ("UK")
                    }
                }
                toldApart.computeIfAbsent(normalizer.key(told.group(1), Map.of()), k -> new ArrayList<>()).addAll(stems);
            }
        }
    }

    /**
     * The names a title tells apart by a parenthesis of no year or number ("Supreme People's Assembly" of the article
     * "Supreme People's Assembly (Laos)"), normalised, with the stems of the parenthesis's own words ("Laos"; "Austr"
     * of "Austria"): the title says another state's organ has that name too.
     */
    private final Map<String, List<String>> toldApart = new HashMap<>();

    private static final Pattern TOLD_APART = Pattern.compile("(.+?) \\(([^()\\d]+)\\)");

    /**
     * Whether a name told apart by a title ({@link #toldApart}) is, in this article, another state's organ of that
     * name: the article is on a state it knows, and names nothing of the title's parenthesis ("Supreme People's
     * Assembly" in an article on North Korea that never says "Laos"; an article that names "Austria" or the "Austrian
     * Empire" speaks of "Imperial Council (Austria)").
     */
    private boolean anotherStatesOrgan(List<String> head, String articleId) {
        String key = String.join(" ", head);
        List<String> stems = toldApart.get(key);
        if (stems == null || stems.isEmpty() || polities.jurisdiction(articleId) == null) {
            return false;
        }
        return anotherStates.computeIfAbsent(key + "\t" + articleId, k -> !namesAny(articleId, stems));
    }

    private final Map<String, Boolean> anotherStates = new HashMap<>();

    /** Whether an article names a word of those stems, in a name or by a demonym. */
    private boolean namesAny(String articleId, List<String> stems) {
        for (Name x : reader.facts(articleId).names()) {
            for (String stem : stems) {
                if (x.text().contains(stem)) {
                    return true;
                }
                for (String w : Patterns.WHITESPACE.split(x.text())) {
                    if (lexicon.demonym(w).filter(state -> state.contains(stem)).isPresent()) {
                        return true; // ("the Polish Sejm" names Poland)
                    }
                }
            }
        }
        return false;
    }

    /**
     * The names an article lists with seats or calls a party, and what an abbreviation among them spells out
     * ("article id|name"): groups wherever it names them.
     */
    private final Set<String> groupNames = new java.util.HashSet<>();

    /** Resolves every reference; afterwards {@link #entityOf(Ref)} answers. */
    void resolve() {
        for (Facts f : all) {
            for (Name n : f.names()) {
                if (n.ref() instanceof NameRef r && "PoliticalGroup".equals(r.classHint())) {
                    groupNames.add(f.article().id() + "|" + r.name());
                    String spelt = f.abbreviations().get(r.name());
                    if (spelt != null) {
                        groupNames.add(f.article().id() + "|" + spelt); // "CSU (85)" of "Christian Social Union (CSU)"
                    }
                }
            }
        }
        reader.learnStates(all);
        derived.deriveAll(all);
        polities.join(all);
        all.forEach(f -> unionNames(f, false));
        joinUndated();
        joinStatelessDated();
        joinDatedToMade();
        all.forEach(f -> unionNames(f, true));
        all.forEach(this::lifetimes);
        all.forEach(this::othersOfSubjects);
        for (Facts f : all) {
            for (Name n : f.names()) {
                Entity e = entities.computeIfAbsent(rootOf(n.ref()), Entity::new);
                e.names.add(n);
                if (n.ref() instanceof NameRef r && r.classHint() != null) {
                    e.hints.add(r.classHint());
                }
                if (n.ref() instanceof SubjectRef s) {
                    e.subjectOf.add(s.articleId());
                }
            }
        }
        // a state's name is no other name of an organ, a sitting or an instrument ("The Council, also called Xland in
        // Council, ..."; "The Executive Council of the Republic of Xland (RX)"), whatever the text joined it with
        for (Entity e : entities.values()) {
            if (!e.key.startsWith("P:") && e.names.size() > 1) {
                List<Name> states = e.names.stream().filter(n -> n.lang().equals("en") && n.origin() != Origin.TITLE
                        && lexicon.classOf(Patterns.withoutThe(n.text())).filter("Polity"::equals).isPresent()).toList();
                if (states.size() < e.names.size()) {
                    e.names.removeAll(states);
                }
            }
        }
        // the gazetteer's short name an article uses for its own state ("Xland" for the "Xian People's Republic") is a
        // name of that state, but not its label (elsewhere "Xland" is the country, a thing of its own)
        for (Entity e : entities.values()) {
            if (e.key.startsWith("P:")) {
                e.names.stream().filter(this::shortHere).forEach(e.borrowed::add);
            }
        }
    }

    private boolean shortHere(Name n) {
        return n.lang().equals("en") && polities.meantHere(n.text(), n.source().articleId());
    }

    Map<String, Entity> entities() {
        return entities;
    }

    /**
     * The label of the state an organ's or instrument's key ends with ("...@P:soviet union"), or null: the country the
     * gazetteer names, where its short name joined the states of that key, even if no article speaks of it alone.
     */
    String stateOf(Entity e) {
        int at = e.key.lastIndexOf('@');
        if (at < 0 || !e.key.startsWith("P:", at + 1)) {
            return null;
        }
        for (String k : polities.asState(polities.root(e.key.substring(at + 1), false))) {
            Entity state = entities.get(keys.find(k));
            if (state != null && state.label != null) {
                return state.label;
            }
            String country = polities.countryName(k);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** Whether every name of {@code e} names a session of no known body ("the party's 9th Congress"). */
    boolean sessionOfNothing(Entity e) {
        return !e.names.isEmpty() && e.names.stream().allMatch(n -> derived.sessionOfNothing(n.ref()));
    }

    Entity entityOf(Ref r) {
        return entities.computeIfAbsent(rootOf(r), Entity::new);
    }

    /** The entity of a reference when there is one, without making one (safe while the entities are walked). */
    Entity existingEntityOf(Ref r) {
        return entities.get(rootOf(r));
    }

    Map<String, String> local(String articleId) {
        return reader.local(articleId);
    }

    Facts facts(String articleId) {
        return reader.facts(articleId);
    }

    // ---- organs, instruments, sessions -------------------------------------------------------------------------

    /**
     * The key of what a name names in an article ({@code hint}: the class its reference was given): a state's
     * ("P:..."), a session's by its ordinal and its body's key ("S:4@N:congress"; "S?:..." while {@code sessions} is
     * false), else its normalised words ("N:...") and its state, when it names one or is a name any state's organ may
     * have.
     */
    private String nameKey(String name, String articleId, String hint, boolean sessions) {
        return nameKey(name, articleId, hint, sessions, true);
    }

    /**
     * The key of a name; with {@code complete} false, a name the article also names with its state is not completed
     * ({@link #wholeNameIn}).
     */
    private String nameKey(String name, String articleId, String hint, boolean sessions, boolean complete) {
        String n = lexicon.rewrite(LEADING_THE.matcher(name.strip()).replaceFirst(""));
        Map<String, String> local = reader.local(articleId);
        if ("Electorate".equals(hint)) {
            // "universal male suffrage": one for each article that names it, never merged across states
            return "E:" + n.toLowerCase(java.util.Locale.ROOT) + "@A:" + articleId;
        }
        Optional<String> cls = reader.classify(n, local);
        String c = cls.orElse(hint);
        if (cls.isPresent() && hint != null && !hint.equals(c) && lexicon.actingClass(n)
                .filter(k -> OntologyClasses.get().sameKind(k, hint)).isPresent()) {
            c = hint; // "Union of Ytown" an article says was signed: the treaty a head of two kinds names, no state
        }
        if ("Polity".equals(c) && ("PoliticalGroup".equals(hint) || groupNames.contains(articleId + "|" + n))
                && !lexicon.stateNames().contains(n)) {
            // "Christian Union (85)" in a list of seats, and wherever the article names it (or its abbreviation
            // listed so): a party, whatever its head says
            c = "PoliticalGroup";
        }
        if ("Polity".equals(c)) {
            return polities.state(n, articleId);
        }

        // the year that tells a state's instruments apart is one word of the key wherever the name puts it: "the 1936
        // Constitution", "the Constitution of 1936", "Constitution of X (1936)" and "... of X of 1936" are one key;
        // a numbered session's year only dates it ("the 3rd Congress (1954)" is the 3rd Congress)
        Matcher dated = YEAR_AFTER.matcher(n);
        String year = null;
        if (dated.matches()) {
            year = dated.group(1);
            n = beforeYear(dated);
        }
        List<String> words = reader.words(n, local);
        Optional<Integer> ordinal = Normalizer.ordinalOf(words);
        if (ordinal.isPresent()) { // (a party's numbered congress too: a session of the party's congress)
            // "the 5th Congress" in the article on the congress: a session of the subject, as the derived sessionOf
            // says, keyed like "5th All-Xland Congress of Soviets" there (the short name alone keys nothing)
            String byName = keys.find(nameKey(reader.withoutOrdinal(n), articleId, "Legislature", false));
            if (!sessions) {
                return "S?:" + String.join(" ", words);
            }
            // (a sitting within a term is numbered apart: the "First Session" of a diet is not its "First
            // Convocation", nor its "First Diet")
            String number = words.size() > 1 && lexicon.sitsWithinAnother(words.get(1))
                    ? ordinal.get() + "/" + words.get(1) : ordinal.get().toString();
            String term = number.contains("/") ? reader.termItSitsIn(n) : null;
            if (term != null && sessions) {
                // "First Session of the Diet of X (3rd convocation)": keyed by its term, not only by the body (the
                // 4th convocation's first session is another)
                return "S:" + number + "@" + keys.find(nameKey(term, articleId, "Session", true));
            }
            if (sessionOfSubject(articleId, name)) {
                // ... and still the "Fifth Congress" other articles of that state name by the short name alone
                String key = "S:" + number + "@" + keys.find(keyOf(new SubjectRef(articleId), false));
                keys.union(key, "S:" + number + "@" + byName);
                return key;
            }
            return "S:" + number + "@" + byName;
        }
        boolean instrument = c != null && OntologyClasses.get().isA(c, "LegalInstrument");
        if (year != null) {
            n = year + " " + n;
            words = reader.words(n, local);
        }
        Optional<String> t = reader.tail(n, local);
        if (t.isPresent()) {
            String head = NameReader.headBefore(n, t.get());
            return "N:" + String.join(" ", reader.words(head, local)) + "@"
                    + polities.rootIn(t.get(), articleId, instrument);
        }
        if (!instrument && words.size() > 1 && isGeneric(words.subList(1, words.size()))) {
            // "Korvan Central Executive Committee", "Ukrainian Congress of Soviets": a name every state's organ may
            // have after the adjective of a state is that state's organ of the name, keyed as "... of <state>"; the
            // adjective is a demonym of the lexicon's, or the first word of the article's state ("Korvan Soviet
            // Republic"), not a word any state's name may hold ("Democratic National Council" is no organ of the
            // Democratic Republic of X: state-words.txt)
            String rest = String.join(" ", words.subList(1, words.size()));
            Optional<String> known = reader.impliedState(n, local);
            if (known.isPresent()) {
                return "N:" + rest + "@" + polities.rootIn(known.get(), articleId, false);
            }
            String j = polities.jurisdiction(articleId);
            if (j != null && !lexicon.stateWords().contains(words.get(0))
                    && List.of(j.substring(j.indexOf(':') + 1).split(" ")).contains(words.get(0))) {
                return "N:" + rest + "@" + polities.root(j, false);
            }
        }
        List<String> head = !words.isEmpty() && Patterns.isYear(words.get(0)) ? words.subList(1, words.size()) : words;
        String modified = head.size() == 1 && words.size() == 1 && c != null && OntologyClasses.get().isA(c, "StateOrgan")
                && lexicon.genericNames().contains(n) ? modifiedNameIn(articleId, head.get(0)) : null;
        if (modified != null) {
            return modified; // "the Senate" in an article that names one "Imperial Senate of X" and is on no senate
        }
        if (isGeneric(head) || anotherStatesOrgan(head, articleId)) {
            // a name every state's organ may have is one thing only within a state: the article's, or, when the
            // article names none, the article itself (two articles' "Senate" are never merged by name alone); so is
            // a name a title tells apart, where the article's state is known ("Supreme People's Assembly" in an
            // article on North Korea is not the one of "Supreme People's Assembly (Laos)")
            String j = polities.jurisdiction(articleId);
            return "N:" + String.join(" ", words) + "@" + (j != null ? polities.root(j, instrument) : "A:" + articleId);
        }
        String whole = instrument || !complete ? null : wholeNameIn(articleId, String.join(" ", words));
        return whole != null ? whole : "N:" + String.join(" ", words);
    }

    /**
     * The key of the one name of the article that is {@code head} and a state ("Supreme Assembly of the Xian People's
     * Republic" for "the Supreme Assembly" in its article), or null: an organ the article names in full and by its
     * head alone is one organ.
     */
    private String wholeNameIn(String articleId, String head) {
        Map<String, Set<String>> heads = wholeNames.computeIfAbsent(articleId, id -> {
            Map<String, Set<String>> out = new HashMap<>();
            Map<String, String> local = reader.local(id);
            for (Name x : reader.facts(id).names()) {
                Optional<String> t = x.lang().equals("en") ? reader.tail(x.text(), local) : Optional.empty();
                if (t.isPresent()) {
                    String h = String.join(" ", reader.words(NameReader.headBefore(x.text(), t.get()), local));
                    out.computeIfAbsent(h, k -> new HashSet<>()).add("N:" + h + "@"
                            + polities.rootIn(t.get(), id, false));
                }
            }
            return out;
        });
        Set<String> whole = heads.get(head);
        return whole != null && whole.size() == 1 ? whole.iterator().next() : null;
    }

    private final Map<String, Map<String, Set<String>>> wholeNames = new HashMap<>();

    /**
     * The key of the one organ the article names with {@code noun} as its head after a modifier ("Imperial Senate of
     * X", "Federal Senate" for "the Senate"), or null: none, several, or the article's subject is of that head.
     */
    private String modifiedNameIn(String articleId, String noun) {
        Facts f = reader.facts(articleId);
        Map<String, String> local = reader.local(articleId);
        for (String sn : f.subjectNames()) {
            if (noun.equals(org.constitutionkg.extract.Discourse.headNoun(sn))) {
                return null; // ("the Diet" in the article on the Imperial Diet: the reader's, as a description)
            }
        }
        Set<String> found = new HashSet<>();
        for (Name x : f.names()) {
            if (!x.lang().equals("en") || x.ref() instanceof Facts.SubjectRef) {
                continue;
            }
            List<String> w = reader.words(x.text(), local);
            int of = w.indexOf("of");
            List<String> h = of < 0 ? w : w.subList(0, of);
            Optional<String> xc = reader.classify(x.text(), local);
            if (h.size() > 1 && noun.equals(h.get(h.size() - 1)) && xc.isPresent()
                    && OntologyClasses.get().isA(xc.get(), "StateOrgan") && Normalizer.ordinalOf(w).isEmpty()
                    && ofTheArticlesState(articleId, x.text(), local)) {
                found.add(keys.find(nameKey(x.text(), articleId, xc.get(), false)));
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * Whether a name names no state, or the article's: "the French Senate" a text compares its own with is another's.
     */
    private boolean ofTheArticlesState(String articleId, String name, Map<String, String> local) {
        Optional<String> state = reader.tail(name, local).or(() -> reader.impliedState(name, local));
        String j = polities.jurisdiction(articleId);
        return state.isEmpty() || j != null && polities.rootIn(state.get(), articleId, false)
                .equals(polities.root(j, false));
    }


    private boolean isGeneric(List<String> words) {
        return genericKeys.contains(String.join(" ", words));
    }

    /** Whether the article states the session of this name a session of its subject ({@link DerivedFacts}). */
    private boolean sessionOfSubject(String articleId, String name) {
        return sessionsOfSubjects.computeIfAbsent(articleId, id -> {
            Set<String> out = new HashSet<>();
            for (Facts.Claim c : reader.facts(id).claims()) {
                if (c.property().equals("sessionOf") && c.object() instanceof SubjectRef && c.subject() instanceof NameRef s) {
                    out.add(s.name());
                }
            }
            return out;
        }).contains(name);
    }

    private final Map<String, Set<String>> sessionsOfSubjects = new HashMap<>();

    private String keyOf(Ref r, boolean sessions) {
        if (r instanceof SubjectRef s) {
            Facts f = reader.facts(s.articleId());
            return nameKey(f.article().title().text(), s.articleId(), f.subjectClass(), sessions);
        }
        NameRef n = (NameRef) r;
        return nameKey(n.name(), n.articleId(), n.classHint(), sessions);
    }

    private Set<String> ambiguous(boolean sessions) {
        return ambiguousKeys.computeIfAbsent(sessions, this::ambiguousSubjectKeys);
    }

    /** Keys that name the subjects of two different articles ("Constitution of the RSFSR" for 1918 and 1978). */
    private Set<String> ambiguousSubjectKeys(boolean sessions) {
        Map<String, Set<String>> articles = new HashMap<>();
        for (Facts f : all) {
            for (String n : f.subjectNames()) {
                if (!n.contains(", ")) {
                    String k = nameKey(n, f.article().id(), f.subjectClass(), sessions);
                    articles.computeIfAbsent(k, x -> new HashSet<>()).add(
                            nameKey(f.article().title().text(), f.article().id(), f.subjectClass(), sessions));
                }
            }
        }
        Set<String> out = new HashSet<>();
        articles.forEach((k, titles) -> {
            if (titles.size() > 1) {
                out.add(k);
            }
        });
        return out;
    }

    /** All English names given to one reference are names of one thing. */
    private void unionNames(Facts f, boolean sessions) {
        Set<String> ambiguous = ambiguous(sessions);
        Map<Ref, String> first = new HashMap<>();
        for (Name n : f.names()) {
            if (!n.lang().equals("en") || n.text().contains(", ")) {
                continue;
            }
            String k = nameKey(n.text(), f.article().id(), n.ref() instanceof NameRef r ? r.classHint() : f.subjectClass(),
                    sessions);
            if (k.startsWith("S?:") || k.startsWith("S:") != sessions && !(n.ref() instanceof SubjectRef)) {
                continue;
            }
            String refKey = keyOf(n.ref(), sessions);
            if (refKey.startsWith("S?:") || n.ref() instanceof SubjectRef && n.origin() != Origin.TITLE
                    && ambiguous.contains(k)) {
                continue;
            }
            if (k.startsWith("P:") != refKey.startsWith("P:")) {
                continue; // a state's name is never another name of an organ or an instrument, nor the reverse
            }
            keys.union(first.computeIfAbsent(n.ref(), x -> refKey), k);
            if (n.ref() instanceof SubjectRef && n.origin() == Origin.TITLE && !sessions) {
                // the title is the subject's name as it stands: where the article also names the subject with its
                // state ("X of the USSR"), the title is still the key other articles' "X" reaches it by
                String plain = nameKey(n.text(), f.article().id(), f.subjectClass(), false, false);
                if (!plain.equals(k) && plain.startsWith("N:") && k.startsWith("N:")) {
                    keys.union(k, plain);
                }
            }
        }
        if (!sessions) {
            undatedInstruments(f);
        }
    }

    /**
     * An instrument's name without its year ("the Constitution of Xland") in an article that names one instrument of
     * that name with a year ("the Constitution of Xland (1994)"), other than its subject, is that one. Not when the
     * article names two of them (which is meant is not said), nor a name the subject has; the pairs are joined once
     * all articles are read ({@link #joinUndated}).
     */
    private void undatedInstruments(Facts f) {
        String id = f.article().id();
        Map<String, Set<String>> dated = new HashMap<>();
        Map<String, String> yearOf = new HashMap<>(); // a dated name's key, its year
        Set<String> plain = new HashSet<>();
        String subject = keys.find(keyOf(f.subject(), false));
        for (Name n : f.names()) {
            if (!instrumentName(n, f)) {
                continue;
            }
            String hint = hintOf(n, f);
            String[] undatedAndYear = withoutYear(n.text());
            String undated = undatedAndYear == null ? null : undatedAndYear[0];
            if (undated == null) {
                if (!(n.ref() instanceof SubjectRef)) {
                    plain.add(nameKey(n.text(), id, hint, false));
                }
            } else {
                String key = keys.find(nameKey(n.text(), id, hint, false));
                dated.computeIfAbsent(keys.find(nameKey(undated, id, hint, false)), k -> new HashSet<>()).add(key);
                yearOf.put(key, undatedAndYear[1]);
            }
        }
        for (String k : plain) {
            Set<String> d = dated.get(keys.find(k));
            // (not the subject's own dated name: what stays a name and not the subject is another thing, "the
            // present Constitution of X" in the article on the "Constitution of X (1971)"; nor one the article says
            // was made in another year: "the Constitution of X, adopted in 1993" is not "the 2010 Constitution of X")
            if (d != null && d.size() == 1 && !keys.find(k).equals(subject)
                    && !keys.find(d.iterator().next()).equals(subject)
                    && !madeInAnotherYear(f, k, yearOf.get(d.iterator().next()))) {
                undatedPairs.add(new String[] {k, d.iterator().next()});
            }
            subjects.add(subject);
        }
        dated.forEach((undated, roots) -> datedOf.computeIfAbsent(undated, x -> new HashSet<>()).addAll(roots));
    }

    /**
     * Whether the article dates the making of the thing of key {@code k} (adopted, signed, in force ...), and none of
     * those dates lies within a year of {@code year}.
     */
    private boolean madeInAnotherYear(Facts f, String k, String year) {
        String root = keys.find(k);
        Set<Integer> made = f.madeYears(r -> r instanceof NameRef && keys.find(keyOf(r, false)).equals(root));
        // (a year apart is one instrument's: "the 2010 Constitution of X came into force in 2011")
        int y = year == null ? 0 : Integer.parseInt(year);
        return year != null && !made.isEmpty() && made.stream().noneMatch(m -> Math.abs(m - y) <= 1);
    }

    /** Pairs (undated name's key, the one dated key of that name its article gives), of all articles. */
    private final List<String[]> undatedPairs = new java.util.ArrayList<>();
    /** The dated keys each undated key has, over all articles. */
    private final Map<String, Set<String>> datedOf = new HashMap<>();
    private final Set<String> subjects = new HashSet<>();

    /**
     * Joins the undated names {@link #undatedInstruments} paired, once every article is read: only where all the
     * articles together know one dated instrument of that name ("the Constitution" of one article is never made the
     * 1936 one while another article's is the 1977 one), and never a subject's key.
     */
    private void joinUndated() {
        Set<String> subjectRoots = new HashSet<>();
        subjects.forEach(x -> subjectRoots.add(keys.find(x)));
        for (String[] p : undatedPairs) {
            Set<String> all = new HashSet<>();
            datedOf.getOrDefault(keys.find(p[0]), Set.of()).forEach(d -> all.add(keys.find(d)));
            if (all.size() == 1 && !subjectRoots.contains(keys.find(p[0]))) {
                keys.union(p[0], p[1]);
            }
        }
    }

    /**
     * A dated instrument's generic name in an article that names no state ("the Constitution of 1812" in the article
     * on an assembly of a city) is keyed by that article alone; it is the instrument of that name and year the other
     * articles key by their state when all of them together know one ("the Xish Constitution of 1812" in the article
     * on it), and, where none names its state, one for all the articles that name it (a year tells two instruments of
     * a generic name apart as a state does; two states' of one year and name leave it to each article).
     */
    private void joinStatelessDated() {
        Map<String, Set<String>> stateless = new HashMap<>(); // words of the key, the article-keyed keys
        Map<String, Set<String>> ofStates = new HashMap<>(); // words of the key, the state-keyed roots
        List<String[]> mayJoin = new ArrayList<>(); // a name opening with a state's adjective, its key by the state
        for (Facts f : all) {
            String id = f.article().id();
            for (Name n : f.names()) {
                if (!instrumentName(n, f)) {
                    continue;
                }
                String hint = hintOf(n, f);
                String k = nameKey(n.text(), id, hint, false);
                if (!k.startsWith("N:") || k.length() < 6 || !Patterns.isYear(k.substring(2, 6))) {
                    continue; // (only a dated name: "N:1812 constitution@...")
                }
                int at = k.indexOf('@');
                String plain = at < 0 ? reader.withoutDemonym(n.text()) : null;
                if (at >= 0 && k.startsWith("@A:" + id, at)) {
                    stateless.computeIfAbsent(k.substring(0, at), x -> new java.util.TreeSet<>()).add(k);
                } else if (at >= 0 && k.startsWith("@P:", at)) {
                    ofStates.computeIfAbsent(k.substring(0, at), x -> new HashSet<>()).add(keys.find(k));
                } else if (plain != null) {
                    // "the Xish Constitution of 1812": keyed by its words, it is Xland's "Constitution of 1812"
                    String pk = nameKey(plain, id, hint, false);
                    int pat = pk.indexOf('@');
                    String words = pat < 0 ? pk : pk.substring(0, pat);
                    ofStates.computeIfAbsent(words, x -> new HashSet<>()).add(keys.find(k));
                    // ... and the "Constitution of 1812" an article of Xland keys by its state
                    String k0 = k;
                    reader.impliedState(LEADING_THE.matcher(n.text().strip()).replaceFirst(""), reader.local(id))
                            .ifPresent(st -> mayJoin.add(new String[] {keys.find(k0), words + "@"
                                    + polities.rootIn(st, id, true)}));
                }
            }
        }
        for (String[] p : mayJoin) {
            if (keys.contains(p[1])) {
                keys.union(p[0], p[1]);
                ofStates.get(p[1].substring(0, p[1].indexOf('@'))).add(keys.find(p[0]));
            }
        }
        stateless.forEach((words, local) -> {
            Set<String> states = new HashSet<>();
            ofStates.getOrDefault(words, Set.of()).forEach(s -> states.add(keys.find(s)));
            if (states.size() > 1) {
                return;
            }
            String into = states.isEmpty() ? local.iterator().next() : states.iterator().next();
            local.forEach(k -> keys.union(into, k));
        });
    }

    /**
     * An instrument's name with a year after or before it ("the Velm Charter of 1889", "the 1889 Velm Charter") is the
     * instrument of that name without the year that the articles say was made in that year, or within one of it
     * (adopted, signed, in force): one thing its name dates. Not a name every state's instrument may have, keyed by an
     * article alone ("Constitution of 1889": {@link #joinStatelessDated}), nor one never dated.
     */
    private void joinDatedToMade() {
        Map<String, Set<Integer>> made = new HashMap<>(); // an undated key's root, its years of making
        for (Facts f : all) {
            f.madeYearsByRef().forEach((r, years) -> made.computeIfAbsent(keys.find(keyOf(r, false)),
                    k -> new HashSet<>()).addAll(years));
        }
        for (Facts f : all) {
            String id = f.article().id();
            for (Name n : f.names()) {
                String[] undated = instrumentName(n, f) ? withoutYear(n.text()) : null;
                if (undated == null) {
                    continue;
                }
                String hint = hintOf(n, f);
                int year = Integer.parseInt(undated[1]);
                String plain = keys.find(nameKey(undated[0], id, hint, false));
                String dated = keys.find(nameKey(n.text(), id, hint, false));
                Set<Integer> years = made.getOrDefault(plain, Set.of());
                if (!plain.equals(dated) && !plain.contains("@A:") && !plain.startsWith("P:")
                        && years.stream().anyMatch(y -> Math.abs(y - year) <= 1)) {
                    keys.union(plain, dated);
                    // (the joined key's years are both's, under the root the union kept)
                    Set<Integer> both = new HashSet<>(years);
                    both.addAll(made.getOrDefault(dated, Set.of()));
                    made.put(keys.find(plain), both);
                }
            }
        }
    }

    /** The class hint of a name's reference: its own, or the subject's class for a name of the subject. */
    private static String hintOf(Name n, Facts f) {
        return n.ref() instanceof NameRef r ? r.classHint() : f.subjectClass();
    }

    /** Whether a name is an English name of an instrument, by its words or its hint. */
    private boolean instrumentName(Name n, Facts f) {
        String c = reader.classify(n.text(), reader.local(f.article().id())).orElse(hintOf(n, f));
        return n.lang().equals("en") && c != null && OntologyClasses.get().isA(c, "LegalInstrument");
    }

    /** A name with its year, as the name without it and the year ("Charter of 1936": "Charter", "1936"), or null. */
    private static String[] withoutYear(String name) {
        Matcher after = YEAR_AFTER.matcher(name);
        if (after.matches()) {
            return new String[] {beforeYear(after), after.group(1)};
        }
        Matcher before = LEADING_YEAR.matcher(name);
        return before.lookingAt() ? new String[] {name.substring(before.end()), before.group().replaceAll("\\D", "")}
                : null;
    }

    /** The name before its year, of a {@link #YEAR_AFTER} match: "X" of "X of 1936", "X (1936)" or "X 1936". */
    private static String beforeYear(Matcher dated) {
        return dated.group(2) != null ? dated.group(2) : dated.group(3) != null ? dated.group(3) : dated.group(4);
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("(?:[Tt]he )?(?:1[5-9]\\d\\d|20\\d\\d) (?=\\p{Lu})");

    /** The key of a reference's thing; only asked once the names are joined, so each answer is final and kept. */
    private String rootOf(Ref r) {
        String root = roots.get(r);
        if (root == null) {
            root = keys.find(keyOf(r, true));
            if (r instanceof NameRef n && outlives(n, root)) {
                root = root + "@A:" + n.articleId();
            } else if (r instanceof NameRef n && othersOfSubjects.contains(n)
                    && root.equals(keys.find(keyOf(new SubjectRef(n.articleId()), true)))) {
                root = root + "@O:" + n.articleId(); // the subject's predecessor, under a name the subject has too
            }
            roots.put(r, root);
        }
        return root;
    }

    private final Map<Ref, String> roots = new HashMap<>();

    /**
     * The names an article says are other than its subject: what a property that never links a thing to itself
     * (owl:IrreflexiveProperty) links the subject to, either way ("Preceded By: Constitution of the People's Republic
     * of X" in the article on the 1963 Constitution of the Socialist Republic of X, the state renamed: the key of the
     * subject's undated name, still another thing), and what the text itself says is other than it ("the present
     * Constitution of X" in the article on the 1938 one: {@link Facts#others}).
     */
    private void othersOfSubjects(Facts f) {
        f.others().forEach(r -> {
            if (r instanceof NameRef n) {
                othersOfSubjects.add(n);
            }
        });
        OntologyClasses o = OntologyClasses.get();
        for (Facts.Claim c : f.claims()) {
            if (!o.irreflexive(c.property())) {
                continue;
            }
            if (c.subject() instanceof SubjectRef && c.object() instanceof NameRef n) {
                othersOfSubjects.add(n);
            } else if (c.object() instanceof SubjectRef && c.subject() instanceof NameRef n) {
                othersOfSubjects.add(n);
            }
        }
    }

    private final Set<NameRef> othersOfSubjects = new HashSet<>();

    /**
     * The years an article says its subject existed (its "established" and "disbanded" facts), kept by the subject's
     * key: what tells one organ from another of the same name mentioned elsewhere.
     */
    private void lifetimes(Facts f) {
        OptionalInt from = f.subjectYears(true).min();
        OptionalInt to = f.subjectYears(false).max();
        String cls = f.subjectClass();
        if ((from.isPresent() || to.isPresent()) && cls != null && OntologyClasses.get().isA(cls, "StateOrgan")) {
            String root = keys.find(keyOf(f.subject(), true));
            int[] life = {from.orElse(Integer.MIN_VALUE), to.orElse(Integer.MAX_VALUE)};
            lifetimes.merge(root, life, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            lifeArticles.computeIfAbsent(root, k -> new HashSet<>()).add(f.article().id());
        }
    }

    private final Map<String, int[]> lifetimes = new HashMap<>();
    private final Map<String, Set<String>> lifeArticles = new HashMap<>();

    /**
     * Whether every sentence that names {@code r} in its article is dated a generation or more away from the lifetime
     * another article gives the thing its name is a key of: "the Assembly of Notables" of a sentence on 1993 is not
     * the body of that name dissolved in 1936, however the names agree. A sentence without a year says nothing.
     */
    private boolean outlives(NameRef r, String root) {
        int[] life = lifetimes.get(root);
        if (life == null || lifeArticles.get(root).contains(r.articleId())) {
            return false;
        }
        String own = keyOf(r, true);
        for (String article : lifeArticles.get(root)) {
            Facts f = reader.facts(article);
            if (own.equals(keyOf(f.subject(), true))) {
                return false; // the body's own title ("a history of the Grand Diet"): only another name may mislead
            }
        }
        long start = life[0] == Integer.MIN_VALUE ? Long.MIN_VALUE / 2 : life[0];
        long end = life[1] == Integer.MAX_VALUE ? Long.MAX_VALUE / 2 : life[1];
        boolean dated = false;
        for (Name n : reader.facts(r.articleId()).names()) {
            if (!n.ref().equals(r)) {
                continue;
            }
            Matcher m = YEAR.matcher(n.source().text());
            boolean any = false;
            while (m.find()) {
                long y = Integer.parseInt(m.group());
                if (y > start - GENERATION && y < end + GENERATION) {
                    return false;
                }
                any = true;
            }
            if (!any) {
                return false;
            }
            dated = true;
        }
        return dated;
    }

    /** How far from a body's lifetime the dates of a sentence must lie for a name in it to be another body's. */
    private static final int GENERATION = 25;
    private static final Pattern YEAR = Pattern.compile("\\b1[5-9]\\d\\d\\b|\\b20\\d\\d\\b");
}