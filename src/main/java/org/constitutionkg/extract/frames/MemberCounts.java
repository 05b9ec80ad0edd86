package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.linguistic.Annotated;

/**
 * The counts of members a sentence states, for {@link FrameMatcher#counts}: a number before a count noun ("2,215
 * delegates", "21 members") and what they were the members of. A count is a noun frame of its own, with its own
 * words around it ("had", "attended by", "with", "from 23 to 9"), so it is found apart from the verb frames.
 */
final class MemberCounts {

    /** Words after which a number counts the subject's members: "had 21 members", "attended by 2,000 delegates". */
    private static final Set<String> COUNT_INTRODUCERS = Set.of("had", "has", "have", "by", "with", "of",
            "numbered", "numbers", "comprised", "comprises", "totalled", "totaled", "totals", "counted");

    /**
     * The head a name is the "of" phrase of ("the Executive Committee of the council, a body of seven members": the
     * committee, not the council; "the presidium of the council, a body of seven": no name, null), else the name.
     */
    private static Mention headOfOf(Annotated a, Mention m, List<Mention> mentions) {
        int t = a.tokenAt(m.start()) - 1;
        if (t >= 0 && a.word(t).equalsIgnoreCase("the") && !m.text().toLowerCase(Locale.ROOT).startsWith("the ")) {
            t--;
        }
        if (t < 1 || !a.word(t).equalsIgnoreCase("of") || !(a.tag(t - 1).equals("NOUN")
                || a.tag(t - 1).equals("PROPN"))) {
            return m;
        }
        // (only after an organ's noun: "took the place of X, an old body of 90 members" counts X)
        String head = a.word(t - 1);
        OntologyClasses o = OntologyClasses.get();
        boolean organ = org.constitutionkg.extract.Lexicon.get().classOf(
                org.constitutionkg.extract.text.Patterns.titleCase(head)).filter(c -> o.isA(c, "StateOrgan")).isPresent();
        return organ ? Clauses.mentionEndingAt(a, t - 1, mentions) : m;
    }

    /**
     * Whether token {@code k} is a verb of sending or going (by its lemma, or its word when the lemmatizer knows it
     * not): a bare one-word name after it and "to", "in" or "at" is a place.
     */
    private static boolean sending(Annotated a, int k) {
        String lemma = a.lemma(k).toLowerCase(Locale.ROOT);
        String word = a.word(k).toLowerCase(Locale.ROOT);
        return SENDING.stream().anyMatch(v -> lemma.equals(v) || word.startsWith(v));
    }

    /** Verbs of sending or going, and the stems of their forms ("summoned", "sent", "came", "met", "sat"). */
    private static final Set<String> SENDING = Set.of("summon", "send", "sent", "call", "invite", "bring", "brought",
            "come", "came", "go", "went", "travel", "gather", "assembl", "conven", "meet", "met", "sit", "sat");

    /** Whether a name is the "of" phrase of a common noun before it: "the lower house of Velmia". */
    private static boolean ofACommonNoun(Annotated a, Mention m) {
        int noun = Clauses.nounBefore(a, m, "of");
        return noun >= 0 && !a.word(noun).endsWith("ing"); // (not "consisting of the Senate")
    }

    /**
     * Whether a name is what a verb of consisting is "of" ("composed of the Senate", "consisted of A and the Senate"):
     * the first name after such a verb's "of" in its clause, or an item of the list that name opens.
     */
    private static boolean partOfAWhole(Annotated a, Mention m, List<Mention> mentions) {
        Frames frames = org.constitutionkg.extract.Lexicon.get().frames();
        for (int t = a.tokenAt(m.start()) - 1; t >= 1; t--) {
            if (Clauses.STOPS.contains(a.word(t))) {
                return false; // (a part of this clause's list only)
            }
            // (a verb whose frame with "of" makes its object a part: frames.tsv "consist", "compose")
            if (a.word(t).equalsIgnoreCase("of") && a.tag(t - 1).equals("VERB")) {
                if (frames.byLemma(a.lemma(t - 1).toLowerCase(Locale.ROOT)).map(f -> frames.forPreposition(f, "of"))
                        .filter(f -> "hasPart".equals(f.property())).isEmpty()) {
                    return false;
                }
                Mention first = Clauses.mentionAt(a, t + 1, mentions);
                return first != null && (first == m || Coordination.coordinated(a, first, a.size(), mentions)
                        .contains(m));
            }
        }
        return false;
    }

    /** What adds others to a count of members: "16 members together with the ministers", "40 members plus ...". */
    private static final java.util.regex.Pattern ADDED = java.util.regex.Pattern.compile(
            ",?\\s+(?:together with|along with|plus|as well as|in addition to|besides)\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /** Words of an approximate number that the tagger may take for prepositions: "numbered about 120 members". */
    private static final Set<String> APPROXIMATELY = Set.of("about", "around", "some", "approximately", "roughly");

    /** Verbs of a change of size: "reduced ... from 23 to 9 members" (not "had from 50 to 60 members": a range). */
    private static final Set<String> CHANGES = Set.of("reduc", "increas", "enlarg", "expand", "rais", "cut", "lower",
            "grew", "grow", "rose", "rise", "shrank", "shrunk", "extend", "brought", "doubl", "halv", "decreas");

    /**
     * Verbs (lemmas) whose object, a number of deputies, is the subject's delegation to a body, not its size:
     * delegating-verbs.txt.
     */
    private static final Set<String> DELEGATING = org.constitutionkg.extract.Lexicon.lowerWords("delegating-verbs.txt");

    /** Verbs (lemmas) whose subject, a number of delegates, attended what they count the members of. */
    private static final Set<String> ATTENDING = Set.of("attend", "gather", "assemble", "participate");

    private MemberCounts() {
    }

    /**
     * Whether the count at {@code first} is the object of a verb of choosing (NounFrames' verbs of choosing another),
     * the first verb before it in its clause, whose subject right before it is a body: a name of an organ's class or
     * "it" ("The Diet elected five deputies to X", "It chose 12 delegates to the Federal Assembly"): a delegation to
     * another body, not that body's size (not "the voters elected 450 deputies to the Duma": the whole of it).
     */
    private static boolean bodyElects(Annotated a, int first, List<Mention> mentions) {
        for (int v = first - 1; v >= 0; v--) {
            String w = a.word(v);
            if (w.equals(";") || w.equals(".") || Clauses.RELATIVES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (a.tag(v).equals("VERB")) {
                if (!NounFrames.CHOOSING.contains(a.lemma(v).toLowerCase(Locale.ROOT))) {
                    return false; // (the first verb before the count governs it)
                }
                Mention subject = Clauses.mentionBefore(a, Clauses.auxiliariesBefore(a, v), mentions);
                return subject != null && (subject.kind() == Mention.Kind.PRONOUN && subject.text().equalsIgnoreCase("it")
                        || subject.kind() == Mention.Kind.NAME && org.constitutionkg.extract.Lexicon.get()
                                .classOf(subject.text()).filter(c -> org.constitutionkg.extract.OntologyClasses.get()
                                        .isA(c, "StateOrgan")).isPresent());
            }
        }
        return false;
    }

    /** A lower-case participle before a noun, whatever the tagger took it for: "voting", "elected". */
    private static boolean participle(Annotated a, int k) {
        String w = a.word(k);
        return Character.isLowerCase(w.charAt(0)) && k + 1 < a.size() && a.tag(k + 1).equals("NOUN")
                && (a.tag(k).equals("VERB") && (w.endsWith("ing") || w.endsWith("ed"))
                || a.tag(k).equals("NOUN") && w.endsWith("ing"));
    }

    /**
     * Whether the subject of the verb that governs a count opens with "each" or "every" ("each republic had 75 seats
     * in it", "Each province sent two deputies"): a quota of each, not how many the body has. Not "every" of time
     * ("elected every four years and consisted of 40 deputies").
     */
    private static boolean distributiveBefore(Annotated a, int first) {
        int j = first - 1;
        while (j >= 0 && !a.tag(j).equals("VERB") && !a.tag(j).equals("AUX")) {
            if (CLAUSE_ENDS.contains(a.word(j).toLowerCase(Locale.ROOT))) {
                return false;
            }
            j--;
        }
        for (j--; j >= 0; j--) { // the subject's noun phrase before the verb
            String w = a.word(j).toLowerCase(Locale.ROOT);
            if (w.equals("each") || w.equals("every")) {
                return j + 1 < a.size() && !a.tag(j + 1).equals("NUM") && !TIME_NOUNS.contains(
                        a.word(j + 1).toLowerCase(Locale.ROOT));
            }
            String t = a.tag(j);
            // ("each of the two republics had 75 deputies": a number and "of" inside the subject's phrase)
            if (!(t.equals("NOUN") || t.equals("ADJ") || t.equals("PROPN") || t.equals("DET") || t.equals("NUM")
                    || w.equals("of"))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", "(", ":", "–", "—", "and", "but", "or");
    private static final Set<String> TIME_NOUNS = Set.of("year", "years", "month", "months", "week", "day", "term",
            "session", "convocation");

    /**
     * The counts of members in a sentence ({@code countNouns}: "delegates", "members"...), each of one of the
     * {@code mentions} (names, pronouns and descriptions, in order).
     */
    static List<FrameMatcher.Count> counts(Annotated a, List<Mention> mentions, Set<String> countNouns,
            Function<String, Optional<Integer>> number) {
        List<FrameMatcher.Count> out = new ArrayList<>(compounds(a, mentions, number));
        for (int i = 0; i + 1 < a.size(); i++) {
            // (a number word the tagger took for a noun: "a body of seventy members")
            if (!a.tag(i).equals("NUM") && !(Character.isLowerCase(a.word(i).charAt(0))
                    && number.apply(a.word(i)).isPresent())) {
                continue;
            }
            int k = i + 1;
            while (k < a.size() && (a.tag(k).equals("ADJ") || participle(a, k))) {
                k++; // "1,204 voting delegates", "412 elected deputies"
            }
            if (k >= a.size() || !countNouns.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = i;
            while (first > 0 && (a.tag(first - 1).equals("NUM") || a.word(first - 1).equals("-")
                    || number.apply(a.word(first - 1)).isPresent()) && a.end(first - 1) == a.start(first)) {
                first--; // "614" as the tokenizer sometimes splits it ("61" "4"); "seventy-two" ("seventy" "-" "two")
            }
            Optional<Integer> n = number.apply(a.text().substring(a.start(first), a.end(i)));
            // (a party's "24 members in the Reichsrat" are its seats there too)
            boolean seats = !a.word(k).toLowerCase(Locale.ROOT).startsWith("member")
                    || k + 1 < a.size() && a.word(k + 1).equalsIgnoreCase("in");
            if (i >= 2 && a.word(i - 1).equals("-") && a.tag(i - 2).equals("NUM")
                    && number.apply(a.word(i - 2) + "-" + a.word(i)).isPresent()) {
                n = number.apply(a.word(i - 2) + "-" + a.word(i)); // "twenty-one", as the tokenizer splits it
                first = i - 2;
            }
            if (first >= 2 && a.word(first - 1).equalsIgnoreCase("to") && a.word(first - 2).equalsIgnoreCase("up")) {
                continue; // "a delegation of up to three deputies": a limit, no count of a body
            }
            if (n.isPresent() && k + 2 < a.size() && a.word(k + 1).equalsIgnoreCase("of") && first > 0
                    && (a.word(first - 1).equalsIgnoreCase("the") || a.word(first - 1).equalsIgnoreCase("all"))) {
                if (subset(a, i + 1, k) && !a.word(first - 1).equalsIgnoreCase("all")) {
                    continue; // "the five permanent members of X": some of them, of a kind the adjective says
                }
                // "the 63 deputies of the Second Chamber": all of them, how many it has
                Mention whole = Clauses.mentionAt(a, a.word(k + 2).equalsIgnoreCase("the") ? k + 3 : k + 2, mentions);
                int after = whole == null ? -1 : a.tokenAt(whole.end() - 1) + 1;
                boolean some = after > 0 && after < a.size()
                        && Clauses.RELATIVES.contains(a.word(after).toLowerCase(Locale.ROOT));
                if (whole != null && whole.kind() == Mention.Kind.NAME && !some) { // (not "the 63 deputies of X who ...")
                    out.add(new FrameMatcher.Count(n.get(), whole, seats));
                }
                continue;
            }
            if (n.isEmpty() || k + 1 < a.size() && a.word(k + 1).equalsIgnoreCase("of")) {
                continue; // "21 members of the council" are some of its members, not how many it has
            }
            if (ADDED.matcher(a.text()).region(a.end(k), a.text().length()).lookingAt()) {
                continue; // "sixteen elected members together with the ministers": a part of the whole count
            }
            if (perUnit(a, k + 1) || distributiveBefore(a, first) || first >= 2 && a.word(first - 2)
                    .equalsIgnoreCase("each") && Set.of("with", "of", "having").contains(a.word(first - 1))) {
                // "ten deputies from each republic", "two members per district", "three chambers, each with 120
                // delegates": a quota, not a total
                continue;
            }
            if (first >= 1 && a.tag(first - 1).equals("VERB") && DELEGATING.contains(a.lemma(first - 1)
                    .toLowerCase(Locale.ROOT))) {
                continue; // "the oblast sent five deputies to the Soviet of X": its delegation, not the Soviet's size
            }
            if (k + 2 < a.size() && a.word(k + 2).equalsIgnoreCase("by") && a.tag(k + 1).equals("VERB")
                    && DELEGATING.contains(a.lemma(k + 1).toLowerCase(Locale.ROOT))) {
                continue; // "it was joined by 40 delegates sent by the Diet of X": the Diet's delegation
            }
            if (k + 1 < a.size() && a.word(k + 1).equalsIgnoreCase("to") && bodyElects(a, first, mentions)) {
                continue; // "the Diet elected, until 1873, five deputies to the Imperial Council": its delegation
            }
            if (k + 1 < a.size() && (ATTENDING.contains(a.lemma(k + 1).toLowerCase(Locale.ROOT))
                    || a.lemma(k + 1).equalsIgnoreCase("take") && k + 2 < a.size()
                    && a.word(k + 2).equalsIgnoreCase("part"))) {
                // "612 delegates attended (the congress)", "some 300 deputies took part": what they attended, else
                // what the text speaks of
                int end = Clauses.rightBoundary(a, k + 1);
                if (a.lemma(k + 1).equalsIgnoreCase("attend") && Complements.hasObject(a, k + 1, end)
                        && Complements.directObject(a, k + 1, end, mentions) == null) {
                    continue; // "Only 40 deputies attended the emergency sitting": a sitting of no name
                }
                Mention attended = a.lemma(k + 1).equalsIgnoreCase("attend")
                        ? Complements.directObject(a, k + 1, end, mentions)
                        : a.lemma(k + 1).equalsIgnoreCase("take") || a.lemma(k + 1).equalsIgnoreCase("participate")
                        ? Complements.after(a, k + 1, Clauses.rightBoundary(a, k + 1), mentions, "in") : null;
                out.add(new FrameMatcher.Count(n.get(), attended != null ? attended
                        : new Mention(a.start(i), a.end(i), Mention.Kind.PRONOUN, "it"), false, true));
                continue;
            }
            Mention of = null;
            // "delegates to the congress", "deputies (were) sent to the Assembly": only verbs between
            for (int j = k + 1; j < Math.min(a.size(), k + 5) && of == null; j++) {
                String w = a.word(j).toLowerCase(Locale.ROOT);
                if (w.equals("to") || w.equals("at") || w.equals("in")) {
                    boolean the = j + 1 < a.size() && a.tag(j + 1).equals("DET");
                    int next = the ? j + 2 : j + 1;
                    for (Mention m : mentions) {
                        if (next < a.size() && m.start() <= a.start(next) && m.end() > a.start(next)
                                // (a bare one-word name after a verb of going is a place: "delegates summoned to
                                // Xtown"; "elected to Parliament" is a body's)
                                && (the || m.kind() != Mention.Kind.NAME || m.text().contains(" ")
                                        || !sending(a, j - 1))) {
                            of = m;
                        }
                    }
                    break;
                }
                if (!(a.tag(j).equals("VERB") || a.tag(j).equals("AUX"))) {
                    break;
                }
            }
            int before = first - 1;
            while (before >= 0 && (a.tag(before).equals("ADV")
                    || APPROXIMATELY.contains(a.word(before).toLowerCase(Locale.ROOT)))) {
                before--; // "about", "nearly" (an adverb, or "about" tagged a preposition)
            }
            if (of == null && before >= 0 && a.word(before).equalsIgnoreCase("its")) {
                // "its twenty-one members": of what "its" is
                out.add(new FrameMatcher.Count(n.get(), new Mention(a.start(before), a.end(before),
                        Mention.Kind.PRONOUN, "it"), seats));
                continue;
            }
            Mention whose = of == null && before >= 1 && a.word(before).equalsIgnoreCase("whose")
                    ? Clauses.mentionBefore(a, before, mentions) : null;
            if (whose != null && whose.kind() == Mention.Kind.NAME) {
                // "the Grand Diet, whose 100 members were elected by ...": of the name before "whose"
                out.add(new FrameMatcher.Count(n.get(), whose, seats));
                continue;
            }
            int from = before - 1;
            while (from > 0 && (a.tag(from).equals("NUM") || a.word(from).equals("-"))) {
                from--; // "from twenty-three to"
            }
            if (of == null && before >= 3 && a.word(before).equalsIgnoreCase("to") && from >= 1 && from < before - 1
                    && a.word(from).equalsIgnoreCase("from") && changes(a, from)) {
                // "reduced the Federal Council from 23 to 9 members": the count it was brought to, of what stands
                // right before "from", or of the subject of a passive ("was enlarged from 9 to 15 members")
                of = Clauses.mentionEndingAt(a, from - 1, mentions);
                if (of == null && a.tag(from - 1).equals("VERB")) {
                    of = Clauses.subjectBefore(a, from - 1, mentions);
                }
                if (of != null) {
                    out.add(new FrameMatcher.Count(n.get(), of, seats));
                }
                continue;
            }
            if (of == null && before >= 1 && a.word(before).equalsIgnoreCase("to") && a.tag(before - 1).equals("VERB")
                    && changes(a, before)) {
                // "the council was enlarged to 32 members", "it grew to 40 members": the verb's subject
                of = Clauses.subjectBefore(a, before - 1, mentions);
                if (of != null) {
                    out.add(new FrameMatcher.Count(n.get(), of, seats));
                }
                continue;
            }
            boolean counted = before >= 0 && COUNT_INTRODUCERS.contains(a.word(before).toLowerCase(Locale.ROOT));
            if (of == null && counted && (a.word(before).equalsIgnoreCase("of")
                    || a.word(before).equalsIgnoreCase("with"))) {
                // "the National Assembly, a unicameral body of 150 members": the name the description is in apposition to
                of = Clauses.apposedTo(a, before - 1, mentions);
                of = of == null ? null : headOfOf(a, of, mentions);
            }
            if (of == null && counted && before >= 2 && (a.word(before).equalsIgnoreCase("with")
                    || a.word(before).equalsIgnoreCase("of")) && a.word(before - 1).equals(",")) {
                // "the Council of the Republic, with 250 deputies,": the name the phrase is set off after
                of = Clauses.mentionEndingAt(a, before - 2, mentions);
            }
            if (of == null && counted && before >= 1 && a.word(before).equalsIgnoreCase("with") && !inAll(a, k)) {
                // "composed of the Senate with 35 deputies and the Assembly with 70 deputies": a part a verb of
                // consisting names right before "with" (or one coordinated with such a part) has the count
                Mention part = Clauses.mentionEndingAt(a, before - 1, mentions);
                if (part != null && part.kind() == Mention.Kind.NAME && partOfAWhole(a, part, mentions)) {
                    out.add(new FrameMatcher.Count(n.get(), part, seats));
                    continue;
                }
            }
            if (of == null && counted && before >= 3 && a.word(before).equalsIgnoreCase("of")
                    && a.tag(before - 1).equals("VERB") && a.word(before - 1).endsWith("ing")
                    && a.word(before - 2).equals(",") && !inAll(a, k)) {
                // "a smaller body, the National Council (NC), consisting of 50 deputies": the name the participle is
                // set off after, past its parenthesis
                int end = before - 3;
                if (a.word(end).equals(")")) {
                    end = Clauses.openingParenthesis(a, end) - 1;
                }
                Mention described = end >= 0 ? Clauses.mentionEndingAt(a, end, mentions) : null;
                if (described != null && described.kind() == Mention.Kind.NAME) {
                    out.add(new FrameMatcher.Count(n.get(), described, seats));
                    continue;
                }
            }
            if (of == null && counted && before >= 1 && a.word(before).equalsIgnoreCase("of")) {
                // "elected a Provisional Presidium of 15 members": the name right before "of"
                of = Clauses.mentionEndingAt(a, before - 1, mentions);
                if (of == null && ownCount(a, before - 1)) {
                    continue; // "elected a committee of 95 members": the committee's count, no one named
                }
            }
            if (of == null && counted && before >= 2 && a.tag(before).matches("VERB|AUX")
                    && (a.word(before - 1).equalsIgnoreCase("which") || a.word(before - 1).equalsIgnoreCase("that"))) {
                // "the Senate, which has 32 members, and the Chamber, which has 190": the relative's antecedent
                // (a name's; a description's is the clause's subject as before: "The diet, which numbered 90")
                // (not the name after a common noun's "of": "the lower house of Velmia, which has 190 members" counts no
                // state; "consisted of the Senate, which has 32" counts the Senate)
                Mention antecedent = Clauses.mentionBefore(a, before - 1, mentions);
                if (antecedent != null && antecedent.kind() == Mention.Kind.NAME) {
                    if (!ofACommonNoun(a, antecedent)) {
                        out.add(new FrameMatcher.Count(n.get(), antecedent, seats));
                    }
                    continue;
                }
            }
            if (of == null && counted) {
                // "was attended by 1,215 delegates", "had 21 members": the clause's subject, the first mention of
                // the clause that no preposition governs
                // (after a semicolon, its own clause: "the former had 120 members; the latter had 240")
                int clause = clauseStart(a, i);
                int afterConjunction = clause < 0 ? -1 : a.tokenAt(clause) + 1;
                if (afterConjunction > 0 && afterConjunction < a.size()
                        && a.tag(afterConjunction).matches("VERB|AUX|ADV")) {
                    clause = -1; // "The Assembly was enlarged in 1994, but has had 120 members since": the same subject
                }
                for (Mention m : mentions) {
                    if (m.start() > clause && m.end() <= a.start(i) && !Clauses.afterPreposition(a, m)) {
                        of = m;
                        break;
                    }
                }
            }
            if (of != null && of.kind() == Mention.Kind.DESCRIPTION) {
                // "The upper chamber, the Senate of X, numbered 96 members": the name in apposition to it
                int after = a.tokenAt(of.end() - 1) + 1;
                Mention apposed = after < a.size() && a.word(after).equals(",")
                        ? Clauses.mentionAt(a, after + 1, mentions) : null;
                int close = apposed == null ? -1 : a.tokenAt(apposed.end() - 1) + 1;
                if (apposed != null && apposed.kind() == Mention.Kind.NAME && close < a.size()
                        && a.word(close).equals(",") && apposed.end() <= a.start(i)) {
                    of = apposed;
                }
            }
            if (of == null && inAll(a, k)) {
                // "..., 58 members in all", "– 350 deputies in total": how many the text's subject has
                of = new Mention(a.start(i), a.end(i), Mention.Kind.PRONOUN, "it");
            }
            if (of != null) {
                out.add(new FrameMatcher.Count(n.get(), of, seats));
            }
        }
        return out;
    }

    /**
     * Where the clause of the token at {@code i} begins, as the count's subject is looked for: after the last
     * semicolon, or the last comma before a conjunction that opens a clause of its own ("X has 275 members, while Y is
     * a body of 59"); -1 at the sentence's start.
     */
    private static int clauseStart(Annotated a, int i) {
        for (int t = i - 1; t >= 0; t--) {
            if (a.word(t).equals(";") || t >= 1 && a.word(t - 1).equals(",")
                    && CLAUSE_CONJUNCTIONS.contains(a.word(t).toLowerCase(Locale.ROOT))) {
                return a.start(t);
            }
        }
        return -1;
    }

    /** Whether a word from {@code from} to {@code to} (exclusive) says a kind of members (subset-adjectives.txt). */
    private static boolean subset(Annotated a, int from, int to) {
        for (int t = from; t < to; t++) {
            if (SUBSET_ADJECTIVES.contains(a.word(t).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SUBSET_ADJECTIVES = org.constitutionkg.extract.Lexicon.lowerWords(
            "subset-adjectives.txt");

    /** Conjunctions after a comma that open a clause with a subject of its own. */
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("while", "whereas", "but", "although", "though", "and");

    /** Whether "in all", "in total" or "altogether" follows the count noun at {@code k}, set off before the number. */
    private static boolean inAll(Annotated a, int k) {
        int end = k + 2 < a.size() && a.word(k + 1).equalsIgnoreCase("in")
                && (a.word(k + 2).equalsIgnoreCase("all") || a.word(k + 2).equalsIgnoreCase("total")) ? k + 3
                : k + 1 < a.size() && a.word(k + 1).equalsIgnoreCase("altogether") ? k + 2 : -1;
        // (then the clause ends: "two deputies in all districts" counts no total)
        boolean after = end > 0 && (end >= a.size() || a.tag(end).equals("PUNCT"));
        int before = k - 1;
        while (before >= 0 && !a.word(before).equals(",") && !a.word(before).equals("–")
                && !a.word(before).equals("-") && !a.word(before).equals(":")) {
            if (a.tag(before).equals("VERB") || a.tag(before).equals("AUX")) {
                return false; // a clause of its own ("it sent 58 members in all"): its verb's words say whose
            }
            before--;
        }
        return after && before >= 0;
    }

    /** A number joined to "member" or "seat" as one adjective: "a fifteen-member council", "a 120-seat chamber". */
    private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile(
            "(?i)\\b(\\d[\\d,]*|[a-z]+(?:-[a-z]+)?)[-‑–]\\s?(?:member|seat)\\s+");

    /**
     * The counts a compound adjective states: of the name it stands before ("a 15-member Presidium of X"), or, before a
     * common noun, of the subject of the copula ("X was a fifteen-member body") or the name the noun phrase is set off
     * after ("the Senate, a 120-seat chamber,").
     */
    private static List<FrameMatcher.Count> compounds(Annotated a, List<Mention> mentions,
            Function<String, Optional<Integer>> number) {
        List<FrameMatcher.Count> out = new ArrayList<>();
        java.util.regex.Matcher c = COMPOUND.matcher(a.text());
        while (c.find()) {
            Optional<Integer> n = number.apply(c.group(1).replace(",", ""));
            if (n.isEmpty() || n.get() < 2) {
                continue;
            }
            int t = a.tokenAt(c.end());
            while (t < a.size() && a.tag(t).equals("ADJ") && Character.isLowerCase(a.word(t).charAt(0))) {
                t++;
            }
            Mention of = Clauses.mentionAt(a, t, mentions);
            if (of == null || of.kind() != Mention.Kind.NAME) {
                int d = a.tokenAt(c.start()) - 1; // the article before the compound
                int before = d >= 0 && a.tag(d).equals("DET") ? d - 1 : d;
                if (before >= 0 && (Clauses.COPULAS.contains(a.word(before).toLowerCase(Locale.ROOT))
                        || FrameMatcher.BE.contains(a.word(before).toLowerCase(Locale.ROOT)))) {
                    of = Clauses.subjectBefore(a, before, mentions);
                } else if (before >= 1 && a.word(before).equals(",")) {
                    of = Clauses.mentionEndingAt(a, before - 1, mentions);
                } else {
                    of = null;
                }
            }
            if (of != null) {
                out.add(new FrameMatcher.Count(n.get(), of, false));
            }
        }
        return out;
    }

    /**
     * Whether the common noun at token {@code noun} before "of N members" has the count for itself: "elected a committee
     * of 95 members"; not "a total of", nor a description after a copula ("it was a body of 95 members").
     */
    private static boolean ownCount(Annotated a, int noun) {
        boolean common = a.tag(noun).equals("NOUN") && Character.isLowerCase(a.word(noun).charAt(0));
        // "elected a new Presidium of 21 members": a bare head in capitals after an indefinite article is no name,
        // still the thing counted
        boolean bareHead = (a.tag(noun).equals("NOUN") || a.tag(noun).equals("PROPN")) && noun >= 1
                && indefiniteBefore(a, noun);
        if (!(common || bareHead) || AMOUNTS.contains(a.word(noun).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int k = noun - 1;
        while (k >= 0 && (a.tag(k).equals("DET") || a.tag(k).equals("ADJ"))) {
            k--;
        }
        return k < 0 || !FrameMatcher.BE.contains(a.word(k).toLowerCase(Locale.ROOT))
                && !a.lemma(k).equalsIgnoreCase("become") && !a.lemma(k).equalsIgnoreCase("remain")
                && !a.lemma(k).equalsIgnoreCase("have"); // "the Assembly had a single chamber of 250 deputies"
    }

    /** Whether "a" or "an" opens the noun phrase that ends at token {@code noun} (adjectives between). */
    private static boolean indefiniteBefore(Annotated a, int noun) {
        int k = noun - 1;
        while (k >= 0 && a.tag(k).equals("ADJ")) {
            k--;
        }
        return k >= 0 && (a.word(k).equalsIgnoreCase("a") || a.word(k).equalsIgnoreCase("an"));
    }

    /** Nouns of an amount, not of a body: "a total of 95 members". */
    private static final Set<String> AMOUNTS = Set.of("total", "maximum", "minimum", "number", "membership", "body");

    /** Whether a verb of a change of size stands in the clause before token {@code from}. */
    private static boolean changes(Annotated a, int from) {
        for (int k = from - 1; k >= 0 && !Clauses.STOPS.contains(a.word(k)); k--) {
            String w = a.word(k).toLowerCase(Locale.ROOT);
            if ((a.tag(k).equals("VERB") || a.tag(k).equals("AUX")) && CHANGES.stream().anyMatch(w::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words from token {@code k} make a count one per unit: "from each", "for each", "per", "each". */
    private static boolean perUnit(Annotated a, int k) {
        if (k >= a.size()) {
            return false;
        }
        String w = a.word(k).toLowerCase(Locale.ROOT);
        if (w.equals("per") || w.equals("each") || w.equals("apiece")) {
            return true;
        }
        return k + 1 < a.size() && (w.equals("from") || w.equals("for") || w.equals("in") || w.equals("of"))
                && (a.word(k + 1).equalsIgnoreCase("each") || a.word(k + 1).equalsIgnoreCase("every"));
    }
}
