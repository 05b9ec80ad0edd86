package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Supplier;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.SubjectMatcher;
import org.constitutionkg.extract.frames.Frame;
import org.constitutionkg.extract.frames.FrameMatcher;
import org.constitutionkg.extract.frames.Mention;
import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.Patterns;

/**
 * What the mentions of one sentence denote. A name is the subject of the article or section when it refers to it, else
 * the thing it names (an office, whoever holds it, is no one); a pronoun is the subject being read, or the first
 * clause's subject after a semicolon, or with "the former"/"the latter" one of the last two names before the
 * sentence; a definite description ("the council") is the thing of its head noun named last in the paragraph, else
 * the subject when its name ends so, else the one thing of that head the article names, else by its class
 * (description-classes.tsv) the article's own thing of that class.
 */
final class Referents {

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final Map<String, String> hints;
    final Facts facts;
    final String text;
    /** The sentence's mentions, in order. */
    final List<Mention> names;
    final Source src;
    final Discourse discourse;
    /** The article's or section's subject if a name refers to it, else null. */
    final Function<String, Ref> subjectOf;
    private final Supplier<Ref> current;
    /** The last two names before the sentence, newest first: "the latter", "the former". */
    private final List<String> lastTwo;
    private final int semicolon;
    /** The sentence's linguistic layers. */
    final Annotated a;
    /** "The Senate met rarely; it was abolished in 1934": "it" after a semicolon is the first clause's subject. */
    private final Mention antecedent;
    /** Finds the sentence's descriptions ("the assembly") as the frame matcher does; asked only for some pronouns. */
    Supplier<List<Mention>> describer = List::of;
    private List<Mention> described;

    /** The sentence's descriptions, found once when first asked for. */
    List<Mention> descriptions() {
        if (described == null) {
            described = describer.get();
        }
        return described;
    }

    Referents(Lexicon lexicon, Normalizer normalizer, Map<String, String> hints, Facts facts, String text,
            List<Mention> names, Source src, Discourse discourse, Function<String, Ref> subjectOf, Supplier<Ref> current,
            List<String> lastTwo, Annotated a) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.hints = hints;
        this.facts = facts;
        this.text = text;
        this.names = names;
        this.src = src;
        this.discourse = discourse;
        this.subjectOf = subjectOf;
        this.current = current;
        this.lastTwo = lastTwo;
        this.a = a;
        this.semicolon = text.indexOf("; ");
        this.antecedent = semicolon < 0 ? null : FrameMatcher.firstClauseSubject(a, semicolon, names);
        java.util.regex.Matcher and = AND_IT.matcher(text);
        this.conjunct = and.find() ? and.start() : -1;
        this.conjunctIt = conjunct < 0 ? -1 : and.end() - 2;
    }

    /**
     * A common noun's determiner after the first clause's subject, after no preposition: an object "it" may stand for
     * ("debated the draft"; not "was elected under the new constitution").
     */
    private static final java.util.regex.Pattern OBJECT_AFTER = java.util.regex.Pattern.compile(
            "(?<!\\b(?:under|in|at|of|by|for|from|with|after|before|during|until|on|to|into|since|within|over|as)\\s)"
            + "\\b(?:the|a|an|its|this|that)\\s+\\p{Ll}");

    /** Whether a name stands after "in", "at" or "near": a place, no object. */
    private boolean placeAfterPreposition(Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        return t >= 0 && PLACE_PREPOSITIONS.contains(a.word(t).toLowerCase(java.util.Locale.ROOT));
    }

    /** ", and it", ", but it", ", and then it": a clause joined to the one before it, its subject a pronoun. */
    private static final java.util.regex.Pattern AND_IT = java.util.regex.Pattern.compile(
            ", (?:and|but)(?: then| later| soon| (?:on|in|at|after|by|within) [^,;.]{1,30}?)? it\\b");
    /** Where ", and it" opens (its comma), and where its "it" stands; -1 for none. */
    private final int conjunct;
    private final int conjunctIt;

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "near");

    private static final java.util.regex.Pattern IT = java.util.regex.Pattern.compile("\\b[Ii]t\\b");
    private static final java.util.regex.Pattern IT_OR_ITS = java.util.regex.Pattern.compile("[Ii]ts?");

    /** What the reader is on: a dated list item's thing, the section's subject, else the article's. */
    Ref current() {
        return current.get();
    }

    /** The names spoken of last before the sentence, the last first. */
    List<String> lastNamed() {
        return lastTwo;
    }

    /** A name spoken of: the subject when it refers to it, else the thing it names. */
    Ref spoken(String n) {
        return Optional.ofNullable(subjectOf.apply(n)).orElseGet(() -> new NameRef(n, facts.article().id(), null));
    }

    Ref pronoun(Mention p) {
        if (p.text().equals("the latter") || p.text().equals("the former")) {
            // the last two names before it: those of the clause before a semicolon it follows ("adopted the
            // Constitution of X; the latter came into force"), then those before the sentence
            List<String> before = new java.util.ArrayList<>();
            for (Mention m : semicolon > 0 && p.start() > semicolon ? names : List.<Mention>of()) {
                if (m.end() <= semicolon && m.kind() == Mention.Kind.NAME && !placeAfterPreposition(m)) {
                    before.add(0, m.text()); // (not a place: "A and B met in Ytown; the latter ..." is B)
                }
            }
            before.addAll(lastTwo);
            return before.size() < 2 ? null : spoken(before.get(p.text().equals("the latter") ? 0 : 1));
        }
        // (... unless the first clause speaks of "it" too: "X ratified it on 2 May; it was ratified by Y a day later",
        // or names the article's subject: "the Assembly voted to dissolve the Council; it ceased to exist" in the
        // article on the Council)
        boolean itBefore = semicolon > 0 && IT.matcher(text.substring(0, semicolon)).find();
        if (antecedent != null && p.start() > semicolon && !itBefore && !namesTheSubjectBefore(semicolon)
                && !(IT_OR_ITS.matcher(p.text()).matches() && lexicon.names().mayBePerson(antecedent.text()))) {
            // (never a person's name for "it": "X was its chairman; he was followed by Y, who led it until 1960")
            return spoken(antecedent.text());
        }
        Ref fronted = frontedClauseSubject(p);
        if (fronted != null) {
            return fronted;
        }
        if (semicolon > 0 && p.start() > semicolon && !itBefore && !namesTheSubjectBefore(semicolon)
                && !text.substring(semicolon + 1, p.start()).isBlank() // (not "...; it was renamed X": the topic's)
                && names.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.end() <= semicolon
                        && organOrInstrument(m.text()))) {
            // "The council formed the Xland Committee, which acted as a government; Ivan Petrov was made its
            // chairman": the clause before the semicolon speaks of another organ, not of the article's subject;
            // either may be meant
            return null;
        }
        Ref joined = afterJoinedClause(p);
        if (joined != NOT_JOINED) {
            return joined;
        }
        if (p.start() == conjunctIt && (semicolon < 0 || semicolon > conjunct)) {
            // "The Chamber of X was elected in 1932, and it chose Y as president": "it" after ", and" is the first
            // clause's subject, a name of an organ's or instrument's class the first clause speaks of by no "it" and
            // in which the article's subject is not named
            Mention first = FrameMatcher.firstClauseSubject(a, conjunct, names);
            if (first != null && first.kind() == Mention.Kind.NAME && !IT.matcher(text.substring(0, conjunct)).find()
                    && !namesTheSubjectBefore(conjunct) && organOrInstrument(first.text())
                    && !OBJECT_AFTER.matcher(text.substring(first.end(), conjunct)).find()
                    && names.stream().noneMatch(n -> n.start() >= first.end() && n.end() <= conjunct
                            && !placeAfterPreposition(n) && !(n.kind() == Mention.Kind.NAME
                                    && (lexicon.names().mayBePerson(n.text()) || lexicon.names().isOffice(n.text()))))) {
                // (a person or an office the first clause names is no "it": "X elected Ivo Brant President, and on the
                // next day it elected ...")
                // (no object the first clause names that "it" may be: "The Diet debated the draft, and it was adopted")
                return spoken(first.text());
            }
        }
        // "The Council of Ministers existed until 1991, when it was succeeded by Y": "it" in a clause of time after a
        // comma is the main clause's subject, a name of the article's kind that opens the sentence
        java.util.regex.Matcher when = SUBORDINATE_IT.matcher(text.substring(0, p.start()));
        if (p.start() > 0 && when.find()) {
            if (!names.isEmpty() && anotherOrganBefore(when.start())) {
                return null; // "The Diet abolished the Council in 1920, when it ...": either may be meant
            }
            if ((text.startsWith("The latter ") || text.startsWith("The former ")) && lastTwo.size() >= 2) {
                // "The latter existed until 1991, when it was replaced by Y": what "the latter" is
                return spoken(lastTwo.get(text.startsWith("The latter ") ? 0 : 1));
            }
            Mention main = names.isEmpty() ? null : mainSubjectBefore(p);
            if (main != null) {
                return spoken(main.text());
            }
            int k = 1;
            while (k < a.size() && a.start(k) < p.start() && Character.isLowerCase(a.word(k).charAt(0))
                    && (a.tag(k).equals("NOUN") || a.tag(k).equals("ADJ"))) {
                k++;
            }
            if (k > 1 && a.word(0).equals("The") && a.tag(k - 1).equals("NOUN")) {
                // "The krai soviet survived until 1993, when it was disbanded": what the description that opens the
                // sentence stands for, when it stands for something
                Ref opening = described(text.substring(0, a.end(k - 1)));
                if (opening != null) {
                    return opening;
                }
            }
            if (unknownMainSubject(when.start())) {
                return null; // "..., the anniversary of the charter was a holiday until it was abolished": not the charter
            }
        }
        java.util.regex.Matcher bare = SUBORDINATE_BARE_IT.matcher(text.substring(0, p.start()));
        if (p.start() > 0 && bare.find() && unknownMainSubject(bare.start())) {
            return null; // (the same with no comma before the clause of time)
        }
        // "Its presidium was chaired by X, who headed it until 1936": "it" in a relative clause on a person is the
        // organ the main clause is about, the mention the sentence opens with
        if (p.start() > 0 && WHO_CLAUSE.matcher(text.substring(0, p.start())).find()) {
            Ref main = openingOrgan(p);
            if (main != null) {
                return main;
            }
        }
        return current.get();
    }

    /** A clause of time the sentence opens with, up to the comma that ends it: "When X met in 1990, ". */
    private static final java.util.regex.Pattern FRONTED = java.util.regex.Pattern.compile(
            "(?:When|Once|After|Before|As soon as|Since) ([^,;]+), ");

    private static final java.util.regex.Pattern IT_OPENS = java.util.regex.Pattern.compile("it\\b");
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile(
            "[;:]|, (?:and|but|when|which|who|whose|until|after|before|while|where)\\b");

    /**
     * "When the newly elected Council met in 1990, it chose X as its chairman": "it", the subject of the main clause
     * after a clause of time the sentence opens with ("when", "once", "after", "before", "since"; not a concessive or a
     * causal one: "Although the Charter provided for a Senate, it never met"), is that clause's subject when it is a
     * name of an organ's or an instrument's class opening the clause after "the" and modifiers, whatever else it names
     * ("After the Diet adopted the Constitution, it appointed X": the Diet; a frame whose agent cannot be the Diet looks
     * for the nearest thing that can); else null.
     */
    private Ref frontedClauseSubject(Mention p) {
        java.util.regex.Matcher f = FRONTED.matcher(text);
        if (!f.lookingAt() || p.start() < f.end() || !IT_OPENS.matcher(text).region(f.end(), text.length()).lookingAt()
                || CLAUSE_BREAK.matcher(text.substring(f.end(), p.start())).find()) {
            return null; // (its "it" the main clause's subject; "its" later in that clause the same)
        }
        for (Mention m : names) {
            if (m.start() >= f.start(1) && m.end() <= f.end(1) && m.kind() == Mention.Kind.NAME) {
                return opensTheClause(f.start(1), m) && organOrInstrument(m.text()) ? spoken(m.text()) : null;
            }
        }
        return null;
    }

    /**
     * Whether a name opens the clause from {@code from}: right away, or after "the" and modifiers only (adjectives,
     * adverbs, participles: "the newly elected Council"; not "the adoption of the Constitution", "the deputies ratified
     * the Treaty").
     */
    private boolean opensTheClause(int from, Mention m) {
        int k = a.tokenAt(from);
        int name = a.tokenAt(m.start());
        if (k < name && a.word(k).equalsIgnoreCase("the")) {
            k++;
        } else if (k < name) {
            return false;
        }
        for (; k < name; k++) {
            String t = a.tag(k);
            if (!(t.equals("ADJ") || t.equals("ADV") || t.equals("VERB") && a.word(k).endsWith("ed"))
                    || !Character.isLowerCase(a.word(k).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern OPENING_OWNED = java.util.regex.Pattern.compile(
            "Its (\\p{Ll}+ \\p{Ll}+)");

    /** A relative clause on a person after a comma, open up to the pronoun: ", who headed". */
    private static final java.util.regex.Pattern WHO_CLAUSE = java.util.regex.Pattern.compile(", who [^,;]*$");

    /** The organ the mention a sentence opens with stands for, when it ends before {@code p}; else null. */
    private Ref openingOrgan(Mention p) {
        java.util.regex.Matcher own = OPENING_OWNED.matcher(text);
        if (own.lookingAt()) { // ("Its presidium ...": a description, not among the names)
            String[] w = own.group(1).toLowerCase(java.util.Locale.ROOT).split(" ");
            String noun = lexicon.ownedOrganNouns().contains(w[0] + " " + w[1]) ? w[0] + " " + w[1]
                    : lexicon.ownedOrganNouns().contains(w[0]) ? w[0] : null;
            return noun == null ? null : owned(new Mention(0, own.start(1) + noun.length(), Mention.Kind.DESCRIPTION,
                    text.substring(0, own.start(1) + noun.length())));
        }
        if (names.isEmpty()) {
            return null;
        }
        Mention first = names.get(0);
        String lead = text.substring(0, first.start()).strip();
        if (!(lead.isEmpty() || lead.equals("The")) || first.end() > p.start() || first.kind() == Mention.Kind.PRONOUN) {
            return null;
        }
        for (Mention m : names) {
            if (m != first && m.start() >= first.end() && m.end() <= p.start() && organOrInstrument(m.text())) {
                return null; // "X handed its powers to Y under Z, who presided over it": Y's, or either's
            }
        }
        Ref r = resolve(first, null);
        return r != null && organ(r) ? r : null;
    }

    /**
     * Whether the main clause before a clause of time (which opens at {@code end}) names an organ or an instrument
     * after its first name: then "it" may stand for either ("The Diet abolished the Council in 1920, when it ...").
     */
    private boolean anotherOrganBefore(int end) {
        Mention first = names.get(0);
        for (Mention m : names) {
            if (m != first && m.kind() == Mention.Kind.NAME && m.start() > first.end() && m.end() <= end
                    && organOrInstrument(m.text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the main clause before a clause of time (which opens at {@code end}) has as its subject a common noun's
     * phrase that stands for nothing the text speaks of ("In the republic the anniversary of the charter, 1 May, was
     * kept as a holiday until it was abolished": the anniversary's, no charter's): its head noun, the first of the
     * phrase before the clause's first verb (an apposition between commas passed over), described as nothing.
     */
    private boolean unknownMainSubject(int end) {
        int v = 0;
        while (v < a.size() && a.start(v) < end && (!(a.tag(v).equals("VERB") || a.tag(v).equals("AUX"))
                || insideName(v))) {
            v++;
        }
        if (v >= a.size() || a.start(v) >= end || v == 0) {
            return false;
        }
        int t = v - 1;
        if (a.word(t).equals(",")) { // ("the anniversary of the charter, 1 May, was kept")
            t--;
            while (t >= 0 && !a.word(t).equals(",")) {
                t--;
            }
            t--;
        }
        if (t < 0 || !a.tag(t).equals("NOUN") || insideName(t)) {
            return false;
        }
        int s = t;
        while (s > 0 && !insideName(s - 1) && (a.tag(s - 1).equals("NOUN") || a.tag(s - 1).equals("ADJ")
                || a.tag(s - 1).equals("DET") || a.word(s - 1).equals("of"))
                && !(a.tag(s).equals("DET") && a.tag(s - 1).equals("NOUN"))) {
            s--; // (a determiner after a noun opens the phrase: "During the war the council met ...")
        }
        int head = s;
        while (head <= t && !a.tag(head).equals("NOUN")) {
            head++;
        }
        return head <= t && head > s && a.word(head - 1).equalsIgnoreCase("the")
                && Character.isLowerCase(a.word(head).charAt(0)) && described("the " + a.word(head)) == null;
    }

    /** Whether token {@code k} lies inside one of the sentence's names. */
    private boolean insideName(int k) {
        return names.stream().anyMatch(m -> m.kind() == Mention.Kind.NAME && m.start() <= a.start(k)
                && a.end(k) <= m.end());
    }

    /** Whether a name's class is an organ's or an instrument's. */
    private boolean organOrInstrument(String name) {
        OntologyClasses o = OntologyClasses.get();
        return normalizer.classify(name, facts.abbreviations())
                .filter(c -> o.isA(c, "StateOrgan") || o.isA(c, "LegalInstrument")).isPresent();
    }

    /** What {@link #afterJoinedClause} returns when its reading does not apply. */
    private static final Ref NOT_JOINED = new NameRef("", "", null);

    /** ", and " or ", but " before a clause of its own. */
    private static final java.util.regex.Pattern JOIN = java.util.regex.Pattern.compile(", (?:and|but) ");

    /**
     * "In 1990 the Supreme Soviet of X met in Ytown, and Y became its chairman": a pronoun inside a clause joined by ",
     * and" or ", but" that has a subject and a verb of its own before the pronoun, when the first clause's subject is
     * a name of an organ's or instrument's class that is not the article's subject (and no "it" or mention of the
     * subject stands before the join), is that organ's; an instrument's, or one the first clause names another organ
     * beside, is nobody's (either may be meant). {@link #NOT_JOINED} when the sentence is not of this shape ("and it
     * ..." is read elsewhere; "the Senate, the Chamber, and its presidium" joins no clause: no verb between).
     */
    private Ref afterJoinedClause(Mention p) {
        int join = -1;
        java.util.regex.Matcher m = JOIN.matcher(text);
        while (m.find() && m.end() < p.start()) {
            join = m.start();
        }
        if (join < 0 || p.start() == conjunctIt || (semicolon > 0 && semicolon > join)) {
            return NOT_JOINED;
        }
        int k = a.tokenAt(join + 2);
        boolean verb = false;
        for (int i = k + 1; i < a.size() && a.start(i) < p.start(); i++) {
            verb |= a.tag(i).equals("VERB") || a.tag(i).equals("AUX");
        }
        if (!verb || IT.matcher(text.substring(0, join)).find() || namesTheSubjectBefore(join)) {
            return NOT_JOINED;
        }
        Mention first = FrameMatcher.firstClauseSubject(a, join, names);
        if (first == null || first.kind() != Mention.Kind.NAME || !organOrInstrument(first.text())) {
            return NOT_JOINED;
        }
        int joinAt = join;
        boolean another = names.stream().anyMatch(n -> n.start() >= first.end() && n.end() <= joinAt
                && n.kind() == Mention.Kind.NAME && !placeAfterPreposition(n) && organOrInstrument(n.text()));
        // (another organ the first clause names may be meant as well: "The Assembly created the State Council, and Y
        // became its chairman"; so may an instrument's)
        Ref firstRef = spoken(first.text());
        return !another && organ(firstRef) ? firstRef : null;
    }

    /** Whether a name before {@code end} refers to the article's or section's subject. */
    private boolean namesTheSubjectBefore(int end) {
        for (Mention m : names) {
            if (m.kind() == Mention.Kind.NAME && m.end() <= end && subjectOf.apply(m.text()) != null) {
                return true;
            }
        }
        return false;
    }

    /** The words that open a clause of time or cause after a comma, whose "it" is the main clause's subject. */
    private static final java.util.regex.Pattern SUBORDINATE_IT = java.util.regex.Pattern.compile(
            ", (?:when|until|after|before|since|as|because|although|though|while|where|once) (?:in \\d{4},? )?$");

    /** The same words after no comma: "The anniversary was a holiday until it was abolished". */
    private static final java.util.regex.Pattern SUBORDINATE_BARE_IT = java.util.regex.Pattern.compile(
            "(?<=\\p{L}) (?:when|until|after|before|since|because|although|though|while|once) (?:in \\d{4},? )?$");

    /**
     * The name a sentence opens with, when the pronoun at {@code p} is the subject of a clause of time after a comma
     * ("..., when it was succeeded by Y") and that name is no mention of the subject, of an organ's or instrument's
     * class; else null.
     */
    private Mention mainSubjectBefore(Mention p) {
        Mention first = names.get(0);
        String lead = text.substring(0, first.start()).strip();
        if (first.kind() != Mention.Kind.NAME || !(lead.isEmpty() || lead.equals("The")) || first.end() > p.start()
                || subjectOf.apply(first.text()) != null) {
            return null;
        }
        return organOrInstrument(first.text()) ? first : null;
    }

    private static final java.util.regex.Pattern DEMONSTRATIVE = java.util.regex.Pattern.compile("(?i)this ");
    private static final java.util.regex.Pattern THAT = java.util.regex.Pattern.compile("(?i)that ");

    /** What a definite description denotes, or null (an indefinite one denotes nothing spoken of before). */
    Ref described(String d) {
        Ref r = describedAnyway(d);
        String mod = pairedHouse(d);
        if (mod != null && r != null) {
            // "The lower chamber, the House of X, ... The upper chamber was renamed ...": the other house
            List<String> names = r instanceof NameRef nr ? List.of(nr.name())
                    : r.equals(facts.subject()) ? facts.subjectNames() : List.of();
            if (names.stream().anyMatch(n -> introducedAs(OTHER_HOUSE.get(mod), n))) {
                return null;
            }
        }
        return r;
    }

    /** The words of a pair of houses and each one's other: "the upper chamber" is never the lower one. */
    private static final Map<String, String> OTHER_HOUSE = Map.of("upper", "lower", "lower", "upper");

    /** The word of a pair of houses a description holds ("the upper chamber": "upper"), or null. */
    private static String pairedHouse(String d) {
        for (String w : d.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (OTHER_HOUSE.containsKey(w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * Whether the article introduces the thing named {@code name} as its "upper" or "lower" ({@code which}) house:
     * "the lower chamber, the House of X", "the House of X, the lower house", "the House of X was the lower chamber".
     */
    private boolean introducedAs(String which, String name) {
        String n = Pattern.quote(Patterns.withoutThe(name));
        Pattern p = Pattern.compile("(?i)\\b" + which + " (?:chamber|house)\\b,? (?:was )?(?:the )?" + n + "\\b|\\b" + n
                + "\\b,? (?:\\([^)]*\\),? )?(?:was |served as |became )?(?:the|its) " + which + " (?:chamber|house)\\b");
        return facts.article().blocks().stream().anyMatch(b -> p.matcher(b.text()).find());
    }

    /**
     * Whether the article's first paragraph says the subject is the thing of the description's ordinal and head: "was
     * the first constitution", "became its second charter" (not "its drafter was the first president").
     */
    private boolean leadNumbers(String d) {
        String lead = facts.article().firstParagraph().map(b -> b.text().toLowerCase(java.util.Locale.ROOT)).orElse("");
        for (String w : Patterns.WHITESPACE.split(d.toLowerCase(java.util.Locale.ROOT))) {
            if (lexicon.ordinal(w).isPresent() && Pattern.compile("\\b(?:was|is|became) (?:the|its) "
                    + Pattern.quote(w) + " (?:[\\p{L}-]+ ){0,2}" + Pattern.quote(Discourse.lastWord(d)
                            .toLowerCase(java.util.Locale.ROOT)) + "\\b").matcher(lead).find()) {
                return true;
            }
        }
        return false;
    }

    private Ref describedAnyway(String d) {
        if (d.startsWith("a ") || d.startsWith("an ") || d.startsWith("A ") || d.startsWith("An ")) {
            return null; // "a new charter": no thing spoken of before ({@link InstrumentDescriptions#indefinite})
        }
        if (SubjectMatcher.another(d)) {
            return null; // "the previous diet", "the next congress": another of the kind, which the text does not name
        }
        if (DEMONSTRATIVE.matcher(d).lookingAt() && current.get() != null && !current.get().equals(facts.subject())) {
            // "This constitution was repealed in 1958" in the section on one: the section's topic, whatever it named
            // last ("It replaced the March Constitution. This constitution ..."); elsewhere the last named of that head
            Ref topic = current.get();
            Optional<String> cls = headClass(d);
            Optional<String> own = classOf(topic);
            if (cls.isPresent() && own.isPresent() && OntologyClasses.get().isA(own.get(), cls.get())) {
                return topic;
            }
        }
        String noun = Discourse.lastWord(d).toLowerCase(java.util.Locale.ROOT);
        if (lexicon.memberNouns().contains(noun)) {
            return membersBody(d);
        }
        if (noun.length() > 3 && !Patterns.singular(noun).equals(noun)
                && lexicon.descriptionClass(Patterns.singular(noun)).isEmpty() && !d.strip().contains(" of ")) {
            // "elected by the diets", "the councils were abolished": several things, none of them the one named last
            // (a plural of description-classes.tsv, "the republics", may stand for a list that follows); but "the
            // accords" in the article on the "Velm Accords" are its subject
            return subjectOf.apply(d);
        }
        if (THAT.matcher(d).lookingAt()) {
            // "That assembly adopted ...", "that body's presidium": the thing of that head named last, else the last
            // thing named of the class the head says ("A People's Chamber was elected. That assembly ...")
            Optional<String> named = discourse.lastWithHead(d);
            if (named.isPresent()) {
                return spoken(named.get());
            }
            Optional<String> cls = headClass(d);
            OntologyClasses o = OntologyClasses.get();
            // (an assembly may be a chamber: "A People's Chamber was elected. That assembly ...")
            java.util.function.Predicate<String> fits = k -> o.isA(k, cls.get())
                    || cls.get().equals("Legislature") && k.equals("Chamber");
            for (String n : cls.isEmpty() ? List.<String>of() : discourse.lastNamed(6)) {
                if (normalizer.classify(n, facts.abbreviations()).filter(fits).isPresent()) {
                    return spoken(n);
                }
            }
            return null;
        }
        List<String> modifiers = capitalisedModifiers(d);
        if (!modifiers.isEmpty()) {
            // "the Xland constitution": only a thing whose name holds "Xland" (the subject, or one named before)
            if (modifiers.stream().allMatch(w -> facts.subjectNames().stream().anyMatch(n -> n.contains(w)))) {
                Ref s = subjectOf.apply(d);
                if (s != null) {
                    return s;
                }
            }
            return discourse.lastWithHead(d).filter(n -> modifiers.stream().allMatch(n::contains))
                    .map(this::spoken).orElse(null);
        }
        // "the first constitution" names by its place in a sequence: only a thing named with that ordinal, never
        // merely the last thing of that head (a "Constitution of 1937" named before is no first constitution)
        int ordinal = ordinalOf(d);
        // "the congress" after "The Fifth Congress met in X." is that congress; with none of that head named in
        // its paragraph, it is the article's subject if its name ends so or has that head ("Third Diet of X")
        int at = text.indexOf(d); // (not in the text: a list's item read with its lead-in, nothing after it)
        Set<String> after = at < 0 ? Set.of() : later(names, at);
        // ... and "the 1850 constitution" by its year: only a thing named with that year
        String year = yearOf(d);
        Optional<String> near = discourse.lastWithHead(d, after::contains)
                .filter(n -> discourse.inParagraph(src.line()).contains(n)).filter(n -> numbered(n, ordinal))
                .filter(n -> year == null || holdsYear(n, year));
        if (near.isPresent() && !topicGoesOn(d, near.get())) {
            return spoken(near.get());
        }
        Ref body = bodyOfTheSession(d);
        if (body != null) {
            return body;
        }
        Ref s = subjectOf.apply(d);
        // "the first committee" in the article on the committee: its first convocation, not the body (unless the
        // subject is the one of that number: "the fifth congress" in the article on the Fifth Congress)
        // (so too a bare "the first constitution" in the article on the 1927 one, unless its lead calls it so: "X
        // was the first constitution of Y"; "the first constitution of Y" may name the subject by its state)
        boolean otherNumber = ordinal > 0 && facts.subjectClass() != null
                && (OntologyClasses.get().isA(facts.subjectClass(), "StateOrgan")
                        || OntologyClasses.get().isA(facts.subjectClass(), "LegalInstrument") && !d.contains(" of ")
                        && !text.contains(d + " of ") && !leadNumbers(d))
                && facts.subjectNames().stream().noneMatch(n -> numbered(n, ordinal));
        boolean subjectsYear = year == null || facts.subjectNames().stream().anyMatch(n -> holdsYear(n, year))
                || facts.madeYears().contains(Integer.parseInt(year)); // ("the 1928 statute": adopted in 1928)
        if (s != null && !(otherNumber && s.equals(facts.subject())) && (subjectsYear || !s.equals(facts.subject()))) {
            return s;
        }
        if (!otherNumber && subjectsYear
                && facts.subjectNames().stream().anyMatch(n -> Discourse.headNoun(n).equals(Discourse.lastWord(d)))) {
            return facts.subject();
        }
        if (ordinal > 0) {
            return discourse.lastWithHead(d).filter(n -> numbered(n, ordinal)).map(this::spoken).orElse(null);
        }
        // "the chamber" in the article on the upper house, in a paragraph that names no chamber: the article's own
        // house, not the lower one it named paragraphs before (a thing of the subject's own class)
        if (!otherNumber && subjectsYear && ofSubjectsClass(d, after)) {
            return facts.subject();
        }
        if (year != null) {
            // ... a thing named with that year, or the subject when it is ("the 1920 text" in the article on the
            // 1920 Constitution), never merely the last thing of that head
            Optional<String> dated = discourse.lastWithHead(d).filter(n -> holdsYear(n, year));
            if (dated.isPresent()) {
                return spoken(dated.get());
            }
            String own = facts.subjectClass();
            if (subjectsYear && own != null && headClass(d).filter(c -> OntologyClasses.get().isA(own, c)).isPresent()) {
                return facts.subject();
            }
            // ... or the instrument the mentions made of the description itself ("the constitution of 1948": the
            // "1948 Constitution", Mentions.datedInstruments)
            String head = YEAR_AFTER_HEAD.matcher(d).replaceFirst("");
            String made = year + " " + Patterns.capitalised(Discourse.lastWord(head));
            return facts.names().stream().filter(n -> n.ref() instanceof NameRef r && r.name().equals(made))
                    .map(Facts.Name::ref).findFirst().orElse(null);
        }
        // "the assembly": the thing of that head noun spoken of last, if it was named before this sentence
        // ... or, written with a capital ("the Declaration"), the one thing of that head the article names later
        // (never a thing the sentence names after it: "The new constitution ..., replacing the Constitution of 1857";
        // a plural, "the republics: A, B", stands for the things named after it, the caller's to read)
        String head = Discourse.lastWord(d);
        if (NEW_THING.matcher(d).find() && lexicon.descriptionClass(head).filter("Polity"::equals).isPresent()) {
            // "the new state": the state the text said was founded (the last one), else the article's own, not merely
            // the last one it named ("modelled on the constitution of Xland ... the legislature of the new state")
            Ref founded = newlyFounded();
            return founded != null ? founded : ownOfClass("Polity");
        }
        java.util.function.Predicate<String> skip = Patterns.singular(head).equals(head) ? after::contains : n -> false;
        // (only a thing named in this paragraph or the one before: "The constitution entered into force" in a section
        // on the aftermath is no model named sections before)
        java.util.function.Predicate<String> far = n -> !discourse.nearby(n, src.line());
        return discourse.lastWithHead(d, skip.or(far)).or(() -> Character.isUpperCase(d.charAt(d.lastIndexOf(' ') + 1))
                ? discourse.onlyWithHead(d) : Optional.empty()).map(this::spoken)
                .orElseGet(() -> lexicon.descriptionClass(head).map(c -> ofClass(c, after)).orElse(null));
    }

    /**
     * Whether a description is the subject of the sentence's first clause: the sentence opens with it, or with an
     * adverbial of no verb before it ("After Ivo's death in 1931 the committee was headed by X", "In 1931, the
     * committee ...").
     */
    private boolean opensTheClause(String d) {
        int at = text.indexOf(d);
        if (at < 0) {
            return false;
        }
        if (at > 0 && !(a.tag(0).equals("ADP") || a.tag(0).equals("ADV") || a.tag(0).equals("SCONJ"))) {
            return false; // (not "The Treaty and the Declaration were confirmed": a subject of two things)
        }
        for (int k = 0; k < a.size() && a.start(k) < at; k++) {
            if (a.tag(k).equals("VERB") || a.tag(k).equals("AUX") || a.tag(k).equals("CCONJ")
                    || a.word(k).equals(";")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a sentence that opens with the subject's head ("The Assembly met in X", "The parliament had"), goes on with the
     * article's topic rather than with another thing of its class the paragraph named last ("... the outgoing
     * Constituent Assembly had passed a rule. The Assembly met in X" in the article on a Legislative Assembly); not
     * with a sitting of it ("The Fifth Congress met in X. The Congress ..." speaks of the fifth).
     */
    private boolean topicGoesOn(String d, String near) {
        if (!d.regionMatches(true, 0, "the ", 0, 4) || d.substring(4).contains(" ") || !opensTheClause(d)
                || facts.subjectClass() == null || !facts.subject().equals(subjectOf.apply(d))) {
            return false;
        }
        // (not when a sentence of the paragraph opened with the other: "The Constituent Assembly was elected in 1789.
        // The Assembly abolished ..." goes on with it)
        java.util.regex.Pattern opened = java.util.regex.Pattern.compile("(?:^|[.;!?]\\s+)(?:The\\s+)?"
                + java.util.regex.Pattern.quote(Patterns.withoutArticle(near)) + "\\b");
        // (a thing of the subject's kind: "the committee" in the article on a state committee, after the central
        // executive committee it was set up under, an executive body; never a sitting: "The Fifth Congress met")
        OntologyClasses o = OntologyClasses.get();
        return normalizer.classify(near, facts.abbreviations()).filter(c -> c.equals(facts.subjectClass())
                || o.top(c).equals(o.top(facts.subjectClass()))).isPresent()
                && !facts.subject().equals(subjectOf.apply(near)) && !opened.matcher(paragraph()).find();
    }

    /** The text of the paragraph the sentence is read from (its line), or the sentence's own line. */
    private String paragraph() {
        return facts.article().blocks().stream().filter(b -> b.line() == src.line()).map(b -> b.text())
                .findFirst().orElse(src.text());
    }

    /** The class a description's head noun says: "country" a state (description-classes.tsv), "council" an organ. */
    Optional<String> headClass(String d) {
        String head = Discourse.lastWord(d);
        return lexicon.descriptionClass(head)
                .or(() -> normalizer.classify(Patterns.capitalised(head), facts.abbreviations()));
    }

    /**
     * The body "the deputies" or "the senators" ({@code d}) sit in: the organ named in the paragraph whose name holds
     * their noun ("the Chamber of Deputies", "the Senate"); else what the reader is on (the article's or the section's
     * subject) when it is an assembly, a chamber or a sitting (any organ for a bare plural, "Deputies were elected by
     * X"); else the one such body the paragraph named; or null.
     */
    private Ref membersBody(String d) {
        String noun = Discourse.lastWord(d);
        boolean bare = !d.strip().contains(" ");
        OntologyClasses o = OntologyClasses.get();
        java.util.function.Predicate<String> body = k -> o.isA(k, "Legislature") || o.isA(k, "Chamber")
                || k.equals("Session"); // (an assembly's, not a government's)
        Ref cur = current.get();
        // "The deputies were elected by X, the senators by Y" after "a Chamber of Deputies and a Senate": the members of
        // the organ whose name holds their noun (its first five letters: "senators" of the Senate, "councillors" of a
        // Council)
        for (String n : discourse.inParagraph(src.line())) {
            if (membersOf(noun, n) && normalizer.classify(n, facts.abbreviations())
                    .filter(k -> o.isA(k, "StateOrgan") || k.equals("Session")).isPresent()) {
                return spoken(n);
            }
        }
        if (cur != null && classOf(cur).filter(k -> body.test(k) || bare && o.isA(k, "StateOrgan")).isPresent()) {
            return cur; // (a bare plural, "Deputies were elected by X", the members of what the text speaks of)
        }
        // (else the one body named in the paragraph: of two, "the members" are either's, none)
        List<String> bodies = discourse.inParagraph(src.line()).stream().distinct()
                .filter(n -> normalizer.classify(n, facts.abbreviations()).filter(body).isPresent()).toList();
        return bodies.size() == 1 ? spoken(bodies.get(0)) : null;
    }

    /** Whether a body's name holds a word that opens as a noun of its members does: "Senate" of "senators". */
    private static boolean membersOf(String noun, String name) {
        String n = noun.toLowerCase(java.util.Locale.ROOT);
        if (n.length() < 5) {
            return false;
        }
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")) {
            if (w.length() >= 5 && w.regionMatches(0, n, 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a description's head, in lower case, says the class of the article's subject, and the thing of that
     * head named last before it is of that class too: then both are candidates, and out of its paragraph the article's own is meant.
     */
    private boolean ofSubjectsClass(String d, Set<String> later) {
        String own = facts.subjectClass();
        String head = Discourse.lastWord(d);
        if (own == null || facts.subject() == null || !Character.isLowerCase(head.charAt(0))
                || !facts.subject().equals(current.get())) {
            return false; // ("the Declaration" is the short name of one, whichever the article means)
        }
        Optional<String> cls = normalizer.classify(Patterns.capitalised(head), facts.abbreviations())
                .or(() -> lexicon.descriptionClass(head));
        Optional<String> last = discourse.lastWithHead(d, later::contains)
                .flatMap(n -> normalizer.classify(n, facts.abbreviations()));
        return cls.filter(own::equals).isPresent() && last.filter(own::equals).isPresent();
    }

    /**
     * In the article on a sitting named after its body ("Fourth Session of the National Assembly of X"), "the assembly"
     * is the body, not the sitting ("287 of the assembly's 300 deputies attended"); a number before the body's name
     * counts its convocations ("the Fifth National Assembly"), and is left out. Null for any other description.
     */
    private Ref bodyOfTheSession(String d) {
        if (!"Session".equals(facts.subjectClass())) {
            return null;
        }
        String head = Discourse.lastWord(d);
        for (String n : facts.subjectNames()) {
            int of = n.indexOf(" of ");
            if (of < 0 || !lexicon.isSittingNoun(Discourse.lastWord(n.substring(0, of)))) {
                continue;
            }
            String rest = Patterns.withoutThe(n.substring(of + 4));
            if (normalizer.numberedConvocation(rest, facts.abbreviations())) {
                // (a convocation's number; "Second Chamber" keeps its own)
                rest = Patterns.WHITESPACE.split(rest, 2)[1];
            }
            if (Discourse.headNoun(rest).equals(head) && !lexicon.isSittingNoun(head)) {
                return new NameRef(rest, facts.article().id(), normalizer.classify(rest, facts.abbreviations())
                        .orElse(null));
            }
        }
        return null;
    }

    /** " of 1948" after a description's head ("the constitution of 1948"). */
    private static final java.util.regex.Pattern YEAR_AFTER_HEAD = java.util.regex.Pattern.compile(" of \\d{4}$");

    /** The year a description holds ("the 1850 constitution": "1850"), else null. */
    private static String yearOf(String d) {
        for (String w : Patterns.WHITESPACE.split(d)) {
            if (Patterns.isYear(w)) {
                return w;
            }
        }
        return null;
    }

    /** Whether a name holds the year as a word of its own ("Constitution of 1850", "X (1850)"). */
    private static boolean holdsYear(String name, String year) {
        return java.util.Arrays.asList(Patterns.WHITESPACE.split(name.replaceAll("[(),]", " ").strip()))
                .contains(year);
    }

    /** The number of the ordinal word a description holds ("the third constitution": 3), else 0. */
    private int ordinalOf(String d) {
        for (String w : Patterns.WHITESPACE.split(d)) {
            if (w.length() > 2 && Character.isLowerCase(w.charAt(0))) {
                Optional<Integer> n = lexicon.ordinal(w);
                if (n.isPresent()) {
                    return n.get();
                }
            }
        }
        return 0;
    }

    /** Whether a name holds the ordinal {@code n} ("Third Congress of X" holds 3); any name when {@code n} is 0. */
    private boolean numbered(String name, int n) {
        return n == 0 || Patterns.WHITESPACE.splitAsStream(name)
                .anyMatch(w -> lexicon.ordinal(w).filter(o -> o == n).isPresent());
    }

    private static final java.util.regex.Pattern OWNER = java.util.regex.Pattern.compile("(?i)its ");

    /** Whether a mention is "its offices", "its headquarters" (seat-nouns.txt): the organ itself, in a frame of place. */
    boolean seat(Mention m) {
        return m.kind() == Mention.Kind.DESCRIPTION && OWNER.matcher(m.text()).lookingAt()
                && lexicon.seatNouns().contains(m.text().substring(4).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a reference's class is an organ's. */
    private boolean organ(Ref r) {
        return classOf(r).filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent();
    }

    /**
     * "Its presidium", "its standing committee": the organ of that noun the thing "it" stands for has, when that is an
     * organ: the one of that head and that organ named last in the paragraph, else the "Presidium of the Folk Diet",
     * named so; "its offices" (seat-nouns.txt) the organ itself, in a frame of its place; else null.
     */
    private Ref owned(Mention m) {
        Ref owner = pronoun(new Mention(m.start(), m.start() + 2, Mention.Kind.PRONOUN, "it"));
        String before = text.substring(0, m.start()).stripTrailing();
        if (before.endsWith(" and")) {
            // "The District Council and its presidium were dissolved": the presidium of the name before "and"
            int end = before.length() - 4;
            for (Mention n : names) {
                if (n.kind() == Mention.Kind.NAME && n.end() == end) {
                    Ref named = resolve(n, null);
                    owner = named != null ? named : owner;
                }
            }
        }
        if (owner == null || !organ(owner)) {
            return null;
        }
        if (seat(m)) {
            return owner; // "Its offices were located in X": the organ's place
        }
        String noun = m.text().substring(m.text().indexOf(' ') + 1);
        Optional<String> nounClass = normalizer.classify(Patterns.titleCase(noun), Map.of());
        if (nounClass.isPresent() && nounClass.equals(classOf(owner))) {
            // "The Presidium of X was formed. Its presidium ...": no presidium has one; the article's organ is meant
            owner = facts.subject();
            if (owner == null || !organ(owner)) {
                return null;
            }
            if (nounClass.equals(classOf(owner))) {
                return owner; // "X abolished its presidium" in the article on that presidium: the subject itself
            }
        }
        String name = owner instanceof NameRef r ? r.name()
                : facts.subjectNames().isEmpty() ? null : Patterns.withoutTrailingParentheses(facts.subjectNames().get(0));
        if (name == null) {
            return null;
        }
        // (the one of that head named in the paragraph only when it is that organ's: "the Presidium of the Supreme
        // Council" is no presidium of the diet)
        Optional<String> near = discourse.lastWithHead("the " + noun)
                .filter(n -> discourse.inParagraph(src.line()).contains(n))
                .filter(n -> n.endsWith(" " + Patterns.withoutArticle(name)));
        if (near.isPresent()) {
            return spoken(near.get());
        }
        String of = Patterns.titleCase(noun.toLowerCase(java.util.Locale.ROOT)).replace(" Of ", " of ") + " of "
                + (name.startsWith("The ") ? "" : "the ") + name;
        return new NameRef(of, facts.article().id(), normalizer.classify(of, facts.abbreviations()).orElse(null));
    }

    /** A name is the subject when it refers to it, else what it names; a description is resolved by {@link #described}. */
    Ref resolve(Mention m, String hint) {
        if (m == null) {
            return null;
        }
        switch (m.kind()) {
            case PRONOUN:
                return pronoun(m);
            case DESCRIPTION:
                return OWNER.matcher(m.text()).lookingAt() ? owned(m) : described(m.text());
            case ELECTORATE:
                return new NameRef(m.text(), facts.article().id(), "Electorate"); // "universal male suffrage"
            default:
                // ("the present Constitution of X" is asked for as said: not the subject when that is of the past)
                String before = Discourse.lastWord(text.substring(0, m.start()));
                boolean now = SubjectMatcher.now(before);
                Ref s = subjectOf.apply(now ? "the " + before + " " + m.text() : m.text());
                if (s == null && before.equalsIgnoreCase("the") && !m.text().contains(" ")
                        && discourse.lastWithHead("the " + m.text())
                                .filter(n -> discourse.inParagraph(src.line()).contains(n))
                                .filter(n -> !n.equals(m.text()) && !facts.subject().equals(subjectOf.apply(n)))
                                .filter(n -> !onlyLater(n, m))
                                .isEmpty()) {
                    // "the Cortes" in the article on the "Constituent Cortes of X": the subject's head, written with a
                    // capital, as "the council" is (unless the paragraph named another of that head)
                    s = subjectOf.apply("the " + m.text());
                }
                if (s == null && lexicon.names().isOffice(m.text())) {
                    return null; // "the Chairman of the Council": an office, whoever holds it
                }
                // a session's name ("Third Congress") is never the body it is a session of
                boolean session = normalizer.classify(m.text(), facts.abbreviations()).filter("Session"::equals)
                        .isPresent() && !"Session".equals(facts.subjectClass());
                if (s != null && !(session && s.equals(facts.subject()))) {
                    return s;
                }
                if (s == null && !m.text().contains(" ") && lexicon.genericNames().contains(m.text())) {
                    // "the Diet" after "the Vestrian Diet (Landtag)": the organ of that head named last, as a
                    // description's; else every state's organ of the name, keyed by the article's state
                    // (not a session of it, "the Fourth Diet of X": "The Diet next met in 1852" is the body)
                    // (never a name the sentence gives only after it: "the Senate was succeeded by the Xian Senate")
                    Optional<String> near = discourse.lastWithHead("the " + m.text(), n -> !n.contains(" ")
                            || Normalizer.ordinalOf(normalizer.words(n, facts.abbreviations())).isPresent()
                            || normalizer.classify(n, facts.abbreviations()).filter("Session"::equals).isPresent()
                            || onlyLater(n, m));
                    if (near.isPresent()) {
                        return spoken(near.get());
                    }
                }
                if (normalizer.classify(m.text(), facts.abbreviations()).isEmpty()) {
                    // "Prime Minister Ivan Petrov": a person after a title, whatever the frame would have it be
                    Optional<String> person = lexicon.names().personAfterTitle(m.text());
                    if (person.isPresent()) {
                        return new NameRef(person.get(), facts.article().id(), "Person");
                    }
                }
                Ref r = hint == null ? named(m.text()) : new NameRef(m.text(), facts.article().id(), hint);
                if (now) {
                    facts.otherThanSubject(r); // "the present Constitution of X": not the article's past one
                }
                return r;
        }
    }

    /** Whether the sentence names {@code name} after mention {@code m} and not before it (no antecedent of it). */
    private boolean onlyLater(String name, Mention m) {
        return text.indexOf(name, m.end()) >= 0 && text.lastIndexOf(name, m.start()) < 0;
    }

    /**
     * The reference of a name the frames give no class: the one the article named it by with a class, if it did
     * ("three republics – Marvia, Silesk and Karsovia –" made Marvia a state), else a reference of no class.
     */
    private Ref named(String name) {
        for (Facts.Name n : facts.names()) {
            if (n.ref() instanceof NameRef r && r.classHint() != null && r.name().equals(name)) {
                return r;
            }
        }
        return new NameRef(name, facts.article().id(), null);
    }

    /**
     * Whether a name, or each name of a list of them ("Norway and Sweden"), is a state's short name (state-names.txt),
     * for frames that take a person or a state.
     */
    private static boolean stateNames(String text) {
        if (Lexicon.get().stateNames().contains(Patterns.withoutArticle(text.strip()))) {
            return true; // (one name with "and" in it: "Trinidad and Tobago")
        }
        for (String part : LIST_PARTS.split(text.strip())) {
            if (!Lexicon.get().stateNames().contains(Patterns.withoutArticle(part.strip()))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern LIST_PARTS = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");

    /** An agent of a frame: its bare name is taken to be a person's for a frame of persons, else the property's hint. */
    Ref agent(Mention am, Frame f) {
        if (f.agentClass().startsWith("Person") && am.kind() == Mention.Kind.NAME
                && named(am.text()) instanceof NameRef known && "Polity".equals(known.classHint())) {
            return known; // "Four republics, A, B and C, signed it": the states the article named so, no persons
        }
        if (f.agentClass().startsWith("Person") && f.agentClass().contains("Polity") && am.kind() == Mention.Kind.NAME
                && stateNames(am.text())) {
            // "signed by Guatemala, El Salvador and Costa Rica": states by their short names (state-names.txt)
            return resolve(am, "Polity");
        }
        // (a frame that takes a person or a state, "Person|Polity=party", gives no name a person's class by itself)
        // (the hint of the property a name of no class would stand in: "promulgated by X" makes X a signatory, a
        // person, where "adopted by X" makes it an organ)
        return resolve(am, f.agentClass().equals("Person") ? "Person" : f.forward() ? null
                : hints.get(f.propertyFor(null)));
    }

    /** The class of what a reference denotes, as its name or the article says; or empty. */
    Optional<String> classOf(Ref r) {
        if (r instanceof NameRef e && "Electorate".equals(e.classHint())) {
            return Optional.of("Electorate"); // a phrase of who votes, whatever organ word it holds ("the diets")
        }
        if (r instanceof NameRef e && "Polity".equals(e.classHint()) && stateNames(e.name())) {
            return Optional.of("Polity"); // a state by its short name where a person or a state may stand
        }
        if (r instanceof NameRef n) {
            Optional<String> c = normalizer.classify(n.name(), facts.abbreviations());
            if (c.isPresent()) {
                return c;
            }
            // "MAN" given in parentheses after "Great National Assembly": the class of what it is another name of
            Set<Ref> named = new java.util.HashSet<>();
            for (Facts.Name other : facts.names()) {
                if (other.text().equals(n.name())) {
                    named.add(other.ref());
                }
            }
            for (Ref other : named) {
                if (other instanceof NameRef o && !o.name().equals(n.name())) {
                    c = normalizer.classify(o.name(), facts.abbreviations());
                    if (c.isPresent()) {
                        return c;
                    }
                }
            }
            if (named.contains(facts.subject())) {
                return Optional.ofNullable(facts.subjectClass());
            }
            // a name the article gave a class by what it said of it ("three republics – Marvia, Silesk and ...")
            return Optional.ofNullable(n.classHint()).filter(h -> named.contains(n));
        }
        return Optional.ofNullable(facts.subjectClass())
                .or(() -> normalizer.classify(facts.article().title().text(), facts.abbreviations()));
    }

    /**
     * What a description by class points to ("the country", description-classes.tsv): the article's own thing of that
     * class ({@link #ownOfClass}) when the paragraph has named no other before it, else the one thing of that class the
     * paragraph named before it; null when that is ambiguous ("Norland was occupied ... the country was renamed" in
     * the article on Xland).
     */
    private Ref ofClass(String cls, Set<String> later) {
        OntologyClasses o = OntologyClasses.get();
        // the things of that class the paragraph named before it: another than the article's makes it ambiguous
        java.util.function.Predicate<String> ofCls = n -> !later.contains(n) && normalizer.classify(n,
                facts.abbreviations()).filter(k -> o.isA(k, cls)).isPresent();
        List<String> named = discourse.inParagraph(src.line()).stream().filter(ofCls).distinct().toList();
        Ref own = ownOfClass(cls);
        if (own == null) {
            return named.size() == 1 ? new NameRef(named.get(0), facts.article().id(), null) : null;
        }
        return named.stream().allMatch(n -> own.equals(subjectOf.apply(n))
                || own instanceof NameRef r && r.name().equals(n)) ? own : null;
    }

    /** "the new state", "the newly formed republic": a description of a thing just made. */
    private static final java.util.regex.Pattern NEW_THING = java.util.regex.Pattern.compile(
            "\\b(?:new|newly \\p{Ll}+)\\b");

    /**
     * The last state the paragraph said was founded or proclaimed (a date of its establishment), or null: not one an
     * infobox or an earlier paragraph dated ("The Kingdom of Ostria, founded in 1804, ...").
     */
    private Ref newlyFounded() {
        Ref found = null;
        for (Facts.Claim c : facts.claims()) {
            if (c.property().equals("established") && c.source() != null && c.source().line() == src.line()
                    && classOf(c.subject()).filter("Polity"::equals).isPresent()) {
                found = c.subject();
            }
        }
        return found;
    }

    /** The article's own thing of a class: its subject, what its subject is stated to be of, or its title's tail. */
    Ref ownOfClass(String cls) {
        OntologyClasses o = OntologyClasses.get();
        if (facts.subjectClass() != null && o.isA(facts.subjectClass(), cls)) {
            return facts.subject();
        }
        for (Facts.Claim c : facts.claims()) {
            if (c.subject().equals(facts.subject()) && c.property().equals("jurisdiction") && c.object() instanceof Ref r
                    && classOf(r).filter(k -> o.isA(k, cls)).isPresent()) {
                return r;
            }
        }
        // "Constitution of the Kingdom of Xland (of 1949)": the kingdom
        for (String name : facts.subjectNames()) {
            int of = name.indexOf(" of ");
            String tail = of < 0 ? "" : name.substring(of + 4).replaceFirst("^the ", "").replaceFirst(" of \\d{4}$", "");
            if (tail.contains(" between ")) {
                continue; // "Treaty of Peace and Union between A and B": what it is of, no state
            }
            if (!tail.isEmpty() && normalizer.classify(tail, facts.abbreviations()).filter(k -> o.isA(k, cls))
                    .isPresent()) {
                return new NameRef(tail, facts.article().id(), null);
            }
        }
        return null;
    }

    /** The capitalised words between a description's article and its head ("the East German government"). */
    static List<String> capitalisedModifiers(String description) {
        String[] w = Patterns.WHITESPACE.split(description.strip());
        List<String> out = new ArrayList<>();
        for (int i = 1; i < w.length - 1; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) {
                out.add(w[i]);
            }
        }
        return out;
    }

    /** The names a sentence gives after a position: no antecedents of what stands there. */
    static Set<String> later(List<Mention> names, int at) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention n : names) {
            if (n.start() > at) {
                out.add(n.text());
            }
        }
        return out;
    }
}
