package org.constitutionkg.extract.prose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.article.Article.Block;
import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.SubjectMatcher;
import org.constitutionkg.extract.naming.NameChecker;
import org.constitutionkg.extract.text.Patterns;

/**
 * Where the reader of an article's body is: the section and its subject (a session heading, an overview's instrument),
 * the kind of list the section holds, the names found in each sentence and the discourse so far.
 */
final class ReadingState {

    /** A heading naming an instrument by its year: "The 1937 Constitution", "Constitution of 1921". */
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "(?:(?:The )?(\\d{4}) (\\p{L}+)|(\\p{Lu}\\p{L}+) of (\\d{4})|(\\d{4}))");

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final SubjectMatcher matcher;

    final Facts facts;

    /** The article's first paragraph (null when it has none), found once: {@link #firstParagraph()}. */
    private java.util.Optional<org.constitutionkg.article.Article.Block> firstParagraph;

    /** The article's first paragraph, if any (looked up once an article: a list of thousands of items has many lines). */
    java.util.Optional<org.constitutionkg.article.Article.Block> firstParagraph() {
        if (firstParagraph == null) {
            firstParagraph = facts.article().firstParagraph();
        }
        return firstParagraph;
    }
    Ref section;
    String sectionName;
    int sectionLevel = Integer.MAX_VALUE;
    Lexicon.SectionKind listKind;
    /** The body whose chairs the list after the sentence just read names, by the frame of its verb; or null. */
    Ref listChaired;
    /** Proper word suffixes of the names recorded so far (the first {@code suffixesOf} of them). */
    final java.util.Set<String> suffixes = new java.util.HashSet<>();
    int suffixesOf;
    int listLevel = Integer.MAX_VALUE;
    /** The names the first pass over the article found in each sentence, by its text without asides. */
    final Map<String, List<NameFinder.Span>> spans = new java.util.HashMap<>();
    /** The names given so far, for descriptions that point back. */
    final Discourse discourse = new Discourse();
    /** The article's title as a name the text may write whole, or null ({@link ProseExtractor#ownName}). */
    final String ownName;

    ReadingState(Facts facts, Lexicon lexicon, Normalizer normalizer, SubjectMatcher matcher) {
        this.facts = facts;
        this.ownName = ProseExtractor.ownName(facts);
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.matcher = matcher;
    }

    void heading(Block b) {
        if (b.level() <= sectionLevel) {
            section = null;
            sectionName = null;
            sectionYear = 0;
            sectionTextNames.clear();
            sectionLevel = Integer.MAX_VALUE;
        }
        if (b.level() <= listLevel) {
            listKind = null;
            listLevel = Integer.MAX_VALUE;
        }
        Optional<Lexicon.SectionKind> kind = lexicon.sectionKind(b.text());
        if (kind.isPresent()) {
            listKind = kind.get();
            listLevel = b.level();
            listOwner = owner(b.text().strip());
        }
        Optional<String> cls = normalizer.classify(b.text(), facts.abbreviations());
        if (cls.filter("Session"::equals).isPresent() || cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")
                || OntologyClasses.get().isA(c, "LegalInstrument")).isPresent() && lexicon.names().isName(b.text().strip())
                && !YEAR_HEADING.matcher(b.text().strip()).matches() // (an overview's section by year: below)
                && !twoNames(b.text().strip()) // ("== Presidium and State Council ==": two organs, no section subject)
                && !lexicon.names().hasCommonWord(b.text().strip()) // (sentence case: "== Amendment and repeal ==")
                && !matcher.refersTo(b.text(), facts.subjectNames(), facts.abbreviations())
                && !subjectInAYear(b.text().strip(), cls.get())) {
            // "== House of Lords ==" in the article on the diet: the section speaks of the chamber ("it had 312
            // members"), "== Ytown Protocol ==" of the protocol, as one headed by a session's name of the session
            section = new NameRef(b.text().strip(), facts.article().id(), cls.get());
            sectionName = b.text().strip();
            sectionLevel = b.level();
            facts.name(section, b.text().strip(), "en", Origin.DIRECT, facts.source(b.line(), b.text()));
        }
        bareHead = section == null && sectionYear == 0 && lexicon.genericHeads().contains(b.text().strip()
                .toLowerCase(java.util.Locale.ROOT)) ? b : null;
        overviewSection(b);
    }

    /** A year after a heading's name: " in 1990", " (1990–1995)", " after 1990". */
    private static final Pattern YEAR_OF_HEADING = Pattern.compile(
            "(?:,? (?:in|from|after|since|until) \\d{4}| \\(\\d{4}(?:\\s*[–-]\\s*\\d{2,4})?\\))$");

    /**
     * Whether a heading is a name of the article's organ with a year after it ("== Supreme Council of 1990 ==", "... in
     * 1990", "... (1990–1995)" in the article on the body known since 1990 as the Supreme Council): the subject in
     * those years, no organ of its own; an organ's only ("== Federal Charter of 1874 ==" in the article on a later
     * charter is the earlier instrument).
     */
    private boolean subjectInAYear(String heading, String cls) {
        String bare = Patterns.withoutYearAfter(YEAR_OF_HEADING.matcher(heading).replaceFirst(""));
        return !bare.equals(heading) && OntologyClasses.get().isA(cls, "StateOrgan")
                && matcher.refersTo("the " + Patterns.withoutArticle(bare), facts.subjectNames(), facts.abbreviations());
    }

    /**
     * Whether a heading joins two names with "and", each of a class of its own ("Presidium and State Council", "Senate
     * and Chamber of Deputies"), not one name with "and" inside ("Chamber of Fasces and Corporations").
     */
    private boolean twoNames(String heading) {
        int and = heading.indexOf(" and ");
        if (and <= 0) {
            return false;
        }
        String first = heading.substring(0, and).strip();
        String second = heading.substring(and + 5).strip();
        return !first.contains(" of ") && !NameChecker.endsWithPossessive(first)
                && normalizer.classify(first, facts.abbreviations()).isPresent()
                && normalizer.classify(second, facts.abbreviations()).isPresent();
    }

    /** Whose the values of the list under the heading are: the article's subject, or null for it. */
    Ref listOwner;

    /**
     * "Presidents of the Senate:" on a line of its own before a list: a lead-in that reads as a heading of a list
     * kind (sections.tsv) makes the list that follows of that kind and owner, as a heading would; null else. Holds
     * until the next block that is no list item.
     */
    Lexicon.SectionKind leadInKind;
    Ref leadInOwner;
    /** The nesting level of the list item that is a heading of the items under it ("- Council of Ministers:"), or -1. */
    int itemHeadingLevel = -1;

    /** Ends a lead-in heading of a list and an item heading of nested items: the items that follow are no longer its. */
    void endLeadIn() {
        leadInKind = null;
        leadInOwner = null;
        itemHeadingLevel = -1;
    }

    /** The verb that ends a list's lead-in ("were", "included", "were in turn"), and a time phrase before it. */
    private static final java.util.regex.Pattern LISTING_VERB = java.util.regex.Pattern.compile(
            ProseExtractor.LEAD_TIME + ProseExtractor.LISTED_VERB + "$");

    /** Takes a paragraph's last sentence ending with a colon as a lead-in heading of a list, when it reads as one. */
    void leadIn(String sentence) {
        String s = sentence.strip();
        leadInKind = null;
        leadInOwner = null;
        if (!s.endsWith(":")) {
            return;
        }
        // "Speakers of the Diet included:", "Presidents of the Senate were:": the heading of the list before its verb
        String heading = LISTING_VERB.matcher(s.substring(0, s.length() - 1).strip()).replaceFirst("");
        Optional<Lexicon.SectionKind> kind = lexicon.sectionKind(heading);
        if (kind.isPresent()) {
            leadInKind = kind.get();
            leadInOwner = owner(heading);
        }
    }

    /** The cells of the first row of the table being read ("| Name | Took office |"), or null outside a table. */
    java.util.List<String> tableHeader;

    /**
     * Whose a heading's list is: "== Chairmen of the Presidium ==" in the article on a legislature lists the
     * Presidium's chairmen (the one the article names in full, else the subject's Presidium); "== Chairmen ==" and
     * "== Chairmen of the Council ==" in the article on the council the subject's (null).
     */
    private Ref owner(String heading) {
        int of = heading.indexOf(" of ");
        if (of < 0) {
            return null;
        }
        String rest = Patterns.withoutThe(heading.substring(of + 4).strip());
        if (matcher.refersTo("the " + rest, facts.subjectNames(), facts.abbreviations())) {
            return null;
        }
        String full = null;
        for (Facts.Name n : facts.names()) {
            if (n.lang().equals("en") && (n.text().equals(rest) || n.text().startsWith(rest + " of "))
                    && lexicon.names().isName(n.text())) {
                full = n.text(); // (the first the article gave: its other names name the same, as a rule)
                break;
            }
        }
        if (full == null && lexicon.genericHeads().contains(rest.toLowerCase(java.util.Locale.ROOT))
                && facts.subjectClass() != null && OntologyClasses.get().isA(facts.subjectClass(), "StateOrgan")) {
            full = rest + " of the " + Patterns.withoutThe(facts.article().title().text());
        } else if (full == null && lexicon.names().isName(rest)) {
            full = rest;
        }
        if (full == null) {
            return null;
        }
        // (of a thing of no known class, still not the subject's: "== Presidents of the Estates ==" lists no chairs
        // of the article's diet)
        return new NameRef(full, facts.article().id(), normalizer.classify(full, facts.abbreviations()).orElse(null));
    }

    /** A heading that is a bare head noun ("== Presidium =="), until its section's first sentence is read. */
    private Block bareHead;

    /**
     * "== Presidium ==" then "... the Presidium of the Federal Assembly (...)": the section speaks of the organ its
     * first sentence names by the heading's word ("it convened the sessions"); called with each sentence, acts once.
     */
    void bareHeadNamed(String sentence, java.util.List<org.constitutionkg.extract.NameFinder.Span> names) {
        if (bareHead == null) {
            return;
        }
        Block b = bareHead;
        bareHead = null;
        String head = b.text().strip() + " of ";
        for (org.constitutionkg.extract.NameFinder.Span n : names) {
            if (n.text().startsWith(head) && lexicon.names().isName(n.text())
                    && !matcher.refersTo(n.text(), facts.subjectNames(), facts.abbreviations())) {
                Optional<String> cls = normalizer.classify(n.text(), facts.abbreviations());
                if (cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()) {
                    section = new NameRef(n.text(), facts.article().id(), cls.get());
                    sectionName = n.text();
                    sectionLevel = b.level();
                }
                return;
            }
        }
    }

    /**
     * In an overview article ("Constitutions of Xland"), a section headed by one of the instruments by its year
     * ("Constitution of 1921", "The 1937 Constitution") speaks of that instrument: the year's instrument of the
     * article's state ("1921 Constitution of Xland"), known by the heading too. So does a section of the article on one
     * instrument dated in another year ("== 1948 constitution ==" in "Constitution of Xland" of 1972).
     */
    private void overviewSection(Block b) {
        Matcher y = YEAR_HEADING.matcher(b.text().strip());
        String title = facts.article().title().text();
        int of = title.indexOf(" of ");
        // (also an article on one instrument of a state, "Constitution of Xland", dated by its text in another year,
        // whose section "== 1948 constitution ==" speaks of an earlier text; a year alone heads a section of its
        // history there)
        boolean series = of > 0 && title.substring(0, of).endsWith("s");
        if (!y.matches() || of < 0 || !series && y.group(5) != null) {
            return;
        }
        // a year alone ("== 1921 =="): the instrument of that year of the title's kind ("Constitutions" of X)
        String plurals = title.substring(0, of);
        String head = y.group(5) != null ? plurals.substring(plurals.lastIndexOf(' ') + 1, plurals.length() - 1)
                : Patterns.capitalised(y.group(1) != null ? y.group(2) : y.group(3));
        String year = y.group(5) != null ? y.group(5) : y.group(1) != null ? y.group(1) : y.group(4);
        Optional<String> plural = normalizer.classify(plurals, facts.abbreviations());
        Optional<String> cls = normalizer.classify(head, facts.abbreviations());
        OntologyClasses o = OntologyClasses.get();
        if (plural.isEmpty() || cls.isEmpty() || !plural.equals(cls) || !o.isA(cls.get(), "LegalInstrument")) {
            return;
        }
        // ("Constitutions of X (1920–1938)": the state is X; the title's years span the series, no instrument's)
        String state = Patterns.withoutTrailingParentheses(title.substring(of + 4));
        overviewState = Patterns.withoutThe(state);
        sectionTextNames.clear(); // (a year's heading nested in another's opens a section of its own)
        String name = year + " " + head + " of " + state;
        Source src = facts.source(b.line(), b.text());
        java.util.Set<Integer> made = new java.util.TreeSet<>(facts.madeYears());
        Matcher inTitle = Facts.YEAR_IN_TEXT.matcher(title);
        while (inTitle.find()) {
            made.remove(Integer.parseInt(inTitle.group()));
        }
        if (!series && made.isEmpty()) {
            return; // ("== Charter of 1921 ==" in "Charter of Xland", undated: the subject's own year, maybe)
        }
        if (made.contains(Integer.parseInt(year))) {
            // the instrument the infobox describes ("Date Ratified: 1919-03-10" and "Constitution of 1919")
            section = facts.subject();
            sectionName = b.text().strip();
            sectionLevel = b.level();
            if (!lexicon.names().hasCommonWord(b.text().strip())) { // (not "1972 constitution": sentence case)
                facts.name(section, b.text().strip(), "en", Origin.DIRECT, src);
            }
            return;
        }
        section = new NameRef(name, facts.article().id(), cls.get());
        byYear.put(Integer.parseInt(year), section);
        sectionName = name;
        sectionLevel = b.level();
        sectionYear = Integer.parseInt(year);
        facts.name(section, name, "en", Origin.DIRECT, src); // the label: the heading alone names no state
        if (!lexicon.names().hasCommonWord(b.text().strip())) { // (not "1948 constitution": sentence case)
            facts.name(section, b.text().strip(), "en", Origin.DERIVED, src);
        }
    }

    /** The year of the instrument an overview's section is about ({@link #overviewSection}), while it is read; else 0. */
    int sectionYear;
    /** The names the text of an overview's section has given its instrument (not the heading's). */
    final Set<String> sectionTextNames = new java.util.HashSet<>();

    /**
     * The dated item's thing if the phrase is "it", the section's subject if it refers to it, else the article's, else
     * null; never a thing the text set the name apart from ({@link Discourse#apart}).
     */
    Ref subjectOf(String phrase) {
        Ref r = referent(phrase);
        return r != null && discourse.isApart(phrase, r) ? null : r;
    }

    private Ref referent(String phrase) {
        if (pronounOf != null && item == null && phrase.strip().equalsIgnoreCase("it")) {
            return pronounOf;
        }
        if (item != null && matcher.refersTo(phrase, List.of(), facts.abbreviations())) {
            return item; // "it" in a dated list item, or in an item nested under it, is the item's thing
        }
        if (section != null && matcher.refersTo(phrase, List.of(sectionName), facts.abbreviations())) {
            return section;
        }
        Ref earlier = sectionYear != 0 ? namedInEarlierSection(phrase) : null;
        if (earlier != null) {
            return earlier; // "suspended the Lantern Constitution" in the section on the next: the one called so
        }
        String bare = Patterns.withoutArticle(phrase);
        if (sectionYear != 0 && ofSectionYear(phrase) && (bare.contains(" of ") || Character.isLowerCase(bare.charAt(0))
                || Facts.YEAR_IN_TEXT.matcher(phrase).find() || sectionTextNames.isEmpty()
                || sectionTextNames.contains(bare))) {
            // "the Constitution of 1934", "the document" in the section on it; a name of neither year nor state
            // when it is the first the section gives ("adopted a new Basic Law") or one it gave before, not another
            // ("gave way to the Provisional Basic Law" after the section named its own instrument)
            if (Character.isUpperCase(bare.charAt(0))) {
                sectionTextNames.add(bare);
            }
            return section;
        }
        if (sectionYear != 0 && ordinalDescription(phrase)) {
            return section; // "the third constitution" in the section on the third: the overview counts them in turn
        }
        Ref ofYear = sectionYear != 0 ? ofOtherYear(phrase) : null;
        if (ofYear != null) {
            return ofYear; // "It replaced the constitution of 1918": the instrument of an earlier section
        }
        if (matcher.refersTo(phrase, facts.subjectNames(), facts.abbreviations()) || facts.namesSubject(phrase.replaceFirst("^[Tt]he ", ""))) {
            return facts.subject();
        }
        return null;
    }

    /**
     * In an overview's section on the instrument of one year, whether a phrase names it: a name of the section's class
     * of that year ("the Constitution of 1934", "the 1934 Constitution") or of no year ("the Constitution of the
     * People's Republic of Xland"); one of another year is another instrument.
     */
    boolean ofSectionYear(String phrase) {
        String name = Patterns.withoutArticle(phrase);
        Optional<String> cls = normalizer.classify(name, facts.abbreviations());
        Optional<String> own = normalizer.classify(sectionName, facts.abbreviations());
        if (cls.isEmpty() && own.isPresent() && !name.contains(" ") && Character.isLowerCase(name.charAt(0))) {
            // "the document", "the text": a noun that points to a class the section's instrument is of
            Optional<String> described = lexicon.descriptionClass(name);
            return described.isPresent() && OntologyClasses.get().isA(own.get(), described.get());
        }
        if (cls.isEmpty() || own.isEmpty()) {
            return false;
        }
        int of = name.indexOf(" of ");
        if (!cls.equals(own) && !(OntologyClasses.get().isA(own.get(), cls.get()) && of > 0 && overviewState != null
                && (sectionTextNames.isEmpty() || sectionTextNames.contains(name))
                && constitutionLike(name.substring(0, of))
                && sameState(Patterns.withoutThe(name.substring(of + 4)), overviewState))) {
            // (the first instrument of a class above the section's the section names, when it is the overview's
            // state's own and its words say it is a constitution: "the Founding Statute of Xland" in the section on
            // Xland's constitution of that year, not "the Electoral Statute of Xland" nor "the Statute on Elections")
            return false;
        }
        Matcher year = Facts.YEAR_IN_TEXT.matcher(name);
        if (year.find()) {
            return Integer.parseInt(year.group()) == sectionYear;
        }
        // of no year: the overview's state's ("the Constitution of the Xland SSR"), not another's ("was replaced by
        // the Constitution of the Yland SFSR" is its successor)
        return of < 0 || overviewState == null || sameState(Patterns.withoutThe(name.substring(of + 4)), overviewState);
    }

    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}{2,}");
    /** Whether a name's words before "of" are a constitution's: a head with a word of constitution-modifiers.txt. */
    private static boolean constitutionLike(String head) {
        String[] w = Patterns.WHITESPACE.split(Patterns.withoutArticle(head).strip());
        return w.length >= 2 && CONSTITUTION_MODIFIERS.contains(w[w.length - 2].toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> CONSTITUTION_MODIFIERS = Lexicon.lowerWords("constitution-modifiers.txt");

    /** Whether each of the words is one of the others: the same, or its adjective ("Xlandic", "Velmarian"). */
    private static boolean among(Set<String> words, Set<String> others) {
        for (String w : words) {
            if (others.stream().noneMatch(o -> o.equals(w) || Patterns.adjectiveOf(w, o) || Patterns.adjectiveOf(o, w))) {
                return false;
            }
        }
        return true;
    }

    /** The words of a state's name that say which state it is, in lower case, demonyms as their state's name. */
    private Set<String> ownWords(String name) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : Patterns.WHITESPACE.split(name.strip())) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            if (!ABBREVIATION.matcher(w).matches() && !lexicon.stateWords().contains(lower)
                    && !lower.equals("of") && !lower.equals("the") && !lower.equals("and")) {
                out.add(lexicon.demonym(w).map(d -> d.toLowerCase(java.util.Locale.ROOT)).orElse(lower));
            }
        }
        return out;
    }

    /** The state an overview's title names ("Xland" of "Constitutions of Xland"), while its sections are read. */
    private String overviewState;

    /**
     * Whether two names of states are one: the words of one that say which state ("Xland" of "the People's Republic of
     * Xland", "Xian" of "Xian SSR": no word any state's name may hold, no abbreviation) are among the other's, or the
     * article gives both names to one thing.
     */
    private boolean sameState(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        Set<String> wa = ownWords(a);
        Set<String> wb = ownWords(b);
        if (!wa.isEmpty() && !wb.isEmpty() && among(wa, wb) && among(wb, wa)) {
            return true; // (the same words both ways: "South Xland" is no name of Xland)
        }
        Set<Ref> refsOfA = new java.util.HashSet<>();
        for (Facts.Name n : facts.names()) {
            if (n.text().equalsIgnoreCase(a)) {
                refsOfA.add(n.ref());
            }
        }
        return facts.names().stream().anyMatch(n -> n.text().equalsIgnoreCase(b) && refsOfA.contains(n.ref()));
    }

    /** An overview's instruments by the year of their section, as the sections are read. */
    private final Map<Integer, Ref> byYear = new java.util.HashMap<>();

    private static final Pattern OF_YEAR = Pattern.compile("(?i)^the (?:(\\d{4}) (\\p{Ll}+)|(\\p{Ll}+) of (\\d{4}))$");

    /** "the constitution of 1918", "the 1918 constitution": in an overview, the instrument of that year's section. */
    private Ref ofOtherYear(String phrase) {
        Matcher m = OF_YEAR.matcher(phrase.strip());
        if (!m.matches()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(4));
        String head = m.group(2) != null ? m.group(2) : m.group(3);
        return byYear.containsKey(year) && matcher.refersTo("the " + head, List.of(sectionName), facts.abbreviations())
                ? byYear.get(year) : null;
    }

    /** The instrument of an earlier section of an overview that the name (as written, "the" aside) is a name of. */
    private Ref namedInEarlierSection(String phrase) {
        if (byYear.isEmpty()) {
            return null; // no overview by years
        }
        String name = Patterns.withoutArticle(phrase);
        for (Facts.Name n : facts.names()) {
            if (n.text().equals(name) && !n.ref().equals(section) && byYear.containsValue(n.ref())) {
                return n.ref();
            }
        }
        return null;
    }

    /** The instrument of the section before this one in an overview by years (the latest earlier year), or null. */
    Ref earlierSectionsInstrument() {
        return byYear.entrySet().stream().filter(e -> e.getKey() < sectionYear)
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
    }

    /** "The second constitution" in an overview's section: an ordinal and a word of the section's name. */
    private boolean ordinalDescription(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        return w.length == 3 && (w[0].equalsIgnoreCase("the") || w[0].equalsIgnoreCase("its"))
                && lexicon.ordinal(w[1].toLowerCase(java.util.Locale.ROOT)).isPresent()
                && Character.isLowerCase(w[2].charAt(0))
                && matcher.refersTo("the " + w[2], List.of(sectionName), facts.abbreviations());
    }

    Ref current() {
        return item != null ? item : pronounOf != null ? pronounOf : section != null ? section : facts.subject();
    }

    /**
     * The organ or instrument the sentence before named as its subject ("The House of Deputies was elected by the
     * provinces."), when it is of the kind of what the article is about, else null: what an "It" opening the next
     * sentence of the paragraph speaks of ({@link #pronounOf}).
     */
    Ref previousSubject;

    /** While a sentence that opens with "It" after {@link #previousSubject} is read: what "it" is. */
    Ref pronounOf;

    /** The thing a dated list item names ("- Fifth Congress of X – 3–9 May 1921"), while its item is read. */
    private Ref item;
    private int itemLevel;

    /** Whether a dated item's thing is what the items being read are nested under ({@link #item}). */
    boolean inItem() {
        return item != null;
    }

    /** A dated list item names {@code r}: "it" in the rest of the item and in the items nested under it. */
    void item(Ref r, int level) {
        item = r;
        itemLevel = level;
    }

    /** Before a block: a heading, a paragraph or an item not nested under the dated item ends what it names. */
    void leaveItem(Block b) {
        if (item != null && (b.kind() != org.constitutionkg.article.Article.Kind.LIST_ITEM || b.level() <= itemLevel)) {
            item = null;
        }
    }

    /** Whether the name is one of the subject's, word for word after normalising ("Reichstag" for "Reichstag (Xland)"). */
    boolean namesSubject(String name) {
        List<String> w = normalizer.words(name, facts.abbreviations());
        for (String s : facts.subjectNames()) {
            // "Reichstag" for the article "Reichstag (Xland)": the title's qualifier only tells articles apart
            if (normalizer.words(s, facts.abbreviations()).equals(w) || normalizer.words(QUALIFIER.matcher(s)
                    .replaceFirst(""), facts.abbreviations()).equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]+\\)$");
}
