package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.text.Patterns;

/**
 * Turns a name into the word list used to compare names: abbreviations expanded ("SSR"), spelling variants unified
 * ("Byelorussian"), ordinals numbered ("Third" and "III" both become "#3"), "the" and punctuation dropped, lower case.
 */
public final class Normalizer {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:]+|[,;:]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");
    /** Entries a cache holds at most: a full cache is emptied, so memory stays bounded whatever the corpus. */
    private static final int CACHE_LIMIT = 100_000;

    private final Lexicon lexicon;
    /** {@link #words} of names without article abbreviations. */
    private final Map<String, Memo<List<String>>> wordsCache = new ConcurrentHashMap<>();
    /** {@link #classify} of names without article abbreviations. */
    private final Map<String, Memo<Optional<String>>> classCache = new ConcurrentHashMap<>();

    public Normalizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * What a function of (name, article abbreviations) gives for a name when the article defines none of the words
     * it looks up, and those words: the value holds for every article that defines none of them.
     */
    private record Memo<T>(T value, List<String> lookedUp) {

        Memo {
            lookedUp = List.copyOf(lookedUp);
        }

        boolean holdsFor(Map<String, String> local) {
            if (local.isEmpty()) {
                return true;
            }
            for (String w : lookedUp) {
                if (local.containsKey(w)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Keeps a memo computed for a name; a full cache is emptied first. */
    private static <T> Memo<T> remember(Map<String, Memo<T>> cache, String name, Memo<T> memo) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(name, memo);
        return memo;
    }

    /** The normalised words of a name; {@code local} holds abbreviations the article defines. */
    public List<String> words(String name, Map<String, String> local) {
        Memo<List<String>> m = wordsMemo(name);
        return m.holdsFor(local) ? m.value() : List.copyOf(words(name, local, new ArrayList<>()));
    }

    private Memo<List<String>> wordsMemo(String name) {
        Memo<List<String>> m = wordsCache.get(name);
        if (m != null) {
            return m;
        }
        List<String> lookedUp = new ArrayList<>();
        return remember(wordsCache, name, new Memo<>(List.copyOf(words(name, Map.of(), lookedUp)), lookedUp));
    }

    /** {@link #words(String, Map)}, adding each word it looks up in {@code local} to {@code lookedUp}. */
    private List<String> words(String name, Map<String, String> local, List<String> lookedUp) {
        List<String> out = new ArrayList<>();
        // a dash inside a compound word compares as a hyphen ("All–Union", "Velish–Dornish"), kept as written in labels
        String s = Patterns.dashesAsHyphens(sittingFirst(name)).replace('’', '\'').replace("\"", " ")
                .replace("«", " ").replace("»", " ");
        for (String raw : Patterns.WHITESPACE.split(s.strip())) {
            String t = withoutDotUnlessInitialism(withoutEdgePunctuation(raw));
            if (t.isEmpty()) {
                continue;
            }
            lookedUp.add(t);
            String expansion = local.containsKey(t) ? local.get(t) : lexicon.abbreviations().get(withoutTrailingDot(t));
            if (expansion != null && !expansion.equals(t)) {
                out.addAll(words(expansion, Map.of()));
                continue;
            }
            String w = lexicon.synonym(t.toLowerCase(Locale.ROOT));
            if (w.equals("the")) {
                continue;
            }
            out.add(w);
        }
        return numberOrdinal(out);
    }

    private List<String> numberOrdinal(List<String> words) {
        int i = 0;
        while (i < words.size() - 1 && lexicon.isSessionAdjective(words.get(i))) {
            i++;
        }
        if (i < words.size() - 1 && sessionHead(words, i + 1)) {
            Optional<Integer> n = lexicon.ordinal(words.get(i));
            if (n.isPresent()) {
                List<String> out = new ArrayList<>(words.subList(0, 0));
                out.add("#" + n.get());
                int j = i + 1;
                while (j < words.size() - 1 && lexicon.isSessionAdjective(words.get(j))) {
                    j++;
                }
                out.addAll(words.subList(j, words.size()));
                return out;
            }
        }
        return words;
    }

    /**
     * Whether the head noun after the ordinal (the last word before "of", or the last word) is a session head: "Third
     * Congress of X", "4th State Duma"; not "First Deputy Speaker of the Parliament", "Second Chamber of X".
     */
    private boolean sessionHead(List<String> words, int from) {
        int end = from;
        while (end < words.size() && !words.get(end).equals("of")) {
            end++;
        }
        if (end == from) {
            return false;
        }
        String w = words.get(end - 1);
        for (String head : lexicon.sessionHeads()) {
            if (head.equalsIgnoreCase(w)) {
                return true;
            }
        }
        // any legislature's head ("Second Great Khural", "Fifth Storting"), not a chamber's ("First Chamber")
        return w.length() > 2 && Character.isLetter(w.charAt(0))
                && lexicon.classOf(Character.toUpperCase(w.charAt(0)) + w.substring(1)).filter("Legislature"::equals)
                .isPresent();
    }

    private static String withoutEdgePunctuation(String word) {
        return hasAny(word, ",;:") ? EDGE_PUNCTUATION.matcher(word).replaceAll("") : word;
    }

    private static String withoutTrailingPunctuation(String word) {
        return hasAny(word, ",;:") ? TRAILING_PUNCTUATION.matcher(word).replaceAll("") : word;
    }

    private static String withoutTrailingDot(String word) {
        return hasAny(word, ".") ? TRAILING_DOT.matcher(word).replaceAll("") : word;
    }

    /** The word without its final dot, unless it is an initialism such as "U.S." (which has a dot). */
    private static String withoutDotUnlessInitialism(String word) {
        return hasAny(word, ".") && !Patterns.INITIALISM.matcher(word).matches() ? withoutTrailingDot(word) : word;
    }

    /**
     * Whether the word has one of the characters. The expressions that remove characters from a word only run on words
     * that have such a character: most have none, and the expression costs far more than the look.
     */
    private static boolean hasAny(String word, String characters) {
        for (int i = 0; i < characters.length(); i++) {
            if (word.indexOf(characters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name whose last words number one sitting of a body, written with the sitting first: "Diet of Xland (3rd
     * convocation)", "Diet of Xland, Third Convocation" and "Diet of Xland of the third convocation" are each the
     * "3rd convocation of the Diet of Xland", one name of one sitting however its number is put. The name as it is
     * when it ends with no ordinal and noun of sitting-nouns.txt, opens with an ordinal of its own, or names no
     * legislature, chamber or council of no narrower kind (a presidium, a government, a legislature's committee is
     * formed by a convocation, and sits in none of its own).
     */
    public String sittingFirst(String name) {
        if (name.indexOf(' ') < 0 || !name.endsWith(")") && name.indexOf(',') < 0 && !name.contains(" of the ")) {
            return name;
        }
        Matcher m = numberedSittingAfter(name);
        if (m == null) {
            return name;
        }
        int g = sittingGroup(m);
        String ordinal = m.group(g);
        String noun = m.group(g + 1);
        String body = m.group(1).strip();
        boolean the = body.startsWith("the ") || body.startsWith("The ");
        String first = body.substring(the ? 4 : 0).split(" ", 2)[0];
        if (lexicon.ordinal(first).isPresent()) {
            return name; // "First Session of the Diet of X (3rd convocation)": a sitting's name already, one of that
        }
        OntologyClasses o = OntologyClasses.get();
        if (classify(body, Map.of()).filter(c -> o.isA(c, "Legislature") || o.isA(c, "Chamber")
                || c.equals("StateOrgan") && !ofASittingBody(body)).isEmpty()) {
            return name; // a body that sits in terms ("Presidium of the Diet of the 3rd convocation" is the term's; a
                         // council of no known kind that has convocations, "Supreme Council of the 12th convocation",
                         // sits in them, but not one of a legislature, "Budget Committee of the Diet of the 7th
                         // convocation", which is the term's)
        }
        return ordinal + " " + noun + " of " + (the ? "" : "the ") + body;
    }

    /** Whether a body's name is of a legislature or a chamber after "of": "Budget Committee of the Diet of X". */
    private boolean ofASittingBody(String body) {
        int of = body.indexOf(" of ");
        OntologyClasses o = OntologyClasses.get();
        return of > 0 && classify(Patterns.withoutThe(body.substring(of + 4)), Map.of())
                .filter(c -> o.isA(c, "Legislature") || o.isA(c, "Chamber")).isPresent();
    }

    /**
     * Whether a name puts a sitting's number after its body's name ("Diet of X (3rd convocation)"), as
     * {@link #sittingFirst} reads it.
     */
    public boolean sittingLast(String name) {
        return !sittingFirst(name).equals(name);
    }

    /**
     * Whether a name ends with a sitting's ordinal and noun in parentheses ("Supreme Council of X (13th convocation)"),
     * whatever its body: the number tells that term from the body and from its other terms, the name keeps it.
     */
    public boolean numberedSittingInParentheses(String name) {
        Matcher m = numberedSittingAfter(name.strip());
        return m != null && sittingGroup(m) == 2;
    }

    /**
     * The name without a sitting's ordinal and noun after it ("Supreme Council of the Republic of X of the 12th
     * convocation" → "Supreme Council of the Republic of X"), whatever its body; the name itself when none follows.
     */
    public String withoutSittingAfter(String name) {
        Matcher m = numberedSittingAfter(name.strip());
        return m == null ? name : m.group(1).strip();
    }

    /**
     * {@link #SITTING_LAST} matched on a name whose ordinal and noun after it are an ordinal and a noun of
     * sitting-nouns.txt; else null.
     */
    private Matcher numberedSittingAfter(String name) {
        Matcher m = SITTING_LAST.matcher(name);
        if (!m.matches()) {
            return null;
        }
        int g = sittingGroup(m);
        return lexicon.ordinal(m.group(g)).isPresent() && lexicon.isSittingNoun(m.group(g + 1)) ? m : null;
    }

    /** The group of the ordinal {@link #SITTING_LAST} matched: in parentheses (2), after a comma (4), after "of the" (6). */
    private static int sittingGroup(Matcher m) {
        return m.group(2) != null ? 2 : m.group(4) != null ? 4 : 6;
    }

    /** A name and a sitting's ordinal and noun after it: in parentheses, after a comma, or after "of the". */
    private static final Pattern SITTING_LAST = Pattern.compile(
            "(.+?)(?:\\s*\\(\\s*([\\p{L}\\d]+)\\s+(\\p{L}+)\\s*\\)|,\\s*([\\p{L}\\d]+)\\s+(\\p{L}+)"
            + "|\\s+of\\s+the\\s+([\\p{L}\\d]+)\\s+(\\p{L}+))");

    /** The name with abbreviations written out, case kept: "Ukrainian SSR" → "Ukrainian Soviet Socialist Republic". */
    public String expand(String name, Map<String, String> local) {
        return expand(name, local, new ArrayList<>());
    }

    /** {@link #expand(String, Map)}, adding each word it looks up in {@code local} to {@code lookedUp}. */
    private String expand(String name, Map<String, String> local, List<String> lookedUp) {
        StringBuilder b = new StringBuilder();
        for (String raw : Patterns.WHITESPACE.split(name.strip())) {
            String t = withoutTrailingPunctuation(raw);
            lookedUp.add(t);
            String e = local.containsKey(t) ? local.get(t) : lexicon.abbreviations().get(withoutTrailingDot(t));
            b.append(b.length() > 0 ? " " : "").append(e != null ? e : raw);
        }
        return b.toString();
    }

    /** The class a name implies: Session for "Third Congress of ...", else the first matching row of classes.tsv. */
    /**
     * Whether a name opens with a number that counts a body's convocations ("Fifth National Assembly": the body's
     * fifth), not one that is part of a body's own name ("Second Chamber of X", "First Curia": chambers).
     */
    public boolean numberedConvocation(String name, Map<String, String> local) {
        String[] w = Patterns.WHITESPACE.split(name);
        return w.length > 1 && lexicon.ordinal(w[0].toLowerCase(Locale.ROOT)).isPresent()
                && classify(name, local).filter(c -> OntologyClasses.get().isA(c, "Chamber")).isEmpty();
    }

    public Optional<String> classify(String name, Map<String, String> local) {
        Matcher at = sittingAt(name, local);
        if (at != null) {
            // "Fourth National Assembly at Xtown": a sitting named by its number and where it met
            return classify(at.group(1), local);
        }
        Memo<Optional<String>> m = classCache.get(name);
        if (m == null) {
            Memo<List<String>> words = wordsMemo(name);
            List<String> lookedUp = new ArrayList<>(words.lookedUp());
            m = remember(classCache, name, new Memo<>(classify(words.value(), name, Map.of(), lookedUp), lookedUp));
        }
        return m.holdsFor(local) ? m.value() : classify(words(name, local), name, local, new ArrayList<>());
    }

    private Optional<String> classify(List<String> words, String name, Map<String, String> local,
                                      List<String> lookedUp) {
        String expanded = expand(name, local, lookedUp);
        Optional<String> cls = lexicon.classOf(expanded);
        if (!expanded.equals(name) && cls.filter("Polity"::equals).isPresent()) {
            // "USSR Constitution", "GDR Council of State": a state's abbreviation before the head only says whose it is
            Optional<String> head = lexicon.headClass(name);
            cls = head.isPresent() ? head : cls;
        }
        if (ordinalOf(words).isPresent()) {
            // "Third Congress of the X Party": one meeting of the party's congress, as "Third Congress of Soviets" is one
            // of the congress of soviets
            return Optional.of("Session");
        }
        boolean organ = cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent();
        if (organ && (lexicon.namesAMeeting(name)
                || lexicon.namesAMeeting(YEAR_BEFORE.matcher(name).replaceFirst("")))) {
            // "the Congress of Ytown", "the Ytown Conference": it met once, where it met (and "the 1945 Ytown
            // Conference" is that one meeting, no sitting of a body)
            return Optional.of("Meeting");
        }
        if (organ && datedSitting(name)) {
            return Optional.of("Session"); // "the 1926 Imperial Conference", "the Diet of 1790–1791": one sitting
        }
        return cls;
    }

    /**
     * A numbered sitting's name less the place it met at ("Fourth National Assembly at Xtown": "Fourth National
     * Assembly"), or the name as it is.
     */
    public String sittingWithoutPlace(String name) {
        Matcher at = sittingAt(name, Map.of());
        return at != null ? at.group(1) : name;
    }

    /** The place a numbered sitting's name says it met at ({@link #sittingWithoutPlace}), or empty. */
    public Optional<String> sittingPlace(String name) {
        Matcher at = sittingAt(name, Map.of());
        return at != null ? Optional.of(at.group(2)) : Optional.empty();
    }

    /** The match of a numbered sitting's name and " at " a place ({@link #AT_A_PLACE}), or null. */
    private Matcher sittingAt(String name, Map<String, String> local) {
        if (!name.contains(" at ")) {
            return null; // (most names: no pattern run for them on this frequent path)
        }
        Matcher at = AT_A_PLACE.matcher(name);
        return at.matches() && ordinalOf(words(at.group(1), local)).isPresent() ? at : null;
    }

    /** A name and " at " a place's name after it: group 1 the name, group 2 the place. */
    private static final Pattern AT_A_PLACE = Pattern.compile("(.+?) at (\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?)");

    /** A year (or a span of years) before a name: "1926 Imperial Conference". */
    private static final Pattern YEAR_BEFORE = Pattern.compile("^\\d{4}" + Patterns.YEAR_SPAN + " (?=\\p{Lu})");

    /** Words that make a dated name a body's of its own (body-adjectives.txt): "the Constituent Congress of 1916". */
    private static final Set<String> BODY_ADJECTIVES = Set.copyOf(Lexicon.lowerWords("body-adjectives.txt"));

    /**
     * Whether a name is a sitting's head dated by its year, before it or after it (dated-sitting-heads.txt): "the 1926
     * Imperial Conference", "the Diet of 1790–1791", "the Sejm of 1588" are one sitting each; not "the Constituent
     * Congress of 1916" (body-adjectives.txt), nor a year in parentheses ("Reichstag (1848–1849)" tells two bodies
     * apart), nor a head that as often names a body ("the Congress of 1856", "the 1871 Reichstag", "the Assembly of
     * 1848").
     */
    public boolean datedSitting(String name) {
        String bare = Patterns.withoutArticle(name.strip());
        String undated = YEAR_BEFORE.matcher(Patterns.withoutYearAfter(bare)).replaceFirst("");
        if (undated.equals(bare) || undated.isEmpty() || !Character.isUpperCase(undated.charAt(0))) {
            return false;
        }
        for (String w : Patterns.WHITESPACE.split(undated)) {
            if (BODY_ADJECTIVES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return DATED_SITTING_HEADS.contains(Discourse.headNoun(undated).toLowerCase(Locale.ROOT));
    }

    /** Head nouns that, dated by a year, name one sitting (dated-sitting-heads.txt): "diet", "conference". */
    private static final Set<String> DATED_SITTING_HEADS = Set.copyOf(Lexicon.lowerWords("dated-sitting-heads.txt"));

    /** The normalised name as one string. */
    public String key(String name, Map<String, String> local) {
        return String.join(" ", words(name, local));
    }

    /** The ordinal of a session name ("Third ..." gives 3), or empty. */
    public static Optional<Integer> ordinalOf(List<String> words) {
        if (!words.isEmpty() && words.get(0).startsWith("#")) {
            return Optional.of(Integer.parseInt(words.get(0).substring(1)));
        }
        return Optional.empty();
    }
}
