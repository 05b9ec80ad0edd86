package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.article.Article;
import org.constitutionkg.article.Article.Block;
import org.constitutionkg.article.Problem;
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
import org.constitutionkg.extract.frames.Frames;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Marks;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Sentences;
import org.constitutionkg.extract.text.Values;

/**
 * Reads the article body, block by block, sentence by sentence: each sentence through the rules of
 * {@code prose-rules.txt} ({@link SentenceRules}) and the frames of {@code frames.tsv} ({@link FrameReader}), its
 * remarks in parentheses ({@link Asides}: foreign names, abbreviations), the names it mentions ({@link Mentions}).
 * Where the reader is (the section's subject, the kind of list, the discourse so far) is a {@link ReadingState}.
 * Sessions come from section headings, list values (such as powers) from the sections {@code sections.tsv} names.
 */
public final class ProseExtractor {

    private static final Pattern ABBREVIATION_DEFINED = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'’\\-]*\\s+(?:(?:of|the|and|for)\\s+)*)+)\\((\\p{Lu}(?:\\p{Ll}?\\p{Lu}){1,7})\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    /** What {@link #ABBREVIATION_DEFINED} needs, found far faster: most paragraphs have no such parentheses. */
    private static final Pattern PARENTHESISED_ABBREVIATION = Pattern.compile("\\(\\p{Lu}(?:\\p{Ll}?\\p{Lu}){1,7}\\)",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LEAD_VERB = Pattern.compile(
            "^\\s*(?:,|(?:was|is|were|are|officially|formally|had|has|served|serves|functioned|functions|existed|"
            + "exists|remained|remains|stood)\\b|" + "(?<acting>took|met|sat|began|became|came|held|[a-z]+ed)\\b).*");
    private static final Pattern TRAILING_STOP = Pattern.compile("[.;]$");
    /** A sentence opening with the successor of what "its" stands for, in apposition: "Its successor, the ...". */
    private static final Pattern SUCCESSOR_OPENER = Pattern.compile("^(?:Its|The) (?:immediate |direct )?"
            + "(?:successor|replacement), (?:the )?");

    /** Longer "sentences" are not prose (a table flattened into a line, a binary blob): reading them costs too much. */
    static final int MAX_SENTENCE = 3000;
    /** Text read for facts per article: far more than any encyclopedia article, bounds the work on hostile input. */
    static final int MAX_BODY = 500_000;

    private final java.util.function.Consumer<Problem> problems;
    private final Lexicon lexicon;
    private final NameFinder finder;
    private final Normalizer normalizer;
    private final SubjectMatcher matcher;
    private final FrameReader frames;
    private final SentenceRules rules;
    private final Asides asides;
    private final Mentions mentions;
    private final OfficeStory story;

    public ProseExtractor(Lexicon lexicon, NameFinder finder, Normalizer normalizer, List<ProseRule> rules,
                   java.util.function.Consumer<Problem> problems) {
        this.problems = problems;
        this.lexicon = lexicon;
        this.finder = finder;
        this.normalizer = normalizer;
        this.matcher = new SubjectMatcher(normalizer);
        Map<String, String> hints = new java.util.HashMap<>();
        Lexicon.rows("property-hints.tsv", 2).forEach(r -> hints.put(r[0], r[1]));
        this.frames = new FrameReader(lexicon, normalizer, hints);
        this.rules = new SentenceRules(rules, lexicon, finder, normalizer, hints);
        this.asides = new Asides(lexicon, finder, normalizer, frames, this.rules);
        this.mentions = new Mentions(lexicon, normalizer);
        this.story = new OfficeStory(lexicon, normalizer, finder);
    }

    /** Abbreviations the article defines: "Central Executive Committee (CEC)" defines CEC. */
    public void abbreviations(Facts facts) {
        for (Block b : facts.article().blocks()) {
            if (b.text().length() > MAX_SENTENCE * 10 || !PARENTHESISED_ABBREVIATION.matcher(b.text()).find()) {
                continue;
            }
            Matcher m = ABBREVIATION_DEFINED.matcher(b.text());
            while (m.find()) {
                String abbr = m.group(2);
                Asides.spelledBy(m.group(1).strip(), abbr).ifPresent(spelt -> facts.abbreviations().putIfAbsent(abbr, spelt));
            }
        }
    }

    /**
     * The names of instruments the article's text gives anywhere, so that a bare head noun ("the Declaration") may
     * point forward to the one instrument of that head the article names later.
     */
    private void foreseen(ReadingState st) {
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
    public void extract(Facts facts) {
        ReadingState st = new ReadingState(facts, lexicon, normalizer, matcher);
        foreseen(st);
        boolean lead = true;
        long read = 0;
        String leadIn = null; // "On its last day the diet:" before a list whose items go on with it
        Ref leadInIt = null;
        Ref chaired = null; // what the persons of the list after "Its chairmen were:" chaired
        boolean chairedByFrame = false; // (said so by the frame of the lead-in's verb: its items are read no more)
        boolean sectionLead = false; // the first sentence of an overview's section on one instrument
        for (Block b : facts.article().blocks()) {
            read += b.text().length();
            if (read > MAX_BODY) {
                problems.accept(Problem.warning(facts.article().file(), b.line(), "the article's text goes on beyond "
                        + MAX_BODY + " characters; the rest is not read for facts"));
                return;
            }
            if (b.kind() != Article.Kind.LIST_ITEM) {
                leadIn = null;
                chaired = null;
                st.endLeadIn();
            }
            if (b.kind() != Article.Kind.PARAGRAPH) {
                st.previousSubject = null; // "It" after a heading, in an item or a table speaks of the article again
            }
            if (b.kind() != Article.Kind.TABLE_ROW) {
                st.tableHeader = null;
            }
            st.leaveItem(b);
            switch (b.kind()) {
                case HEADING -> {
                    st.heading(b);
                    sectionLead = st.sectionYear != 0;
                }
                case PARAGRAPH -> {
                    st.previousSubject = null; // "It" opening a paragraph speaks of the article's subject again
                    for (Sentences.Sentence s : Sentences.split(b.text())) {
                        if (sectionLead) {
                            sectionAlias(st, Sentences.clean(s.text()).text(),
                                    facts.source(b.lineAt(s.offset()), s.text()));
                            sectionLead = false;
                        }
                        st.listChaired = null;
                        sentence(st, s.text(), facts.source(b.lineAt(s.offset()), s.text()), lead);
                        lead = false;
                        leadIn = s.text().strip().endsWith(":") ? s.text().strip() : null;
                        // (what an "It" opening the lead-in meant: its items are read with it again)
                        leadInIt = leadIn == null ? null : st.previousSubject;
                        chaired = leadIn == null ? null : chairsLead(st, leadIn);
                        // (or by the frame of its verb: "The following bailiffs presided over the Diet:")
                        chairedByFrame = chaired == null && leadIn != null && st.listChaired != null;
                        chaired = chaired != null || leadIn == null ? chaired : st.listChaired;
                        st.leadIn(s.text());
                    }
                }
                case LIST_ITEM -> {
                    Source src = facts.source(b.line(), b.text());
                    // (also in a section of chairs whose lead-in names another body: "== Speakers ==" / "The Chamber
                    // of Burghers was presided over by a speaker:" / "- A (1849–1861)": that body's, not the section's)
                    boolean otherChairs = chaired != null && st.leadInKind == null && st.listKind != null
                            && "chair".equals(st.listKind.property())
                            && !chaired.equals(st.listOwner == null ? facts.subject() : st.listOwner);
                    boolean chairItem = chaired != null && st.leadInKind == null
                            && (st.listKind == null || otherChairs);
                    if (chairItem) {
                        chairItem(st, chaired, b.text(), src);
                    } else if (leadIn != null && MEMBERS_LEAD.matcher(leadIn).find()) {
                        memberItem(st, b.text(), src);
                    }
                    if (st.itemHeadingLevel >= 0 && b.level() <= st.itemHeadingLevel) {
                        st.endLeadIn(); // an item as shallow as the heading item: its nested items are over
                    }
                    Lexicon.SectionKind kind = st.leadInKind != null ? st.leadInKind : st.listKind;
                    Ref organ = kind != null && kind.value().equals("Person") ? itemHeading(st, b.text()) : null;
                    if (organ != null) {
                        // "- Council of Ministers:" / "  - Eero Saksala (1946–1953)": the items under it are its
                        st.leadInKind = kind;
                        st.leadInOwner = organ;
                        st.itemHeadingLevel = b.level();
                    } else if (st.leadInKind != null) {
                        // "Presidents of the Senate:" / "- Ivo Harlan (1861–1872)": as under a heading of that name
                        listValue(facts, st.leadInKind, st.leadInOwner, b.text(), src);
                    } else if (otherChairs || chairedByFrame && chairItem) {
                        // read above: nothing else to read in the item
                    } else if (st.listKind != null) {
                        listValue(facts, st.listKind, st.listOwner, b.text(), src);
                    } else if (leadIn != null && continues(b.text())) {
                        // "the diet:" / "- adopted the Statute;": the item ends the sentence its lead-in began (the
                        // source is the item's line and text)
                        String item = TRAILING_LIST_MARK.matcher(b.text().strip()).replaceFirst(".");
                        st.previousSubject = leadInIt;
                        sentence(st, continued(leadIn, item), src, false);
                        String opening = nameOpening(b.text());
                        if (opening != null && leadIn.endsWith(":")) {
                            // ("- the Senate of X (Xski senat) – 60 members;": the name alone completes it too)
                            st.previousSubject = leadInIt;
                            sentence(st, leadIn.substring(0, leadIn.length() - 1).strip() + ": " + opening + ".", src,
                                    false);
                        }
                    } else if (leadIn != null && oneName(b.text())) {
                        // "... the seven republics which formed the federation:" / "1. Xland Soviet Republic": the
                        // lead-in's sentence with the item as what its colon lists
                        String item = TRAILING_LIST_MARK.matcher(b.text().strip()).replaceFirst("");
                        st.previousSubject = leadInIt;
                        sentence(st, leadIn.substring(0, leadIn.length() - 1).strip() + ": " + item + ".", src, false);
                        datedItem(st, b, src);
                    } else if (st.inItem() && continues(b.text())) {
                        // "- Third Convocation (1929–1931)" / "  - dissolved itself on 30 April 1931": an item nested
                        // under a dated item's thing that begins with its verb says what that thing did
                        sentence(st, itDid(b.text()), src, false);
                    } else {
                        String opening = leadIn == null ? null : nameOpening(b.text());
                        if (opening != null) {
                            // "It consisted of:" / "- the House of Lords, whose members were appointed by the King;":
                            // the lead-in's sentence with the name that opens the item, then the item as below
                            st.previousSubject = leadInIt;
                            sentence(st, leadIn.substring(0, leadIn.length() - 1).strip() + ": " + opening + ".", src,
                                    false);
                        }
                        datedItem(st, b, src);
                        officeItem(st, b, src);
                        officeHolders(st, b, src);
                        organItem(st, b, src);
                        // an item of a list of no known kind is read as prose ("1. Consideration of the Treaty of X")
                        for (Sentences.Sentence s : Sentences.split(b.text())) {
                            sentence(st, s.text(), facts.source(b.line(), s.text()), false);
                        }
                    }
                }
                case TABLE_ROW -> {
                    if (st.listKind != null && !st.listKind.value().equals("text")) {
                        tableRow(facts, st.listKind, st.listOwner, b.text(), facts.source(b.line(), b.text()));
                    }
                    if (st.tableHeader == null) {
                        st.tableHeader = List.of(TABLE_CELL.split(b.text()));
                    } else {
                        personColumns(facts, st.tableHeader, b.text(), facts.source(b.line(), b.text()));
                        sittingRow(st, st.tableHeader, b.text(), facts.source(b.line(), b.text()));
                    }
                }
                default -> throw new IllegalStateException(b.kind().toString());
            }
        }
    }

    /**
     * An item that is a name, a date or a span of dates, and maybe a place ("7th Congress of X – 11–17 April 1929,
     * Ytown", "Second Session: May 1950"): the named thing's start and end, and where it was, whatever remark follows
     * after a comma or a semicolon ("; 822 delegates", ", dissolved by decree"); a remark that is a count of members
     * ("; 822 delegates") is the thing's. A qualifier in parentheses inside the name ("Fifth (Extraordinary) Congress
     * of X") is no part of it. The thing is what "it" means in the rest of the item and in the items nested under it.
     */
    private void datedItem(ReadingState st, Block b, Source src) {
        String text = Marks.strip(b.text()).strip();
        Matcher m = DATED_ITEM.matcher(text);
        if (!m.matches()) {
            // "Fifth Convocation (1963–1967) – the first with 320 deputies": the span in parentheses after the name
            m = PARENTHESISED_SPAN_ITEM.matcher(text);
            if (!m.matches() || DateParser.parseRange(m.group(2)).flatMap(DateParser.DateRange::end).isEmpty()) {
                return; // (a span: "- Congress of Soviets (1922)" in a list of see-alsos dates nothing)
            }
        }
        String written = Patterns.oneSpace(Values.withoutParentheses(m.group(1)).strip());
        Matcher sitting = LOWER_CASE_SITTING.matcher(written);
        if (sitting.matches() && lexicon.ordinal(sitting.group(1)).isPresent()
                && lexicon.isSittingNoun(sitting.group(2))) {
            // "- 3rd convocation (1955–1960)": a numbered sitting in lower case is the body's sitting of that number
            written = Patterns.capitalised(sitting.group(1)) + " " + Patterns.capitalised(sitting.group(2));
        }
        Optional<NameFinder.Span> span = finder.atStart(written);
        Optional<DateParser.DateRange> dates = DateParser.parseRange(m.group(2));
        if (span.isEmpty() || !span.get().text().equals(Patterns.withoutThe(written)) || dates.isEmpty()) {
            return;
        }
        String name = lexicon.names().clean(span.get().text(), null);
        Optional<String> cls = normalizer.classify(name, st.facts.abbreviations());
        if (cls.isEmpty() || !lexicon.names().isName(name)) {
            return;
        }
        Ref r = Optional.ofNullable(st.subjectOf("the " + name))
                .orElseGet(() -> new NameRef(name, st.facts.article().id(), cls.get()));
        st.facts.claim(r, "START", dates.get().start().toNode(), src, false);
        dates.get().end().ifPresent(e -> st.facts.claim(r, "END", e.toNode(), src, false));
        if (m.group(3) != null && !m.group(3).isEmpty()) {
            NameRef place = new NameRef(m.group(3).strip(), st.facts.article().id(), "Place");
            st.facts.name(place, m.group(3).strip(), "en", Origin.DIRECT, src);
            st.facts.claim(r, "location", place, src, false);
        }
        st.item(r, b.level());
        if (m.group(4) != null) {
            // "- 3rd Convocation (1955–1960) – chaired by X; adopted the Statute of Y": each remark in lower case
            // says what the item's thing did
            for (String remark : SEMICOLON.split(m.group(4))) {
                if (VERB_REMARK.matcher(remark).lookingAt()) {
                    sentence(st, itDid(remark), src, false);
                }
            }
            for (String remark : REMARKS.split(m.group(4))) {
                Matcher c = COUNTED_REMARK.matcher(remark.strip());
                if (c.matches() && FrameReader.COUNT_NOUNS.contains(c.group(2).toLowerCase(java.util.Locale.ROOT))) {
                    lexicon.number(c.group(1)).ifPresent(n -> st.facts.claim(r, "memberCount",
                            NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger), src, false));
                }
            }
        }
    }

    /**
     * An item "Person – office" ("- Ivan Petrov – Minister of Justice", "- Olga Berg – Chairwoman and Minister of
     * Finance"): the person, and the chair of what the text speaks of when the office is a chair's ("Chairman",
     * "Minister-Chairman"; not "Deputy Chairman").
     */
    /**
     * "- Presidium of X – 15 members; chairman A, secretary B": an organ's name, a dash, then what it had, each part
     * read as the sentence it stands for ("The Presidium of X had 15 members.", "The chairman of the Presidium of X
     * was A."): the frames say what each states (a secretary holds no office of ours).
     */
    private void organItem(ReadingState st, Block b, Source src) {
        Matcher m = ORGAN_ITEM.matcher(Marks.strip(b.text()).strip());
        if (!m.matches()) {
            return;
        }
        String organ = m.group(1).strip();
        Optional<String> cls = normalizer.classify(organ, st.facts.abbreviations());
        if (cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isEmpty()
                || finder.atStart(organ).filter(n -> n.text().equals(organ)).isEmpty()) {
            return;
        }
        for (String part : ITEM_PARTS.split(m.group(2))) {
            String p = TRAILING_STOP.matcher(part.strip()).replaceAll("");
            Matcher count = ITEM_COUNT.matcher(p);
            Matcher role = ITEM_ROLE.matcher(p);
            if (count.matches()) {
                sentence(st, "The " + organ + " had " + p + ".", src, false);
            } else if (role.matches()) {
                sentence(st, "The " + role.group(1) + " of the " + organ + " was " + role.group(2) + ".", src, false);
            }
        }
    }

    /** An organ's name, a dash, and what follows it. */
    private static final Pattern ORGAN_ITEM = Pattern.compile("(\\p{Lu}[^–—:;()]{3,90}?)\\s+[–—-]\\s+(.+)");
    /** The parts of what follows: "15 members; chairman A, secretary B". */
    private static final Pattern ITEM_PARTS = Pattern.compile("\\s*[;,]\\s*");
    /** "15 members", "fifteen deputies". */
    private static final Pattern ITEM_COUNT = Pattern.compile("[\\p{Ll}\\d][\\p{Ll}\\d,-]* \\p{Ll}+");
    /** "chairman Dragan Velo", "first secretary Mira Kasta": a lower-case role and a capitalised name. */
    private static final Pattern ITEM_ROLE = Pattern.compile("(\\p{Ll}[\\p{Ll} -]{2,40}?) (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){1,3})");

    private void officeItem(ReadingState st, Block b, Source src) {
        Matcher m = OFFICE_ITEM.matcher(Marks.strip(b.text()).strip());
        if (!m.matches()) {
            return;
        }
        String name = lexicon.names().clean(m.group(1).strip(), "Person");
        String office = AND_OR_COMMA.split(m.group(2).strip())[0].strip();
        // "- Ivan Petrov – chairman", "- Anna Lind – head of the land department": an office in lower case too
        office = office.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + office.substring(1);
        if (!lexicon.names().mayBePerson(name) || normalizer.classify(name, st.facts.abbreviations()).isPresent()
                || !lexicon.names().isOffice(office)) {
            return;
        }
        NameRef person = new NameRef(name, st.facts.article().id(), "Person");
        st.facts.name(person, name, "en", Origin.DIRECT, src);
        String[] words = office.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
        for (int i = 0; i < words.length; i++) {
            if (lexicon.chairTitles().contains(words[i])
                    && (i == 0 || !lexicon.frames().notRole().contains(words[i - 1]))
                    && !office.contains(" of ")) {
                st.facts.claim(st.current(), "chair", person, src, false);
                break;
            }
        }
    }

    /**
     * An item "office: persons" ("- Secretary: Ivo Brdar", "- Deputy chairmen: A, B and C", "- Members (selection): A,
     * B"): each a person (of what body the office is, the list does not say for sure: persons only).
     */
    private void officeHolders(ReadingState st, Block b, Source src) {
        Matcher m = HOLDERS_ITEM.matcher(Marks.strip(b.text()).strip());
        if (!m.matches()) {
            return;
        }
        String office = Values.withoutParentheses(m.group(1)).strip();
        String[] words = office.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
        String head = Patterns.singular(words[words.length - 1]);
        if (!(lexicon.names().isOffice(Patterns.capitalised(office)) || personColumnWords.contains(head))) {
            return;
        }
        persons(st.facts, m.group(2), src);
    }

    /**
     * The persons a value lists ("A, B and C", "Pavel Rudny, Stefan Holub"; remarks in parentheses aside), each named a
     * person: names of persons only, none of an organ's or a state's class.
     */
    private List<NameRef> persons(Facts facts, String listed, Source src) {
        List<NameRef> out = new ArrayList<>();
        for (String piece : AND_OR_COMMA.split(Values.withoutParentheses(listed))) {
            String name = lexicon.names().clean(Values.withoutParentheses(piece).strip(), "Person");
            if (lexicon.names().mayBePerson(name) && normalizer.classify(name, facts.abbreviations()).isEmpty()) {
                NameRef person = new NameRef(name, facts.article().id(), "Person");
                facts.name(person, name, "en", Origin.DIRECT, src);
                out.add(person);
            }
        }
        return out;
    }

    /** "Office: names": a short office in words (a remark in parentheses allowed), a colon, and names. */
    private static final Pattern HOLDERS_ITEM = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’ -]{2,40}?(?: \\([^()]{1,30}\\))?):\\s+(\\p{Lu}.*?)[.;]?");

    /** "Name – office": a name, a dash with spaces, and the rest. */
    private static final Pattern OFFICE_ITEM = Pattern.compile("(\\p{Lu}[^–—()]{2,60}?)\\s+[–—-]\\s+(\\p{L}.*?)[.;]?");
    private static final Pattern AND_OR_COMMA = Pattern.compile(" and |, |; ");

    /**
     * A name, a dash or colon, a date or span of dates, maybe ", Place" (one or two capitalised words), and maybe a
     * remark after a comma or a semicolon. A dash inside a compound ("All–Union") separates nothing.
     */
    private static final Pattern DATED_ITEM = Pattern.compile("(.+?)(?:\\s*:|\\s+[–—-]|[–—](?=\\s))\\s*"
            + "(\\d[^,;()]*?\\d{4}|\\p{Lu}\\p{Ll}+ [^,;()]*?\\d{4})"
            + "(?:,\\s*(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?)(?=[,;.]|$))?(?:[,;]\\s*(.*?))?[.;]?");
    /**
     * A name, a span or date in parentheses, and maybe a remark after a dash or a colon (no place: the same groups as
     * {@link #DATED_ITEM}'s).
     */
    private static final Pattern PARENTHESISED_SPAN_ITEM = Pattern.compile("([^()]+?)\\s*\\((" + DateParser.RANGE_REGEX
            + ")\\)()?(?:\\s*(?:[–—:-]\\s*|,\\s*)(.*?))?[.;]?");
    /** An ordinal and a noun in lower case: "3rd convocation", "second session". */
    private static final Pattern LOWER_CASE_SITTING = Pattern.compile("(\\S+) (\\p{Ll}+)");
    /** The remarks after an item's dates: parted by semicolons or by commas (not inside "1,046"). */
    private static final Pattern REMARKS = Pattern.compile("\\s*;\\s*|,\\s+");
    /** A remark that is a number and a noun: "822 delegates", "1,046 deputies". */
    private static final Pattern COUNTED_REMARK = Pattern.compile("(\\d{1,3}(?:,\\d{3})*|\\d+) (\\p{L}+)\\.?");

    /**
     * The sentence a remark in lower case makes of what the thing it is about did: "dissolved itself in 1931" → "It
     * dissolved itself in 1931."; a participle before "by", a preposition or a date says what was done to it:
     * "chaired by X" → "It was chaired by X.".
     */
    private static String itDid(String remark) {
        String t = TRAILING_LIST_MARK.matcher(remark.strip()).replaceFirst("");
        return (PASSIVE_REMARK.matcher(t).lookingAt() ? "It was " : "It ") + t + ".";
    }

    private static final Pattern PASSIVE_REMARK = Pattern.compile(
            "(?:\\p{Ll}{2,}ed|chosen|taken|given|written|held|known)(?: over)? (?:by\\b|(?:in|on|at|from|under) "
            + "(?![^;]*\\bthe \\p{Lu})|\\d)");
    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    /** A remark that opens with a verb in the past ("adopted ...", "met in ..."), not a description ("the so-called"). */
    private static final Pattern VERB_REMARK = Pattern.compile("(?:\\p{Ll}{2,}ed|chosen|taken|given|written|met|sat|held"
            + "|chose|became|began|took|gave|made|won|lost|sent|set|sought|brought|fought)\\b");

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

    /** Whether a list item is one name and nothing else ("Xland Soviet Republic", "the Senate of X;"). */
    private boolean oneName(String item) {
        String t = Patterns.withoutThe(TRAILING_LIST_MARK.matcher(Marks.strip(item).strip()).replaceFirst(""));
        Optional<NameFinder.Span> n = finder.atStart(t);
        return n.isPresent() && n.get().text().equals(t) && lexicon.names().isName(t);
    }

    /**
     * The name an item opens with when a describing phrase follows it after a comma, a semicolon, a dash or a
     * parenthesis ("the House of Lords, whose members ...", "Senate (Velmski senat) – 60 members"), or the item's
     * verb of being or having ("The Upper Chamber was elected ..."), else null.
     */
    private String nameOpening(String item) {
        String stripped = Marks.strip(item).strip();
        // (an item may open as a sentence does: "- The First Chamber was made up of ...")
        String t = Patterns.withoutArticle(stripped);
        Optional<NameFinder.Span> n = finder.atStart(t);
        if (n.isEmpty() || !t.startsWith(n.get().text()) || !lexicon.names().isName(n.get().text())) {
            return null;
        }
        if (!DESCRIBED_AFTER.matcher(t.substring(n.get().text().length())).lookingAt()) {
            return null;
        }
        return stripped.substring(0, stripped.length() - t.length() + n.get().text().length()); // (with "the")
    }

    /** What may follow the name an item opens with: a mark, or the item's verb of being or having. */
    private static final Pattern DESCRIBED_AFTER = Pattern.compile("\\s*(?:[,;(–—:]|\\s-\\s)"
            + "|\\s+(?:was|were|is|are|had|has)\\b");

    /** A list item's closing mark (";", ",", "; and", "." ) before it is made the end of a sentence. */
    private static final Pattern TRAILING_LIST_MARK = Pattern.compile("\\s*(?:[;,.]|;\\s*(?:and|or))?$");

    /**
     * A row of a table under a heading that sections.tsv names ("Chairmen": | Name | Term |): the first cell that is
     * the name of a thing of the section's class (a person's: a name of no other class) is the row's value.
     */
    private void tableRow(Facts facts, Lexicon.SectionKind kind, Ref owner, String row, Source src) {
        for (String written : TABLE_CELL.split(row)) {
            String cell = Marks.strip(written); // "| Jerzy Kallan^{1} |": the name without its footnote's mark
            Optional<NameFinder.Span> span = finder.atStart(Values.withoutParentheses(cell.strip()));
            if (span.isEmpty() || !span.get().text().equals(Values.withoutParentheses(cell.strip()).strip())) {
                continue; // a name that fills its cell, not the first words of a remark
            }
            String name = lexicon.names().clean(span.get().text(), kind.value());
            Optional<String> cls = normalizer.classify(name, facts.abbreviations());
            boolean fits = kind.value().equals("Person") ? lexicon.names().mayBePerson(name)
                    : cls.filter(c -> OntologyClasses.get().isA(c, kind.value())).isPresent();
            if (fits) {
                listValue(facts, kind, owner, cell, src);
                return;
            }
        }
    }

    private static final Pattern TABLE_CELL = Pattern.compile(" \\| ");

    /**
     * The persons a table lists under a column headed by a person's noun or office ("Name", "People's Commissar",
     * "Chairman", "Members"): each cell that is a person's name names a person (what office of what body the row
     * gives is the heading's or the row's to say: persons only).
     */
    private void personColumns(Facts facts, List<String> header, String row, Source src) {
        String[] cells = TABLE_CELL.split(row);
        for (int i = 0; i < cells.length && i < header.size(); i++) {
            String h = header.get(i).strip();
            String last = Patterns.singular(Discourse.lastWord(h).toLowerCase(java.util.Locale.ROOT));
            if (!(h.equalsIgnoreCase("name") || lexicon.names().isOffice(h) || personColumnWords.contains(last))) {
                continue;
            }
            persons(facts, Marks.strip(cells[i]).strip(), src); // ("| Pavel Rudny, Stefan Holub |": two persons)
        }
    }

    /**
     * A row of a table of a body's sittings (table-columns.tsv: "| Convocation | Opened | Closed | Chairman |"): the
     * sitting its first column names ("1st State Chamber", or "1st" under "Convocation": the 1st Convocation), with
     * the dates, chairs, place and size its other columns give.
     */
    private void sittingRow(ReadingState st, List<String> header, String row, Source src) {
        String[] cells = TABLE_CELL.split(row);
        // (a header that is a session's head names the sittings too: "| Diet | Term | Speaker |")
        if (cells.length < 2 || !"session".equals(columnRole(header.get(0)))
                && !lexicon.sessionHeads().contains(Patterns.capitalised(header.get(0).strip()))) {
            return;
        }
        String first = cellText(cells[0]);
        String headNoun = Patterns.capitalised(Patterns.singular(Discourse.lastWord(header.get(0).strip())));
        String written = ORDINAL_ONLY.matcher(first).matches() ? Patterns.capitalised(first) + " " + headNoun : first;
        Matcher numbered = ORDINAL_FIRST.matcher(first);
        boolean ofSubject = normalizer.classify(written, st.facts.abbreviations()).filter("Session"::equals).isEmpty()
                && numbered.lookingAt() && lexicon.ordinal(numbered.group(1)).isPresent()
                && matcher.refersTo("the " + first.substring(numbered.end()), st.facts.subjectNames(),
                        st.facts.abbreviations());
        // "| 1st State Chamber |" under "Convocation" in the article on the State Chamber: its 1st Convocation
        String name = ofSubject ? Patterns.capitalised(numbered.group(1)) + " " + headNoun : written;
        if (normalizer.classify(name, st.facts.abbreviations()).filter("Session"::equals).isEmpty()
                || !lexicon.names().isName(name)) {
            if (ORDINAL_ONLY.matcher(first).matches()) {
                // "| IV | 1901–1906 | Ivan Petrov |" under "| Term | Years | Marshal |": a term of no name of its
                // own, whose chair chaired the body
                for (int i = 1; i < cells.length && i < header.size(); i++) {
                    // (a president or a head of a term of no name may be the state's: "| Term | Years | President |"
                    // under "Presidential elections"; a speaker or a marshal presides, as one "of" a body does)
                    boolean presides = OF_BODY.matcher(header.get(i).strip()).find()
                            || !STATE_HEAD.matcher(header.get(i)).find();
                    Ref body = "chair".equals(columnRole(header.get(i))) && presides
                            ? chairedBody(st, header.get(i)) : null;
                    if (body != null) {
                        String cell = cellText(cells[i]);
                        persons(st.facts, cell, src).forEach(p -> st.facts.claim(body, "chair", p, src, false));
                    }
                }
            }
            return;
        }
        Ref r = Optional.ofNullable(st.subjectOf("the " + name))
                .orElseGet(() -> new NameRef(name, st.facts.article().id(), "Session"));
        st.facts.name(r, name, "en", Origin.DIRECT, src);
        Matcher term = ORDINAL_FIRST.matcher(name);
        if (r instanceof NameRef && !ofSubject && term.lookingAt() && lexicon.genericHeads().contains(name.substring(term.end())
                .strip().toLowerCase(java.util.Locale.ROOT)) && st.facts.subjectSitsInTerms()) {
            // "| 1st Legislature |" in the article on a parliament: its first term (a generic head names no body),
            // labelled in full after it (derived: its own words name no body to be read from it)
            st.facts.name(r, st.facts.sittingOfSubject(name), "en", Origin.DERIVED, src);
            st.facts.claim(r, "sessionOf", st.facts.subject(), src, false);
        }
        if (ofSubject) {
            st.facts.name(r, first, "en", Origin.DIRECT, src); // ("1st State Chamber" is how the text names it)
        }
        for (int i = 1; i < cells.length && i < header.size(); i++) {
            String role = columnRole(header.get(i));
            String cell = cellText(cells[i]);
            if (role == null || cell.isEmpty()) {
                continue;
            }
            switch (role) {
                case "START", "END" -> DateParser.parse(cell).ifPresent(d -> st.facts.claim(r, role, d.toNode(), src,
                        false));
                case "chair" -> {
                    // the chair of a sitting chaired its body in that term: the body the header names ("Speaker of
                    // the Lower House"), else the subject whose terms the table lists
                    Ref body = chairedBody(st, header.get(i));
                    persons(st.facts, cell, src).forEach(p -> {
                        st.facts.claim(r, "chair", p, src, false);
                        if (body != null) {
                            st.facts.claim(body, "chair", p, src, false);
                        }
                    });
                }
                case "memberCount" -> lexicon.number(cell).ifPresent(n -> st.facts.claim(r, "memberCount",
                        NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger), src, false));
                case "location" -> finder.atStart(cell).filter(n -> n.text().equals(cell)).ifPresent(n -> {
                    NameRef place = new NameRef(cell, st.facts.article().id(), "Place");
                    st.facts.name(place, cell, "en", Origin.DIRECT, src);
                    st.facts.claim(r, "location", place, src, false);
                });
                default -> { }
            }
        }
    }

    /** A table cell's text without its footnote marks and parenthesised remarks. */
    private static String cellText(String cell) {
        return Values.withoutParentheses(Marks.strip(cell).strip()).strip();
    }

    /**
     * The body a chair column's header names ("Speaker of the Volkstube": the Volkstube; the article's own body when
     * it refers to it), else the article's subject when it is a body that sits in terms; or null.
     */
    private Ref chairedBody(ReadingState st, String header) {
        Matcher of = OF_BODY.matcher(header.strip());
        if (of.find()) {
            String name = of.group(1).strip();
            Ref r = st.subjectOf("the " + name);
            return r != null ? r : new NameRef(name, st.facts.article().id(), null);
        }
        return st.facts.subjectSitsInTerms() ? st.facts.subject() : null;
    }

    /** Titles a head of state may have as well as a body's chair: "President", "Head". */
    private static final Pattern STATE_HEAD = Pattern.compile("(?i)\\b(?:" + String.join("|",
            org.constitutionkg.extract.Lexicon.get().stateHeadNouns()) + ")s?\\b");

    /** "Speaker of the Volkstube", "Marshal of the Sejm": the body after "of (the)". */
    private static final Pattern OF_BODY = Pattern.compile("\\bof (?:the )?(\\p{Lu}.*)$");

    /** An ordinal opening a cell, and a space: "1st State Chamber". */
    private static final Pattern ORDINAL_FIRST = Pattern.compile("(\\S+) ");

    /** An ordinal alone in a cell: "1st", "Fifth", "IV". */
    private static final Pattern ORDINAL_ONLY = Pattern.compile("(?i)\\d+(?:st|nd|rd|th)|[ivxlc]+|[a-z]+(?:th|st|nd|rd)");

    /** The role of a table column by its header's words (table-columns.tsv), or null. */
    private String columnRole(String header) {
        String h = " " + header.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d]+", " ").strip() + " ";
        for (String[] row : TABLE_COLUMNS) {
            if (h.contains(" " + row[0] + " ")) {
                return row[1];
            }
        }
        return null;
    }

    private static final List<String[]> TABLE_COLUMNS = tableColumns();

    /** The rows of table-columns.tsv, each role checked when loaded: "session", a date role, or a ckg: property. */
    private static List<String[]> tableColumns() {
        List<String[]> rows = Lexicon.rows("table-columns.tsv", 2);
        for (String[] r : rows) {
            if (!r[1].equals("session") && !Lexicon.get().isRole(r[1]) && !OntologyClasses.get().isProperty(r[1])) {
                throw new IllegalStateException("table-columns.tsv: " + r[0] + ": unknown role " + r[1]);
            }
        }
        return List.copyOf(rows);
    }

    /** Heads of a table's column of persons: person-nouns.txt, person-titles.txt, and "member", "holder". */
    private final java.util.Set<String> personColumnWords = personColumnWords();

    private static java.util.Set<String> personColumnWords() {
        java.util.Set<String> out = new java.util.HashSet<>(Lexicon.lowerWords("person-nouns.txt"));
        Lexicon.lowerWords("person-titles.txt").forEach(t -> out.add(t.replace(".", "")));
        out.addAll(List.of("member", "holder", "incumbent", "name", "person", "officeholder"));
        return java.util.Set.copyOf(out);
    }

    /**
     * What the persons listed after a lead-in chaired: "Its chairmen were:", "Its chairmen in those years were:", "The
     * chairmen were:" (what "it" is), "The chairmen of the presidium were:" (the body named or meant after the noun),
     * "The presidium was chaired by the Marshal of the Sejm:" (the presidium, when it is the subject), "Speakers of the
     * Diet included:" (no article needed); else null. A
     * qualifier that makes another office ("its deputy chairmen were:") names no chair.
     */
    private Ref chairsLead(ReadingState st, String leadIn) {
        Matcher m = CHAIRS_LEAD.matcher(leadIn);
        if (!m.matches()) {
            return null;
        }
        String noun = m.group("noun") != null ? m.group("noun") : m.group("noun2");
        if (noun != null) {
            String qualifier = m.group("noun") != null ? m.group("qualifier") : m.group("qualifier2");
            // ("its last two chairmen", "its first deputy chairmen": each word of the qualifier)
            if (qualifier != null && java.util.Arrays.stream(qualifier.toLowerCase(java.util.Locale.ROOT).split(" "))
                    .anyMatch(lexicon.frames().notRole()::contains)
                    || !lexicon.chairTitles().contains(Patterns.singular(noun.toLowerCase(java.util.Locale.ROOT)))) {
                return null;
            }
            if (m.group("of") == null) {
                return st.current();
            }
        }
        String phrase = m.group("of") != null ? m.group("of") : m.group("body");
        Ref body = st.subjectOf(phrase);
        if (body == null) {
            // "The Chamber of Burghers was presided over by a speaker ...:" in the article on its parliament
            String name = Patterns.withoutArticle(phrase.strip());
            Optional<String> cls = normalizer.classify(name, st.facts.abbreviations());
            if (cls.isPresent() && OntologyClasses.get().isA(cls.get(), "StateOrgan") && lexicon.names().isName(name)) {
                body = new NameRef(name, st.facts.article().id(), cls.get());
            } else if (cls.isPresent() && OntologyClasses.get().isA(cls.get(), "StateOrgan")) {
                // "The chairmen of the Presidium were:" after "the Presidium of Xland" was named: that one
                body = st.discourse.lastWithHead(phrase.strip())
                        .map(n -> Optional.ofNullable(st.subjectOf(n))
                                .orElseGet(() -> new NameRef(n, st.facts.article().id(), null)))
                        .orElse(null);
            }
        }
        return body;
    }

    /**
     * A time phrase between a lead-in's noun and its verb: "in those years", "during the occupation", "from 1950"; a
     * year or a noun of time in it ("Speakers in the opening debate were:" is no time phrase).
     */
    static final String LEAD_TIME = "(?: (?:in|during|from|under|after|before|between|since|until|through|over"
            + "|at)\\b(?=[^:,;]{0,50}?\\b(?:\\d{3,4}|years?|period|term|terms|reign|era|decades?|war|occupation"
            + "|times?|century|centuries)\\b)[^:,;]{1,50}?)?";
    /** The verb that ends a list's lead-in: "were", "included", "have been", "were in turn". */
    static final String LISTED_VERB = " (?:were|are|included|include|have been|had been)(?:,? (?:in turn|successively"
            + "|in order|in succession),?)?";
    private static final Pattern CHAIRS_LEAD = Pattern.compile("(?i)(?:(?:.*\\b)?(?:its|their) "
            + "(?:(?<qualifier>\\p{Ll}+(?: \\p{Ll}+)?) )?(?<noun>\\p{L}+)" + LEAD_TIME + LISTED_VERB
            + "|(?:(?:.*?\\b)?the )??(?:(?<qualifier2>\\p{Ll}+) )?(?<noun2>\\p{L}+)(?: of (?<of>(?:the )?[^:,;]{2,80}?))?"
            + LEAD_TIME + LISTED_VERB
            + "|(?<body>.+?) (?:was|were) (?:successively |in turn )?(?:chaired|headed|led|presided over)"
            + "(?: successively| in turn)? by(?:(?! and )[^:,;]){0,60}):");

    /**
     * A lead-in that lists members: "the council included:", "Its members were:", "The committee consisted of:" (a
     * noun of members or of a body, and a verb of listing at its end; not "Its powers included:").
     */
    private static final Pattern MEMBERS_LEAD = Pattern.compile("\\b(?:[Mm]embers|[Ss]ignatories|[Dd]elegates|"
            + "council|committee|presidium|government|cabinet|commission|board|bureau|junta)"
            + " (?:were|are|included|includes|comprised|comprises|consisted of|consists of)\\s*:$");

    /**
     * "- Ivan Petrov, Minister of Defence", "- Olga Berg (1990–1991)": a person a list of members names, by a name of
     * no class that may be a person's, the item's whole or followed by a comma or parentheses.
     */
    private void memberItem(ReadingState st, String item, Source src) {
        String text = Marks.strip(item).strip();
        finder.atStart(text).ifPresent(span -> {
            String rest = text.substring(span.end()).strip();
            String name = lexicon.names().clean(span.text(), "Person");
            if ((rest.isEmpty() || rest.startsWith(",") || rest.startsWith("(") || rest.equals(";")
                    || rest.equals(".")) && lexicon.names().mayBePerson(name)
                    && normalizer.classify(name, st.facts.abbreviations()).isEmpty()) {
                st.facts.name(new NameRef(name, st.facts.article().id(), "Person"), name, "en", Origin.DIRECT, src);
            }
        });
    }

    /**
     * A list of chairs inside a sentence, as a list after a lead-in would give them: "Its chairmen were Ivan Petrov
     * (1920–1925) and Olga Berg (1925–1930).", "Later presidents of the court included A (1990–1995), B, who had been
     * its deputy, and C." (the lead-in up to its verb of listing, {@link #chairsLead}; each item that opens with a
     * capital, parentheses aside; an item in lower case that opens with a relative word is an aside about the one
     * before, any other ends the list: "..., and the secretaries were C and D").
     */
    private void inlineChairs(ReadingState st, String text, Source src) {
        if (text.strip().endsWith(":")) {
            return; // a lead-in of a list: its items are read as items
        }
        if (!INLINE_LEAD_OPENER.matcher(text).lookingAt()) {
            return; // "Notable speakers included ...", "Chairmen from the regions included ...": no body's own chairs
        }
        Matcher v = INLINE_LISTED.matcher(text);
        while (v.find()) {
            String lead = text.substring(0, v.start());
            if (lead.contains(", and ") || lead.contains(", but ") || lead.contains(";")) {
                return; // "Its sessions were chaired by A, and among its speakers were B and C": the list's lead-in is
                        // another clause than the sentence's opening one (an aside in commas is none)
            }
            Ref body = chairsLead(st, text.substring(0, v.end()).strip() + ":");
            if (body == null) {
                continue;
            }
            int semi = text.indexOf(';', v.end());
            String list = text.substring(v.end(), semi < 0 ? text.length() : semi);
            StringBuilder item = new StringBuilder();
            int depth = 0;
            for (int i = 0; i <= list.length(); i++) {
                char c = i < list.length() ? list.charAt(i) : ',';
                depth = Math.max(0, depth + (c == '(' ? 1 : c == ')' ? -1 : 0)); // (an unmatched ")" closes nothing)
                boolean and = depth == 0 && list.startsWith(" and ", i);
                if (depth == 0 && c == ',' || and) {
                    String one = item.toString().strip();
                    one = one.startsWith("and ") ? one.substring(4) : one;
                    if (!one.isEmpty() && Character.isUpperCase(one.charAt(0))) {
                        chairItem(st, body, TRAILING_STOP.matcher(one).replaceAll(""), src);
                    } else if (!one.isEmpty() && !ASIDE.matcher(one).lookingAt()) {
                        return; // "..., and the secretaries were C and D": another clause, no more chairs
                    }
                    item.setLength(0);
                    i += and ? 4 : 0;
                    continue;
                }
                item.append(c);
            }
            return;
        }
    }

    /** What opens an aside about the item before it in a list: "who had been ...", "which ...", "then ...". */
    private static final Pattern ASIDE = Pattern.compile("(?:who|whom|whose|which|then|later|previously|formerly|"
            + "\\(|\\d)");

    /** What opens a sentence that lists a body's chairs: "The chairmen ...", "Its presidents ...", "Later heads ...". */
    private static final Pattern INLINE_LEAD_OPENER = Pattern.compile(
            "(?:The|Its|Their|Later|Subsequent|Successive|Other|Former|Previous|Past|All)\\s");

    /** A verb of listing and the capital a list's first name opens with: "... were Ivan Petrov (1920–1925), ...". */
    private static final Pattern INLINE_LISTED = Pattern.compile(LISTED_VERB + "\\s+(?=\\p{Lu})");

    /** "- Ivan Petrov (1938–1947), a metalworker": a person who chaired what the lead-in says. */
    private void chairItem(ReadingState st, Ref body, String item, Source src) {
        finder.atStart(Values.withoutLeadingYears(Values.withoutParentheses(Marks.strip(item)))).ifPresent(span -> {
            String name = lexicon.names().clean(span.text(), "Person");
            if (!lexicon.names().mayBePerson(name)) {
                return;
            }
            NameRef person = new NameRef(name, st.facts.article().id(), "Person");
            st.facts.name(person, name, "en", Origin.DIRECT, src);
            st.facts.claim(body, "chair", person, src, false);
        });
    }

    /** A list item under a heading that sections.tsv names: a literal, or the name of a thing. */
    private void listValue(Facts facts, Lexicon.SectionKind kind, Ref owner, String item, Source src) {
        Ref whose = owner != null ? owner : facts.subject();
        if (kind.value().equals("text")) {
            String text = TRAILING_STOP.matcher(item).replaceAll("");
            facts.claim(whose, kind.property(), NodeFactory.createLiteralString(text), src, false);
            return;
        }
        if (kind.value().equals("Person")) {
            // "for the Republic of X: Anna Berg, President, and Olaf Lind, Minister": whom they acted for, then each
            // person of the item (the role after a name is said of no body here: which state's is the label's)
            Matcher label = ACTED_FOR.matcher(item);
            String persons = label.lookingAt() && !lexicon.names().mayBePerson(Marks.strip(item.substring(0,
                    label.end()).replaceFirst(":\\s*$", "").strip())) ? item.substring(label.end()) : item;
            for (String one : SEVERAL_PERSONS.split(persons)) {
                // "A, B and C": a part after a comma is another signer only when it is a person's name ("Anna
                // Berg, Velk", "Olaf Lind, Chief Delegate" name one)
                String[] commas = one.split(",\\s+");
                personValue(facts, kind, whose, owner, commas[0], src);
                for (int i = 1; i < commas.length; i++) {
                    String c = Values.withoutParentheses(Marks.strip(commas[i])).strip();
                    boolean role = Patterns.WHITESPACE.splitAsStream(c)
                            .anyMatch(w -> personColumnWords.contains(Patterns.singular(w.toLowerCase(java.util.Locale.ROOT))));
                    if (lexicon.names().mayBePerson(c) && !lexicon.names().isOffice(c) && !role
                            && normalizer.classify(c, facts.abbreviations()).isEmpty()) {
                        personValue(facts, kind, whose, owner, commas[i], src);
                    }
                }
            }
            return;
        }
        personValue(facts, kind, whose, owner, item, src);
    }

    /**
     * A list item that is an organ's name and a colon ("- Council of Ministers:") in a list of persons: the organ whose
     * persons the items nested under it list (the subject when it names it); else null.
     */
    private Ref itemHeading(ReadingState st, String item) {
        String t = Marks.strip(item).strip();
        if (!t.endsWith(":")) {
            return null;
        }
        String name = Patterns.withoutThe(t.substring(0, t.length() - 1).strip());
        if (finder.atStart(name).filter(n -> n.text().equals(name)).isEmpty()
                || normalizer.classify(name, st.facts.abbreviations())
                        .filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isEmpty()) {
            return null;
        }
        Ref subject = st.subjectOf(name);
        return subject != null ? subject : new NameRef(name, st.facts.article().id(), null);
    }

    /** "for the Republic of X:", "On behalf of Y:", "Xland:": whom the persons of a list item acted for. */
    private static final Pattern ACTED_FOR = Pattern.compile("(?:(?:for|on behalf of)\\s+)?[^:;,()]{2,80}:\\s*");

    /** Between two persons of one item: ", and", "; ", " and " before a capital (after a comma: see listValue). */
    private static final Pattern SEVERAL_PERSONS = Pattern.compile(",\\s+and\\s+|;\\s+|\\s+and\\s+(?=\\p{Lu})");

    private void personValue(Facts facts, Lexicon.SectionKind kind, Ref whose, Ref owner, String item, Source src) {
        // ("- 1946–1961: Ivan Petrov": a span of years before the name)
        finder.atStart(Values.withoutLeadingYears(Values.withoutParentheses(item))).ifPresent(span -> {
            NameRef r = new NameRef(span.text(), facts.article().id(), kind.value());
            facts.name(r, span.text(), "en", Origin.DIRECT, src);
            if (owner != null && owner instanceof NameRef n) {
                facts.name(owner, n.name(), "en", Origin.DIRECT, src);
            }
            facts.claim(whose, kind.property(), r, src, false);
        });
    }


    private void sentence(ReadingState st, String text, Source src, boolean lead) {
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

    private void read(ReadingState st, String text, Source src, boolean lead) {
        mentions.persons(st.facts, text, src);
        inlineChairs(st, text, src);
        boolean described = DESCRIPTION_CUE.matcher(text).find();
        boolean grouped = GROUP_CUE.matcher(text).find();
        if (described || grouped) {
            // (most sentences hold neither cue: no name-finding pass of their own for nothing; one for both)
            List<NameFinder.Span> names = finder.all(text);
            if (described) {
                classedByDescription(st, text, names, src);
            }
            if (grouped) {
                groupsByCue(st, text, names, src);
            }
        }
        Sentences.Clean c = Sentences.clean(text);
        // "The House of Deputies was elected by the provinces. It had 413 seats.": "it" is the House, the subject of
        // the sentence before, when that is a thing of the article's own kind
        st.pronounOf = IT_OPENS.matcher(c.text()).lookingAt() ? st.previousSubject : null;
        try {
            readClean(st, text, c, src, lead);
        } finally {
            st.previousSubject = st.pronounOf != null ? st.pronounOf : leadingSubject(st, c.text());
            if (st.previousSubject == null && st.pronounOf == null) {
                st.previousSubject = introducedOrgan(st, c.text());
            }
            st.pronounOf = null;
        }
    }

    /**
     * A name of no class that the text says what it is right after it, by a noun of a class ("the Northern Customs
     * Union, a customs and trade confederation", "Velm was a principality"): that class (description-classes.tsv, or
     * the noun's own class), so that what is said of it is kept; a noun of no class of ours says nothing.
     */
    private void classedByDescription(ReadingState st, String text, List<NameFinder.Span> names, Source src) {
        for (NameFinder.Span n : names) {
            Matcher d = DESCRIBED_AS.matcher(text).region(n.end(), text.length());
            String before = text.substring(0, n.start());
            // (each expression ends at the name: only the words right before it are looked at)
            Matcher b = DESCRIBED_BEFORE.matcher(before).useTransparentBounds(true)
                    .region(Math.max(0, before.length() - 160), before.length());
            boolean after = d.lookingAt() && !GOVERNED.matcher(before).useTransparentBounds(true)
                    .region(Math.max(0, before.length() - 40), before.length()).find();
            // (before the name only an apposition: not inside a phrase a preposition or a subordinator opens the
            // sentence with, "As head of a provisional government, X ...", "After a short session, X ...")
            // (nor the predicate of another clause's verb of being: "the Council would be but a puppet body, X
            // resigned" says nothing of X)
            // (... unless the name closes an apposition: "The highest organ was a single chamber, the Velm Tavan, ...")
            boolean apposed = !after && b.find() && !INTRODUCED.matcher(before.substring(0, b.start())).matches()
                    && !(PREDICATE_BEFORE.matcher(before.substring(0, b.start())).find()
                            && !APPOSITION_CLOSED.matcher(text).region(n.end(), text.length()).lookingAt());
            if (!after && !apposed || normalizer.classify(n.text(), st.facts.abbreviations()).isPresent()
                    || !lexicon.names().isName(n.text())) {
                continue;
            }
            String noun = Patterns.singular(after ? d.group(1) : b.group(1));
            Optional<String> cls = lexicon.descriptionClass(noun)
                    .or(() -> normalizer.classify(Patterns.capitalised(noun), Map.of()));
            // (a name like a person's is an organ's when an organ's noun describes it: "the Jorgu Kenesh, a
            // parliament"; "Ivan Petrov, a Liberal" stays no party)
            cls.filter(c -> !c.equals("Person") && !c.equals("Place")
                    && !(c.equals("PoliticalGroup") && lexicon.names().mayBePerson(n.text())))
                    .ifPresent(c -> st.facts.name(new NameRef(n.text(), st.facts.article().id(), c), n.text(), "en",
                            Origin.DIRECT, src));
        }
    }

    /**
     * A name that the words around it say is a party or a bloc, whatever its head noun says: "the opposition Union of
     * Democratic Forces", "candidates of the Citizens' Committee" (group-cues.txt), "X won 99 of the 100 seats".
     */
    private void groupsByCue(ReadingState st, String text, List<NameFinder.Span> names, Source src) {
        for (NameFinder.Span n : names) {
            String before = text.substring(0, n.start());
            if (GROUP_BEFORE.matcher(before).useTransparentBounds(true)
                    .region(Math.max(0, before.length() - 60), before.length()).find()
                    || WON_SEATS.matcher(text).region(n.end(), text.length())
                    .lookingAt()) {
                st.facts.typed(new NameRef(n.text(), st.facts.article().id(), null), "PoliticalGroup", src);
            }
        }
    }

    /** The phrases of group-cues.txt, as one alternation. */
    private static final String GROUP_PHRASES = String.join("|", Lexicon.lowerWords("group-cues.txt").stream()
            .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q")).toList());

    /** A phrase of group-cues.txt right before a name ("the opposition ", "candidates of the "). */
    private static final Pattern GROUP_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:" + GROUP_PHRASES + ")\\s+$");

    /** After a name (and a parenthesis): "won 99 of the 100 seats", "which won about a quarter of the votes". */
    private static final Pattern WON_SEATS = Pattern.compile(
            "(?:\\s*\\([^()]{1,80}\\))?,?\\s+(?:which\\s+|\\p{Ll}+ly\\s+)?won\\b[^.;]{0,60}?"
            + "\\b(?:seats|mandates|votes)\\b");

    /** What {@link #groupsByCue} needs somewhere in a sentence. */
    private static final Pattern GROUP_CUE = Pattern.compile("(?i)(?:" + GROUP_PHRASES + "|\\bwon)\\b");

    /**
     * "a smaller parliament, the Jorgu Kenesh": an indefinite noun phrase and a comma right before a name say what it
     * is (its noun the last word).
     */
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile(
            "\\b(?:a|an) (?:(?!(?:to|the|of|for|in|on|at|by|with|a|an) )[\\p{Ll}-]+ ){0,3}?(\\p{Ll}{4,}), (?:the )?$");

    /** What closes an apposition after its name: a mark, the end, or a relative word. */
    private static final Pattern APPOSITION_CLOSED = Pattern.compile("\\s*(?:[,;.:)]|$|\\(|(?:which|who|whose)\\b)");

    /** A verb of being right before a description, and at most one word between: "would be but ", "was only ". */
    private static final Pattern PREDICATE_BEFORE = Pattern.compile(
            "\\b(?:be|been|being|is|are|was|were|become|became|remain|remained|seem|seemed)(?: \\p{Ll}+)?\\s+$");

    /** What {@link #DESCRIBED_AS} or {@link #DESCRIBED_BEFORE} needs in a sentence: ", a", " was an", "a body, ". */
    private static final Pattern DESCRIPTION_CUE = Pattern.compile(
            "(?:,| was| is| became) an? |\\ban? \\p{Ll}[\\p{Ll} -]{2,40}, ");

    /** Prepositions that govern a noun phrase: the alternation {@link #GOVERNED} and {@link #INTRODUCED} share. */
    private static final String PREPOSITIONS = "of|in|to|by|for|from|with|at|on|into|under|over|between|against";

    /**
     * What stands before an indefinite description that is no apposition of the name after it: a short phrase a
     * preposition or a subordinator opens the sentence with ("As head of a provisional government, X ...", "After a
     * short session, X ..."; not "Between sessions its business was handled by a committee, the X").
     */
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?i)\\s*(?:" + PREPOSITIONS + "|as|after|before|during|since|until|despite|following|when|while|"
            + "although|because|upon|through|within|without)(?:\\s+[^\\s,;]+){0,4}\\s*");

    /** A preposition right before a name: the apposition after it may say what the phrase it ends is. */
    private static final Pattern GOVERNED = Pattern.compile(
            "\\b(?:" + PREPOSITIONS + ")\\s+(?:the\\s+)?$");

    /** ", a customs and trade confederation", " was a principality": a noun phrase that says what a name is. */
    private static final Pattern DESCRIBED_AS = Pattern.compile(
            "(?:\\s*\\([^()]{1,80}\\))?(?:,| was| is| became) (?:a|an) (?:(?!(?:to|the|of|for|in|on|at|by|with|a|an) )"
            + "[\\p{Ll}-]+ (?:and [\\p{Ll}-]+ )?){0,3}?"
            + "(\\p{Ll}{4,})(?= of\\b| in\\b| that\\b| which\\b| with\\b|[,.;]|$)");

    /**
     * "It", "Its", or "it" after a time the sentence opens with, of capitalised words and numbers only ("On 12 April it
     * elected", "In 1921, its ...", "Later it"; not "In 1934 the Diet abolished it", where "it" is an object).
     */
    private static final Pattern IT_OPENS = Pattern.compile("(?:It|(?:On|In|By|From|After|Later|Then|Soon|Afterwards"
            + "|Thereafter)(?: [\\d\\p{Lu}][\\p{L}\\d]*){0,3},? it)s?\\b(?!['’]s\\b)");

    /**
     * What follows a main clause's subject: its verb, maybe after an insertion between commas ("The House of Lords,
     * whose members the king appointed, lost its veto").
     */
    private static final Pattern MAIN_VERB_AFTER = Pattern.compile(
            "(?:,[^.;,]*(?:,[^.;,]*)?,\\s*)?(?:was|is|were|had|has|lost|became|met|held|sat|\\p{Ll}{3,}ed)\\b");

    /** The named organ or instrument a sentence opens with as its subject, of the article's kind, not the article's. */
    private Ref leadingSubject(ReadingState st, String text) {
        String rest = text.startsWith("The ") ? text.substring(4) : text;
        Optional<NameFinder.Span> span = finder.atStart(rest);
        if (span.isEmpty() || st.facts.subjectClass() == null || !rest.startsWith(span.get().text())) {
            return null; // (not a name in a clause before the main one: "When the Diet was not in session, ...")
        }
        String name = span.get().text();
        String after = rest.substring(span.get().end()).strip();
        if (!MAIN_VERB_AFTER.matcher(after).lookingAt() || st.subjectOf(name) != null
                || st.subjectOf("the " + name) != null) {
            return null; // only a main clause's subject right before its verb
        }
        OntologyClasses o = OntologyClasses.get();
        Optional<String> cls = normalizer.classify(name, st.facts.abbreviations());
        return cls.isPresent() && !cls.get().equals("Session") && o.top(cls.get()).equals(o.top(st.facts.subjectClass()))
                ? new NameRef(name, st.facts.article().id(), null) : null;
    }

    /**
     * "The Act of 1919 replaced the council with a bicameral Xland Legislature. Its members ...": when a sentence opens
     * with a name of another kind than the article's (an act, a state), speaks of the article's subject ("the
     * council") and brings in one thing of the article's kind with an indefinite article, that thing is what an "It"
     * opening the next sentence speaks of; else null.
     */
    private Ref introducedOrgan(ReadingState st, String text) {
        String rest = text.startsWith("The ") ? text.substring(4) : text;
        Optional<NameFinder.Span> first = finder.atStart(rest);
        if (first.isEmpty() || st.facts.subjectClass() == null || st.subjectOf(first.get().text()) != null) {
            return null; // (a sentence about the article's subject, or one that opens with no name)
        }
        OntologyClasses o = OntologyClasses.get();
        String kind = o.top(st.facts.subjectClass());
        Optional<String> opening = normalizer.classify(first.get().text(), st.facts.abbreviations());
        if (opening.isEmpty() || o.top(opening.get()).equals(kind)) {
            return null;
        }
        // (a new thing in the subject's place: the sentence speaks of the subject too, "replaced the council with a
        // bicameral X"; "The Treaty of Y created a Joint Assembly. It was repealed in 1935." is the treaty's)
        Matcher definite = DEFINITE_NOUN.matcher(text);
        boolean subjectToo = false;
        while (!subjectToo && definite.find()) {
            subjectToo = st.subjectOf("the " + definite.group(1)) != null;
        }
        if (!subjectToo) {
            return null;
        }
        Ref found = null;
        for (NameFinder.Span n : finder.all(text)) {
            Optional<String> cls = normalizer.classify(n.text(), st.facts.abbreviations());
            if (cls.isEmpty() || cls.get().equals("Session") || !o.top(cls.get()).equals(kind)
                    || st.subjectOf(n.text()) != null) {
                continue;
            }
            if (!INDEFINITE_BEFORE.matcher(text).useTransparentBounds(true)
                    .region(Math.max(0, n.start() - 120), n.start()).find()) {
                continue;
            }
            if (found != null) {
                return null; // (two new things: which one "it" is, the text does not say)
            }
            found = new NameRef(n.text(), st.facts.article().id(), null);
        }
        return found;
    }

    /** An indefinite article and at most three lower-case words right before a name: "with a bicameral ". */
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile(
            "\\b(?:a|an) (?:(?!(?:of|the|to|by|in|on|at|for|from|with|and|or)\\b)[\\p{Ll}-]+ ){0,3}$");

    /** "the council", "the assembly": a definite description that may stand for the article's subject. */
    private static final Pattern DEFINITE_NOUN = Pattern.compile("\\bthe (\\p{Ll}+)\\b");

    /**
     * "Ivan Petrov chaired the council. He was followed in 1924 by Marta Lind, and she in turn by Olga Berg.": a person
     * who followed or succeeded the chair named before in the paragraph chaired what that chair did.
     */
    private void followingChairs(ReadingState st, String sentence, Source src, boolean afterSemicolon) {
        Facts facts = st.facts;
        int clause = 0; // (where the clause read opens: the sentence, or the clause after a semicolon)
        Matcher m = FOLLOWED_BY.matcher(sentence);
        if (afterSemicolon) {
            // (the first clause after a semicolon that reads as such a sentence of its own, when the sentence is none)
            boolean found = m.find();
            for (int semi = sentence.indexOf("; "); !found && semi > 0; semi = sentence.indexOf("; ", semi + 2)) {
                clause = semi + 2;
                m = FOLLOWED_BY.matcher(sentence.substring(clause));
                found = m.find();
            }
            if (clause == 0) {
                return;
            }
            m.reset();
        }
        String text = sentence.substring(clause);
        if (!m.find()) {
            return;
        }
        List<Facts.Claim> chairs = OfficeStory.paragraphChairs(facts, src);
        Facts.Claim last = chairs.isEmpty() ? null : chairs.get(chairs.size() - 1);
        if (last == null || AS_OFFICE.matcher(text.substring(m.end())).find()
                || AS_OFFICE.matcher(text.substring(m.end(1), m.end())).find() && !asChair(text.substring(m.end(1),
                        m.end()))) {
            return; // (not "succeeded by his son X as king", "succeeded as king by X": another office)
        }
        if (afterSemicolon && (m.group(1).equalsIgnoreCase("he") || m.group(1).equalsIgnoreCase("she"))
                && !(last.object() instanceof NameRef chair && sentence.substring(0, clause).contains(chair.name()))) {
            return; // ("X was a member; he was replaced by Y": "he" is the first clause's X, no chair named there)
        }
        String subject = m.group(1);
        if (!subject.equalsIgnoreCase("He") && !subject.equalsIgnoreCase("She") && !(last.object() instanceof NameRef chair
                && (chair.name().equals(subject) || chair.name().endsWith(" " + subject)))) {
            return; // "Maas was arrested and succeeded by Y": the chair named before, by full name or surname
        }
        // (of the body the paragraph tells the chairs of: the article's own when it named one of its chairs)
        Ref body = OfficeStory.storyBody(st, src);
        // (each name of a list: "He was followed by A, B and C", which the finder may take for one name)
        List<String> listed = new ArrayList<>();
        String after = text.substring(m.end());
        Matcher relative = RELATIVE_AFTER_COMMA.matcher(after);
        String rest = relative.find() ? after.substring(relative.start()) : "";
        after = rest.isEmpty() ? after : after.substring(0, relative.start()); // (not "..., whom A and B proposed")
        Matcher ownClause = CLAUSE_AFTER_LIST.matcher(after);
        if (ownClause.find()) {
            // "He was replaced by Y in 1987, after the congress had launched the X reforms": the list of successors
            // ends where a clause of its own begins
            after = after.substring(0, ownClause.start());
        }
        for (NameFinder.Span n : finder.all(after)) {
            listed.addAll(List.of(LIST_SEPARATOR.split(n.text())));
        }
        // "He was followed by A, who led it until 1950, and then by B": each "and (then) by" after the relative clause
        // names one more
        Matcher more = AND_THEN_BY.matcher(rest);
        while (more.find() && !BY_WORD.matcher(rest).region(0, more.start()).find()) {
            // (not after a relative clause with a "by" of its own: "X, who was opposed by the army, and by Y")
            finder.all(rest.substring(more.end())).stream().filter(n -> n.start() == 0).findFirst()
                    .ifPresent(n -> listed.add(n.text()));
        }
        for (String item : listed) {
            String name = lexicon.names().clean(item, "Person");
            if (lexicon.names().mayBePerson(name)) {
                NameRef person = new NameRef(name, facts.article().id(), "Person");
                facts.name(person, name, "en", Origin.DIRECT, src);
                facts.claim(body, "chair", person, src, false);
            }
        }
    }

    /** Where a clause of its own begins after a list of successors: a subordinator, or a comma before a lower-case
     * word that continues no list ("..., after ...", "..., who ..." is {@link #RELATIVE_AFTER_COMMA}). */
    private static final Pattern CLAUSE_AFTER_LIST = Pattern.compile("(?:,\\s+(?!and\\b|then\\b|or\\b)\\p{Ll}|\\s(?:after|when|"
            + "before|because|following|while|until|since|as)\\s)");
    private static final Pattern AS_OFFICE = Pattern.compile("\\bas\\b");
    /** "as minister-chairman by", "as chairman by": the office named after "as", its last word's last part. */
    private static final Pattern AS_WHAT = Pattern.compile("\\bas (?:[\\p{Ll}-]+ )*?(?:[\\p{Ll}]+-)?(\\p{Ll}+) by\\b");

    /** Whether the office "as" names before "by" is a chair's ("followed as minister-chairman by"; role-nouns.tsv). */
    private boolean asChair(String text) {
        Matcher m = AS_WHAT.matcher(text);
        return m.find() && lexicon.frames().byRoleNoun(m.group(1)).filter(f -> "chair".equals(f.property()))
                .isPresent();
    }
    private static final Pattern BY_WORD = Pattern.compile("\\bby\\b");
    /** ", and then by ", ", and later by ": one more successor after a relative clause. */
    private static final Pattern AND_THEN_BY = Pattern.compile(
            ",\\s+and\\s+(?:(?:then|later|in turn|finally|afterwards|subsequently)\\s+)?by\\s+(?:the\\s+)?");

    /** "the " right before a plural head ("The Supreme Soviets of A and B"). */
    private static final Pattern THE_BEFORE = Pattern.compile("\\b[Tt]he $");
    /** "of the " right before a plural head: a plural inside a name ("Committee of the Soviets of ..."). */
    private static final Pattern OF_THE_BEFORE = Pattern.compile("\\bof the $");

    /** A comma and a relative pronoun: where a list of successors ends ("by A, whom B had proposed"). */
    private static final Pattern RELATIVE_AFTER_COMMA = Pattern.compile(",\\s*(?:who|whom|whose|which|that)\\b");

    /**
     * "He was followed (in 1924) by", "She was succeeded by", "Maas was arrested in 1950 and succeeded by", "He was
     * replaced in 1950 by", "In 1947 he was replaced by": what follows names the chairs after the one the subject
     * (group 1) is.
     */
    private static final Pattern FOLLOWED_BY = Pattern.compile(
            "^(?:(?:In|On|By|After|From|Then|Later) [^,;.]{0,30}?,? (?=[Hh]e |[Ss]he ))?"
            + "(He|She|he|she|\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,2})\\b[^.;]*?\\b(?:was|and) "
            + "(?:followed|succeeded|replaced)\\b[^.;]*?\\bby\\b");

    private void readClean(ReadingState st, String text, Sentences.Clean c, Source src, boolean lead) {
        followingChairs(st, c.text(), src, false);
        String leadName = lead ? leadAlias(st.facts, st.ownName, c.text(), src) : null;
        rules.read(st, c.text(), src);
        List<NameFinder.Span> names = NameFinder.withWhole(c.text(), distributed(c.text(), st.spans.containsKey(
                c.text()) ? st.spans.remove(c.text()) : finder.all(c.text())), st.ownName); // once a sentence
        if (leadName != null && (st.ownName == null || leadName.length() > st.ownName.length())) {
            names = NameFinder.withWhole(c.text(), names, leadName); // (a long official name the finder parted)
        }
        st.bareHeadNamed(c.text(), names);
        appositiveLists(st, c.text(), names, src);
        mentions.datedInstruments(st, c.text(), src); // (before the frames, which may speak of one: "replaced the 1948 constitution")
        Ref chaired = frames.read(st.facts, c.text(), names, src, st::subjectOf, st::current, st.discourse);
        st.listChaired = chaired != null ? chaired : st.listChaired;
        story.read(st, c.text(), src);
        for (Sentences.Aside a : c.asides()) {
            asides.read(st, a, leadName, src);
        }
        mentions.read(st, c.text(), names, src);
        for (Sentences.Aside a : c.asides()) {
            if (Patterns.WHITESPACE.split(a.content()).length >= 6 && !asides.foreignNames(a.content())) {
                // a remark in parentheses ("(It was modelled on the 1920 Charter of Xland.)") names things too
                mentions.read(st, a.content(), finder.all(a.content()), src);
            }
        }
        // "X chaired it until 1977; he was followed by Y": the clause after a semicolon, once the chair its first clause
        // names is known
        followingChairs(st, c.text(), src, true);
    }

    /**
     * The article's title as a name the text may use whole, when it holds a lower-case word the name finder may end a
     * name at ("Military Administration in Xland": not "Military Administration" and "Xland"); else null.
     */
    static String ownName(Facts facts) {
        String title = TITLE_QUALIFIER.matcher(facts.article().title().text()).replaceFirst("").strip();
        return LOWER_WORD.matcher(title).find() ? title : null;
    }

    private static final Pattern TITLE_QUALIFIER = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern LOWER_WORD = Pattern.compile(" \\p{Ll}+ \\p{Lu}");

    /**
     * The first sentence of an overview's section on one instrument ("== 1921 ==" in "Constitutions of X") names it
     * when its subject is a name of the section's class, of no other year: "The Vidovan Constitution was the first ...".
     */
    private void sectionAlias(ReadingState st, String text, Source src) {
        Matcher successor = SUCCESSOR_OPENER.matcher(text);
        Ref earlier = successor.lookingAt() ? st.earlierSectionsInstrument() : null;
        if (earlier != null) {
            // "Its successor, the Constitution of X, was proclaimed ..." opening the section on the next instrument:
            // the name is the section's instrument, "its" the one of the section before
            Optional<NameFinder.Span> named = finder.atStart(text.substring(successor.end()));
            Optional<String> cls = normalizer.classify(named.map(NameFinder.Span::text).orElse(""), st.facts.abbreviations());
            Optional<String> own = normalizer.classify(st.sectionName, st.facts.abbreviations());
            if (named.isPresent() && cls.isPresent() && own.isPresent() && OntologyClasses.get().isA(own.get(), cls.get())) {
                // (of the section's class, or one above it: "the Union Charter" of the section on a constitution)
                st.facts.name(st.section, named.get().text(), "en", Origin.DIRECT, src);
                st.sectionTextNames.add(named.get().text());
                st.facts.claim(earlier, "succeededBy", st.section, src, false);
            }
            return;
        }
        Optional<NameFinder.Span> n = finder.atStart(text);
        if (n.isEmpty() || !LEAD_VERB.matcher(text.substring(n.get().end())).matches()) {
            return;
        }
        if (st.ofSectionYear(n.get().text())) {
            st.facts.name(st.section, n.get().text(), "en", Origin.DIRECT, src);
            st.sectionTextNames.add(Patterns.withoutArticle(n.get().text()));
        }
    }

    /**
     * A plural head before a list of names shares itself out: "the duchies of Varn, Lessau and Ostmere" names the Duchy
     * of Varn, the Duchy of Lessau and the Duchy of Ostmere (when "Duchy" is a class's head); each name keeps its place.
     */
    private List<NameFinder.Span> distributed(String text, List<NameFinder.Span> names) {
        if (names.isEmpty() || text.indexOf(" of ") < 0) {
            return names;
        }
        List<NameFinder.Span> out = new ArrayList<>(names);
        Matcher m = SHARED_HEAD.matcher(text);
        while (m.find()) {
            int space = m.group(1).indexOf(' ');
            // ("Both duchies of A and B": the head without the capitalised word that opens the sentence)
            String plural = space > 0 && Character.isLowerCase(m.group(1).charAt(space + 1))
                    ? m.group(1).substring(space + 1) : m.group(1);
            int head = m.end(1) - plural.length(); // (where the plural head starts)
            if (Character.isUpperCase(plural.charAt(0)) && m.group(2).contains("'")) {
                continue; // "the Soviets of Workers' and Peasants' Deputies": a name's own plural, of no places
            }
            String one = Patterns.singular(plural);
            String singular = Character.isUpperCase(one.charAt(0)) ? one : Patterns.capitalised(one);
            Optional<String> cls = normalizer.classify(singular, Map.of());
            if (cls.isEmpty() || Character.isUpperCase(plural.charAt(0)) && !cls.get().equals("Polity")
                    && !(THE_BEFORE.matcher(text).region(0, head).find()
                            && !OF_THE_BEFORE.matcher(text).region(0, head).find())) {
                // a capitalised plural of states ("the Kingdoms of A and B"), or of another class right after "the"
                // ("The Supreme Soviets of A and B ratified it"); not one inside a name ("Congress of Soviets of X",
                // "Committee of the Soviets of Workers' and Peasants' Deputies")
                continue;
            }
            String before = Discourse.lastWord(text.substring(0, head));
            if (before.equals("United") || plural.startsWith("United ")) {
                continue; // "the United Principalities of A and B": one union of them, no "Principality of A"
            }
            if (LAND_NOUNS.contains(plural)) {
                continue; // "divided the territories of A, B and C": the states' lands, no "Territory of A"
            }
            if (!cls.get().equals("Polity") && LOCAL_BODIES.contains(before)) {
                continue; // "the local councils of A and B": councils in A and B, no "Council of A"
            }
            if (personsListed(text, m.start(2), m.end(2))) {
                continue; // "the ministries of Ivo Brant, Karl von Weiss and Ana Berg": cabinets named after persons
            }
            out.removeIf(s -> s.start() >= head && s.end() <= m.end(2) || s.start() < head
                    && s.end() > head && Character.isUpperCase(plural.charAt(0)));
            Matcher item = LIST_ITEM.matcher(text).region(m.start(2), m.end(2));
            boolean first = true;
            while (item.find()) {
                if (lexicon.demonym(item.group()).isPresent()) {
                    continue; // "the councils of A and B, and Xian citizens": a nation's adjective names no place
                }
                // the first takes in the head ("republics of Xland"): no preposition governs it, as none does the rest
                out.add(new NameFinder.Span(singular + " of " + item.group(), first ? head : item.start(),
                        item.end()));
                first = false;
            }
            out.sort(java.util.Comparator.comparingInt(NameFinder.Span::start));
        }
        return out;
    }

    /**
     * Whether a list after a shared plural head names persons: an item of a person's name, or one a particle of a
     * person's name follows ("of Camphausen, Rudolf von Auerswald and ..."), up to the text's end of the list.
     */
    private boolean personsListed(String text, int from, int to) {
        Matcher item = LIST_ITEM.matcher(text).region(from, to);
        while (item.find()) {
            Matcher particle = PARTICLE_AFTER.matcher(text).region(item.end(), text.length());
            if (lexicon.names().mayBePerson(item.group()) || particle.lookingAt()
                    && org.constitutionkg.extract.naming.NameChecker.particle(particle.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word and a capitalised one after a name: "von Auerswald". */
    private static final Pattern PARTICLE_AFTER = Pattern.compile(" (\\p{Ll}{1,4}) \\p{Lu}");

    /**
     * Names listed in apposition to a plural noun of a class are of that class: "three republics – Marvia, Silesk and
     * Karsovia – united", "its two chambers: the Senate and the Diet", "the founding states, Velmia and Ostra,".
     */
    private void appositiveLists(ReadingState st, String text, List<NameFinder.Span> names, Source src) {
        for (int k = 0; k < names.size(); k++) {
            Matcher before = PLURAL_BEFORE_LIST.matcher(text).region(Math.max(0, names.get(k).start() - 60),
                    names.get(k).start());
            if (!before.find()) {
                continue;
            }
            String noun = Patterns.singular(before.group(1));
            Optional<String> cls = lexicon.descriptionClass(noun)
                    .or(() -> normalizer.classify(Patterns.capitalised(noun), Map.of()));
            int j = k;
            while (j + 1 < names.size() && LIST_SEPARATOR.matcher(text).region(names.get(j).end(),
                    names.get(j + 1).start()).matches()) {
                j++;
            }
            boolean governed = before.start() >= 3 && text.startsWith("of ", before.start() - 3);
            if (cls.isPresent() && j > k && !governed) {
                // (a name of a person's shape is of the class too when another item is plainly no person's: "three
                // colonies, the Province of Ora, Nova Tavia and New Brim")
                boolean notPersons = names.subList(k, j + 1).stream().map(x -> lexicon.names().clean(x.text(), null))
                        .anyMatch(n -> !lexicon.names().mayBePerson(n));
                for (NameFinder.Span item : names.subList(k, j + 1)) {
                    String n = lexicon.names().clean(item.text(), null);
                    if (lexicon.names().isName(n) && normalizer.classify(n, st.facts.abbreviations()).isEmpty()
                            && !(lexicon.names().mayBePerson(n) && !cls.get().equals("Person") && !notPersons)
                            && !(signersFor(n) && !cls.get().equals("Person"))) {
                        st.facts.name(new NameRef(n, st.facts.article().id(), cls.get()), n, "en", Origin.DIRECT, src);
                    }
                }
            }
            k = j;
        }
    }

    /**
     * "Minister Ivan Petrov and General Olga Berg for Xland": persons and whom they stood for, listed after "the two
     * states:", are no state (a title before a name, or " for " inside the item).
     */
    private boolean signersFor(String item) {
        return item.contains(" for ") || java.util.Arrays.stream(item.split(" and "))
                .anyMatch(p -> lexicon.names().personAfterTitle(p.strip()).isPresent());
    }

    /** A plural noun and a dash, a colon or a comma right before a list of names ("republics – "). */
    private static final Pattern PLURAL_BEFORE_LIST = NameFinder.APPOSED;
    /** What parts the names of a list: a comma, "and", ", and" (an article after them). */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?:the\\s+)?");

    /** Words before a plural of an organ's noun that make it many local bodies (local-body-modifiers.txt). */
    private static final Set<String> LOCAL_BODIES = Lexicon.lowerWords("local-body-modifiers.txt");
    /** Plural nouns of land that make no name with "of" (land-nouns.txt): "the territories of A and B". */
    private static final Set<String> LAND_NOUNS = Lexicon.lowerWords("land-nouns.txt");

    private static final Pattern LIST_ITEM = Pattern.compile("\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2}");

    /**
     * A plural head, "of", and a list of capitalised names of one to three words each: "the duchies of A, B and C"; a
     * capitalised plural only of states ("the Kingdoms of A and B", "the Free Cities of C and D"). The last name ends
     * the match ("the governments of Ana Berg and Ivo Karl Lind" is no list of two-word names).
     */
    private static final Pattern SHARED_HEAD = Pattern.compile("\\b((?:Free |Grand |Imperial |(?!The )\\p{Lu}[a-z]+ )?[A-Za-z][a-z]+s) of ((?:\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}"
            + "[\\p{L}'-]*){0,2}(?:, | and |, and ))+\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*){0,2})(?![\\p{L}'-]| \\p{Lu})");

    /** Capitalised words and the small words of a long title, after a word of it: " by Former Ministers, A and B". */
    private static final Pattern LONG_NAME_TAIL = Pattern.compile("(?:\\s+(?:of|the|and|for|by|on|in|to|with|both|at"
            + "|from|against|under|over|into)(?=\\s+\\p{Lu}|\\s+(?:the|both)\\s)|,?\\s+\\p{Lu}[\\p{L}'’.-]*)+");

    /** A preposition that opens a title's topic or purpose after its head: " for the", " on ", " by ". */
    private static final Pattern TITLE_TOPIC = Pattern.compile("\\s+(?:for|on|of|by|concerning|regarding|against)\\s");
    /** A plural verb after a name: what it names is more than one thing. */
    private static final Pattern PLURAL_VERB = Pattern.compile(",?\\s*(?:were|are|have)\\b");

    /** The first sentence's subject is a name of the article's subject. */
    private String leadAlias(Facts facts, String ownName, String text, Source src) {
        Optional<NameFinder.Span> whole = NameFinder.wholeAtStart(text, ownName);
        Optional<NameFinder.Span> found = finder.atStart(text);
        // ("The First Congress of X of Workers' Deputies (...) was ...": the title and what its "of" goes on with)
        boolean longer = whole.isPresent() && found.isPresent() && found.get().start() == whole.get().start()
                && found.get().end() > whole.get().end() && text.startsWith(" of ", whole.get().end());
        Optional<NameFinder.Span> n = longer ? found : whole.or(() -> found);
        if (whole.isPresent() && n.isPresent() && !LEAD_VERB.matcher(text.substring(n.get().end())).matches()) {
            // "The Special Commission of Inquiry for the Investigation of Acts by Former Ministers, Governors and
            // Other Officials (...) was ...": the title goes on, in capitalised words and the small words between
            // them, to the verb; the whole is the subject's official name, however the name finder parts it
            Matcher tail = LONG_NAME_TAIL.matcher(text).region(n.get().end(), text.length());
            // (a title's topic opens the rest, "for", "on", "by"; not "The Velm Council and the Diet were", "The Velm
            // Council under King Ivo II was")
            if (tail.lookingAt() && TITLE_TOPIC.matcher(text).region(n.get().end(), text.length()).lookingAt()
                    && LEAD_VERB.matcher(text.substring(tail.end())).matches()
                    && !PLURAL_VERB.matcher(text).region(tail.end(), text.length()).lookingAt()
                    && Patterns.WHITESPACE.split(text.substring(n.get().start(), tail.end())).length <= 40) {
                n = Optional.of(new NameFinder.Span(text.substring(n.get().start(), tail.end()), n.get().start(),
                        tail.end()));
            }
        }
        Matcher verb = n.isEmpty() ? null : LEAD_VERB.matcher(text.substring(n.get().end()));
        if (verb == null || !verb.matches()) {
            return null;
        }
        // the state an article's title is of is another thing: "Xland has had five constitutions" in the article on
        // the constitutions of Xland
        String title = facts.article().title().text();
        int of = title.indexOf(" of ");
        if (of > 0 && Patterns.withoutThe(title.substring(of + 4)).equals(Patterns.withoutThe(n.get().text()))) {
            return null;
        }
        if (of > 0 && title.substring(0, of).endsWith("s") && normalizer.classify(n.get().text(), facts.abbreviations())
                .isEmpty()) {
            return null; // "Xland has had four constitutions" in the article on the Constitutions of the Republic of
                         // Xland: a short name of the state, no name of the overview
        }
        // a name of another kind of thing is not the subject's: "The Union of X had three constitutions" in the
        // article on the constitutions of X speaks of the state
        Optional<String> cls = normalizer.classify(n.get().text(), facts.abbreviations());
        String own = facts.subjectClass();
        OntologyClasses o = OntologyClasses.get();
        // (a sitting's name may be a body's with its number: "The First Legislative Council" in the article on that
        // convocation; not the body's own, "The Grand Diet of X" in the article on its 3rd convocation)
        boolean sitting = "Session".equals(own) && cls.isPresent() && o.isA(cls.get(), "StateOrgan")
                && lexicon.opensWithOrdinal(n.get().text());
        if (cls.isPresent() && own != null && !o.top(cls.get()).equals(o.top(own)) && !sitting) {
            return null;
        }
        if (verb.group("acting") != null && (cls.isEmpty() || own == null || !o.isA(cls.get(), own))) {
            // "Velm convened its diet", "The Supreme Soviet elected the Presidium" in the article on the Presidium:
            // after a verb of acting, only a name of the subject's own class names it
            return null;
        }
        if (cls.isEmpty() && own != null && !own.equals("Person") && lexicon.names().mayBePerson(n.get().text())) {
            return null; // "Ivan Petrov was its first chairman": a person, no name of the body
        }
        facts.name(facts.subject(), n.get().text(), "en", Origin.DIRECT, src);
        return n.get().text();
    }
}
