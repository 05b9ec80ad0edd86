package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Sentences;

/**
 * Finds proper names in running text: runs of capitalised words joined by connectors such as "of the" or "and",
 * e.g. "Council of People's Commissars" or "Congress of Soviets of Workers', Peasants', and Cossack Deputies".
 * Connector and leading words come from the {@link Lexicon}; nothing here knows any entity.
 */
public final class NameFinder {

    /** A name found in a text: its characters and where they are. */
    public record Span(String text, int start, int end) { }

    private final Set<String> connectors;
    private final Set<String> leaders;

    private final Lexicon lexicon;
    private final Normalizer normalizer;

    public NameFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.normalizer = new Normalizer(lexicon);
        this.connectors = lexicon.connectors();
        this.leaders = lexicon.leadingWords();
    }

    /** A token of a text and where it is. */
    record Tok(String s, int start, int end) { }

    /**
     * The tokens of a text: each run of letters, digits, apostrophes, dots and hyphens is one token, each other
     * character but whitespace is one (what the expression {@code [\p{L}\p{N}'’.\-]+|,|"|\S} finds, scanned by code
     * point: the expression cost several times more on every character of every sentence); a dot or hyphen at the end
     * of a token is not part of it, unless the dot ends initials such as "U.S.".
     */
    static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Patterns.isAsciiSpace(c)) {
                continue;
            }
            if (isWordCharacter(c)) {
                while (i < text.length() && (isWordCharacter(text.codePointAt(i)) || dashInWord(text, i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            String s = text.substring(start, i);
            int end = i;
            while (s.length() > 1
                    && (s.endsWith(".") && !Patterns.INITIALISM.matcher(s).matches() || s.endsWith("-"))) {
                s = s.substring(0, s.length() - 1);
                end--;
            }
            out.add(new Tok(s, start, end));
        }
        return out;
    }

    /** An en or em dash between two letters, written for a hyphen: "All–Union" is one word. */
    private static boolean dashInWord(String text, int i) {
        char c = text.charAt(i);
        return (c == '–' || c == '—') && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                && Character.isLetter(text.charAt(i + 1));
    }

    /** A letter, a digit or other number character, an apostrophe, a dot or a hyphen. */
    private static boolean isWordCharacter(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER || c == '\'' || c == '’' || c == '.' || c == '-';
    }

    /**
     * Whether a possessive pronoun opens an honorific that is part of a name: "His Imperial Majesty's Own Chancellery",
     * "Her Majesty's Government" (the pronoun, capitalised adjectives, then "Majesty's" or "Highness's").
     */
    private static boolean honorific(List<Tok> toks, int i) {
        if (!HONORIFIC_PRONOUNS.contains(toks.get(i).s)) {
            return false;
        }
        for (int k = i + 1; k < toks.size() && k <= i + 3; k++) {
            if (HONORIFIC_NOUN.matcher(toks.get(k).s).matches()) {
                return true;
            }
            if (!capitalised(toks.get(k).s)) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.Set<String> HONORIFIC_PRONOUNS = java.util.Set.of("His", "Her", "Their");
    private static final java.util.regex.Pattern HONORIFIC_NOUN = java.util.regex.Pattern.compile(
            "(?:Majesty|Majesties|Highness|Highnesses|Excellency)(?:['’]s?)?");

    /** The longest name at the start of {@code text} (after an optional "the"), or empty. */
    public Optional<Span> atStart(String text) {
        List<Tok> toks = tokens(text);
        int i = 0;
        while (i < toks.size() && (toks.get(i).s.equals("\"") || leaders.contains(toks.get(i).s.toLowerCase()))
                && !honorific(toks, i)) {
            i++;
        }
        int end = scan(toks, i);
        if (end <= i) {
            return Optional.empty();
        }
        Span s = span(text, toks, i, end);
        int maker = makerAt(s.text()); // (the instrument alone: "Act II of 1945" of the assembly that made it)
        return Optional.of(maker > 0 ? new Span(s.text().substring(0, maker), s.start(), s.start() + maker) : s);
    }

    /**
     * Whether the text opens with a participle before a preposition ("Modelled on the Charter of X, it ...", "Elected
     * by the Diet, the council ..."): a verb written with a capital, no name's first word ("Manfred von Berg" is one).
     */
    private static boolean openingParticiple(List<Tok> toks, int i) {
        int p = toks.size() > 2 && toks.get(1).s.endsWith("ly") ? 2 : 1; // ("Modelled closely on")
        return i == 0 && toks.size() > p && toks.get(0).s.endsWith("ed")
                && PARTICIPLE_PREPOSITIONS.contains(toks.get(p).s);
    }

    /** The prepositions an opening participle goes on with ("Modelled on", "Elected by"); no person's particle. */
    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("on", "upon", "by", "in", "after", "from", "under",
            "with", "at", "as", "into");

    /**
     * The names of {@code text} with each place that writes {@code whole} (a name known to be one, the article's
     * title) as one name: the names found inside it give way to it ("Military Administration in Xland", not
     * "Military Administration" and "Xland"). Not where a name found runs across its edge (the text's words part
     * otherwise there); {@code whole} null changes nothing.
     */
    public static List<Span> withWhole(String text, List<Span> names, String whole) {
        if (whole == null || names.isEmpty()) {
            return names;
        }
        List<Span> out = null;
        for (int at = text.indexOf(whole); at >= 0; at = text.indexOf(whole, at + 1)) {
            int s = at;
            int e = at + whole.length();
            if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))
                    || e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
                continue;
            }
            List<Span> current = out == null ? names : out;
            boolean across = current.stream().anyMatch(n -> n.start() < s && n.end() > s || n.start() < e && n.end() > e);
            boolean inside = current.stream().anyMatch(n -> n.start() >= s && n.end() <= e
                    && (n.start() != s || n.end() != e));
            if (across || !inside) {
                continue;
            }
            out = new ArrayList<>(current);
            out.removeIf(n -> n.start() >= s && n.end() <= e);
            int k = 0;
            while (k < out.size() && out.get(k).start() < s) {
                k++;
            }
            out.add(k, new Span(whole, s, e));
        }
        return out == null ? names : out;
    }

    /** {@code whole} as the name {@code text} opens with (after "The"), if it does ({@link #withWhole}). */
    public static Optional<Span> wholeAtStart(String text, String whole) {
        int s = text.startsWith("The ") ? 4 : 0;
        int e = s + (whole == null ? 0 : whole.length());
        return whole != null && text.startsWith(whole, s) && (e == text.length() || !Character.isLetterOrDigit(
                text.charAt(e))) ? Optional.of(new Span(whole, s, e)) : Optional.empty();
    }

    /**
     * Whether the words from {@code k} ("the" skipped) are a nation's adjective and a common noun it modifies ("the
     * Xish government", "the Soviet authorities"), or a word and a noun of a time or a rule ("the Pahlavi era"): no
     * part of the name before "of".
     */
    private boolean adjectiveOfANoun(List<Tok> toks, int k) {
        int t = k < toks.size() && toks.get(k).s.equals("the") ? k + 1 : k;
        if (t + 1 >= toks.size()) {
            return false;
        }
        String adjective = toks.get(t).s;
        String next = toks.get(t + 1).s;
        return capitalised(adjective) && !next.isEmpty() && next.chars().allMatch(Character::isLowerCase)
                && (lexicon.demonym(adjective).isPresent() && !isConnector(next) && !ARTICLES.contains(next)
                        || PERIOD_NOUNS.contains(next));
    }

    /** Nouns of a stretch of time that may end a title after "in the" (time-nouns.txt). */
    private static final Set<String> TIME_NOUNS = Lexicon.lowerWords("time-nouns.txt");

    /** Nouns of a time or a rule that a capitalised word modifies ("the Pahlavi era"): period-nouns.txt. */
    private static final Set<String> PERIOD_NOUNS = Lexicon.lowerWords("period-nouns.txt");

    /** Whether the words from {@code from} to {@code i} name a state: no title goes on after it with "on". */
    private boolean stateBefore(List<Tok> toks, int from, int i) {
        return i > from && lexicon.classOf(joined(toks, from, i)).filter("Polity"::equals).isPresent();
    }

    /** Every maximal name in {@code text}, leading function words such as "The" or "In" removed. */
    public List<Span> all(String text) {
        List<Tok> toks = tokens(text);
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!startsName(toks, i) || leaders.contains(toks.get(i).s.toLowerCase()) && !honorific(toks, i)
                    || openingParticiple(toks, i)
                    || i == 0 && SENTENCE_OPENERS.contains(toks.get(i).s.toLowerCase(java.util.Locale.ROOT))) {
                i++;
                continue;
            }
            if (i > 0 && INDEFINITE.contains(toks.get(i - 1).s.toLowerCase(java.util.Locale.ROOT)) && i + 2 < toks.size()
                    && toks.get(i + 1).s.equals("of") && instrumentNoun(toks.get(i).s) && makerAfter(text, toks, i + 2)) {
                // "an Act of the Parliament of X", "a Decree of the Council": a description of an instrument by
                // who made it (role-nouns.tsv), no name; the name is the maker's ("an Act of Union" stays a name)
                i += toks.get(i + 2).s.equalsIgnoreCase("the") ? 3 : 2;
                continue;
            }
            int scanned = scan(toks, i);
            if (Patterns.isYear(toks.get(i).s) && scanned > i + 1 && scanned < toks.size()
                    && lexicon.descriptionHeads().contains(toks.get(scanned).s)) {
                // "the 1924 Union constitution": the year dates the common noun, not the name before it
                i++;
                continue;
            }
            if (scanned < toks.size() && pluralClassNoun(toks.get(scanned).s)
                    && (!ALSO_VERBS.contains(toks.get(scanned).s) || i > 0 && counted(toks.get(i - 1).s))) {
                // "the Armenian, Azerbaijani and Georgian Soviet republics": adjectives of a plural common noun
                i = scanned;
                continue;
            }
            if (scanned == i + 1 && scanned + 2 < toks.size() && (toks.get(scanned).s.equals("and")
                    || toks.get(scanned).s.equals("or")) && capitalised(toks.get(scanned + 1).s)
                    && pluralClassNoun(toks.get(scanned + 2).s)) {
                // "separate Xian and Yian republics": the first adjective of the plural too, no name
                i = scanned + 2;
                continue;
            }
            if (scanned < toks.size() && scanned > i && BUILDING_NOUNS.contains(toks.get(scanned).s)
                    && !verbBefore(toks, scanned + 1)) {
                scanned++; // "the former Noble Assembly building": the building, a place (classes.tsv)
            }
            int end = forWhom(toks, i, scanned);
            int person = end == scanned ? personBeforeOffice(toks, i, end) : end;
            int holder = person == end ? personAfterOrgan(toks, i, end) : end;
            if (holder < end) {
                // "the chairmen of the Council of Ministers Ivan Petrov and Boris Lensky": the organ, then the persons
                out.add(span(text, toks, i, holder));
                out.add(span(text, toks, holder, end));
                i = end;
            } else if (person < end) {
                // "elected Ivan Petrov President of the Republic": the person, then the office
                out.add(span(text, toks, i, person));
                out.add(span(text, toks, person, end));
                i = end;
            } else if (end > i) {
                out.add(span(text, toks, i, end));
                i = end;
                if (end < scanned) {
                    // "Pavel Drugov for Vastria and Mirko Stanec": whom he signed for ends at "and" or a comma
                    int k = end + 1 < scanned && toks.get(end + 1).s.equalsIgnoreCase("the") ? end + 2 : end + 1;
                    int stop = k;
                    while (stop < scanned && !toks.get(stop).s.equals("and") && !toks.get(stop).s.equals(",")) {
                        stop++;
                    }
                    if (stop > k) {
                        out.add(span(text, toks, k, stop));
                        i = stop;
                    }
                }
            } else {
                i++;
            }
        }
        return pluralAbbreviations(text, possessors(initialsJoined(text, numberedInstruments(text, listEnds(text,
                personsOf(twoStates(text, withoutQuotedNicknames(text, withoutYearBeforePersons(out)))))))));
    }

    /**
     * Where a person's name starts inside a run that opens with an organ's name and no comma between ("the Council of
     * Ministers Ivan Petrov and Boris Lensky"): a given name and a capitalised word after the organ's whole name (of
     * two words or more, a class of organ); {@code end} when there is none.
     */
    private int personAfterOrgan(List<Tok> toks, int from, int end) {
        if (end - from < 4) {
            return end; // (an organ's name of two words, then two words of a person's: four words at least)
        }
        for (int p = from + 2; p + 1 < end; p++) {
            if (capitalised(toks.get(p + 1).s) && capitalised(toks.get(p - 1).s)
                    && org.constitutionkg.extract.naming.NameChecker.givenName(toks.get(p).s)
                    && !makerAfterOf(toks, from, p, end)
                    && organOrInstrumentName(toks, from, p)
                    && lexicon.names().mayBePerson(joined(toks, p, Math.min(p + 2, end)))) {
                return p;
            }
        }
        return end;
    }

    /**
     * Whether the run before {@code p} holds a given name, or ends with "of" and one title in the singular: "the
     * February Patent of Emperor Franz Joseph", "the Edict of King Ivo Brant" (an instrument and its maker, one name
     * for the name finder; {@code NameChecker.withoutItsMaker} parts them).
     */
    private boolean makerAfterOf(List<Tok> toks, int from, int p, int end) {
        for (int q = from; q < p; q++) {
            if (org.constitutionkg.extract.naming.NameChecker.givenName(toks.get(q).s)) {
                return true;
            }
        }
        String title = toks.get(p - 1).s;
        return p - 2 > from && toks.get(p - 2).s.equals("of") && !title.endsWith("s")
                && lexicon.names().personAfterTitle(joined(toks, p - 1, Math.min(p + 2, end))).isPresent();
    }

    /** An adjective and the plural of an abbreviation: "Georgian SSRs". */
    private static final Pattern PLURAL_ABBREVIATION = Pattern.compile("(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]+) (\\p{Lu}{2,})s$");
    /** Prepositions of a title's topic: "Congress for Unity", "Law on the Press". */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "on");

    /** Whether the words from {@code from} to before {@code to} name an organ or an instrument (by their class). */
    private boolean organOrInstrumentName(List<Tok> toks, int from, int to) {
        OntologyClasses o = OntologyClasses.get();
        return to > from && lexicon.classOf(joined(toks, from, to))
                .filter(c -> o.isA(c, "StateOrgan") || o.isA(c, "LegalInstrument")).isPresent();
    }

    /**
     * The end of "in the" and capitalised words that end with a noun of a time (time-nouns.txt) after an
     * instrument's name: "Law on X in the Transitional Period"; else {@code i}.
     */
    private int periodAfterIn(List<Tok> toks, int from, int i) {
        if (i + 2 >= toks.size() || !toks.get(i + 1).s.equals("the") || !capitalised(toks.get(i + 2).s)) {
            return i;
        }
        int k = capitalisedEnd(toks, i + 2);
        if (k - (i + 2) > 3 || !TIME_NOUNS.contains(toks.get(k - 1).s.toLowerCase(java.util.Locale.ROOT))) {
            return i;
        }
        OntologyClasses o = OntologyClasses.get();
        return lexicon.classOf(joined(toks, from, i)).filter(c -> o.isA(c, "LegalInstrument")).isPresent() ? k : i;
    }

    /** The word at {@code k}, past a "the" there; "" at the end. */
    private static String nextWord(List<Tok> toks, int k) {
        int w = pastThe(toks, k);
        return w < toks.size() ? toks.get(w).s : "";
    }

    /** Token {@code k}, or the one after it when {@code k} is "the". */
    private static int pastThe(List<Tok> toks, int k) {
        return k < toks.size() && toks.get(k).s.equals("the") ? k + 1 : k;
    }

    /** Where the run of capitalised words from token {@code k} ends ({@code k} when there is none). */
    private static int capitalisedEnd(List<Tok> toks, int k) {
        int end = k;
        while (end < toks.size() && capitalised(toks.get(end).s)) {
            end++;
        }
        return end;
    }

    /** Whether a word from {@code from} to before {@code to} is the adjective of a people ("Soviet", "Yian"). */
    private boolean foreignAdjective(List<Tok> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (lexicon.demonym(toks.get(k).s).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a state's name that opens at token {@code k} ends ("Xland", "the XSSR" of the gazetteer or of a state's
     * class, with nothing capitalised after it), or -1.
     */
    private int stateNameAt(List<Tok> toks, int k) {
        int from = pastThe(toks, k);
        int end = capitalisedEnd(toks, from);
        if (end == from || end - from > 3 || end < toks.size() && isConnector(toks.get(end).s)
                && !(toks.get(end).s.equals("of") && end + 1 < toks.size() && !toks.get(end + 1).s.isEmpty()
                        && Character.isDigit(toks.get(end + 1).s.charAt(0)))) {
            return -1; // (not "in the Republic of X": a name of its own; nor "in Xland and Yland": two states)
        }
        String name = joined(toks, from, end);
        return !lexicon.isPolityNoun(name) && (lexicon.stateNames().contains(name) || normalizer.classify(name,
                java.util.Map.of()).filter("Polity"::equals).isPresent() && !name.contains(" ")) ? end : -1;
    }

    /**
     * Whether the words from {@code from} to before {@code to} name a state already, by an "of" phrase or by an
     * adjective of the people of the state that ends at {@code stateEnd} after "in": "the All-Xian Central Committee in
     * Xland" is the committee, and Xland where it sat (not "the Yian Military Administration in Xland", one name).
     */
    private boolean namesTheState(List<Tok> toks, int from, int to, int stateEnd) {
        String state = joined(toks, pastThe(toks, to + 1), stateEnd);
        for (int k = from; k < to; k++) {
            String w = toks.get(k).s;
            if (w.equals("of")) {
                return true;
            }
            for (String part : w.split("-")) {
                if (!part.isEmpty() && lexicon.demonym(part).filter(state::equals).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the capitalised words from token {@code k} are a name of a class of their own, or of a head noun a generic
     * name has ("a Decree on Courts", "the Council of Ministers", "the State Committee"; not "a Just Peace").
     */
    private boolean ownHeadAt(List<Tok> toks, int k) {
        int end = capitalisedEnd(toks, k);
        return end > k && (lexicon.genericHeads().contains(toks.get(end - 1).s.toLowerCase(java.util.Locale.ROOT))
                || lexicon.classOf(joined(toks, k, end)).filter(c -> !c.equals("Treaty")).isPresent());
    }

    /** A lower-case plural noun of four letters or more (not "this", "thus"): what a year before it dates. */
    private static final Pattern PLURAL_NOUN_AFTER = Pattern.compile("(?!(?:thus|this|whereas|unless)$)\\p{Ll}{3,}s");

    /** A capitalised word: one adjective of a list. */
    private static final Pattern ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}-]+");
    /** Adjectives listed before the last one: "the Armenian, Azerbaijan and ". */
    private static final Pattern ADJECTIVES_BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}-]+, )*\\p{Lu}[\\p{L}-]+),? and $");

    /**
     * Adjectives listed before one abbreviation in the plural name one thing each: "the Armenian, Azerbaijan and
     * Georgian SSRs" are the Armenian SSR, the Azerbaijan SSR and the Georgian SSR (not "Georgian SSRs", nor "Azerbaijan"
     * alone). The spans keep their places in the text, named in the singular.
     */
    private List<Span> pluralAbbreviations(String text, List<Span> spans) {
        List<Span> out = null;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            Matcher plural = PLURAL_ABBREVIATION.matcher(s.text());
            List<int[]> items = new ArrayList<>();
            int last = -1;
            if (plural.find() && plural.end() == s.text().length() && adjectiveOfAState(plural.group(1))
                    && normalizer.classify(plural.group(1) + " " + plural.group(2), java.util.Map.of())
                            .filter("Polity"::equals).isPresent()) {
                last = s.start() + plural.start();
                // the adjectives before the last: in the span ("Velmian and Ostrian SSRs"), else before it; each a
                // state's adjective or name, the nearest first ("However, Xian and Yian SSRs": not "However")
                Matcher before = ADJECTIVES_BEFORE.matcher(text).region(plural.start() > 0 ? s.start()
                        : Math.max(0, s.start() - 120), last);
                if (before.find()) {
                    Matcher item = ADJECTIVE.matcher(text).region(before.start(1), before.end(1));
                    while (item.find()) {
                        items.add(new int[] {item.start(), item.end()});
                    }
                    int keep = items.size();
                    while (keep > 0 && adjectiveOfAState(text.substring(items.get(keep - 1)[0], items.get(keep - 1)[1]))) {
                        keep--;
                    }
                    items = new ArrayList<>(items.subList(keep, items.size()));
                }
            }
            if (items.isEmpty()) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, k));
            }
            int from = items.get(0)[0];
            out.removeIf(o -> o.start() >= from && o.end() <= s.start());
            for (int[] item : items) {
                out.add(new Span(text.substring(item[0], item[1]) + " " + plural.group(2), item[0], item[1]));
            }
            out.add(new Span(plural.group(1) + " " + plural.group(2), last, s.end()));
        }
        return out == null ? spans : out;
    }

    /** Whether a word is the adjective of a people or a state's name ("Georgian", "Azerbaijan"). */
    private boolean adjectiveOfAState(String w) {
        return lexicon.demonym(w).isPresent() || lexicon.stateNames().contains(w);
    }

    /**
     * A name of initials right after another name and its comma, set off after it too, is part of it: "Washington,
     * D.C., and Ytown" names one place and Ytown (not "Xland, U.K. and Yland", a list of three).
     */
    private static List<Span> initialsJoined(String text, List<Span> names) {
        List<Span> out = null;
        for (int k = 1; k < names.size(); k++) {
            Span a = names.get(k - 1);
            Span b = names.get(k);
            String rest = text.substring(b.end()).stripLeading();
            if (INITIALS.matcher(b.text()).matches() && text.substring(a.end(), b.start()).equals(", ")
                    && (rest.isEmpty() || rest.startsWith(",") || rest.startsWith(")") || rest.startsWith(";"))) {
                out = out == null ? new ArrayList<>(names) : out;
                int at = out.indexOf(a);
                if (at >= 0) {
                    out.set(at, new Span(text.substring(a.start(), b.end()), a.start(), b.end()));
                    out.remove(b);
                }
            }
        }
        return out == null ? names : out;
    }

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){2,3}");

    /** Whether the name from token {@code k} ("the" skipped) is an organ's or a sitting's: who made an instrument. */
    private boolean makerAfter(String text, List<Tok> toks, int k) {
        int from = toks.get(k).s.equalsIgnoreCase("the") ? k + 1 : k;
        int end = from < toks.size() ? scan(toks, from) : from;
        if (end <= from) {
            return false;
        }
        Optional<String> c = lexicon.classOf(text.substring(toks.get(from).start, toks.get(end - 1).end));
        return c.filter(x -> OntologyClasses.get().isA(x, "StateOrgan") || x.equals("Session")).isPresent();
    }

    /** Whether a word is a noun of an instrument that names who made it (role-nouns.tsv: "act" → adoptedBy). */
    private boolean instrumentNoun(String w) {
        return lexicon.frames().byRoleNoun(w).filter(f -> "adoptedBy".equals(f.property())).isPresent();
    }

    /** "'s " or "’s " and a capital inside a name: a possessor before it. */
    private static final Pattern POSSESSIVE_INSIDE = Pattern.compile("['’]s (?=\\p{Lu})");

    /**
     * A person's name that owns the name of a political group after it is two names: "Ivo Brant's Unity Party" names
     * Ivo Brant and the Unity Party (the possessor a person's name of two words or more, no "People's" or "Xland's");
     * an organ's head noun that owns a name is no part of it: "the Council's Military Commission" names the commission
     * (not a generic name it owns: "the Union's Supreme Soviet" stays whole, no bare "Supreme Soviet").
     */
    private List<Span> possessors(List<Span> spans) {
        List<Span> out = null;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            Matcher m = POSSESSIVE_INSIDE.matcher(s.text());
            if (!m.find() || m.start() == 0) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            String owner = s.text().substring(0, m.start());
            String owned = s.text().substring(m.end());
            String bareOwner = org.constitutionkg.extract.text.Patterns.withoutThe(owner);
            if (!bareOwner.contains(" ") && !owned.isBlank() && !lexicon.genericNames().contains(owned)
                    && (lexicon.genericHeads().contains(bareOwner.toLowerCase(
                    java.util.Locale.ROOT)) || lexicon.classOf(bareOwner).filter(c -> org.constitutionkg.extract
                            .OntologyClasses.get().isA(c, "StateOrgan")).isPresent())) {
                // "the Council's Military Commission": a body the context means owns it; the name is what it owns
                if (out == null) {
                    out = new ArrayList<>(spans.subList(0, i));
                }
                out.add(new Span(owned, s.start() + m.end(), s.end()));
                continue;
            }
            if (!owner.contains(" ") || !lexicon.names().mayOwnAName(owner) || owned.isBlank()
                    || !lexicon.names().ownedGroup(owned)) { // ("Port Ames's Royal Palace": no one's)
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.subList(0, i));
            }
            out.add(new Span(owner, s.start(), s.start() + m.start()));
            out.add(new Span(owned, s.start() + m.end(), s.end()));
        }
        return out == null ? spans : out;
    }

    /** Lower-case nouns of a building that end a place's name after an organ's: "the Noble Assembly building". */
    private static final Set<String> BUILDING_NOUNS = Set.of("building", "palace", "hall", "theatre", "theater");
    /**
     * Prepositions of a title before its gerund: "Committee for Disclosing the Documents", "Law on Granting the ..."
     * (not "of": "the Treaty of Kesting the Diet ratified" names a place in -ing).
     */
    private static final Set<String> GERUND_BEFORE = Set.of("for", "on", "concerning", "regarding");

    /** Whether the capitalised words from {@code k} go on with "of" or "and" and a capital: a title's object. */
    private static boolean titledObjectGoesOn(List<Tok> toks, int k) {
        int j = k;
        while (j < toks.size() && capitalised(toks.get(j).s)) {
            j++;
        }
        return j + 1 < toks.size() && (toks.get(j).s.equals("of") || toks.get(j).s.equals("and"))
                && (capitalised(toks.get(j + 1).s) || toks.get(j + 1).s.equals("the"));
    }

    /** Words after a building's noun that make it a verb in -ing when a lower-case word follows: "building on the". */
    private static final Set<String> AFTER_A_VERB = Set.of("on", "upon", "up", "a", "an", "the", "its");

    /** Whether a word counts what follows: "seven" (Thuringian states), "3". */
    private boolean counted(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && lexicon.number(w).isPresent()
                || !w.isEmpty() && w.chars().allMatch(Character::isDigit);
    }

    /**
     * Plurals of class nouns that are verbs too: "states", "acts", "houses", "courts"; adjectives of them only after
     * a number ("seven Thuringian states"), else a verb after a name ("The Constitution of X states that").
     */
    private static final Set<String> ALSO_VERBS = Set.of("states", "acts", "houses", "courts", "bodies");

    /**
     * Whether the noun of a building at {@code k - 1} reads as a verb in -ing: followed by a preposition and a word in
     * lower case ("the Assembly building on the draft"), not a street's name ("building on Mill Street").
     */
    private static boolean verbBefore(List<Tok> toks, int k) {
        return toks.get(k - 1).s.endsWith("ing") && k + 1 < toks.size()
                && AFTER_A_VERB.contains(toks.get(k).s)
                && !capitalised(toks.get(k + 1).s);
    }

    /**
     * Whether a word is the plural of a common noun of a class ("republics", "councils"), in lower case (one that is a
     * verb too, {@link #ALSO_VERBS}, only after a number: the caller's).
     */
    private boolean pluralClassNoun(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        String one = Patterns.singular(w);
        return !one.equals(w) && lexicon.descriptionHeads().contains(one);
    }

    /** "the second " before a name: an article, then an ordinal in words, in group 1. */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile(
            "(?<!\\b(?:was|is|were|are|became|become|remained|remains|as)(?: \\p{Ll}{2,12})? )\\b(?:[Tt]he|[Ii]ts|[Aa]n?) "
            + "(\\p{Ll}+(?:-\\p{Ll}+)?) $");

    /**
     * An ordinal before an instrument's name is part of which it is: "adopted the second Constitution of Xland" names
     * the "Second Constitution of Xland", not the one a text without the ordinal means (an article on the first is
     * named "Constitution of Xland" as well). The span keeps its place in the text; its name is written capitalised.
     * Not after a copula or "as" (an adverb between allowed): "It was also the fourth Constitution of Xland", "adopted
     * as the fourth Constitution of Xland" say what the subject is. Not "first": "the first Constitution of Xland" is
     * what the name without it means.
     */
    private List<Span> numberedInstruments(String text, List<Span> spans) {
        return spans.stream().map(s -> {
            Matcher m = ORDINAL_BEFORE.matcher(text).region(Math.max(0, s.start() - 24), s.start())
                    .useTransparentBounds(true); // (the copula before the window counts)
            return m.find() && lexicon.ordinal(m.group(1)).filter(o -> o > 1).isPresent() && instrument(s.text())
                    ? new Span(Patterns.capitalised(m.group(1)) + " " + s.text(), m.start(1), s.end()) : s;
        }).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /**
     * Two states of formal names joined by "and" are two names: "between the Kingdom of Norland and the Grand Duchy of
     * Ostria" (not "the Kingdom of Serbs, Croats and Slovenes", nor "of Great Britain and Ireland": the second is no
     * formal name of a state); so are two formal names that each have a class ("its House of Lords and House of
     * Deputies"; not "Committee of Public Safety and General Security").
     */
    private List<Span> twoStates(String text, List<Span> spans) {
        List<Span> out = null;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            Matcher m = AND_FORMAL.matcher(s.text());
            boolean split = false;
            while (m.find()) {
                String before = s.text().substring(0, m.start());
                String after = s.text().substring(m.end());
                if (BETWEEN_ONE.matcher(before).find()) {
                    continue; // "the Treaty of Peace between Ylan and the Union of Zelan": the title's two parties
                }
                if (before.contains(" of ") && (lexicon.isPolityNoun(m.group(1))
                        && lexicon.classOf(before).filter("Polity"::equals).isPresent()
                        || lexicon.classOf(before).isPresent() && lexicon.classOf(after).isPresent())) {
                    // (or two formal names of things of a class: "the House of Lords and House of Deputies")
                    out = parted(out, spans, k, before, after);
                    split = true;
                    break;
                }
            }
            Matcher and = AND_STATE.matcher(s.text());
            while (!split && and.find()) {
                // "by the Republic of Velmia and Soviet Ostria": a formal name of a state, and a state's name of more
                // than one word ("Soviet Ostria", "the Ostrian SSR"): two states (not "of Great Britain and Ireland",
                // "of Serbia and Montenegro", nor "... and Northern Ireland": no state of its own name)
                String before = s.text().substring(0, and.start());
                String after = s.text().substring(and.end());
                if (before.contains(" of ") && after.contains(" ") && !after.contains(" of ")
                        && lexicon.classOf(before).filter("Polity"::equals).isPresent()
                        && normalizer.classify(after, java.util.Map.of()).filter("Polity"::equals).isPresent()) {
                    out = parted(out, spans, k, before, after);
                    split = true;
                }
            }
            Matcher persons = AND_PERSON.matcher(s.text());
            while (!split && persons.find()) {
                // "led by Anton Weiss and Karl Brand": two persons' names of two words or more each (not "Cyril and
                // Methodius", nor a name of a class); "denounced the Treaty of Friendship and Neutrality and Ivo Brant
                // raised claims": a name of a class and a person's, two names
                String before = s.text().substring(0, persons.start());
                String after = s.text().substring(persons.end());
                if (after.contains(" ") && lexicon.names().mayBePerson(after) && (before.contains(" ")
                        && lexicon.names().mayBePerson(before) && lexicon.classOf(s.text()).isEmpty()
                        || lexicon.classOf(before).isPresent() && properNounsOnly(after) && verbAfter(text, s.end()))) {
                    // (a person's name after a name of a class only as the subject of a clause of its own, a verb
                    // after it: not "the Declaration of the Rights of the Working and Exploited People")
                    out = parted(out, spans, k, before, after);
                    split = true;
                }
            }
            if (!split && out != null) {
                out.add(s);
            }
        }
        return out == null ? spans : out;
    }

    /** Whether the word after offset {@code end} of a text is a verb (by the part-of-speech tagger). */
    private static boolean verbAfter(String text, int end) {
        Matcher w = NEXT_WORD.matcher(text).region(end, text.length());
        if (!w.lookingAt()) {
            return false;
        }
        org.constitutionkg.extract.linguistic.Annotated a = org.constitutionkg.extract.linguistic.Annotator.get()
                .annotate(text.substring(Math.max(0, end - 40), w.end()));
        int last = a.size() - 1;
        return last > 0 && (a.tag(last).equals("VERB") || a.tag(last).equals("AUX"));
    }

    /** The lower-case word after a name: "... and Ivo Brant raised". */
    private static final Pattern NEXT_WORD = Pattern.compile(" \\p{Ll}+");

    /** A title's "between" and one party, no "and" yet: "Treaty of Peace between Ylan". */
    private static final Pattern BETWEEN_ONE = Pattern.compile(" between (?!.* and ).+$");

    /** " and " between two names. */
    private static final Pattern AND_PERSON = Pattern.compile(" and ");

    /** A year and the words after it: "1990 Ivo Brant". */
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4} (\\p{Lu}.*)");

    /**
     * The spans with a year before a person's name cut off ("After the elections of June 1990 Ivo Brant became
     * chairman": no "1990 Ivo Brant"); a year before a thing of a class stays ("1990 Constitution").
     */
    private List<Span> withoutYearBeforePersons(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Matcher m = YEAR_FIRST.matcher(s.text());
            if (m.matches() && normalizer.classify(s.text(), java.util.Map.of()).isEmpty()
                    && lexicon.names().mayBePerson(m.group(1))) {
                out.add(new Span(m.group(1), s.start() + m.start(1), s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The spans less a name in quotation marks right after another ("the Velm People's Party "Piast"", "the Union
     * “Unity”"): the nickname the first name goes on with, no thing of its own.
     */
    private static List<Span> withoutQuotedNicknames(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (k > 0 && s.start() >= 2 && s.end() < text.length()) {
                String between = text.substring(spans.get(k - 1).end(), s.start());
                char close = text.charAt(s.end());
                if ((between.equals(" \"") && close == '"' || between.equals(" “") && close == '”')) {
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * A name and a person's joined by "of" are two names: "the Ostrian People's Republic of Ivan Petrenko" (a state, a
     * government or a party, and the man who led it), "Ivo Brant of the Farmers' Party" (the man and his party); not
     * "William I of Velmia" nor "Duke Otto of Xland" (a person's name with his land), nor "Government of Ivo Brant" (one
     * word before "of"), nor "Legislative Assembly of Sao Paulo" (an assembly's land, whatever the tagger makes of it).
     */
    private List<Span> personsOf(List<Span> spans) {
        List<Span> out = null;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            int of = s.text().lastIndexOf(" of ");
            boolean split = false;
            if (of > 0) {
                String before = s.text().substring(0, of);
                String after = s.text().substring(of + 4);
                String owner = Patterns.withoutThe(after);
                boolean ledBy = before.contains(" ") && after.contains(" ") && !after.startsWith("the ")
                        && normalizer.classify(before, java.util.Map.of()).filter(c -> c.equals("Polity")
                                || c.equals("PoliticalGroup") || c.equals("ExecutiveBody")).isPresent()
                        && lexicon.names().mayBePerson(after) && properNounsOnly(after);
                // "the Armed Forces of South Xland of General Ivo Brant": a body of a class and the titled person
                // who led it
                // ("the Ostrian Empire of Otto I": a state and its ruler, by the number of his name)
                ledBy |= before.contains(" ") && !after.startsWith("the ") && lexicon.names().namesARuler(after)
                        && normalizer.classify(before, java.util.Map.of()).filter("Polity"::equals).isPresent();
                ledBy |= before.contains(" ") && !after.startsWith("the ") && !lexicon.names().mayBePerson(after)
                        && lexicon.names().personAfterTitle(after).isPresent()
                        && !lexicon.names().mayBePerson(before);
                boolean member = after.startsWith("the ") && lexicon.names().mayBePerson(before)
                        && normalizer.classify(owner, java.util.Map.of())
                                .filter(c -> c.equals("PoliticalGroup") || OntologyClasses.get().isA(c, "StateOrgan"))
                                .isPresent();
                if (ledBy || member) {
                    out = parted(out, spans, k, before, owner);
                    split = true;
                }
            }
            int maker = split ? -1 : makerAt(s.text());
            if (maker > 0) {
                out = parted(out, spans, k, s.text().substring(0, maker), s.text().substring(maker + OF_THE_LENGTH));
                split = true;
            }
            if (!split && out != null) {
                out.add(s);
            }
        }
        return out == null ? spans : out;
    }

    /**
     * Where a numbered or dated instrument's name ends before " of the " and the name of the organ that made it: "Act
     * II of 1945 of the Provisional Assembly", "Decree No. 12 of the Council of Ministers" are two names; -1 for none
     * ("Statute of the Council of Europe", no number, is one).
     */
    private int makerAt(String name) {
        Matcher maker = OF_THE.matcher(name);
        while (maker.find()) {
            Matcher numbered = NUMBERED_INSTRUMENT.matcher(name.substring(0, maker.start()));
            if (numbered.matches() && instrument(numbered.group(1)) && normalizer.classify(name.substring(maker.end()),
                    java.util.Map.of()).filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()) {
                return maker.start();
            }
        }
        return -1;
    }

    /** " of the " inside a name. */
    private static final Pattern OF_THE = Pattern.compile(" of the ");
    private static final int OF_THE_LENGTH = " of the ".length();
    /** An instrument's name and its number or year: "Act II of 1945", "Law No. 5", "Decree 12 of 1950", "Law of 1946". */
    private static final Pattern NUMBERED_INSTRUMENT = Pattern.compile(
            "(.+?)(?: (?:No\\.? ?)?(?:\\d+|[IVXLC]+)(?: of (?:\\d{1,2} )?(?:\\p{Lu}\\p{Ll}+ )?\\d{4})?"
            + "| of (?:\\d{1,2} )?(?:\\p{Lu}\\p{Ll}+ )?\\d{4})");

    /** Whether a name is of an instrument's class. */
    private boolean instrument(String name) {
        return lexicon.classOf(name).filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent();
    }

    /**
     * Whether the tagger takes every word of a name after "of" for a proper noun, as it takes a person's ("of Ivo
     * Brant"), not the adjective or common noun of a topic ("of Human Rights", "of National Defence").
     */
    private static boolean properNounsOnly(String name) {
        org.constitutionkg.extract.linguistic.Annotated a = org.constitutionkg.extract.linguistic.Annotator.get()
                .annotate("the council of " + name);
        for (int k = 3; k < a.size(); k++) {
            if (!a.tag(k).startsWith("PROPN")) {
                return false;
            }
        }
        return a.size() > 3;
    }

    /**
     * The spans so far ({@code out}, or those before the {@code k}th when none was parted yet) with the {@code k}th
     * parted in two: its opening {@code first} and its closing {@code second}.
     */
    private static List<Span> parted(List<Span> out, List<Span> spans, int k, String first, String second) {
        List<Span> o = out == null ? new ArrayList<>(spans.subList(0, k)) : out;
        Span s = spans.get(k);
        o.add(new Span(first, s.start(), s.start() + first.length()));
        o.add(new Span(second, s.end() - second.length(), s.end()));
        return o;
    }

    /** " and " or " and the " inside a name. */
    private static final Pattern AND_STATE = Pattern.compile(" and (?:the )?");

    /**
     * Whether the capitalised word at {@code k} is an adjective of a people or a land alone before a lower-case word
     * ("and English constitutional practice", "and Ostrian legal tradition": a demonym, or a word of such an ending),
     * or a possessor of one ("and Ostria's friendship with", "and Berg's government"): it modifies that noun, no word
     * of a name before "and" ("the Ministry of Trade and Industry oversaw" goes on).
     */
    private boolean modifiesACommonNoun(List<Tok> toks, int k) {
        if (adjectiveOfANoun(toks, k)) {
            return true;
        }
        if (k + 1 >= toks.size() || !capitalised(toks.get(k).s)) {
            return false;
        }
        String w = toks.get(k).s;
        String next = toks.get(k + 1).s;
        boolean lowerCase = !next.isEmpty() && next.chars().allMatch(Character::isLowerCase) && !isConnector(next);
        return lowerCase && (w.endsWith("'s") || w.endsWith("’s") || ADJECTIVE_ENDING.matcher(w).find()
                && !ARTICLES.contains(next) && !INDEFINITE.contains(next));
    }

    /** A lower-case word after a name that may be the noun it modifies ("the Velm assembly"), no verb or link word. */
    private static final Pattern NOUN_AFTER = Pattern.compile(" (?!(?:and|or|of|the|in|on|at|to|for|by|from|with|was|were"
            + "|is|are|has|had|have|which|who|that|whose|until|after|before|since|during)\\b)\\p{Ll}[\\p{Ll}-]{3,}"
            + "(?<!ed|ing|s)(?=[\\s,.;:)]|$)");

    /**
     * Whether the text after a name opens with a common noun the name modifies ("Ytown" of "Ytown assembly, ..."; the
     * tagger's noun, not "near", "later", "altogether"): the name is no name of the thing the phrase names.
     */
    public static boolean beforeACommonNoun(String name, String rest) {
        Matcher m = NOUN_AFTER.matcher(rest);
        if (!m.lookingAt()) {
            return false;
        }
        org.constitutionkg.extract.linguistic.Annotated a = org.constitutionkg.extract.linguistic.Annotator.get()
                .annotate("the " + name + m.group());
        return a.size() > 0 && a.tag(a.size() - 1).equals("NOUN");
    }

    /** " and (the) <Words> <Noun> of ": a second formal name after "and", its kind's noun in group 1. */
    private static final Pattern AND_FORMAL = Pattern.compile(
            " and (?:the )?(?=(?:\\p{Lu}[\\p{L}'’-]* ){0,2}?(\\p{Lu}[\\p{L}'’-]*) of \\p{Lu})");

    /**
     * The last two items of a list of names are two names: "Marvia, Silesk and Karsovia" names three states, though
     * "Silesk and Karsovia" alone may be one name ("Bosnia and Herzegovina"); two short names joined by "and" right
     * after a comma that follows a name, or right after a plural noun they stand in apposition to ("two states,
     * Marvia and Silesk,"), are parted.
     */
    private List<Span> listEnds(String text, List<Span> spans) {
        List<Span> out = null;
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            Matcher m = TWO_SHORT_NAMES.matcher(s.text());
            if (k == 0) {
                if (m.matches() && !lexicon.oneStateOfTwoNames(s.text(), m.group(1), m.group(2))
                        && (apposedToAClass(text, s.start()) || alternating(text, s.start()))) {
                    out = new ArrayList<>();
                    out.add(new Span(m.group(1), s.start(), s.start() + m.end(1)));
                    out.add(new Span(m.group(2), s.start() + m.start(2), s.end()));
                }
                continue;
            }
            if (m.matches() && !lexicon.oneStateOfTwoNames(s.text(), m.group(1), m.group(2))
                    && (text.startsWith(", ", spans.get(k - 1).end()) && spans.get(k - 1).end() + 2 == s.start()
                    || apposedToAClass(text, s.start()) || alternating(text, s.start()))) {
                if (out == null) {
                    out = new ArrayList<>(spans.subList(0, k));
                }
                out.add(new Span(m.group(1), s.start(), s.start() + m.end(1)));
                out.add(new Span(m.group(2), s.start() + m.start(2), s.end()));
            } else if (out != null) {
                out.add(s);
            }
        }
        return out == null ? spans : out;
    }

    /**
     * Whether a plural noun of a class (description-classes.tsv: "states", "republics") and a dash, a colon or a comma
     * stand right before {@code at}: a list in apposition to it ("two states, Marvia and Silesk,"; not "After the
     * elections, Serbia and Montenegro adopted ...").
     */
    private boolean apposedToAClass(String text, int at) {
        Matcher m = APPOSED.matcher(text).region(Math.max(0, at - 60), at);
        return m.find() && lexicon.descriptionClass(Patterns.singular(m.group(1))).isPresent();
    }

    /** "met alternately in Halvik and Strand", "sat by turns at A and B": two places (alternation-words.txt). */
    private static final Pattern ALTERNATING = Pattern.compile("(?i)\\b(?:" + Lexicon.lowerWords("alternation-words.txt")
            .stream().sorted().map(Pattern::quote).collect(java.util.stream.Collectors.joining("|"))
            + ")\\s+(?:in|at)\\s+(?:the\\s+)?$");

    private static boolean alternating(String text, int at) {
        return ALTERNATING.matcher(text).region(Math.max(0, at - 40), at).find();
    }

    /**
     * A plural noun and a dash, a colon, a comma, a parenthesis or "were" before a list: "two states, ", "three
     * republics – ", "its member states were ".
     */
    public static final Pattern APPOSED = Pattern.compile(
            "\\b(\\p{Ll}{3,}s)\\s*(?:[–—:(]|,|\\s(?:were|are))\\s*(?:the\\s+)?$");
    private static final Pattern TWO_SHORT_NAMES = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?) and (\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?)");

    /**
     * "Ivan Petrov for the Republic of Xland" (a delegate and whom he signed for): the name ends before "for" where
     * the name check says so ({@link org.constitutionkg.extract.naming.NameChecker#forWhom}).
     */
    private int forWhom(List<Tok> toks, int from, int end) {
        String name = joined(toks, from, end);
        String kept = lexicon.names().forWhom(name);
        return kept.length() == name.length() ? end : from + Patterns.WHITESPACE.split(kept).length;
    }

    /**
     * Where the person's name ends in a run that names a person and then an office right after a verb ("elected Ivan
     * Petrov President of the Republic", "re-elected X Speaker of Y"; {@link
     * org.constitutionkg.extract.naming.NameChecker#personBeforeOffice}); {@code end} when it is one name. The verb is a
     * word in lower case (a hyphen allowed) that is no article, connector or preposition of time or place.
     */
    private int personBeforeOffice(List<Tok> toks, int from, int end) {
        String before = from > 0 ? toks.get(from - 1).s : "";
        boolean afterVerb = !before.isEmpty() && before.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !ARTICLES.contains(before) && !isConnector(before) && !NOT_VERBS.contains(before);
        return lexicon.names().personBeforeOffice(joined(toks, from, end), afterVerb)
                .map(p -> from + Patterns.WHITESPACE.split(p).length).orElse(end);
    }

    /** Words in lower case before a name that are no verb: prepositions and conjunctions. */
    private static final Set<String> NOT_VERBS = Set.of("in", "at", "by", "to", "from", "with", "under", "for", "as",
            "into", "after", "before", "during", "until", "since", "between", "against", "over", "and", "or", "but",
            "that", "which", "who", "whom", "whose", "when", "while", "than", "then", "also", "his", "her", "its", "their");

    private static Span span(String text, List<Tok> toks, int from, int to) {
        int s = toks.get(from).start;
        int e = toks.get(to - 1).end;
        // "the Senate of Xland's formation": the possessive ending is grammar, not name
        if (e - s > 2 && (text.startsWith("'s", e - 2) || text.startsWith("’s", e - 2))) {
            e -= 2;
        }
        return new Span(text.substring(s, e), s, e);
    }

    /** Words that make a month after them a date's ("the session until March", "the following March"). */
    private static final Set<String> NOT_BEFORE_A_MONTH = Set.of("from", "until", "till", "during", "after",
            "before", "since", "into", "with", "between", "through", "about", "among", "and", "or", "but", "early",
            "late", "mid", "last", "next", "this", "that", "following", "same", "previous", "subsequent", "preceding",
            "coming", "over", "within", "throughout", "by", "of");

    private boolean startsName(List<Tok> toks, int i) {
        String s = toks.get(i).s;
        if (DateParser.isMonth(s)) {
            // "the September Constitution", "= April Manifesto =": a month before a capitalised word after "the" or
            // at the start opens a name; "in September Ivan Petrov ..." is a date
            // (adjectives between: "the imposed March Constitution", "the so-called April Theses")
            int d = i - 1;
            while (d >= 0 && i - d <= 2 && toks.get(d).s.length() > 2
                    && toks.get(d).s.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                    && !toks.get(d).s.equals("the") && !NOT_BEFORE_A_MONTH.contains(toks.get(d).s)) {
                d--;
            }
            return (i == 0 || toks.get(i - 1).s.equalsIgnoreCase("the") || d >= 0 && d < i - 1
                    && toks.get(d).s.equalsIgnoreCase("the")) && i + 1 < toks.size()
                    && capitalised(toks.get(i + 1).s) && !DateParser.isMonth(toks.get(i + 1).s);
        }
        if (capitalised(s)) {
            return true;
        }
        boolean numberLead = Patterns.isYear(s) || Patterns.isOrdinalNumber(s);
        if (numberLead && i > 0 && Patterns.isYear(s) && (TIME_PREPOSITIONS.contains(toks.get(i - 1).s.toLowerCase())
                || DateParser.isMonth(toks.get(i - 1).s) && i >= 2 && (toks.get(i - 2).s.chars().allMatch(Character::isDigit)
                        || TIME_PREPOSITIONS.contains(toks.get(i - 2).s.toLowerCase())))) {
            // "In 1950 Ivan Petrov became ...", "On 6 May 1950 King Peter ...": a date, then a name (not "the
            // December 1946 Constitution")
            return false;
        }
        return numberLead && i + 1 < toks.size() && capitalised(toks.get(i + 1).s)
                && !leaders.contains(toks.get(i + 1).s.toLowerCase()) && !DateParser.isMonth(toks.get(i + 1).s);
    }

    /** Index after the last token of the name starting at {@code from}; {@code from} when there is none. */
    private int scan(List<Tok> toks, int from) {
        if (from >= toks.size() || !startsName(toks, from)) {
            return from;
        }
        int end = from + 1;
        int i = from + 1;
        boolean possessiveList = false;
        int listEnd;
        int topic;
        boolean between = false; // past a title's "between A": its "and the B" goes on with it
        boolean topical = false; // past a title's "for" or "on": its "and a B" goes on with it
        int stateAt;
        while (i < toks.size()) {
            String s = toks.get(i).s;
            if (DateParser.isMonth(s)) {
                if (i >= 2 && toks.get(i - 1).s.equals("of") && capitalised(toks.get(i - 2).s)
                        && lexicon.ordinal(toks.get(i - 2).s).isPresent()) {
                    end = ++i; // "the Constitution of the Fifth of May (1791)": a day in words is the name's
                    continue;
                }
                String before = toks.get(i - 1).s.toLowerCase();
                if (end == i && capitalised(toks.get(i - 1).s) && !leaders.contains(before)
                        && !TIME_PREPOSITIONS.contains(before) && i + 1 < toks.size() && capitalised(toks.get(i + 1).s)
                        && !DateParser.isMonth(toks.get(i + 1).s)) {
                    end = ++i; // "the Imposed March Constitution": a month between two words of a name is the name's
                    continue;
                }
                break;
            }
            if (capitalised(s) || (Patterns.isYear(s) && (isConnector(toks.get(i - 1).s) || end == i
                    && yearTitled(toks, from, i))) || prefixedCapital(s)) {
                end = ++i;
            } else if (s.equals("–") && end == i && i + 1 < toks.size() && i >= 2
                    && Patterns.isYear(toks.get(i - 1).s) && isConnector(toks.get(i - 2).s)
                    && toks.get(i - 1).end == toks.get(i).start && toks.get(i).end == toks.get(i + 1).start
                    && laterYear(toks.get(i - 1).s, toks.get(i + 1).s)) {
                i += 2; // "the Diet of 1790–1791", "the Imperial Diet of 1653–54": a name's span of years
                end = i;
            } else if (s.equals(",") && end == i && i + 1 < toks.size() && Patterns.isYear(toks.get(i + 1).s)
                    && yearTitled(toks, from, i) && (i + 2 >= toks.size() || YEAR_CLOSERS.contains(toks.get(i + 2).s))) {
                i += 2; // "the Constitution Act, 1867": the year of a short title after its comma
                end = i;
            } else if (!s.isEmpty() && s.chars().allMatch(Character::isDigit) && end == i
                    && Sentences.abbreviatedWord(toks.get(i - 1).s + ".")) {
                end = ++i; // "Law No. 5 of 1921": the number after an abbreviated word (its dot is no token)
                if (i + 1 < toks.size() && toks.get(i).s.equals("/") && toks.get(i).start == toks.get(i - 1).end
                        && toks.get(i + 1).s.chars().allMatch(Character::isDigit)) {
                    i += 2; // "Act No. 12/1961": the number of the year's collection of laws
                    end = i;
                }
            } else if (Patterns.isOrdinalNumber(s) && i + 1 < toks.size() && capitalised(toks.get(i + 1).s)
                    && !DateParser.isMonth(toks.get(i + 1).s)) { // (not "on 5th December 1936": a date)
                end = ++i; // "Extraordinary 8th Congress": an ordinal in digits inside a name
            } else if (end == i && numberedSitting(toks, i)) {
                i += 4; // "the Diet of Xland of the 3rd convocation": the sitting's number is part of its name
                end = i;
            } else if (s.equals("the") && end == i && i - from >= 3 && i + 1 < toks.size()
                    && capitalised(toks.get(i + 1).s) && toks.get(i - 1).s.endsWith("ing")
                    && capitalised(toks.get(i - 1).s) && GERUND_BEFORE.contains(toks.get(i - 2).s)
                    && titledObjectGoesOn(toks, i + 1)) {
                i++; // "the Committee for Disclosing the Documents of ...": a title's gerund and its object (which
                     // goes on with "of" or "and": not "the Law on Housing the Diet gained ...", a clause's subject)
            } else if (s.equals("the") && end == i && i - from == 1 && i + 1 < toks.size()
                    && RULER_EPITHETS.contains(toks.get(i + 1).s)) {
                i += 2; // "Catherine the Great", "Ivan the Terrible": a ruler's name and epithet (ruler-epithets.txt)
                end = i;
            } else if (s.equals("and") && end == i && i + 1 < toks.size() && i >= 2 && Patterns.isYear(toks.get(i - 1).s)
                    && toks.get(i - 2).s.equals("of") && Patterns.isYear(toks.get(i + 1).s)
                    && !(i + 2 < toks.size() && PLURAL_NOUN_AFTER.matcher(toks.get(i + 2).s).matches())) {
                i += 2; // "the Ytown Agreements of 1945 and 1946": the years of a name (not "of 1921 and 1931
                // amendments": the second year a plural noun's)
                end = i;
            } else if (isConnector(s) && i + 1 < toks.size()
                    && !(s.equals("and") && !capitalised(toks.get(i + 1).s))
                    && !(s.equals("and") && modifiesACommonNoun(toks, i + 1))
                    // ("Chairman of the Council of Ministers and Minister of Finance": a second office, no name's part;
                    // but "Treaty between King Otto of Xland and Emperor Ivo of Yland" names its parties by title)
                    && !(s.equals("and") && !between && lexicon.names().opensATitle(toks.get(i + 1).s,
                            i + 2 < toks.size() ? toks.get(i + 2).s : null, i + 3 < toks.size() ? toks.get(i + 3).s
                                    : null))
                    && !(s.equals("on") && placeAfter(toks, i + 1)) // "the Air Ministry on Dorner Straße": where it is
                    && !(s.equals("on") && stateBefore(toks, from, i)) // "Xland on the Control Council": no title
                    && !(s.equals("of") && adjectiveOfANoun(toks, i + 1)) // "an Order in Council of the Xish government"
                    && !(ARTICLES.contains(s) && !isConnector(toks.get(i - 1).s) && !gerundOfTitle(toks, from, i - 1))
                    && !(INDEFINITE.contains(s) && !titleOfDocument(toks, from, i - 1))) {
                // ("of a" only in a document's title, "Treaty on the Formation of a New State"; "a Landtag of a House
                // of Lords" names two bodies)
                // an article joins a name only after a connector ("Union of the ..."): "renamed the People's
                // Government the Council of Ministers" names two things
                between &= !s.equals("and"); // (a title's "between A and B" has its "and")
                topical |= TOPIC_PREPOSITIONS.contains(s) && organOrInstrumentName(toks, from, i);
                i++;
            } else if (s.equals("to") && i + 1 < toks.size() && (toks.get(i + 1).s.equals("the")
                    || capitalised(toks.get(i + 1).s)) && (lexicon.documentHeadsTo().contains(toks.get(i - 1).s
                    .toLowerCase(java.util.Locale.ROOT)) || i >= 2 && lexicon.documentHeadsTo().contains((toks.get(i - 2)
                    .s + " " + toks.get(i - 1).s).toLowerCase(java.util.Locale.ROOT)))) {
                i += toks.get(i + 1).s.equals("the") ? 2 : 1; // "Protocol to the Ytown Agreement": a document's title
            } else if (end == i && (topic = shortTitleTail(toks, i)) > i) {
                end = i = topic; // "the Union with Ostland Act 1801", "the Trading with the Enemy Act": a preposition
                // inside a short title, whose head comes after it
            } else if ((topic = topicAt(toks, from, i)) > 0) {
                between = toks.get(i).s.equalsIgnoreCase("between");
                i += topic; // "the Treaty of Peace with X", "the Convention concerning the Territory of Y"
            } else if (between && s.equals("and") && end == i && i + 2 < toks.size()
                    && toks.get(i + 1).s.equals("the") && capitalised(toks.get(i + 2).s)) {
                between = false;
                i += 2; // "the Treaty of X between Yland and the Northern Powers"
            } else if (s.equals("in") && end == i && i + 1 < toks.size() && capitalised(nextWord(toks, i + 1))
                    && (topical || foreignAdjective(toks, from, i)) && organOrInstrumentName(toks, from, i)
                    && (stateAt = stateNameAt(toks, i + 1)) > i + 1 && !namesTheState(toks, from, i, stateAt)) {
                end = i = stateAt; // "the Yian Military Administration in Xland", "the Law on Enterprises in the XSSR":
                // a body of another state's people, or a title of a topic, may end with the state it is of (not "the
                // Civil Code in Xland", "the Supreme Court in Xland": where they are)
            } else if (s.equals("and") && end == i && topical && i + 2 < toks.size()
                    && (toks.get(i + 1).s.equals("a") || toks.get(i + 1).s.equals("the"))
                    && capitalised(toks.get(i + 2).s) && !ownHeadAt(toks, i + 2)) {
                topical = false;
                i += 2; // "the Congress for Unity and a Just Peace", "the Law on the Independence and the Foundations
                // of ...": the second object of a title's preposition (not "... and a Decree on Courts", "... and the
                // Council of Ministers": a name with a head noun of its own)
            } else if (s.equals("in") && end == i && (topic = periodAfterIn(toks, from, i)) > i) {
                end = i = topic; // "the Law on the Organs of Power of X in the Transitional Period": a title's time
            } else if (s.equals("in") && i + 1 < toks.size() && (inPhrase(toks, i) || IN_TAILS.contains(("in "
                    + toks.get(i + 1).s).toLowerCase(java.util.Locale.ROOT)))) {
                i++; // "Order in Council": a title's head that holds "in" (titled-in-phrases.txt); "the Republic of X in
                // Arms", "the Government in Exile": a name's last words (in-tails.txt)
            } else if (s.equals("(") && end == i && i + 2 < toks.size() && toks.get(i).start == toks.get(i - 1).end
                    && toks.get(i + 2).s.equals(")")
                    && Sentences.GLUED.matcher(toks.get(i - 1).s + "(" + toks.get(i + 1).s + ")").matches()) {
                end = i += 3; // "the Central Committee of the XCP(b)": a letter in parentheses glued to a word is its own
            } else if (s.equals("(") && end == i && parenthesisBeforeInPhrase(toks, i) > i) {
                end = i = parenthesisBeforeInPhrase(toks, i); // "the Xland (Constitution) Order in Council", "the
                // Ylia (Agreement) Act 1922": a short title's words in parentheses before its head
            } else if (s.equals(",") && (listEnd = listAfterOf(toks, from, i)) > i) {
                end = i = listEnd; // "Kingdom of Serbs, Croats and Slovenes": one name
            } else if (s.equals(",") && (toks.get(i - 1).s.endsWith("'") || possessiveList) && i + 1 < toks.size()
                    && (capitalised(toks.get(i + 1).s) || toks.get(i + 1).s.equals("and"))) {
                possessiveList = true;
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * The end of a list that a name's "of" governs, when the comma at {@code comma} goes on with it: "Kingdom of Serbs,
     * Croats and Slovenes", "Committee of the Armed Forces, Police and Territorial Army", "Treaty of Friendship,
     * Cooperation and Mutual Assistance". Its items are capitalised words without an article or an "of" (one to three
     * each), the last after "and", none a thing of a class ("Parliament"). The items are all plurals not of persons
     * ("Serbs, Croats and Slovenes"; not "Ministers, Parliament and ..."), or the first is of several words after
     * "the" ("the Armed Forces"), or, in a document's title, all end in a noun titles list (title-list-nouns.txt).
     * Else {@code comma}: "the Council of Ministers, the Presidium and the Supreme Court", "the Kingdom of the
     * Netherlands, Belgium and ...", "the Treaty of Paris, Britain and France" name several things.
     */
    private int listAfterOf(List<Tok> toks, int from, int comma) {
        int first = comma;
        while (first > from && capitalised(toks.get(first - 1).s) && comma - first < 3) {
            first--;
        }
        boolean the = first > from && toks.get(first - 1).s.equals("the");
        int of = the ? first - 2 : first - 1;
        if (first == comma || of <= from || !toks.get(of).s.equals("of") || capitalised(toks.get(first - 1).s)
                || the && comma - first == 1) {
            // ("the Kingdom of the Netherlands, Belgium and ...": one word after "the" may be a state's name)
            return comma;
        }
        String last = toks.get(comma - 1).s;
        boolean plural = plural(last);
        // items not all plurals ("Armed Forces, Police and Territorial Army") only after a first of several words
        // after "the", or in a title: "Treaty of Paris, Britain and France" is a treaty and two states
        boolean allPlural = plural;
        String lower = last.replace("'", "").toLowerCase(java.util.Locale.ROOT);
        String one = Patterns.singular(lower);
        // in a document's title, only nouns that titles list ("Treaty of Friendship, Cooperation and ...")
        boolean listing = !plural && titleOfDocument(toks, from, of);
        boolean kind = listing || the && comma - first > 1;
        if (!plural && !listing || listing && !TITLE_LIST_NOUNS.contains(lower) || noItem(toks, first, comma, false)
                || lexicon.personNouns().contains(one) || lexicon.memberNouns().contains(lower)) {
            // ("the Council of Ministers, Parliament and ...", "Council of Ministers, Ivan Petrov and ...": a body
            // of persons, and other things)
            return comma;
        }
        int i = comma;
        while (i < toks.size() && toks.get(i).s.equals(",")) {
            boolean serial = i + 1 < toks.size() && toks.get(i + 1).s.equals("and"); // "A, B, and C"
            int item = serial ? i + 2 : i + 1;
            int k = itemEnd(toks, item);
            if (k == item || noItem(toks, item, k, listing)) {
                return comma;
            }
            allPlural &= plural(toks.get(k - 1).s);
            if (serial) {
                return k < toks.size() && capitalised(toks.get(k).s) || !(allPlural || kind) ? comma : k;
            }
            if (k + 1 < toks.size() && toks.get(k).s.equals("and") && capitalised(toks.get(k + 1).s)) {
                int e = itemEnd(toks, k + 1);
                allPlural &= plural(toks.get(e - 1).s);
                return e < toks.size() && capitalised(toks.get(e).s) || noItem(toks, k + 1, e, listing)
                        || !(allPlural || kind) ? comma : e;
            }
            i = k;
        }
        return comma;
    }

    /** The end of a list's item that starts at {@code from}: up to three capitalised words. */
    private static int itemEnd(List<Tok> toks, int from) {
        int k = from;
        while (k < toks.size() && capitalised(toks.get(k).s) && k - from < 3) {
            k++;
        }
        return k;
    }

    /**
     * Whether the words from {@code from} to before {@code to} are no item of a list inside a name: a thing of a class
     * ("Parliament", "Supreme Court", "Kingdom of Xland"), or, in a document's title ({@code listing}), words that end
     * in no noun titles list.
     */
    private boolean noItem(List<Tok> toks, int from, int to, boolean listing) {
        return lexicon.classOf(joined(toks, from, to)).isPresent()
                || listing && !TITLE_LIST_NOUNS.contains(toks.get(to - 1).s.toLowerCase(java.util.Locale.ROOT));
    }

    /** The words from {@code from} to before {@code to}, joined by spaces. */
    private static String joined(List<Tok> toks, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(k > from ? " " : "").append(toks.get(k).s);
        }
        return b.toString();
    }

    /** Whether a word reads as a plural: "Serbs", "Forces", "Workers'" (not "Paris", "Congress", "Status"). */
    private static boolean plural(String w) {
        return w.endsWith("s'") || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("is") && !w.endsWith("us");
    }

    /** Words that open a sentence and no name there (sentence-openers.txt): "Together with X, it ...". */
    private static final Set<String> SENTENCE_OPENERS = Lexicon.lowerWords("sentence-openers.txt");
    private static final Set<String> TITLE_LIST_NOUNS = Lexicon.lowerWords("title-list-nouns.txt");
    /** Heads of titles a year follows (year-titled-heads.txt): "Act", "Statute", "Order"; Sentences reads them too. */
    public static final Set<String> YEAR_TITLED_HEADS = Lexicon.lowerWords("year-titled-heads.txt");

    /** Titles' heads that hold "in": titled-in-phrases.txt ("order in council"). */
    private static final Set<String> IN_PHRASES = Lexicon.lowerWords("titled-in-phrases.txt");

    /** Phrases with "in" that end a name: in-tails.txt ("in arms", "in exile"). */
    private static final Set<String> IN_TAILS = Lexicon.lowerWords("in-tails.txt");

    /** Whether the "in" at token {@code i} joins the head of a title listed in titled-in-phrases.txt. */
    private static boolean inPhrase(List<Tok> toks, int i) {
        return i >= 1 && i + 1 < toks.size() && IN_PHRASES.contains((toks.get(i - 1).s + " in " + toks.get(i + 1).s)
                .toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The token after a parenthesis of capitalised words at {@code open} that stands inside a title before its head
     * with "in" ("Xland (Constitution) Order in Council"), else -1.
     */
    private static int parenthesisBeforeInPhrase(List<Tok> toks, int open) {
        int k = open + 1;
        while (k < toks.size() && (capitalised(toks.get(k).s) || k > open + 1 && isNumber(toks.get(k).s))) {
            k++;
        }
        return k > open + 1 && k + 1 < toks.size() && toks.get(k).s.equals(")") && (k + 3 < toks.size()
                && inPhrase(toks, k + 2) || capitalised(toks.get(k + 1).s)
                && YEAR_TITLED_HEADS.contains(toks.get(k + 1).s.toLowerCase(java.util.Locale.ROOT)))
                ? k + 1 : -1;
    }

    /** Whether the capitalised words from token {@code k} ("the" skipped) name a place: "Dorner Straße", "Castle Square". */
    private boolean placeAfter(List<Tok> toks, int k) {
        int from = pastThe(toks, k);
        int end = capitalisedEnd(toks, from);
        return end > from && lexicon.classOf(joined(toks, from, end)).filter("Place"::equals).isPresent();
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
    /** What may follow a short title's year after its comma: a mark that ends the name ("the Xland Act, 1935,"). */
    private static final Set<String> YEAR_CLOSERS = Set.of(",", ".", ";", ":", ")");

    /** Whether {@code second} ("1791", "54") is a later year than {@code first} ("1790", "1653"): a span of years. */
    private static boolean laterYear(String first, String second) {
        if (second.matches("\\d\\d")) {
            second = first.substring(0, 2) + second;
        }
        return Patterns.isYear(second) && Integer.parseInt(second) > Integer.parseInt(first);
    }

    /**
     * Whether the name from {@code from} to before token {@code at} has a head whose short title ends in a year
     * (year-titled-heads.txt: "Act", "Statute"), last (not alone: "Act 1935") or before its "of", so that a year at
     * {@code at} is the name's own.
     */
    private static boolean yearTitled(List<Tok> toks, int from, int at) {
        if (at - 3 >= from && inPhrase(toks, at - 2)
                && YEAR_TITLED_HEADS.contains(toks.get(at - 3).s.toLowerCase(java.util.Locale.ROOT))) {
            return true; // "the Xland Order in Council, 1925"
        }
        int of = from;
        while (of < at && !toks.get(of).s.equals("of")) {
            of++;
        }
        // the head: the last word, or the word before the name's "of" ("the Statute of Ytown 1931")
        return at - 1 > from && YEAR_TITLED_HEADS.contains(toks.get(at - 1).s.toLowerCase(java.util.Locale.ROOT))
                || of < at && of > from && YEAR_TITLED_HEADS.contains(toks.get(of - 1).s.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The end of a short title's words from the preposition at {@code i} to its head, when they go on with the name
     * before it: "with Ostland Act 1801" after "the Union", "with the Enemy Act" after "Trading". After the preposition
     * (and an optional "the") come capitalised words, the last of them a head of year-titled short titles
     * (year-titled-heads.txt), then a year or no capitalised word; else {@code i}: "the Treaty of Ytown with Ostland"
     * (no head after), "the Council with Act ..." (no words between).
     */
    private int shortTitleTail(List<Tok> toks, int i) {
        if (!Lexicon.SHORT_TITLE_PREPOSITIONS.contains(toks.get(i).s) || i < 1
                || YEAR_TITLED_HEADS.contains(toks.get(i - 1).s.toLowerCase(java.util.Locale.ROOT))
                || titleOfDocument(toks, i - 1, i)) {
            return i; // (not "replaced the Press Ordinance with the Public Order Act": a name with a head of its own)
        }
        int k = i + 1;
        if (k < toks.size() && toks.get(k).s.equals("the")) {
            k++;
        }
        int first = k;
        while (k < toks.size() && capitalised(toks.get(k).s) && !DateParser.isMonth(toks.get(k).s)) {
            k++;
        }
        if (k - first < 2 || !YEAR_TITLED_HEADS.contains(toks.get(k - 1).s.toLowerCase(java.util.Locale.ROOT))) {
            return i;
        }
        return k < toks.size() && Patterns.isYear(toks.get(k).s) ? k + 1 : k;
    }

    /** Whether "of the" at {@code i} goes on with an ordinal and a noun of a sitting ("of the 3rd convocation"). */
    private boolean numberedSitting(List<Tok> toks, int i) {
        return i + 3 < toks.size() && toks.get(i).s.equals("of") && toks.get(i + 1).s.equals("the")
                && lexicon.ordinal(toks.get(i + 2).s).isPresent() && lexicon.isSittingNoun(toks.get(i + 3).s);
    }

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> INDEFINITE = Set.of("a", "an");

    /**
     * Whether token {@code k} is a capitalised verb in -ing inside the title of a document that opens at {@code from}
     * ("Law Amending the Constitution", "Act Concerning the Union"): "the" after it goes on with the title.
     */
    private boolean gerundOfTitle(List<Tok> toks, int from, int k) {
        String w = toks.get(k).s;
        // ("Law Supplementing and Amending the", not "Treaty of Peking the")
        boolean placed = k == from + 1 || k >= from + 3 && toks.get(k - 1).s.equals("and")
                && toks.get(k - 2).s.endsWith("ing");
        return placed && w.length() > 4 && w.endsWith("ing") && capitalised(w) && titleOfDocument(toks, from, from + 1);
    }

    /**
     * The words of a preposition of a document's title at {@code i}, with the "the" after it (topic-prepositions.tsv),
     * when the name from {@code from} opens with a head of its row and a name follows (capitalised words, no month, no
     * lone adjective before a common noun: "concerning Ostian minorities"): their count, or 0. "with" only after a
     * title of a matter a treaty makes ("Treaty of Peace with X", title-list-nouns.txt; not "Treaty of Ytown with X",
     * which names the other party), "between" only when "and" joins its two parties before any other word.
     */
    private int topicAt(List<Tok> toks, int from, int i) {
        String s = null;
        int words = 0;
        Set<String> heads = null;
        for (int n = Math.min(3, toks.size() - i); n >= 1 && heads == null; n--) {
            // (the longest first: "with respect to" before "with")
            StringBuilder key = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                key.append(k > i ? " " : "").append(toks.get(k).s.toLowerCase(java.util.Locale.ROOT));
            }
            heads = lexicon.topicPrepositions().get(key.toString());
            s = key.toString();
            words = n;
        }
        if (heads == null) {
            return 0;
        }
        int first = from;
        while (first < i && (toks.get(first).s.equalsIgnoreCase("the") || Patterns.isYear(toks.get(first).s))) {
            first++;
        }
        if (first >= i || !heads.contains(toks.get(first).s.toLowerCase(java.util.Locale.ROOT))) {
            return 0;
        }
        int next = i + words;
        if (s.equals("to")) {
            // "Manifesto to (All) the Peoples of X": "to" only before a collective addressee, a plural after "the",
            // in a name of no "of" yet ("presented the Declaration of Rights to the Assembly" names two things)
            boolean all = next + 2 < toks.size() && toks.get(next).s.equals("All");
            int the = all ? next + 1 : next;
            int noun = the + 1;
            while (noun < the + 3 && noun + 1 < toks.size() && capitalised(toks.get(noun).s)
                    && !plural(toks.get(noun).s) && capitalised(toks.get(noun + 1).s)) {
                noun++; // "to the Free Nations of the World"
            }
            if (noun >= toks.size() || !toks.get(the).s.equals("the") || !plural(toks.get(noun).s)
                    || toks.subList(from, i).stream().anyMatch(t -> t.s.equals("of"))) {
                return 0;
            }
            next = all ? next + 2 : next;
        }
        if (next < toks.size() && toks.get(next).s.equals("the")) {
            next++;
        }
        if (s.equals("with") && toks.subList(first, i).stream()
                .noneMatch(t -> TITLE_LIST_NOUNS.contains(t.s.toLowerCase(java.util.Locale.ROOT)))) {
            return 0;
        }
        if (s.equals("between")) {
            int k = next;
            while (k < toks.size() && (capitalised(toks.get(k).s) || toks.get(k).s.equals("of")
                    || toks.get(k).s.equals("the"))) {
                k++;
            }
            if (k >= toks.size() || !toks.get(k).s.equals("and")) {
                return 0; // "between" three parties or none: no title's
            }
        }
        if (next >= toks.size() || !capitalised(toks.get(next).s) || DateParser.isMonth(toks.get(next).s)) {
            return 0;
        }
        int after = next + 1;
        boolean adjective = ADJECTIVE_ENDING.matcher(toks.get(next).s).find() && after < toks.size()
                && !capitalised(toks.get(after).s) && !isConnector(toks.get(after).s)
                && Character.isLetter(toks.get(after).s.charAt(0));
        return adjective ? 0 : next - i; // ("concerning Ostian minorities": an adjective of a common noun)
    }

    /** The endings of adjectives of peoples and lands: "Ostian", "Polish", "Velmese", "Baltic". */
    private static final java.util.regex.Pattern ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            "(?:ian|ish|ese|ic|an)$");

    /** Whether the name's words from {@code from} to before {@code to} are a document's: a legal instrument's head. */
    private boolean titleOfDocument(List<Tok> toks, int from, int to) {
        return instrument(joined(toks, from, to));
    }
    /** Epithets a ruler's name takes after "the" (ruler-epithets.txt, as written): "the Great", "the Terrible". */
    private static final Set<String> RULER_EPITHETS = Set.copyOf(Lexicon.lines("ruler-epithets.txt"));

    /** Prepositions a year after which is a date: "in 1950", "by 1950", "until 1950". */
    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "by", "from", "until", "till", "since",
            "after", "before", "during", "to");

    private static boolean prefixedCapital(String s) {
        return org.constitutionkg.extract.naming.NameChecker.prefixedCapital(s);
    }

    /** A lower-case word that may join the capitalised words of a name: a connector, or a particle of a person's. */
    private boolean isConnector(String s) {
        return connectors.contains(s) || org.constitutionkg.extract.naming.NameChecker.particle(s);
    }

    public static boolean capitalised(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c) || ELIDED_ARTICLE.matcher(s).lookingAt();
    }

    /**
     * A capitalised word after an elided article or preposition: "l'Europe", "d'Orsay", "dell'Unione"; or after a
     * particle joined by a hyphen: "al-Watani", "di-Pertuan".
     */
    private static final java.util.regex.Pattern ELIDED_ARTICLE = java.util.regex.Pattern.compile(
            "\\p{Ll}{1,4}['’]\\p{Lu}|(?:al|el|ad|ar|as|at|az|ud|ul|di)-\\p{Lu}");
}
