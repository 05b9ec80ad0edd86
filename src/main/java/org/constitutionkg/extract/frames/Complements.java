package org.constitutionkg.extract.frames;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.DateParser;

/**
 * What a verb governs after it, for {@link VerbArguments} and {@link NounFrames}: its direct object, the object of
 * its own preposition ("accountable to X", "held in X", past a date between), and the agent of a passive (its "by"
 * phrase, or the body that sat: "by a joint session of X"). A mention after the verb is its argument only where the
 * words between allow it: "held a referendum in X" met nowhere.
 */
final class Complements {

    private Complements() {
    }

    /** "both", "either", "neither" opening a list ("elected both X and Y"): no conjunction between two things. */
    static boolean correlative(Annotated a, int k) {
        return CORRELATIVES.contains(a.word(k).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> CORRELATIVES = Set.of("both", "either", "neither");

    /** Whether a noun or pronoun is the verb's object: the first content word after it, not a name of ours. */
    static boolean hasObject(Annotated a, int v, int right) {
        for (int k = v + 1; k < right; k++) {
            String tag = a.tag(k);
            if (tag.equals("DET") || tag.equals("NUM") || tag.equals("ADJ") || tag.equals("ADV") || correlative(a, k)) {
                if (tag.equals("ADJ") && k > v + 1 && a.tag(k - 1).equals("DET") && (k + 1 >= a.size()
                        || a.tag(k + 1).equals("PUNCT") || a.tag(k + 1).equals("ADP") || a.tag(k + 1).equals("CCONJ"))) {
                    return true; // "abolished the sultanate." with the noun tagged as an adjective: a determiner's noun
                }
                continue;
            }
            if (k > v + 1 && (a.tag(k - 1).equals("DET") || a.tag(k - 1).equals("ADJ") || a.tag(k - 1).equals("ADV"))
                    && (a.word(k).toLowerCase(Locale.ROOT).endsWith("ing") || a.tag(k).equals("VERB"))) {
                // a participle after a determiner modifies a noun: "the following acts", "the ruling party", "a revised
                // text", "a newly drafted charter"
                continue;
            }
            // "the assembly dissolved itself": a reflexive object is the subject, so no object of its own
            return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") && !a.word(k).toLowerCase(Locale.ROOT)
                    .endsWith("self") && !a.word(k).toLowerCase(Locale.ROOT).endsWith("selves");
        }
        return false;
    }

    /**
     * The mention that is the verb's direct object: the first word after the verb (determiners, numbers and
     * adjectives aside) begins it. "created a federation of 25 German states" has none that is a name.
     */
    static Mention directObject(Annotated a, int v, int right, List<Mention> mentions) {
        for (int k = v + 1; k < right; k++) {
            int at = a.start(k);
            for (Mention m : mentions) {
                if (m.start() == at) {
                    return m;
                }
            }
            int pool = fromAmong(a, k, right);
            if (pool > k) {
                k = pool - 1; // "elected from (among) its members a Presidium": the object after whom it chose from
                continue;
            }
            int where = placeOrTimeBefore(a, k, right);
            if (where > k) {
                k = where; // "signed in Ytown the Treaty of X", "adopted on 5 May 1920 the Charter": the object after it
                continue;
            }
            String tag = a.tag(k);
            Mention apposed = tag.equals("NOUN") || tag.equals("ADJ") && Character.isLowerCase(a.word(k).charAt(0))
                    ? apposedToCommonNoun(a, k, right, mentions) : null;
            if (apposed != null) {
                return apposed; // "created a single-chamber parliament, the Grand Diet": the name in apposition
            }
            boolean participle = tag.equals("NOUN") && a.word(k).endsWith("ing") && Character.isLowerCase(a.word(k)
                    .charAt(0)) && k + 1 < right && Clauses.mentionAt(a, k + 1, mentions) != null; // "a standing X"
            if (!(tag.equals("DET") || tag.equals("NUM") || tag.equals("ADV") || correlative(a, k) || participle
                    || tag.equals("ADJ") && Character.isLowerCase(a.word(k).charAt(0)))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The name set off by a comma after a common noun phrase that starts at token {@code k} ("a single-chamber
     * parliament, the Grand Diet", "two supreme courts, the High Court and the Court of Audit"): the noun phrase is
     * lower-case nouns and adjectives only (no "of" phrase), and the name closes the apposition (a punctuation mark,
     * "and", a relative word or the end follows it: not "a resolution, the Senate approved it"); else null.
     */
    private static Mention apposedToCommonNoun(Annotated a, int k, int right, List<Mention> mentions) {
        int j = k;
        while (j < a.size() && j - k < 4 && (a.tag(j).equals("NOUN") || a.tag(j).equals("ADJ"))
                && Character.isLowerCase(a.word(j).charAt(0)) && Clauses.mentionAt(a, j, mentions) == null) {
            j++;
        }
        if (j == k || j + 1 >= a.size() || !a.word(j).equals(",")) {
            return null;
        }
        int n = j + 1 < a.size() && a.word(j + 1).equalsIgnoreCase("the") ? j + 2 : j + 1;
        Mention m = n < right ? Clauses.mentionAt(a, n, mentions) : null;
        if (m == null || m.kind() != Mention.Kind.NAME || m.start() != a.start(n) || subordinateBefore(a, k)) {
            return null; // ("When the Diet elected a new chairman, the Senate ... was dissolved": another clause's)
        }
        int after = a.tokenAt(m.end() - 1) + 1;
        return after >= a.size() || APPOSITION_CLOSERS.contains(a.word(after).toLowerCase(Locale.ROOT)) ? m : null;
    }

    /** Whether the sentence opens with a subordinating word before token {@code k}: "When", "After", "Once", ... */
    private static boolean subordinateBefore(Annotated a, int k) {
        return k > 0 && SUBORDINATORS.contains(a.word(0).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "before", "once", "as", "since", "until",
            "while", "although", "though", "if", "because", "whereas");

    private static final Set<String> APPOSITION_CLOSERS = Set.of(",", ".", ";", ":", "(", "and", "which", "whose",
            "who", "that", "with", "–", "—");

    /**
     * Where a phrase "from (among) its members" that starts at token {@code k} ends (the token after it), or -1: the
     * common nouns a body is chosen from, before the direct object.
     */
    private static int fromAmong(Annotated a, int k, int right) {
        if (!a.word(k).equalsIgnoreCase("from")) {
            return -1;
        }
        int j = k + 1;
        if (j < right && a.word(j).equalsIgnoreCase("among")) {
            j++;
        }
        if (j < right && (a.tag(j).equals("DET") || POSSESSIVES.contains(a.word(j).toLowerCase(java.util.Locale.ROOT)))) {
            j++;
        }
        int nouns = j;
        while (j < right && (a.tag(j).equals("NOUN") || a.tag(j).equals("ADJ"))
                && Character.isLowerCase(a.word(j).charAt(0))) {
            j++; // ("from its own members")
        }
        return j > nouns && j < right && a.tag(j - 1).equals("NOUN") ? j : -1;
    }

    /**
     * The first mention after the verb in its clause: after {@code preposition} when given (the agent of a passive),
     * else the first that is not the object of a preposition (the direct object).
     */
    static Mention after(Annotated a, int v, int right, List<Mention> mentions, String preposition) {
        if (preposition == null) {
            return directObject(a, v, right, mentions);
        }
        // the object of the first such preposition after the verb: "accountable to the people, not to the King" is
        // not accountable to the King; "of representatives of the Diet" names no part
        for (int k = v + 1; k < right; k++) {
            if (a.word(k).equalsIgnoreCase(preposition)) {
                Mention m = objectOf(a, k, mentions);
                int and = k + 1 < a.size() && a.word(k + 1).equals(",") ? k + 2 : k + 1;
                if (m == null && and + 1 < a.size() && COORDINATORS.contains(a.word(and).toLowerCase(Locale.ROOT))
                        && !a.word(and + 1).equalsIgnoreCase("large")) { // (not the idiom "by and large")
                    // "elected by and accountable to the Diet", "elected by, and answerable to, the Diet": the object
                    // the next preposition has is both's
                    for (int j = and + 1; j < Math.min(a.size(), and + 5); j++) {
                        if (a.tag(j).equals("ADP")) {
                            m = objectOf(a, j + 1 < a.size() && a.word(j + 1).equals(",") ? j + 1 : j, mentions);
                            break;
                        }
                    }
                }
                return m != null || !preposition.equals("by") ? m : sittingOf(a, k, mentions);
            }
        }
        return null;
    }

    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /**
     * The last token of a phrase of place or time that stands between a verb and its object at token {@code k}: "in"
     * or "at" and one to three proper nouns ("in Ytown", "at Velm Castle"), or a date phrase ("on 5 May 1920"), when a
     * capitalised name or an article follows it; else -1.
     */
    private static int placeOrTimeBefore(Annotated a, int k, int right) {
        String w = a.word(k).toLowerCase(Locale.ROOT);
        if (!a.tag(k).equals("ADP") || !(w.equals("in") || w.equals("at") || w.equals("on")) || subordinateBefore(a, k)) {
            return -1; // ("After the congress elected in Ytown the Presidium took over": the next clause's subject)
        }
        int last = dateAfter(a, k);
        if (last < 0 && !w.equals("on")) {
            int j = k + 1;
            while (j < right && j - k <= 3 && a.tag(j).equals("PROPN")) {
                j++;
            }
            last = j > k + 1 ? j - 1 : -1;
        }
        if (last < 0 || last + 1 >= right) {
            return -1;
        }
        String next = a.word(last + 1);
        return next.equalsIgnoreCase("the") || Character.isUpperCase(next.charAt(0)) && a.tag(last + 1).equals("PROPN")
                ? last : -1;
    }

    private static final Pattern DATE = Pattern.compile(
            "(?:on|in|from|during) (?:" + DateParser.RANGE_REGEX + "|" + DateParser.YEARLESS_REGEX + ")\\b");

    /** The last token of a phrase of time that starts at token {@code k} ("on 30 December 1922"), or -1. */
    private static int dateAfter(Annotated a, int k) {
        Matcher m = DATE.matcher(a.text()).region(a.start(k), a.text().length());
        if (!m.lookingAt()) {
            return -1;
        }
        int last = k;
        while (last + 1 < a.size() && a.end(last + 1) <= m.end()) {
            last++;
        }
        return last;
    }

    /**
     * Nouns of a body's sitting or of its parts acting together (acting-parts.txt): "a joint session of the Diet", "the
     * two chambers of the Diet" act as the Diet.
     */
    static final Set<String> ACTING_PARTS = org.constitutionkg.extract.Lexicon.lowerWords("acting-parts.txt");

    /** "by a plenary session of the Diet", "by both houses of the Diet": the body that acted, or null. */
    private static Mention sittingOf(Annotated a, int by, List<Mention> mentions) {
        int k = actingPartAfter(a, by);
        return k > 0 ? objectOf(a, k + 1, mentions) : null;
    }

    /**
     * The token of a noun of {@link #ACTING_PARTS} that, after determiners, numbers and adjectives, follows token
     * {@code by} and stands before "of" and a name, or -1.
     */
    static int actingPartAfter(Annotated a, int by) {
        int k = by + 1;
        while (k < a.size() && (a.tag(k).equals("DET") || a.tag(k).equals("ADJ") || a.tag(k).equals("NUM")
                || a.word(k).equalsIgnoreCase("both"))) {
            k++;
        }
        int named = k + 2 < a.size() && a.word(k + 2).equalsIgnoreCase("the") ? k + 3 : k + 2;
        // (of a name: "the chambers of commerce" are no body's)
        return named < a.size() && ACTING_PARTS.contains(a.word(k).toLowerCase(Locale.ROOT)) && a.word(k + 1).equals("of")
                && Character.isUpperCase(a.word(named).charAt(0)) ? k : -1;
    }

    /**
     * The object of the verb's own preposition ("accountable to", "held in"), which only adverbs, or "its meetings",
     * may stand before: "held a referendum in X" met nowhere. Null when something else stands between.
     */
    static Mention prepositionalObject(Annotated a, int v, int right, List<Mention> mentions, String preposition) {
        // "into|as": either ("reorganized into X", "reorganized as X")
        List<String> either = List.of(preposition.toLowerCase(java.util.Locale.ROOT).split("\\|"));
        for (int k = v + 1; k < right; k++) {
            int date = dateAfter(a, k);
            if (date > k) {
                k = date; // "held on 30 December 1922 in Xtown": a date may stand before the preposition too
                continue;
            }
            int phrase = VerbArguments.adverbialPhraseStartingAt(a, k);
            if (phrase > 0 && k + phrase < right) {
                k += phrase - 1; // "sat by turns in X", "met in turn at X": an adverb of several words
                continue;
            }
            if (either.contains(a.word(k).toLowerCase(java.util.Locale.ROOT))) {
                return objectOf(a, k, mentions);
            }
            boolean possessive = a.word(k).equalsIgnoreCase("its") || a.word(k).equalsIgnoreCase("their");
            boolean possessed = a.tag(k).equals("NOUN") && k > v + 1 && (a.word(k - 1).equalsIgnoreCase("its")
                    || a.word(k - 1).equalsIgnoreCase("their"));
            boolean both = correlative(a, k);
            // "handed over power to X": a bare noun right after the verb is its object, the preposition still its
            boolean bare = k == v + 1 && a.tag(k).equals("NOUN") && Character.isLowerCase(a.word(k).charAt(0))
                    && !either.contains("in"); // ("held elections in X": no meeting in X)
            if (!(a.tag(k).equals("ADV") || a.tag(k).equals("PART") || possessed || both || bare
                    || possessive && k + 1 < right && a.tag(k + 1).equals("NOUN"))) {
                return null;
            }
        }
        return null;
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("its", "their", "his", "her");

    /**
     * The mention that the preposition at token {@code preposition} governs (a determiner between allowed), or the
     * next item of its list when the first is no thing of ours ({@link #nextInList}); or null.
     */
    private static Mention objectOf(Annotated a, int preposition, List<Mention> mentions) {
        // "accountable to both the king and the assembly": the list after "both" (not "to neither A nor B")
        if (preposition + 1 < a.size() && a.word(preposition + 1).equalsIgnoreCase("neither")) {
            return null;
        }
        int k = preposition + 2 < a.size() && correlative(a, preposition + 1) ? preposition + 1 : preposition;
        // (a number too: "into two chambers, the Senate and the Diet": the names in apposition to the count)
        int next = k + 1 < a.size() && (a.tag(k + 1).equals("DET") || a.tag(k + 1).equals("NUM")
                && Character.isLowerCase(a.word(k + 1).charAt(0)) || POSSESSIVES.contains(a.word(k + 1)
                .toLowerCase(java.util.Locale.ROOT))) ? k + 2 : k + 1;
        while (next + 1 < a.size() && (a.tag(next).equals("ADJ") || modifier(a, next))
                && Character.isLowerCase(a.word(next).charAt(0)) && Clauses.mentionAt(a, next, mentions) == null) {
            next++; // "responsible to the new Grand Council", "by the former State Council", "of an elected House"
        }
        int noun = next;
        while (noun + 1 < a.size() && (a.tag(noun).equals("NOUN") || a.tag(noun).equals("ADJ"))
                && Character.isLowerCase(a.word(noun).charAt(0)) && Clauses.mentionAt(a, noun, mentions) == null) {
            noun++; // "by the liberal lawyer Ivan Petrov", "by the jurist Hugo Reimer": the name the nouns describe
        }
        if (noun > next && Clauses.mentionAt(a, noun, mentions) != null
                && Clauses.mentionAt(a, noun, mentions).kind() == Mention.Kind.NAME
                && Clauses.mentionAt(a, noun, mentions).start() == a.start(noun)) {
            next = noun;
        } else if (noun > next && noun + 1 < a.size() && a.word(noun).equals(",")
                && Clauses.mentionAt(a, noun + 1, mentions) != null
                && Clauses.mentionAt(a, noun + 1, mentions).kind() == Mention.Kind.NAME) {
            next = noun + 1; // "signed by its chairman, Ivan Petrov,": the name in apposition to the office
        }
        for (Mention m : mentions) {
            if (next < a.size() && m.start() <= a.start(next) && m.end() > a.start(next)) {
                Mention rest = m.kind() == Mention.Kind.PRONOUN ? nextInList(a, preposition, next, mentions)
                        : isListPreposition(a, preposition) && m.kind() == Mention.Kind.NAME
                        ? listGoesOn(a, preposition, a.tokenAt(m.end() - 1) + 1, true, mentions) : null;
                return rest != null ? rest : m; // ("to him and to the Diet": a person, then a thing of ours)
            }
        }
        return nextInList(a, preposition, next, mentions);
    }

    /**
     * Whether the word at {@code k} is a participle or an adverb before a name ("an elected House", "a partly appointed
     * Senate"): a past form in -ed, or a word in -ly, whatever the tagger made of it.
     */
    static boolean modifier(Annotated a, int k) {
        String w = a.word(k);
        // (an adverb only before a participle: "the assembly" is no adverb)
        return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && (w.endsWith("ly") && k + 1 < a.size()
                && a.word(k + 1).endsWith("ed") && !a.tag(k).equals("VERB")
                || w.endsWith("ed") && (a.tag(k).equals("VERB") || a.tag(k).equals("ADJ")));
    }

    /** Whether "and" or "or" stands after token {@code k} before the clause ends (a stop or a verb). */
    private static boolean listClosesAfter(Annotated a, int k) {
        for (int j = k; j < a.size() && !Clauses.STOPS.contains(a.word(j)); j++) {
            if (a.word(j).equalsIgnoreCase("and") || a.word(j).equalsIgnoreCase("or")) {
                return true;
            }
            if (a.tag(j).equals("VERB") || a.tag(j).equals("AUX")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a list may go on after the preposition's first object: "to" and "of" ("accountable to", "consisted of"). */
    private static boolean isListPreposition(Annotated a, int preposition) {
        return a.word(preposition).equalsIgnoreCase("to") || a.word(preposition).equalsIgnoreCase("of");
    }

    /** What sets a list off from the count that announces it: "two chambers: A and B", "two houses, A and B". */
    private static final java.util.Set<String> LIST_MARKS = java.util.Set.of(",", ":", "\u2013", "\u2014", "-");

    private static final java.util.Set<String> PERSONAL = java.util.Set.of("him", "her", "them");

    /**
     * The mention after "and" when the first object of "to" or "of" is a common noun no mention stands for:
     * "accountable to the king and the assembly", "to him and to the Diet", "consisted of the president and the
     * Diet" (the list's next item, its preposition repeated or not); or null.
     */
    private static Mention nextInList(Annotated a, int preposition, int from, List<Mention> mentions) {
        if (!isListPreposition(a, preposition)) {
            return null; // ("elected by the county councils and by ...": a body of electors no name gives, its own)
        }
        int k = from;
        if (k < a.size() && a.tag(k).equals("PRON") && PERSONAL.contains(a.word(k).toLowerCase(java.util.Locale.ROOT))) {
            k++; // "responsible to him and to the Diet"
        }
        while (k < a.size() && a.tag(k).equals("NOUN") && Character.isLowerCase(a.word(k).charAt(0))) {
            k++;
        }
        if (k == from && k + 1 < a.size() && (a.tag(k).equals("PROPN") || a.tag(k).equals("NOUN"))
                && Clauses.mentionAt(a, k, mentions) == null) {
            k++; // "consisted of the King, a Senate and a House": a title no mention stands for, first of a list
        }
        return k == from ? null : listGoesOn(a, preposition, k, false, mentions);
    }

    /**
     * The next item of a list whose first item ends before token {@code k}: after "and" or a comma (past a participle
     * set off by commas, "the King, represented by the Regent, and ..."; past a count that announces the rest, "and two
     * chambers: A and B"), or null. With {@code counted}, only past such a count: "the Crown and two houses, A and B"
     * names the houses after the count, whatever the Crown is.
     */
    private static Mention listGoesOn(Annotated a, int preposition, int k, boolean counted, List<Mention> mentions) {
        if (k + 2 < a.size() && a.word(k).equals(",") && a.tag(k + 1).equals("VERB")) {
            // "of the King, represented by the Regent, and two chambers": past a participle set off by commas
            int close = Coordination.reducedRelative(a, k + 1);
            if (close > 0 && close < k + 10 && close + 1 < a.size() && a.word(close + 1).equalsIgnoreCase("and")) {
                k = close;
            }
        }
        // (a comma goes on with a list only where "and" or "or" closes it later in the clause: "accountable to the King,
        // the Diet only to the voters" is two clauses)
        boolean comma = !counted && k + 1 < a.size() && a.word(k).equals(",") && !a.word(k + 1).equalsIgnoreCase("and")
                && listClosesAfter(a, k + 1);
        if (k + 1 < a.size() && a.word(k).equals(",") && a.word(k + 1).equalsIgnoreCase("and")) {
            k++; // "A, and B"
        }
        if (k + 1 >= a.size() || !a.word(k).equalsIgnoreCase("and") && !comma) {
            return null;
        }
        k++;
        if (a.word(k).equalsIgnoreCase(a.word(preposition)) && k + 1 < a.size()) {
            k++;
        }
        if (k + 2 < a.size() && a.tag(k).equals("NUM") && a.tag(k + 1).equals("NOUN")
                && Character.isLowerCase(a.word(k + 1).charAt(0)) && LIST_MARKS.contains(a.word(k + 2))) {
            k += 3; // "of the King and two houses, a Senate and ...", "... and two chambers: the Senate and ..."
        } else if (counted) {
            return null;
        }
        Mention m = Clauses.mentionAt(a, k, mentions); // (a determiner before it allowed)
        int after = m == null ? -1 : a.tokenAt(m.end() - 1) + 1;
        // ("accountable to the voters and the Diet could not ...": the next clause's subject)
        return m == null || after < a.size() && (a.tag(after).equals("VERB") || a.tag(after).equals("AUX")) ? null : m;
    }
}
