package org.constitutionkg.extract.frames;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.Patterns;

/**
 * The geometry of a clause on an annotated sentence, for the readers of frames ({@link VerbArguments},
 * {@link NounFrames}, {@link MemberCounts}...): where a clause ends, which mention stands at, before or after a token,
 * which mention is a verb's subject (also across a relative clause or a participle set off by commas: "the Senate,
 * which was elected in 1911, adopted", "X was a congress of delegates, held in Y"), and what stands between a mention
 * and a verb. What a verb governs after it is {@link Complements}', what is listed with a mention
 * {@link Coordination}'s.
 */
final class Clauses {

    static final Set<String> RELATIVES = Set.of("which", "who", "that");
    static final Set<String> STOPS = Set.of(";", ".", ":", "!", "?");

    /** Words that open a subordinate clause after a comma, whose subject is its own: ", when X ...". */
    static final Set<String> CLAUSE_OPENERS = Set.of("when", "while", "after", "before", "until", "because", "since",
            "whereas", "where", "as", "once");
    static final Set<String> NEW_CLAUSE_AFTER_COMMA = Set.of("which", "who", "that", "while", "when",
            "and", "but", "although", "whereas", "where");
    /** Verbs that link a subject to an adjective as "be" does: "remained accountable to". */
    static final Set<String> COPULAS = Set.of("remain", "remains", "remained", "become", "becomes", "became",
            "stay", "stays", "stayed");

    private Clauses() {
    }

    /**
     * For "X, which Y had created": when a mention ends at {@code j} and a relative pronoun stands just before it (a
     * determiner between allowed), the antecedent before the pronoun; else null.
     */
    static Mention objectRelativeAntecedent(Annotated a, int j, List<Mention> mentions) {
        Mention m = mentionEndingAt(a, j, mentions);
        if (m == null) {
            return null;
        }
        // "which A and B had founded": the relative pronoun stands before the first of a list
        List<Mention> list = Coordination.coordinatedBefore(a, m, mentions);
        Mention first = list.isEmpty() ? m : list.get(list.size() - 1);
        int t = a.tokenAt(first.start()) - 1;
        if (t >= 0 && a.tag(t).equals("DET")) {
            t--;
        }
        if (t < 0 || !RELATIVES.contains(a.word(t).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention antecedent = a.word(t).equalsIgnoreCase("whom") ? mentionBefore(a, t, mentions)
                : pastApposition(a, mentionBefore(a, t, mentions), mentions);
        if (antecedent != null && complementOfANoun(a, antecedent)) {
            return null; // "the amendments to the Charter that the Diet adopted": the amendments, which have no name
        }
        if (antecedent == null || antecedent.kind() == Mention.Kind.DESCRIPTION) {
            // "X was a supplementary law that the Diet adopted", "X was the assembly that Y set up": what the
            // predicate noun is said of
            Mention of = predicatedOf(a, t - 1, mentions);
            antecedent = of != null ? of : antecedent;
        }
        return antecedent;
    }

    /**
     * Whether a name is the object of "to" after a common noun ("the amendments to the Charter", "changes to the
     * statute"): a relative clause after it is said of the noun, not of the name.
     */
    static boolean complementOfANoun(Annotated a, Mention m) {
        int noun = nounBefore(a, m, "to");
        // (a determiner, a number or an adjective before the noun: "belongs to the Diet, which" has a verb there; and
        // no verb before that, whose object the noun is: "submitted the draft to the Diet, which adopted it")
        return noun >= 1 && a.tag(noun - 1).matches("DET|NUM|ADJ|PRON") && (noun < 2 || !a.tag(noun - 2).equals("VERB"));
    }

    /**
     * The token of the common noun (in lower case) a name is the object of {@code preposition} after, an article
     * between allowed ("the amendments to the Charter", "the lower house of Velmia"), or -1.
     */
    static int nounBefore(Annotated a, Mention m, String preposition) {
        int t = a.tokenAt(m.start()) - 1;
        if (t >= 0 && a.tag(t).equals("DET")) {
            t--;
        }
        return t >= 1 && a.word(t).equalsIgnoreCase(preposition) && a.tag(t - 1).equals("NOUN")
                && Character.isLowerCase(a.word(t - 1).charAt(0)) ? t - 1 : -1;
    }

    /** The first of the auxiliaries and adverbs right before the verb at {@code v} ("was then dissolved"), or {@code v}. */
    static int auxiliariesBefore(Annotated a, int v) {
        int aux = v;
        while (aux > 0 && (a.tag(aux - 1).equals("AUX") || a.tag(aux - 1).equals("ADV"))) {
            aux--;
        }
        return aux;
    }

    /**
     * The name an apposition is said of when {@code m} ends it as the object of a preposition but "of": in "X, an
     * organ attached to Y, which it replaced" the relative pronoun stands for X, not for Y; else {@code m}.
     */
    static Mention pastApposition(Annotated a, Mention m, List<Mention> mentions) {
        int p = m == null ? -1 : tokenBefore(a, m);
        if (p < 0 || !a.tag(p).equals("ADP") || a.word(p).equalsIgnoreCase("of")) {
            return m;
        }
        int k = p - 1;
        while (k >= 0 && !a.word(k).equals(",") && !a.word(k).isEmpty() && (Character.isLowerCase(a.word(k).charAt(0))
                || a.tag(k).equals("ADJ")) && !a.tag(k).equals("PRON") && !a.tag(k).equals("AUX")) {
            // (a capitalised adjective too: "X, a Polish lawyer from Y, which ...")
            k--;
        }
        if (k < 1 || !a.word(k).equals(",") || k + 2 >= p
                || !Set.of("a", "an", "the").contains(a.word(k + 1).toLowerCase(Locale.ROOT))) {
            return m;
        }
        Mention x = mentionEndingAt(a, k - 1, mentions);
        return x != null && x.kind() == Mention.Kind.NAME ? x : m;
    }

    /**
     * The antecedent of "who" when {@code m}, the name right before it, ends an apposition as the object of a
     * preposition: "Ivo Brant, a lawyer from Tarnland, who led the house": the person the apposition is said of, when
     * it may be a person's name and {@code m} may not; else {@code m} ("an aide to Ivo Brant, who ..." may be Brant's).
     */
    static Mention personPastApposition(Annotated a, Mention m, List<Mention> mentions) {
        if (m == null) {
            return null;
        }
        Mention person = pastApposition(a, m, mentions);
        org.constitutionkg.extract.naming.NameChecker names = org.constitutionkg.extract.Lexicon.get().names();
        return person != m && names.mayBePerson(person.text()) && !names.mayBePerson(m.text()) ? person : m;
    }

    /** The verbs that say what a thing is: "X was a law", "X became the assembly". */
    private static final Set<String> SAYS_WHAT = Set.of("was", "is", "were", "are", "became", "remained");

    /**
     * The name a predicate noun ending at token {@code end} is said of: "X was a supplementary law" (a copula, an
     * article, adjectives and nouns), so that "X was a law that the Diet adopted" has X adopted; or null.
     */
    static Mention predicatedOf(Annotated a, int end, List<Mention> mentions) {
        int k = end;
        while (k >= 0 && end - k < 5 && (a.tag(k).equals("NOUN") || a.tag(k).equals("ADJ"))
                && Character.isLowerCase(a.word(k).charAt(0))) {
            k--;
        }
        if (k == end || k < 2 || !a.tag(k).equals("DET") || !SAYS_WHAT.contains(a.word(k - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention m = mentionBefore(a, k - 1, mentions);
        // (the name the copula's subject is, not one inside it: "The successor of the Velm Act was a law that ...")
        return m == null || verbBetween(a, 0, m) || afterPreposition(a, m) ? null : m;
    }

    /**
     * The name a description ending at token {@code end} stands in apposition to: ", a unicameral body" right after
     * it (a comma, an indefinite article, adjectives and nouns); or null.
     */
    static Mention apposedTo(Annotated a, int end, List<Mention> mentions) {
        int k = end;
        while (k >= 0 && end - k < 6 && (a.tag(k).equals("NOUN") || a.tag(k).equals("ADJ") || k < end
                && a.tag(k).equals("VERB") && Character.isLowerCase(a.word(k).charAt(0))
                && (a.word(k).endsWith("ing") || a.word(k).endsWith("ed"))
                || k < end && a.tag(k).equals("ADV") && a.word(k).endsWith("ly"))) {
            k--; // (a participle as an adjective: "a standing body", "an elected council"; "a nominally free state")
        }
        if (k == end || k < 2 || !a.tag(k).equals("DET") || !a.word(k - 1).equals(",")) {
            return null;
        }
        String article = a.word(k).toLowerCase(Locale.ROOT);
        int before = k - 2;
        if (a.word(before).equals(")")) {
            before = openingParenthesis(a, before) - 1; // "the Velmar Republic (VR), a buffer state": the name before it
        }
        // "X, a unicameral body", "X, the bicameral parliament created by ...": not "X, the Senate and ..." (no noun)
        return article.equals("a") || article.equals("an") || article.equals("the") ? mentionEndingAt(a, before, mentions)
                : null;
    }

    /**
     * The "(" that opens the parenthesis the ")" at token {@code close} closes (none nested in it), or -1: what stands
     * before a parenthesis ("the Velmar Republic (VR)") is what a phrase after it may be said of.
     */
    static int openingParenthesis(Annotated a, int close) {
        int open = close - 1;
        while (open >= 0 && !a.word(open).equals("(") && !a.word(open).equals(")")) {
            open--;
        }
        return open >= 0 && a.word(open).equals("(") ? open : -1;
    }

    /** Whether a relative pronoun stands right before a mention (a determiner between allowed): "which the diet". */
    static boolean afterRelativePronoun(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        if (t >= 0 && a.tag(t).equals("DET") && !RELATIVES.contains(a.word(t).toLowerCase(Locale.ROOT))) {
            t--;
        }
        if (t < 0 || !RELATIVES.contains(a.word(t).toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "that" after a verb opens what is said or decided ("it was said that the council ..."), no relative clause
        return !(a.word(t).equalsIgnoreCase("that") && t > 0 && (a.tag(t - 1).equals("VERB")
                || a.tag(t - 1).equals("AUX") || a.tag(t - 1).equals("ADJ")));
    }

    /** The mention that begins at token {@code k}, a determiner or an opening quote before it allowed; or null. */
    static Mention mentionAt(Annotated a, int k, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (k < a.size() && m.start() == a.start(k)) {
                return m; // "the council": a description begins with its determiner
            }
        }
        while (k < a.size() && (a.tag(k).equals("DET") || QUOTES.contains(a.word(k)))) {
            k++;
        }
        if (k >= a.size()) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.start() == a.start(k)) {
                return m;
            }
        }
        return null;
    }

    /** The articles ("the elected Landtag", "the printer Ivan Petrov"), lower case. */
    static final Set<String> ARTICLES = Set.of("the", "a", "an");

    /** Whether token {@code k} is an indefinite article ("a Liberal lawyer", "a Council of Three"). */
    static boolean indefinite(Annotated a, int k) {
        return k >= 0 && k < a.size() && (a.word(k).equalsIgnoreCase("a") || a.word(k).equalsIgnoreCase("an"));
    }

    static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");

    /** A phrase of at most six words in quotes that opens at token {@code k} ("little charter"), as a name; or null. */
    static Mention quoted(Annotated a, int k, int right) {
        if (k < right && a.tag(k).equals("DET")) {
            k++;
        }
        if (k >= right || !QUOTES.contains(a.word(k))) {
            return null;
        }
        int open = k + 1 < right && a.tag(k + 1).equals("DET") ? k + 2 : k + 1; // "the paper crown"
        for (int e = open; e < Math.min(right, k + 8); e++) {
            if (QUOTES.contains(a.word(e))) {
                if (e == open) {
                    return null;
                }
                int from = a.start(open);
                int to = a.end(e - 1);
                return new Mention(from, to, Mention.Kind.NAME, a.text().substring(from, to));
            }
        }
        return null;
    }

    /**
     * The name or description that stands before the sentence's first verb, no preposition before it: the sentence's
     * subject, whatever verbs stand between it and token {@code k} ("The Diet of X sat in Xtown until its
     * dissolution"); or null.
     */
    static Mention subjectLike(Annotated a, int k, List<Mention> mentions) {
        return subjectLike(a, k, mentions, false);
    }

    /** The same, or with {@code pronoun} a pronoun too ("It was bicameral, consisting of ..."). */
    static Mention subjectLike(Annotated a, int k, List<Mention> mentions, boolean pronoun) {
        int verb = 0;
        while (verb < k && (inside(a, verb, mentions) || !a.tag(verb).equals("VERB") && !a.tag(verb).equals("AUX")
                && !(a.tag(verb).equals("PROPN") && Character.isLowerCase(a.word(verb).charAt(0))))) {
            verb++;
        }
        if (verb >= k) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end() <= a.start(verb) && (pronoun || m.kind() != Mention.Kind.PRONOUN) && !afterPreposition(a, m)) {
                return m; // before the first verb: the subject
            }
        }
        return null;
    }

    /**
     * The subject of a copula whose description a participle after the comma at {@code comma} goes on with: "X was
     * a congress of delegates, held in Y" (no other verb between); or null.
     */
    static Mention describedBefore(Annotated a, int comma, List<Mention> mentions) {
        int copula = -1;
        for (int k = 0; k < comma; k++) {
            if (a.tag(k).equals("VERB") || a.tag(k).equals("AUX") && copula >= 0) {
                return null;
            }
            if (a.tag(k).equals("AUX")) {
                copula = k;
            }
        }
        if (copula < 0 || !FrameMatcher.BE.contains(a.word(copula).toLowerCase(Locale.ROOT)) || copula + 1 >= comma
                || !a.tag(copula + 1).equals("DET")) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end() <= a.start(copula) && !afterPreposition(a, m)) {
                return m; // the name, description or pronoun before the copula
            }
        }
        return null;
    }

    /** Whether "by" (a determiner between allowed) stands right before a mention: the agent of a passive. */
    static boolean afterBy(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        if (t >= 0 && a.tag(t).equals("DET")) {
            t--;
        }
        return t >= 0 && a.word(t).equalsIgnoreCase("by");
    }

    /** Whether token {@code k} lies inside one of the mentions. */
    static boolean inside(Annotated a, int k, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() <= a.start(k) && a.end(k) <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * For "its" at token {@code k} inside a relative clause ("the Charter, which stayed in force until its
     * replacement"): the relative's antecedent; else null.
     */
    static Mention relativeAntecedent(Annotated a, int k, List<Mention> mentions) {
        for (int j = k - 1; j > 0; j--) {
            if (STOPS.contains(a.word(j))) {
                return null;
            }
            if (RELATIVES.contains(a.word(j).toLowerCase(Locale.ROOT)) && a.tag(j).equals("PRON")) {
                return mentionBefore(a, j, mentions);
            }
        }
        return null;
    }

    /**
     * The subject of a main verb after a relative clause between commas: "The Diet, which was elected in 1911, adopted
     * ...", the comma before the verb at {@code comma}; null when that comma closes no such clause.
     */
    static Mention beforeRelativeClause(Annotated a, int comma, List<Mention> mentions) {
        boolean restrictive = false;
        for (int j = comma - 1; j > 0; j--) {
            String w = a.word(j);
            if (STOPS.contains(w)) {
                return null;
            }
            if (restrictive && w.equalsIgnoreCase("and") && a.word(j - 1).equals(",")) {
                // "The Small Diet, and the Great Diet that had elected it, ceased to exist": the first of the two
                // subjects, the second's relative clause no subject of the main verb
                Mention m = mentionBefore(a, j - 1, mentions);
                return m == null || verbBetween(a, 0, m) ? null : m;
            }
            restrictive |= RELATIVES.contains(w.toLowerCase(Locale.ROOT)) && !a.word(j - 1).equals(",");
            // (and "whose", "where": "The Directorate, whose last seat was Ytown, ceased to exist")
            boolean relative = RELATIVES.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("whose")
                    || w.equalsIgnoreCase("where");
            boolean participle = a.tag(j).equals("VERB") && w.toLowerCase(Locale.ROOT).endsWith("ed")
                    || a.tag(j).equals("VERB") && j + 1 < a.size() && a.word(j + 1).equalsIgnoreCase("by");
            // an apposition of no verb: "The Fourth Congress, the last session of the Diet, met in Ytown"
            boolean apposition = (ARTICLES.contains(w.toLowerCase(Locale.ROOT)) || w.equalsIgnoreCase("its"))
                    && noVerb(a, j, comma);
            if (apposition && a.word(j - 1).equals(",")) {
                Mention m = mentionBefore(a, j, mentions);
                return m == null || verbBetween(a, 0, m) ? null : m;
            }
            if ((relative || participle) && a.word(j - 1).equals(",")) {
                Mention m = mentionBefore(a, j, mentions);
                if (w.equalsIgnoreCase("who") || w.equalsIgnoreCase("whom")) {
                    m = personPastApposition(a, m, mentions);
                }
                // the antecedent must be the clause's subject: no verb before it ("dissolved the Senate, which ...,
                // adopted" has the Diet as subject, not the Senate)
                return m == null || verbBetween(a, 0, m) ? null : m;
            }
            if (w.equals(",")) {
                return null;
            }
        }
        return null;
    }

    /** Whether no verb stands in tokens [from, to). */
    private static boolean noVerb(Annotated a, int from, int to) {
        for (int k = from; k < to; k++) {
            if (a.tag(k).equals("VERB") || a.tag(k).equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb stands between token {@code from} and the mention, in the mention's clause. */
    static boolean verbBetween(Annotated a, int from, Mention m) {
        for (int k = from; k < a.size() && a.start(k) < m.start(); k++) {
            if (STOPS.contains(a.word(k)) || CLAUSE_OPENERS.contains(a.word(k).toLowerCase(Locale.ROOT))
                    && k > 0 && a.word(k - 1).equals(",")) {
                from = k + 1; // (", when the Charter, which ..., came into force": a clause of its own)
            }
        }
        for (int k = from; k < a.size() && a.start(k) < m.start(); k++) {
            if (a.tag(k).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** The last verb before token {@code j} in its clause (no stop or comma-and between), or -1. */
    static int verbBefore(Annotated a, int j) {
        for (int k = j - 1; k >= 0; k--) {
            if (STOPS.contains(a.word(k))) {
                return -1;
            }
            if (a.tag(k).equals("VERB")) {
                return k;
            }
        }
        return -1;
    }

    /** The mention whose last token is {@code j}, or null. */
    static Mention mentionEndingAt(Annotated a, int j, List<Mention> mentions) {
        if (j < 0) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.end() == a.end(j)) {
                return m;
            }
        }
        return null;
    }

    /** The first token after {@code v} that ends its clause, or the sentence's length. */
    static int rightBoundary(Annotated a, int v) {
        for (int k = v + 1; k < a.size(); k++) {
            String w = a.word(k);
            if (STOPS.contains(w)) {
                return k;
            }
            if (w.equals(",") && k + 1 < a.size()
                    && (NEW_CLAUSE_AFTER_COMMA.contains(a.word(k + 1).toLowerCase(Locale.ROOT))
                    || a.tag(k + 1).equals("VERB") || pronounSubject(a, k + 1))) {
                return k;
            }
            if ((w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but")) && k + 1 < a.size()
                    && (a.tag(k + 1).equals("VERB") || a.tag(k + 1).equals("AUX"))) {
                return k;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            if (RELATIVES.contains(lw) || a.tag(k).equals("AUX")) {
                return k; // "the reforms that followed ...", "establishing the Union was signed ..."
            }
        }
        return a.size();
    }

    /**
     * Whether a personal pronoun at {@code k} opens a clause as its subject, adverbs between it and its verb allowed:
     * ", it first met on 6 May" ends the clause before the comma (a relative clause's dates are not the main one's).
     */
    private static boolean pronounSubject(Annotated a, int k) {
        if (!a.tag(k).equals("PRON") || !SUBJECT_PRONOUNS.contains(a.word(k).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int v = k + 1;
        while (v < a.size() && a.tag(v).equals("ADV")) {
            v++;
        }
        // (not an aside that reports: "dissolved it, they say, on 5 May")
        return v < a.size() && (a.tag(v).equals("VERB") || a.tag(v).equals("AUX"))
                && !REPORTING.contains(a.lemma(v).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> REPORTING = Set.of("say", "seem", "claim", "believe", "think", "argue", "note",
            "write", "report", "appear", "suggest");

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "he", "she", "they");

    /**
     * Where the date of a clause that ends at {@code right} may be looked for: past a participle's remark between
     * commas when a date follows it ("adopted by the Diet, sitting as a court, on 5 May"), else {@code right}.
     */
    static int dateBoundary(Annotated a, int right) {
        if (right + 1 >= a.size() || !a.word(right).equals(",") || !a.tag(right + 1).equals("VERB")
                || !a.word(right + 1).toLowerCase(Locale.ROOT).endsWith("ing")) {
            return right;
        }
        for (int k = right + 2; k + 1 < a.size() && !STOPS.contains(a.word(k)); k++) {
            if (a.word(k).equals(",")) {
                String next = a.word(k + 1).toLowerCase(Locale.ROOT);
                return next.equals("on") || next.equals("in") ? rightBoundary(a, k + 1) : right;
            }
        }
        return right;
    }

    /**
     * The copula a noun phrase ending at token {@code noun} follows ("was the government", "became the first ..."):
     * its token, or -1.
     */
    static int copulaBefore(Annotated a, int noun) {
        int k = noun - 1;
        while (k >= 0 && (a.tag(k).equals("DET") || a.tag(k).equals("ADJ") || a.tag(k).equals("NOUN"))) {
            k--;
        }
        return k >= 0 && (FrameMatcher.BE.contains(a.word(k).toLowerCase(Locale.ROOT))
                || COPULAS.contains(a.word(k).toLowerCase(Locale.ROOT))) ? k : -1;
    }

    /**
     * The mention that ends just before token {@code j} (a comma between allowed, and a parenthesis: "X (Xish: Y),
     * which"): the antecedent.
     */
    static Mention mentionBefore(Annotated a, int j, List<Mention> mentions) {
        int k = j - 1;
        if (k >= 0 && a.word(k).equals(",")) {
            k--;
        }
        if (k < 0) {
            return null;
        }
        Mention best = mentionEndingAtToken(a, k, mentions);
        if (best == null && a.word(k).equals(")")) {
            // "the Provisional Assembly (Xish: Vremennoe), which elected ...": the name before the parenthesis
            int open = openingParenthesis(a, k);
            if (open >= 1) {
                best = mentionEndingAtToken(a, open - 1, mentions);
            }
        }
        if (best == null) {
            // "the Charter of Velm of 5 June 1849, which ...": the name before the date its "of" or "in" gives
            int d = k;
            while (d >= 0 && (a.tag(d).equals("NUM") || DATE_WORD.matcher(a.word(d)).matches())) {
                d--;
            }
            if (d < k && d >= 1 && DATE_PREPOSITIONS.contains(a.word(d).toLowerCase(Locale.ROOT))) {
                best = mentionEndingAtToken(a, d - 1, mentions);
            }
        }
        return best;
    }

    /** A month's name or a year's era, in a date after a name. */
    private static final java.util.regex.Pattern DATE_WORD = java.util.regex.Pattern.compile(
            "(?i)(?:" + org.constitutionkg.extract.text.DateParser.MONTH + ")");
    /** The preposition of a date that is part of what a name names: "the Charter of 5 June 1849". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("of");

    private static Mention mentionEndingAtToken(Annotated a, int k, List<Mention> mentions) {
        int end = a.end(k);
        Mention best = null;
        for (Mention m : mentions) {
            if (m.end() == end) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The subject of the verb at {@code v}: the nearest mention before it in its clause that is not the object of a
     * preposition ("in the Senate", "of the Republic").
     */
    static Mention subjectBefore(Annotated a, int v, List<Mention> mentions) {
        int clauseStart = 0;
        for (int k = v - 1; k >= 0; k--) {
            if (STOPS.contains(a.word(k))) {
                clauseStart = k + 1;
                break;
            }
        }
        int from = clauseStart < a.size() ? a.start(clauseStart) : 0;
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= a.start(v) && (!afterPreposition(a, m) && !describedAfterPreposition(a, m)
                    || opensClause(a, m, v))
                    && !afterVerb(a, m) && noVerbBetween(a, m, v) && !(best != null && inDescription(a, m, v))
                    && !negated(a, m) && !listGoverned(a, m, mentions) && !excepted(a, m, mentions)) {
                best = m; // the last one wins: the nearest ...
            }
        }
        Mention antecedent = best == null ? null : apposedName(a, best, mentions);
        // (the name before the apposition passes the subject's tests too: "After the king dissolved the Senate, the
        // Assembly, now alone, adopted X" has no apposition to the Senate)
        return antecedent != null && antecedent.start() >= from && !afterPreposition(a, antecedent)
                && !afterVerb(a, antecedent) && noVerbBetween(a, antecedent, v) ? antecedent : best;
    }

    /**
     * The name a name set off by commas right after it stands in apposition to: "Ivan Petrov, the People's Commissar
     * for X, was appointed ..." (the subject is Petrov, not his office); else null.
     */
    private static Mention apposedName(Annotated a, Mention m, List<Mention> mentions) {
        int t = tokenBefore(a, m);
        if (t >= 1 && a.word(t).equalsIgnoreCase("the")) {
            t--;
        }
        int after = a.tokenAt(m.end() - 1) + 1;
        if (t < 1 || !a.word(t).equals(",") || after >= a.size() || !a.word(after).equals(",")) {
            return null;
        }
        Mention before = mentionEndingAt(a, t - 1, mentions);
        return before != null && before.kind() == Mention.Kind.NAME && m.kind() == Mention.Kind.NAME ? before : null;
    }

    /**
     * Whether a mention ends a list whose first name a preposition governs: "the heads of state of A, B and C signed":
     * C is as much the object of "of" as A.
     */
    static boolean listGoverned(Annotated a, Mention m, List<Mention> mentions) {
        List<Mention> before = Coordination.coordinatedBefore(a, m, mentions);
        // (a list of two may join a governed name and a subject: "The President of X and Ivan Petrov signed it")
        return before.size() >= 2 && afterPreposition(a, before.get(before.size() - 1));
    }

    /**
     * Whether a mention is in a list of what a word of exception leaves out: "every state except A, B and C belonged
     * to it" (A, B and C did not).
     */
    static boolean excepted(Annotated a, Mention m, List<Mention> mentions) {
        int t = tokenBefore(a, m);
        boolean comma = false;
        // (back over the list: names, their articles and adjectives, commas and "and")
        while (t >= 0 && !EXCEPTING.contains(a.word(t).toLowerCase(java.util.Locale.ROOT))
                && (a.word(t).equals(",") || a.word(t).equals("and") || a.word(t).equals("or") || inside(a, t,
                        mentions) || a.tag(t).equals("DET") || a.tag(t).equals("ADJ"))) {
            comma |= a.word(t).equals(",");
            t--;
        }
        // (an exception that opens the sentence ends at its comma: "Except Olga Berg, Ivan Petrov voted for it")
        return t >= 0 && EXCEPTING.contains(a.word(t).toLowerCase(java.util.Locale.ROOT)) && !(t == 0 && comma);
    }

    /**
     * Words before a list of what is left out: excepting-words.txt ("except", "excluding"; not "but", which joins
     * clauses: "..., but it was dissolved"; "not A but B"; nor "save", a verb too).
     */
    private static final java.util.Set<String> EXCEPTING = org.constitutionkg.extract.Lexicon.lowerWords(
            "excepting-words.txt");

    /** Whether "not" stands right before a mention: "Ivan Petrov, not Olga Berg, became chairman" (Berg did not). */
    static boolean negated(Annotated a, Mention m) {
        int t = tokenBefore(a, m); // "not the Statute"
        if (t >= 1 && a.word(t).equalsIgnoreCase("only") && a.word(t - 1).equalsIgnoreCase("not")) {
            return false; // "Not only the Diet but also the Senate adopted it"
        }
        return t >= 0 && (a.word(t).equalsIgnoreCase("not") || a.word(t).equalsIgnoreCase("never"));
    }

    /**
     * ... but not a name inside a description set off by commas after the subject: "Ivan Petrov, a Liberal lawyer,
     * was chosen": Petrov was chosen, not "Liberal".
     */
    private static boolean inDescription(Annotated a, Mention m, int v) {
        int open = a.tokenAt(m.start()) - 1;
        while (open >= 0 && !a.word(open).equals(",")) {
            open--;
        }
        if (open < 0 || open + 1 >= a.size()) {
            return false;
        }
        if (!indefinite(a, open + 1)) {
            return false;
        }
        for (int k = a.tokenAt(m.end() - 1) + 1; k < v; k++) {
            if (a.word(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no other verb stands between a mention and the verb at {@code v}, except inside a clause set off by
     * commas ("the Senate, which met in X, was abolished"): another verb means another clause and subject.
     */
    static boolean noVerbBetween(Annotated a, Mention m, int v) {
        boolean setOff = false;
        for (int k = a.tokenAt(m.end()); k < v; k++) {
            if (a.word(k).equals(",")) {
                setOff = !setOff;
            } else if (a.tag(k).equals("VERB") && !setOff && !COPULAS.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb stands before the mention (a determiner between allowed): it is that verb's object. */
    static boolean afterVerb(Annotated a, Mention m) {
        int t = tokenBefore(a, m);
        return t >= 0 && a.tag(t).equals("VERB");
    }

    /** The token before a mention, a determiner between them skipped ("in the Senate": "in"); -1 at the start. */
    static int tokenBefore(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        if (t >= 0 && a.tag(t).equals("DET")) {
            t--;
        }
        return t;
    }

    /** Whether a preposition stands before the mention (a determiner between them allowed): "in the Senate". */
    /**
     * Whether the word before a mention, tagged as a preposition, opens a clause whose subject the mention is: "until
     * the Charter of X came into force", "after the Senate was dissolved" (nothing but auxiliaries and adverbs between
     * the mention and the verb at {@code v}).
     */
    static boolean opensClause(Annotated a, Mention m, int v) {
        int t = tokenBefore(a, m);
        if (t < 0 || !SUBORDINATORS.contains(a.word(t).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = a.tokenAt(m.end() - 1) + 1; k < v; k++) {
            if (!a.tag(k).equals("AUX") && !a.tag(k).equals("ADV") && !a.tag(k).equals("PART")) {
                return false;
            }
        }
        return true;
    }

    /** Words that may be prepositions or open a clause: "until 1917", "until the diet met". */
    private static final Set<String> SUBORDINATORS = Set.of("until", "till", "after", "before", "since", "once");

    /**
     * Whether a person's name (only: an organ after "to a joint" may still be a participle's subject) follows a
     * description that a preposition governs: "a commission chaired by the jurist
     * Erik Sand was appointed by X" (Sand is no subject of "appointed").
     */
    static boolean describedAfterPreposition(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1; // (a name with its own article is no described one: "After the war the X")
        int nouns = 0;
        while (t >= 0 && Character.isLowerCase(a.word(t).charAt(0)) && (a.tag(t).equals("NOUN") || a.tag(t).equals("ADJ"))) {
            t--;
            nouns++;
        }
        if (nouns == 0 || m.kind() != Mention.Kind.NAME || t < 1 || !a.tag(t).equals("DET")
                || !org.constitutionkg.extract.Lexicon.get().names().mayBePerson(m.text())) {
            return false; // ("In practice it ...", "In speech Ivan Petrov ...": no description, a phrase of its own)
        }
        t--;
        return a.word(t).equalsIgnoreCase("by"); // (an agent's: "For the first time A signed ..." is A's act)
    }

    static boolean afterPreposition(Annotated a, Mention m) {
        int t = tokenBefore(a, m);
        // an adverb in -ly that opens the sentence is sometimes tagged ADP ("Formally the council ...")
        return t >= 0 && a.tag(t).equals("ADP") && !a.word(t).toLowerCase(Locale.ROOT).endsWith("ly")
                && !adverbialOn(a, t);
    }

    /**
     * Whether the "on" at {@code t} closes an adverbial of time, no preposition of what follows: "From then on the
     * council ...", "later on" (adverbial-phrases.txt), "from 1920 on"; not "modelled closely on the Storting".
     */
    private static boolean adverbialOn(Annotated a, int t) {
        if (t < 1 || !a.word(t).equalsIgnoreCase("on")) {
            return false;
        }
        return VerbArguments.adverbialPhraseEndingAt(a, t) > 0
                || t >= 2 && a.word(t - 2).equalsIgnoreCase("from") && Patterns.isYear(a.word(t - 1));
    }
}
