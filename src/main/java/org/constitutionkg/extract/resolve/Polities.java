package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Name;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.SubjectRef;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.text.Patterns;

/**
 * Which names of states are one state, across all articles, for {@link EntityResolver}: a state keyed by its
 * normalised words ("P:soviet union"), joined with its other names by what the text says (aliases, abbreviations,
 * two names of one reference), by two names of one subject that differ only in the state ("Constitution of East
 * Germany" / "... of the German Democratic Republic"), and by the gazetteer name an article of the state uses
 * ("Azerbaijan" for the Azerbaijan SSR): in that article always, everywhere when every article that means a state by
 * it means that one ({@link #join}, {@link #rootIn}). Also the state each article is about (its jurisdiction), within
 * which a generic organ name ("Senate") is one thing. Organs are keyed by any evidence, instruments only by what is stated.
 */
final class Polities {

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final NameReader reader;
    /** States known equal by every kind of evidence, including two names of one organ that differ in the state. */
    private final UnionFind polities = new UnionFind();
    /** States known equal by what the text says outright (aliases, abbreviations): enough to key instruments by. */
    private final UnionFind strictPolities = new UnionFind();
    private final Map<String, String> jurisdiction = new HashMap<>();

    Polities(Lexicon lexicon, Normalizer normalizer, NameReader reader) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.reader = reader;
    }

    /** Joins the names of one state in all the articles, then finds each article's state. */
    void join(List<Facts> all) {
        polities(all);
        all.forEach(this::findJurisdiction);
        all.forEach(this::gazetteerPrefixes);
        // a short name every article that means a state of its own by it means one state by: that state's organs
        // wherever it names them ("Senate of Xland" in an article on a treaty is the kingdom's, when Xland had no other
        // state in the articles); a short name articles use for two states (a kingdom's and a republic's articles)
        // keys each state's organs in its articles only, and the country's elsewhere
        Map<String, java.util.Set<String>> meanings = new HashMap<>();
        meantHere.forEach((at, state) -> meanings.computeIfAbsent(at.substring(at.indexOf('\t') + 1),
                k -> new java.util.HashSet<>()).add(states.find(state)));
        meanings.forEach((shortKey, meant) -> {
            if (meant.size() == 1) {
                polities.union(meant.iterator().next(), shortKey);
            }
        });
    }

    /**
     * The representative key of the states known equal to the one keyed {@code key}: by what the text says outright
     * only ({@code stated}), or by every kind of evidence.
     */
    String root(String key, boolean stated) {
        return (stated ? strictPolities : polities).find(key);
    }

    /**
     * The key {@link #root} gives a name of a state in an article, for keying the names of organs and instruments: the
     * gazetteer's short name an article uses for its own state ({@link #meantIn}) keys that state's organs there
     * ("Senate of Xland" in the article on the Kingdom of Xland is the kingdom's; in an article on the republic, or on
     * none of Xland's states, it is the republic's or the country's, another organ).
     */
    String rootIn(String name, String articleId, boolean stated) {
        String k = key(name, articleId);
        String meant = stated ? null : meant(articleId, k);
        return root(meant != null ? meant : k, stated);
    }

    /** The key of the state an article is about (its title's, or the one it says its subject served), or null. */
    String jurisdiction(String articleId) {
        return jurisdiction.get(articleId);
    }

    /** A state's key: its normalised words in alphabetical order, so word order variants of one name agree. */
    String key(String name, String articleId) {
        List<String> words = new ArrayList<>(reader.words(Patterns.withoutThe(name), reader.local(articleId)));
        Collections.sort(words);
        return "P:" + String.join(" ", words);
    }

    /**
     * The key of the state a name of a state denotes in an article, the state as a thing of its own (not a merge key
     * of organs' names, {@link #root}): the gazetteer's short name the article uses for its own state is that state
     * there, and elsewhere the country through all its states ("Xland" in an article on the "Kingdom of Xland" is the
     * kingdom there; in an article on a constitution of 1950, it is Xland).
     */
    String state(String name, String articleId) {
        String k = key(name, articleId);
        String meant = meant(articleId, k);
        return states.find(meant != null ? meant : k);
    }

    /**
     * The gazetteer's name of a country means the state keyed {@code state} in an article: there it is that state, and
     * keys that state's organs ({@link #rootIn}; everywhere when no article means another state by it, {@link #join}).
     */
    private void meantIn(String articleId, String country, String state) {
        String k = key(country, articleId);
        meantHere.put(articleId + "\t" + k, states.find(state));
        shortKeys.add(k);
        shortNames.putIfAbsent(k, Patterns.withoutThe(country));
    }

    /** Whether a name of a state is the gazetteer's short name an article uses for its own state. */
    boolean meantHere(String name, String articleId) {
        return meant(articleId, key(name, articleId)) != null;
    }

    /** The key of the state a short name's key means in an article ({@link #meantIn}), or null. */
    private String meant(String articleId, String key) {
        return meantHere.get(articleId + "\t" + key);
    }

    /**
     * The keys of the state (as a thing, {@link #state}) of a key of states ({@link #root}), the better first: where the
     * gazetteer's short name joined states there, the country it names, whose name is right in any era ("Senate@Xland"
     * of any of Xland's states is Xland's; {@link #countryName} gives its name where no article speaks of the country
     * alone); then the state of the key.
     */
    List<String> asState(String key) {
        if (countries == null) {
            countries = new HashMap<>();
            shortKeys.forEach(k -> countries.putIfAbsent(polities.find(k), k));
        }
        String country = countries.get(polities.find(key));
        return country == null ? List.of(states.find(key)) : List.of(states.find(country), states.find(key));
    }

    /** The gazetteer's short name of a key {@link #asState} gave, or null. */
    String countryName(String key) {
        return shortNames.get(key);
    }

    private final Map<String, String> shortNames = new HashMap<>();
    /** The keys of the gazetteer's short names an article means its own state by ({@link #meantIn}). */
    private final java.util.Set<String> shortKeys = new java.util.LinkedHashSet<>();
    /** Each such short name's key by the root of its states ({@link #asState}), made once all are joined. */
    private Map<String, String> countries;

    /**
     * The gazetteer's short name of a state that an article uses for its own state ({@link #gazetteerPrefixes}): the
     * key of the short name in that article (article id, tab, key) → the key of the article's state.
     */
    private final Map<String, String> meantHere = new HashMap<>();
    /** States known equal as things ({@link #state}): every join of {@link #polities} but the article-bound ones. */
    private final UnionFind states = new UnionFind();

    /** The English names of one reference that are states' name one state; so do the lexicon's aliases. */
    private void polities(List<Facts> all) {
        for (Facts f : all) {
            Map<Ref, String> first = new HashMap<>();
            for (Name n : f.names()) {
                if ("Polity".equals(reader.classOf(n.ref(), n.text())) && n.lang().equals("en")) {
                    String k = key(n.text(), f.article().id());
                    polities.find(k);
                    // ... and the name as other articles, which do not define its abbreviation, read it ("KSR")
                    unionPolities(k, key(n.text(), ""), true);
                    String prev = first.putIfAbsent(n.ref(), k);
                    if (prev != null) {
                        unionPolities(prev, k, true);
                    }
                }
            }
            subjectTails(f);
            shortAndFullNames(f);
        }
        // a short name with one full name in all the articles: "Lavonia" is never joined with both the "Republic of
        // Lavonia" of one article and the "Lavonian SSR" of another
        fullNames.forEach((shortKey, fulls) -> {
            if (fulls.size() == 1) {
                unionPolities(shortKey, fulls.iterator().next(), false);
            }
        });
        for (String[] a : lexicon.aliases()) {
            unionPolities(key(a[0], ""), key(a[1], ""), true);
        }
        adjectivalNames(all);
    }

    /**
     * Joins a state's name that opens with the adjective of a one-word name ("the Xian Kingdom") with the name of the
     * same kind "of" that word ("Kingdom of Xia") that some article gives: one state, whichever article names it which
     * way (within one article the short name "Xia" joins them already, {@link #shortAndFullNames}).
     */
    private void adjectivalNames(List<Facts> all) {
        Map<List<String>, String> ofForms = new HashMap<>(); // ["Kingdom", "Xia"] -> the key of "Kingdom of Xia"
        List<String[]> adjectival = new ArrayList<>(); // {kind, adjective, key}
        for (Facts f : all) {
            for (Name n : f.names()) {
                if (!n.lang().equals("en") || !"Polity".equals(reader.classOf(n.ref(), n.text()))) {
                    continue;
                }
                String name = Patterns.withoutThe(n.text());
                Matcher of = KIND_OF_WORD.matcher(name);
                Matcher adj = ADJECTIVE_KIND.matcher(name);
                if (of.matches() && kindWords(of.group(1))) {
                    ofForms.putIfAbsent(List.of(of.group(1), of.group(2)), key(name, f.article().id()));
                } else if (adj.matches() && kindWords(adj.group(2))) {
                    adjectival.add(new String[] {adj.group(2), adj.group(1), key(name, f.article().id())});
                }
            }
        }
        for (String[] a : adjectival) {
            List<List<String>> fits = ofForms.keySet().stream()
                    .filter(of -> of.get(0).equals(a[0]) && Patterns.adjectiveOf(a[1], of.get(1))).toList();
            if (fits.size() == 1) {
                unionPolities(a[2], ofForms.get(fits.get(0)), true); // (as sure as the names: one name read two ways)
            }
        }
    }

    /** Whether every word of {@code words} is a noun of a kind of state ("Kingdom", "People's Republic"). */
    private boolean kindWords(String words) {
        for (String w : Patterns.WHITESPACE.split(words)) {
            if (!lexicon.isPolityNoun(w) && !lexicon.stateWords().contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Kingdom of Xia", "People's Republic of Xia": the kind's words and the one word of the state's name. */
    private static final java.util.regex.Pattern KIND_OF_WORD = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2}) of (?:the )?(\\p{Lu}\\p{Ll}{3,})");
    /** "Xian Kingdom", "Xian People's Republic": an adjective, then the kind's words. */
    private static final java.util.regex.Pattern ADJECTIVE_KIND = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}{3,}) (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,2})");

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
            Optional<String> t = reader.tail(n, f.abbreviations());
            if (t.isEmpty()) {
                continue;
            }
            String expanded = normalizer.expand(t.get(), f.abbreviations());
            // formal: a polity noun is the head ("... Soviet Republic", "Union of ..."), not a modifier ("Soviet Russia")
            String[] headWords = Patterns.WHITESPACE.split(NameReader.OF.split(expanded)[0].strip());
            boolean isFormal = lexicon.isPolityNoun(headWords[headWords.length - 1]);
            if (isFormal && formal == null) {
                formal = t.get();
                formalHead = String.join(" ", head(n, t.get()));
            } else if (!isFormal) {
                colloquial.add(n);
            }
        }
        for (String n : colloquial) {
            String t = reader.tail(n, f.abbreviations()).orElseThrow();
            if (formal != null && String.join(" ", head(n, t)).equals(formalHead)) {
                if (!Patterns.withoutThe(t).contains(" ")
                        && lexicon.classOf(Patterns.withoutThe(t)).filter("Polity"::equals).isPresent()) {
                    // (a country the gazetteer knows by one word: its state there, "State Board of Xland" of the Xian
                    // Republic; "Soviet Xland" is a state's name of its own)
                    meantIn(f.article().id(), t, key(formal, f.article().id()));
                } else {
                    unionPolities(key(t, f.article().id()), key(formal, f.article().id()), false);
                }
            }
        }
        // "Constitution of Xland", "... the basic law of the Kingdom of Xland": the state the title ends with and the
        // state the text says the subject is of are one, when the one is named by some of the other's words
        Optional<String> own = reader.tail(f.article().title().text(), f.abbreviations());
        // (one such state only: "Jurisdiction: Principality of Xland (1879–1908), Kingdom of Xland (1908–1946)"
        // names two successive states of Xland, neither of them the other)
        java.util.Set<String> within = new java.util.LinkedHashSet<>();
        for (Facts.Claim c : own.isPresent() ? f.claims() : List.<Facts.Claim>of()) {
            if (c.subject() instanceof SubjectRef && c.property().equals("jurisdiction") && c.object() instanceof NameRef j
                    && (namedWithin(own.get(), j.name(), f) || namedWithin(j.name(), own.get(), f))) {
                within.add(key(j.name(), f.article().id()));
            }
        }
        if (within.size() == 1) {
            unionPolities(key(own.get(), f.article().id()), within.iterator().next(), true);
        }
        // "1936 Constitution of the Xian Union" / "Constitution of the Union of Xian Socialist Republics": a state
        // named by some of the words of the other (its kind's words and its own) is that state; never two whose kinds
        // differ ("... of the Xian SFSR" / "... of the Xian Federation": successive states)
        for (String a : names) {
            for (String b : names) {
                Optional<String> ta = reader.tail(a, f.abbreviations());
                Optional<String> tb = reader.tail(b, f.abbreviations());
                if (a.equals(b) || ta.isEmpty() || tb.isEmpty() || ta.get().equals(tb.get())
                        || !head(a, ta.get()).equals(head(b, tb.get()))) {
                    continue;
                }
                if (wordsWithin(ta.get(), tb.get(), f)) {
                    unionPolities(key(ta.get(), f.article().id()), key(tb.get(), f.article().id()), false);
                }
            }
        }
    }

    /**
     * A state's short name and its one full name (in all the articles) are one state: "Ostmark" and "Republic of Ostmark",
     * "Vestria" and "Vestrian People's Republic": the full name is the short one (or its adjective) and words of kinds
     * and of any state's name only (polity-nouns.txt, state-words.txt). Not when the article gives two such full names
     * ("Republic of X", "X Soviet Republic": maybe successive states) nor for a state the gazetteer knows. Known by
     * evidence, not said outright.
     */
    private void shortAndFullNames(Facts f) {
        List<String> states = new ArrayList<>();
        for (Name n : f.names()) {
            if (n.lang().equals("en") && "Polity".equals(reader.classOf(n.ref(), n.text())) && !states.contains(n.text())) {
                states.add(n.text());
            }
            // (and the state an organ's name ends with: "Constituent Assembly of Vestria")
            Optional<String> t = n.lang().equals("en") ? reader.tail(n.text(), f.abbreviations()) : Optional.empty();
            if (t.isPresent() && !states.contains(t.get())) {
                states.add(t.get());
            }
        }
        for (String shortName : states) {
            String x = Patterns.withoutThe(shortName);
            if (x.contains(" ") || x.length() < 4 || !Character.isUpperCase(x.charAt(0)) || lexicon.isPolityNoun(x)
                    || lexicon.stateWords().contains(x.toLowerCase(Locale.ROOT)) || x.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            if (lexicon.classOf(x).filter("Polity"::equals).isPresent()) {
                continue; // a state the gazetteer knows: its own (gazetteerPrefixes)
            }
            List<String> fulls = new ArrayList<>();
            for (String full : states) {
                if (!full.equals(shortName) && fullNameOf(x, normalizer.expand(Patterns.withoutThe(full), f.abbreviations()))) {
                    fulls.add(full);
                }
            }
            for (String full : fulls) { // (two full names may be two successive states: "Republic of X", "X SSR")
                fullNames.computeIfAbsent(key(shortName, f.article().id()), k -> new java.util.HashSet<>())
                        .add(key(full, f.article().id()));
            }
        }
    }

    /** The full names of each short name of a state ({@link #shortAndFullNames}), by key, in all the articles. */
    private final Map<String, java.util.Set<String>> fullNames = new HashMap<>();

    /** Whether {@code full} is the one word {@code x} (or its adjective) with words of kinds and of states' names only. */
    private boolean fullNameOf(String x, String full) {
        String[] w = Patterns.WHITESPACE.split(full);
        if (w.length < 2) {
            return false;
        }
        int own = 0;
        boolean kind = false;
        for (String word : w) {
            if (word.equals(x) || Patterns.adjectiveOf(word, x)) {
                own++;
            } else if (lexicon.isPolityNoun(word) || lexicon.stateWords().contains(word.toLowerCase(Locale.ROOT))) {
                kind |= lexicon.isPolityNoun(word);
            } else if (!lexicon.connectors().contains(word) && !word.equals("the")) {
                return false;
            }
        }
        return own == 1 && kind;
    }

    /**
     * Whether every word of the shorter state name {@code a} is one of {@code b}'s (its kind's words among them, a
     * plural "Republics" as "Republic"), and {@code a} has a word of its own kind and one that is no kind's.
     */
    private boolean wordsWithin(String a, String b, Facts f) {
        java.util.Set<String> bw = new java.util.HashSet<>();
        for (String w : Patterns.WHITESPACE.split(normalizer.expand(b, f.abbreviations()))) {
            bw.add(Patterns.singular(w));
        }
        boolean kind = false;
        boolean own = false;
        String[] aw = Patterns.WHITESPACE.split(normalizer.expand(a, f.abbreviations()));
        if (aw.length >= bw.size() || a.contains(" of ")) {
            return false; // ("Republic of X" and "People's Republic of X" are two formal names, two states)
        }
        for (String w : aw) {
            String x = Patterns.singular(w);
            if (lexicon.connectors().contains(w)) {
                continue;
            }
            if (!bw.contains(x)) {
                return false;
            }
            if (lexicon.isPolityNoun(w)) {
                kind = true;
            } else {
                own = true;
            }
        }
        return kind && own;
    }

    /**
     * Whether the shorter state name {@code a} is named by some of {@code b}'s words: every word of {@code a} is one of
     * {@code b}'s, and one of them is the state's own (no kind's, no word any state's name may hold): "Xland" and
     * "Kingdom of Xland", "Xian Union" and "Xian Socialist Union"; not "Republic" and "Republic of Xland".
     */
    private boolean namedWithin(String a, String b, Facts f) {
        java.util.Set<String> bw = new java.util.HashSet<>();
        for (String w : Patterns.WHITESPACE.split(normalizer.expand(b, f.abbreviations()))) {
            bw.add(Patterns.singular(w));
        }
        String[] aw = Patterns.WHITESPACE.split(normalizer.expand(a, f.abbreviations()));
        if (aw.length >= bw.size() || a.contains(" of ")) {
            return false;
        }
        boolean own = false;
        for (String w : aw) {
            if (lexicon.connectors().contains(w)) {
                continue;
            }
            if (!bw.contains(Patterns.singular(w))) {
                return false;
            }
            own |= !lexicon.isPolityNoun(w) && !lexicon.stateWords().contains(w.toLowerCase(Locale.ROOT));
        }
        // never two states the gazetteer tells apart ("Germany" / "East Germany"), nor two of different kinds
        // ("Xian Republic" / "Xian Soviet Republic": the shorter's kind words are the longer's last ones)
        String[] bwords = Patterns.WHITESPACE.split(normalizer.expand(b, f.abbreviations()));
        boolean sameKind = !lexicon.isPolityNoun(aw[aw.length - 1]) || aw.length >= 2 && bwords.length >= 2
                && aw[aw.length - 2].equals(bwords[bwords.length - 2]) && aw[aw.length - 1].equals(bwords[bwords.length - 1]);
        return own && sameKind && lexicon.classOf(a).filter("Polity"::equals).isEmpty();
    }

    /** The normalised words of a name before its state ({@code tail}), without a year it opens with. */
    private List<String> head(String name, String tail) {
        List<String> w = normalizer.words(NameReader.headBefore(name, tail), Map.of());
        return !w.isEmpty() && Patterns.isYear(w.get(0)) ? w.subList(1, w.size()) : w;
    }

    /** Joins two states' keys; {@code stated}: the text says outright that they are one. */
    private void unionPolities(String a, String b, boolean stated) {
        polities.union(a, b);
        states.union(a, b);
        if (stated) {
            strictPolities.union(a, b);
        }
    }

    /** Keeps the state an article is about, if it names one. */
    private void findJurisdiction(Facts f) {
        String id = f.article().id();
        // the state the title names ("National Assembly of X": X), before any the text says the subject served
        Optional<String> own = reader.tail(f.article().title().text(), reader.local(id));
        if (own.isPresent()) {
            jurisdiction.put(id, key(own.get(), id));
            return;
        }
        // the first the article says; none when the infobox field that says it lists several states (an act whose
        // "Territorial Extent" lists four colonies is of none of them more than of the others)
        String first = null;
        int line = -1;
        java.util.Set<String> onThatLine = new java.util.HashSet<>();
        for (Facts.Claim c : f.claims()) {
            if (c.subject() instanceof SubjectRef && c.property().equals("jurisdiction") && c.object() instanceof NameRef n) {
                if (first == null) {
                    first = key(n.name(), id);
                    line = c.fromInfobox() ? c.source().line() : -1;
                }
                if (c.fromInfobox() && c.source().line() == line) {
                    onThatLine.add(polities.find(key(n.name(), id)));
                }
            }
        }
        if (first != null && onThatLine.size() <= 1) {
            jurisdiction.put(id, first);
        }
    }

    /**
     * "Azerbaijan" in an article whose state is the "Azerbaijan Soviet Socialist Republic" is that state there
     * ({@link #meantIn}); it keys that state's organs everywhere only when no article means another state by it
     * ({@link #join}).
     */
    private void gazetteerPrefixes(Facts f) {
        // the short names the article gives its state, learned by the reader ("Xland" for the "Kingdom of Xland")
        // (one known by an adjective only, "Vestria" of the "Vestrian People's Republic", by evidence, not said)
        reader.otherNames(f.article().id()).forEach((name, state) -> unionPolities(key(name, f.article().id()),
                key(state, f.article().id()), !reader.byAdjective(f.article().id(), name)));
        String j = jurisdiction.get(f.article().id());
        if (j == null) {
            return;
        }
        j = states.find(j); // (not by another article's short name: "Xland" is no kingdom in an article on Xland)
        List<String> words = List.of(j.substring(2).split(" "));
        // "Azerbaijan" in an article on the "Azerbaijan Soviet Socialist Republic"; not "Germany" for "East Germany"
        if (words.stream().noneMatch(w -> lexicon.isPolityNoun(w.isEmpty() ? w
                : Character.toUpperCase(w.charAt(0)) + w.substring(1)))) {
            return;
        }
        for (Name n : f.names()) {
            // (a name of several words too, each of them the state's and none a kind of state: "South Africa" of the
            // "Union of South Africa", not the "Federal Republic of X" of the "Socialist Federal Republic of X")
            String[] nw = Patterns.WHITESPACE.split(Patterns.withoutThe(n.text()).strip());
            if ("Polity".equals(reader.classOf(n.ref(), n.text())) && nw.length > 0 && !nw[0].isEmpty()
                    && java.util.Arrays.stream(nw).noneMatch(lexicon::isPolityNoun)
                    && java.util.Arrays.stream(nw).allMatch(w -> words.contains(w.toLowerCase(Locale.ROOT)))) {
                meantIn(f.article().id(), n.text(), j);
            }
        }
    }
}
