package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Name;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.SubjectMatcher;
import org.constitutionkg.extract.text.Patterns;

/**
 * The names and facts a name states by its form, added to its article before {@link EntityResolver} keys anything:
 * "Kalinin" after "Mikhail Kalinin" is his surname, "the People's Congress" after "the German People's Congress" its
 * short name, "Council of Ministers of the USSR" has the USSR as jurisdiction, "Presidium of X" is part of X, "the
 * Fourth Congress" is a session of the Congress with the ordinal 4. A derived name (Origin.DERIVED) is a name of its
 * reference like any other when the resolver keys and joins the names; a session whose body nothing in its context
 * answers to is remembered as a session of nothing.
 */
final class DerivedFacts {

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final SubjectMatcher matcher;
    private final NameReader reader;
    /** The keys of aliases.tsv's pairs of names ("Soviet Union", "Union of Soviet Socialist Republics"). */
    private final List<String[]> aliasKeys;
    /** Sessions named by an ordinal and a bare head noun that no body of the context answers to. */
    private final Set<Ref> sessionsOfNothing = new HashSet<>();

    DerivedFacts(Lexicon lexicon, Normalizer normalizer, NameReader reader) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.matcher = new SubjectMatcher(normalizer);
        this.reader = reader;
        this.aliasKeys = lexicon.aliases().stream().map(a -> new String[] {normalizer.key(a[0], Map.of()),
                normalizer.key(a[1], Map.of())}).toList();
    }

    /** Adds to every article the names and facts its names state by their form. */
    void deriveAll(List<Facts> all) {
        all.forEach(this::nameClaimedThings);
        all.forEach(this::surnames);
        all.forEach(this::shortNames);
        all.forEach(this::derive);
        all.forEach(this::yearsOfConstitutions);
        all.forEach(DerivedFacts::inverses);
        all.forEach(DerivedFacts::townsOfMeetingPlaces);
    }

    /**
     * The claim of a year a constitution's name gives ({@link #yearsOfConstitutions}): an "adopted" that
     * {@link GraphBuilder} states only where no article dates the thing's adoption otherwise.
     */
    static final String YEAR_OF_NAME = "adoptedInTheYearOfItsName";

    /** An instrument's name that ends with " of " and the year or day it was made: "Act XII of 1926". */
    private static final Pattern DATE_NAMED = Pattern.compile(
            "^(?:(?! of | on ).)+(?: of \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?)? of ("
            + org.constitutionkg.extract.text.DateParser.DATE_REGEX + "|\\d{4})$");

    /** Words of a name of a text that may never have been made: "Draft Constitution of 1935" (unmade-words.txt). */
    private static final Set<String> UNMADE = Lexicon.lowerWords("unmade-words.txt");

    /** A constitution's name with the year it was made: "the 1960 Constitution of X", "Xish Constitution of 1949". */
    private static final Pattern YEAR_NAMED = Pattern.compile(
            "^(?:[Tt]he )?(?:(\\d{4}) (?:\\p{Lu}[\\p{L}'’-]* )*Constitution\\b.*|.*\\bConstitution\\b.*? of (\\d{4})"
            + "|.*\\bConstitution\\b.*? \\((\\d{4})\\))$");

    /**
     * A constitution named by its year was adopted in that year ("the 1960 Constitution", "the Constitution of 1949"), as
     * English names them by the year they were made; so was any other instrument whose name ends with "of" and a year
     * or a day, after no other "of" or "on" phrase than a place's ("Act XII of 1926", "the Velm Compromise of 1914",
     * "the Treaty of Velm of 1919"; not "the Law on the Restoration of the Constitution of 1922"). Only where no article
     * dates its adoption otherwise (GraphBuilder: {@link #YEAR_OF_NAME}); not when its names give two dates.
     */
    private void yearsOfConstitutions(Facts f) {
        // (by name: a name's claims may be made of a ref of another class hint)
        Map<Object, Set<String>> years = new java.util.LinkedHashMap<>();
        Map<Object, Name> first = new HashMap<>();
        Map<String, org.apache.jena.graph.Node> dates = new HashMap<>();
        for (Name n : f.names()) {
            if (!n.lang().equals("en") || n.origin() == Origin.DERIVED) {
                continue;
            }
            Matcher m = YEAR_NAMED.matcher(n.text());
            String cls = reader.classOf(n.ref(), n.text());
            boolean unmade = java.util.Arrays.stream(Patterns.WHITESPACE.split(n.text()))
                    .anyMatch(w -> UNMADE.contains(w.toLowerCase(java.util.Locale.ROOT)));
            if (m.matches() && cls != null && OntologyClasses.get().isA(cls, "Constitution") && !unmade) {
                String y = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                years.computeIfAbsent(key(n.ref()), k -> new java.util.TreeSet<>()).add(y);
                first.putIfAbsent(key(n.ref()), n);
                continue;
            }
            // any other instrument named by the day or year it was made after "of": "Act XII of 1926", "the Ytown
            // Compromise of 1867", "the Statute of 3 May 1861"
            Matcher d = DATE_NAMED.matcher(n.text());
            if (d.matches() && cls != null && OntologyClasses.get().isA(cls, "LegalInstrument") && !unmade) {
                org.constitutionkg.extract.text.DateParser.parse(d.group(1)).ifPresent(date -> {
                    years.computeIfAbsent(key(n.ref()), k -> new java.util.TreeSet<>()).add(date.lexical());
                    dates.put(date.lexical(), date.toNode());
                    first.putIfAbsent(key(n.ref()), n);
                });
            }
        }
        years.forEach((key, ys) -> {
            if (ys.size() == 1) { // (GraphBuilder states it only where nothing else dates the adoption)
                Name n = first.get(key);
                String y = ys.iterator().next();
                f.claim(n.ref(), YEAR_OF_NAME, dates.getOrDefault(y, NodeFactory.createLiteralDT(y, XSDDatatype.XSDgYear)),
                        n.source(), false);
            }
        });
    }

    /** What a ref names: the subject, or a name's text. */
    private static Object key(Ref r) {
        return r instanceof NameRef nr ? nr.name() : r;
    }

    /**
     * A body that met in a building met in the town the building lies in: "Meeting place: Hall of Ora, Ytown" (the hall
     * in Ytown) places the body in Ytown too, stated by the line that names where it met (the building's town may be
     * another line's); a state the building lies in is no town.
     */
    private static void townsOfMeetingPlaces(Facts f) {
        Map<Ref, List<Facts.Claim>> locations = new HashMap<>();
        for (Facts.Claim c : f.claims()) {
            if (c.property().equals("location") && c.object() instanceof NameRef town
                    && "Place".equals(town.classHint())) {
                locations.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
            }
        }
        for (Facts.Claim c : new ArrayList<>(f.claims())) {
            if (c.property().equals("meetingPlace") && c.object() instanceof Ref building) {
                for (Facts.Claim in : locations.getOrDefault(building, List.of())) {
                    f.claim(c.subject(), "location", in.object(), c.source(), c.fromInfobox());
                }
            }
        }
    }

    /**
     * The properties of succession and repeal and their inverses (owl:inverseOf in the ontology): what the text states
     * in one direction ("X was replaced by Y") is published in both (Y precededBy X, X succeededBy Y), from the same
     * source line, so that a query or a page on either end finds it.
     */
    private static final Map<String, String> INVERSES = Map.of("precededBy", "succeededBy", "succeededBy",
            "precededBy", "repeals", "repealedBy", "repealedBy", "repeals");

    private static void inverses(Facts f) {
        for (Facts.Claim c : new ArrayList<>(f.claims())) {
            String inverse = INVERSES.get(c.property());
            if (inverse != null && c.object() instanceof Ref o) {
                f.claim(o, inverse, c.subject(), c.source(), c.fromInfobox());
            }
        }
    }

    /**
     * What a claim's thing is compared by among the things the article says succeed or precede its subject: a name by
     * its text (whatever class hint it was given), another reference as itself.
     */
    private static Object successionKey(Object r) {
        return r instanceof NameRef n ? n.name() : r;
    }

    private static final Set<String> SUCCESSION = Set.of("succeededBy", "precededBy", "replaces", "replacedBy");

    /** Whether a reference names a session of no known body ("the party's 9th Congress"). */
    boolean sessionOfNothing(Ref r) {
        return sessionsOfNothing.contains(r);
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

    /**
     * "Kalinin" after "Mikhail Kalinin": a person named by one word is the one person of the article whose full name
     * ends with it, or when none does, the one with it as another word ("Mengistu" of "Mengistu Haile Mariam"); none
     * or two such: nothing is assumed.
     */
    private void surnames(Facts f) {
        Map<String, List<Name>> full = new HashMap<>();
        Map<String, List<Name>> byOtherWord = new HashMap<>(); // (a first or middle word: "Mengistu Haile Mariam")
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
                for (int i = 0; i < w.length - 1; i++) {
                    if (w[i].length() > 2 && Character.isUpperCase(w[i].codePointAt(0)) && !w[i].endsWith(".")) {
                        byOtherWord.computeIfAbsent(w[i], k -> new ArrayList<>()).add(n);
                    }
                }
            }
        }
        for (Name s : single) {
            List<Name> candidates = full.getOrDefault(s.text().strip(), List.of());
            if (candidates.isEmpty()) {
                // "Mengistu" after "Mengistu Haile Mariam" (a name whose short form is not its last word), when no
                // full name ends with it: the one person of the article with that word in the name
                candidates = byOtherWord.getOrDefault(s.text().strip(), List.of());
            }
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
        List<Name> names = f.names().stream().filter(n -> n.lang().equals("en") && n.origin().stated())
                .toList();
        java.util.Set<String> own = articlesStates(f); // (once an article: this loop names no state of its subject)
        java.util.Set<String> ownKeys = own == null ? null : stateKeys(own, f);
        for (Name s : names) {
            if (!(s.ref() instanceof NameRef) || !s.text().contains(" ")) {
                continue;
            }
            String cls = reader.classOf(s.ref(), s.text());
            if (cls == null || cls.equals("Person") || cls.equals("Place")) {
                continue;
            }
            // "the German X" or "X of Germany" in the article that says "X": one thing
            List<String> longer = names.stream().map(Name::text).distinct()
                    .filter(t -> t.endsWith(" " + s.text()) && onlyWhose(t.substring(0, t.length() - s.text().length()))
                            && ofTheArticlesState(own, t.substring(0, t.length() - s.text().length()))
                            || t.startsWith(s.text() + " of ") && ofState(t, s.text(), f)
                                    && (!lexicon.genericNames().contains(s.text())
                                            || ofTheArticlesStateNamed(ownKeys, t.substring(s.text().length() + 4), f)))
                    .filter(t -> cls.equals(reader.classOf(new NameRef(t, f.article().id(), null), t)))
                    .toList();
            if (longer.size() == 1 && (f.subjectNames().contains(longer.get(0)) || !indefinite(s))) {
                // ("elected a Central Committee": a new one, no "All-X Central Committee" named before; but "to
                // convene a Constituent Assembly" in the article on the All-X Constituent Assembly is the subject)
                f.name(s.ref(), longer.get(0), "en", Origin.DERIVED, s.source());
            }
        }
    }

    /** Whether every time its line gives a name, "a" or "an" goes before it: "elected a Central Committee". */
    private static boolean indefinite(Name n) {
        String line = n.source() == null ? null : n.source().text();
        if (line == null) {
            return false;
        }
        int at = line.indexOf(n.text());
        if (at < 0) {
            return false;
        }
        for (; at >= 0; at = line.indexOf(n.text(), at + 1)) {
            String before = line.substring(Math.max(0, at - 3), at);
            if (!(before.endsWith(" a ") || before.endsWith("an ") && (at < 4 || line.charAt(at - 4) == ' ')
                    || at == 2 && before.equals("A ") || at == 3 && before.equals("An "))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names that say which state an article is of: the subject's names, the states those end with, the
     * jurisdictions the article gives its subject; null when the article says no state of its own ({@link
     * #ofTheArticlesState}).
     */
    private java.util.Set<String> articlesStates(Facts f) {
        java.util.Set<String> own = new java.util.HashSet<>();
        boolean statesOwn = false;
        for (String sn : f.subjectNames()) {
            own.add(sn);
            Optional<String> tail = reader.tail(withoutPurpose(sn), f.abbreviations());
            tail.ifPresent(own::add);
            statesOwn |= sn.contains("All-") || tail.isPresent();
        }
        statesOwn |= "Polity".equals(f.subjectClass()); // (an article on a state is of that state)
        for (Facts.Claim c : f.claims()) {
            if (c.subject() instanceof Facts.SubjectRef && c.property().equals("jurisdiction")
                    && c.object() instanceof NameRef j) {
                own.add(j.name());
            }
        }
        return statesOwn || own.size() > f.subjectNames().size() ? own : null;
    }

    /**
     * Whether the words that say whose a longer name is ("All-Ostrian", "German") may be the article's own state's: the
     * subject's names hold them, or their land ("Ostrian" of "Ostrian SSR", "Ostria" of the demonym), or the article
     * says no state of its own ({@code own} null: {@link #articlesStates}). In the article on the "First All-Velmian
     * Congress", the "Central Executive Committee" it elected is no short name of the "All-Ostrian Central Executive
     * Committee" it names too.
     */
    private boolean ofTheArticlesState(java.util.Set<String> own, String words) {
        if (own == null) {
            return true;
        }
        for (String w : Patterns.WHITESPACE.split(words.strip())) {
            String base = w.startsWith("All-") ? w.substring(4) : w;
            String land = lexicon.demonym(base).orElse(base);
            if (own.stream().anyMatch(o -> o.contains(w) || o.contains(base) || o.contains(land))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the state a longer name ends with ("Supreme Soviet of the Xian Union") may be the article's own: one of
     * its names' keys ({@link #articlesStates}, {@link #stateKeys}), or the article says no state of its own ({@code
     * ownKeys} null). In the article on a republic, "the Supreme Soviet" is the republic's, no short name of the union's
     * "Supreme Soviet of the Xian Union" it names too.
     */
    private boolean ofTheArticlesStateNamed(java.util.Set<String> ownKeys, String state, Facts f) {
        return ownKeys == null || stateKeys(java.util.Set.of(state), f).stream().anyMatch(ownKeys::contains);
    }

    /**
     * The keys of states' names: each name's own, and those of the names aliases.tsv says are the same ("Soviet Union",
     * "USSR").
     */
    private java.util.Set<String> stateKeys(java.util.Set<String> states, Facts f) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String state : states) {
            String k = normalizer.key(Patterns.withoutThe(state.strip()), f.abbreviations());
            out.add(k);
            for (String[] a : aliasKeys) {
                if (a[0].equals(k) || a[1].equals(k)) {
                    out.add(a[0]);
                    out.add(a[1]);
                }
            }
        }
        return out;
    }


    /** Whether a name is a short name and " of " a state ("People's Assembly of Hungary" for "People's Assembly"). */
    private boolean ofState(String longer, String shorter, Facts f) {
        String rest = Patterns.withoutThe(longer.substring(shorter.length() + 4));
        return reader.tail(longer, reader.local(f.article().id())).filter(rest::equals).isPresent();
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

    /** Whether a session's name has the ordinal its first name has ("Second Congress of Councils", "Second All-X ..."). */
    private boolean sameOrdinal(Facts f, Name n, String first) {
        return first != null && Normalizer.ordinalOf(normalizer.words(n.text(), f.abbreviations()))
                .equals(Normalizer.ordinalOf(normalizer.words(first, f.abbreviations())));
    }

    /**
     * The noun of a sitting the article's subject is named as ("Convocation" of the "Diet of X (3rd convocation)" or
     * of the "Third Convocation of the Diet of X"), or empty.
     */
    private Optional<String> subjectSittingNoun(Facts f) {
        for (String sn : f.subjectNames()) {
            Optional<String> noun = sittingNoun(sn);
            if (noun.isPresent()) {
                return noun;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a sitting's name is followed in its sentence by "of" and a name or description of another body than the
     * article's subject: "the second session of YLC", "the second session of the council" in the article on a
     * committee.
     */
    private boolean ofAnother(Facts f, Name n) {
        String text = n.source().text();
        int at = text.toLowerCase(java.util.Locale.ROOT).indexOf(n.text().toLowerCase(java.util.Locale.ROOT) + " of ");
        if (at < 0) {
            return false;
        }
        Matcher of = OF_WHAT.matcher(text).region(at + n.text().length(), text.length());
        return of.lookingAt() && !matcher.refersTo((of.group(1) == null ? "" : "the ") + of.group(2),
                f.subjectNames(), f.abbreviations());
    }

    /** " of the council", " of YLC", " of the Ylan Council": what a sitting is of (group 2; group 1 its "the"). */
    private static final java.util.regex.Pattern OF_WHAT = java.util.regex.Pattern.compile(
            " of (the )?((?:\\p{Lu}[\\w'’-]*|\\p{Ll}+)(?: (?:of|the|\\p{Lu}[\\w'’-]*))*)");

    /**
     * Whether a numbered common noun for a legislature ("XXIV Legislature", "Fifth Parliament"), in the article on
     * a legislature or a chamber, names a term of it: a body is not numbered, its terms are ("First Chamber" is a
     * house, not a term: a chamber's word is not one).
     */
    private boolean termOfTheSubject(Facts f, String parent, String name) {
        OntologyClasses o = OntologyClasses.get();
        return !parent.contains(" ") && !parent.equals(name) && f.subjectClass() != null
                && lexicon.genericHeads().contains(parent.toLowerCase(java.util.Locale.ROOT)) // (not "1st Riigikogu")
                && (o.isA(f.subjectClass(), "Legislature") || o.isA(f.subjectClass(), "Chamber"))
                && normalizer.classify(parent, Map.of()).filter("Legislature"::equals).isPresent();
    }

    /**
     * The sitting noun of a numbered sitting's name ("Convocation" of the "Diet of X (3rd convocation)", "Session" of
     * the "Third Session of the Diet" or of the "Third Plenary Session of the Diet"), or empty.
     */
    private Optional<String> sittingNoun(String name) {
        String[] w = Patterns.WHITESPACE.split(normalizer.sittingFirst(name));
        int k = 1;
        while (k < w.length - 1 && lexicon.isSessionAdjective(w[k])) {
            k++; // "Second Plenary Session of X"
        }
        return w.length > k + 1 && lexicon.ordinal(w[0]).isPresent() && lexicon.isSittingNoun(w[k]) ? Optional.of(w[k])
                : Optional.empty();
    }

    /**
     * Whether a name implies its state only by an adjective that is also a common word of the genre ("Soviet
     * Assembly", demonyms.tsv "common") while the article names that state nowhere else: then it says no state.
     */
    private boolean byCommonAdjective(Facts f, String name, String state) {
        String first = Patterns.WHITESPACE.split(name.strip())[0];
        if (!lexicon.commonAdjective(first)) {
            return false;
        }
        Set<String> names = new HashSet<>(Set.of(state));
        for (String[] a : lexicon.aliases()) {
            if (a[0].equals(state) || a[1].equals(state)) {
                names.add(a[0]);
                names.add(a[1]);
            }
        }
        // (anywhere in the article: a name with no facts of its own, an infobox value, a sentence)
        java.util.stream.Stream<String> texts = java.util.stream.Stream.concat(java.util.stream.Stream.concat(
                f.names().stream().map(Name::text), f.article().blocks().stream().map(b -> b.text())),
                f.article().infobox().stream().map(x -> x.value()));
        return texts.noneMatch(t -> names.stream().anyMatch(t::contains));
    }

    /** "known (locally) as the", "also called", "nicknamed": what a nickname follows in its line. */
    private static final Pattern NICKNAMED = Pattern.compile(
            "\\b(?:known (?:locally|popularly|colloquially|informally|unofficially|also) as|(?:also|so-|commonly|often|"
            + "popularly|informally) called|nicknamed|dubbed|referred to as)(?: it| them)?(?: the)? [\"“]?$");

    /** Whether a name is one the text gives as a nickname: "known locally as the Xian Charter". */
    private static boolean nickname(Name n) {
        String line = n.source().text();
        int at = line.indexOf(n.text());
        return at > 0 && NICKNAMED.matcher(line.substring(Math.max(0, at - 40), at)).find();
    }

    /**
     * Whether a state's short name is part of the name of the state the subject's own name says it is of ("Saxony" of
     * the "Landtag of the Kingdom of Saxony"): then a body before or after the subject that is named after the short
     * name ("- Succeeded By: Saxon People's Chamber", "- Preceded By: Estates of Saxony") is of that land under another
     * regime, no body of the subject's state, and its name says no state (not of a plain "Republic of X": "Congress of
     * X" before the "Congress of the Republic of X" is of the same state).
     */
    private boolean regimeOfTheSubject(Facts f, String state) {
        if (f.subjectNames().isEmpty()) {
            return false;
        }
        // (its first name only: "known after 1990 as the Supreme Council of the Republic of X" names a later regime)
        Optional<String> own = reader.tail(withoutPurpose(f.subjectNames().get(0)), f.abbreviations());
        return own.isPresent() && !own.get().equals(state) && (own.get().endsWith(" of " + state)
                || own.get().endsWith(" of the " + state)) && !PLAIN_REPUBLIC.matcher(own.get()).matches();
    }

    /** "Republic of X": a formal name the short name "X" stands for in any era, no regime of its own. */
    private static final Pattern PLAIN_REPUBLIC = Pattern.compile("(?:the )?Republic of (?:the )?\\p{Lu}[\\p{L}' -]*");

    /** Whether a name is of the shape "Y of X" for the body X: "Congress of the Workers' Party" of the Workers' Party. */
    private static boolean organOf(String name, Ref body) {
        if (!(body instanceof NameRef b)) {
            return false;
        }
        String bare = Patterns.withoutThe(b.name());
        return name.endsWith(" of " + bare) || name.endsWith(" of the " + bare);
    }

    /**
     * A name less a purpose or a topic after its "of" ("Constitution of the Republic of X for the Period of Tutelage",
     * "Declaration of the Supreme Council of X on the Restoration of Independence": the state is the Republic of X, or
     * X, no "X on the Restoration ..."); the name itself keeps it.
     */
    static String withoutPurpose(String name) {
        int of = name.indexOf(" of ");
        Matcher purpose = of < 0 ? null : PURPOSE.matcher(name);
        return purpose != null && purpose.find(of) ? name.substring(0, purpose.start()) : name;
    }

    /**
     * What opens a purpose or a topic after a name's "of": " for ", " on the ", " concerning "; or its time: " in the
     * Transitional Period" (time-nouns.txt).
     */
    private static final Pattern PURPOSE = Pattern.compile(" (?:(?:for|on|concerning|regarding) (?=the |\\p{Lu})"
            + "|in the (?:\\p{Lu}[\\p{L}-]* ){0,3}(?i:" + String.join("|", org.constitutionkg.extract.Lexicon.lowerWords(
                    "time-nouns.txt").stream().map(Pattern::quote).toList()) + ")$)");

    /**
     * Whether a sitting's name without its ordinal ("Ordinary National Assembly", "Imperial Diet of 1653") may be of
     * the series a subject's name is of: every capitalised word before its head noun is a word of one of the subject's
     * names ("the Fourth Duma" in the article on the State Duma; not the "26th Ordinary National Assembly" in the one
     * on a Grand National Assembly, nor the "Imperial Diet of 1653" in the one on the Perpetual Diet).
     */
    private boolean sameSeries(String parent, List<String> subjectNames) {
        String[] w = Patterns.WHITESPACE.split(Patterns.withoutThe(Patterns.withoutYearAfter(parent)).strip());
        int head = 0;
        while (head < w.length && !w[head].equals("of")) {
            head++;
        }
        head--; // the head noun: the last word before "of", or the last word
        for (int i = 0; i < head; i++) {
            String word = w[i];
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                continue;
            }
            boolean found = subjectNames.stream().anyMatch(sn -> List.of(Patterns.WHITESPACE.split(sn)).contains(word));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "Presidium of X" is part of X; "Council of Ministers of the USSR" has the USSR as jurisdiction; sessions. */
    private void derive(Facts f) {
        // the bodies the text says sessions are of ("X was a session of the Y"), before any is derived from a name
        Map<Ref, Ref> statedBodies = new java.util.HashMap<>();
        Map<Ref, Ref> derivedBodies = new java.util.HashMap<>();
        Map<Ref, String> firstNames = new java.util.HashMap<>();
        // the things the article says succeed or precede its subject ("- Succeeded by: First Xian Congress"): other
        // bodies, never one of the subject's own sittings, whatever their names share with the subject's
        Set<Object> succession = new java.util.HashSet<>();
        for (Facts.Claim c : f.claims()) {
            if (c.property().equals("sessionOf") && c.object() instanceof Ref r) {
                statedBodies.putIfAbsent(c.subject(), r);
            }
            Object other = !SUCCESSION.contains(c.property()) ? null : c.subject() instanceof Facts.SubjectRef
                    ? c.object() : c.object() instanceof Facts.SubjectRef ? c.subject() : null;
            if (other != null) {
                succession.add(successionKey(other));
                if (other instanceof NameRef nr && nr.name().indexOf(" of ") > 0) {
                    // (and its short name before "of": "The Fourth Diet, which it replaced" of "Fourth Diet of X")
                    succession.add(nr.name().substring(0, nr.name().indexOf(" of ")));
                }
            }
        }
        for (Name n : new ArrayList<>(f.names())) {
            if (!n.lang().equals("en") || n.origin() == Origin.DERIVED) {
                continue;
            }
            String cls = reader.classOf(n.ref(), n.text());
            if ("Session".equals(cls)) {
                String parent = reader.withoutOrdinal(n.text());
                Ref p = new NameRef(parent, f.article().id(), "Legislature");
                Optional<Ref> body = f.bodyOf(n.ref(), true);
                // the body the text says ("X was a session of the Y"), else the one an earlier name of the session
                // gave ("Second Congress of Councils" after the "Second All-Xland Congress of Workers' Councils": one
                // body, not two); named so only when the names agree: the same head noun ("Congress of X" is no name
                // of the Grand Council a text says the congress sat in), words of its own ("Party Congress" of the
                // "Second Party Congress" names nothing), the same ordinal (the "Tenth All-X Congress", also "the First
                // Congress of the Union", sat in two bodies' series)
                Ref other = body.isPresent() ? null : statedBodies.containsKey(n.ref()) ? statedBodies.get(n.ref())
                        : derivedBodies.get(n.ref());
                if (other != null) {
                    String first = other instanceof NameRef on ? on.name() : null;
                    boolean derived = other.equals(derivedBodies.get(n.ref()));
                    if (first != null && lexicon.names().isName(parent) && parent.contains(" of ")
                            && Discourse.headNoun(first).equals(Discourse.headNoun(parent))
                            && (!derived || sameOrdinal(f, n, firstNames.get(n.ref())))) {
                        f.name(other, parent, "en", Origin.DERIVED, n.source());
                    }
                    f.claim(n.ref(), "sessionOf", other, n.source(), false);
                    continue;
                }
                // ("Congress of the X Party" with "Body: X Party" names an organ of it, not it)
                boolean organOfBody = body.isPresent() && lexicon.names().isName(parent) && organOf(parent, body.get());
                if (body.isPresent() && lexicon.names().isName(parent)) {
                    // "First Xland Congress" with "Body: Congress of Xland": "Xland Congress" is that body's name
                    if (!organOfBody) {
                        f.name(body.get(), parent, "en", Origin.DERIVED, n.source());
                    }
                    p = body.get();
                }
                if (body.isEmpty() && "PoliticalGroup".equals(f.subjectClass())
                        && matcher.refersTo("the " + parent, f.subjectNames(), f.abbreviations())) {
                    sessionsOfNothing.add(n.ref()); // "the 4th Congress" in the article on a party's 3rd: the party's
                    continue;
                }
                // (the body and the sitting noun of a subject that is itself a numbered sitting, looked up once)
                Optional<Ref> ownBody = Optional.empty();
                Optional<String> ownNoun = Optional.empty();
                // (the subject's own name names no other sitting: "Second All-Xland Congress" in its own article is
                // a session of the "All-Xland Congress" its name gives, whatever else the article says of it)
                boolean own = n.ref() instanceof Facts.SubjectRef;
                boolean series = sameSeries(parent, f.subjectNames());
                if (!own && body.isEmpty() && series && matcher.refersTo("the " + parent, f.subjectNames(),
                        f.abbreviations()) && "Session".equals(f.subjectClass())) {
                    // "the Fourth Congress" in the article on the Fifth: a session of the body the Fifth is of
                    Optional<Ref> bodyOfSubject = f.bodyOf(f.subject(), true).or(() -> f.bodyOf(f.subject(), false));
                    if (bodyOfSubject.isEmpty()) {
                        sessionsOfNothing.add(n.ref());
                        continue;
                    }
                    p = bodyOfSubject.get();
                    // ... whose full name is the Fifth's with its ordinal: "Fourth Congress of Deputies of X"
                    String bare = Patterns.withoutYearAfter(n.text());
                    String ordinal = bare.endsWith(parent) ? bare.substring(0, bare.length() - parent.length()).strip()
                            : "";
                    for (String sn : f.subjectNames()) {
                        String rest = reader.withoutOrdinal(sn);
                        if (!ordinal.isEmpty() && !rest.equals(sn) && rest.startsWith(parent + " ")) {
                            f.name(n.ref(), ordinal + " " + rest, "en", Origin.DERIVED, n.source());
                            break;
                        }
                        if (!ordinal.isEmpty() && lexicon.isSittingNoun(parent) && sittingNoun(sn).isPresent()) {
                            // ... or, the Fifth's name being the body's and its number ("Diet of X, Fifth
                            // Convocation", "Fifth Convocation of the Diet of X"), "Fourth Convocation of the Diet of X"
                            f.name(n.ref(), bare + " of the " + Patterns.withoutThe(rest), "en", Origin.DERIVED,
                                    n.source());
                            break;
                        }
                    }
                } else if (!own && body.isEmpty() && series && !succession.contains(successionKey(n.ref()))
                        && matcher.refersTo("the "
                        + parent, f.subjectNames(), f.abbreviations())) {
                    p = f.subject(); // "the Fourth Duma" in the article on the State Duma: a session of the subject,
                    if (!normalizer.datedSitting(n.text())) { // whose short name "Duma" keys its numbered sessions
                        f.name(p, parent, "en", Origin.DERIVED, n.source()); // (no year keys them: "the Diet of 1790")
                    }
                } else if (body.isEmpty() && lexicon.isSittingNoun(parent) && ofAnother(f, n)) {
                    // "at the second session of YLC (of the council)" in the article on a committee: a sitting of
                    // another body the words after it name, none of the subject's
                    if (!(n.ref() instanceof Facts.SubjectRef)) {
                        sessionsOfNothing.add(n.ref());
                    }
                    continue;
                } else if (body.isEmpty() && (lexicon.isSittingNoun(parent) && (f.subjectSitsInTerms()
                        || f.subjectClass() != null && OntologyClasses.get().isA(f.subjectClass(), "StateOrgan")
                        && !parent.equals(n.text())) || termOfTheSubject(f, parent, n.text()))) {
                    // "- Fifth Convocation (1963–1967)" in the article on an assembly: a sitting of the subject, named
                    // in full after it ("Fifth Convocation of the National Assembly of X"), no other's fifth; in the
                    // article on another organ, a numbered sitting ("the second session" of a council) too; "the XXIV
                    // Legislature" in the article on a chamber, its numbered term
                    p = f.subject();
                    f.name(n.ref(), f.sittingOfSubject(n.text()), "en", Origin.DERIVED, n.source());
                } else if (body.isEmpty() && lexicon.isSittingNoun(parent) && !parent.equals(n.text())
                        && "Session".equals(f.subjectClass()) && (ownBody = f.bodyOf(f.subject(), false)).isPresent()
                        && (ownNoun = subjectSittingNoun(f)).filter(s -> !s.equalsIgnoreCase(parent)).isPresent()) {
                    // "the second session" in the article on a diet's 3rd convocation: one sitting within it, a
                    // session of the diet, named in full after the convocation; "the 2nd convocation" in the article
                    // on a session: the diet's, named after the diet (not a "First Convocation" in the article on a
                    // congress, nor a convocation in one on a convocation: the sitting nouns tell them apart)
                    p = ownBody.get();
                    if (lexicon.sitsWithin(parent, ownNoun.get())) {
                        f.name(n.ref(), f.sittingOfSubject(n.text()), "en", Origin.DERIVED, n.source());
                    } else if (p instanceof NameRef bn) {
                        f.name(n.ref(), n.text() + " of the " + Patterns.withoutThe(bn.name()), "en", Origin.DERIVED,
                                n.source());
                    }
                } else if (p instanceof NameRef pn && (!lexicon.names().isName(pn.name())
                        || normalizer.datedSitting(n.text()) && !pn.name().contains(" "))) {
                    // "the 9th Congress", "the Diet of 1790": a session of the body the context means, the article's
                    // own, or nothing (a bare head names no body of its own)
                    // (the article's own subject "also known as the Tenth Convocation" is no session of nothing: its
                    // other names say whose it is; a row of a table of the subject's terms said whose it is)
                    // (one the article says succeeds or precedes its subject is a thing of its own: "- Predecessor:
                    // Diet of 1650-1651" in the article on a diet)
                    if (!(n.ref() instanceof Facts.SubjectRef) && f.bodyOf(n.ref(), false).isEmpty()
                            && !succession.contains(successionKey(n.ref()))) {
                        sessionsOfNothing.add(n.ref());
                    }
                    continue;
                } else if (!organOfBody) {
                    f.name(p, parent, "en", Origin.DERIVED, n.source());
                }
                f.claim(n.ref(), "sessionOf", p, n.source(), false);
                derivedBodies.putIfAbsent(n.ref(), p);
                firstNames.putIfAbsent(n.ref(), n.text());
                Normalizer.ordinalOf(normalizer.words(normalizer.sittingWithoutPlace(n.text()), f.abbreviations()))
                        .ifPresent(o -> f.claim(n.ref(), "ordinal", NodeFactory.createLiteralDT(o.toString(),
                                XSDDatatype.XSDinteger), n.source(), false));
                normalizer.sittingPlace(n.text()).ifPresent(place -> {
                    // "Fourth National Assembly at Xtown": where it met
                    NameRef at = new NameRef(place, f.article().id(), "Place");
                    f.name(at, place, "en", Origin.DERIVED, n.source());
                    f.claim(n.ref(), "location", at, n.source(), false);
                });
                continue;
            }
            if (cls == null || cls.equals("Polity") || cls.equals("Person") || cls.equals("Place")
                    || cls.equals("PoliticalGroup")) {
                continue;
            }
            Map<String, String> local = f.abbreviations();
            // (a nickname's adjective says no state: "known locally as the Georgian Charter" is no charter of Georgia)
            reader.tail(withoutPurpose(n.text()), local).or(() -> nickname(n) ? Optional.empty()
                    : reader.impliedState(n.text(), local)
                    .filter(t -> !byCommonAdjective(f, n.text(), t)))
                    .filter(t -> !(succession.contains(successionKey(n.ref())) && regimeOfTheSubject(f, t)))
                    .ifPresent(t -> {
                NameRef p = new NameRef(t, f.article().id(), "Polity");
                f.name(p, t, "en", Origin.DERIVED, n.source());
                f.claim(n.ref(), "jurisdiction", p, n.source(), false);
            });
            for (Lexicon.NameStructure s : lexicon.nameStructures()) {
                Matcher m = s.pattern().matcher(n.text());
                if (m.matches()) {
                    String target = m.group(1);
                    if (f.subjectNames().stream().anyMatch(sn -> sn.endsWith(" of " + target)
                            || sn.endsWith(" of the " + target))) {
                        continue; // "Presidium of Xland" in the article on the Council of Ministers of Xland: the state's
                    }
                    // ("the Supreme Soviet" in the article on the "Soviet of the Union of the Supreme Soviet of X":
                    // the whole the subject's own name says it is of, not the subject)
                    boolean subjectsWhole = f.subjectNames().stream().anyMatch(sn -> sn.contains(" of " + target + " ")
                            || sn.contains(" of the " + target + " "));
                    Ref t = !subjectsWhole && matcher.refersTo("the " + target, f.subjectNames(), f.abbreviations())
                            ? f.subject() : new NameRef(target, f.article().id(), null);
                    String targetClass = t == f.subject() ? f.subjectClass()
                            : reader.classify(target, f.abbreviations()).orElse(null);
                    if ("Session".equals(targetClass)) {
                        continue; // "Presidium of the Second Congress": a sitting's presidium is part of no organ
                    }
                    if (t instanceof NameRef && reader.genericStateWords(target)) {
                        continue; // "Presidium of the Socialist Republic": which state is the context's to say
                    }
                    if (t instanceof NameRef tr) {
                        f.name(tr, target, "en", Origin.DERIVED, n.source());
                    }
                    f.claim(n.ref(), s.property(), t, n.source(), false);
                }
            }
        }
    }
}
