package org.constitutionkg.extract.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.constitutionkg.extract.text.Patterns;

/**
 * The one check every name passes before an entity is born from it: what a name loses (footnote marks, a dash
 * inside a compound, a {@code Key: } prefix of a nested list, a possessive ending, a clause word or article before
 * it, a title before a person's name, when the name is known to be a person's) and what is not a name at all (a bare head noun such as "Council", an ordinal
 * alone, a lower-case fragment, a run-on of twenty words). The knowledge is in data files; this class only applies
 * it, and depends on nothing of the extractor (which makes it from its {@code Lexicon}).
 * <pre>
 *   NameChecker c = Lexicon.get().names();              // the checker of the extractor's data files
 *   c.clean("Upper House: Senate^{1}", null);          // "Senate"
 *   c.clean("Marshal Ivan Petrov", "Person");           // "Ivan Petrov"
 *   c.whyNot("Council");                                // Optional["a bare head noun"]
 * </pre>
 */
public final class NameChecker {

    /** Names of more words than this are sentence fragments, not names. */
    static final int MAX_WORDS = 20;

    /** A cleanup row: a pattern, its replacement, and the characters a name must hold for the row to run. */
    private record Cleanup(Pattern pattern, String replacement, Predicate<String> mayMatch) {
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Lower-case words that join the capitalised words of a name, in English and the languages of the genre. */
    private static final Set<String> GLUE = Set.of("of", "the", "and", "for", "on", "a", "an", "in", "to", "at",
            "de", "der", "des", "die", "das", "du", "la", "le", "les", "und", "von", "van", "del", "della", "di", "da",
            "y", "e", "i", "și", "na", "pro", "o", "z", "w", "za", "zu", "zum", "zur", "vom");
    /** Lower-case particles of personal names, which may open one ("de Gaulle", "van der Lubbe"). */
    private static final Set<String> PARTICLES = org.constitutionkg.extract.Lexicon.lowerWords("person-particles.txt");
    /** Titles in lower case inside a personal name, never opening it ("Hasan bey Agayev"). */
    private static final Set<String> INNER_TITLES = org.constitutionkg.extract.Lexicon.lowerWords(
            "person-name-titles.txt");

    private final List<Cleanup> cleanups;
    private final Set<String> leadingWords;
    private final Set<String> genericHeads;
    private final Set<String> titles;
    private final Set<String> modifiers;
    private final Function<String, Optional<Integer>> ordinal;
    private final Function<String, Optional<String>> classOf;

    private final java.util.function.Predicate<String> stateAdjective;

    /**
     * @param cleanups     rows of {@code name-cleanups.tsv}: regex, replacement
     * @param leadingWords words that open a clause (and articles), never a name (lower case)
     * @param genericHeads head nouns that are no name alone (lower case)
     * @param titles       titles written before a person's name
     * @param modifiers    words that open a title but are none alone ("First", "Prime")
     * @param ordinal      the number of an ordinal or a number word ("ninth", "four"), or empty
     * @param classOf      the class a name's head noun gives, or empty
     * @param stateAdjective whether a word is the adjective of a state ("German", "Soviet")
     */
    public NameChecker(List<String[]> cleanups, Set<String> leadingWords, Set<String> genericHeads,
            Set<String> titles, Set<String> modifiers, Function<String, Optional<Integer>> ordinal,
            Function<String, Optional<String>> classOf, java.util.function.Predicate<String> stateAdjective) {
        this.stateAdjective = stateAdjective;
        this.modifiers = modifiers.stream().map(t -> t.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        List<Cleanup> rows = new ArrayList<>();
        for (String[] r : cleanups) {
            rows.add(new Cleanup(Pattern.compile(r[0], Pattern.UNICODE_CHARACTER_CLASS), r[1], trigger(r[0])));
        }
        this.cleanups = List.copyOf(rows);
        this.leadingWords = Set.copyOf(leadingWords);
        this.genericHeads = Set.copyOf(genericHeads);
        this.titles = titles.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.ordinal = ordinal;
        this.classOf = classOf;
    }

    /**
     * A cheap test of whether a cleanup row may match, from the characters its regex requires: a footnote row needs
     * {@code ^} or {@code [}, a dash row a dash, and so on. Rows that need nothing in particular always run.
     */
    private static Predicate<String> trigger(String regex) {
        if (regex.startsWith("\\^")) {
            return s -> s.indexOf('^') >= 0;
        }
        if (regex.startsWith("\\[")) {
            return s -> s.indexOf('[') >= 0;
        }
        if (regex.contains("[–—‒]") && !regex.startsWith("^")) {
            return s -> s.indexOf('–') >= 0 || s.indexOf('—') >= 0 || s.indexOf('‒') >= 0;
        }
        if (regex.contains("\\s+by\\s")) {
            return s -> s.contains(" by "); // (before the colon's test: "(?:\\s+over)" holds ":\\s+" too)
        }
        if (regex.contains(":\\s+")) {
            return s -> s.indexOf(':') > 0;
        }
        if (regex.startsWith("['’]s$")) {
            return s -> s.endsWith("'s") || s.endsWith("’s");
        }
        if (regex.startsWith("(?<=s)'$")) {
            return s -> s.endsWith("s'");
        }
        if (regex.startsWith("[’\"”]+$")) {
            return s -> s.endsWith("’") || s.endsWith("\"") || s.endsWith("”");
        }
        if (regex.contains("[IVXL]+)\\.\\s+")) {
            return s -> s.contains(". "); // (a numeral's full stop before a sentence's first word)
        }
        if (regex.startsWith("(\\s[IVXL]+)\\.$")) {
            return s -> s.endsWith(".");
        }
        if (regex.startsWith("[\\s:;,–—-]+$")) {
            return s -> !s.isEmpty() && ":;,–—- \t".indexOf(s.charAt(s.length() - 1)) >= 0;
        }
        if (regex.startsWith("^[\\s:;,.")) {
            return s -> !s.isEmpty() && !Character.isLetterOrDigit(s.charAt(0));
        }
        return s -> true;
    }

    /**
     * The name as it is to be compared and published: cleanups applied, clause words and articles before it dropped,
     * and for a person (class hint {@code Person}, or a name whose rest is a person's name) the titles before it.
     */
    public String clean(String name, String classHint) {
        String s = name;
        for (Cleanup c : cleanups) {
            if (c.mayMatch().test(s)) {
                s = c.pattern().matcher(s).replaceAll(c.replacement());
            }
        }
        s = s.strip();
        if (!HONORIFIC.matcher(s).lookingAt()) {
            s = dropLeading(s, leadingWords, w -> true); // (not "His Majesty's Government": an honorific of its name)
        }
        s = afterName(dropTitles(forWhom(s), classHint));
        return "Person".equals(classHint) ? whence(s) : withoutItsMaker(s);
    }

    /**
     * An instrument's name less a titled person "of" whom it was ("the March Constitution of Count Ivo Brant", "the
     * October Manifesto of Tsar Otto II"): the instrument's own name; the person is its maker, no part of its title.
     */
    String withoutItsMaker(String s) {
        int of = s.lastIndexOf(" of ");
        if (of <= 0) {
            return s;
        }
        String head = s.substring(0, of);
        String tail = s.substring(of + 4);
        int sp = tail.indexOf(' ');
        if (sp < 0 || !titleWord(tail.substring(0, sp), false) || head.indexOf(' ') < 0) {
            return s; // (most names: no title after their last "of"; and a head of one word, "the Decree of President
                      // Anna Berg", is no name of its own: the whole is the name)
        }
        return classOf.apply(head).filter(c -> org.constitutionkg.extract.OntologyClasses.get().isA(c,
                "LegalInstrument")).isPresent() && afterTitles(tail, this::looksLikePersonName).isPresent() ? head : s;
    }

    /**
     * A person's name less a title written after it, as a verb of two objects puts it ("elected Ivo Brant Regent",
     * "crowned Ivo Brant King of Xland", "made Anna Berg Chairman of the Council"): the person. Only after a name that
     * opens with a given name and has no class of its own, so "Reich President" or "Senate Speaker" stay whole.
     */
    public String afterName(String s) {
        int sp = s.indexOf(' ');
        if (sp < 0 || s.indexOf(' ', sp + 1) < 0 || !givenName(s.substring(0, sp))) {
            return s; // (most names: fewer than three words, or no given name first)
        }
        String[] w = SPACES.split(s);
        for (int i = 2; i < w.length; i++) {
            String lower = w[i].toLowerCase(Locale.ROOT);
            if (titleWord(w[i], true) && !POSTPOSITIVE.contains(lower) && (i == w.length - 1
                    && !TITLE_SURNAMES.contains(lower) || i < w.length - 1 && w[i + 1].equals("of"))) {
                int from = i;
                while (from > 2 && titleWord(w[from - 1], false)) {
                    from--; // "appointed Ivo Brant Prime Minister": the whole title
                }
                String person = String.join(" ", java.util.Arrays.copyOfRange(w, 0, from));
                return looksLikePersonName(person) && classOf.apply(person).isEmpty() ? person : s;
            }
        }
        return s;
    }

    /** Titles written after a name as part of it: "Ali Khan", "Enver Pasha" (postpositive-titles.txt). */
    private static final Set<String> POSTPOSITIVE = org.constitutionkg.extract.Lexicon.lowerWords(
            "postpositive-titles.txt");
    /** Titles that are family names as often: "Ivan Martin King" (title-surnames.txt). */
    private static final Set<String> TITLE_SURNAMES = org.constitutionkg.extract.Lexicon.lowerWords(
            "title-surnames.txt");

    /**
     * A given name and a family name (a particle between them: "Ana de Souza"), then " of " and where the person came
     * from or stood for ("of the Xland Party").
     */
    private static final java.util.regex.Pattern PERSON_OF = java.util.regex.Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’.-]+(?: (?:\\p{Ll}{1,4} )?\\p{Lu}[\\p{L}'’.-]+){1,3}) of (?:the )?\\p{Lu}.*$");

    /**
     * "Bogdan Ilić of Zarovia" (a signer and the state he signed for): the person; "Maximilian of Sorge" (a name of one
     * word before "of"), "Ida II of Eastmark" and a name of a class ("Council of Xland") are names as they stand.
     */
    String whence(String s) {
        java.util.regex.Matcher m = PERSON_OF.matcher(s);
        // (a monarch's regnal number keeps the realm: "Ida II of Eastmark")
        return m.matches() && classOf.apply(m.group(1)).isEmpty() && looksLikePersonName(m.group(1))
                && !m.group(1).contains(" of ") && !m.group(1).contains(" and ")
                && !m.group(1).matches(".* [IVXL]+") ? m.group(1) : s;
    }

    private static final java.util.regex.Pattern FOR = java.util.regex.Pattern.compile(" for (?:the )?");

    /**
     * "Ivan Petrov for the Republic of Xland" (a delegate and the state he signed for): the name of no class before
     * "for"; "Commission for Reform of Xland", whose head is a class's, stays whole.
     */
    public String forWhom(String s) {
        java.util.regex.Matcher m = FOR.matcher(s);
        if (m.find() && m.start() > 0) {
            String left = s.substring(0, m.start());
            String right = s.substring(m.end());
            if (classOf.apply(left).filter("Treaty"::equals).isPresent()
                    && classOf.apply(right).filter("Polity"::equals).isPresent() && !right.contains(" ")) {
                return left; // "signed the Velm Accords for Ostria": a treaty and the state signed for (one word: not
                             // "Charter for the Kingdom of X", a title)
            }
            if (classOf.apply(left).isEmpty() && (classOf.apply(right).filter("Polity"::equals).isPresent()
                    || looksLikePersonName(dropTitles(left, "Person")) && !cannotBePerson(left)
                    && right.split(" and |, ", 2)[0].matches("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3}"))) {
                // (not an office's title: "People's Commissar for Army and Naval Affairs" is one name)
                return left; // ... or a person's name for a name of up to four capitalised words ("for Xland",
                             // "for the Xish Crown")
            }
        }
        return s;
    }

    /** Drops the words of {@code set} that open {@code s} (compared without case), while {@code keep} holds. */
    private static String dropLeading(String s, Set<String> set, Predicate<String> keep) {
        String cur = s;
        while (true) {
            int sp = cur.indexOf(' ');
            if (sp <= 0) {
                return cur;
            }
            String first = cur.substring(0, sp).toLowerCase(Locale.ROOT);
            String rest = cur.substring(sp + 1).strip();
            if (!set.contains(first) || rest.isEmpty() || !keep.test(rest)) {
                return cur;
            }
            cur = rest;
        }
    }

    /**
     * A possessive pronoun and an honorific that opens a name: "His Imperial Majesty's", "Her Majesty's", "Their
     * Majesties'".
     */
    private static final java.util.regex.Pattern HONORIFIC = java.util.regex.Pattern.compile(
            "(?:His|Her|Their)(?: \\p{Lu}\\p{L}*){0,2}? (?:(?:Majesty|Highness|Excellency)['’]s|(?:Majesties"
                    + "|Highnesses)['’])(?=\\s)");

    private String dropTitles(String s, String classHint) {
        if (!"Person".equals(classHint)) {
            return s; // "Prince Edward Island" keeps its title: only a person's name loses one
        }
        // (a title before a family name alone is the person's title, "Prime Minister Ryan" is Ryan; before a given name
        // alone it names the person with it, "King Otto")
        return afterTitles(s, this::looksLikePersonName)
                .or(() -> afterTitles(s, w -> !w.contains(" ") && oneWordName(w) && !givenName(w)
                        && !TITLE_COMPLEMENTS.contains(w.toLowerCase(Locale.ROOT))))
                .orElse(s);
    }

    /** Words that follow a title as part of it: "Queen Mother", "Prince Consort" (title-complements.txt). */
    private static final Set<String> TITLE_COMPLEMENTS = org.constitutionkg.extract.Lexicon.lowerWords(
            "title-complements.txt");

    /** Given names (given-names.txt): the first word of a person's name, in the languages of the corpus' kind. */
    private static final Set<String> GIVEN_NAMES = org.constitutionkg.extract.Lexicon.lowerWords("given-names.txt");

    /** Whether a word is a given name, or a double one's first part ("Hans-Peter"). */
    public static boolean givenName(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int hyphen = w.indexOf('-');
        return GIVEN_NAMES.contains(w) || hyphen > 0 && GIVEN_NAMES.contains(w.substring(0, hyphen));
    }

    /**
     * The person's name after the titles that open {@code s} ("Minister-President Count Leopold Draskau", "Privy
     * Councillor Dr. Anna Berg", "Duke Otto of Xland"), keeping as many titles as it must for what is left to be a
     * person's name; empty when {@code s} opens with no title or no person's name follows.
     */
    private Optional<String> afterTitles(String s, Predicate<String> person) {
        String[] w = SPACES.split(s.strip());
        int run = 0;
        boolean title = false;
        // (a nation's adjective may open them: "the Xian Menshevik Ivo Brant", known or of an adjective's shape
        // before an adherent's noun)
        // (a title in the plural only first, before a name that is no title: "Marshals Ivo Brant", not "Comrades
        // Communists of Ytown")
        boolean plural = w.length > 2 && (pluralTitle(w[0]) || ADHERENTS.contains(w[0].toLowerCase(Locale.ROOT)))
                && !pluralTitle(w[1]) && !titleWord(w[1], false); // (or adherents: "the Mensheviks Ivo Brant, ...")
        while (run < w.length - 1 && (titleWord(w[run], false) || run == 0 && plural || adherent(w[run])
                || run == 0 && (stateAdjective.test(w[run]) || NATION_ADJECTIVE.matcher(w[run]).matches()
                        && adherent(w[run + 1])))) {
            title |= saysWhatOne(w[run]) || run == 0 && plural;
            run++;
        }
        for (int i = run; title && i > 0; i--) {
            if (i < w.length && !w[i].isEmpty() && Character.isLowerCase(w[i].charAt(0))) {
                continue; // "Minister of Foreign Affairs": what follows the title with "of" is its office, no name
            }
            if (saysWhatOne(w[i - 1]) || i == 1 && plural) {
                Optional<String> name = personName(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)),
                        person);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a word before a person's name says what the person was: a title or an adherent's noun. */
    private boolean saysWhatOne(String word) {
        return titleWord(word, true) || adherent(word);
    }

    /**
     * Whether a word names an adherent of a party or a movement ("Menshevik", "Liberal": adherent-plurals.txt in the
     * singular): before a person's name it says what the person was, as a title does ("the Xian Liberal Ivo Brant").
     */
    private static boolean adherent(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(word.charAt(0)) && ADHERENTS.contains(w + "s");
    }

    /** A word of a nation's adjective's shape: "Xian", "Ylish", "Zese", "Dornic". */
    private static final java.util.regex.Pattern NATION_ADJECTIVE = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:an|ish|ese|ic|i)");

    /** Plurals of the adherents of a party (adherent-plurals.txt): "socialists", "bolsheviks", "democrats". */
    private static final Set<String> ADHERENTS = org.constitutionkg.extract.Lexicon.lowerWords("adherent-plurals.txt");

    /** Whether a name ends in the plural of an adherent of a party: "National Socialists", "the Left Bolsheviks". */
    public static boolean namesAdherents(String name) {
        // (the last word, or its last part after a hyphen: "Zemstvo-Liberals")
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return ADHERENTS.contains(last.toLowerCase(Locale.ROOT))
                || ADHERENTS.contains(last.substring(last.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT));
    }

    /** A title in the plural, before a list of persons: "followed by Marshals Ivo Brant (1955–1957), Karl Weiss ...". */
    private boolean pluralTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 4 && w.endsWith("s") && titles.contains(w.substring(0, w.length() - 1));
    }

    /**
     * Whether words open a person's title: a title ("Minister of Finance", "Minister Ivo Brant"), or a word that opens
     * one or a possessive before one ("Prime Minister of X", "People's Commissar for X"), then "of", "for", a given
     * name or nothing ("General Welfare" is no title).
     */
    public boolean opensATitle(String first, String second, String third) {
        if (titleWord(first, true) && titleEnds(second)) {
            return true;
        }
        return second != null && (titleWord(first, false) || first.endsWith("'s") || first.endsWith("’s"))
                && titleWord(second, true) && titleEnds(third);
    }

    private static boolean titleEnds(String next) {
        return next == null || next.equals("of") || next.equals("for") || givenName(next);
    }

    /**
     * A title ({@code strict}) or a word that opens one ("Prime", "Privy"); a compound of them with hyphens
     * ("Minister-President") is one.
     */
    private boolean titleWord(String word, boolean strict) {
        String w = word.toLowerCase(Locale.ROOT);
        if (titles.contains(w) || !strict && modifiers.contains(w)) {
            return true;
        }
        if (w.indexOf('-') <= 0) {
            return false;
        }
        boolean any = false;
        for (String part : w.split("-")) {
            if (!titles.contains(part) && !modifiers.contains(part)) {
                return false;
            }
            any |= titles.contains(part);
        }
        return any || !strict;
    }

    /**
     * What is left after a title, as a person's name: the name itself; a noble's name of one given name and the
     * land it is of ("Otto of Xland", "Otto II of Xland"); or the name before the body of the office the title names
     * ("Ivan Petrov of the Council of Ministers" → "Ivan Petrov").
     */
    private Optional<String> personName(String rest, Predicate<String> person) {
        if (person.test(rest)) {
            return Optional.of(rest);
        }
        int of = rest.indexOf(" of ");
        if (of <= 0) {
            return Optional.empty();
        }
        String before = rest.substring(0, of);
        String land = rest.substring(of + 4);
        String[] given = SPACES.split(before);
        boolean noble = given.length == 1 && !COMMON_NOUNS.contains(given[0].toLowerCase(Locale.ROOT))
                || given.length == 2 && ROMAN.matcher(given[1]).matches();
        if (noble && Character.isUpperCase(before.charAt(0)) && LAND.matcher(land).matches()
                && !genericHeads.contains(given[0].toLowerCase(Locale.ROOT)) && classOf.apply(rest).isEmpty()) {
            return Optional.of(rest);
        }
        return person.test(before) ? Optional.of(before) : Optional.empty();
    }

    private static final Pattern ROMAN = Pattern.compile("[IVX]+");

    /**
     * Common nouns of instruments, documents and acts that may open a name "X of Y" no noble's ("the General
     * Regulation of Ministries", "Establishment of Ministries"): the nouns of quoted-titles.txt, document-nouns.txt
     * and nominalizations.tsv.
     */
    private static final Set<String> COMMON_NOUNS = commonNouns();

    private static Set<String> commonNouns() {
        Set<String> out = new java.util.HashSet<>(org.constitutionkg.extract.Lexicon.lowerWords("document-nouns.txt"));
        for (String line : org.constitutionkg.extract.Lexicon.lines("quoted-titles.txt")) {
            if (line.strip().equals("openers")) {
                break;
            }
            out.add(line.strip().toLowerCase(Locale.ROOT));
        }
        for (String line : org.constitutionkg.extract.Lexicon.lines("nominalizations.tsv")) {
            out.add(line.split("\t")[0].strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
    /** Nouns that make an office of what follows "of" (office-heads.txt): "Head of the Federal Government". */
    private static final Set<String> OFFICE_HEADS = org.constitutionkg.extract.Lexicon.lowerWords("office-heads.txt");

    /** One or two capitalised words: the land a noble is of. */
    private static final Pattern LAND = Pattern.compile("\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?");

    /**
     * An office, no one's name: a title as the head, with only titles and title modifiers before it, and what it is
     * of after it ("Chairman of the Executive Committee", "Imperial Chancellor", "Prime Minister", "Emperor of
     * Xland", "President of the Federation"), or a noun of office-heads.txt alone before "of" ("Head of State"); not a
     * title before a person's name ("Chancellor Ivan Petrov", "Duke Otto of Xland") nor a name that only holds a title
     * word ("Martin King").
     */
    public boolean isOffice(String name) {
        String s = name.strip();
        int of = s.indexOf(" of ");
        int forWhat = s.indexOf(" for "); // "People's Commissar for Foreign Affairs", "Minister for War"
        if (forWhat > 0 && (of < 0 || forWhat < of)) {
            of = forWhat;
        }
        String[] w = SPACES.split(of > 0 ? s.substring(0, of) : s);
        if (of > 0 && w.length == 1 && OFFICE_HEADS.contains(w[0].toLowerCase(Locale.ROOT))) {
            return true; // "Head of the Federal Government" (office-heads.txt)
        }
        if (w.length == 0 || w[0].isEmpty() || !titleWord(w[w.length - 1], true)) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            // (a state's adjective of demonyms.tsv may open it: "the British High Commissioner"; no first name: "Ivan
            // King" is a person)
            if (!titleWord(w[i], false) && !(i == 0 && w.length > 1 && stateAdjective.test(w[i]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The person before an office in one run of capitalised words, as a verb of choosing writes them ("elected Ivan
     * Petrov President of the Republic", "appointed Tamu Okoro Prime Minister", "proclaimed Otto King of Xland"): the
     * person's name, where the rest is an office ({@link #isOffice}) and the whole is none; only right after the verb
     * ({@code afterVerb}: "The Nova Tavia Prime Minister" is a state's office). A single word is a name only when it is
     * no title, modifier, generic head, state adjective or word of a class ("elected Federal President" names an office).
     */
    public Optional<String> personBeforeOffice(String name, boolean afterVerb) {
        String[] w = SPACES.split(name.strip());
        if (w.length < 2 || !afterVerb || isOffice(name)) {
            return Optional.empty();
        }
        // (an office of two words or more: one title alone after a name may be a family name, "Ayub Khan", "Anna King")
        for (int k = 1; k < w.length - 1 && k <= 4; k++) {
            String office = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
            if (!titleWord(w[k], false) && !OFFICE_HEADS.contains(w[k].toLowerCase(Locale.ROOT)) || !isOffice(office)) {
                continue; // (the office opens with its first title or modifier: "Prime Minister of X", "Head of X")
            }
            String person = String.join(" ", java.util.Arrays.copyOfRange(w, 0, k));
            boolean named = k > 1 ? mayBePerson(person) : oneWordName(w[0]) && classOf.apply(w[0]).isEmpty();
            return named ? Optional.of(person) : Optional.empty();
        }
        return Optional.empty();
    }

    /** A single capitalised word that may be a person's name: no title or modifier, head, state or place word. */
    private boolean oneWordName(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().noneMatch(Character::isUpperCase)
                && !titleWord(w, false) && !genericHeads.contains(l) && !DESCRIPTIVE.contains(l)
                && !PLACE_MODIFIERS.contains(l) && !stateAdjective.test(w) && !leadingWords.contains(l)
                && !STATE_WORDS.contains(l);
    }

    /**
     * The person a title introduces: "Marshal Ivan Petrov" → "Ivan Petrov"; empty when the name does not open with a
     * title or what follows is no person's name ("General Assembly of X").
     */
    public Optional<String> personAfterTitle(String name) {
        return afterTitles(name, this::mayBePerson);
    }

    /**
     * Whether a name holds a word in lower case that no name joins with or a family name opens with ("Austrian envoy",
     * "the king's minister"): a description, no person's name ("Otto von Ried", "Victor, Duke of Ratibor" are).
     */
    public boolean hasCommonWord(String name) {
        for (String w : SPACES.split(name.strip())) {
            if (looseWord(w) && !particle(w) && !prefixedCapital(w) && !w.startsWith("al-") && !w.startsWith("d'")
                    && !w.equals("do")) {
                return true;
            }
        }
        return false;
    }

    /** A word in lower case (of a Latin script) that no name joins its parts with ("of", "the", "und"). */
    private static boolean looseWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.charAt(0) < 0x250
                && !GLUE.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a name says it is no person's, whatever its shape: an office ("Principal Chief", "Chancellors"), an
     * event or a document ("the Xland Manifesto").
     */
    public boolean cannotBePerson(String s) {
        return isOffice(s) || namesAnEvent(s) || endsWithTitle(s) || groupOf(s);
    }

    /** "Allies of the Great War", "Insurgents of Ytown": a plural of a group of people before "of", no one's name. */
    private static boolean groupOf(String s) {
        int sp = s.indexOf(' ');
        return sp > 0 && s.contains(" of ") && ADHERENTS.contains(s.substring(0, sp).toLowerCase(Locale.ROOT));
    }

    /**
     * A given name, a Roman numeral and the realm: "Otto IV of Eastmark" (not a leader's name and a number alone, "Berg
     * II", as cabinets are named).
     */
    private static final java.util.regex.Pattern MONARCH = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}+) ([IVX]{1,5}) of (?:the )?\\p{Lu}[\\p{L}'’ -]*");
    private static final Set<String> NUMBERED_HEADS = org.constitutionkg.extract.Lexicon.lowerWords("numbered-heads.txt");

    /**
     * Whether a name is a monarch's: a given name, a Roman numeral and the realm ("Otto IV of Eastmark"); not a
     * numbered part of a text or a class's head ("Title IV of Xland", "Duma IV of Xland": numbered-heads.txt).
     */
    public boolean namesAMonarch(String s) {
        java.util.regex.Matcher m = MONARCH.matcher(s.strip());
        return m.matches() && Patterns.romanNumeral(m.group(2)).isPresent()
                && !NUMBERED_HEADS.contains(m.group(1).toLowerCase(Locale.ROOT))
                && !genericHeads.contains(m.group(1).toLowerCase(Locale.ROOT))
                && classOf.apply(m.group(1)).isEmpty() && classOf.apply(s.strip()).isEmpty();
    }

    /**
     * Whether a name is a ruler's by its regnal number alone: one or two given names and a Roman numeral ("Otto III",
     * "Tavita Lelu IV"); not a numbered part or a class's head ("Part III", "World War II", "Duma IV":
     * numbered-heads.txt, generic heads, a word of a class). The caller asks whether a cabinet's name follows ("the
     * Berg II cabinet").
     */
    public boolean namesARuler(String s) {
        java.util.regex.Matcher m = RULER.matcher(s.strip());
        if (!m.matches() || Patterns.romanNumeral(m.group(2)).isEmpty()) {
            return false;
        }
        for (String w : SPACES.split(m.group(1))) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (NUMBERED_HEADS.contains(lower) || genericHeads.contains(lower) || classOf.apply(w).isPresent()) {
                return false;
            }
        }
        return classOf.apply(s.strip()).isEmpty() && classOf.apply(m.group(1)).isEmpty();
    }

    private static final java.util.regex.Pattern RULER = java.util.regex.Pattern.compile(
            "(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)?) ([IVX]{1,5})");

    /** Whether a name may be a person's: two to four capitalised words, of no organ, instrument or state class. */
    public boolean mayBePerson(String s) {
        return looksLikePersonName(s) && classOf.apply(s).isEmpty() && !isOffice(s) && !namesAnEvent(s)
                && !endsWithTitle(s) && !namesABody(s) && !namesAPeople(s);
    }

    /** Whether a name is the plural of a people's adjective: "Romanians", "Ostrians" ("drafted by Romanians"). */
    private static boolean namesAPeople(String s) {
        String t = s.strip();
        return !t.contains(" ") && t.endsWith("s") && org.constitutionkg.extract.Lexicon.get()
                .demonym(t.substring(0, t.length() - 1)).isPresent();
    }

    /**
     * Whether a name ends with a noun of an office that only a person holds ("Brandt President", "Ivo Chairman":
     * person-nouns.txt): an office, not a name ("Rahim Khan", "Anna King" are names: titles that are surnames too).
     */
    private static boolean endsWithTitle(String s) {
        String[] w = SPACES.split(s.strip());
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        // (one alone, or a plural, is no name either: "the Speaker", "Chancellors who presided included", "People's
        // Commissars")
        return PERSON_NOUNS.contains(last) || PERSON_NOUNS.contains(Patterns.singular(last));
    }

    /** Words a state's name is made of ("Republic", "Federal", "Soviet"): state-words.txt. */
    private static final Set<String> STATE_WORDS = org.constitutionkg.extract.Lexicon.lowerWords("state-words.txt");

    private static final Set<String> PERSON_NOUNS = org.constitutionkg.extract.Lexicon.lowerWords("person-nouns.txt");

    /**
     * Whether a word in lower case is a noun only a person is or a noun of an office (person-nouns.txt,
     * office-heads.txt): "the head of state", "the chairman of the Council" speak of an office's domain after "of".
     */
    public static boolean officeNoun(String lowerWord) {
        return PERSON_NOUNS.contains(lowerWord) || OFFICE_HEADS.contains(lowerWord);
    }
    /** Plurals of people of a kind ("peasants", "farmers"): people-plurals.txt. */
    private static final Set<String> PEOPLE_PLURALS = org.constitutionkg.extract.Lexicon.lowerWords(
            "people-plurals.txt");

    /** Words that open a place's name, never a person's: place-modifiers.txt. */
    private static final Set<String> PLACE_MODIFIERS = org.constitutionkg.extract.Lexicon.lowerWords(
            "place-modifiers.txt");

    /**
     * Whether a name before "'s" and another name may be a person who owns that name ("Ivo Brant's Unity Party"): a
     * person's name with no word of a state's name or a people's adjective ("German People's Congress",
     * "Democratic People's Republic"), no noun of a group last (group-owner-words.txt: "Working People's Party") and no
     * word that opens a sentence first ({@link #OPENERS}).
     */
    public boolean mayOwnAName(String owner) {
        String[] w = SPACES.split(owner.strip());
        if (w.length < 2 || !mayBePerson(owner) || GROUP_OWNERS.contains(w[w.length - 1].toLowerCase(Locale.ROOT))
                || OPENERS.contains(w[0].toLowerCase(Locale.ROOT))) { // ("Under Xland's Charter": no one's name)
            return false;
        }
        for (String x : w) {
            if (STATE_WORDS.contains(x.toLowerCase(Locale.ROOT))
                    || org.constitutionkg.extract.Lexicon.get().demonym(x).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text opens with the name of a political group (its first run of capitalised words, or the run's first
     * words, classed PoliticalGroup: "Unity Party of Xland was ...", "National Front won"): what a person's name before
     * "'s" owns; a place owns institutions too ("Port Ames's Royal Palace", "Xland's Basic Law").
     */
    public boolean ownedGroup(String after) {
        java.util.regex.Matcher m = CAPITALISED_RUN.matcher(after);
        if (!m.lookingAt()) {
            return false;
        }
        for (String cut = m.group().strip(); !cut.isEmpty(); ) {
            if (classOf.apply(cut).filter("PoliticalGroup"::equals).isPresent()) {
                return true;
            }
            int sp = cut.lastIndexOf(' ');
            cut = sp < 0 ? "" : cut.substring(0, sp);
        }
        return false;
    }

    private static final java.util.regex.Pattern CAPITALISED_RUN = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?: (?:of |for |and )?(?:the )?\\p{Lu}[\\p{L}'’.-]*){0,6}");

    /**
     * Words that open a sentence or a clause, never a person's name there (sentence-openers.txt, leading-words.txt):
     * "Eventually Ivo Brant became ...", "Under Xland's Charter".
     */
    public static final Set<String> OPENERS;

    static {
        java.util.Set<String> o = new java.util.HashSet<>(org.constitutionkg.extract.Lexicon.lowerWords(
                "sentence-openers.txt"));
        o.addAll(org.constitutionkg.extract.Lexicon.lowerWords("leading-words.txt"));
        OPENERS = Set.copyOf(o);
    }

    private static final Set<String> GROUP_OWNERS = org.constitutionkg.extract.Lexicon.lowerWords(
            "group-owner-words.txt");

    /** Whether the word is one that only describes an organ ("General", "Supreme": descriptive-modifiers.txt). */
    public static boolean describesAnOrgan(String word) {
        return DESCRIPTIVE.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    /** Words that only describe an organ (descriptive-modifiers.txt): no person's name opens with one. */
    private static final Set<String> DESCRIPTIVE = org.constitutionkg.extract.Lexicon.lowerWords(
            "descriptive-modifiers.txt");

    /** Head nouns of events and periods ("War", "Rising"): event-nouns.txt. */
    private static final Set<String> EVENT_HEADS = org.constitutionkg.extract.Lexicon.lowerWords("event-nouns.txt");

    /** Head nouns of documents no class row types: document-nouns.txt. */
    private static final Set<String> DOCUMENT_HEADS = org.constitutionkg.extract.Lexicon.lowerWords(
            "document-nouns.txt");

    /**
     * Whether a name ends with the noun of a document that an organ's adopting makes one of its instruments ("the
     * Xland Manifesto", "the Ytown Programme": adopted-document-nouns.txt; not a report, an appeal, a letter).
     */
    public boolean namesAnAdoptedDocument(String s) {
        String[] w = SPACES.split(s.strip());
        return w.length > 1 && ADOPTED_DOCUMENTS.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ADOPTED_DOCUMENTS = org.constitutionkg.extract.Lexicon.lowerWords(
            "adopted-document-nouns.txt");

    /** Values that say there was no one holder: no-one-values.txt. */
    private static final Set<String> NO_ONE = org.constitutionkg.extract.Lexicon.lowerWords("no-one-values.txt");

    /** Whether a value where a person's name would stand says there was no one holder ("Rotating", "Vacant"). */
    public static boolean namesNoOne(String value) {
        return NO_ONE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Head nouns of bodies no class row types: body-nouns.txt. */
    private static final Set<String> BODY_HEADS = org.constitutionkg.extract.Lexicon.lowerWords("body-nouns.txt");

    /**
     * Whether a name of two words or more ends with the head noun of a body or an organisation that no class row types
     * (body-nouns.txt): "the Xian Timber Community", "the Ylian Bank" are no persons.
     */
    public static boolean namesABody(String s) {
        String[] w = SPACES.split(s.strip());
        return w.length > 1 && BODY_HEADS.contains(w[w.length - 1].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the head noun of a name (the last word before its first preposition) is one of an event's or a
     * period's (event-nouns.txt): "Xian Revolution of 1990", "1962 Norland constitutional referendum".
     */
    public static boolean headsAnEvent(String s) {
        return EVENT_HEADS.contains(org.constitutionkg.extract.Discourse.headNoun(s.strip()));
    }

    /**
     * Whether a name ends with the head noun of an event or a document: "the Second Xian War (1853–1856)", "the Xland
     * Manifesto" are no persons.
     */
    private static boolean namesAnEvent(String s) {
        String[] w = SPACES.split(s.strip());
        String last = w[w.length - 1].toLowerCase(Locale.ROOT);
        return EVENT_HEADS.contains(last) || DOCUMENT_HEADS.contains(last);
    }

    /**
     * Whether a word is a capitalised one after an article joined by a hyphen ("ad-Din", "os-Saltaneh":
     * person-particles.txt).
     */
    public static boolean prefixedCapital(String w) {
        int h = w.indexOf('-');
        return h > 0 && h + 1 < w.length() && PARTICLES.contains(w.substring(0, h + 1))
                && Character.isUpperCase(w.codePointAt(h + 1));
    }

    /** Whether a lower-case word may stand inside a person's name (person-particles.txt, person-name-titles.txt). */
    public static boolean particle(String w) {
        return PARTICLES.contains(w) || INNER_TITLES.contains(w);
    }

    /**
     * Two to four capitalised words, none of them a head noun of an organ or instrument; particles may join them
     * ("Anna von Berg", "Jan van der Velde": up to six words then).
     */
    private boolean looksLikePersonName(String s) {
        if (s.contains("'s ") || s.contains("’s ")) {
            return false; // "Karl Brandt's White Guards": a person's name ends at its possessive
        }
        String[] words = SPACES.split(s);
        if (words.length > 1 && PEOPLE_PLURALS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                && !givenName(words[0])) {
            return false; // "Working Farmers", "Free Citizens": people of a kind (people-plurals.txt), no one's name
        }
        if (PLACE_MODIFIERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false; // "North Velm", "Upper Marvia": a place's
        }
        if (DESCRIPTIVE.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false; // "Supreme Magistracy", "Great Tribunal": words that describe an organ, no given name
        }
        if (words.length > 1 && OPENING_PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false; // "Under Yezin, who replaced X in 1936, ...": a sentence's opening preposition, no given name
        }
        if (words.length > 1 && org.constitutionkg.extract.Lexicon.get().ordinal(words[0].toLowerCase(Locale.ROOT))
                .isPresent() && org.constitutionkg.extract.text.Patterns.romanNumeral(words[0]).isEmpty()) {
            // (a Roman numeral may be a given name: "Xi", "Vi")
            return false; // "Fifth Section", "Second Bureau": the fifth of some body's parts, no given name
        }
        if (words.length > 1 && (namesAdherents(s) || groupOf(s))) {
            return false; // "Ostian Reds", "Left Socialists", "Allies of the Great War": a group of people
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (!w.isEmpty() && particle(w) && i > 0 && i < words.length - 1) {
                continue;
            }
            if (i > 0 && prefixedCapital(w)) {
                capitalised++; // "ad-Din"
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || genericHeads.contains(w.toLowerCase(Locale.ROOT))
                    || genericHeads.contains(org.constitutionkg.extract.text.Patterns.singular(w.toLowerCase(Locale.ROOT)))) {
                // (nor their plurals: "the Third and Fourth Congresses (1926–1929)" names no one)
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2 && capitalised <= 4 && words.length <= 6;
    }

    /**
     * Whether a name is two names of one kind of thing joined by "and" ("Presidium and State Council", "the Xian Soviet
     * Republic and the Soviet Republic of Ylia"): each side has a class of its own, of one top class, and the first has
     * no "of" phrase the "and" may be inside. One name holds "and" inside a phrase of its own ("Chamber of Commerce
     * and Industry", "Union of the Xian and Yian Republics", "Treaty between X and Y").
     */
    private boolean twoNames(String name) {
        int and = name.indexOf(" and ");
        if (and <= 0 || name.indexOf(" and ", and + 1) > 0) {
            return false;
        }
        String first = name.substring(0, and).strip();
        if (first.contains(" of ")) {
            return false; // "Union of the Xian and Yian Republics": "and" inside the "of" phrase
        }
        String second = name.substring(and + 5).strip();
        second = second.startsWith("the ") ? second.substring(4) : second;
        Optional<String> a = classOf.apply(first);
        Optional<String> b = classOf.apply(second);
        if (a.isEmpty() || b.isEmpty()
                || !first.contains(" ") && genericHeads.contains(first.toLowerCase(Locale.ROOT))) {
            // ("Declaration and Treaty on X": a bare head noun before "and" shares the title after it)
            return false;
        }
        org.constitutionkg.extract.OntologyClasses o = org.constitutionkg.extract.OntologyClasses.get();
        return o.top(a.get()).equals(o.top(b.get()));
    }

    /** A possessive ending a phrase: "Workers'", "the Regent's". */
    private static final Pattern POSSESSIVE_END = Pattern.compile("\\p{L}s['’]$|\\p{L}['’]s$");

    /** Whether a phrase ends with a possessive ("Provisional Workers'", "the Regent's"): no name does. */
    public static boolean endsWithPossessive(String phrase) {
        return POSSESSIVE_END.matcher(phrase.strip()).find();
    }

    /** Why {@code name} (already {@link #clean cleaned}) is not a name, or empty when it is one. */
    public Optional<String> whyNot(String name) {
        return whyNot(name, false);
    }

    /** Prepositions that open a phrase of time or circumstance, never a name: "Under the X", "After the Y". */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("under", "after", "before", "during", "since",
            "until", "with", "without", "between", "from", "towards", "against");

    /** English words of a clause, never of a name in another language: "which", "was", "the", "literally". */
    private static final Set<String> ENGLISH_CLAUSE_WORDS = Set.of("which", "who", "whom", "that", "was", "were", "is",
            "are", "the", "literally", "meaning", "whose", "where");

    /**
     * Why a name is none, or empty; {@code foreign}: a name labelled with another language than English, whose words
     * after the first are written in lower case by its own rules ("Státní rada lidové republiky").
     */
    public Optional<String> whyNot(String name, boolean foreign) {
        if (name.isEmpty() || name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.of("no letters");
        }
        if (name.strip().endsWith("?")) {
            return Optional.of("a question, no name"); // a referendum's "Title: Do you approve the Charter?"
        }
        int first = name.codePointAt(0);
        String[] words = SPACES.split(name);
        if (Character.isLowerCase(first) && !Patterns.unicameralScript(first)
                && !PARTICLES.contains(words[0].toLowerCase(Locale.ROOT)) && !words[0].startsWith("al-")) {
            return Optional.of("starts in lower case: a fragment of a sentence");
        }
        if (words.length > 1 && OPENING_PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT))
                && Character.isLowerCase(words[1].charAt(0))) { // (not "Under Secretary of State")
            return Optional.of("opens with a preposition: a phrase"); // "== Under the May Charter =="
        }
        if (words.length > MAX_WORDS) {
            return Optional.of("a run-on of " + words.length + " words");
        }
        int loose = 0;
        for (String w : words) {
            if (looseWord(w)) {
                loose++;
            }
        }
        if (foreign && java.util.Arrays.stream(words).anyMatch(w -> ENGLISH_CLAUSE_WORDS.contains(w))) {
            return Optional.of("an English clause in a foreign name"); // "(Velika skupstina, which met in ...)"
        }
        if (loose >= 3 && !foreign) {
            return Optional.of("a fragment of a sentence (" + loose + " lower-case words)");
        }
        if ((words.length > 1 || classOf.apply(name).isEmpty()) // (not "Soviet", a council)
                && java.util.Arrays.stream(words).allMatch(w -> w.equals("and") || w.equals("or")
                || stateAdjective.test(w.endsWith(",") ? w.substring(0, w.length() - 1) : w))) {
            return Optional.of("adjectives of states alone"); // "the German and Soviet invasion", "the Ottoman sultanate"
        }
        if (twoNames(name)) {
            return Optional.of("two names of one kind joined by \"and\""); // "the Senate and the Chamber of X"
        }
        if (endsWithPossessive(name)) {
            return Optional.of("ends with a possessive: the name goes on after it"); // "Provisional Workers'"
        }
        if (words.length > 1 && genericHeads.contains(name.toLowerCase(Locale.ROOT))) {
            return Optional.of("a common noun written with capitals"); // "the lower House of Parliament"
        }
        if (words.length == 1) {
            String w = words[0].toLowerCase(Locale.ROOT);
            if (genericHeads.contains(w) || w.endsWith("s") && genericHeads.contains(w.substring(0, w.length() - 1))) {
                return Optional.of("a bare head noun"); // "Council", "Laws"
            }
            if (ordinal.apply(w).isPresent()) {
                return Optional.of("an ordinal or a number alone");
            }
            if (leadingWords.contains(w)) {
                return Optional.of("an article or clause word alone");
            }
            if (titles.contains(w)) {
                return Optional.of("a title alone: whoever holds it"); // "signed by the King"
            }
        }
        return Optional.empty();
    }

    /** Whether {@code name} (already cleaned) is a name. */
    public boolean isName(String name) {
        return whyNot(name).isEmpty();
    }

    /** Whether {@code name} (already cleaned) is a name in another language than English. */
    public boolean isForeignName(String name) {
        return whyNot(name, true).isEmpty();
    }
}
