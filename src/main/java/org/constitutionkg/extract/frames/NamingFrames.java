package org.constitutionkg.extract.frames;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.DateParser;

/**
 * The clause of a frame of naming (property ALIAS), for {@link VerbArguments}: "X is known as Y", "X, also called
 * Y,", "historians refer to X as Y", "they called it Y", "renamed X to Y". Its second argument is a name, not a thing
 * spoken of, so it is read apart: a name, a short quoted phrase, or a common noun phrase of a description head ("the
 * little charter") may stand there, and it must be the whole noun phrase.
 */
final class NamingFrames {

    private final Descriptions descriptions;

    /** @param descriptions what tells a head noun of a thing ("charter") from other nouns */
    NamingFrames(Descriptions descriptions) {
        this.descriptions = descriptions;
    }

    /**
     * The naming of the verb at {@code v}, whose clause's subject and voice the caller found: the match's patient is
     * what is named, its agent the name (a name, or a short quoted phrase right where the name stands); or null.
     */
    FrameMatcher.Match match(Annotated a, int v, Frame f, Mention subject, boolean passive, int right,
            List<Mention> mentions) {
        Mention named;
        int k = v + 1;
        // "refer to X as Y", "X is referred to as Y": the verb's own "to"; "called by the King" names nobody
        if (k < right && a.word(k).equalsIgnoreCase("to")
                && (f.preposition() == null || f.preposition().contains("as"))) {
            k++; // (not "shortened to X", whose "to" is the row's preposition)
        }
        if (passive) {
            named = subject;
        } else {
            named = Clauses.mentionAt(a, k, mentions);
            if (named == null) {
                return null;
            }
            k = a.tokenAt(named.end() - 1) + 1;
        }
        if (named == null) {
            return null;
        }
        if (f.preposition() != null) {
            // "to|as?": either preposition, or none ("renamed X Y", "renamed X to Y", "renamed X as Y")
            boolean optional = f.preposition().endsWith("?");
            List<String> any = List.of(f.preposition().replace("?", "").split("\\|"));
            int t = k;
            while (t < right && (ofTime(a, t) && !a.word(t).equals(",") || a.tag(t).equals("ADV"))) {
                t++; // "known until 1990 as X", "known from March 1918 as X", "known officially as X"
            }
            if (t < right && !any.contains(a.word(t).toLowerCase(Locale.ROOT))) {
                t = pastCircumstance(a, k, right, any, mentions); // "known in contemporary writing simply as X"
            }
            if (t > k && t < right && any.contains(a.word(t).toLowerCase(Locale.ROOT))) {
                k = t;
            }
            if (k < right && any.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                k++;
            } else if (!optional) {
                return null;
            }
        }
        while (k < right && a.tag(k).equals("ADV") && Clauses.mentionAt(a, k, mentions) == null) {
            k++; // "sometimes called simply the Federal Council", "renamed officially X"
        }
        Mention alias = Clauses.mentionAt(a, k, mentions);
        if (alias == null) {
            alias = Clauses.quoted(a, k, right);
        }
        Mention designation = designation(a, k, right);
        if (designation != null && (alias == null || alias.kind() != Mention.Kind.NAME
                || alias.end() < designation.end())) {
            alias = designation; // "the little charter", "Bismarck's imperial charter": not "Bismarck"
        }
        if (alias == null || alias.kind() != Mention.Kind.NAME) {
            return null;
        }
        if (Clauses.indefinite(a, a.tokenAt(alias.start()) - 1)) {
            return null; // "shortened the Regency to a Council of Three": a thing of that name, no name of it
        }
        // the name must be the whole noun phrase: "Bismarck's imperial charter" is not called "Bismarck"
        int last = a.tokenAt(alias.end() - 1);
        int after = last + 1;
        if (a.end(last) != alias.end() || after < a.size() && (a.word(after).startsWith("'")
                || a.word(after).startsWith("’") || a.tag(after).startsWith("NOUN") || a.tag(after).startsWith("ADJ")
                || a.tag(after).startsWith("PROPN"))) {
            return null;
        }
        return new FrameMatcher.Match(f, v, alias, named, passive, a.end(v), a.end(v), 0, 0,
                thenAs(a, after, right, mentions), List.of());
    }

    /**
     * Past a short phrase of circumstance before the naming's preposition ("known in contemporary writing simply as
     * X", "referred to by historians as X"): a preposition and at most four lower-case words of no name, no comma; the
     * token of the preposition that follows, else {@code t} itself.
     */
    private static int pastCircumstance(Annotated a, int t, int right, List<String> prepositions,
            List<Mention> mentions) {
        if (!a.tag(t).equals("ADP")) {
            return t;
        }
        for (int u = t + 1; u < right && u <= t + 5; u++) {
            String w = a.word(u);
            if (prepositions.contains(w.toLowerCase(Locale.ROOT))) {
                return u;
            }
            if (w.equals(",") || !Character.isLowerCase(w.charAt(0)) && !a.tag(u).equals("NUM")
                    || Clauses.mentionAt(a, u, mentions) != null) {
                return t;
            }
        }
        return t;
    }

    /** Words that may stand between one name of a naming and the next: time, and "then", "later". */
    private static final Set<String> BETWEEN_NAMES = Set.of(",", "and", "then", "later", "subsequently", "afterwards",
            "from", "to", "until", "till", "in", "between", "after", "since", "on");

    /** Whether token {@code k} is a word of time or sequence that may stand between a naming's names: "until 1990". */
    private static boolean ofTime(Annotated a, int k) {
        return BETWEEN_NAMES.contains(a.word(k).toLowerCase(Locale.ROOT)) || a.tag(k).equals("NUM")
                || DateParser.isMonth(a.word(k));
    }

    /**
     * The names a naming gives after its first, each after "as": "known as X from 1919 to 1951, then as Y", "known
     * as X and later as Y". Only words of time and sequence may stand between; a mention after "as" counts only as a
     * whole noun phrase.
     */
    private static List<Mention> thenAs(Annotated a, int k, int right, List<Mention> mentions) {
        List<Mention> more = new java.util.ArrayList<>();
        boolean sequence = false;
        for (; k < right; k++) {
            String w = a.word(k).toLowerCase(Locale.ROOT);
            Mention or = w.equals("or") || w.equals(",") && k + 1 < right && a.word(k + 1).equalsIgnoreCase("or")
                    ? orName(a, w.equals("or") ? k + 1 : k + 2, right, mentions) : null;
            if (or != null) {
                more.add(or); // "known as X or Y", "also called X, or Y": names of one thing, not a choice of two
                k = a.tokenAt(or.end() - 1);
                sequence = false;
            } else if (w.equals("as") && sequence) {
                Mention next = Clauses.mentionAt(a, k + 1, mentions);
                if (next == null || next.kind() != Mention.Kind.NAME) {
                    break;
                }
                more.add(next);
                k = a.tokenAt(next.end() - 1);
                sequence = false;
            } else if (ofTime(a, k)) {
                sequence |= w.equals("then") || w.equals("later") || w.equals("and") || w.equals("subsequently")
                        || w.equals("afterwards");
            } else {
                break;
            }
        }
        return more;
    }

    /**
     * The name after "or" in a naming ("known as the March Charter or the Charter of 1931"): a whole noun phrase that
     * a comma, a parenthesis, the clause's end or a word of time closes; else null ("known as X or simply as Y" is
     * read by "as"; "called X or written in full" names nothing).
     */
    private static Mention orName(Annotated a, int k, int right, List<Mention> mentions) {
        Mention next = Clauses.mentionAt(a, k, mentions);
        if (next == null || next.kind() != Mention.Kind.NAME) {
            return null;
        }
        int after = a.tokenAt(next.end() - 1) + 1;
        if (a.end(after - 1) != next.end()) {
            return null;
        }
        return after >= right || Set.of(",", ")", "(", ".", ";").contains(a.word(after)) || ofTime(a, after)
                ? next : null;
    }

    /**
     * What a thing is called when the name is a common noun phrase ("historians refer to it as Bismarck's imperial
     * charter (German: ...)", "known as the people's assembly."): from {@code k}, "the" left out, an optional
     * possessor, adjectives, and a head noun of a thing (a description head), which ends the phrase (at a comma,
     * parenthesis or the sentence's end). Nothing indefinite ("as a charter of rights"); else null.
     */
    private Mention designation(Annotated a, int k, int right) {
        if (k < right && a.word(k).equalsIgnoreCase("the")) {
            k++;
        }
        int from = k;
        if (k < right && a.tag(k).startsWith("PROPN") && a.word(k).matches(".+['’]s")) {
            k++; // "Bismarck's"
        }
        // adjectives in lower case (the tagger takes some for proper nouns: "the royal charter")
        while (k + 1 < right && (a.tag(k).equals("ADJ") || a.tag(k).equals("PROPN"))
                && Character.isLowerCase(a.word(k).charAt(0))) {
            k++;
        }
        if (k >= right || k == from || !a.tag(k).equals("NOUN") || !Character.isLowerCase(a.word(k).charAt(0))
                || !descriptions.isHead(a.word(k))) {
            return null;
        }
        int after = k + 1;
        if (after < a.size() && !Set.of(",", "(", ".", ";").contains(a.word(after))) {
            return null;
        }
        return new Mention(a.start(from), a.end(k), Mention.Kind.NAME, a.text().substring(a.start(from), a.end(k)));
    }
}
