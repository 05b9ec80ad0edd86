package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.Patterns;

/**
 * Applies the rules of {@code prose-rules.txt} to a sentence: each match binds its groups (subjects, names, dates,
 * numbers), checks the classes its rule requires and states the rule's facts.
 */
final class SentenceRules {

    private static final Pattern LIST_SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    /** The kinds of group that bind a name, which must be whole: not followed by another capitalised word. */
    private static final java.util.Set<String> NAMED = java.util.Set.of("SUBJ", "REF", "NAME", "NAME+", "NAMES");
    /** A preposition right before a rule's first group: what it governs is no subject of the rule's clause. */
    private static final Pattern OBJECT_OF = Pattern.compile(
            "\\b(?:by|of|to|from|with|under|at|for|than|into|between|against|upon)\\s+$", Pattern.CASE_INSENSITIVE);
    /** A name going on past a group's end: a capitalised word, or a particle joined by a hyphen ("ad-Din"). */
    private static final Pattern CONTINUES = Pattern.compile(" (?!(?:" + DateParser.MONTH + ")\\b)\\p{Lu}|"
            + " \\p{Ll}{1,3}-\\p{Lu}");

    private final List<ProseRule> rules;
    private final Lexicon lexicon;
    private final NameFinder finder;
    private final Normalizer normalizer;
    private final Map<String, String> hints;

    SentenceRules(List<ProseRule> rules, Lexicon lexicon, NameFinder finder, Normalizer normalizer,
                  Map<String, String> hints) {
        this.rules = rules;
        this.lexicon = lexicon;
        this.finder = finder;
        this.normalizer = normalizer;
        this.hints = hints;
    }

    /** Every match of every rule in the sentence. */
    void read(ReadingState st, String text, Source src) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        Boolean lead = null;
        for (ProseRule r : rules) {
            if (!r.mayMatch(lower)) {
                continue;
            }
            if (r.leadOnly() && !(lead != null ? lead : (lead = firstSentence(st, text, src)))) {
                continue;
            }
            Matcher m = r.pattern().matcher(text);
            int pos = 0;
            while (pos <= text.length() && m.find(pos)) {
                if (negated(text, m.start(), m.end())) {
                    pos = m.start() + 1; // "X refused to ratify Y", "Y was never ratified by X": no fact
                    continue;
                }
                boolean applied = new RuleMatch(st, r, m, text, src).apply();
                pos = applied ? Math.max(m.end(), m.start() + 1) : m.start() + 1;
            }
        }
    }

    /**
     * Whether the sentence is the article's first: on the line of its first paragraph, and opening it (its first
     * words those of the paragraph, parentheses aside).
     */
    private static boolean firstSentence(ReadingState st, String text, Source src) {
        return st.firstParagraph().filter(b -> b.line() == src.line())
                .map(b -> openingWords(b.text()).equals(openingWords(text))).orElse(false);
    }

    /** The first three words of a text, parentheses and their content left out (of its first 400 characters). */
    private static String openingWords(String text) {
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        String[] w = org.constitutionkg.extract.text.Values.withoutParentheses(head).split("\\s+", 4);
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(3, w.length)));
    }

    /** A relative clause set off by commas: ", which never met after 1991,". */
    private static final Pattern SIDE_CLAUSE = Pattern.compile(", (?:which|who|whom|whose|that|where|when)\\b[^,]*,",
            Pattern.CASE_INSENSITIVE);

    /** Words that, inside a match, deny or withhold what it says (negation-words.txt). */
    private static final java.util.Set<String> NEGATIONS = Lexicon.lowerWords("negation-words.txt");

    /**
     * Whether the words of {@code text} from {@code start} to {@code end} hold a word of {@link #NEGATIONS}, outside a
     * relative clause set off by commas ("X, which never met after 1991, was ...": said of X all the same) and not as
     * "not only".
     */
    static boolean negated(String text, int start, int end) {
        // (the text itself, not a lower-cased copy: lower case may change its length, "İ", and so the match's offsets)
        String outside = SIDE_CLAUSE.matcher(text.substring(start, end)).replaceAll(", ");
        int i = 0;
        while (i < outside.length()) {
            while (i < outside.length() && !Character.isLetter(outside.charAt(i))) {
                i++;
            }
            int w = i;
            while (i < outside.length() && (Character.isLetter(outside.charAt(i)) || outside.charAt(i) == '\''
                    || outside.charAt(i) == '’')) {
                i++;
            }
            String word = outside.substring(w, i).toLowerCase(java.util.Locale.ROOT);
            if (!word.isEmpty() && (NEGATIONS.contains(word) || word.endsWith("n't") || word.endsWith("n’t"))
                    && !outside.regionMatches(true, i, " only", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** One match of one rule: binds its groups, checks its requirements, states its facts. */
    private final class RuleMatch {
        private final ReadingState st;
        private final ProseRule rule;
        private final Matcher m;
        private final Source src;
        private final Map<String, Object> bound = new java.util.HashMap<>();
        private final String sentence;

        RuleMatch(ReadingState st, ProseRule rule, Matcher m, String sentence, Source src) {
            this.st = st;
            this.sentence = sentence;
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
                if (NAMED.contains(g.getValue()) && CONTINUES.matcher(sentence)
                        .region(m.end(g.getKey()), sentence.length()).lookingAt()) {
                    return false; // "the Charter of the Xland Soviet" cut from "... Soviet Republic": no name
                }
                if ((g.getValue().equals("NAME") || g.getValue().equals("REF")) && cutShort(g.getKey(), v)) {
                    return false; // "the Kingdom of Serbs" cut from "the Kingdom of Serbs, Croats and Slovenes"
                }
                boolean subject = g.getValue().equals("SUBJ") || g.getValue().equals("REF");
                if (subject && m.start(g.getKey()) == m.start()
                        && OBJECT_OF.matcher(sentence).region(0, m.start()).find()) {
                    return false; // "the text ratified by the congress remained in force": the congress is no subject
                }
                Object b = bind(g.getValue(), v.strip());
                if (b == null && subject) {
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

        /**
         * Whether the name a group holds is the start of a longer one the sentence names there (a list in a name, a
         * title's "in the Transitional Period").
         */
        private boolean cutShort(String group, String v) {
            int end = m.end(group);
            if (end >= sentence.length() || sentence.charAt(end) != ',' && !sentence.startsWith(" in the ", end)) {
                return false;
            }
            Optional<NameFinder.Span> cut = finder.atStart(v.replace("\"", ""));
            Optional<NameFinder.Span> whole = finder.atStart(sentence.substring(m.start(group)).replace("\"", ""));
            return cut.isPresent() && whole.isPresent() && whole.get().text().length() > cut.get().text().length()
                    && whole.get().text().startsWith(cut.get().text());
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
                    return name(v);
                case "NAME+": {
                    // "often called the Velm assembly": a name before a common noun modifies it, no name of its own
                    String plain = v.replace("\"", "");
                    Optional<NameFinder.Span> span = finder.atStart(plain);
                    return span.isPresent() && NameFinder.beforeACommonNoun(span.get().text(),
                            plain.substring(span.get().end())) ? null : name(v);
                }
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
            if (cls.contains("|")) { // "require s StateOrgan|Session": one of them
                return java.util.Arrays.stream(cls.split("\\|")).anyMatch(c -> satisfies(group, c));
            }
            if (group.equals("ARTICLE")) {
                return st.facts.subjectClass() != null && OntologyClasses.get().isA(st.facts.subjectClass(), cls);
            }
            Object b = bound.get(group);
            if (b instanceof org.constitutionkg.extract.Facts.SubjectRef) {
                // the article's subject ("It came into force" in the article on an assembly): its class, when known
                Optional<String> own = Optional.ofNullable(st.facts.subjectClass())
                        .or(() -> normalizer.classify(st.facts.article().title().text(), st.facts.abbreviations()));
                return own.isEmpty() || OntologyClasses.get().isA(own.get(), cls);
            }
            if (!(b instanceof NameRef n)) {
                return b != null;
            }
            Optional<String> c = normalizer.classify(n.name(), st.facts.abbreviations());
            if (cls.equals("Person")) {
                // a person's name has no class of its words: its shape tells it ("require p Person")
                return c.isEmpty() && lexicon.names().mayBePerson(lexicon.names().clean(n.name(), "Person"));
            }
            return c.isPresent() && OntologyClasses.get().isA(c.get(), cls);
        }

        private void fact(String s, String p, String o) {
            Object subject = value(s);
            if (p.equals("a")) {
                // "b a Chamber": what the rule's words say the thing is ("had two chambers: A and B")
                List<?> things = subject instanceof List<?> list ? list : subject == null ? List.of() : List.of(subject);
                for (Object x : things) {
                    if (x instanceof NameRef n) {
                        st.facts.typed(n, o, src);
                    }
                }
                return;
            }
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
                if (p.endsWith("END")) {
                    facts.claim(s, p, r.end().orElse(r.start()).toNode(), src, false);
                } else {
                    facts.claim(s, p, r.start().toNode(), src, false);
                    if (p.endsWith("START") && r.end().isPresent()) {
                        facts.claim(s, p.replace("START", "END"), r.end().get().toNode(), src, false);
                    }
                }
                return;
            }
            if (o instanceof NameRef n) {
                OntologyClasses oc = OntologyClasses.get();
                if (oc.isProperty(p) && !oc.inRange(p, "Polity") && normalizer.classify(n.name(), facts.abbreviations())
                        .filter("Polity"::equals).isPresent()) {
                    return; // "signed by the Republic of X": a state is no signatory (the frames read it as a party)
                }
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
}
