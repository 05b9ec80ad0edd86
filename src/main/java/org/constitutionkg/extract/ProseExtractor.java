package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.article.Article.Block;
import org.constitutionkg.article.Article;
import org.constitutionkg.article.Problem;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.frames.FrameMatcher;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Sentences;
import org.constitutionkg.extract.text.Values;

/**
 * Reads the article body: sentences through the rules of {@code prose-rules.txt}, names in parentheses (foreign names,
 * abbreviations), names of organs and instruments wherever they are mentioned, sessions from their section headings and
 * list values (such as powers) from sections that {@code sections.tsv} names.
 */
public final class ProseExtractor {

    private static final Pattern ABBREVIATION_DEFINED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:of|the|and|for)\\s+)*)+)\\((\\p{Lu}(?:\\p{Ll}?\\p{Lu}){1,7})\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** What {@link #ABBREVIATION_DEFINED} needs, found far faster: most paragraphs have no such parentheses. */
    private static final Pattern PARENTHESISED_ABBREVIATION = Pattern.compile("\\(\\p{Lu}(?:\\p{Ll}?\\p{Lu}){1,7}\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}(?:\\p{Ll}?[\\p{Lu}.]){1,9}"); // "CPSU", "CoM"
    private static final Pattern LEAD_VERB = Pattern.compile("^\\s*(?:,|was|is|were|are|officially|formally|had|has)\\b.*");
    private static final Pattern LABELLED = Pattern.compile("([\\p{L}.\\- ]{2,30}?):\\s+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
    /** A remark that is another name in quotes: "(or "little charter")", "(also "the old law")". */
    private static final Pattern OR_QUOTED = Pattern.compile(
            "(?:or|also|also called|also known as) [\"“](?:the )?([^\"“”]{2,60})[\"”]");
    /** What follows a name up to a remark when it is a description in apposition to it: ", a provisional statute". */
    private static final Pattern APPOSITION = Pattern.compile(", (?:a|an|the) [\\p{Ll}\\s-]{2,60}");
    /** The text before a remark ends with what a verb of naming calls "it": "historians refer to it as ...". */
    private static final Pattern NAMING_IT = Pattern.compile("(?i)(?:\\bit\\b[^()]{0,40}?\\b(?:known|called|"
            + "referred to|termed|dubbed|styled)|\\b(?:refer(?:s|red)? to|call(?:s|ed)?|know(?:s)?) it)(?: as)? "
            + "[^,;()]{1,60}$");
    /** A comma before the next "Language: " label. */
    private static final Pattern LABEL_SEPARATOR = Pattern.compile(",\\s*(?=[\\p{L}.\\- ]{2,30}:\\s)");
    private static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern MEETING = Pattern.compile("(?s)(?:held|convened|met|took place)\\b.*");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.;]$");
    private static final Pattern TRAILING_APOSTROPHE = Pattern.compile("'$");

    /** Longer "sentences" are not prose (a table flattened into a line, a binary blob): reading them costs too much. */
    static final int MAX_SENTENCE = 3000;
    /** Text read for facts per article: far more than any encyclopedia article, bounds the work on hostile input. */
    static final int MAX_BODY = 500_000;

    private final java.util.function.Consumer<Problem> problems;
    private final Lexicon lexicon;
    private final NameFinder finder;
    private final Normalizer normalizer;
    private final SubjectMatcher matcher;
    private final List<ProseRule> rules;
    private final Map<String, String> hints;
    private final Map<String, String> languageNames;

    ProseExtractor(Lexicon lexicon, NameFinder finder, Normalizer normalizer, List<ProseRule> rules,
                   java.util.function.Consumer<Problem> problems) {
        this.problems = problems;
        this.lexicon = lexicon;
        this.finder = finder;
        this.normalizer = normalizer;
        this.matcher = new SubjectMatcher(normalizer);
        this.rules = rules;
        this.languageNames = new java.util.HashMap<>();
        Lexicon.rows("language-names.tsv", 2).forEach(r -> languageNames.put(r[0], r[1]));
        this.hints = new java.util.HashMap<>();
        Lexicon.rows("property-hints.tsv", 2).forEach(r -> hints.put(r[0], r[1]));
        this.frames = new FrameReader(lexicon, normalizer, hints);
        java.util.Set<String> nouns = new java.util.TreeSet<>(Lexicon.lowerWords("person-nouns.txt"));
        Lexicon.lowerWords("person-titles.txt").forEach(t -> nouns.add(t.replace(".", "")));
        this.personNouns = Set.copyOf(nouns);
        // the noun is the apposition's head: no "of" or "for" before it ("the party of the president" is no person)
        this.personApposition = Pattern.compile(PERSON_NAME + ", (?:formerly |later |then |previously |once |at the time )?"
                + "(?:the |a |an )(?:(?!of |for )[a-z-]+ ){0,3}(?i:" + String.join("|", nouns)
                + ")(?=[,.;)]| of | from | in | at | and |$)");
    }

    /** Nouns and titles only a person is, in lower case ("lawyer", "minister", "general"). */
    private final Set<String> personNouns;

    /** A name in apposition to a noun only a person is: "Ivan Petrov, formerly the leader of ...". */
    private final Pattern personApposition;

    private final FrameReader frames;

    /** Abbreviations the article defines: "Central Executive Committee (CEC)" defines CEC. */
    void abbreviations(Facts facts) {
        for (Block b : facts.article().blocks()) {
            if (b.text().length() > MAX_SENTENCE * 10 || !PARENTHESISED_ABBREVIATION.matcher(b.text()).find()) {
                continue;
            }
            Matcher m = ABBREVIATION_DEFINED.matcher(b.text());
            while (m.find()) {
                String abbr = m.group(2);
                spelledBy(m.group(1).strip(), abbr).ifPresent(spelt -> facts.abbreviations().putIfAbsent(abbr, spelt));
            }
        }
    }

    /**
     * The names of instruments the article's text gives anywhere, so that a bare head noun ("the Declaration") may
     * point forward to the one instrument of that head the article names later.
     */
    private void foreseen(State st) {
        long read = 0;
        for (Block b : st.facts.article().blocks()) {
            read += b.text().length();
            if (read > MAX_BODY) {
                return;
            }
            if (b.kind() == org.constitutionkg.article.Article.Kind.PARAGRAPH
                    || b.kind() == org.constitutionkg.article.Article.Kind.LIST_ITEM) {
                for (Sentences.Sentence sentence : Sentences.split(b.text())) {
                    String clean = Sentences.clean(sentence.text()).text();
                    List<NameFinder.Span> spans = finder.all(clean);
                    st.spans.put(clean, spans); // found once: the sentence is read again below
                    for (NameFinder.Span span : spans) {
                        String n = lexicon.names().clean(span.text(), null);
                        // instruments only: "the Declaration" is a document the article names; "the Council" may be
                        // any council, not the Council of Europe named three sections on
                        if (lexicon.names().isName(n) && normalizer.classify(n, st.facts.abbreviations())
                                .filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent()) {
                            st.discourse.foresee(n);
                        }
                    }
                }
            }
        }
    }

    /** Everything in the body. */
    void extract(Facts facts) {
        State st = new State(facts);
        foreseen(st);
        boolean lead = true;
        long read = 0;
        String leadIn = null; // "On its last day the diet:" before a list whose items go on with it
        for (Block b : facts.article().blocks()) {
            read += b.text().length();
            if (read > MAX_BODY) {
                problems.accept(Problem.warning(facts.article().file(), b.line(), "the article's text goes on beyond "
                        + MAX_BODY + " characters; the rest is not read for facts"));
                return;
            }
            if (b.kind() != Article.Kind.LIST_ITEM) {
                leadIn = null;
            }
            switch (b.kind()) {
                case HEADING -> st.heading(b);
                case PARAGRAPH -> {
                    for (Sentences.Sentence s : Sentences.split(b.text())) {
                        sentence(st, s.text(), facts.source(b.lineAt(s.offset()), s.text()), lead);
                        lead = false;
                        leadIn = s.text().strip().endsWith(":") ? s.text().strip() : null;
                    }
                }
                case LIST_ITEM -> {
                    Source src = facts.source(b.line(), b.text());
                    if (st.listKind != null) {
                        listValue(facts, st.listKind, b.text(), src);
                    } else if (leadIn != null && continues(b.text())) {
                        // "the diet:" / "- adopted the Statute;": the item ends the sentence its lead-in began (the
                        // source is the item's line and text)
                        String item = TRAILING_LIST_MARK.matcher(b.text().strip()).replaceFirst(".");
                        sentence(st, continued(leadIn, item), src, false);
                    } else {
                        // an item of a list of no known kind is read as prose ("1. Consideration of the Treaty of X")
                        for (Sentences.Sentence s : Sentences.split(b.text())) {
                            sentence(st, s.text(), facts.source(b.line(), s.text()), false);
                        }
                    }
                }
                case TABLE_ROW -> { }
                default -> throw new IllegalStateException(b.kind().toString());
            }
        }
    }

    /** A list item that goes on with the sentence before the list: it begins in lower case ("adopted the ..."). */
    private static boolean continues(String item) {
        String t = item.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * The sentence a lead-in and one item of its list make: "the diet:" + "adopted X" → "the diet adopted X."; a
     * lead-in with its own verb keeps its colon ("it adopted the following: the Statute of X").
     */
    private static String continued(String leadIn, String item) {
        String head = leadIn.substring(0, leadIn.length() - 1).strip();
        boolean verbItem = !item.regionMatches(true, 0, "the ", 0, 4) && !item.regionMatches(true, 0, "a ", 0, 2)
                && !item.regionMatches(true, 0, "an ", 0, 3);
        return verbItem ? head + " " + item : head + ": " + item;
    }

    /** A list item's closing mark (";", ",", "; and", "." ) before it is made the end of a sentence. */
    private static final Pattern TRAILING_LIST_MARK = Pattern.compile("\\s*(?:[;,.]|;\\s*(?:and|or))?$");

    /** A list item under a heading that sections.tsv names: a literal, or the name of a thing. */
    private void listValue(Facts facts, Lexicon.SectionKind kind, String item, Source src) {
        if (kind.value().equals("text")) {
            String text = TRAILING_STOP.matcher(item).replaceAll("");
            facts.claim(facts.subject(), kind.property(), NodeFactory.createLiteralString(text), src, false);
            return;
        }
        finder.atStart(Values.withoutParentheses(item)).ifPresent(span -> {
            NameRef r = new NameRef(span.text(), facts.article().id(), kind.value());
            facts.name(r, span.text(), "en", Origin.DIRECT, src);
            facts.claim(facts.subject(), kind.property(), r, src, false);
        });
    }

    /** A heading naming an instrument by its year: "The 1937 Constitution", "Constitution of 1921". */
    private static final Pattern YEAR_HEADING = Pattern.compile(
            "(?:(?:The )?(\\d{4}) (\\p{Lu}\\p{L}+)|(\\p{Lu}\\p{L}+) of (\\d{4}))");

    /** Section state while walking the blocks. */
    private final class State {
        final Facts facts;
        Ref section;
        String sectionName;
        int sectionLevel = Integer.MAX_VALUE;
        Lexicon.SectionKind listKind;
        /** Proper word suffixes of the names recorded so far (the first {@code suffixesOf} of them). */
        final java.util.Set<String> suffixes = new java.util.HashSet<>();
        int suffixesOf;
        int listLevel = Integer.MAX_VALUE;
        /** The names the first pass over the article found in each sentence, by its text without asides. */
        final Map<String, List<NameFinder.Span>> spans = new java.util.HashMap<>();
        /** The names given so far, for descriptions that point back. */
        final Discourse discourse = new Discourse();

        State(Facts facts) {
            this.facts = facts;
        }

        void heading(Block b) {
            if (b.level() <= sectionLevel) {
                section = null;
                sectionName = null;
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
            }
            if (normalizer.classify(b.text(), facts.abbreviations()).filter("Session"::equals).isPresent()) {
                section = new NameRef(b.text(), facts.article().id(), "Session");
                sectionName = b.text();
                sectionLevel = b.level();
                facts.name(section, b.text(), "en", Origin.DIRECT, facts.source(b.line(), b.text()));
            }
            overviewSection(b);
        }

        /**
         * In an overview article ("Constitutions of Xland"), a section headed by one of the instruments by its year
         * ("Constitution of 1921", "The 1937 Constitution") speaks of that instrument: the year's instrument of the
         * article's state ("1921 Constitution of Xland"), known by the heading too.
         */
        private void overviewSection(Block b) {
            Matcher y = YEAR_HEADING.matcher(b.text().strip());
            String title = facts.article().title().text();
            int of = title.indexOf(" of ");
            if (!y.matches() || of < 0 || !title.substring(0, of).endsWith("s")) {
                return;
            }
            String head = y.group(1) != null ? y.group(2) : y.group(3);
            String year = y.group(1) != null ? y.group(1) : y.group(4);
            Optional<String> plural = normalizer.classify(title.substring(0, of), facts.abbreviations());
            Optional<String> cls = normalizer.classify(head, facts.abbreviations());
            OntologyClasses o = OntologyClasses.get();
            if (plural.isEmpty() || cls.isEmpty() || !plural.equals(cls) || !o.isA(cls.get(), "LegalInstrument")) {
                return;
            }
            String state = title.substring(of + 4);
            String name = year + " " + head + " of " + state;
            Source src = facts.source(b.line(), b.text());
            if (facts.madeYears().contains(Integer.parseInt(year))) {
                // the instrument the infobox describes ("Date Ratified: 1919-03-10" and "Constitution of 1919")
                section = facts.subject();
                sectionName = b.text().strip();
                sectionLevel = b.level();
                facts.name(section, b.text().strip(), "en", Origin.DIRECT, src);
                return;
            }
            section = new NameRef(name, facts.article().id(), cls.get());
            sectionName = name;
            sectionLevel = b.level();
            facts.name(section, name, "en", Origin.DIRECT, src); // the label: the heading alone names no state
            facts.name(section, b.text().strip(), "en", Origin.DERIVED, src);
        }

        /** The section's subject if the phrase refers to it, else the article's, else null. */
        Ref subjectOf(String phrase) {
            if (section != null && matcher.refersTo(phrase, List.of(sectionName), facts.abbreviations())) {
                return section;
            }
            if (matcher.refersTo(phrase, facts.subjectNames(), facts.abbreviations()) || facts.namesSubject(phrase.replaceFirst("^[Tt]he ", ""))) {
                return facts.subject();
            }
            return null;
        }

        Ref current() {
            return section != null ? section : facts.subject();
        }
    }

    private void sentence(State st, String text, Source src, boolean lead) {
        if (text.length() > MAX_SENTENCE) {
            problems.accept(Problem.warning(src.file(), src.line(), "a sentence of " + text.length()
                    + " characters (more than " + MAX_SENTENCE + ") is not read for facts"));
            return;
        }
        try {
            read(st, text, src, lead);
        } catch (RuntimeException e) {
            // a defect in reading one sentence loses that sentence's facts, not the article's
            problems.accept(Problem.warning(src.file(), src.line(), "this sentence could not be read for facts ("
                    + e + "); please report it with the sentence: \"" + Problem.excerpt(text) + "\""));
        }
    }

    private void read(State st, String text, Source src, boolean lead) {
        persons(st.facts, text, src);
        Sentences.Clean c = Sentences.clean(text);
        String leadName = lead ? leadAlias(st.facts, c.text(), src) : null;
        rules(st, c.text(), src);
        List<NameFinder.Span> names = st.spans.containsKey(c.text()) ? st.spans.remove(c.text())
                : finder.all(c.text()); // once a sentence: for the frames and the mentions
        frames.read(st.facts, c.text(), names, src, st::subjectOf, st::current, st.discourse);
        for (Sentences.Aside a : c.asides()) {
            aside(st, a, leadName, src);
        }
        mentions(st, names, src);
        datedInstruments(st, c.text(), src);
        for (Sentences.Aside a : c.asides()) {
            if (Patterns.WHITESPACE.split(a.content()).length >= 6) {
                // a remark in parentheses ("(It was modelled on the 1920 Charter of Xland.)") names things too
                mentions(st, finder.all(a.content()), src);
            }
        }
    }

    /** The first sentence's subject is a name of the article's subject. */
    private String leadAlias(Facts facts, String text, Source src) {
        Optional<NameFinder.Span> n = finder.atStart(text);
        if (n.isEmpty() || !LEAD_VERB.matcher(text.substring(n.get().end())).matches()) {
            return null;
        }
        // a name of another kind of thing is not the subject's: "The Union of X had three constitutions" in the
        // article on the constitutions of X speaks of the state
        Optional<String> cls = normalizer.classify(n.get().text(), facts.abbreviations());
        String own = facts.subjectClass();
        OntologyClasses o = OntologyClasses.get();
        if (cls.isPresent() && own != null && !o.top(cls.get()).equals(o.top(own))) {
            return null;
        }
        facts.name(facts.subject(), n.get().text(), "en", Origin.DIRECT, src);
        return n.get().text();
    }

    private void aside(State st, Sentences.Aside a, String leadName, Source src) {
        List<NameFinder.Span> before = finder.all(a.before());
        if (a.content().isEmpty()) {
            return;
        }
        if (before.isEmpty() || before.get(before.size() - 1).end() != a.before().length()) {
            if (NAMING_IT.matcher(a.before()).find() && LABELLED.matcher(a.content().strip()).lookingAt()) {
                // "historians refer to it as the great charter (German: ...)": the gloss names what "it" is
                labelled(st.facts, st.current(), a.content().strip(), null, src);
            }
            Matcher quoted = OR_QUOTED.matcher(a.content().strip());
            if (!before.isEmpty() && quoted.matches()) {
                // "the Land Act of 1911, a provisional statute (or "little charter"),": a name of the thing the
                // description stands in apposition to
                NameFinder.Span last = before.get(before.size() - 1);
                String apposition = a.before().substring(last.end());
                if (APPOSITION.matcher(apposition).matches() && fits(apposition, last.text(), st.facts)) {
                    st.facts.nickname(refOf(st, last.text(), leadName), quoted.group(1), "en", src);
                }
            }
            return;
        }
        Matcher quoted = OR_QUOTED.matcher(a.content().strip());
        if (quoted.matches()) {
            // "the Charter of Xland (or "paper crown")"
            st.facts.nickname(refOf(st, before.get(before.size() - 1).text(), leadName), quoted.group(1), "en", src);
            return;
        }
        String name = before.get(before.size() - 1).text();
        Ref target = refOf(st, name, leadName);
        if (MEETING.matcher(a.content()).matches()) {
            rules(st, name + " was " + a.content(), src);
            return;
        }
        if (LATER.matcher(a.content()).lookingAt()) {
            // "the State Commission (later the State Committee)": read as the sentence it shortens
            frames.read(st.facts, name + ", " + a.content(), finder.all(name + ", " + a.content()), src,
                    st::subjectOf, st::current, st.discourse, true);
            return;
        }
        Matcher instead = INSTEAD.matcher(a.content());
        String beforeName = a.before().substring(0, before.get(before.size() - 1).start());
        if (instead.lookingAt() && !GOVERNED.matcher(beforeName).find()) {
            // "a Supreme Council (instead of a Congress of Councils, which ...)": read as "X replaced Y"
            String text = name + " replaced " + a.content().substring(instead.end());
            frames.read(st.facts, text, finder.all(text), src, st::subjectOf, st::current, st.discourse, true);
            return;
        }
        String prevLang = null;
        for (String part : withAbbreviationsApart(a.content().split(";"))) {
            if (LABELLED.matcher(part.strip()).lookingAt()) {
                prevLang = labelled(st.facts, target, part.strip(), prevLang, src);
                continue;
            }
            for (String piece : scriptRuns(part.strip())) {
                Sentences.Clean inner = Sentences.clean(piece);
                List<String> candidates = new ArrayList<>();
                candidates.add(inner.text());
                inner.asides().forEach(x -> candidates.add(x.content()));
                for (String cand : candidates) {
                    prevLang = asideName(st, target, name, cand.strip(), prevLang, src);
                }
            }
        }
    }

    /**
     * Whether a description in apposition names a thing of the name's kind: ", a provisional statute" fits "the Land
     * Act of 1911", ", an act" does not fit "the Grand Diet" (whose "(also "the May coup")" names the act).
     */
    private boolean fits(String apposition, String name, Facts facts) {
        String head = Discourse.headNoun(apposition.substring(apposition.indexOf(' ', 2) + 1).strip());
        Optional<String> a = lexicon.classOf(Character.toUpperCase(head.charAt(0)) + head.substring(1));
        Optional<String> n = normalizer.classify(name, facts.abbreviations());
        OntologyClasses o = OntologyClasses.get();
        return a.isPresent() && n.isPresent() && (o.isA(a.get(), n.get()) || o.isA(n.get(), a.get()));
    }

    /** The article's subject when the name is one of it, else the thing of that name. */
    private Ref refOf(State st, String name, String leadName) {
        return name.equals(leadName) || normalizedEqualsSubject(st, name) ? st.facts.subject()
                : new NameRef(name, st.facts.article().id(), null);
    }

    /** "Marea Adunare Populară, MAP": a foreign name and an abbreviation after a comma are two names. */
    private static List<String> withAbbreviationsApart(String[] parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            int comma = part.lastIndexOf(',');
            String tail = comma < 0 ? "" : part.substring(comma + 1).strip();
            if (comma > 0 && ABBREVIATION.matcher(tail).matches() && !LABELLED.matcher(part.strip()).lookingAt()) {
                out.add(part.substring(0, comma));
                out.add(tail);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** "Russian: Совет народных комиссаров, romanized: Sovet narodnykh komissarov": names labelled with their language. */
    private String labelled(Facts facts, Ref target, String part, String prevLang, Source src) {
        String lang = prevLang;
        for (String segment : LABEL_SEPARATOR.split(part)) {
            Matcher m = LABELLED.matcher(segment.strip());
            if (!m.lookingAt()) {
                continue;
            }
            String tag = languageNames.get(m.group(1).strip());
            String text = segment.strip().substring(m.end()).strip();
            if (tag == null || tag.equals("-") || text.isEmpty()) {
                continue;
            }
            if (tag.equals("+Latn")) {
                if (lang != null && !lang.endsWith("-Latn")) {
                    facts.name(target, text, lang + "-Latn", Origin.DIRECT, src);
                }
                continue;
            }
            lang = tag;
            int comma = text.lastIndexOf(',');
            if (comma > 0 && ABBREVIATION.matcher(text.substring(comma + 1).strip()).matches()) {
                // "German: Grosse Karta, GK": the name and its abbreviation are two names
                facts.name(target, text.substring(comma + 1).strip(), tag, Origin.DIRECT, src);
                text = text.substring(0, comma).strip();
            }
            facts.name(target, text, tag, Origin.DIRECT, src);
        }
        return lang;
    }

    private boolean normalizedEqualsSubject(State st, String name) {
        List<String> w = normalizer.words(name, st.facts.abbreviations());
        for (String s : st.facts.subjectNames()) {
            // "Reichstag" for the article "Reichstag (Xland)": the title's qualifier only tells articles apart
            if (normalizer.words(s, st.facts.abbreviations()).equals(w) || normalizer.words(QUALIFIER.matcher(s)
                    .replaceFirst(""), st.facts.abbreviations()).equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern QUALIFIER = Pattern.compile("\\s*\\([^()]+\\)$");

    /** One name inside parentheses; returns the language it was in, for a transliteration that follows. */
    private String asideName(State st, Ref target, String name, String cand, String prevLang, Source src) {
        Facts facts = st.facts;
        cand = PRONUNCIATION.matcher(cand).replaceFirst("");
        Matcher quoted = QUOTED.matcher(cand);
        if (quoted.matches()) {
            // "(/de/, "Diet of the Realm")": a translation in quotes is an English name
            facts.name(target, quoted.group(1).strip(), "en", Origin.DIRECT, src);
            return prevLang;
        }
        if (cand.isEmpty() || Patterns.hasDigit(cand) || Character.isLowerCase(cand.codePointAt(0)) && !cand.startsWith("the ")) {
            return prevLang;
        }
        boolean latin = latin(cand);
        if (ABBREVIATION.matcher(cand).matches()) {
            Ref named = target;
            String part = spelledBy(name, cand).orElse(name);
            // an abbreviation names the phrase it spells: "Council of the Free State of Xland (FSX)" is the state's
            if (!part.equals(name)) {
                named = new NameRef(part, facts.article().id(), null);
                facts.name(named, part, "en", Origin.DIRECT, src);
            }
            facts.name(named, cand, latin ? "en" : lexicon.languageOf(cand), Origin.DIRECT, src);
            return prevLang;
        }
        if (cand.startsWith("the ")) {
            englishExplanation(facts, name, cand.substring(4), src);
            return prevLang;
        }
        String lang = lexicon.languageOf(cand);
        if (!latin || !lang.equals("und")) {
            facts.name(target, cand, lang, Origin.DIRECT, src);
            return lang;
        }
        if (prevLang != null && !prevLang.endsWith("-Latn")) {
            facts.name(target, cand, prevLang + "-Latn", Origin.DIRECT, src);
        }
        return prevLang;
    }

    /**
     * The end of a name that the abbreviation spells ({@link #spells}): "Communist Party of the Soviet Union" in "Central
     * Committee of the Communist Party of the Soviet Union (CPSU)"; empty if no end of it does.
     */
    private static Optional<String> spelledBy(String name, String abbreviation) {
        String[] words = Patterns.WHITESPACE.split(name);
        for (int from = 0; from < words.length; from++) {
            String[] part = java.util.Arrays.copyOfRange(words, from, words.length);
            if (NameFinder.capitalised(words[from]) && spells(part, abbreviation)) {
                return Optional.of(String.join(" ", part));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether an abbreviation spells these words: the initials of their capitalised words ("CPSU"), or, where it has
     * lower-case letters, of every word ("CoM": Council of Ministers).
     */
    private static boolean spells(String[] words, String abbreviation) {
        String letters = abbreviation.replace(".", "");
        StringBuilder capitals = new StringBuilder();
        StringBuilder all = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            all.append(w.charAt(0));
            if (NameFinder.capitalised(w)) {
                capitals.append(w.charAt(0));
            }
        }
        return capitals.toString().equals(letters)
                || !letters.equals(letters.toUpperCase(java.util.Locale.ROOT)) && all.toString().equals(letters);
    }

    /** "Constitution of East Germany (the German Democratic Republic)": the polity has two names. */
    private void englishExplanation(Facts facts, String name, String explanation, Source src) {
        if (!lexicon.classOf(normalizer.expand(explanation, facts.abbreviations())).filter("Polity"::equals).isPresent()) {
            return;
        }
        int of = name.lastIndexOf(" of ");
        if (of > 0) {
            String tail = Patterns.withoutThe(name.substring(of + 4));
            NameRef polity = new NameRef(tail, facts.article().id(), "Polity");
            facts.name(polity, tail, "en", Origin.DIRECT, src);
            facts.name(polity, explanation, "en", Origin.DIRECT, src);
        }
    }

    /** True when every letter of the text is in the Latin script. */
    private static boolean latin(String text) {
        return text.codePoints().filter(Character::isLetter)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /** Splits "Конституция ..., Konstitutsiya ..." where the script changes after a comma. */
    private static List<String> scriptRuns(String s) {
        List<String> out = new ArrayList<>();
        String[] pieces = COMMA.split(s);
        StringBuilder cur = new StringBuilder();
        Boolean curLatin = null;
        for (String p : pieces) {
            boolean latin = latin(p);
            if (curLatin != null && latin != curLatin) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(cur.length() > 0 ? ", " : "").append(p);
            curLatin = latin;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    private void rules(State st, String text, Source src) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (ProseRule r : rules) {
            if (!r.mayMatch(lower)) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            int pos = 0;
            while (pos <= text.length() && m.find(pos)) {
                boolean applied = new RuleMatch(st, r, m, src).apply();
                pos = applied ? Math.max(m.end(), m.start() + 1) : m.start() + 1;
            }
        }
    }

    /** One match of one rule: binds its groups, checks its requirements, states its facts. */
    private final class RuleMatch {
        private final State st;
        private final ProseRule rule;
        private final Matcher m;
        private final Source src;
        private final Map<String, Object> bound = new java.util.HashMap<>();

        RuleMatch(State st, ProseRule rule, Matcher m, Source src) {
            this.st = st;
            this.rule = rule;
            this.m = m;
            this.src = src;
        }

        boolean apply() {
            for (Map.Entry<String, String> g : rule.groups().entrySet()) {
                String v = m.group(g.getKey());
                if (v == null) {
                    continue;
                }
                Object b = bind(g.getValue(), v.strip());
                if (b == null && (g.getValue().equals("SUBJ") || g.getValue().equals("REF"))) {
                    return false;
                }
                if (b != null) {
                    bound.put(g.getKey(), b);
                }
            }
            for (Map.Entry<String, String> q : rule.requires().entrySet()) {
                if (!satisfies(q.getKey(), q.getValue())) {
                    return false;
                }
            }
            for (String[] f : rule.facts()) {
                fact(f[0], f[1], f[2]);
            }
            return true;
        }

        private Object bind(String kind, String v) {
            Facts facts = st.facts;
            switch (kind) {
                case "SUBJ":
                    return st.subjectOf(v);
                case "REF": {
                    Ref s = st.subjectOf(v);
                    return s != null ? s : name(v);
                }
                case "NAME":
                case "NAME+":
                    return name(v);
                case "NAMES": {
                    List<Ref> out = new ArrayList<>();
                    for (String part : LIST_SEPARATOR.split(v)) {
                        Ref r = name(Patterns.withoutThe(part));
                        if (r != null) {
                            out.add(r);
                        }
                    }
                    return out.isEmpty() ? null : out;
                }
                case "DATE":
                    return DateParser.parse(v).map(d -> new DateParser.DateRange(d, Optional.empty())).orElse(null);
                case "DATES":
                    return DateParser.parseRange(v).orElse(null);
                case "NUM":
                    return lexicon.number(v).map(n -> (Object) NodeFactory.createLiteralDT(
                            Integer.toString(n), XSDDatatype.XSDinteger)).orElse(null);
                default:
                    throw new IllegalStateException(kind + " in rule " + rule.id() + " of " + facts.article().file());
            }
        }

        private Ref name(String v) {
            Optional<NameFinder.Span> span = finder.atStart(v.replace("\"", ""));
            if (span.isEmpty()) {
                return null;
            }
            String n = span.get().text();
            if (lexicon.names().isOffice(n)) {
                return null; // "Chairman of the Council": an office, no one's name
            }
            Ref s = st.subjectOf("the " + n);
            if (s != null) {
                return s;
            }
            if (!n.contains(" ") && lexicon.genericNames().contains(n)) {
                return null;
            }
            return new NameRef(n, st.facts.article().id(), null);
        }

        private boolean satisfies(String group, String cls) {
            if (group.equals("ARTICLE")) {
                return st.facts.subjectClass() != null && OntologyClasses.get().isA(st.facts.subjectClass(), cls);
            }
            Object b = bound.get(group);
            if (!(b instanceof NameRef n)) {
                return b != null;
            }
            Optional<String> c = normalizer.classify(n.name(), st.facts.abbreviations());
            return c.isPresent() && OntologyClasses.get().isA(c.get(), cls);
        }

        private void fact(String s, String p, String o) {
            Object subject = value(s);
            Object object = value(o);
            if (!(subject instanceof Ref sr) || object == null) {
                return;
            }
            if (object instanceof List<?> list) {
                list.forEach(x -> single(sr, p, x));
            } else {
                single(sr, p, object);
            }
        }

        private Object value(String token) {
            return switch (token) {
                case "ARTICLE" -> st.facts.subject();
                case "SUBJECT" -> st.current();
                default -> bound.get(token);
            };
        }

        private void single(Ref s, String p, Object o) {
            Facts facts = st.facts;
            nameOf(s, null);
            if (p.equals("alias")) {
                if (o instanceof NameRef n) {
                    facts.name(s, n.name(), "en", Origin.DIRECT, src);
                }
                return;
            }
            if (o instanceof DateParser.DateRange r) {
                if (p.equals("END")) {
                    facts.claim(s, p, r.end().orElse(r.start()).toNode(), src, false);
                } else {
                    facts.claim(s, p, r.start().toNode(), src, false);
                    if (p.equals("START") && r.end().isPresent()) {
                        facts.claim(s, "END", r.end().get().toNode(), src, false);
                    }
                }
                return;
            }
            if (o instanceof NameRef n) {
                o = nameOf(n, hints.get(p));
            }
            facts.claim(s, p, o, src, false);
        }

        /** Records the name of a thing the rule names, with the class its property implies. */
        private Object nameOf(Object ref, String hint) {
            if (!(ref instanceof NameRef n)) {
                return ref;
            }
            NameRef r = hint != null && n.classHint() == null ? new NameRef(n.name(), n.articleId(), hint) : n;
            st.facts.name(r, r.name(), "en", Origin.DIRECT, src);
            return r;
        }
    }

    /**
     * Whether a mention names one thing: not a bare generic word ("Presidium"), not a kind of state ("Union Republic"),
     * not a coordination of several ("Uzbek and Turkmen Soviet Socialist Republics").
     */
    private boolean worthNaming(String n, String cls, Facts facts) {
        String[] words = Patterns.WHITESPACE.split(n);
        if (words.length == 1) {
            return !lexicon.genericNames().contains(n) && !lexicon.isPolityNoun(n) && !n.contains("-")
                    && (cls.equals("Polity") || cls.equals("PoliticalGroup") || cls.equals("Place"));
        }
        if (cls.equals("Polity")) {
            String expanded = normalizer.expand(n, facts.abbreviations());
            if (n.contains(" and ") || expanded.endsWith("Republics") && !expanded.contains(" of ")) {
                return false;
            }
            String[] expandedWords = Patterns.WHITESPACE.split(expanded);
            long common = java.util.Arrays.stream(expandedWords).filter(lexicon::isPolityNoun).count();
            return common < expandedWords.length;
        }
        return true;
    }

    /** "People's Congress" after "German People's Congress" is a short reference, not another body. */
    private boolean shortReference(State st, String n) {
        if (!n.contains(" ")) {
            return false;
        }
        List<Facts.Name> names = st.facts.names();
        for (; st.suffixesOf < names.size(); st.suffixesOf++) {
            List<String> e = normalizer.words(names.get(st.suffixesOf).text(), Map.of());
            for (int i = 1; i < e.size(); i++) {
                st.suffixes.add(String.join(" ", e.subList(i, e.size())));
            }
        }
        String name = TRAILING_APOSTROPHE.matcher(n).replaceAll("");
        return st.suffixes.contains(String.join(" ", normalizer.words(name, Map.of())));
    }

    /**
     * Names the text shows to be persons' by what follows them: a relative "who" ("Ivan Petrov, who ...", "Ivan
     * Petrov (who ...)"), an appointment ("Ivan Petrov (appointed by the King ...)"), a lifespan ("Ivan Petrov
     * (1870–1937)") or an apposition headed by a noun only a person is
     * (person-nouns.txt: "Ivan Petrov, formerly the leader of ..."). Two to five capitalised words of no other class.
     */
    private void persons(Facts facts, String text, Source src) {
        if (text.contains("who") || text.contains("(1") || text.contains("(b") || text.contains("ed by")) {
            persons(facts, PERSON_CUE.matcher(text), text, src);
        }
        if (text.contains(", ")) {
            persons(facts, personApposition.matcher(text), text, src);
        }
    }

    private void persons(Facts facts, Matcher m, String text, Source src) {
        while (m.find()) {
            String preceding = text.substring(Math.max(0, m.start() - 40), m.start());
            Matcher the = THE_BEFORE.matcher(preceding);
            if (the.find() && !personNouns.contains(Discourse.lastWord(preceding)) || m.group(1).startsWith("The ")) {
                continue; // "the Great Purge (1936–1938)", "The Young Xlanders, who ...": no person's name; but "the
                          // jurist Ivan Petrov (1870–1937)" is one
            }
            String name = lexicon.names().clean(m.group(1), "Person");
            if (Patterns.WHITESPACE.splitAsStream(name).anyMatch(w -> personNouns.contains(w.toLowerCase(
                    java.util.Locale.ROOT)))) {
                continue; // "a Governor General, appointed by the King,": an office, not a person's name
            }
            if (lexicon.names().mayBePerson(name)) {
                facts.name(new NameRef(name, facts.article().id(), "Person"), name, "en", Origin.DIRECT, src);
            }
        }
    }

    /**
     * "the original 1946 constitution", "the 1968 treaty": an instrument named by its year and a lower-case head noun
     * of generic-heads.txt that names an instrument is the instrument "1946 Constitution" (of the article's state,
     * as every generic name), unless it is the article's subject.
     */
    private void datedInstruments(State st, String text, Source src) {
        Matcher m = DATED.matcher(text);
        while (m.find()) {
            String name = m.group(1) + " " + Character.toUpperCase(m.group(2).charAt(0)) + m.group(2).substring(1);
            Optional<String> cls = normalizer.classify(name, st.facts.abbreviations());
            if (cls.isEmpty() || !OntologyClasses.get().isA(cls.get(), "LegalInstrument")
                    || !lexicon.descriptionHeads().contains(m.group(2)) || st.subjectOf("the " + name) != null) {
                continue;
            }
            st.facts.name(new NameRef(name, st.facts.article().id(), cls.get()), name, "en", Origin.DIRECT, src);
        }
    }

    private static final Pattern DATED = Pattern.compile("\\b(?:[Tt]he|[Ii]ts|[Aa]n?) (?:[a-z]+ ){0,2}(1[6-9]\\d\\d|20\\d\\d) ([a-z]+)\\b");

    private static final Pattern LATER = Pattern.compile(FrameMatcher.LATER + "\\b");
    /**
     * A preposition right before a name: "adopted by the Diet (instead of the Senate)" says who acted, "sent to the
     * Senate (instead of ...)" where to; neither that one body replaced another.
     */
    private static final Pattern GOVERNED = Pattern.compile("\\b(?:by|to|in|at|from|with|for|of|on|into|before) "
            + "(?:the |a |an )?$");
    /** A remark that says what the name before it took the place of: "(instead of the Senate, ...)". */
    private static final Pattern INSTEAD = Pattern.compile("^(?:instead of|in place of|replacing) ");

    /** A pronunciation guide in slashes that opens a remark: "/de/, ". */
    private static final Pattern PRONUNCIATION = Pattern.compile("^/[^/]{1,40}/[,;]?\\s*");
    /** A remark that is one phrase in quotes. */
    private static final Pattern QUOTED = Pattern.compile("^[\"“‘'](\\p{Lu}[^\"“”‘’]{1,60})[\"”’']$");

    /** "the " or "the subsequent ", "a new " before a capitalised phrase: a thing's name, not a person's. */
    private static final Pattern THE_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|an?) (?:(?!(?:of|by|to|for|with|from|in|on|under|and|or|that|which|who|whom|when|where|as|at|after|before|while|is|was|were|are|had|has) )[a-z-]+ ){0,2}$");

    private static final String PERSON_NAME = "(\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,4})";
    private static final Pattern PERSON_CUE = Pattern.compile(PERSON_NAME
            + "(?:,? (?:\\()?(?:who|(?:appointed|elected|nominated) by)\\b| \\((?:born |b\\. )?\\d{3,4}(?:\\s*[–-]\\s*\\d{3,4})?\\))");

    /**
     * Whether an organ's name opens with a year and the rest refers to the article's subject, an organ that existed
     * that year (or of no stated lifetime): a dated mention of the subject, not another organ ("the 1946 Constituent
     * Assembly" in an article on the assembly of 1919 is another one).
     */
    private boolean yearOfSubject(State st, String n, Optional<String> cls) {
        Matcher y = LEADING_YEAR.matcher(n);
        if (!y.lookingAt() || cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isEmpty()
                || !st.facts.subject().equals(st.subjectOf("the " + n.substring(y.end())))) {
            return false;
        }
        int year = Integer.parseInt(y.group(1));
        return st.facts.subjectYears(true).allMatch(at -> year >= at) && st.facts.subjectYears(false)
                .allMatch(at -> year <= at);
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("(1[5-9]\\d\\d|20\\d\\d) ");

    /** Names of organs, instruments, sessions and states wherever the text mentions them. */
    private void mentions(State st, List<NameFinder.Span> names, Source src) {
        Facts facts = st.facts;
        for (NameFinder.Span span : names) {
            String n = lexicon.names().clean(span.text(), null); // "Consideration of the Treaty of X": the treaty
            if (n.isEmpty()) {
                continue;
            }
            Optional<String> cls = normalizer.classify(n, facts.abbreviations());
            if (yearOfSubject(st, n, cls)) {
                continue; // "the 1917 Xland Assembly election" in the article on the Xland Assembly of 1917–1918
            }
            if (cls.isEmpty()) {
                // "Marshal Ivan Petrov", "Premier Olga Smirnova": a title makes the name a person's
                lexicon.names().personAfterTitle(n).ifPresent(p -> facts.name(
                        new NameRef(p, facts.article().id(), "Person"), p, "en", Origin.DIRECT, src));
                continue;
            }
            if (st.subjectOf("the " + n) != null) {
                if (normalizedEqualsSubject(st, n) && !facts.subjectNames().contains(n)) {
                    facts.name(facts.subject(), n, "en", Origin.DIRECT, src);
                }
                continue;
            }
            if (!worthNaming(n, cls.get(), facts) || shortReference(st, n)) {
                continue;
            }
            facts.name(new NameRef(n, facts.article().id(), cls.get()), n, "en", Origin.DIRECT, src);
        }
    }
}
