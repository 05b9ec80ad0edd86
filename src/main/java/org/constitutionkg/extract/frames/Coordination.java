package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.Patterns;

/**
 * Lists of mentions, for {@link VerbArguments} and {@link NounFrames}: the mentions coordinated with an argument after
 * it ("abolished the Senate, the Diet and the Council") or before it ("The Senate and the Diet were abolished"), and a
 * list after a colon ("...: A, B and C"). A verb's argument stands for all the things listed with it; a participle
 * that modifies an item ("a Council appointed by the King, and a Court") does not end the list.
 */
final class Coordination {

    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "in", "at", "for", "to", "from", "under",
            "with");

    /** A lower-case word that may modify a listed name after its article: no preposition, conjunction or pronoun. */
    private static final String MODIFIER = "(?!(?:of|in|for|to|by|on|at|from|with|and|or|as|under|over|into|which|who|"
            + "whose|whom|that|its|their|his|her)\\b)[a-z]{2,}";

    /** What {@link #participleAfter} answers when a verb follows a listed item that is no participle of it. */
    private static final int OTHER_VERB = -2;

    private Coordination() {
    }

    /** A phrase of time that may end a listed item's clause before the next item: "on 2 May 1921,", "two days later". */
    private static final String DATED = "(?:(?:on|in) (?:\\d{1,2} )?(?:[a-z]+ )?(?:\\d{1,2},? )?(?:\\d{4})?"
            + "|(?:a|one|two|three|four|five|six|\\d+) (?:days?|weeks?|months?|years?) later"
            // ("chairmen were A from 1920 to 1924, B from 1924 and C": each one's years)
            + "|from (?:[a-z]+ )?\\d{4}(?: (?:to|until|till) (?:[a-z]+ )?\\d{4})?) ?";

    /**
     * The mentions coordinated with {@code first} after it: "A, B and C", "the Senate and the Diet", "the charter and
     * the Treaty on X" (names or descriptions; commas, "and", determiners between; nothing else).
     */
    static List<Mention> coordinated(Annotated a, Mention first, int right, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        List<Boolean> described = new ArrayList<>(); // whether only ", a" stands before the item
        boolean cut = false; // whether the list went on with a name the next clause begins with
        if (first == null || first.kind() == Mention.Kind.PRONOUN) {
            return out;
        }
        int to = right < a.size() ? a.start(right) : a.text().length();
        int lastEnd = endPast(a, first); // ("the Chamber of the Union (Veće Saveza), elected by ..., and ...")
        if (pastDescription(a, first, lastEnd, to)) {
            to = a.text().length();
        }
        int comma = participleAfter(a, first, false);
        // "accountable to X and to Y": the preposition before the first may stand again before the others
        int before = a.tokenAt(first.start()) - 1;
        if (before >= 0 && a.tag(before).equals("DET")) {
            before--;
        }
        if (before >= 1 && a.word(before).equals(",")) {
            // "signed by its chairman, A, and by B": the preposition before the office the first is named after
            int k = before - 1;
            while (k >= 0 && (a.tag(k).equals("NOUN") || a.tag(k).equals("ADJ") || a.tag(k).equals("DET")
                    || a.tag(k).equals("PRON")) && Character.isLowerCase(a.word(k).charAt(0))) {
                k--;
            }
            if (k >= 0 && k < before - 1 && a.tag(k).equals("ADP")) {
                before = k;
            }
        }
        // (a participle or an adverb may stand before an item: "an elected House and a partly appointed Senate"; so may
        // one or two modifiers after an article: "and a smaller Legal Chamber", "and the new upper House")
        String link = "(?:,|,? ?and|,? ?or)?(?: ?(?:the|a|an))?(?: [a-z]{2,}ly(?= [a-z]{2,}ed))?(?: [a-z]{2,}ed)?"
                + "|,? ?(?:and|or) ?(?:the|a|an)(?: " + MODIFIER + "){1,2}"; // (the last item only: "and a smaller")
        boolean byPairs = false;
        if (before >= 0 && a.tag(before).equals("ADP")) {
            link += "|(?:,|,? ?and|,? ?or) ?" + java.util.regex.Pattern.quote(a.word(before).toLowerCase(Locale.ROOT))
                    + "(?: ?(?:the|a|an))?"; // after a conjunction only: "in the Palace in Ytown" is no list
            byPairs = a.word(before).equalsIgnoreCase("by");
            // (a list that repeats its preposition goes on past the comma the clause would end at: "by A, and by B")
            if (right < a.size() && a.word(right).equals(",") && a.text().substring(a.end(right)).strip()
                    .toLowerCase(Locale.ROOT).startsWith("and " + a.word(before).toLowerCase(Locale.ROOT) + " ")) {
                to = a.text().length();
            }
            if (byPairs) {
                // "signed for A by P, for B by Q and for C by R": each state's signer
                link += "|(?:,|,? ?and) for (?:the )?[\\p{L}\\p{M}'’ -]{1,60}? by(?: ?(?:the|a|an))?";
            }
        }
        // ("ratified by A on 2 May 1921, by B on 9 May and by C": the dates of each may stand between)
        String dated = "(?:" + DATED + ")?(?:" + link + ")";
        for (Mention m : mentions) {
            if (comma >= 0) {
                // "a Council of Ministers appointed by the King, and a Court of State", "a Senate elected by the
                // provinces, and a Court": the last item and its participle, whose verb bounded the clause: the list
                // goes on after the participle's comma
                lastEnd = a.start(comma);
                to = a.text().length();
            }
            if (m.start() < lastEnd || m.end() > to || m.kind() == Mention.Kind.PRONOUN) {
                continue;
            }
            String between = a.text().substring(lastEnd, m.start()).strip().toLowerCase(Locale.ROOT);
            if (byPairs && between.matches("(?:,|,? ?and) for(?: the)?")) {
                continue; // the state in "for B by Q": whom the next signer signed for
            }
            if (!between.matches(dated)) {
                break;
            }
            int after = a.tokenAt(m.end() - 1) + 1;
            if (a.end(after - 1) == m.end() && after < a.size() && a.tag(after).equals("NOUN")
                    && Character.isLowerCase(a.word(after).charAt(0))) {
                break; // "Ivan Petrov, a Liberal lawyer": a word of a description, no item of a list
            }
            comma = participleAfter(a, m, true);
            if (comma == OTHER_VERB) {
                cut = true;
                break; // "abolished the Council and the senate took over": the next clause's subject
            }
            out.add(m);
            described.add(between.matches(", ?(?:a|an)"));
            lastEnd = endPast(a, m);
            if (pastDescription(a, m, lastEnd, to)) {
                to = a.text().length();
            }
        }
        int counted = countAfter(a, first);
        if (counted > 1 && out.size() == counted && a.text().substring(itemEnd(a, first), out.get(0).start()).strip()
                .toLowerCase(Locale.ROOT).matches(",(?: ?(?:the|a|an))?")) {
            // "a Diet of two chambers, the Upper Bench and the Lower Bench": names after a count's comma, as many as it
            // counts, are what it counts, no more items of a list with the first
            out.clear();
        }
        // a name and an indefinite description after a comma are one thing described ("Pavel Dorn, a Bolshevik"), no
        // list of two ("A and B", "A, B and C", "A, a B and a C")
        if (out.size() == 1 && described.get(0) && !cut) {
            out.clear();
        }
        return out;
    }

    /**
     * Where a listed item ends: past a parenthesis right after it that holds another name or a gloss of it ("the
     * Chamber of the Union (Veće Saveza)") and a count ("of 30 members"), and past a phrase between commas that
     * describes it when the list goes on after that ({@link #describingPhrase}): the offset of the phrase's closing
     * comma, else the end of the item, its parenthesis or its count.
     */
    static int endPast(Annotated a, Mention m) {
        int end = itemEnd(a, m);
        // ... and past a phrase set off by commas that describes it: "the Chamber of the Union, elected by the people,
        // and ...", "the Board of Trade, which served as the government, and ...", "the Senate, with 30 members, and"
        int close = describingPhrase(a, a.tokenAt(end - 1) + 1);
        if (close > 0 && close + 1 < a.size() && a.word(close).equals(",")
                && (a.word(close + 1).equalsIgnoreCase("and") || a.word(close + 1).equalsIgnoreCase("or")
                || nameOpensAt(a, close + 1) && verbless(a, end, a.start(close)))) {
            return a.start(close);
        }
        return end;
    }

    /**
     * Whether a capitalised name opens at token {@code k}, after "the", "a" or "an" or none: the next item of a list
     * of three or more ("A, with 30 members, B, with 90, and C"; after a phrase with no verb only: a relative clause's
     * comma may open a list of its own, "X, which is divided into two chambers, A and B").
     */
    private static boolean nameOpensAt(Annotated a, int k) {
        int n = k < a.size() && a.tag(k).equals("DET") && Character.isLowerCase(a.word(k).charAt(0)) ? k + 1 : k;
        return n < a.size() && Character.isUpperCase(a.word(n).charAt(0)) && !a.tag(n).equals("PRON");
    }

    /**
     * Whether a list goes on past the clause's end {@code to} because a phrase that describes the item {@code m} (to
     * {@code lastEnd}) reached it: a phrase with no verb ("the Senate, with 30 members, and"), or any when the clause
     * ended right at the item ("two chambers: the Senate, elected by X, and"), or a relative clause ("the Senate,
     * whose members sat for life, and"); not a participle whose verb the clause is ("the Senate, chaired by X, and
     * the Diet": X chairs the Senate alone).
     */
    private static boolean pastDescription(Annotated a, Mention m, int lastEnd, int to) {
        if (lastEnd <= m.end() || lastEnd < to) {
            return false;
        }
        int end = itemEnd(a, m);
        return verbless(a, m.end(), lastEnd) || to <= end + 1 || relativeClauseAfter(a, a.tokenAt(end - 1) + 1) > 0;
    }

    /**
     * Whether the offset {@code at} lies in what describes a listed item after it (its relative clause, participle or
     * apposition, to {@link #endPast}): "A, whose members formed the upper house, and B" has "formed" in A's clause.
     */
    static boolean describedWithin(Annotated a, Mention item, int at) {
        return item != null && item.end() < at && at < endPast(a, item);
    }

    /** Where an item ends with its parenthesis and its count ("the Senate (Senat) of 30 members"), before any comma. */
    private static int itemEnd(Annotated a, Mention m) {
        return pastCount(a, pastParenthesis(a.text(), m.end()));
    }

    /** Whether no verb or auxiliary stands between two offsets. */
    private static boolean verbless(Annotated a, int from, int to) {
        for (int k = a.tokenAt(from); k < a.size() && a.start(k) < to; k++) {
            if (a.start(k) >= from && (a.tag(k).equals("VERB") || a.tag(k).equals("AUX"))) {
                return false;
            }
        }
        return true;
    }

    /** The offset past a parenthesis at {@code end} ("(Veće Saveza)", one and short), else {@code end}. */
    private static int pastParenthesis(String t, int end) {
        int k = end;
        while (k < t.length() && t.charAt(k) == ' ') {
            k++;
        }
        if (k < t.length() && t.charAt(k) == '(') {
            int close = t.indexOf(')', k);
            int again = t.indexOf('(', k + 1);
            if (close > 0 && close - k < 80 && (again < 0 || again > close)) {
                return close + 1;
            }
        }
        return end;
    }

    /** The offset past a count right after an item ("a Senate of 30 members", "a House with 90 seats"), else end. */
    private static int pastCount(Annotated a, int end) {
        int k = a.tokenAt(end - 1) + 1;
        if (k + 2 < a.size() && a.start(k) <= end + 1 && (a.word(k).equals("of") || a.word(k).equals("with"))
                && a.tag(k + 1).equals("NUM") && a.tag(k + 2).equals("NOUN")
                && Character.isLowerCase(a.word(k + 2).charAt(0))) {
            return a.end(k + 2);
        }
        return end;
    }

    /** The number a count right after an item gives ("a Diet of two chambers" → 2), else 0. */
    private static int countAfter(Annotated a, Mention m) {
        int end = pastParenthesis(a.text(), m.end());
        if (pastCount(a, end) == end) {
            return 0;
        }
        String n = a.word(a.tokenAt(end - 1) + 2);
        if (n.chars().allMatch(Character::isDigit)) {
            return n.length() < 4 ? Integer.parseInt(n) : 0;
        }
        return org.constitutionkg.extract.Lexicon.get().number(n.toLowerCase(Locale.ROOT)).orElse(0);
    }

    /** Words that open a phrase that describes a listed item after its comma: "with 30 members", "of whom". */
    private static final Set<String> DESCRIBING = Set.of("with", "having", "comprising", "numbering");

    /**
     * A phrase that describes the item before a comma at token {@code c} and that a comma or the sentence's end
     * closes: a relative clause ("which served as the government"), a participle ("elected by the people", "partly
     * appointed by the King"), a phrase with "with" ("with 30 members") or a count ("four from each district"), or a
     * common noun in apposition ("the upper house"). The token that closes it ({@code a.size()} at the sentence's end),
     * or -1 when none opens there.
     */
    static int describingPhrase(Annotated a, int c) {
        if (c + 1 >= a.size() || !a.word(c).equals(",")) {
            return -1;
        }
        int relative = relativeClauseAfter(a, c);
        if (relative > 0) {
            return relative;
        }
        int v = c + 1;
        while (v + 1 < a.size() && a.tag(v).equals("ADV") && a.word(v).endsWith("ly")) {
            v++; // "partly appointed by"
        }
        if (a.tag(v).equals("VERB")) {
            return reducedRelativeTo(a, v);
        }
        String w = a.word(v).toLowerCase(Locale.ROOT);
        // (or a count that describes it, no year: "a Senate of twelve members, four from each district, and")
        boolean with = DESCRIBING.contains(w) || a.tag(v).equals("NUM") && !Patterns.isYear(w);
        boolean apposition = (w.equals("the") || w.equals("a") || w.equals("an")) && v + 1 < a.size()
                && Character.isLowerCase(a.word(v + 1).charAt(0));
        if (!with && !apposition || w.equals("with") && nameOpensAt(a, v + 1)) {
            // ("Tamu Okoro, with Ado Benu, Kiri Vasso and Lemi Oto": with whom, no description of the item)
            return -1;
        }
        for (int k = v + 1; k < a.size(); k++) {
            String x = a.word(k);
            if (x.equals(",") || x.equals(";") || x.equals(".") && k == a.size() - 1) {
                return x.equals(";") ? -1 : x.equals(".") ? a.size() : k;
            }
            boolean word = !x.isEmpty() && (Character.isLowerCase(x.charAt(0)) || a.tag(k).equals("NUM")
                    || x.equals("-") && a.tag(k - 1).equals("NUM")); // ("twenty - four" as the tokenizer splits it)
            // (an apposition is a common noun phrase; a phrase with "with" may hold a participle: "with 35 deputies
            // sitting permanently", not a clause's verb)
            if (a.tag(k).equals("AUX") || apposition && (!word || a.tag(k).equals("VERB"))
                    || a.tag(k).equals("VERB") && !x.endsWith("ing")) {
                return -1;
            }
        }
        return a.size();
    }

    /** The preposition right after a participle at {@code v}, past one adverb ("elected directly by"), or -1. */
    private static int prepositionAfterParticiple(Annotated a, int v) {
        int p = v + 1 < a.size() && a.tag(v + 1).equals("ADV") && a.word(v + 1).endsWith("ly") ? v + 2 : v + 1;
        return p < a.size() && PARTICIPLE_PREPOSITIONS.contains(a.word(p).toLowerCase(Locale.ROOT)) ? p : -1;
    }

    /**
     * The token that closes a participle at {@code v} ("appointed by the King", "seated in Ytown"): the first comma
     * after it, {@code a.size()} when the sentence's end does (with no semicolon before it), or -1 when the verb is no
     * such participle or another verb comes first.
     */
    private static int reducedRelativeTo(Annotated a, int v) {
        String w = a.word(v).toLowerCase(Locale.ROOT);
        int p = prepositionAfterParticiple(a, v);
        if (!(w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn")) || p < 0) { // "chosen", "drawn"
            return -1;
        }
        boolean semicolon = false;
        for (int k = p + 1; k < a.size(); k++) {
            if (a.word(k).equals(",")) {
                return k;
            }
            if (a.tag(k).equals("VERB") || a.tag(k).equals("AUX")) {
                return -1;
            }
            semicolon |= a.word(k).equals(";");
        }
        return semicolon ? -1 : a.size();
    }

    /** Words that open a relative clause: "which", "whose", "who", "where". */
    private static final Set<String> RELATIVES = Set.of("which", "whose", "who", "whom", "where");

    /**
     * A relative clause set off by a comma at token {@code c} ("…, which served as the government," "…, to which
     * each region sent ten deputies,"): the token of the comma that closes it, {@code a.size()} when the sentence's
     * end does, or -1 when none opens there.
     */
    static int relativeClauseAfter(Annotated a, int c) {
        if (c + 2 >= a.size() || !a.word(c).equals(",")) {
            return -1;
        }
        int r = c + 1;
        if (r + 1 < a.size() && (a.tag(r).equals("ADP") || a.tag(r).equals("PART"))
                && RELATIVES.contains(a.word(r + 1).toLowerCase(Locale.ROOT))) {
            r++; // "to which", "of whom"
        }
        if (!RELATIVES.contains(a.word(r).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = r + 1; k < a.size(); k++) {
            if (a.word(k).equals(",") || a.word(k).equals(";")) {
                return a.word(k).equals(",") ? k : -1;
            }
        }
        return a.size();
    }

    /**
     * The comma after a participle that modifies a listed item and goes on with the list: its token; -1 when no verb
     * follows the item, {@link #OTHER_VERB} when one does that is no such participle. An auxiliary after the item is a
     * verb only with {@code orAuxiliary} (after the items the list goes on with, not after its first).
     */
    private static int participleAfter(Annotated a, Mention item, boolean orAuxiliary) {
        int v = a.tokenAt(endPast(a, item) - 1) + 1;
        if (v >= a.size() || !(a.tag(v).equals("VERB") || orAuxiliary && a.tag(v).equals("AUX"))) {
            return -1;
        }
        int close = reducedRelativeTo(a, v);
        // (a participle of the last item to the sentence's end ends the list: "and a Y elected by Z.")
        return close < 0 ? OTHER_VERB : close < a.size() ? close : -1;
    }

    /**
     * A participle that modifies a listed item ("appointed by the King", "seated in Ytown") up to the comma that
     * goes on with the list: the comma's token, or -1 when the verb at {@code v} is no such participle.
     */
    static int reducedRelative(Annotated a, int v) {
        int close = reducedRelativeTo(a, v);
        return close < a.size() ? close : -1; // (only a comma goes on with the list)
    }

    /**
     * The names listed after a colon at token {@code colon} up to the sentence's end ("...: A, B and C"), when the
     * list is all that follows; else empty.
     */
    static List<Mention> listAfterColon(Annotated a, int colon, List<Mention> mentions) {
        if (colon >= a.size() || !a.word(colon).equals(":")) {
            return List.of();
        }
        Mention first = Clauses.mentionAt(a, colon + 1, mentions);
        if (first == null || first.kind() != Mention.Kind.NAME) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>(List.of(first));
        out.addAll(coordinated(a, first, a.size(), mentions));
        int end = endPast(a, out.get(out.size() - 1));
        String rest = a.text().substring(end).strip();
        int last = a.tokenAt(end - 1) + 1;
        // (the last item may have a relative clause or another describing phrase of its own to the end: "..., and the
        // Y, to which each region sent ten deputies.", "..., and the Y, with 90 members."; "and a Y elected by Z.")
        // (one item too: "It consisted of:" / "- the House of Deputies, elected by the provinces.")
        return rest.isEmpty() || rest.equals(".") || describingPhrase(a, last) >= a.size() - 1
                || last < a.size() && a.tag(last).equals("VERB") && reducedRelativeTo(a, last) >= a.size() - 1
                ? out : List.of();
    }

    /**
     * "two chambers – the Senate and the Diet – of which ...", "two chambers of equal rights, A and B": the names the
     * first dash or comma after token {@code from} (before {@code right}) opens and a dash, a comma or the sentence's
     * end closes; or none.
     */
    static List<Mention> listBetweenDashes(Annotated a, int from, int right, List<Mention> mentions) {
        for (int d = from + 1; d < right; d++) {
            if (!(a.word(d).equals("–") || a.word(d).equals("—") || a.word(d).equals(","))) {
                continue; // (or an apposition after a comma: "two chambers of equal rights, A and B.")
            }
            Mention first = Clauses.mentionAt(a, d + 1, mentions);
            if (first == null || first.kind() != Mention.Kind.NAME) {
                return List.of();
            }
            List<Mention> out = new ArrayList<>(List.of(first));
            out.addAll(coordinated(a, first, a.size(), mentions));
            String rest = a.text().substring(endPast(a, out.get(out.size() - 1))).strip();
            return rest.isEmpty() || rest.startsWith("–") || rest.startsWith("—") || rest.startsWith(",")
                    || rest.equals(".") ? out : List.of();
        }
        return List.of();
    }

    /** The names listed before {@code last} with it: "the Senate, the Diet and" before "the Council". */
    static List<Mention> coordinatedBefore(Annotated a, Mention last, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        if (!listable(last)) {
            return out;
        }
        Mention cur = last;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.end() > cur.start() || !listable(m)) {
                continue;
            }
            String between = a.text().substring(m.end(), cur.start()).strip().toLowerCase(Locale.ROOT);
            // the last link of a list is "and" or "or"; the ones before it may be commas
            String link = cur == last ? "(?:,? ?and|,? ?or)(?: ?the)?" : "(?:,|,? ?and|,? ?or)(?: ?the)?";
            if (!between.matches(link) || Clauses.afterPreposition(a, m)) {
                break;
            }
            out.add(m);
            cur = m;
        }
        return out;
    }

    /** A name, or a definite description ("The Treaty and the Declaration were confirmed by ..."). */
    private static boolean listable(Mention m) {
        return m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION && !m.indefinite();
    }
}
