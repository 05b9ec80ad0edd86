package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.constitutionkg.article.Article;
import org.constitutionkg.extract.naming.NameChecker;

/**
 * What one article states, before entities are resolved across articles: claims about references to things,
 * and the names under which the article mentions them.
 */
public final class Facts {

    /** Something a claim is about: the article's subject, or a thing named in the text. */
    public sealed interface Ref permits SubjectRef, NameRef { }

    /** The subject of an article. */
    public record SubjectRef(String articleId) implements Ref { }

    /**
     * A thing named in an article.
     *
     * @param name      the name as written (qualifiers removed)
     * @param articleId the article that names it (its abbreviations and jurisdiction apply)
     * @param classHint the class the context implies (e.g. Person for a signer), or null
     */
    public record NameRef(String name, String articleId, String classHint) implements Ref {

        /** Every thing named in an article is born here: its name passes the {@link NameChecker} cleanups. */
        public NameRef {
            name = Lexicon.get().names().clean(name, classHint);
        }
    }

    /** Where a fact was stated: article, line and the verbatim text. */
    public record Source(String articleId, String file, int line, String text) { }

    /** A seat allocation value: a political group and its number of seats. */
    public record Seats(Ref group, int seats) { }

    /**
     * One statement. {@code property} is a ckg: local name, "a" (object is a class local name as a String), or a
     * role such as "START" resolved by the subject's class. The object is a {@link Ref}, a literal {@link Node},
     * {@link Seats}, or a String class name.
     *
     * @param fromInfobox infobox facts win over prose facts when a single-valued property gets two values
     */
    public record Claim(Ref subject, String property, Object object, Source source, boolean fromInfobox) { }

    /**
     * Where a name comes from: the article's title; the text, as it names the thing; the text, as a name the thing
     * took later ("renamed X"), a name of it but its label only when it has no other; made from other names.
     */
    public enum Origin {
        TITLE, DIRECT, LATER, DERIVED;

        /** Whether the text itself gives the name (now or as a later name). */
        public boolean stated() {
            return this == DIRECT || this == LATER;
        }
    }

    /** A name of a thing as the article states it; lang "en" for English names. */
    public record Name(Ref ref, String text, String lang, Origin origin, Source source) { }

    private Article article;
    private final List<Claim> claims = new ArrayList<>();
    private final List<Name> names = new ArrayList<>();
    private final java.util.Set<Name> seenNames = new java.util.HashSet<>();
    private final List<String> subjectNames = new ArrayList<>();
    private final Map<String, String> abbreviations = new LinkedHashMap<>();
    private final java.util.Set<Ref> others = new java.util.HashSet<>();

    /**
     * Records that the text says a reference is other than the subject, whatever its name's key: "the present
     * Constitution of X" in the article on X's constitution of 1938.
     */
    public void otherThanSubject(Ref r) {
        others.add(r);
    }

    /** The references the text says are other than the subject. */
    public java.util.Set<Ref> others() {
        return others;
    }
    private String subjectClass;

    public Facts(Article article) {
        this.article = article;
    }

    public Article article() {
        return article;
    }

    /** Drops the article's text (infobox and body) once extracted: only the facts are needed from here on. */
    public Facts withoutText() {
        article = new Article(article.file(), article.id(), article.title(), article.caption(), List.of(), List.of());
        return this;
    }

    public List<Claim> claims() {
        return claims;
    }

    public List<Name> names() {
        return names;
    }

    /** Abbreviations the article defines, e.g. "CEC" for "Central Executive Committee". */
    public Map<String, String> abbreviations() {
        return abbreviations;
    }

    public String subjectClass() {
        return subjectClass;
    }

    public void subjectClass(String cls) {
        this.subjectClass = cls;
    }

    /** Whether the subject is a body that sits in numbered terms: a legislature or a chamber. */
    public boolean subjectSitsInTerms() {
        return subjectClass != null && (OntologyClasses.get().isA(subjectClass, "Legislature")
                || OntologyClasses.get().isA(subjectClass, "Chamber"));
    }

    /**
     * The body the article says a session belongs to, by its first "sessionOf" claim (only by one from the infobox,
     * with {@code infoboxOnly}), or empty.
     */
    public java.util.Optional<Ref> bodyOf(Ref session, boolean infoboxOnly) {
        for (Claim c : claims) {
            if ((c.fromInfobox() || !infoboxOnly) && c.property().equals("sessionOf") && c.subject().equals(session)
                    && c.object() instanceof Ref r) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /** One of the subject's sittings named in full after it: "Fifth Convocation of the National Assembly of X". */
    public String sittingOfSubject(String sitting) {
        return sitting + " of the " + article.title().text();
    }

    public SubjectRef subject() {
        return new SubjectRef(article.id());
    }

    /**
     * The years of the facts that date the subject's start ("established", START) or, with {@code start} false, its
     * end ("disbanded", END): what tells the subject from another thing of its name at another time.
     */
    public java.util.stream.IntStream subjectYears(boolean start) {
        return claims.stream()
                .filter(c -> c.subject() instanceof SubjectRef && (start
                        ? c.property().equals("established") || c.property().endsWith("START")
                        : c.property().equals("disbanded") || c.property().endsWith("END")))
                .filter(c -> c.object() instanceof Node d && d.isLiteral()
                        && LEADING_YEAR.matcher(d.getLiteralLexicalForm()).lookingAt())
                .mapToInt(c -> Integer.parseInt(((Node) c.object()).getLiteralLexicalForm().substring(0, 4)));
    }

    private static final java.util.regex.Pattern LEADING_YEAR = java.util.regex.Pattern.compile("\\d{4}(?!\\d)");

    /** A year in a text: four digits from 1500 to 2099, not part of a longer number ("1,500"). */
    public static final java.util.regex.Pattern YEAR_IN_TEXT = java.util.regex.Pattern.compile(
            "(?<![\\d,.])\\b1[5-9]\\d\\d\\b(?![\\d,]\\d)|(?<![\\d,.])\\b20\\d\\d\\b(?![\\d,]\\d)");

    /** The dates that say when a thing was made (proclaimed and signed included: "the 1905 charter", proclaimed then). */
    private static final Set<String> MADE = Set.of("START", "SPAN_START", "adopted", "ratified", "effective", "established",
            "created", "published", "signed");

    /** The years the subject was made in: those its dates of making begin with, and the years in its names. */
    public java.util.Set<Integer> madeYears() {
        java.util.Set<Integer> out = madeYears(r -> r instanceof SubjectRef);
        for (String n : subjectNames) {
            java.util.regex.Matcher y = YEAR_IN_TEXT.matcher(n);
            while (y.find()) {
                out.add(Integer.parseInt(y.group()));
            }
        }
        return out;
    }

    /** The years the dates of making of the things {@code of} accepts begin with ("adopted on 5 May 1993": 1993). */
    public java.util.Set<Integer> madeYears(java.util.function.Predicate<Ref> of) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        madeYearsByRef().forEach((r, years) -> {
            if (of.test(r)) {
                out.addAll(years);
            }
        });
        return out;
    }

    /** The years of making ({@link #madeYears(java.util.function.Predicate)}) of each thing the facts date so. */
    public Map<Ref, java.util.Set<Integer>> madeYearsByRef() {
        Map<Ref, java.util.Set<Integer>> out = new java.util.HashMap<>();
        for (Claim c : claims) {
            if (MADE.contains(c.property()) && c.object() instanceof Node d && d.isLiteral()) {
                java.util.regex.Matcher y = YEAR_IN_TEXT.matcher(d.getLiteralLexicalForm());
                if (y.lookingAt()) {
                    out.computeIfAbsent(c.subject(), r -> new java.util.TreeSet<>()).add(Integer.parseInt(y.group()));
                }
            }
        }
        return out;
    }

    /**
     * Says what class a named thing is, as the words around its name do ("A and B were its two chambers"): its name
     * again, with that class as the hint, which the resolver weighs with the others.
     */
    public void typed(NameRef n, String cls, Source src) {
        name(new NameRef(n.name(), n.articleId(), cls), n.name(), "en", Origin.DIRECT, src);
    }

    public void claim(Ref s, String p, Object o, Source src, boolean infobox) {
        if (s != null && o != null) {
            claims.add(new Claim(s, p, o, src, infobox));
        }
    }

    /**
     * A name written in quotes as another name of a thing ("the "little charter""): it may be in lower case, as
     * nicknames are; it passes the name check otherwise.
     */
    public void nickname(Ref ref, String text, String lang, Source src) {
        String t = text.strip();
        if (t.isEmpty() || !Lexicon.get().names().isName(t.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + t.substring(1))) {
            return;
        }
        add(ref, t, lang, Origin.DIRECT, src);
    }

    /**
     * Records a name once per thing, language and origin: the first place that states it is its source. The name is
     * cleaned as every name is ({@link NameChecker#clean}); one that is no name (a bare head noun, an ordinal alone,
     * a fragment) is not recorded, except an article's title, so that a thing known only by such names is never
     * born.
     */
    public void name(Ref ref, String text, String lang, Origin origin, Source src) {
        NameChecker checker = Lexicon.get().names();
        if (ref instanceof NameRef e && "Electorate".equals(e.classHint())) {
            // "universal male suffrage": an electorate is named by the text's common noun phrase, as written
            if (!text.isBlank() && text.strip().split("\\s+").length <= 14) {
                add(ref, text.strip(), lang, origin, src);
            }
            return;
        }
        String t = checker.clean(text.strip(), ref instanceof NameRef n ? n.classHint() : subjectClass);
        boolean foreign = !lang.equals("en"); // (its own rules of capitals: "Státní rada lidové republiky")
        if (origin != Origin.TITLE && !(foreign ? checker.isForeignName(t) : checker.isName(t))) {
            return;
        }
        if (ref instanceof NameRef n && "Person".equals(n.classHint()) && (checker.isOffice(t)
                || origin != Origin.TITLE && checker.hasCommonWord(t))) {
            // an office ("Imperial Chancellor", "Emperor of Xland"), whoever holds it, or a description of one
            // ("- Leader: Austrian envoy"): no person is born
            return;
        }
        if (!t.isEmpty()) {
            add(ref, t, lang, origin, src);
        }
    }

    private void add(Ref ref, String t, String lang, Origin origin, Source src) {
        if (seenNames.add(new Name(ref, t, lang, origin, null))) {
            names.add(new Name(ref, t, lang, origin, src));
            if (ref instanceof SubjectRef && lang.equals("en")) {
                subjectNames.add(t);
            }
        }
    }

    public Source source(int line, String text) {
        return new Source(article.id(), article.file(), line, text);
    }

    /** Whether the subject was given this very name, in any language ("Verfassung der X" as well as "Constitution of X"). */
    public boolean namesSubject(String text) {
        for (Name n : names) {
            if (n.ref() instanceof SubjectRef && n.text().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** The English names given for the subject of this article so far, title first. */
    public List<String> subjectNames() {
        return java.util.Collections.unmodifiableList(subjectNames);
    }
}
