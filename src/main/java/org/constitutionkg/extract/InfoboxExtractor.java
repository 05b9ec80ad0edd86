package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.article.Article;
import org.constitutionkg.article.Problem;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.PartialDate;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Values;

/** Reads infobox fields through the mappings of {@code infobox.tsv}; unknown keys state nothing. */
public final class InfoboxExtractor {

    /** What a parenthesis after a place says of when it was used: a date, a month, a session ("first session"). */
    private static final String PERIOD = "[^()]*(?:\\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|session|"
            + "sitting|from|until|since))[^()]*";
    /** Places each with its period: "Ytown (1918–1919), Ztown (first session)". */
    private static final java.util.regex.Pattern PLACES_BY_PERIOD = java.util.regex.Pattern.compile(
            "[^,;()]+\\(" + PERIOD + "\\)(?:\\s*[,;]\\s*[^,;()]+\\(" + PERIOD + "\\))+");

    /**
     * Places each with a remark of its own in lower case: "Ytown (nominal), Ztown (where it was printed)" are two
     * places, neither in the other (not "Amber Palace (White Hall), Ytown (Norlia)": names in brackets).
     */
    private static final java.util.regex.Pattern PLACES_WITH_REMARKS = java.util.regex.Pattern.compile(
            "[^,;()]+\\((?=\\p{Ll})[^()]+\\)(?:\\s*[,;]\\s*[^,;()]+\\((?=\\p{Ll})[^()]+\\))+");

    /** Places with their periods and a last one without: "Ytown (until 1934), Ztown". */
    private static final java.util.regex.Pattern PERIODS_THEN_A_PLACE = java.util.regex.Pattern.compile(
            "(?:[^,;()]+\\(" + PERIOD + "\\)\\s*,\\s*)+([^,;()]+)");

    /**
     * Whether a value is places each with its period but the last, which is where the body sat since ("Ytown (until
     * 1934), Ztown"), and no state ("Ytown (from 1920), Xland" is a town in a state).
     */
    private boolean lastPlaceAfterPeriods(String value, Facts facts) {
        Matcher m = PERIODS_THEN_A_PLACE.matcher(value.strip());
        return m.matches() && normalizer.classify(m.group(1).strip(), facts.abbreviations()).filter("Polity"::equals)
                .isEmpty() && !lexicon.classOf(m.group(1).strip()).filter("Polity"::equals).isPresent();
    }

    /** A semicolon outside parentheses: "Mixed (half appointed; half elected); first-past-the-post". */
    private static final Pattern SEMICOLON_OUTSIDE = Pattern.compile(";(?![^()]*\\))");

    /** A value that is one phrase of who chooses: "half elected by the guilds, the towns and the clergy" is no list. */
    private static final Pattern BY_WHOM = Pattern.compile(
            "(?i)\\b(?:elected|appointed|chosen|nominated|named|selected|delegated) (?:by|from)\\b");

    /** The part of {@code whole} the article has named so ("Houses: A, B"), or null. */
    private static Ref listedPart(Facts facts, Ref whole, String name) {
        for (Facts.Claim c : facts.claims()) {
            if (c.subject().equals(whole) && c.property().equals("hasPart") && c.object() instanceof NameRef n
                    && n.name().equals(name)) {
                return n;
            }
        }
        return null;
    }

    /**
     * A count and, in parentheses, the name of what it counts, perhaps with a remark after a comma: "352 (House of
     * Representatives)", "516 (House of Deputies, 1911)".
     */
    private static final java.util.regex.Pattern NAMED_PART = java.util.regex.Pattern.compile(
            "^[\\d,.]+\\s*\\((\\p{Lu}[^()\\d,;]*)(?:[,;][^()]*)?\\)$");

    private static final Pattern DATE_IN_TEXT = Pattern.compile(DateParser.DATE_REGEX);
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,\\s]+$");
    private static final Pattern AND_BEFORE_CAPITAL = Pattern.compile("\\s+and\\s+(?=\\p{Lu})");
    /** "and the" before a capital letter: "A and the B" (two names, when A has no "of" phrase the B may continue). */
    private static final Pattern AND_THE_BEFORE_CAPITAL = Pattern.compile("\\s+and\\s+the\\s+(?=\\p{Lu})");
    /**
     * Whether every name of the items after a union's first ("Yland and Zland") is a state's, or one of them a state's
     * name of several words: a list of states, no union's "of" phrase.
     */
    private boolean everyOneAState(List<String> rest, Facts facts) {
        boolean all = true;
        for (String item : rest) {
            for (String one : AND_BEFORE_CAPITAL.split(item)) {
                String n = Patterns.withoutThe(one.replaceFirst("^and (?:the )?", "").strip());
                boolean state = lexicon.stateNames().contains(n)
                        || normalizer.classify(n, facts.abbreviations()).filter("Polity"::equals).isPresent();
                if (state && n.contains(" ")) {
                    return true;
                }
                all &= state;
            }
        }
        return all;
    }

    /** A head of a state made of several (union-heads.txt) before "of" and a name: "United Kingdom of Xland". */
    private static final Pattern UNION_OF = Pattern.compile("^(?:the )?(?:\\p{Lu}\\p{Ll}+ )*(?:"
            + String.join("|", Lexicon.lines("union-heads.txt").stream().map(String::strip).map(Pattern::quote).toList())
            + ") of (?:the )?\\p{Lu}[\\p{L}'’-]*$");
    /** The rest of a list of capitalised names that ends with "and" and a name: "Yland and the Zian Isles". */
    private static final Pattern LISTED_NAMES_END = Pattern.compile(
            "(?:(?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?, )*(?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?"
            + " and (?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?");
    /** One capitalised word, maybe with its own "of" phrase: the rest of an "of" phrase after "and" ("Planning"). */
    private static final Pattern ONE_WORD_TAIL = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?: of .+)?");

    private final Lexicon lexicon;
    private final NameFinder finder;
    private final Map<String, List<InfoboxMapping>> mappings;
    private final Consumer<Problem> problems;
    private final SubjectMatcher matcher;
    private final Normalizer normalizer;

    public InfoboxExtractor(Lexicon lexicon, NameFinder finder, Normalizer normalizer,
                     Map<String, List<InfoboxMapping>> mappings, Consumer<Problem> problems) {
        this.lexicon = lexicon;
        this.finder = finder;
        this.mappings = mappings;
        this.problems = problems;
        this.matcher = new SubjectMatcher(normalizer);
        this.normalizer = normalizer;
    }

    /**
     * The subject class that the infobox keys imply, or empty: the first key's, or a narrower one a later key implies
     * ("Parties:" of a treaty after "Date Signed:" of any instrument); a row with a value pattern only for a value it
     * matches.
     */
    public Optional<String> subjectClassHint(Article article) {
        String hint = null;
        for (Article.Field f : article.infobox()) {
            for (InfoboxMapping m : InfoboxMapping.rowsFor(mappings, f.key())) {
                if (m.subjectClass() != null && !m.subjectClass().equals("*") && !Values.isJunk(f.value())
                        && m.valuePattern().map(p -> p.matcher(f.value()).find()).orElse(true)
                        && (hint == null || !hint.equals(m.subjectClass())
                                && OntologyClasses.get().isA(m.subjectClass(), hint))) {
                    hint = m.subjectClass();
                }
            }
        }
        return Optional.ofNullable(hint);
    }

    /** Whether a value is one of the subject's names, less a parenthesis ("Landsrat" of "Landsrat (Velm Empire)"). */
    private static boolean namesTheSubject(Facts facts, String value) {
        return facts.subjectNames().stream().anyMatch(n -> value.strip().equalsIgnoreCase(
                Values.withoutParentheses(n).strip()));
    }

    /** Whether a field of the infobox (with a value that is no junk) is mapped to {@code property}. */
    public boolean states(Article article, String property) {
        return article.infobox().stream().anyMatch(f -> !Values.isJunk(f.value()) && InfoboxMapping.rowsFor(mappings,
                f.key()).stream().anyMatch(m -> List.of(m.property().split("\\|")).contains(property)));
    }

    /** The class a field of kind "class" names ("Type: Union treaty" → Treaty), or empty. */
    public Optional<String> typeClass(Article article) {
        for (Article.Field f : article.infobox()) {
            for (InfoboxMapping m : InfoboxMapping.rowsFor(mappings, f.key())) {
                if (m.kind().equals("class")) {
                    Optional<String> c = classNamed(f.value());
                    if (c.isPresent()) {
                        return c;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** An "of" phrase of one capitalised word that ends a name: "Committee of Party". */
    private static final Pattern OF_ONE_WORD_END = Pattern.compile(" of (\\p{Lu}[\\p{L}'’-]*)$");

    /** A slash with no space around it: "Parliament of Xland/Government of Xland". */
    private static final Pattern SLASH = Pattern.compile("(?<=\\p{L})/(?=\\p{Lu})");

    /** A slash between spaces, between a native name's forms in two scripts: "Velmski sabor / Велмски сабор". */
    private static final Pattern SCRIPTS_APART = Pattern.compile("\\s+/\\s+");

    /** A native name with another in parentheses after it, a name itself (no year, no number): "A (B)". */
    private static final Pattern NATIVE_AND_ANOTHER = Pattern.compile("([^()]*[^()\\s])\\s*\\((\\p{L}[^()]*)\\)");

    /** Names of the subject stated by name fields (read before anything else so references resolve). */
    public void names(Facts facts) {
        for (Article.Field f : facts.article().infobox()) {
            for (InfoboxMapping m : InfoboxMapping.rowsFor(mappings, f.key())) {
                if (m.kind().equals("name") || m.kind().equals("names") || m.kind().equals("native")) {
                    Source src = facts.source(f.line(), "- " + f.key() + ": " + f.value());
                    // ("National Council of Xians, Yians and Zians": one name whose "of" phrase lists peoples)
                    List<String> items = m.kind().equals("names") ? ofPhrasesJoined(Values.split(f.value()), facts)
                            : Values.names(f.value());
                    if (m.kind().equals("native")) {
                        // "Velmski sabor / Велмски сабор": one name in two scripts, two names
                        // "Velmski sabor (Croatian); Велмски сабор (Serbian)": names apart by a semicolon too
                        items = items.stream().flatMap(i -> java.util.Arrays.stream(SCRIPTS_APART.split(i)))
                                .flatMap(i -> java.util.Arrays.stream(i.split(";\\s*"))).filter(i -> !i.isBlank())
                                .toList();
                    }
                    for (String item : items) {
                        if (!Values.isJunk(item) && !Values.isJunk(item.replace(",", ""))) {
                            String name = TRAILING_COMMAS.matcher(Values.withoutQualifier(item)).replaceAll("");
                            // a native name is in another language: its letters' language, or undetermined ("und")
                            String lang = m.kind().equals("native") ? lexicon.languageOf(name)
                                    : lexicon.languageOrEnglish(name);
                            Matcher two = m.kind().equals("native") ? NATIVE_AND_ANOTHER.matcher(name) : null;
                            String said = two != null && two.matches()
                                    ? lexicon.languageNames().get(two.group(2).strip()) : null;
                            if (said != null) {
                                // "Velmski sabor (Croatian)": the language the parentheses name is the name's (a
                                // label of no language, "IPA", says it is no name)
                                if (said.equals("-")) {
                                    continue;
                                }
                                name = two.group(1).strip();
                                lang = said.startsWith("+") ? lexicon.languageOf(name) : said;
                            } else if (two != null && two.matches() && !Values.isJunk(two.group(2))
                                    && !lexicon.languageNames().containsKey(two.group(2).strip())) {
                                // "維爾姆議會 (Velmu Gikai)": two names, the second in Latin letters the first's
                                // romanisation (in its language, or of one undetermined)
                                name = two.group(1).strip();
                                lang = lexicon.languageOf(name);
                                String other = two.group(2).strip();
                                // (in Latin letters after another script: its romanisation, or an English gloss a
                                // name of a class gives away, "(Velm Council)"; in the same script a qualifier,
                                // "Landtag (Ostria)", no name)
                                String otherLang = Patterns.latin(other) && !Patterns.latin(name)
                                        ? normalizer.classify(other, facts.abbreviations()).isPresent() ? "en"
                                        : (lang.contains("-") ? lang.substring(0, lang.indexOf('-')) : lang) + "-Latn"
                                        : null;
                                if (otherLang != null) {
                                    facts.name(facts.subject(), other, otherLang, Origin.DIRECT, src);
                                }
                            }
                            facts.name(facts.subject(), name, lang, Origin.DIRECT, src);
                        }
                    }
                }
            }
        }
    }

    /** Every other field. */
    public void facts(Facts facts) {
        Article a = facts.article();
        java.util.Map<String, Article.Field> types = leaderTypes(a);
        java.util.Map<Ref, Source> housesOfTheBody = new java.util.LinkedHashMap<>();
        Ref chamberOf = null; // a chamber's body, its "Legislature:"
        // the dates the infobox states by a key of one property: "Promulgated" (adopted|published) is the adoption
        // only where no other key gives it ("Passed: 18 October 1989")
        Set<String> dated = new java.util.HashSet<>();
        for (Article.Field f : a.infobox()) {
            for (InfoboxMapping m : InfoboxMapping.rowsFor(mappings, f.key())) {
                if (m.kind().equals("date") && !m.property().contains("|") && date(f.value()).isPresent()) {
                    dated.add(m.property());
                }
            }
        }
        for (Article.Field f : a.infobox()) {
            for (InfoboxMapping m0 : InfoboxMapping.rowsFor(mappings, f.key())) {
                String[] either = m0.kind().equals("date") ? m0.property().split("\\|") : new String[] {""};
                InfoboxMapping m = either.length == 2 ? new InfoboxMapping(m0.key(), dated.contains(either[0])
                        ? either[1] : either[0], m0.kind(), m0.objectClass(), m0.subjectClass(), m0.valuePattern()) : m0;
                if (Values.isJunk(f.value()) || m.kind().equals("name") || m.kind().equals("names")
                        || m.kind().equals("native") || m.kind().equals("skip")) {
                    continue;
                }
                String fieldValue = f.value();
                if ("Chamber".equals(m.objectClass())) {
                    // "Chambers: Unicameral (Grand Assembly)": a house type, no chamber
                    fieldValue = houseTypes(fieldValue, facts, facts.source(f.line(), "- " + f.key() + ": "
                            + f.value()));
                    if (Values.isJunk(fieldValue)) {
                        continue;
                    }
                }
                if (m.subjectClass() != null && !m.subjectClass().equals("*") && facts.subjectClass() != null
                        && !related(facts.subjectClass(), m.subjectClass())
                        && InfoboxMapping.rowsFor(mappings, f.key()).stream().anyMatch(o -> o != m0
                                && o.subjectClass() != null && !o.subjectClass().equals("*")
                                && related(facts.subjectClass(), o.subjectClass()))) {
                    continue; // "Chambers:" of a legislature: its houses; of a constitution: the houses it sets up
                }
                // "Body:" is the body a session belongs to (sessionOf) or a chamber is part of (partOf): each row
                // of a key is for the subjects its property's domain admits
                if (facts.subjectClass() != null && !m.property().equals("a") && !m.property().equals("-")
                        && !OntologyClasses.get().inDomain(m.property().split("\\|")[0], facts.subjectClass())) {
                    if (m.property().equals("sessionOf") && "Chamber".equals(facts.subjectClass())
                            && m.kind().startsWith("entit") && valueFits(m, fieldValue)
                            && lexicon.ordinal(Patterns.WHITESPACE.split(fieldValue.strip())[0]).isEmpty()
                            && !namesTheSubject(facts, fieldValue)) {
                        // (not "Legislature: Bundesrat" in the article "Bundesrat (Xland)": the chamber's own name)
                        // (not "Legislature: 15th Diet of X", the term the chamber sits in now)
                        // a chamber's "Legislature:" (the key of the body a session sits in): the body it is a house of
                        Source src = facts.source(f.line(), "- " + f.key() + ": " + f.value());
                        List<Ref> wholes = entities(fieldValue, "Legislature", facts, src);
                        if (wholes.size() == 1 && !wholes.get(0).equals(facts.subject())) {
                            facts.claim(facts.subject(), "partOf", wholes.get(0), src, true);
                            chamberOf = wholes.get(0);
                        }
                    } else if (m.kind().startsWith("entit") && !"*".equals(m.objectClass()) && m.objectClass() != null
                            && m.valuePattern().isEmpty()) {
                        // a constitution's "Chambers:": no parts of the constitution, but chambers all the same
                        Source src = facts.source(f.line(), "- " + f.key() + ": " + f.value());
                        for (Ref r : entities(fieldValue, m.objectClass(), facts, src)) {
                            if (m.property().equals("hasPart") && "Session".equals(facts.subjectClass())) {
                                housesOfTheBody.put(r, src); // a convocation's "House1:": its body's house
                            }
                        }
                    }
                    continue;
                }
                if (m.property().equals("hasPart") && "Chamber".equals(m.objectClass())
                        && "Chamber".equals(facts.subjectClass())) {
                    // a chamber's "Houses: A (upper), B (lower)": the houses of its body, itself among them
                    Source src = facts.source(f.line(), "- " + f.key() + ": " + f.value());
                    for (String item : Values.split(fieldValue)) {
                        String bare = Values.withoutParentheses(Values.withoutQualifier(item)).strip();
                        if (facts.subjectNames().stream().noneMatch(bare::equalsIgnoreCase)) {
                            entities(item, "Chamber", facts, src).forEach(r -> housesOfTheBody.put(r, src));
                        }
                    }
                    continue;
                }
                String value = fieldValue;
                if (m.valuePattern().isPresent()) {
                    Matcher vm = m.valuePattern().get().matcher(value);
                    if (!vm.find()) {
                        continue;
                    }
                    value = vm.group(1);
                }
                InfoboxMapping row = m;
                Source src = facts.source(f.line(), "- " + f.key() + ": " + f.value());
                if ("adoptedBy".equals(m.property()) && m.kind().startsWith("entit")) {
                    InfoboxMapping signing = new InfoboxMapping(m.key(), "signedBy", m.kind(), "Person",
                            m.subjectClass(), m.valuePattern());
                    if (Values.split(value).stream().allMatch(v -> lexicon.names()
                            .personAfterTitle(Values.withoutQualifier(v).strip()).isPresent())) {
                        // "Enacted By: Emperor Ivo II": a monarch who enacts signs into force (as "promulgated by"
                        // says), a person, no organ that adopts
                        row = signing;
                    } else {
                        // "Enacted By: King Ivo I and the Estates Assembly": the monarch signs, the assembly adopts
                        List<String> persons = new java.util.ArrayList<>();
                        List<String> rest = new java.util.ArrayList<>();
                        for (String item : Values.split(value)) {
                            String[] parts = AND_THE_BEFORE_CAPITAL.split(item.strip());
                            if (parts.length == 1) {
                                parts = AND_BEFORE_CAPITAL.split(item.strip());
                            }
                            List<String> monarchs = java.util.Arrays.stream(parts).filter(p -> lexicon.names()
                                    .personAfterTitle(Values.withoutQualifier(p).strip()).isPresent()).toList();
                            persons.addAll(monarchs);
                            if (monarchs.isEmpty()) {
                                rest.add(item.strip());
                            } else {
                                java.util.Arrays.stream(parts).filter(p -> !monarchs.contains(p)).forEach(rest::add);
                            }
                        }
                        if (!persons.isEmpty() && !rest.isEmpty()) {
                            field(facts, f, signing, String.join(", ", persons), src, types);
                            value = String.join(", ", rest);
                        }
                    }
                }
                field(facts, f, row, value, src, types);
            }
        }
        // "House1: Soviet of the Union" of a legislature's convocation: a house of the legislature its "Legislature:"
        // names, whatever order the keys come in
        Optional<Ref> body = facts.bodyOf(facts.subject(), false);
        body = body.isPresent() ? body : Optional.ofNullable(chamberOf);
        body.ifPresent(b -> housesOfTheBody.forEach((house, src) -> facts.claim(b, "hasPart", house, src, true)));
    }

    /** A key's number at its end: "Members2" (group 1 "2"). */
    private static final Pattern KEY_NUMBER = Pattern.compile("^\\D+?\\s*(\\d+)$");

    /**
     * The house a numbered count key is of, when the infobox names a house by the same number: "Members2: 300" with
     * "House2: House of Representatives" counts that house, not the whole; else null.
     */
    private Ref numberedHouse(Facts facts, String key) {
        Matcher n = KEY_NUMBER.matcher(key.strip());
        if (!n.matches()) {
            return null;
        }
        for (Article.Field g : facts.article().infobox()) {
            if (g.key().strip().equalsIgnoreCase("House" + n.group(1)) && !Values.isJunk(g.value())) {
                String name = Values.withoutParentheses(g.value()).strip();
                Optional<String> cls = lexicon.classOf(name).filter(c -> OntologyClasses.get().isA(c, "StateOrgan"));
                return new NameRef(name, facts.article().id(), cls.map(c -> c.equals("Legislature") ? "Chamber" : c)
                        .orElse("Chamber"));
            }
        }
        return null;
    }

    /**
     * Whether a row of a value pattern (or none) takes {@code value} as a whole: the "Legislature:" of a chamber that
     * names a body, not one that describes the chamber ("Upper house of the Xian Parliament", a row of its own).
     */
    private static boolean valueFits(InfoboxMapping m, String value) {
        return m.valuePattern().map(p -> {
            Matcher vm = p.matcher(value);
            return vm.matches() && vm.groupCount() >= 1 && value.equals(vm.group(1));
        }).orElse(true);
    }

    private void field(Facts facts, Article.Field f, InfoboxMapping m, String value, Source src,
                       java.util.Map<String, Article.Field> types) {
        Ref s = facts.subject();
        // ("Next: Jogorku Kenesh" of a convocation: a new body, no sitting, by its name)
        // ("Preceded by: Otto IV of Eastmark" of a regency: the king, no regency)
        String objectClass = !"*".equals(m.objectClass()) ? m.objectClass()
                : lexicon.names().namesAMonarch(Values.withoutQualifier(value).strip()) ? "Person"
                : "Session".equals(facts.subjectClass())
                && normalizer.classify(value.strip(), facts.abbreviations()).filter("Session"::equals).isEmpty()
                ? null : facts.subjectClass();
        switch (m.kind()) {
            case "date" -> {
                if (yearOfADay(facts.article(), f).isPresent()) {
                    break; // "Year Start: 1922" beside "Date Start: 12 March": the day's field states the date
                }
                date(value).or(() -> dayOfAYear(facts.article(), f, value)).ifPresentOrElse(
                        d -> facts.claim(s, m.property(), d.toNode(), src, true),
                        () -> problems.accept(Problem.warning(facts.article().file(), f.line(),
                                "\"" + Problem.excerpt(f.key() + ": " + value) + "\" is not a date")));
            }
            case "span" -> {
                // "24–28 March 1947", "1921–1947": the start and the end ("startDate|endDate"); one date: the start
                String[] p = m.property().split("\\|");
                Optional<DateParser.DateRange> r = DateParser.parseRange(Values.withoutParentheses(value));
                if (r.isEmpty()) {
                    problems.accept(Problem.warning(facts.article().file(), f.line(),
                            "\"" + Problem.excerpt(f.key() + ": " + value) + "\" is not a date or a span of dates"));
                } else {
                    facts.claim(s, p[0], r.get().start().toNode(), src, true);
                    r.get().end().ifPresent(e -> facts.claim(s, p[p.length - 1], e.toNode(), src, true));
                }
            }
            case "count" -> {
                List<String> items = Values.split(value);
                for (String item : items) {
                    // "352 (House of Representatives)": the count of the part the parenthesis names
                    Matcher part = NAMED_PART.matcher(item.strip());
                    Optional<String> partClass = part.matches() ? lexicon.classOf(part.group(1).strip())
                            .filter(c -> OntologyClasses.get().isA(c, "StateOrgan")) : Optional.empty();
                    Ref of = partClass.isPresent() ? new NameRef(part.group(1).strip(), facts.article().id(),
                            partClass.get()) : s;
                    if (partClass.isEmpty() && part.matches() && items.size() > 1) {
                        // "254 (Herrenhalle), 516 (Volkstube)": of several counts each named, each a part the infobox
                        // listed ("Houses: Herrenhalle, ...") or some group's, never the whole's ("450 (Statutory)"
                        // alone is the whole's)
                        of = listedPart(facts, s, part.group(1).strip());
                        if (of == null) {
                            continue;
                        }
                    }
                    Ref house = of == s ? numberedHouse(facts, f.key()) : null;
                    Ref counted = house != null ? house : of;
                    lexicon.number(Values.withoutParentheses(item)).ifPresent(n -> facts.claim(counted, m.property(),
                            NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger), src, true));
                }
            }
            case "word" -> facts.claim(s, m.property(), NodeFactory.createLiteralString(value.strip()), src, true);
            case "words" -> {
                for (String part : SEMICOLON_OUTSIDE.split(value)) {
                    (BY_WHOM.matcher(Values.withoutParentheses(part)).find() ? List.of(part.strip()) : Values.split(part))
                            .forEach(w -> facts.claim(s, m.property(), NodeFactory.createLiteralString(w), src, true));
                }
            }
            case "class" -> {
                String word = Values.withoutParentheses(value).strip();
                if (lexicon.houses(word).isPresent()) {
                    // "Type: Unicameral": how many houses the body has, no class of its own
                    if (facts.subjectClass() == null || OntologyClasses.get().inDomain("houseType", facts.subjectClass())) {
                        facts.claim(s, "houseType", NodeFactory.createLiteralString(word), src, true);
                    }
                } else {
                    classNamed(value).ifPresent(c -> facts.claim(s, "a", c, src, true));
                }
            }
            case "entity", "entities" -> {
                if (m.property().equals("electedBy") && electorate(value, facts)) {
                    // "Elected By: Universal male suffrage": who votes, no organ
                    NameRef e = new NameRef(Values.withoutParentheses(value).strip(), facts.article().id(),
                            "Electorate");
                    facts.name(e, e.name(), "en", Origin.DIRECT, src);
                    facts.claim(s, m.property(), e, src, true);
                } else if (m.property().equals("-")) {
                    // "-": the value names things of a known class (or of the row's: "Deputy" names persons), and
                    // states nothing of the subject
                    for (String item : Values.split(value)) {
                        String bare = Values.withoutParentheses(Values.withoutQualifier(item)).strip();
                        boolean ownClass = lexicon.classOf(bare).isPresent();
                        if ("Person".equals(objectClass) && ownClass) {
                            continue; // "Members: Kingdom of Ostria, Ivo Brant": a state is no person
                        }
                        if ((objectClass != null || ownClass) && !description(bare)) {
                            entities(item, objectClass, facts, src);
                        }
                    }
                } else {
                    String property0 = m.property();
                    String objectClass0 = objectClass;
                    String bareValue = Values.withoutParentheses(value).strip();
                    if (property0.equals("partOf") && "StateOrgan".equals(objectClass)
                            && !"Polity".equals(facts.subjectClass()) && (lexicon.stateNames().contains(bareValue)
                                    || normalizer.classify(bareValue, facts.abbreviations()).filter("Polity"::equals)
                                            .isPresent())) {
                        // an office's "Body: Xland": the state whose office it is, no body it is part of
                        property0 = "jurisdiction";
                        objectClass0 = "Polity";
                    }
                    for (Ref r : entities(value, objectClass0, facts, src)) {
                        if (r instanceof NameRef n && facts.subjectClass() != null && normalizer.classify(n.name(),
                                facts.abbreviations()).filter(c -> c.equals(facts.subjectClass())
                                        && !OntologyClasses.get().inRange(m.property(), c)).isPresent()) {
                            // "Legislature: Fourth Diet" of a convocation: the subject's own name, or a thing of its
                            // kind the property never points to (no sitting is what a sitting sits in)
                            continue;
                        }
                        // "Signers: Republic of A, Republic of B" on a treaty: states that sign or ratify it are its
                        // parties (a person or a body signs, an organ or a sitting ratifies)
                        boolean state = STATE_ACTS.contains(m.property()) && r instanceof NameRef n
                                && facts.subjectClass() != null
                                && OntologyClasses.get().isA(facts.subjectClass(), "Treaty")
                                && ("Polity".equals(n.classHint()) || normalizer.classify(n.name(), facts.abbreviations())
                                        .filter("Polity"::equals).isPresent());
                        String property = state ? "party" : property0;
                        if (r instanceof NameRef n && outOfRange(property, n, facts)) {
                            // "Legislature: Xian People's Republic" of a sitting: a state, never what a sitting is
                            // of (the value's name is kept, its thing stated by no such property)
                            continue;
                        }
                        facts.claim(s, property, r, src, true);
                    }
                }
            }
            case "place" -> {
                List<String> parts = withInitials(ofPhrasesJoined(Values.split(Values.withoutParentheses(value)),
                        facts));
                List<String> inTurn = oneAfterAnother(parts);
                // (each place the value names, of the subject)
                java.util.function.Consumer<String> placed = p -> place(p, facts, src)
                        .ifPresent(r -> facts.claim(s, m.property(), r, src, true));
                boolean byPeriod = PLACES_BY_PERIOD.matcher(value.strip()).matches()
                        || PLACES_WITH_REMARKS.matcher(value.strip()).matches();
                if (SEMICOLON_OUTSIDE.matcher(value).find() && !byPeriod && inTurn.isEmpty()) {
                    // "Hall of Ora, Ytown (1917–1918); Ztown Castle (from 1918)": the semicolons part the places,
                    // each of which may lie in a town or state after its comma
                    for (String item : SEMICOLON_OUTSIDE.split(value)) {
                        if (!item.isBlank()) {
                            placed.accept(item.strip());
                        }
                    }
                } else if (byPeriod || lastPlaceAfterPeriods(value, facts)) {
                    // "Ytown (1918–1919), Ztown (1919–1920)", "Ytown (first session); Ztown (second session)": one
                    // place after another, each a place of its own (each item qualified in parentheses)
                    for (String item : Values.split(value)) {
                        // ("Ytown and Ztown (1849–1865)": two towns of one period, each a place)
                        bothPlaces(item, facts).forEach(placed);
                    }
                } else {
                    List<String> alternatives = inTurn.isEmpty() ? inAlternation(parts) : List.of();
                    int building = parts.size() >= 4 ? building(parts) : -1;
                    // ("Trinidad and Tobago": one state of two names)
                    List<String> both = parts.size() == 1 && lexicon.classOf(parts.get(0).strip()).isEmpty()
                            && !lexicon.stateNames().contains(parts.get(0).strip()) ? bothPlaces(parts.get(0), facts)
                            : List.of();
                    // each a place of its own: "Ytown and Ztown", two towns; "Ytown, later Ztown and Wtown", the places
                    // the body sat in one after another; "Ytown, Ztown or Wtown (in rotation)", "Ytown, Ztown and
                    // Wtown", places met in by turns (not "Ytown, Xland": Ytown in Xland)
                    List<String> each = both.size() == 2 ? both : !inTurn.isEmpty() ? inTurn : alternatives;
                    if (!each.isEmpty()) {
                        each.forEach(placed);
                    } else if (parts.size() >= 4 && parts.size() % 2 == 0 && everySecondAState(facts, parts)) {
                        // "Meridor, Arvenia, Kessa, Telmar": several places, each "Town, Country" when every second
                        // part is a state the article knows
                        for (int i = 0; i < parts.size(); i += 2) {
                            placed.accept(parts.get(i) + ", " + parts.get(i + 1));
                        }
                    } else if (building >= 0) {
                        // "Council Room, Diet Building, Nagaville, Ytown": an address, from the building to its town
                        placed.accept(String.join(", ", parts.subList(building, parts.size())));
                    } else if (parts.size() >= 4 || parts.size() == 3 && parts.stream().allMatch(p -> town(p, 1, facts))) {
                        // (three one-word names of no state, "Ytown, Ztown, Wtown", are three towns: "Hall, Ytown,
                        // Xland" is a hall in a town in a state)
                        // "Halvik, Strand, Kessa, Telmar" (towns met in by turns), or a list of five or more: which
                        // lies in which is unclear; each part a place of its own
                        parts.forEach(placed);
                    } else {
                        placed.accept(value);
                    }
                }
            }
            case "seats" -> {
                for (String listed : Values.split(value)) {
                    // "Government (81): Xland Party (81)": the side's subtotal, then its party
                    int side = listed.indexOf("): ");
                    String item = side > 0 ? listed.substring(side + 3) : listed;
                    Values.counted(item).filter(c -> !SEAT_BLOCS.contains(c.name().toLowerCase(Locale.ROOT))).ifPresent(c -> {
                        Optional<String> organ = lexicon.classOf(c.name())
                                .filter(k -> OntologyClasses.get().isA(k, "StateOrgan"));
                        if (organ.isPresent() && OntologyClasses.get().isA(organ.get(), "Chamber")) {
                            // "Political Groups: House of A (178), House of B (85)" of a parliament of houses: its
                            // chambers and their sizes, no parties
                            NameRef part = new NameRef(c.name(), facts.article().id(), organ.get());
                            facts.name(part, c.name(), "en", Origin.DIRECT, src);
                            facts.claim(s, "hasPart", part, src, true);
                            facts.claim(part, "memberCount", NodeFactory.createLiteralDT(Integer.toString(c.count()),
                                    XSDDatatype.XSDinteger), src, true);
                        } else if (!isState(c.name(), facts)) {
                            // (a state's votes, "Political Groups: Xland (6)" of a federal council, are no party's
                            // seats; any other name listed with seats is a group's, whatever its head says: "Law and
                            // Justice (34)", "Christian Union (85)")
                            NameRef group = new NameRef(c.name(), facts.article().id(), objectClass);
                            facts.typed(group, objectClass, src);
                            facts.claim(s, m.property(), new Facts.Seats(group, c.count()), src, true);
                        }
                    });
                }
            }
            case "leader" -> leader(facts, f, value, src, types);
            default -> throw new IllegalStateException("infobox.tsv: unknown kind " + m.kind());
        }
    }

    /**
     * The items of a field of chambers that open with a house-type word (house-types.tsv): "Bicameral (Senate,
     * Chamber of Deputies)" in a legislature's infobox is its house type and its two chambers; "Unicameral (Grand
     * Assembly)" in an article on a constitution is the house type of the one legislature named. Returns the value
     * without those items, with the chambers they name; the word itself is never a chamber.
     */
    private String houseTypes(String value, Facts facts, Source src) {
        List<String> rest = new java.util.ArrayList<>();
        boolean changed = false;
        for (String item : Values.split(value)) {
            String word = Values.withoutParentheses(item).strip();
            Optional<Integer> houses = lexicon.houses(word);
            if (houses.isEmpty()) {
                rest.add(item);
                continue;
            }
            changed = true;
            Matcher m = PARENTHESISED.matcher(item);
            List<String> inside = m.find() ? Values.split(m.group(1)).stream().map(String::strip)
                    .filter(NameFinder::capitalised).toList() : List.of();
            boolean organ = facts.subjectClass() != null
                    && OntologyClasses.get().inDomain("houseType", facts.subjectClass())
                    && !OntologyClasses.get().isA(facts.subjectClass(), "Chamber");
            if (organ) {
                facts.claim(facts.subject(), "houseType", NodeFactory.createLiteralString(word), src, true);
                if (houses.get() > 1 && inside.size() == houses.get()) {
                    rest.addAll(inside);
                }
            } else if (houses.get() == 1 && inside.size() == 1) {
                String cls = lexicon.classOf(inside.get(0))
                        .filter(c -> OntologyClasses.get().isA(c, "StateOrgan")
                                && !OntologyClasses.get().isA(c, "Chamber")).orElse("Legislature");
                NameRef body = new NameRef(inside.get(0), facts.article().id(), cls);
                facts.name(body, inside.get(0), lexicon.languageOrEnglish(inside.get(0)), Origin.DIRECT, src);
                facts.claim(body, "houseType", NodeFactory.createLiteralString(word), src, true);
            } else if (houses.get() > 1 && inside.size() == houses.get()) {
                rest.addAll(inside);
            }
        }
        return changed ? String.join(", ", rest) : value;
    }

    static Optional<PartialDate> date(String value) {
        Optional<PartialDate> d = DateParser.parse(value);
        if (d.isPresent()) {
            return d;
        }
        Optional<DateParser.DateRange> r = DateParser.parseRange(Values.withoutParentheses(value));
        if (r.isPresent()) {
            return Optional.of(r.get().start());
        }
        Matcher m = DATE_IN_TEXT.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        Matcher decade = DECADE.matcher(value);
        // ("c. 1290s, reformed 1848": a decade first says when; the later date is of something else)
        return decade.find() && decade.start() < m.start() ? Optional.empty() : DateParser.parse(m.group());
    }

    /** A decade or a century's years: "1290s", "the 1840's". */
    private static final Pattern DECADE = Pattern.compile("\\d{3}0['’]?s\\b");

    /**
     * Whether a value describes rather than names: a noun of a class (description-classes.tsv) and words any state's
     * organ may have before its "of" ("Legislature of the Empire of X", "Supreme body of X"), what the subject itself
     * is; not a name ("Diet of X").
     */
    private boolean description(String value) {
        int of = value.indexOf(" of ");
        String head = of < 0 ? value : value.substring(0, of);
        String[] words = head.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (lexicon.descriptionClass(words[words.length - 1]).isEmpty()) {
            return false; // a noun of a class ("legislature", "body"), not a name's head ("Diet")
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!lexicon.stateWords().contains(words[i]) && !Character.isLowerCase(head.split("\\s+")[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The items of a split value with an "of" phrase that lists peoples or lands put back together: "Kingdom of Serbs,
     * Croats and Slovenes" and "United Kingdom of Xland, Yland and the Zian Isles" are one name each.
     */
    private List<String> ofPhrasesJoined(List<String> items, Facts facts) {
        List<String> listedItems = items;
        java.util.function.Predicate<String> classed = w -> normalizer.classify(w, facts.abbreviations()).isPresent();
        int phrase = -1;
        int phraseEnd = -1;
        for (int i = 0; i + 1 < listedItems.size() && phrase < 0; i++) {
            for (int k = i + 2; k <= listedItems.size() && phrase < 0; k++) {
                if (Values.endsOfPhrase(listedItems.get(i), listedItems.subList(i + 1, k), classed)) {
                    phrase = i;
                    phraseEnd = k;
                }
            }
        }
        if (phrase >= 0) {
            // "Kingdom of Serbs, Croats and Slovenes": one name whose "of" phrase lists peoples, anywhere in the list
            // ("Diet of Xland, National Council of Serbs, Croats and Slovenes, Yian Committee": three names)
            List<String> joined = new java.util.ArrayList<>(listedItems.subList(0, phrase));
            joined.add(String.join(", ", listedItems.subList(phrase, phraseEnd)));
            joined.addAll(listedItems.subList(phraseEnd, listedItems.size()));
            listedItems = joined;
        } else if (listedItems.size() > 1 && UNION_OF.matcher(listedItems.get(0)).find()
                && LISTED_NAMES_END.matcher(String.join(", ", listedItems.subList(1, listedItems.size()))).matches()
                && !everyOneAState(listedItems.subList(1, listedItems.size()), facts)) {
            // "United Kingdom of Xland, Yland and the Zian Isles": a union's "of" phrase lists what it unites (not
            // "Union of Xland, Yland and Zland" of three states the gazetteer knows, nor "United States of X, United
            // Kingdom and Y": a second state's name of several words)
            listedItems = List.of(String.join(", ", listedItems));
        } else if (listedItems.size() > 1 && topicsOfAnOrgan(listedItems, facts)) {
            // "Ministry of Science, Higher Education and Technical Policy": an organ's "of" phrase lists what it is in
            // charge of, no names of their own
            listedItems = List.of(String.join(", ", listedItems));
        }
        return listedItems;
    }

    /**
     * Whether the items after the first are the topics of the first's "of" phrase: the first an organ's name with "of",
     * the others of one to three capitalised words each, of no class, no state's and no person's (no given name first),
     * the last with "and" ("Ministry of Culture, Youth and Sports", "Committee of Trade, Industry and Labour"); or the
     * lands of an organ "for" them, places or states too ("Governing Commission for Xland, Upper Yland and Zland").
     */
    private boolean topicsOfAnOrgan(List<String> items, Facts facts) {
        String first = items.get(0).strip();
        List<String> rest = items.subList(1, items.size());
        boolean lands = first.contains(" for "); // ("Governing Commission for Xland, Upper Yland and Zland": the lands
                                                 // it governs, places of their own but no names of its)
        if (!first.contains(" of ") && !lands || normalizer.classify(first, facts.abbreviations())
                .filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isEmpty()
                || !rest.get(rest.size() - 1).contains(" and ")) {
            return false;
        }
        for (String item : rest) {
            for (String part : Values.withoutParentheses(item).strip().split(" and ")) {
                String p = part.strip();
                Optional<String> cls = normalizer.classify(p, facts.abbreviations());
                if (!TOPIC.matcher(p).matches() || cls.filter(c -> !lands || !c.equals("Place") && !c.equals("Polity"))
                        .isPresent() || !lands && lexicon.stateNames().contains(p)
                        || org.constitutionkg.extract.naming.NameChecker.givenName(p.split(" ")[0])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A topic of an organ's "of" phrase: one to three capitalised words ("Higher Education", "Technical Policy"). */
    private static final Pattern TOPIC = Pattern.compile("\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,2}");

    /** Whether one class is the other or a kind of it, either way (an organ and a legislature; no organ and a law). */
    private static boolean related(String a, String b) {
        return OntologyClasses.get().isA(a, b) || OntologyClasses.get().isA(b, a);
    }

    /**
     * The class a field of kind "class" names ("Type: Union treaty" → Treaty); none for a value that says who chooses
     * the subject ("Type: Elected by the Diet": the Diet's is no class of a court elected by it; the key's row of
     * electedBy reads it).
     */
    private Optional<String> classNamed(String value) {
        return BY_PARTICIPLE.matcher(Values.withoutParentheses(value).strip()).lookingAt() ? Optional.empty()
                : lexicon.classOf(Patterns.titleCase(value));
    }

    /** A value that opens with a participle and "by": "Elected by the Diet", "chosen by the President". */
    private static final Pattern BY_PARTICIPLE = Pattern.compile("\\p{L}+(?:ed|en) by\\b",
            Pattern.CASE_INSENSITIVE);

    /** The names in a list value, each a reference with the class the field implies. */
    List<Ref> entities(String value, String cls, Facts facts, Source src) {
        java.util.ArrayList<Ref> out = new java.util.ArrayList<>();
        List<String> listedItems = ofPhrasesJoined(Values.split(value), facts);
        // "Xian People's Republic / Republic of Xia": two states, two names (else "A / B" is one thing's two names, in
        // two scripts or languages: the first)
        listedItems = withSittingNumbers(listedItems).stream()
                .flatMap(i -> {
                    String[] joined = SLASH.split(i.strip());
                    if (joined.length == 2 && java.util.Arrays.stream(joined).allMatch(h -> h.strip().contains(" ")
                            && normalizer.classify(h.strip(), facts.abbreviations()).isPresent())) {
                        // "Parliament of Xland/Government of Xland": two things of classes, two names
                        return java.util.Arrays.stream(joined).map(String::strip);
                    }
                    String[] halves = SCRIPTS_APART.split(i);
                    return halves.length < 2 ? java.util.stream.Stream.of(i)
                            : java.util.Arrays.stream(halves).allMatch(h -> isState(h, facts))
                                    ? java.util.Arrays.stream(halves) : java.util.stream.Stream.of(halves[0]);
                }).toList();
        for (String listed : listedItems) {
            String item = listed;
            Matcher year = YEAR_IN_PARENTHESES.matcher(item.strip());
            String written = null;
            if (year.matches() && lexicon.classOf(year.group(1).strip()).filter("Constitution"::equals).isPresent()) {
                // "Constitution of X (1919)": the year tells that constitution from the others of X (and the name as
                // written is one of its names)
                written = item.strip();
                item = year.group(2) + " " + year.group(1).strip();
            }
            // ("Diet of Xland (3rd convocation)": a sitting's number is no qualifier but its name's)
            Matcher qualified = STATE_QUALIFIER.matcher(item.strip());
            boolean ofAState = qualified.matches() && !"Person".equals(cls) && (lexicon.stateNames().contains(qualified.group(2).strip())
                    || normalizer.classify(qualified.group(2).strip(), facts.abbreviations()).filter("Polity"::equals)
                            .isPresent());
            // ("Chamber of Deputies (Ottoman Empire)": the state in parentheses says whose, and the name keeps it; so
            // does "Supreme Council of X (13th convocation)" its term's number, a legislature's or another body's)
            String whole = normalizer.sittingLast(item.strip()) || ofAState
                    || normalizer.numberedSittingInParentheses(item) ? item.strip()
                    : Values.withoutParentheses(Values.withoutQualifier(item));
            String[] parts = AND_BEFORE_CAPITAL.split(whole);
            Matcher ofWord;
            String[] withThe = AND_THE_BEFORE_CAPITAL.split(whole);
            if (parts.length == 1 && withThe.length == 2 && !withThe[0].contains(" of ")) {
                parts = withThe; // "King Ivo I and the Estates Assembly": a person and a body, two names
            }
            if (parts.length == 2 && (parts[0].contains(" of ") || thingsOfAKind(cls) && parts[0].strip().contains(" "))
                    && ONE_WORD_TAIL.matcher(parts[1].strip()).matches()
                    && !lexicon.names().mayBePerson(parts[1].strip()) && !lexicon.stateNames().contains(parts[1].strip())
                    && normalizer.classify(parts[1].strip(), facts.abbreviations()).isEmpty()) {
                // "Ministry of Economy and Planning": one name, its "of" phrase joined; "Humble Petition and Advice"
                // (of an instrument or an organ, the first part of several words): a last word of no class names
                // nothing of its own (not "Ostrada and Velmara", two houses)
                parts = new String[] {whole};
            } else if (parts.length == 2 && (ofWord = OF_ONE_WORD_END.matcher(parts[0].strip())).find()
                    && lexicon.genericHeads().contains(ofWord.group(1).toLowerCase(Locale.ROOT))
                    && !parts[1].contains(" of ") && normalizer.classify(parts[1].strip(), facts.abbreviations()).isEmpty()
                    && normalizer.classify(whole, facts.abbreviations()).isPresent()) {
                // "Committee of Party and State Control": two common nouns of one "of" phrase (not "Kingdom of Velm
                // and Erik Sand", "Empire of Norlia and Vendish Reich": two names)
                parts = new String[] {whole};
            } else if (parts.length == 2 && whole.contains(", ")
                    && topicsOfAnOrgan(List.of(whole.split(",\\s+")), facts)) {
                parts = new String[] {whole}; // "Ministry of Science, Higher Education and Technical Policy": one name
            } else if (parts.length == 2 && lexicon.oneStateOfTwoNames(whole, parts[0], parts[1])) {
                parts = new String[] {whole}; // "Saxe-Coburg and Gotha": one state of two names (gazetteer)
            } else if (parts.length == 2 && parts[0].contains(" of ") && lexicon.stateNames().contains(parts[1].strip())
                    && normalizer.classify(whole, facts.abbreviations())
                            .filter(c -> !OntologyClasses.get().isA(c, "Polity")).isPresent()) {
                // "Treaty on the Union of Belarus and Russia": a document's or an organ's "of" phrase of two states,
                // one name (not "Kingdom of X and Saxony", two states)
                parts = new String[] {whole};
            } else if (parts.length > 1 && java.util.Arrays.stream(parts)
                    .anyMatch(org.constitutionkg.extract.naming.NameChecker::endsWithPossessive)) {
                parts = new String[] {whole}; // "Workers' and Peasants' Government": no name ends with a possessive
            } else if (parts.length == 2 && parts[0].contains(" of ") && ADJECTIVES_JOINED.matcher(whole).find()) {
                parts = new String[] {whole}; // "Union of the Xian and Yian Republics": two adjectives of one head
            } else if (parts.length == 2 && !parts[0].contains(" of ")
                    // ("President and Legislative Assembly": two; "General and Extraordinary Cortes": one)
                    && (!lexicon.names().isOffice(parts[0].strip()) || sharesTheHead(parts[0]))
                    && normalizer.classify(parts[0].strip(), facts.abbreviations()).isEmpty()
                    && !lexicon.stateNames().contains(parts[0].strip())
                    && ((ADJECTIVE_LAST.matcher(parts[0].strip()).find()
                                    || sharesTheHead(parts[0]))
                            && !lexicon.names().mayBePerson(parts[0].strip())
                            && normalizer.classify(whole, facts.abbreviations()).isPresent()
                            || org.constitutionkg.extract.naming.NameChecker.namesABody(whole)
                                    && Patterns.WHITESPACE.split(parts[1].strip()).length == 2)) {
                // "General Constituent and Legislative Assembly", "Xian Iron and Salt Community": the words before
                // "and" share the head after it, one name (they name nothing of their own: no class, no state)
                parts = new String[] {whole};
            } else if (parts.length == 2 && !parts[0].strip().contains(" ") && oneWordOfAnInstrument(parts, whole, facts)) {
                parts = new String[] {whole}; // "Union and Security Act": "Union" alone names no instrument
            }
            for (String part : parts) {
                // (a one-word name that modifies a common noun after it names nothing: "22 Xlandian cantons")
                List<String> names = NameFinder.capitalised(part) || numberedTerm(part) ? List.of(part.strip())
                        : finder.all(part).stream().filter(x -> !modifier(part, x)).map(NameFinder.Span::text).toList();
                for (String written0 : names) {
                    // "Constitutional Commission chaired by Ivan Petrov": the commission (name-cleanups.tsv)
                    String n = cls == null || "Person".equals(cls) ? written0 : lexicon.names().clean(written0, cls);
                    if (n.isEmpty()) {
                        continue;
                    }
                    if (org.constitutionkg.extract.naming.NameChecker.namesNoOne(n)) {
                        continue; // "Chairman: Rotating": no one held it; "Appointer: Hereditary": no one appointed
                    }
                    if ("Person".equals(cls) && lexicon.names().isOffice(lexicon.names().clean(n, cls))) {
                        continue; // "Otto IV, Emperor of Xland": the office is the person's title, no second person
                    }
                    String itsClass = cls;
                    if (cls != null && !"Person".equals(cls) && lexicon.classOf(n).isEmpty()
                            && lexicon.names().isOffice(n)) {
                        // "Succeeded By: President of X" on a presidium: an office held by one, a state organ but of
                        // no narrower class; of no organ, nothing
                        if (!OntologyClasses.get().isA(cls, "StateOrgan")) {
                            continue;
                        }
                        itsClass = "StateOrgan";
                    }
                    Optional<String> titled = cls != null && OntologyClasses.get().isA(cls, "StateOrgan")
                            && lexicon.classOf(n).isEmpty() ? lexicon.names().personAfterTitle(n)
                                    .or(() -> Optional.of(n).filter(x -> lexicon.names().namesARuler(x)
                                            && org.constitutionkg.extract.naming.NameChecker.givenName(
                                                    x.split(" ")[0])))
                            : Optional.empty();
                    if (titled.isPresent()) {
                        // "Ratifiers: Emperor Ivo I, King Otto II", "Preceded by: Otto II (as King)": persons a title
                        // or a given name and a regnal number name (not "Berg II", a cabinet), no organs; the person is named, and the field's fact (of an organ)
                        // is not stated of a person
                        facts.name(new NameRef(titled.get(), facts.article().id(), "Person"), titled.get(), "en",
                                Origin.DIRECT, src);
                        continue;
                    }
                    if ("Polity".equals(cls) && lexicon.classOf(n).isEmpty()
                            && org.constitutionkg.extract.naming.NameChecker.namesABody(n)) {
                        continue; // "Jurisdiction: Xland Treaty Organization", "... Economic Community": a body, no state
                    }
                    Optional<String> named = "Person".equals(cls) ? lexicon.classOf(n) : Optional.empty();
                    if ("Person".equals(cls) && lexicon.stateNames().contains(n)) {
                        itsClass = "Polity"; // "Signatories: Xland, Yland": states sign too, as no person is named so
                    } else if ("Person".equals(cls) && named.isEmpty()
                            && (org.constitutionkg.extract.naming.NameChecker.namesABody(n)
                                    || lexicon.names().cannotBePerson(n)
                                    || org.constitutionkg.extract.naming.NameChecker.namesAdherents(n))) {
                        // "Author: Ivan Petrov, Xland League": an organisation of no class, no person; "Members: Left
                        // Liberals, Agrarians": groups of adherents
                        continue;
                    } else if (named.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()) {
                        itsClass = named.get(); // "Author: Constitutional Commission": a body wrote it
                    }
                    Optional<String> own = itsClass == null || "Person".equals(itsClass) ? Optional.empty()
                            : lexicon.classOf(n);
                    if (own.isPresent() && !OntologyClasses.get().isA(own.get(), itsClass)
                            && !OntologyClasses.get().isA(itsClass, own.get())
                            && !(own.get().equals("Legislature") && itsClass.equals("Chamber"))
                            && lexicon.actingClass(n).isEmpty()) {
                        // "Superseding: Xland Government" of a chamber: the successor's own name says what it is (a
                        // government), whatever the subject is (a row's "*"); but an assembly's name may be a
                        // house's ("State Duma" after a chamber), and a "Convention" either kind's (ambiguous-heads.tsv)
                        itsClass = own.get();
                    }
                    NameRef r = new NameRef(n, facts.article().id(), itsClass);
                    out.add(r);
                    facts.name(r, n, lexicon.languageOrEnglish(n), Origin.DIRECT, src);
                    if (names.size() == 1) {
                        inParentheses(r, item, facts, src);
                    }
                    if (written != null) {
                        facts.name(r, written, "en", Origin.DIRECT, src);
                    }
                }
            }
        }
        return out;
    }

    /** Whether a named thing is a state the property may not point to: never what a sitting is of nor a body's part. */
    private boolean outOfRange(String property, NameRef n, Facts facts) {
        return !OntologyClasses.get().inRange(property, "Polity") && isState(n.name(), facts);
    }

    /** Whether a name is a state's: one the gazetteer knows as one, or of a state's class with a head only a state has. */
    private boolean isState(String written, Facts facts) {
        if (normalizer.classify(written, facts.abbreviations()).filter("Polity"::equals).isEmpty()) {
            return false;
        }
        String name = written.strip();
        String head = (name.contains(" of ") ? name.substring(0, name.indexOf(" of ")) : name)
                .toLowerCase(Locale.ROOT);
        return lexicon.stateNames().contains(name) || STATE_HEADS.stream().anyMatch(h -> head.endsWith(h));
    }

    /** Head nouns only a state's name has (state-heads.txt). */
    private static final java.util.Set<String> STATE_HEADS = Lexicon.lowerWords("state-heads.txt");

    /** The sides of a chamber a list of seats may give with subtotals, no parties (seat-blocs.txt). */
    private static final java.util.Set<String> SEAT_BLOCS = Lexicon.lowerWords("seat-blocs.txt");

    /** Whether a value's names are of a class of made things (instruments, organs, sessions), not states or persons. */
    private static boolean thingsOfAKind(String cls) {
        OntologyClasses o = OntologyClasses.get();
        return cls != null && (o.isA(cls, "LegalInstrument") || o.isA(cls, "StateOrgan") || o.isA(cls, "Session"));
    }

    /** Acts of a signatory or a ratifier: a state named as one is a party to the treaty. */
    private static final java.util.Set<String> STATE_ACTS = java.util.Set.of("signedBy", "ratifiedBy");

    /**
     * Two capitalised words joined by "and" after "of the", before a capitalised head: "Union of the Xian and Yian
     * Republics" (adjectives of one head; "Empire of Japan and German Reich" has no "the": two names).
     */
    private static final Pattern ADJECTIVES_JOINED = Pattern.compile(
            "\\bof the \\p{Lu}[\\p{L}-]* and \\p{Lu}[\\p{L}-]* \\p{Lu}");

    /** A last word of an adjective's ending: "Constituent", "Legislative", "Federal", "Provisional", "Velmian". */
    /**
     * Whether one word before "and" describes an organ and shares the head after it ("General and Extraordinary
     * Cortes"), not a word of a pair or a sequence that tells two of them apart ("Upper and Lower House", "First and
     * Second Chamber": paired-modifiers.txt).
     */
    private static boolean sharesTheHead(String word) {
        return org.constitutionkg.extract.naming.NameChecker.describesAnOrgan(word)
                && !PAIRED.contains(word.strip().toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> PAIRED = Lexicon.lowerWords("paired-modifiers.txt");

    private static final Pattern ADJECTIVE_LAST = Pattern.compile(
            "\\b\\p{Lu}\\p{Ll}+(?:ive|al|ent|ant|ary|ory|ic|ian|ish|ese)$");

    /** A name and a qualifier in parentheses after it: "Chamber of Deputies (Ottoman Empire)". */
    private static final Pattern STATE_QUALIFIER = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)\\)$");

    private static final Pattern YEAR_IN_PARENTHESES = Pattern.compile("^([^()]+?)\\s*\\((\\d{4})\\)$");
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]+)\\)\\s*$");
    private static final Pattern LATER = Pattern.compile("^(?:and )?(?:the )?later (?:the )?");
    private static final Pattern LEADING_AND = Pattern.compile("^(?:and |or )?(?:the )?");

    /** An ordinal, a sitting's noun in lower case and a body's name: "9th term Folk Diet of X", "2nd convocation Diet". */
    private static final Pattern NUMBERED_TERM = Pattern.compile(
            "(\\d+(?:st|nd|rd|th)|\\p{Lu}\\p{Ll}+) (\\p{Ll}+) \\p{Lu}.*");

    /** Whether a value is a numbered term of a body named so ({@link #NUMBERED_TERM}): one name, the term's. */
    private boolean numberedTerm(String part) {
        Matcher m = NUMBERED_TERM.matcher(part.strip());
        return m.matches() && lexicon.ordinal(m.group(1)).isPresent()
                && lexicon.termNouns().contains(m.group(2));
    }

    /**
     * The items of a list with a sitting's number after a comma joined to the name before it: "Diet of X, Third
     * Convocation" is one sitting's name, not the diet and a "Third Convocation" of nothing.
     */
    private List<String> withSittingNumbers(List<String> items) {
        List<String> out = new java.util.ArrayList<>();
        for (String item : items) {
            String joined = out.isEmpty() ? null : out.get(out.size() - 1) + ", " + item.strip();
            if (joined != null && normalizer.sittingLast(joined)) {
                out.set(out.size() - 1, joined);
            } else {
                out.add(item);
            }
        }
        return out;
    }

    /**
     * Names in parentheses after a name: "Diet of Xland (Senate and Chamber of Deputies)", two or more, are its
     * parts when each is an organ's name, "(A, later B, and C)" saying B succeeded A; one name alone of an organ's class
     * that fits ("Landsraad (Grand Council)"), or in another language, is another name of it; a state, a person or an
     * English name of no class ("Senate (Habsburg Monarchy)") only qualifies it.
     */
    private void inParentheses(NameRef whole, String item, Facts facts, Source src) {
        Matcher m = PARENTHESISED.matcher(item);
        if (!m.find()) {
            return;
        }
        List<String> parts = new java.util.ArrayList<>();
        List<String[]> later = new java.util.ArrayList<>();
        for (String piece : Values.split(m.group(1))) {
            for (String p : AND_BEFORE_CAPITAL.split(piece.strip())) {
                Matcher l = LATER.matcher(p.strip());
                String name = lexicon.names().clean(l.lookingAt() ? p.strip().substring(l.end())
                        : LEADING_AND.matcher(p.strip()).replaceFirst(""), null);
                if (!NameFinder.capitalised(name) || Patterns.hasDigit(name) || !lexicon.names().isName(name)) {
                    return; // a qualifier: "(last)", "(1991–1993)"
                }
                if (l.lookingAt() && !parts.isEmpty()) {
                    later.add(new String[] {parts.get(parts.size() - 1), name});
                } else {
                    parts.add(name);
                }
            }
        }
        Optional<String> wholeClass = lexicon.classOf(whole.name()).or(() -> Optional.ofNullable(whole.classHint()));
        if (parts.size() == 1 && later.isEmpty()) {
            // another name: one of an organ's class that fits, or a name in another language ("Reprezentanta
            // (Adunarea)"); an English name of no class is a qualifier as in an article's title ("Sejm (Upper Xland)")
            Optional<String> c = lexicon.classOf(parts.get(0));
            OntologyClasses o = OntologyClasses.get();
            boolean organ = c.filter(x -> o.isA(x, "StateOrgan")).isPresent() && (wholeClass.isEmpty()
                    || o.isA(c.get(), wholeClass.get()) || o.isA(wholeClass.get(), c.get()));
            boolean foreign = c.isEmpty() && !lexicon.languageOrEnglish(parts.get(0)).equals("en");
            if (organ || foreign) {
                facts.name(whole, parts.get(0), lexicon.languageOrEnglish(parts.get(0)), Origin.DIRECT, src);
            }
            return;
        }
        if (parts.size() < 2 || wholeClass.filter(c -> OntologyClasses.get().isA(c, "Legislature")).isEmpty()) {
            return;
        }
        if (parts.stream().anyMatch(p -> lexicon.classOf(p).filter(c -> OntologyClasses.get().isA(c, "StateOrgan"))
                .isEmpty())) {
            return; // "Grand Diet (Xland and Ytown)": states, not chambers
        }
        for (String p : parts) {
            NameRef part = new NameRef(p, facts.article().id(), "Chamber");
            facts.name(part, p, lexicon.languageOrEnglish(p), Origin.DIRECT, src);
            facts.claim(part, "partOf", whole, src, true);
        }
        for (String[] l : later) {
            NameRef before = new NameRef(l[0], facts.article().id(), "Chamber");
            NameRef after = new NameRef(l[1], facts.article().id(), "Chamber");
            facts.name(after, l[1], lexicon.languageOrEnglish(l[1]), Origin.DIRECT, src);
            facts.claim(before, "succeededBy", after, src, true);
        }
    }

    /** Whether a value says who votes: a phrase of no class whose last word is a noun of electorate-nouns.txt. */
    private boolean electorate(String value, Facts facts) {
        String v = Values.withoutParentheses(value).strip();
        String[] w = Patterns.WHITESPACE.split(v);
        return w.length >= 2 && !v.contains(",") && lexicon.electorateNouns().contains(w[w.length - 1].toLowerCase(Locale.ROOT))
                && normalizer.classify(v, facts.abbreviations()).isEmpty();
    }

    /** Whether every second part is a state: its name says so, or the article names it as one ("Republic of X"). */
    private boolean everySecondAState(Facts facts, List<String> parts) {
        for (int i = 1; i < parts.size(); i += 2) {
            String p = parts.get(i).strip();
            boolean state = normalizer.classify(p, facts.abbreviations()).filter("Polity"::equals).isPresent()
                    || facts.names().stream().anyMatch(n -> n.ref() instanceof NameRef r && "Polity".equals(r.classHint())
                    && (n.text().equals(p) || n.text().endsWith(" of " + p) || n.text().endsWith(" of the " + p)));
            if (!state) {
                return false;
            }
        }
        return true;
    }

    /**
     * The places of a value that names them one after another ("Ytown, later Ztown and Wtown", "Ytown, Xland, then
     * Ztown, later Wtown, Vland"): each run of parts up to the next that a word of sequence-words.txt opens is one
     * place value ("Ytown, Xland": Ytown in Xland; "Wtown, Vland": Wtown in Vland), those after a word split at "and";
     * empty when no part after the first opens so.
     */
    private static List<String> oneAfterAnother(List<String> parts) {
        List<List<String>> runs = new ArrayList<>();
        runs.add(new ArrayList<>(List.of(parts.get(0))));
        for (String part : parts.subList(1, parts.size())) {
            String p = part.strip();
            String lower = p.toLowerCase(Locale.ROOT);
            String word = SEQUENCE_WORDS.stream().filter(w -> lower.startsWith(w + " ")).findFirst().orElse(null);
            if (word == null) {
                runs.get(runs.size() - 1).add(p);
            } else {
                runs.add(new ArrayList<>(List.of(p.substring(word.length()).strip())));
            }
        }
        if (runs.size() == 1) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(String.join(", ", runs.get(0)));
        for (List<String> run : runs.subList(1, runs.size())) {
            for (String place : LATER_AND.split(String.join(", ", run))) {
                if (!place.isBlank()) {
                    out.add(place.strip());
                }
            }
        }
        return out;
    }

    private static final Pattern LATER_AND = Pattern.compile(",? and ");

    /** Whether a one-word name found in {@code text} stands before a lower-case word: "Xlandian" of "Xlandian men". */
    private static boolean modifier(String text, NameFinder.Span x) {
        return !x.text().contains(" ") && MODIFIED.matcher(text).region(x.end(), text.length()).lookingAt();
    }

    private static final Pattern MODIFIED = Pattern.compile(
            " (?!(?:and|or|of|in|for|with|by|from|to|at|on|as|the|a|an|until|since|then|later|during|under)\\b)"
            + "\\p{Ll}");

    /**
     * The places of a value that lists them as alternatives or joins the last two with "and": "Ytown or Ztown",
     * "Ytown, Ztown or Wtown", "Ytown, Ztown and Wtown", each a name of capitalised words (not "Ytown, Bosnia and
     * Herzegovina", a place in a state whose name holds "and", nor "Ytown, Hall of Arts and Crafts"); else empty.
     */
    private List<String> inAlternation(List<String> parts) {
        String last = parts.get(parts.size() - 1);
        Pattern link = last.contains(" or ") ? OR : parts.size() >= 2 && last.contains(" and ")
                && lexicon.classOf(last.strip()).filter("Polity"::equals).isEmpty() ? LATER_AND : null;
        if (link == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(parts.subList(0, parts.size() - 1).stream().map(String::strip).toList());
        for (String p : link.split(last)) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        // (each a name of capitalised words alone: "Ytown, Hall of Arts and Crafts" is one hall in Ytown)
        return out.stream().allMatch(p -> Patterns.WHITESPACE.splitAsStream(p).allMatch(NameFinder::capitalised))
                ? out : List.of();
    }

    private static final Pattern OR = Pattern.compile(",? or ");

    /**
     * The places of one item of a list of places by period: "Ytown and Ztown (1849–1865)" is two, each up to three
     * capitalised words of no class ("Hall of Arts and Crafts", "Arts and Crafts Hall" are one); else the item itself.
     */
    private List<String> bothPlaces(String item, Facts facts) {
        String[] two = LATER_AND.split(Values.withoutParentheses(item).strip());
        return two.length == 2 && town(two[0], 3, facts) && town(two[1], 3, facts) ? List.of(two[0].strip(), two[1].strip())
                : List.of(item);
    }

    /**
     * A name of at most {@code words} capitalised words that no class row types (no state, no building): a town's,
     * maybe ("Opera House, Ytown, Xland" is a building in a town in a state).
     */
    private boolean town(String part, int words, Facts facts) {
        String p = part.strip();
        String[] w = Patterns.WHITESPACE.split(p);
        return !p.isEmpty() && w.length <= words && java.util.Arrays.stream(w).allMatch(NameFinder::capitalised)
                && normalizer.classify(p, facts.abbreviations()).isEmpty();
    }

    /** What opens a later part of a value: "later", "then" (sequence-words.txt). */
    private static final Set<String> SEQUENCE_WORDS = Lexicon.lowerWords("sequence-words.txt");

    /**
     * Whether "A and B C" is one instrument's name: B C and the whole are instruments of one class, and A is one word
     * that names nothing of its own (no class, or only a state's or a generic noun alone: "Union", "Peace"), not a state
     * or a person ("Union and Security Act", "Peace and Friendship Treaty"; not "Xland and Yland Treaty").
     */
    private boolean oneWordOfAnInstrument(String[] parts, String whole, Facts facts) {
        String first = parts[0].strip();
        Optional<String> all = normalizer.classify(parts[1].strip(), facts.abbreviations());
        Optional<String> own = normalizer.classify(first, facts.abbreviations());
        return all.isPresent() && OntologyClasses.get().isA(all.get(), "LegalInstrument")
                && all.equals(normalizer.classify(whole, facts.abbreviations()))
                && (own.isEmpty() || lexicon.isPolityNoun(first) || lexicon.genericNames().contains(first))
                && !lexicon.stateNames().contains(first) && !lexicon.names().mayBePerson(first);
    }

    /**
     * The index of the part of an address that names a building, the first or the second ("Diet Building" of "Diet
     * Building, Nagaville, Ytown", of "Council Room, Diet Building, ..."): a name of more than one word the class
     * patterns make a place; -1 when neither does (a list of towns).
     */
    private int building(List<String> parts) {
        for (int i = 0; i < Math.min(2, parts.size()); i++) {
            String p = parts.get(i).strip();
            if (p.contains(" ") && lexicon.classOf(p).filter("Place"::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    /** "Kharkiv, Ukrainian Soviet Socialist Republic": the place Kharkiv, known by the whole value too. */
    private Optional<Ref> place(String value, Facts facts, Source src) {
        List<String> parts = withInitials(ofPhrasesJoined(Values.split(Values.withoutParentheses(value)), facts));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        NameRef place = new NameRef(parts.get(0), facts.article().id(), "Place");
        facts.name(place, parts.get(0), "en", Origin.DIRECT, src);
        // (the whole, as the text writes it, up to a state, is another name of a building in a town: "Hall, Ytown"
        // tells it apart where its first part names an organ's house too, and readers name the place so; a town and its
        // state, "Ytown, Xland", is no other name of the town, nor "Hall, Ytown, Xland" one of the hall)
        int upTo = 1;
        while (upTo < parts.size() && !normalizer.classify(parts.get(upTo).strip(), facts.abbreviations())
                .filter("Polity"::equals).isPresent() && !lexicon.stateNames().contains(parts.get(upTo).strip())) {
            upTo++;
        }
        if (upTo > 1) {
            facts.name(place, String.join(", ", parts.subList(0, upTo)), "en", Origin.DERIVED, src);
        }
        if (parts.size() > 1) {
            for (String within : parts.subList(1, parts.size())) {
                String cls = lexicon.classOf(within).orElse("Place");
                NameRef outer = new NameRef(within, facts.article().id(), cls);
                facts.name(outer, within, "en", Origin.DIRECT, src);
                facts.claim(place, "location", outer, src, true);
            }
        }
        return Optional.of(place);
    }

    /**
     * Parts of a place's value with a part of initials joined to the one before ("Ytown, D.C., Xland": "Ytown, D.C."
     * is one town's name, in Xland).
     */
    private static List<String> withInitials(List<String> parts) {
        List<String> out = new java.util.ArrayList<>();
        for (String p : parts) {
            if (!out.isEmpty() && INITIALS.matcher(p.strip()).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + p.strip());
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A part of initials only: "D.C.", "N.Y.". */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    /**
     * A day and month with no year ("Date Start: 12 March") in the year its companion field gives ("Year Start: 1922"):
     * one date, as a state's infobox splits it.
     */
    private static Optional<PartialDate> dayOfAYear(Article article, Article.Field f, String value) {
        String key = InfoboxMapping.normaliseKey(f.key());
        if (!key.startsWith("date ") || !YEARLESS.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        return companion(article, "year " + key.substring("date ".length()), InfoboxMapping.indexOf(f.key()))
                .flatMap(y -> DateParser.parse(y.value().strip()).filter(d -> d.month() == 0))
                .flatMap(y -> DateParser.parse(value.strip(), y.year()));
    }

    /** The year of a "Year Start:" field whose "Date Start:" beside it gives the day ({@link #dayOfAYear}). */
    private static Optional<PartialDate> yearOfADay(Article article, Article.Field f) {
        String key = InfoboxMapping.normaliseKey(f.key());
        return !key.startsWith("year ") ? Optional.empty()
                : companion(article, "date " + key.substring("year ".length()), InfoboxMapping.indexOf(f.key()))
                        .flatMap(d -> dayOfAYear(article, d, d.value()));
    }

    /** The infobox field of that normalised key and number ("Year Start2" of "Date Start2"), if any. */
    private static Optional<Article.Field> companion(Article article, String key, Object index) {
        return article.infobox().stream().filter(x -> InfoboxMapping.normaliseKey(x.key()).equals(key)
                && java.util.Objects.equals(InfoboxMapping.indexOf(x.key()), index)).findFirst();
    }

    /** A day and a month, or a month, with no year: "12 March", "March 12". */
    private static final Pattern YEARLESS = Pattern.compile(DateParser.YEARLESS_REGEX);

    /** The "... Type" fields of an infobox by normalised key and number. */
    private static java.util.Map<String, Article.Field> leaderTypes(Article article) {
        java.util.Map<String, Article.Field> types = new java.util.HashMap<>();
        for (Article.Field t : article.infobox()) {
            String k = InfoboxMapping.normaliseKey(t.key());
            if (k.endsWith(" type") || k.endsWith(" position")) {
                types.putIfAbsent(k + "|" + InfoboxMapping.indexOf(t.key()), t);
            } else if (k.endsWith("title") && !k.contains(" ") && k.length() > 5) {
                // "Chiefjudgetitle2" of "Chiefjudgename2": a court's officer's title, written as one word
                types.putIfAbsent(k.substring(0, k.length() - "title".length()) + "name type|"
                        + InfoboxMapping.indexOf(t.key()), t);
            } else if (k.endsWith(" title") || k.startsWith("title ")) {
                // "Leader Title" / "Title Leader" of "Leader Name" or "Leader1": the leader's type
                String base = k.endsWith(" title") ? k.substring(0, k.length() - " title".length()) : k.substring("title ".length());
                types.putIfAbsent(base + " type|" + InfoboxMapping.indexOf(t.key()), t);
            }
        }
        return types;
    }

    /**
     * A leader is the chair of the body that "Leader N Type" names ("Chairman of the Presidium"), or of the subject;
     * a type that names another office ("Secretary", "Deputy Chairman": no noun of role-nouns.tsv whose frame is chair, or one with a
     * qualifier of role-nouns-not.txt) states nothing.
     */
    private void leader(Facts facts, Article.Field f, String value, Source src, java.util.Map<String, Article.Field> types) {
        Ref body = facts.subject();
        // "Leader2 Type" of "Leader2"; "Chief2 Position" of "Chief2 Name"
        String key = InfoboxMapping.normaliseKey(f.key());
        String index = "|" + InfoboxMapping.indexOf(f.key());
        Article.Field type = types.get(key + " type" + index);
        if (type == null && key.endsWith(" name")) {
            String base = key.substring(0, key.length() - " name".length());
            type = types.getOrDefault(base + " position" + index, types.get(base + " type" + index));
        }
        if (type == null && !index.equals("|")) {
            type = types.get(key + " type|"); // "Title Leader: Governor" of "Leader1" and "Leader2"
        }
        if (type != null) {
            Optional<String> of = chairOf(type.value().strip());
            if (of == null && firstLeader(f.key()) && foreignTitle(type.value().strip())) {
                of = Optional.empty(); // "Leader1 Type: Cathaoirleach": the presiding officer, by its own title
            }
            if (of == null) {
                // "Leader2 Type: Secretary": no chair, but a person all the same (never an office)
                entities(value, "Person", facts, src);
                return;
            }
            if (of.isPresent()) {
                body = bodyNamed(of.get(), facts);
            }
            if (body == null) {
                entities(value, "Person", facts, src); // a person all the same
                return;
            }
        }
        for (Ref person : entities(value, "Person", facts, src)) {
            facts.claim(body, "chair", person, src, true);
        }
    }

    /**
     * Of a leader's type: null when it is no chair's title, else the body after "of" ("Chairman of the Council" →
     * "Council") or empty ("Chairman", "Council Chairman": the subject's).
     */
    private Optional<String> chairOf(String written) {
        // "Minister-Chairman", "Vice-Chairman": each part of a compound; "Chairman (Minister of X, ex officio)": the
        // title before the remark
        String type = Values.withoutParentheses(written).strip();
        String[] w = HYPHEN_OR_SPACE.split(type.toLowerCase(Locale.ROOT));
        for (int i = 0; i < w.length; i++) {
            if (!lexicon.chairTitles().contains(w[i])) {
                continue;
            }
            if (i > 0 && lexicon.frames().notRole().contains(w[i - 1])) {
                return null;
            }
            Matcher m = OF_BODY.matcher(type);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
        return null;
    }

    /** The words of titles written before a person's name (person-titles.txt), in lower case. */
    private static final java.util.Set<String> TITLE_WORDS = new java.util.HashSet<>();

    static {
        Lexicon.lowerWords("person-titles.txt").forEach(t -> TITLE_WORDS.addAll(List.of(t.split("[\\s-]+"))));
    }

    /**
     * Whether a leader's type is a title in a language of its own, no word of it an English title or office
     * ("Cathaoirleach", "Ceann Comhairle"; not "Prime Minister", "Leader of the Opposition", "Deputy Speaker").
     */
    private boolean foreignTitle(String type) {
        String bare = Values.withoutParentheses(type).strip();
        if (bare.isEmpty() || bare.contains(" of ")) {
            return false;
        }
        for (String w : HYPHEN_OR_SPACE.split(bare)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || TITLE_WORDS.contains(lower)
                    || lexicon.personNouns().contains(lower)
                    || lexicon.chairTitles().contains(lower) || lexicon.frames().notRole().contains(lower)
                    || lexicon.frames().byRoleNoun(lower).isPresent() || lexicon.classOf(w).isPresent()) {
                return false; // (nor a body: "Leader1 Type: Presidium")
            }
        }
        return true;
    }

    /** Whether an infobox key is the first leader's ("Leader1", "Leader"): the presiding officer, as a rule. */
    private static boolean firstLeader(String key) {
        String index = InfoboxMapping.indexOf(key);
        return index.isEmpty() || index.equals("1");
    }

    private static final Pattern OF_BODY = Pattern.compile("(?i)\\bof (?:the )?(.+)$");
    private static final Pattern HYPHEN_OR_SPACE = Pattern.compile("[\\s-]+");

    private Ref bodyNamed(String name, Facts facts) {
        if (matcher.refersTo(name, facts.subjectNames(), facts.abbreviations())) {
            return facts.subject();
        }
        // "Chairman of the Constituent Assembly" in an article about the Xland Constituent Assembly: the subject
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.contains(" ") && facts.subjectNames().stream()
                .anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith(" " + lower))) {
            return facts.subject();
        }
        // "Chairman of the Congress" in an article about the Second Congress of Xland: a bare head noun of the subject
        if (!name.contains(" ") && facts.subjectNames().stream().anyMatch(n -> lower.equals(Discourse.headNoun(n)))) {
            return facts.subject();
        }
        // "Speaker of the Senate" with "Houses: Chamber of Deputies, Senate of the Realm": that house
        if (!name.contains(" ")) {
            Ref part = null;
            for (Facts.Claim c : facts.claims()) {
                if (c.subject().equals(facts.subject()) && c.property().equals("hasPart")
                        && c.object() instanceof NameRef p && lower.equals(Discourse.headNoun(p.name()))) {
                    if (part != null && !part.equals(p)) {
                        part = null;
                        break;
                    }
                    part = p;
                }
            }
            if (part != null) {
                return part;
            }
        }
        if (!name.contains(" ") && lexicon.genericNames().contains(name)) {
            name = name + " of the " + facts.article().title().text();
        }
        if (!name.contains(" ") && lexicon.descriptionClass(name.toLowerCase(Locale.ROOT)).filter("Polity"::equals)
                .isPresent()) {
            // "President of the Republic", "Chairman of the State", "Marshal of the Land": an office of the state
            // (or of its estates), no chair of a body the infobox names
            return null;
        }
        Optional<String> c = lexicon.classOf(name);
        if (c.filter("Polity"::equals).isPresent()) {
            return null; // "President of the Republic of X": the state's head
        }
        return new NameRef(name, facts.article().id(), c.orElse("StateOrgan"));
    }
}
