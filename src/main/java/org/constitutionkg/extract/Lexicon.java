package org.constitutionkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.frames.Frames;
import org.constitutionkg.extract.naming.NameChecker;
import org.constitutionkg.extract.text.Patterns;

/**
 * The data files that drive extraction, read once from {@code org/constitutionkg/extract/} on the classpath:
 * word lists, abbreviations, synonyms, ordinals, class patterns, generic organ names and language hints.
 * Lines starting with '#' and blank lines are comments; columns are separated by tabs.
 */
public final class Lexicon {

    private static final String DIR = "/org/constitutionkg/extract/";
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /** An ordered (class, pattern) row of classes.tsv. */
    public record ClassPattern(String cls, Pattern pattern) { }

    /** A (tag, pattern) row of languages.tsv. */
    public record LanguageHint(String tag, Pattern pattern) { }

    /** A (property, pattern) row of name-structure.tsv. */
    public record NameStructure(String property, Pattern pattern) { }

    /** A row of sections.tsv: headings matching the pattern (ignoring case) list values of the kind. */
    private record Section(Pattern heading, SectionKind kind) { }

    /** A row of name-rewrites.tsv: the first match of the pattern is replaced (a {@link Matcher#replaceFirst}). */
    private record Rewrite(Pattern pattern, String replacement) { }

    private final Set<String> connectors;
    private final Set<String> documentHeadsTo = lowerWords("document-heads-to.txt");
    private final Map<String, Set<String>> topicPrepositions = loadTopicPrepositions();
    private final Set<String> personNouns = lowerWords("person-nouns.txt");
    private final Set<String> leadingWords;
    private final Map<String, String> abbreviations;
    private final List<String[]> aliases;
    private final Map<String, String> synonyms;
    private final Map<String, Integer> ordinals;
    private final Set<String> sessionAdjectives;
    private final Map<String, Integer> numbers;
    private final Pattern numberWords;
    private final List<ClassPattern> classes;
    private final Set<String> sessionHeads;
    private final List<String> sittingNouns = lines("sitting-nouns.txt").stream()
            .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList();
    private final Set<String> occasionNouns = lowerWords("occasion-nouns.txt");

    /** Whether a noun, in lower case, names one meeting of a body: "sitting", "meeting" (occasion-nouns.txt). */
    public boolean isOccasionNoun(String word) {
        return occasionNouns.contains(Patterns.singular(word.toLowerCase(Locale.ROOT)));
    }
    private final Map<String, Integer> houseTypes = houseTypes();
    private final Set<String> genericNames;
    private final Set<String> descriptionHeads;
    private final Set<String> genericHeads = lowerWords("generic-heads.txt");
    private final Set<String> countNouns = Set.copyOf(lowerWords("count-nouns.txt"));
    private final Set<String> electorateNouns = Set.copyOf(lowerWords("electorate-nouns.txt"));
    private final Set<String> stateWords = lowerWords("state-words.txt");
    private final List<LanguageHint> languages;
    private final List<String[]> roles;
    private final List<Section> sections;
    private final List<NameStructure> nameStructures;
    private final Set<String> polityNouns;
    private final List<Rewrite> rewrites;
    private final NameChecker names;

    private Lexicon() {
        connectors = words("connectors.txt");
        leadingWords = words("leading-words.txt");
        abbreviations = map("abbreviations.tsv", false);
        aliases = rows("aliases.tsv", 2);
        synonyms = map("synonyms.tsv", true);
        ordinals = intMap("ordinals.tsv");
        sessionAdjectives = words("session-adjectives.txt");
        numbers = intMap("numbers.tsv");
        numberWords = numberWords(numbers);
        classes = rows("classes.tsv", 2).stream()
                .map(r -> new ClassPattern(r[0], Pattern.compile(r[1].startsWith("@") ? listed(r[1].substring(1)) : r[1],
                        Pattern.UNICODE_CHARACTER_CLASS))).toList();
        sessionHeads = words("session-heads.txt");
        genericNames = new LinkedHashSet<>();
        words("generic-names.txt").forEach(genericNames::add);
        descriptionHeads = readDescriptionHeads();
        languages = rows("languages.tsv", 2).stream()
                .map(r -> new LanguageHint(r[0], Pattern.compile(r[1], Pattern.UNICODE_CHARACTER_CLASS))).toList();
        roles = rows("roles.tsv", 3);
        sections = rows("sections.tsv", 2).stream()
                .map(r -> new Section(Pattern.compile(r[1], Pattern.CASE_INSENSITIVE),
                        new SectionKind(r[0], r.length > 2 ? r[2].strip() : "text"))).toList();
        for (Section s : sections) {
            OntologyClasses o = OntologyClasses.get();
            if (!o.isProperty(s.kind().property())
                    || !s.kind().value().equals("text") && !o.exists(s.kind().value())) {
                throw new IllegalStateException("sections.tsv: " + s.heading().pattern() + ": unknown property or class "
                        + s.kind());
            }
        }
        polityNouns = words("polity-nouns.txt");
        rewrites = rows("name-rewrites.tsv", 2).stream().map(r -> new Rewrite(Pattern.compile(r[0]), r[1])).toList();
        nameStructures = rows("name-structure.tsv", 2).stream()
                .map(r -> new NameStructure(r[0], Pattern.compile(r[1]))).toList();
        names = new NameChecker(rows("name-cleanups.tsv", 2), lowerWords("clause-words.txt"),
                lowerWords("generic-heads.txt"), words("person-titles.txt"), words("person-title-modifiers.txt"),
                w -> ordinal(w).or(() -> number(w)), this::classOf, w -> demonym(w).isPresent());
    }

    /**
     * The pattern of a classes.tsv row "@file": a name that is one line of the file as a whole (with or without a
     * leading "the"), a gazetteer's name.
     */
    private static String listed(String file) {
        return "^(?:[Tt]he )?(?:" + String.join("|", lines(file).stream().map(Pattern::quote).toList()) + ")$";
    }

    /**
     * Whether a name is a meeting's named after where it met (meeting-names.txt: "the Congress of Ytown", "the Xtown
     * Conference"), not after a state ("the Congress of Xland" is its legislature).
     */
    public boolean namesAMeeting(String name) {
        String[] words = name.strip().split("\\s+");
        return meetingNames.stream().anyMatch(p -> p.matcher(name).matches())
                && !stateNames.contains(words[words.length - 1]) && !stateNames.contains(words[0])
                && demonym(words[0]).isEmpty(); // (not "the Xian Congress": a nation's)
    }

    private final List<Pattern> meetingNames = lines("meeting-names.txt").stream().map(l -> {
        try {
            return Pattern.compile(l.strip(), Pattern.UNICODE_CHARACTER_CLASS);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalStateException("meeting-names.txt: bad pattern " + l + ": " + e.getDescription(), e);
        }
    }).toList();

    /** Short names of states as written (state-names.txt and country-names.txt, gazetteers): "France", "the Netherlands". */
    public Set<String> stateNames() {
        return stateNames;
    }

    private final Set<String> stateNames = java.util.stream.Stream.concat(lines("state-names.txt").stream(),
            lines("country-names.txt").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether two names joined by "and" are the one state the gazetteers know by both ("Bosnia and Herzegovina",
     * "Saxe-Coburg and Gotha"), not two states they know each ("Serbia and Montenegro" ends a list of states as often).
     */
    public boolean oneStateOfTwoNames(String both, String first, String second) {
        return stateNames.contains(both) && !(stateNames.contains(first.strip()) && stateNames.contains(second.strip()));
    }

    /** The state an adjective names ("Hungarian" → "Hungary", demonyms.tsv), or empty. */
    public Optional<String> demonym(String adjective) {
        return Optional.ofNullable(demonyms.get(adjective));
    }

    /**
     * Names of languages and their tags, as a label before a foreign name gives them ("Russian: ..."):
     * language-names.tsv, read once for the asides and the frames.
     */
    public Map<String, String> languageNames() {
        return languageNames;
    }

    private final Map<String, String> languageNames = rows("language-names.tsv", 2).stream().collect(
            java.util.stream.Collectors.toUnmodifiableMap(r -> r[0], r -> r[1], (a, b) -> b));

    private final List<String[]> demonymRows = rows("demonyms.tsv", 2);
    private final Map<String, String> demonyms = demonymRows.stream().collect(java.util.stream.Collectors.toMap(
            r -> r[0], r -> r[1], (a, b) -> b, LinkedHashMap::new));

    /**
     * The adjectives of demonyms.tsv marked "common": also a word of the genre's own ("soviet", a council; "Soviet
     * Assembly" in an invented republic is its council-assembly, no organ of the Soviet Union).
     */
    public boolean commonAdjective(String adjective) {
        return commonAdjectives.contains(adjective);
    }

    private final Set<String> commonAdjectives = demonymRows.stream()
            .filter(r -> r.length > 2 && r[2].strip().equals("common")).map(r -> r[0]).collect(
                    java.util.stream.Collectors.toUnmodifiableSet());

    /** Nouns that after "the" point to a thing of a class ("the country": a state), {@code description-classes.tsv}. */
    private final Map<String, String> descriptionClasses = classTable("description-classes.tsv");

    /** Heads of names of two kinds and the class of the one that acts (ambiguous-heads.tsv): "Convention". */
    private final Map<String, String> ambiguousHeads = classTable("ambiguous-heads.tsv");

    /**
     * The class a name whose head noun names two kinds of thing has when the text makes it act ("drafted by the X
     * Convention": an assembly; ambiguous-heads.tsv), or empty.
     */
    public Optional<String> actingClass(String name) {
        String head = Discourse.headNoun(Patterns.withoutYearAfter(Patterns.withoutArticle(name.strip())));
        return Optional.ofNullable(ambiguousHeads.get(head.toLowerCase(Locale.ROOT)));
    }

    /** The class a description of this head noun points to ("country" → Polity), or empty. */
    public Optional<String> descriptionClass(String noun) {
        return Optional.ofNullable(descriptionClasses.get(noun.toLowerCase(Locale.ROOT)));
    }

    /** The frames of {@code frames.tsv}, checked against the ontology (read on first use). */
    public Frames frames() {
        return FramesHolder.FRAMES;
    }

    private static final class FramesHolder {
        static final Frames FRAMES = Frames.of(rows("frames.tsv", 6), OntologyClasses.get()::isProperty,
                OntologyClasses.get()::exists, Lexicon.get()::isRole).withNouns(rows("nominalizations.tsv", 2))
                .withRoleNouns(rows("role-nouns.tsv", 2), lowerWords("role-nouns-not.txt"));
    }

    /** Nouns of the office of chair ("chairman", "president"): the role nouns whose frame states ckg:chair. */
    public Set<String> chairTitles() {
        return ChairHolder.CHAIR;
    }

    private static final class ChairHolder {
        static final Set<String> CHAIR = get().frames().roleNouns("chair");
    }

    /** Nouns that, after "the", refer back to a thing spoken of: the generic head nouns and generic organ names. */
    public Set<String> descriptionHeads() {
        return descriptionHeads;
    }

    /** Plural nouns of a body's members ("deputies", "delegates"): member-nouns.txt. */
    public Set<String> memberNouns() {
        return memberNouns;
    }

    private final Set<String> memberNouns = lowerWords("member-nouns.txt");

    /** Nouns of a body's term or sitting written in lower case after an ordinal: "9th term X" (term-nouns.txt). */
    public Set<String> termNouns() {
        return termNouns;
    }

    private final Set<String> termNouns = lowerWords("term-nouns.txt");

    /** Nouns of an organ that is part of another, after "its" ("its presidium"): owned-organ-nouns.txt. */
    public Set<String> ownedOrganNouns() {
        return ownedOrganNouns;
    }

    private final Set<String> ownedOrganNouns = lowerWords("owned-organ-nouns.txt");

    /** Nouns of where a body sits, after "its" ("its offices"): the body itself in a frame of place (seat-nouns.txt). */
    public Set<String> seatNouns() {
        return seatNouns;
    }

    private final Set<String> seatNouns = lowerWords("seat-nouns.txt");

    /** Nouns of an office that, with no body named, may be the state's own ("President"): state-head-nouns.txt. */
    public Set<String> stateHeadNouns() {
        return stateHeadNouns;
    }

    private final Set<String> stateHeadNouns = lowerWords("state-head-nouns.txt");

    private Set<String> readDescriptionHeads() {
        Set<String> out = new LinkedHashSet<>(lowerWords("generic-heads.txt"));
        out.addAll(descriptionClasses.keySet());
        out.addAll(memberNouns); // "the deputies": the body they sit in
        genericNames.forEach(g -> {
            if (!g.contains(" ")) {
                out.add(g.toLowerCase(Locale.ROOT));
            }
        });
        return Set.copyOf(out);
    }

    /** The check every name passes before an entity is born from it ({@code name-cleanups.tsv} and word lists). */
    public NameChecker names() {
        return names;
    }

    /**
     * An expression of one or more adverbs that mark the name after them as another name of what precedes by
     * themselves ("informally", "or simply", "colloquially": naming-adverbs.txt, "alone").
     */
    public static final String NAMING_ADVERBS = namingAdverbs(true);
    /** The same, of any adverb of naming, for use before a verb of naming ("usually called", "widely known as"). */
    public static final String NAMING_ADVERBS_BEFORE_VERB = namingAdverbs(false);

    private static String namingAdverbs(boolean alone) {
        String one = "(?:" + rows("naming-adverbs.txt", 2).stream().filter(r -> !alone || r[1].equals("alone"))
                .map(r -> r[0].strip().toLowerCase(Locale.ROOT))
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + ")";
        return "(?:(?:or|often|also) )?" + one + "(?: " + one + ")*";
    }

    public static Set<String> lowerWords(String file) {
        Set<String> out = new LinkedHashSet<>();
        lines(file).forEach(l -> out.add(l.strip().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lexicon read from the classpath (once). */
    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** The lines of a data file, comments and blank lines removed. */
    public static List<String> lines(String file) {
        InputStream in = Lexicon.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException("missing data file " + DIR + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Tab-separated rows with at least {@code min} columns. */
    public static List<String[]> rows(String file, int min) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] cols = line.split("\t", -1);
            if (cols.length < min) {
                throw new IllegalStateException(DIR + file + ": expected " + min + " tab-separated columns: " + line);
            }
            out.add(cols);
        }
        return out;
    }

    /**
     * A table of a lower-case word and a ckg: class, the class checked against the ontology: a row that names an
     * unknown class fails when the table is read.
     */
    public static Map<String, String> classTable(String file) {
        Map<String, String> out = map(file, true);
        out.forEach((word, cls) -> {
            if (!OntologyClasses.get().exists(cls)) {
                throw new IllegalStateException(DIR + file + ": " + word + ": unknown class ckg:" + cls);
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    private static Set<String> words(String file) {
        Set<String> out = new LinkedHashSet<>();
        lines(file).forEach(l -> out.add(l.strip()));
        return Set.copyOf(out);
    }

    private static Map<String, String> map(String file, boolean lower) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] r : rows(file, 2)) {
            out.put(lower ? r[0].toLowerCase(Locale.ROOT) : r[0], r[1]);
        }
        return out;
    }

    private static Map<String, Integer> intMap(String file) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (String[] r : rows(file, 2)) {
            out.put(r[0].toLowerCase(Locale.ROOT), Integer.parseInt(r[1].strip()));
        }
        return out;
    }

    public Set<String> connectors() {
        return connectors;
    }

    /** Common nouns only a person is (person-nouns.txt), in lower case: "lawyer", "president", "clerk". */
    public Set<String> personNouns() {
        return personNouns;
    }

    /** Heads of documents whose title goes on with "to" ("Protocol to the X Agreement"): document-heads-to.txt. */
    public Set<String> documentHeadsTo() {
        return documentHeadsTo;
    }

    /**
     * Prepositions that go on with a document's title, each with the heads the title must open with
     * (topic-prepositions.tsv): "the Treaty of Peace with X", "the Convention concerning the Y".
     */
    public Map<String, Set<String>> topicPrepositions() {
        return topicPrepositions;
    }

    private static Map<String, Set<String>> loadTopicPrepositions() {
        Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
        for (String[] r : rows("topic-prepositions.tsv", 2)) {
            out.put(r[0].strip().toLowerCase(java.util.Locale.ROOT), Set.copyOf(List.of(r[1].strip()
                    .toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"))));
        }
        return Map.copyOf(out);
    }

    public Set<String> leadingWords() {
        return leadingWords;
    }

    public Map<String, String> abbreviations() {
        return abbreviations;
    }

    public List<String[]> aliases() {
        return aliases;
    }

    public String synonym(String lowerWord) {
        return synonyms.getOrDefault(lowerWord, lowerWord);
    }

    /**
     * The number of an ordinal word ("third", "3rd"), or of a Roman numeral ("XXIV"), or empty.
     */
    public Optional<Integer> ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (Patterns.isOrdinalNumber(w)) {
            return Optional.of(Integer.parseInt(NON_DIGIT.matcher(w).replaceAll("")));
        }
        Integer n = ordinals.get(w);
        return n != null ? Optional.of(n) : Patterns.romanNumeral(word);
    }

    /** Whether a noun names one sitting of a body ("Session", "Convocation"; {@code sitting-nouns.txt}). */
    public boolean isSittingNoun(String word) {
        return sittingNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a sitting noun names a sitting within a longer one ("session" within a "convocation"). */
    public boolean sitsWithinAnother(String noun) {
        return sittingNouns.indexOf(noun.toLowerCase(Locale.ROOT)) > 0;
    }

    /**
     * Whether a sitting of the noun {@code inner} is one within a sitting of the noun {@code outer} (a session within
     * a convocation): sitting-nouns.txt lists them from the longest to the shortest.
     */
    public boolean sitsWithin(String inner, String outer) {
        int i = sittingNouns.indexOf(inner.toLowerCase(Locale.ROOT));
        int o = sittingNouns.indexOf(outer.toLowerCase(Locale.ROOT));
        return i >= 0 && o >= 0 && i > o;
    }

    public boolean isSessionAdjective(String word) {
        return sessionAdjectives.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A number in digits or words, or empty: "56", "2,215", "six", "fifty-six", "fifty six", "one hundred and
     * twenty-eight", "two thousand" (the words of numbers.tsv; a phrase that is no well-formed number is none).
     */
    public Optional<Integer> number(String s) {
        String t = s.replace(",", "").strip().toLowerCase(Locale.ROOT);
        if (NUMBER.matcher(t).matches()) {
            return Optional.of(Integer.parseInt(t));
        }
        if (!numberWords.matcher(t).matches()) {
            return Optional.empty();
        }
        int total = 0;
        int part = 0;
        for (String w : t.split("[\\s-]+")) {
            int v = w.equals("and") ? 0 : numbers.get(w);
            if (v == 100) {
                part = Math.max(part, 1) * 100; // "one hundred and twelve"
            } else if (v == 1000) {
                total += Math.max(part, 1) * 1000;
                part = 0;
            } else {
                part += v;
            }
        }
        return Optional.of(total + part);
    }

    /** Regex of a number in words (see {@link #number}). */
    public String numberWordsRegex() {
        return numberWords.pattern();
    }

    /**
     * The grammar of numbers in words, from the words of numbers.tsv: units, teens, tens with a unit after a hyphen or
     * a space, hundreds and thousands ("and" may join a hundred to its rest).
     */
    private static Pattern numberWords(Map<String, Integer> numbers) {
        java.util.function.IntPredicate[] kinds = {v -> v >= 1 && v <= 9, v -> v >= 10 && v <= 19,
                v -> v >= 20 && v % 10 == 0 && v < 100};
        String[] alt = new String[3];
        for (int i = 0; i < 3; i++) {
            java.util.function.IntPredicate kind = kinds[i];
            alt[i] = "(?:" + numbers.entrySet().stream().filter(e -> kind.test(e.getValue())).map(Map.Entry::getKey)
                    .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                    .collect(java.util.stream.Collectors.joining("|")) + ")";
        }
        String below100 = "(?:" + alt[2] + "(?:[- ]" + alt[0] + ")?|" + alt[1] + "|" + alt[0] + ")";
        String hundred = numbers.entrySet().stream().filter(e -> e.getValue() == 100).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("numbers.tsv: no word of 100"));
        String thousand = numbers.entrySet().stream().filter(e -> e.getValue() == 1000).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalStateException("numbers.tsv: no word of 1000"));
        String below1000 = "(?:" + alt[0] + " " + hundred + "(?: (?:and )?" + below100 + ")?|" + below100 + ")";
        return Pattern.compile("(?:" + below1000 + " " + thousand + "(?: (?:and )?" + below1000 + ")?|" + below1000
                + ")");
    }

    /**
     * The class of the first row whose pattern matches the name where the name's head is (before its first " of "):
     * "Council of Ministers of the USSR" is an executive body, "Premier of the USSR" nothing. A class word that only
     * modifies the head noun gives the head's class, or none: "Constitution Committee" is a committee, "Constitution
     * Day" and "Diet House" are no constitution and no diet; a name whose words after it are not all capitalised keeps
     * it (a foreign name, head first: "Verfassung des Reiches").
     */
    public Optional<String> classOf(String name) {
        Optional<String> cls = classOfName.get(name);
        if (cls == null) {
            cls = findClass(name);
            if (classOfName.size() < NAMES_KEPT) {
                classOfName.put(name, cls);
            }
        }
        return cls;
    }

    /**
     * The classes of names asked before ({@link #classOf} runs every class pattern over a name, and one name is asked
     * for many times: a tenth of a large build's time). Bounded: past {@link #NAMES_KEPT} names it keeps what it has.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> classOfName =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int NAMES_KEPT = 200_000;

    private Optional<String> findClass(String name) {
        int open = name.indexOf(" (");
        int close = name.indexOf(')', Math.max(open, 0));
        if (open > 0 && close > open && close < name.length() - 1) {
            // a short title's words in parentheses say nothing of its class: "X Free State (Agreement) Act 1922" is an act;
            // but an amendment's of a constitution is no constitution: "X Constitution (Amendment) Act 1947"
            Optional<String> bare = classOf(name.substring(0, open) + name.substring(close + 1));
            return bare.filter("Constitution"::equals).isPresent()
                    && name.substring(open, close).toLowerCase(Locale.ROOT).contains("amend")
                    ? Optional.of("LegalInstrument") : bare;
        }
        Optional<String> dated = instrumentBeforeYear(name, this::classOf);
        if (dated.isPresent()) {
            return dated;
        }
        Optional<String> document = documentLast(name);
        if (document.isPresent()) {
            return document;
        }
        // the head noun is before " of " and before a qualifier: "Reichstag (Kingdom of X)" is no kingdom
        int paren = name.indexOf(" (");
        int of = name.indexOf(" of ");
        int head = of < 0 ? name.length() : of;
        if (paren > 0) {
            head = Math.min(head, paren);
        }
        int[] word = headWord(name);
        for (ClassPattern c : classes) {
            Matcher m = c.pattern().matcher(name);
            if (!m.find()) {
                continue;
            }
            // (a common noun in lower case, or a place's noun, that ends the name is its head, whatever "of" stands
            // before it: the "House of Lords building" and the "Council of Ministers Building" are buildings)
            if (m.end() == name.length() && m.start() >= head
                    && (Character.isLowerCase(m.group().strip().charAt(0)) || c.cls().equals("Place"))) {
                return Optional.of(c.cls());
            }
            if (m.start() < head) {
                if (word != null && m.start() >= word[1]) {
                    continue; // in what modifies the head after it: "Decree on the Union"
                }
                // a place's class word may come first: "River Main", "Lake Xel"
                if (word == null || c.cls().equals("Place") || m.start() <= word[0] && m.end() >= word[1]
                        || !onlyCapitalised(name.substring(m.end(), word[1]))) {
                    return Optional.of(c.cls());
                }
                return headClass(name, word);
            }
        }
        return Optional.empty();
    }

    /**
     * The class of a name whose last capitalised word, after an "of" phrase and before a year, is a document's head
     * ("High Court of Impeachment Act of 1922", "Council of State Act"), or after a preposition of a short title
     * ("Union with Xland Act 1801"): an instrument named after what it is about;
     * empty for any other ("Committee on the Constitution": the head follows a lower-case word, so it is the object).
     */
    private Optional<String> documentLast(String name) {
        int of = ofOrShortTitlePreposition(name);
        if (of < 0) {
            return Optional.empty(); // (what follows needs an "of" phrase: most names have none, and skip the regex)
        }
        String bare = TRAILING_YEAR.matcher(name).replaceFirst("");
        int space = bare.lastIndexOf(' ');
        if (space < 0 || of > space) {
            return Optional.empty();
        }
        String last = bare.substring(space + 1);
        String before = bare.substring(bare.lastIndexOf(' ', space - 1) + 1, space);
        if (before.isEmpty() || !Character.isUpperCase(before.charAt(0)) || before.equals("of")) {
            return Optional.empty();
        }
        for (ClassPattern c : classes) {
            Matcher m = c.pattern().matcher(last);
            if (m.find() && m.start() == 0 && m.end() == last.length()) {
                OntologyClasses o = OntologyClasses.get();
                return o.isA(c.cls(), "LegalInstrument") ? Optional.of(c.cls()) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Prepositions a short title may hold before its head (short-title-prepositions.txt): "Union with X Act". */
    public static final Set<String> SHORT_TITLE_PREPOSITIONS = lowerWords("short-title-prepositions.txt");

    /**
     * Where a name's first " of " is, or else its first preposition of a short title ("Union with Xland Act"): -1 when
     * it has neither.
     */
    private static int ofOrShortTitlePreposition(String name) {
        int of = name.indexOf(" of ");
        if (of >= 0) {
            return of;
        }
        int first = -1;
        for (String p : SHORT_TITLE_PREPOSITIONS) {
            int at = name.indexOf(" " + p + " ");
            if (at >= 0 && (first < 0 || at < first)) {
                first = at; // (the first of them, whatever order the set gives)
            }
        }
        return first;
    }

    /**
     * The class of an instrument's name that ends in its year ("Xland Act 1935", "Constitution Act, 1867"): the class
     * {@code classify} gives the name before the year, when an instrument's ({@link #classOf}, {@link #headClass}).
     */
    private static Optional<String> instrumentBeforeYear(String name,
            java.util.function.Function<String, Optional<String>> classify) {
        Matcher titled = TITLE_YEAR.matcher(name);
        return titled.matches() ? classify.apply(titled.group(1)).filter(c -> OntologyClasses.get().isA(c,
                "LegalInstrument")) : Optional.empty();
    }

    /** A name ending in a capitalised word and a year, with or without a comma between (group 1: before the year). */
    private static final Pattern TITLE_YEAR = Pattern.compile("(.*\\b\\p{Lu}[\\p{L}.)]*),? (?:1[5-9]\\d\\d|20\\d\\d)");
    private static final Pattern TRAILING_YEAR = Pattern.compile("(?:,? of| \\(?)? ?\\d{4}" + Patterns.YEAR_SPAN
            + "\\)?$");

    /**
     * The class of the first row whose match takes in the name's head noun ("Constitution" in "USSR Constitution",
     * "Committee" in "Constitution Committee"), or empty.
     */
    public Optional<String> headClass(String name) {
        Optional<String> dated = instrumentBeforeYear(name, this::headClass);
        if (dated.isPresent()) {
            return dated;
        }
        int[] word = headWord(name);
        return word == null ? Optional.empty() : headClass(name, word);
    }

    private Optional<String> headClass(String name, int[] word) {
        for (ClassPattern c : classes) {
            Matcher m = c.pattern().matcher(name);
            while (m.find() && m.start() <= word[0]) {
                if (m.end() >= word[1]) {
                    return Optional.of(c.cls());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the head noun of an English name is: its last word before what modifies it after (" of ", " for ", " on ",
     * a comma, a qualifier in parentheses), passing over numbers ("Statute I of 1946", "Law No. 5"); null when that is
     * no capitalised word.
     */
    private static int[] headWord(String name) {
        Matcher b = HEAD_END.matcher(name);
        int end = b.find() ? b.start() : name.length();
        Matcher w = WORD.matcher(name).region(0, end);
        int[] last = null;
        while (w.find()) {
            if (!NUMBERING.matcher(w.group()).matches()) {
                last = new int[] {w.start(), w.end()};
            }
        }
        return last != null && Character.isUpperCase(name.charAt(last[0])) ? last : null;
    }

    private static boolean onlyCapitalised(String words) {
        return Patterns.WHITESPACE.splitAsStream(words.strip()).allMatch(w -> !w.isEmpty()
                && Character.isUpperCase(w.charAt(0)));
    }

    /** What ends an English name's head: a preposition that opens a modifier after it, a comma, a parenthesis. */
    private static final Pattern HEAD_END = Pattern.compile("(?i) (?:of|for|on|in|between|to|at|with) |,| \\(");
    private static final Pattern WORD = Pattern.compile("[^\\s]+");
    /** Numbers after a head: "I", "IV", "5", "No.", "1946". */
    private static final Pattern NUMBERING = Pattern.compile("[IVXLC]+|\\d+\\.?|No\\.?|Nr\\.?");

    public Set<String> sessionHeads() {
        return sessionHeads;
    }

    /**
     * Whether a name may be a sitting's as well as a body's: its head noun is a session's (session-heads.txt: "the Diet
     * of Dorn", "the Sejm of Tarn") or it opens with an ordinal ("the First Legislative Council"); not "the Senate", nor
     * "the Second Chamber".
     */
    public boolean mayNameASitting(String name) {
        String head = Discourse.headNoun(Patterns.withoutArticle(name.strip()));
        // (a house named by its number, "the Second Chamber", is a house)
        return sessionHeads.stream().anyMatch(h -> h.equalsIgnoreCase(head)) || opensWithOrdinal(name)
                && classOf(Patterns.withoutArticle(name.strip())).filter(c -> OntologyClasses.get().isA(c, "Chamber"))
                        .isEmpty();
    }

    /** Whether a name opens with an ordinal, in words or digits: "the First Legislative Council", "3rd Congress". */
    public boolean opensWithOrdinal(String name) {
        String first = Patterns.WHITESPACE.split(Patterns.withoutArticle(name.strip()))[0];
        return ordinal(first).isPresent() || Patterns.isOrdinalNumber(first);
    }

    /** The plural nouns a count of an organ's members is written with ({@code count-nouns.txt}): "deputies". */
    public Set<String> countNouns() {
        return countNouns;
    }

    /** The head nouns of a phrase of who votes ({@code electorate-nouns.txt}): "suffrage", "citizens". */
    public Set<String> electorateNouns() {
        return electorateNouns;
    }

    /** The head nouns that name nothing on their own ({@code generic-heads.txt}, lower case): "council", "diet". */
    public Set<String> genericHeads() {
        return genericHeads;
    }

    /** The number of houses a house-type word says ("bicameral" → 2; house-types.tsv), or empty. */
    public Optional<Integer> houses(String word) {
        return Optional.ofNullable(houseTypes.get(word.toLowerCase(Locale.ROOT)));
    }

    private static Map<String, Integer> houseTypes() {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (String[] r : rows("house-types.tsv", 2)) {
            out.put(r[0].strip().toLowerCase(Locale.ROOT), Integer.parseInt(r[1].strip()));
        }
        return Map.copyOf(out);
    }

    /** Words any state's name may hold ("democratic", "people's"), lower case: no state's adjective alone. */
    public Set<String> stateWords() {
        return stateWords;
    }

    public Set<String> genericNames() {
        return genericNames;
    }

    /** The language of a name: English unless {@link #languageOf} finds a hint of another. */
    public String languageOrEnglish(String name) {
        String lang = languageOf(name);
        return lang.equals("und") ? "en" : lang;
    }

    /** The language tag of a name in another language, from its script or words; "und" when unknown. */
    public String languageOf(String name) {
        for (LanguageHint h : languages) {
            if (h.pattern().matcher(name).find()) {
                return h.tag();
            }
        }
        return "und";
    }

    /** Whether a name is a role of roles.tsv (START, END, SPAN_START ...), resolved by the subject's class. */
    public boolean isRole(String name) {
        return roles.stream().anyMatch(r -> r[0].equals(name));
    }

    /** The property a role (START, END, ...) takes for a subject of the given class and its superclasses. */
    public Optional<String> role(String role, List<String> classAndSupers) {
        for (String[] r : roles) {
            if (r[0].equals(role) && (r[1].equals("*") || classAndSupers.contains(r[1]))) {
                return r[2].equals("-") ? Optional.empty() : Optional.of(r[2]); // ("-": nothing, a place's date)
            }
        }
        return Optional.empty();
    }

    /** What list items under a heading state: a property and "text" or the class of the things they name. */
    public record SectionKind(String property, String value) { }

    /** What list items under a heading state, or empty. */
    public Optional<SectionKind> sectionKind(String heading) {
        for (Section s : sections) {
            if (s.heading().matcher(heading.strip()).matches()) {
                return Optional.of(s.kind());
            }
        }
        return Optional.empty();
    }

    /** A name in the form names are compared in: "1924 Soviet Constitution" → "1924 Constitution of the Soviet Union". */
    public String rewrite(String name) {
        String out = name;
        for (Rewrite r : rewrites) {
            out = r.pattern().matcher(out).replaceFirst(r.replacement());
        }
        return out;
    }

    /** True for a bare noun such as "Union" that names a kind of state, not a state. */
    public boolean isPolityNoun(String word) {
        return polityNouns.contains(word);
    }

    public List<NameStructure> nameStructures() {
        return nameStructures;
    }
}
