package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.extract.Facts.Name;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.SubjectRef;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.SubjectMatcher;
import org.constitutionkg.extract.text.Patterns;

/**
 * Decides which references are one real thing, across all articles. A state's names are unified first (its
 * abbreviations, "Soviet Union" = "Union of Soviet Socialist Republics", two names of one subject that differ only
 * in the state: "Constitution of East Germany" / "Constitution of the German Democratic Republic"). An organ is then
 * keyed by its normalised name and its state: "Council of People's Commissars" in an article about the Azerbaijan SSR
 * is the Azerbaijan SSR's. A session is keyed by its ordinal and the body it is a session of.
 */
public final class EntityResolver {

    private static final Pattern OF = Pattern.compile(" of ");
    /** What is left of a name's head when its state is cut off: "... of the". */
    private static final Pattern TRAILING_OF = Pattern.compile("\\s+of( the)?\\s*$");
    private static final Pattern LEADING_THE = Pattern.compile("^[Tt]he ");

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final SubjectMatcher matcher;
    private final List<Facts> all;
    private final Map<String, Facts> byId = new LinkedHashMap<>();
    /** States known equal by every kind of evidence, including two names of one organ that differ in the state. */
    private final UnionFind polities = new UnionFind();
    /** States known equal by what the text says outright (aliases, abbreviations): enough to key instruments by. */
    private final UnionFind strictPolities = new UnionFind();
    private final UnionFind keys = new UnionFind();
    private final Map<String, String> jurisdiction = new HashMap<>();
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<Boolean, java.util.Set<String>> ambiguousKeys = new HashMap<>();

    EntityResolver(Lexicon lexicon, List<Facts> all) {
        this.lexicon = lexicon;
        this.normalizer = new Normalizer(lexicon);
        this.matcher = new SubjectMatcher(normalizer);
        this.all = all;
        all.forEach(f -> byId.put(f.article().id(), f));
        lexicon.genericNames().forEach(g -> genericKeys.add(normalizer.key(g, Map.of())));
        // a bare head noun ("Congress", the parent "the Fourth Congress" speaks of) is one thing only within a state
        lexicon.genericHeads().stream().filter(h -> !h.contains(" "))
                .forEach(h -> genericKeys.add(normalizer.key(h, Map.of())));
    }

    /** The generic organ names, normalised. */
    private final java.util.Set<String> genericKeys = new java.util.HashSet<>();
    /** Sessions named by an ordinal and a bare head noun that no body of the context answers to. */
    private final java.util.Set<Ref> sessionsOfNothing = new java.util.HashSet<>();
    private final Map<NameIn, List<String>> words = new HashMap<>();

    /** The normalised words of a name, computed once per name and article abbreviations. */
    private List<String> words(String name, Map<String, String> local) {
        return words.computeIfAbsent(new NameIn(name, local), k -> normalizer.words(name, local));
    }

    /** Resolves every reference; afterwards {@link #entityOf(Ref)} answers. */
    void resolve() {
        all.forEach(this::nameClaimedThings);
        all.forEach(this::surnames);
        all.forEach(this::shortNames);
        all.forEach(this::derive);
        polities();
        all.forEach(this::jurisdiction);
        all.forEach(this::gazetteerPrefixes);
        all.forEach(f -> unionNames(f, false));
        all.forEach(f -> unionNames(f, true));
        all.forEach(this::lifetimes);
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
    }

    Map<String, Entity> entities() {
        return entities;
    }

    /** The state an organ's or instrument's key ends with ("...@P:soviet union"), or null. */
    Entity stateOf(Entity e) {
        int at = e.key.lastIndexOf('@');
        if (at < 0 || !e.key.startsWith("P:", at + 1)) {
            return null;
        }
        return entities.get(keys.find(polities.find(e.key.substring(at + 1))));
    }

    /** Whether every name of {@code e} names a session of no known body ("the party's 9th Congress"). */
    boolean sessionOfNothing(Entity e) {
        return !e.names.isEmpty() && e.names.stream().allMatch(n -> sessionsOfNothing.contains(n.ref()));
    }

    Entity entityOf(Ref r) {
        return entities.computeIfAbsent(rootOf(r), Entity::new);
    }

    Map<String, String> local(String articleId) {
        Facts f = byId.get(articleId);
        return f == null ? Map.of() : f.abbreviations();
    }

    Facts facts(String articleId) {
        return byId.get(articleId);
    }

    /** Every thing a claim names has that name. */
    private void nameClaimedThings(Facts f) {
        for (Facts.Claim c : new ArrayList<>(f.claims())) {
            Object o = c.object() instanceof Facts.Seats seats ? seats.group() : c.object();
            for (Object x : List.of(c.subject(), o)) {
                if (x instanceof NameRef r) {
                    f.name(r, r.name(), "en", Origin.DIRECT, c.source());
                }
            }
        }
    }

    // ---- facts a name states by its form ------------------------------------------------------------------------

    /**
     * "Kalinin" after "Mikhail Kalinin": a person named by one word is the one person of the article whose full name
     * ends with it (none or two such: nothing is assumed).
     */
    private void surnames(Facts f) {
        Map<String, List<Name>> full = new HashMap<>();
        List<Name> single = new ArrayList<>();
        for (Name n : f.names()) {
            if (!(n.ref() instanceof NameRef r) || !"Person".equals(r.classHint()) || !n.lang().equals("en")) {
                continue;
            }
            String[] w = Patterns.WHITESPACE.split(n.text().strip());
            if (w.length == 1) {
                single.add(n);
            } else {
                full.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>()).add(n);
            }
        }
        for (Name s : single) {
            List<Name> candidates = full.getOrDefault(s.text().strip(), List.of());
            if (candidates.stream().map(Name::text).distinct().count() == 1) {
                f.name(s.ref(), candidates.get(0).text(), "en", Origin.DERIVED, s.source());
            }
        }
    }

    /**
     * "the People's Congress" after "the German People's Congress": a name that is the end of one other name of the
     * article, with the same class and only words saying whose it is before it (so the same head noun), names the same
     * thing. Two such
     * longer names ("All-Union Congress of Soviets" and "All-Russian Congress of Soviets"), and none is assumed.
     */
    private void shortNames(Facts f) {
        List<Name> names = f.names().stream().filter(n -> n.lang().equals("en") && n.origin() == Origin.DIRECT)
                .toList();
        for (Name s : names) {
            if (!(s.ref() instanceof NameRef) || !s.text().contains(" ")) {
                continue;
            }
            String cls = classOf(s.ref(), s.text());
            if (cls == null || cls.equals("Person") || cls.equals("Place")) {
                continue;
            }
            // "the German X" or "X of Germany" in the article that says "X": one thing
            List<String> longer = names.stream().map(Name::text).distinct()
                    .filter(t -> t.endsWith(" " + s.text()) && onlyWhose(t.substring(0, t.length() - s.text().length()))
                            || t.startsWith(s.text() + " of ") && ofState(t, s.text(), f))
                    .filter(t -> cls.equals(classOf(new NameRef(t, f.article().id(), null), t)))
                    .toList();
            if (longer.size() == 1) {
                f.name(s.ref(), longer.get(0), "en", Origin.DERIVED, s.source());
            }
        }
    }

    /** Whether a name is a short name and " of " a state ("People's Assembly of Hungary" for "People's Assembly"). */
    private boolean ofState(String longer, String shorter, Facts f) {
        String rest = Patterns.withoutThe(longer.substring(shorter.length() + 4));
        return tail(longer, local(f.article().id())).filter(rest::equals).isPresent();
    }

    /**
     * Whether the words before a short name only say whose it is, one or two of a demonym ("German") or an "All-"
     * adjective ("All-Union"): "Provisional" or "Upper" make another thing.
     */
    private boolean onlyWhose(String words) {
        String[] w = Patterns.WHITESPACE.split(words.strip());
        if (w.length == 0 || w.length > 2) {
            return false;
        }
        for (String x : w) {
            if (lexicon.demonym(x).isEmpty() && !x.startsWith("All-")) {
                return false;
            }
        }
        return true;
    }

    /** The body an infobox says a session belongs to ("Body: ..."), or empty. */
    private static Optional<Ref> bodyOf(Facts f, Ref session) {
        return bodyOf(f, session, true);
    }

    /** The body the article says a session belongs to (only by its infobox, or by any claim), or empty. */
    private static Optional<Ref> bodyOf(Facts f, Ref session, boolean infoboxOnly) {
        for (Facts.Claim c : f.claims()) {
            if ((c.fromInfobox() || !infoboxOnly) && c.property().equals("sessionOf") && c.subject().equals(session)
                    && c.object() instanceof Ref r) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** "Presidium of X" is part of X; "Council of Ministers of the USSR" has the USSR as jurisdiction; sessions. */
    private void derive(Facts f) {
        for (Name n : new ArrayList<>(f.names())) {
            if (!n.lang().equals("en") || n.origin() == Origin.DERIVED) {
                continue;
            }
            String cls = classOf(n.ref(), n.text());
            if ("Session".equals(cls)) {
                String parent = withoutOrdinal(n.text());
                Ref p = new NameRef(parent, f.article().id(), "Legislature");
                Optional<Ref> body = bodyOf(f, n.ref());
                if (body.isPresent() && lexicon.names().isName(parent)) {
                    // "First Xland Congress" with "Body: Congress of Xland": "Xland Congress" is that body's name
                    f.name(body.get(), parent, "en", Origin.DERIVED, n.source());
                    p = body.get();
                }
                if (body.isEmpty() && matcher.refersTo("the " + parent, f.subjectNames(), f.abbreviations())
                        && "Session".equals(f.subjectClass())) {
                    // "the Fourth Congress" in the article on the Fifth: a session of the body the Fifth is of
                    Optional<Ref> bodyOfSubject = bodyOf(f, f.subject()).or(() -> bodyOf(f, f.subject(), false));
                    if (bodyOfSubject.isEmpty()) {
                        sessionsOfNothing.add(n.ref());
                        continue;
                    }
                    p = bodyOfSubject.get();
                    // ... whose full name is the Fifth's with its ordinal: "Fourth Congress of Deputies of X"
                    String ordinal = n.text().substring(0, n.text().length() - parent.length()).strip();
                    for (String sn : f.subjectNames()) {
                        String rest = withoutOrdinal(sn);
                        if (!ordinal.isEmpty() && !rest.equals(sn) && rest.startsWith(parent + " ")) {
                            f.name(n.ref(), ordinal + " " + rest, "en", Origin.DERIVED, n.source());
                            break;
                        }
                    }
                } else if (body.isEmpty() && matcher.refersTo("the " + parent, f.subjectNames(), f.abbreviations())) {
                    p = f.subject(); // "the Fourth Duma" in the article on the State Duma: a session of the subject,
                    f.name(p, parent, "en", Origin.DERIVED, n.source()); // whose short name "Duma" keys its sessions
                } else if (!lexicon.names().isName(((NameRef) p).name())) {
                    // "the 9th Congress": a session of the body the context means, the article's own, or nothing
                    sessionsOfNothing.add(n.ref());
                    continue;
                } else {
                    f.name(p, parent, "en", Origin.DERIVED, n.source());
                }
                f.claim(n.ref(), "sessionOf", p, n.source(), false);
                Normalizer.ordinalOf(normalizer.words(n.text(), f.abbreviations())).ifPresent(o -> f.claim(n.ref(),
                        "ordinal", NodeFactory.createLiteralDT(o.toString(), XSDDatatype.XSDinteger), n.source(), false));
                continue;
            }
            if (cls == null || cls.equals("Polity") || cls.equals("Person") || cls.equals("Place")
                    || cls.equals("PoliticalGroup")) {
                continue;
            }
            tail(n.text(), f.abbreviations()).or(() -> impliedState(n.text(), f.abbreviations())).ifPresent(t -> {
                NameRef p = new NameRef(t, f.article().id(), "Polity");
                f.name(p, t, "en", Origin.DERIVED, n.source());
                f.claim(n.ref(), "jurisdiction", p, n.source(), false);
            });
            for (Lexicon.NameStructure s : lexicon.nameStructures()) {
                Matcher m = s.pattern().matcher(n.text());
                if (m.matches()) {
                    String target = m.group(1);
                    Ref t = matcher.refersTo("the " + target, f.subjectNames(), f.abbreviations()) ? f.subject()
                            : new NameRef(target, f.article().id(), null);
                    if (t instanceof NameRef tr) {
                        f.name(tr, target, "en", Origin.DERIVED, n.source());
                    }
                    f.claim(n.ref(), s.property(), t, n.source(), false);
                }
            }
        }
    }

    private String withoutOrdinal(String name) {
        String[] w = Patterns.WHITESPACE.split(name.strip());
        int i = 0;
        while (i < w.length - 1 && (lexicon.isSessionAdjective(w[i]) || w[i].equalsIgnoreCase("the"))) {
            i++;
        }
        int from = Math.min(i + 1, w.length - 1);
        while (from < w.length - 1 && lexicon.isSessionAdjective(w[from])) {
            from++;
        }
        // "Third Session of the Landtag of X": the body is what the sitting is of
        if (from + 2 < w.length && lexicon.isSittingNoun(w[from]) && w[from + 1].equals("of")) {
            from += w[from + 2].equalsIgnoreCase("the") && from + 3 < w.length ? 3 : 2;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length));
    }

    /** The state a name ends with: "Council of Ministers of the Soviet Union" → "Soviet Union". */
    Optional<String> tail(String name, Map<String, String> local) {
        return tails.computeIfAbsent(new NameIn(name, local), k -> findTail(name, local));
    }

    /** A name with the abbreviations of the article it was read in: what its class and tail depend on. */
    private record NameIn(String name, Map<String, String> local) { }

    private final Map<NameIn, Optional<String>> tails = new HashMap<>();
    private final Map<NameIn, Optional<String>> classes = new HashMap<>();

    private Optional<String> classify(String name, Map<String, String> local) {
        return classes.computeIfAbsent(new NameIn(name, local), k -> normalizer.classify(name, local));
    }

    private static final Pattern QUALIFIED = Pattern.compile("^(.+?) \\(([^()]+)\\)$");

    /**
     * The state a name implies without ending with it: a qualifier in parentheses that names a state ("Diet (Kingdom
     * of X)"), or the adjective of a state it opens with ("Hungarian Constitution of 1949", demonyms.tsv).
     */
    private Optional<String> impliedState(String name, Map<String, String> local) {
        Matcher q = QUALIFIED.matcher(name);
        if (q.matches() && isPolityName(q.group(2).strip(), local)) {
            return Optional.of(q.group(2).strip());
        }
        String[] w = Patterns.WHITESPACE.split(name.strip());
        int i = w.length > 1 && Patterns.isYear(w[0]) ? 1 : 0;
        if (i + 1 < w.length && NameFinder.capitalised(w[i + 1])) { // "Soviet of Nationalities" is no adjective
            Optional<String> two = lexicon.demonym(w[i] + " " + w[i + 1]);
            if (two.isPresent()) {
                return two;
            }
            return lexicon.demonym(w[i]);
        }
        return Optional.empty();
    }

    private Optional<String> findTail(String name, Map<String, String> local) {
        int from = 0;
        int of;
        // "Charter of the Kingdom of X of 1949" or "Constitution of X (1920)": the state, not "X (1920)"
        Matcher q = QUALIFIED.matcher(name);
        String n = YEAR_AT_END.matcher(q.matches() ? q.group(1) : name).replaceFirst("");
        while ((of = n.indexOf(" of ", from)) >= 0) {
            String t = Patterns.withoutThe(n.substring(of + 4));
            if (isPolityName(t, local)) {
                return Optional.of(t);
            }
            from = of + 1;
        }
        return Optional.empty();
    }

    /** A year after "of" at a name's end ("... of 1949"), which names no state. */
    private static final Pattern YEAR_AT_END = Pattern.compile(" of \\d{4}$");

    private boolean isPolityName(String name, Map<String, String> local) {
        String e = normalizer.expand(name, local);
        if (!e.contains(" ") && lexicon.isPolityNoun(e)) {
            return false;
        }
        String first = e.split(" ")[0];
        if (first.endsWith("s") && lexicon.isPolityNoun(first.substring(0, first.length() - 1))) {
            return false; // "Chamber of Republics and Provinces": several states are no state
        }
        return lexicon.classOf(OF.split(e)[0]).filter("Polity"::equals).isPresent();
    }

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

    // ---- states ------------------------------------------------------------------------------------------------

    /** A state's key: its normalised words in alphabetical order, so word order variants of one name agree. */
    private String polityKey(String name, String articleId) {
        List<String> words = new ArrayList<>(words(Patterns.withoutThe(name), local(articleId)));
        java.util.Collections.sort(words);
        return "P:" + String.join(" ", words);
    }

    private void polities() {
        for (Facts f : all) {
            Map<Ref, String> first = new HashMap<>();
            for (Name n : f.names()) {
                if ("Polity".equals(classOf(n.ref(), n.text())) && n.lang().equals("en")) {
                    String k = polityKey(n.text(), f.article().id());
                    polities.find(k);
                    String prev = first.putIfAbsent(n.ref(), k);
                    if (prev != null) {
                        unionPolities(prev, k, true);
                    }
                }
            }
            subjectTails(f);
        }
        for (String[] a : lexicon.aliases()) {
            unionPolities(polityKey(a[0], ""), polityKey(a[1], ""), true);
        }
    }

    /**
     * Two names of one subject that differ only in their state name one state in two ways, when one of them is a
     * colloquial name ("Constitution of East Germany" / "... of the German Democratic Republic"). Two formal names
     * ("Supreme Soviet of the Russian SFSR" / "... of the Russian Federation") may be successive states: not joined.
     */
    private void subjectTails(Facts f) {
        List<String> names = f.subjectNames();
        String formal = null;
        List<String> colloquial = new ArrayList<>();
        String formalHead = null;
        for (String n : names) {
            Optional<String> t = tail(n, f.abbreviations());
            if (t.isEmpty()) {
                continue;
            }
            String expanded = normalizer.expand(t.get(), f.abbreviations());
            // formal: a polity noun is the head ("... Soviet Republic", "Union of ..."), not a modifier ("Soviet Russia")
            String[] headWords = Patterns.WHITESPACE.split(OF.split(expanded)[0].strip());
            boolean isFormal = lexicon.isPolityNoun(headWords[headWords.length - 1]);
            if (isFormal && formal == null) {
                formal = t.get();
                formalHead = String.join(" ", head(n, t.get()));
            } else if (!isFormal) {
                colloquial.add(n);
            }
        }
        for (String n : colloquial) {
            String t = tail(n, f.abbreviations()).orElseThrow();
            if (formal != null && String.join(" ", head(n, t)).equals(formalHead)) {
                unionPolities(polityKey(t, f.article().id()), polityKey(formal, f.article().id()), false);
            }
        }
    }

    private List<String> head(String name, String tail) {
        String h = TRAILING_OF.matcher(name.substring(0, name.lastIndexOf(tail))).replaceAll("");
        List<String> w = normalizer.words(h, Map.of());
        return !w.isEmpty() && Patterns.isYear(w.get(0)) ? w.subList(1, w.size()) : w;
    }

    private void unionPolities(String a, String b, boolean stated) {
        polities.union(a, b);
        if (stated) {
            strictPolities.union(a, b);
        }
    }

    private void jurisdiction(Facts f) {
        String id = f.article().id();
        // the state the title names ("National Assembly of X": X), before any the text says the subject served
        Optional<String> own = tail(f.article().title().text(), local(id));
        if (own.isPresent()) {
            jurisdiction.put(id, polityKey(own.get(), id));
            return;
        }
        for (Facts.Claim c : f.claims()) {
            if (c.subject() instanceof SubjectRef && c.property().equals("jurisdiction") && c.object() instanceof NameRef n) {
                jurisdiction.put(id, polityKey(n.name(), id));
                return;
            }
        }
    }

    /** "Azerbaijan" in an article whose state is the "Azerbaijan Soviet Socialist Republic" is that state. */
    private void gazetteerPrefixes(Facts f) {
        String j = jurisdiction.get(f.article().id());
        if (j == null) {
            return;
        }
        j = polities.find(j);
        List<String> words = List.of(j.substring(2).split(" "));
        // "Azerbaijan" in an article on the "Azerbaijan Soviet Socialist Republic"; not "Germany" for "East Germany"
        if (words.stream().noneMatch(w -> lexicon.isPolityNoun(w.isEmpty() ? w
                : Character.toUpperCase(w.charAt(0)) + w.substring(1)))) {
            return;
        }
        for (Name n : f.names()) {
            if ("Polity".equals(classOf(n.ref(), n.text())) && !n.text().contains(" ")
                    && words.contains(n.text().toLowerCase(java.util.Locale.ROOT))) {
                unionPolities(j, polityKey(n.text(), f.article().id()), false);
            }
        }
    }

    // ---- organs, instruments, sessions -------------------------------------------------------------------------

    private String nameKey(String name, String articleId, String hint, boolean sessions) {
        String n = lexicon.rewrite(LEADING_THE.matcher(name.strip()).replaceFirst(""));
        Map<String, String> local = local(articleId);
        Optional<String> cls = classify(n, local);
        String c = cls.orElse(hint);
        if ("Polity".equals(c)) {
            return polities.find(polityKey(n, articleId));
        }

        List<String> words = words(n, local);
        Optional<Integer> ordinal = Normalizer.ordinalOf(words);
        if (ordinal.isPresent()) {
            String parent = keys.find(nameKey(withoutOrdinal(n), articleId, "Legislature", false));
            return sessions ? "S:" + ordinal.get() + "@" + parent : "S?:" + String.join(" ", words);
        }
        boolean instrument = c != null && OntologyClasses.get().isA(c, "LegalInstrument");
        UnionFind states = instrument ? strictPolities : polities;
        Optional<String> t = tail(n, local);
        if (t.isPresent()) {
            String head = TRAILING_OF.matcher(n.substring(0, n.lastIndexOf(t.get()))).replaceAll("");
            return "N:" + String.join(" ", words(head, local)) + "@" + states.find(polityKey(t.get(), articleId));
        }
        List<String> head = !words.isEmpty() && Patterns.isYear(words.get(0)) ? words.subList(1, words.size()) : words;
        if (isGeneric(head)) {
            // a name every state's organ may have is one thing only within a state: the article's, or, when the
            // article names none, the article itself (two articles' "Senate" are never merged by name alone)
            String j = jurisdiction.get(articleId);
            return "N:" + String.join(" ", words) + "@" + (j != null ? states.find(j) : "A:" + articleId);
        }
        return "N:" + String.join(" ", words);
    }

    private boolean isGeneric(List<String> words) {
        return genericKeys.contains(String.join(" ", words));
    }

    private String keyOf(Ref r, boolean sessions) {
        if (r instanceof SubjectRef s) {
            Facts f = byId.get(s.articleId());
            return nameKey(f.article().title().text(), s.articleId(), f.subjectClass(), sessions);
        }
        NameRef n = (NameRef) r;
        return nameKey(n.name(), n.articleId(), n.classHint(), sessions);
    }

    private java.util.Set<String> ambiguous(boolean sessions) {
        return ambiguousKeys.computeIfAbsent(sessions, this::ambiguousSubjectKeys);
    }

    /** Keys that name the subjects of two different articles ("Constitution of the RSFSR" for 1918 and 1978). */
    private java.util.Set<String> ambiguousSubjectKeys(boolean sessions) {
        Map<String, java.util.Set<String>> articles = new HashMap<>();
        for (Facts f : all) {
            for (String n : f.subjectNames()) {
                if (!n.contains(", ")) {
                    String k = nameKey(n, f.article().id(), f.subjectClass(), sessions);
                    articles.computeIfAbsent(k, x -> new java.util.HashSet<>()).add(
                            nameKey(f.article().title().text(), f.article().id(), f.subjectClass(), sessions));
                }
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        articles.forEach((k, titles) -> {
            if (titles.size() > 1) {
                out.add(k);
            }
        });
        return out;
    }

    /** All English names given to one reference are names of one thing. */
    private void unionNames(Facts f, boolean sessions) {
        java.util.Set<String> ambiguous = ambiguous(sessions);
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
            keys.union(first.computeIfAbsent(n.ref(), x -> refKey), k);
        }
    }

    /** The key of a reference's thing; only asked once the names are joined, so each answer is final and kept. */
    private String rootOf(Ref r) {
        String root = roots.get(r);
        if (root == null) {
            root = keys.find(keyOf(r, true));
            if (r instanceof NameRef n && outlives(n, root)) {
                root = root + "@A:" + n.articleId();
            }
            roots.put(r, root);
        }
        return root;
    }

    private final Map<Ref, String> roots = new HashMap<>();

    /**
     * The years an article says its subject existed (its "established" and "disbanded" facts), kept by the subject's
     * key: what tells one organ from another of the same name mentioned elsewhere.
     */
    private void lifetimes(Facts f) {
        java.util.OptionalInt from = f.subjectYears(true).min();
        java.util.OptionalInt to = f.subjectYears(false).max();
        String cls = f.subjectClass();
        if ((from.isPresent() || to.isPresent()) && cls != null && OntologyClasses.get().isA(cls, "StateOrgan")) {
            String root = keys.find(keyOf(f.subject(), true));
            int[] life = {from.orElse(Integer.MIN_VALUE), to.orElse(Integer.MAX_VALUE)};
            lifetimes.merge(root, life, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
            lifeArticles.computeIfAbsent(root, k -> new java.util.HashSet<>()).add(f.article().id());
        }
    }

    private final Map<String, int[]> lifetimes = new HashMap<>();
    private final Map<String, java.util.Set<String>> lifeArticles = new HashMap<>();

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
            Facts f = byId.get(article);
            if (own.equals(keyOf(f.subject(), true))) {
                return false; // the body's own title ("a history of the Grand Diet"): only another name may mislead
            }
        }
        long start = life[0] == Integer.MIN_VALUE ? Long.MIN_VALUE / 2 : life[0];
        long end = life[1] == Integer.MAX_VALUE ? Long.MAX_VALUE / 2 : life[1];
        boolean dated = false;
        for (Name n : byId.get(r.articleId()).names()) {
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
