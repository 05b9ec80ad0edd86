package org.constitutionkg;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.article.Article;
import org.constitutionkg.article.Article.Block;
import org.constitutionkg.article.Problem;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.InfoboxExtractor;
import org.constitutionkg.extract.InfoboxMapping;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Values;
import org.constitutionkg.extract.prose.ProseExtractor;
import org.constitutionkg.extract.prose.ProseRule;

/**
 * Extracts what one article states, generically: infobox fields through {@code infobox.tsv}, sentences through
 * {@code prose-rules.txt}. Entities are resolved later, across articles, by
 * {@link org.constitutionkg.extract.resolve.GraphBuilder}.
 * <pre>
 *   Facts f = new ArticleExtractor(problems::add).extract(article);
 * </pre>
 */
public final class ArticleExtractor {


    private final Lexicon lexicon = Lexicon.get();
    private final NameFinder finder = new NameFinder(lexicon);
    private final Normalizer normalizer = new Normalizer(lexicon);
    private final InfoboxExtractor infobox;
    private final ProseExtractor prose;

    public ArticleExtractor(Consumer<Problem> problems) {
        Map<String, List<InfoboxMapping>> mappings = InfoboxMapping.load();
        this.infobox = new InfoboxExtractor(lexicon, finder, normalizer, mappings, problems);
        this.prose = new ProseExtractor(lexicon, finder, normalizer, ProseRule.load(lexicon), problems);
    }

    /**
     * Whether a caption reads as a name: each word in Latin letters capitalised but the connectors and prepositions
     * ("Treaty of Peace between X and Y"), not "Title page of the 1849 constitution".
     */
    private boolean readsAsName(String caption) {
        String first = Patterns.WHITESPACE.split(caption.strip())[0].toLowerCase(java.util.Locale.ROOT);
        if (PICTURE_NOUNS.contains(first)) {
            return false; // "Map of the Xian Customs Union": a picture's caption (picture-nouns.txt)
        }
        if (!lexicon.languageOrEnglish(caption).equals("en")) {
            return true; // "Ústava Československé republiky": another language's rules of capitals
        }
        for (String w : Patterns.WHITESPACE.split(caption.strip())) {
            if (!w.isEmpty() && w.charAt(0) >= 'a' && w.charAt(0) <= 'z'
                    && !lexicon.connectors().contains(w.toLowerCase(java.util.Locale.ROOT))
                    && !NAME_PREPOSITIONS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns that open a picture's caption: picture-nouns.txt. */
    private static final java.util.Set<String> PICTURE_NOUNS = Lexicon.lowerWords("picture-nouns.txt");

    /**
     * Prepositions a name of an instrument or an organ may hold in lower case ("Treaty of Peace between X and Y", "Act
     * concerning Z"); not those of a picture's place or maker ("Parliament Building in Ytown", "Portrait by X").
     */
    private static final java.util.Set<String> NAME_PREPOSITIONS = java.util.Set.of("between", "concerning", "with",
            "to", "against", "regarding", "among", "upon");

    public Facts extract(Article article) {
        Facts facts = new Facts(article);
        prose.abbreviations(facts);
        facts.name(facts.subject(), article.title().text(), "en", Origin.TITLE,
                facts.source(article.title().line(), "= " + article.title().text() + " ="));
        if (article.caption() != null) {
            for (String n : Values.names(article.caption().text())) {
                if (!readsAsName(n)) {
                    continue; // "Title page of the 1849 charter": a picture's caption, no name of the subject
                }
                facts.name(facts.subject(), n, lexicon.languageOrEnglish(n), Origin.DIRECT,
                        facts.source(article.caption().line(), article.caption().text()));
            }
        }
        infobox.names(facts);
        facts.subjectClass(subjectClass(facts));
        infobox.facts(facts);
        prose.extract(facts);
        if (!facts.subjectNames().isEmpty() && lexicon.actingClass(facts.subjectNames().get(0)).isPresent()) {
            // a title of a head of two kinds ("Union of Ytown") whose kind another name the prose gave tells ("also
            // called the Act of Ytown"): what it is, once all its names are known
            facts.subjectClass(subjectClass(facts));
        }
        if (heldWithANumber(facts)) {
            // "The Zemt Congress, formally the Extraordinary 14th Congress of the X Party, was a party congress held
            // on ...": a sitting, whose body its numbered name gives (no sitting is of nothing)
            facts.subjectClass("Session");
        }
        return facts;
    }

    private String subjectClass(Facts facts) {
        for (String n : facts.subjectNames()) {
            var c = normalizer.classify(n, facts.abbreviations());
            Optional<String> acting = c.isPresent() ? lexicon.actingClass(n).filter(k -> !k.equals(c.get()))
                    : Optional.empty();
            if (acting.isPresent()) {
                // "Convention of Ytown" with a chair, members or a meeting place in its infobox, or a lead that says
                // it was a meeting or a body: the assembly a head of two kinds names (ambiguous-heads.tsv), not the
                // treaty; "Union of Ytown" with a signing date or parties: the treaty, not the state. The lead says
                // which kind of the other it is when it can
                String other = acting.get();
                // (the lead by the head of its phrase: "was a meeting of the leaders", not "the outcome of a meeting")
                Optional<String> lead = leadSays(facts.article(), SHORT_LEAD_COPULA, true);
                // (or another name of its own: "The Union of Ytown, also called the Act of Ytown, was ...")
                Optional<String> said = infobox.subjectClassHint(facts.article()).or(() -> lead)
                        .or(() -> facts.subjectNames().stream().filter(m -> !m.equals(n))
                                .flatMap(m -> normalizer.classify(m, facts.abbreviations()).stream())
                                .filter(k -> !sameKind(k, c.get())).findFirst())
                        .filter(k -> sameKind(k, other));
                if (said.isPresent()) {
                    // (a sitting only of a body the infobox names: no session is of nothing)
                    return narrowedByTheLead(facts.article(), lead.filter(k -> sameKind(k, other))
                            .filter(k -> !k.equals("Session") || infobox.states(facts.article(), "sessionOf"))
                            .orElse(other));
                }
            }
            if (c.isPresent()) {
                return narrowedByTheLead(facts.article(), c.get());
            }
        }
        if (!facts.subjectNames().isEmpty()
                && org.constitutionkg.extract.naming.NameChecker.headsAnEvent(facts.subjectNames().get(0))) {
            // "1962 Xian constitutional referendum", "Velmish Uprising of 1988": an event, whatever its infobox's
            // "Title:" (the question put to the voters, the event's name) would make it; only what a "Type:" field or
            // the lead says it is ("The Velm Reform was an amendment to ...")
            return infobox.typeClass(facts.article()).or(() -> leadSays(facts.article())).orElse(null);
        }
        return infobox.typeClass(facts.article()).or(() -> infobox.subjectClassHint(facts.article()))
                .or(() -> leadSays(facts.article())).orElse(null);
    }

    private static boolean sameKind(String a, String b) {
        return org.constitutionkg.extract.OntologyClasses.get().sameKind(a, b);
    }

    /**
     * The class of what the lead's first sentence says a subject of no known name is: "The Landsmot was the bicameral
     * legislature of Morvane" (a legislature), "... is one of the two chambers of" (a chamber), "... was a council of
     * nobles" (an organ). The common noun phrase after the copula, its words dropped from the left until a class
     * name or a noun of description-classes.tsv is left; empty when none is.
     */
    private Optional<String> leadSays(Article article) {
        // (the longest phrase first, "a council of ministers of X"; then the shortest, "a meeting of the leaders of X")
        return leadSays(article, LEAD_COPULA, false).or(() -> leadSays(article, SHORT_LEAD_COPULA, false));
    }

    /** @param firstOnly only the first copula's phrase ("X was a meeting of ..."), not one of a later clause */
    private Optional<String> leadSays(Article article, Pattern copulaPhrase, boolean firstOnly) {
        // (not a copula of a relative clause: "The Landsmot, whose seat was the royal palace, was abolished")
        String sentence = RELATIVE_CLAUSE.matcher(firstSentence(article)).replaceAll(",");
        Matcher m = copulaPhrase.matcher(sentence);
        while (m.find()) { // ("X, which was the successor of Y, was the parliament of Z": the one that says a class)
            String[] w = Patterns.WHITESPACE.split(m.group(1).strip());
            if (firstOnly && COLLECTIVE.contains(w[w.length - 1].toLowerCase(java.util.Locale.ROOT))) {
                // "the series of sessions of Y": what the series is of
                Matcher more = OF_THINGS.matcher(sentence).region(m.end(1), sentence.length());
                w = more.lookingAt() ? new String[] {more.group(1)} : w;
            }
            w[w.length - 1] = Patterns.singular(w[w.length - 1]);
            int of = java.util.Arrays.asList(w).indexOf("of");
            String head = of > 0 ? w[of - 1].toLowerCase(java.util.Locale.ROOT) : "";
            if (of > 0 && org.constitutionkg.extract.naming.NameChecker.officeNoun(head)) {
                continue; // "was the head of state of X", "is the leader of the party": an office, no state or party
            }
            for (int i = 0; i < w.length; i++) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
                Optional<String> c = normalizer.classify(Patterns.titleCase(phrase), Map.of());
                if (c.isPresent()) {
                    return c;
                }
            }
            Optional<String> c = lexicon.descriptionClass(w[w.length - 1]);
            if (c.isPresent() || firstOnly) {
                return c;
            }
        }
        return Optional.empty();
    }

    /** Nouns of a number of things whose "of" phrase says what they are (collective-nouns.txt): "series". */
    private static final java.util.Set<String> COLLECTIVE = java.util.Set.copyOf(Lexicon.lowerWords(
            "collective-nouns.txt"));
    /** " of sessions", " of the laws": the noun of what a collective noun counts. */
    private static final Pattern OF_THINGS = Pattern.compile("\\s+of\\s+(?:the\\s+)?(\\p{Ll}+)");

    /** A relative clause of another subject set off by commas ("whose seat was", "where it met"). */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s*(?:whose|where)\\b[^,]*,");

    /**
     * A copula and the common noun phrase after it, up to a preposition, a relative word, a participle with its
     * complement ("a law adopted by", "a sitting held in") or a punctuation mark.
     */
    private static final Pattern LEAD_COPULA = Pattern.compile("\\b(?:was|is|were|are|became|remained|served as"
            + "|functioned as)\\s+(?:the|a|an|its|their|one of the(?: two| three| several)?)\\s+((?:[\\p{Ll}-]+\\s+){0,3}"
            + "[\\p{Ll}-]+)(?=\\s+(?:of|in|for|at|to|that|which|who|with|from|between|under|created|established|elected"
            + "|set|drawn|written|made|held|chosen|\\p{Ll}+ed\\s+(?:by|on|in|at))\\b|\\s*[,.;:(]|$)");

    private static final Pattern YEAR = Pattern.compile("\\b\\d{4}\\b");

    /** {@link #LEAD_COPULA} with the shortest phrase before what ends it. */
    private static final Pattern SHORT_LEAD_COPULA = Pattern.compile(LEAD_COPULA.pattern().replace("{0,3}", "{0,3}?"));

    /** The first sentence of the article's first paragraph, or "". */
    private static String firstSentence(Article article) {
        return article.firstParagraph()
                .flatMap(b -> org.constitutionkg.extract.text.Sentences.split(b.text()).stream().findFirst())
                .map(x -> x.text()).orElse("");
    }

    /**
     * A class its name gives only in general (an instrument: "April Charter") narrowed by what the lead says it is:
     * "was the basic law of Xland", "served as the constitution of the republic" (a noun of governing, role-nouns.tsv,
     * whose own class is narrower: a constitution). The first paragraph's first sentence only.
     */
    private String narrowedByTheLead(Article article, String name) {
        // a class the infobox's type names within the name's ("Council of X" with "House Type: Lower house": a chamber)
        String cls = infobox.typeClass(article).filter(t -> !t.equals(name)
                && org.constitutionkg.extract.OntologyClasses.get().isA(t, name)).orElse(name);
        String first = firstSentence(article).toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher copula = FIRST_COPULA.matcher(first);
        boolean hasCopula = copula.find();
        if (org.constitutionkg.extract.OntologyClasses.get().isA(cls, "StateOrgan") && hasCopula
                && leadIsASession.matcher(first).region(copula.start(), first.length()).lookingAt()
                && (lexicon.mayNameASitting(article.title().text()) || YEAR.matcher(article.title().text()).find()
                        || infobox.states(article, "sessionOf"))) {
            // (a name of a sitting's head, or one with its year, or an infobox that names the body: "The National
            // Assembly of 1848 was the first session of the Diet of X")
            return "Session"; // "The Diet of Dorn was the last session of the Imperial Diet": a sitting named like a body
        }
        if (org.constitutionkg.extract.OntologyClasses.get().isA(cls, "StateOrgan")
                && lexicon.mayNameASitting(article.title().text())
                && HELD_LEAD.matcher(org.constitutionkg.extract.text.Values.withoutParentheses(first)).lookingAt()) {
            // "The Constituent Congress of Soviets of X, held in Ytown from 4 to 12 October 1920, elected ...", "The
            // Diet of Dorn was held at Ytown in 1809": a body is set up or meets, a sitting is held
            return "Session";
        }
        java.util.regex.Matcher m = leadIs.matcher(first);
        if (!m.find()) {
            m = leadIsA.matcher(first);
            if (!hasCopula || !m.region(copula.start(), first.length()).lookingAt()) {
                return cls;
            }
        }
        // "basic law" → "Basic Law"; "the lower house of": "Lower House" before "House"; a phrase of a class no
        // narrower than the name's ("the supreme body of") gives way to its shorter end ("governing body")
        var classes = org.constitutionkg.extract.OntologyClasses.get();
        for (String phrase = m.group(1); ; phrase = phrase.substring(phrase.indexOf(' ') + 1)) {
            String p = phrase;
            Optional<String> narrower = normalizer.classify(org.constitutionkg.extract.text.Patterns.titleCase(p),
                    Map.of()).or(() -> lexicon.descriptionClass(p));
            if (narrower.isPresent() && !narrower.get().equals(cls) && classes.isA(narrower.get(), cls)) {
                return narrower.get();
            }
            // a government the lead says a body of a chamber's head noun is, in words of description-classes.tsv
            // ("was the governing body of", "the executive body of"): "The Senate of Xland was the highest governing
            // body of the duchy" is no chamber (a legislature may govern: "the supreme governing body" of a congress)
            Optional<String> said = p.contains(" ") ? lexicon.descriptionClass(p) : Optional.empty();
            if (cls.equals("Chamber") && said.filter("ExecutiveBody"::equals).isPresent()) {
                return said.get();
            }
            if (!p.contains(" ")) {
                return cls;
            }
        }
    }

    /**
     * Whether the lead describes the subject, an organ by the class of its name, as a meeting that was held
     * ({@link #HELD_DESCRIPTION}) and one of its names is numbered (a body's sitting of that number).
     */
    private boolean heldWithANumber(Facts facts) {
        String cls = facts.subjectClass();
        Article article = facts.article();
        if (cls == null || !org.constitutionkg.extract.OntologyClasses.get().isA(cls, "StateOrgan")) {
            return false;
        }
        String first = firstSentence(article).toLowerCase(java.util.Locale.ROOT);
        Matcher copula = FIRST_COPULA.matcher(first);
        return copula.find() && HELD_DESCRIPTION.matcher(first).region(copula.start(), first.length()).lookingAt()
                && facts.subjectNames().stream().anyMatch(n -> !n.equals(article.title().text())
                        && normalizer.classify(n, facts.abbreviations()).filter("Session"::equals).isPresent());
    }

    /**
     * A copula and a description of a meeting that was held: "was a clandestine party congress held on", "was the
     * joint conference of the two parties, held in" (a congress, conference or meeting, lower case).
     */
    private static final Pattern HELD_DESCRIPTION = Pattern.compile("(?:was|is) (?:a|an|the) (?:[\\p{Ll}-]+ ){0,3}"
            + "(?:congress|conference|meeting|gathering|assembly)(?: of (?:the )?[^,;]{1,80}?)?,? held (?:in|at|on|from"
            + "|between|during)\\b");

    /**
     * A lead whose subject, the sentence's first noun phrase (no comma, no relative word, no other verb of being),
     * "was held" or is ", held" somewhere or at some time: "the x congress, held in ytown from 4 to 12 october", "the
     * diet of dorn was held at"; not "the diet was the legislature whose first session was held in ...", nor "was held
     * in check".
     */
    private static final Pattern HELD_LEAD = Pattern.compile("(?:the )?(?:(?!\\b(?:whose|which|who|that|where|when"
            + "|was|is)\\b)[^,;]){3,120}?(?:,| was) held (?:in|at|on|from|between|during)\\b(?! (?:check|high|low|esteem"
            + "|regard|contempt|reserve|abeyance)\\b)");

    /** The subject's copula: the first of the sentence ("X was the legislature of Y, whose ... was a session"). */
    private static final java.util.regex.Pattern FIRST_COPULA = java.util.regex.Pattern.compile("\\b(?:was|is|became)\\b");

    /** "was the last session of", "was a sitting of": a copula and a noun of a sitting (role-nouns.tsv, sessionOf). */
    private final java.util.regex.Pattern leadIsASession = java.util.regex.Pattern.compile(
            "\\b(?:was|is|became) (?:the|a|an|its)(?: [\\p{Ll}\\d-]+){0,2}? (?:"
            + lexicon.frames().roleNouns("sessionOf").stream().map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|")) + ") of\\b");

    /**
     * "was the founding treaty of", "is an agreement between": a copula and the head noun of what the subject is, a
     * narrower class of the subject's when its name says one (a charter that the lead calls a treaty is one).
     */
    private static final java.util.regex.Pattern leadIsA = java.util.regex.Pattern.compile(
            "(?:was|is) (?:the|a|an) ((?:[\\p{Ll}-]+ ){0,2}?([\\p{Ll}]+)) (?:of|between|among|with)\\b");

    /** "was the basic law of", "served as the second constitution of": a copula and a noun of governing. */
    private final java.util.regex.Pattern leadIs = java.util.regex.Pattern.compile(
            "\\b(?:was|is|became|served as|remained) (?:the|a|its) ((?:[\\p{Ll}-]+ ){0,2}?(?:"
            + lexicon.frames().roleNouns("jurisdiction").stream().sorted((x, y) -> y.length() - x.length())
                    .map(java.util.regex.Pattern::quote).collect(java.util.stream.Collectors.joining("|")) + "))\\b");
}
