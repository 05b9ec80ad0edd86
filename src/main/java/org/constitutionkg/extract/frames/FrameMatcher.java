package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.constitutionkg.extract.linguistic.Annotated;

/**
 * Finds the frames of a sentence on its linguistic layers: each verb whose lemma has a frame, its voice, its agent
 * and patient, and the part of its clause where a date may stand. Works the same for every form of one fact:
 * <ul>
 *   <li>active: "The Charter of X abolished the Senate in 1934" (agent the Charter, patient the Senate)</li>
 *   <li>passive, with or without "by": "The Senate was abolished (by the Charter) in 1934"</li>
 *   <li>pronoun or description subject: "It was abolished in 1934", "The council was abolished in 1934"</li>
 *   <li>relative clause and participle: "the Senate, which was abolished in 1934,", "the Senate, abolished in
 *       1934,"</li>
 *   <li>coordinated verbs sharing a subject: "It was formed in 1919 and abolished in 1934"</li>
 * </ul>
 * Names come from the caller (the name finder); pronouns ("it") and definite descriptions ("the council", of the
 * head nouns given) are found here. What a mention denotes is the caller's business.
 */
public final class FrameMatcher {

    /**
     * A frame found in a sentence. {@code agent} may be null; the date is looked for in [dateFrom, dateTo) after the
     * verb, else in [beforeFrom, beforeTo) before the clause's subject ("in 1925 the committee was abolished").
     */
    public record Match(Frame frame, int verb, Mention agent, Mention patient, boolean passive, int dateFrom,
            int dateTo, int beforeFrom, int beforeTo, List<Mention> moreAgents, List<Mention> morePatients) {

        /** The agent and the agents coordinated with it ("by A, B and C"). */
        public List<Mention> agents() {
            return all(agent, moreAgents);
        }

        /** The patient and the patients coordinated with it ("abolished the Senate and the Diet"). */
        public List<Mention> patients() {
            return all(patient, morePatients);
        }

        private static List<Mention> all(Mention first, List<Mention> more) {
            List<Mention> out = new ArrayList<>();
            if (first != null) {
                out.add(first);
                out.addAll(more);
            }
            return out;
        }
    }

    /** Words after which a number counts the subject's members: "had 21 members", "attended by 2,000 delegates". */
    private static final Set<String> COUNT_INTRODUCERS = Set.of("had", "has", "have", "by", "with", "of",
            "numbered", "numbers", "comprised", "comprises", "totalled", "totaled", "totals", "counted");
    /** Words before a verb that make it no statement of fact: negation, modals, an infinitive's "to". */
    static final Set<String> UNREAL = Set.of("not", "n't", "never", "nearly", "almost", "would", "could",
            "should", "might", "may", "must", "can", "shall", "to");
    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");
    /** The forms of "be" (closed class: no lemmatizer needed). */
    static final Set<String> BE = Set.of("be", "is", "was", "were", "are", "been", "being", "'s");

    private final Frames frames;
    private final Set<String> descriptionHeads;

    /**
     * @param frames           the frames
     * @param descriptionHeads lower-case nouns that, after "the", refer back to a thing spoken of ("council",
     *                         "constitution")
     */
    public FrameMatcher(Frames frames, Set<String> descriptionHeads) {
        this(frames, descriptionHeads, Set.of());
    }

    /**
     * @param indefiniteHeads the description heads an indefinite description is made of ("a new charter"): those of
     *                        instruments, never of bodies ("by a joint session of X" is X's act)
     */
    public FrameMatcher(Frames frames, Set<String> descriptionHeads, Set<String> indefiniteHeads) {
        this.frames = frames;
        this.descriptionHeads = Set.copyOf(descriptionHeads);
        this.indefiniteHeads = Set.copyOf(indefiniteHeads);
    }

    private final Set<String> indefiniteHeads;

    /**
     * A count of members: "2,215 delegates" and the mention of what they were the members of ("delegates to the
     * congress", "deputies in the Assembly"), else the clause's subject ("The congress was attended by 2,215
     * delegates", "The council had 21 members").
     */
    public record Count(int number, Mention of) {
    }

    /** The counts of members in a sentence ({@code countNouns}: "delegates", "members"...). */
    public List<Count> counts(Annotated a, List<Mention> names, Set<String> countNouns,
            java.util.function.Function<String, Optional<Integer>> number) {
        List<Mention> mentions = new ArrayList<>(names);
        mentions.addAll(pronounsAndDescriptions(a, names));
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<Count> out = new ArrayList<>();
        for (int i = 0; i + 1 < a.size(); i++) {
            if (!a.tag(i).equals("NUM")) {
                continue;
            }
            int k = i + 1;
            while (k < a.size() && a.tag(k).equals("ADJ")) {
                k++;
            }
            if (k >= a.size() || !countNouns.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Optional<Integer> n = number.apply(a.word(i));
            if (n.isEmpty() || k + 1 < a.size() && a.word(k + 1).equalsIgnoreCase("of")) {
                continue; // "21 members of the council" are some of its members, not how many it has
            }
            if (perUnit(a, k + 1)) {
                continue; // "ten deputies from each republic", "two members per district": a quota, not a total
            }
            Mention of = null;
            // "delegates to the congress", "deputies (were) sent to the Assembly": only verbs between
            for (int j = k + 1; j < Math.min(a.size(), k + 5) && of == null; j++) {
                String w = a.word(j).toLowerCase(Locale.ROOT);
                if (w.equals("to") || w.equals("at") || w.equals("in")) {
                    int next = j + 1 < a.size() && a.tag(j + 1).equals("DET") ? j + 2 : j + 1;
                    for (Mention m : mentions) {
                        if (next < a.size() && m.start() <= a.start(next) && m.end() > a.start(next)) {
                            of = m;
                        }
                    }
                    break;
                }
                if (!(a.tag(j).equals("VERB") || a.tag(j).equals("AUX"))) {
                    break;
                }
            }
            int before = i - 1;
            while (before >= 0 && a.tag(before).equals("ADV")) {
                before--; // "about", "nearly"
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
                    out.add(new Count(n.get(), of));
                }
                continue;
            }
            boolean counted = before >= 0 && COUNT_INTRODUCERS.contains(a.word(before).toLowerCase(Locale.ROOT));
            if (of == null && counted && before >= 2 && (a.word(before).equalsIgnoreCase("with")
                    || a.word(before).equalsIgnoreCase("of")) && a.word(before - 1).equals(",")) {
                // "the Council of the Republic, with 250 deputies,": the name the phrase is set off after
                of = Clauses.mentionEndingAt(a, before - 2, mentions);
            }
            if (of == null && counted && before >= 1 && a.word(before).equalsIgnoreCase("of")) {
                // "elected a Provisional Presidium of 15 members": the name right before "of"
                of = Clauses.mentionEndingAt(a, before - 1, mentions);
            }
            if (of == null && counted) {
                // "was attended by 1,215 delegates", "had 21 members": the clause's subject, the first mention of
                // the clause that no preposition governs
                // (after a semicolon, its own clause: "the former had 120 members; the latter had 240")
                int clause = a.text().lastIndexOf(';', a.start(i));
                for (Mention m : mentions) {
                    if (m.start() > clause && m.end() <= a.start(i) && !Clauses.afterPreposition(a, m)) {
                        of = m;
                        break;
                    }
                }
            }
            if (of != null) {
                out.add(new Count(n.get(), of));
            }
        }
        return out;
    }

    /**
     * The subject of the sentence's first clause, the clause before character {@code end}: the first name before its
     * first verb that no preposition governs; or null.
     */
    public static Mention firstClauseSubject(Annotated a, int end, List<Mention> names) {
        int k = 0;
        while (k < a.size() && a.start(k) < end) {
            k++;
        }
        return Clauses.subjectLike(a, k, names);
    }

    /** Verbs of a change of size: "reduced ... from 23 to 9 members" (not "had from 50 to 60 members": a range). */
    private static final Set<String> CHANGES = Set.of("reduc", "increas", "enlarg", "expand", "rais", "cut", "lower",
            "grew", "grow", "rose", "rise", "shrank", "shrunk", "extend", "brought", "doubl", "halv", "decreas");

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

    /** The frames of one annotated sentence, in order; {@code names} are the names found in its text. */
    public List<Match> match(Annotated a, List<Mention> names) {
        List<Mention> descriptions = pronounsAndDescriptions(a, names);
        List<Mention> mentions = new ArrayList<>();
        for (Mention n : names) { // a name that only modifies a description's head is no argument of its own
            if (descriptions.stream().noneMatch(d -> d.start() <= n.start() && n.end() < d.end())) {
                mentions.add(n);
            }
        }
        mentions.addAll(descriptions);
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<Match> out = new ArrayList<>(NounFrames.roles(a, mentions, frames::byRoleNoun, frames.notRole()));
        out.addAll(later(a, mentions));
        Match previous = null;
        for (int i = 0; i < a.size(); i++) {
            if (Clauses.inside(a, i, names)) {
                continue;
            }
            Optional<Frame> noun = a.tag(i).equals("NOUN") ? frames.byNoun(a.word(i)) : Optional.empty();
            if (noun.isPresent()) {
                Match m = NounFrames.event(a, i, noun.get(), frames.nounDate(a.word(i)), mentions,
                        this::isDescriptionHead);
                if (m != null) {
                    out.add(m);
                }
                continue;
            }
            Optional<Frame> f = frameAt(a, i);
            if (f.isEmpty()) {
                continue;
            }
            Match m = clause(a, i, f.get(), mentions, previous);
            if (m != null) {
                out.add(m);
                previous = m;
            }
        }
        return out;
    }

    /**
     * "the Assembly of Deputies, later the Chamber of Deputies,", "the State Commission (later the State Committee)":
     * what a name set off by "later" names succeeded what stands before it (the frame of "succeed", so only a thing of
     * the same kind).
     */
    /** The adverb that sets off a later name: "X, later Y". */
    public static final String LATER = "later";

    /** Whether a sentence (in lower case) may hold a frame at all: a form of a frame's word, or {@link #LATER}. */
    public boolean mayMatch(String lowerSentence) {
        return frames.mayMatch(lowerSentence) || lowerSentence.contains(LATER);
    }

    private List<Match> later(Annotated a, List<Mention> mentions) {
        List<Match> out = new ArrayList<>();
        Optional<Frame> succeed = frames.byLemma("succeed");
        for (int i = 1; succeed.isPresent() && i + 1 < a.size(); i++) {
            if (!a.word(i).equalsIgnoreCase(LATER) || !(a.word(i - 1).equals(",") || a.word(i - 1).equals("("))) {
                continue;
            }
            Mention before = Clauses.mentionBefore(a, i, mentions);
            int k = i + 1;
            if (k < a.size() && (a.word(k).equalsIgnoreCase("renamed") || a.word(k).equalsIgnoreCase("called"))) {
                k++;
            }
            Mention after = Clauses.mentionAt(a, k, mentions);
            if (before != null && after != null && before.kind() == Mention.Kind.NAME
                    && after.kind() == Mention.Kind.NAME) {
                out.add(new Match(succeed.get(), i, after, before, false, a.end(i), a.end(i), 0, 0, List.of(),
                        List.of()));
            }
        }
        return out;
    }

    /** "the Senate, known as ...": a past participle (regular, or an irregular form of the row) after a comma. */
    private static boolean participle(Annotated a, int v, int j, boolean auxiliary, Frame f) {
        String w = a.word(v).toLowerCase(Locale.ROOT);
        return j >= 0 && a.word(j).equals(",") && !auxiliary
                && (w.endsWith("ed") || f.forms().contains(w) && !Frames.regularForms(f.lemma()).contains(w));
    }

    /**
     * A frame of naming (property ALIAS): "X is known as Y", "X, also called Y,", "historians refer to X as Y",
     * "they called it Y". The match's patient is what is named, its agent the name (a name, or a short quoted phrase
     * right where the name stands).
     */
    private Match aliasClause(Annotated a, int v, Frame f, Mention subject, boolean passive, int right,
            List<Mention> mentions) {
        Mention named;
        int k = v + 1;
        // "refer to X as Y", "X is referred to as Y": the verb's own "to"; "called by the King" names nobody
        if (k < right && a.word(k).equalsIgnoreCase("to")) {
            k++;
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
            if (k < right && any.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                k++;
            } else if (!optional) {
                return null;
            }
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
        // the name must be the whole noun phrase: "Bismarck's imperial charter" is not called "Bismarck"
        int last = a.tokenAt(alias.end() - 1);
        int after = last + 1;
        if (a.end(last) != alias.end() || after < a.size() && (a.word(after).startsWith("'")
                || a.word(after).startsWith("’") || a.tag(after).startsWith("NOUN") || a.tag(after).startsWith("ADJ")
                || a.tag(after).startsWith("PROPN"))) {
            return null;
        }
        return new Match(f, v, alias, named, passive, a.end(v), a.end(v), 0, 0, List.of(), List.of());
    }

    /** The frame of token {@code i} when it is a verb (or a participle the tagger took for an adjective). */
    private Optional<Frame> frameAt(Annotated a, int i) {
        String tag = a.tag(i);
        String word = a.word(i).toLowerCase(Locale.ROOT);
        boolean adjective = tag.equals("ADJ");
        // a lower-case word tagged as a name is a tagger's slip ("The Diet of X sat in ..."): a verb if it is a form
        boolean slip = tag.equals("PROPN") && Character.isLowerCase(a.word(i).charAt(0)) && frames.byForm(word).isPresent();
        boolean verbal = tag.equals("VERB") || slip || adjective && (word.endsWith("ed") || word.equals("led"));
        if (adjective && !verbal) {
            // "accountable to": an adjective frame has a preposition
            return frames.byLemma(word).filter(f -> f.preposition() != null);
        }
        if (!verbal) {
            return Optional.empty();
        }
        Optional<Frame> f = frames.byLemma(a.lemma(i));
        if (f.isPresent()) {
            return f;
        }
        for (String candidate : regularStems(word)) {
            f = frames.byLemma(candidate);
            if (f.isPresent()) {
                return f;
            }
        }
        return frames.byForm(word); // an irregular form the row lists ("dubbed", "sat")
    }

    /** What a regular inflected form may be the form of: "abolished" → "abolish", "ratified" → "ratify". */
    private static List<String> regularStems(String w) {
        List<String> out = new ArrayList<>();
        if (w.endsWith("ied")) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ed")) {
            out.add(w.substring(0, w.length() - 2));
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ing")) {
            out.add(w.substring(0, w.length() - 3));
            out.add(w.substring(0, w.length() - 3) + "e");
        }
        if (w.endsWith("es")) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s")) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.equals("led")) {
            out.add("lead");
        }
        return out;
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
                || !isDescriptionHead(a.word(k))) {
            return null;
        }
        int after = k + 1;
        if (after < a.size() && !Set.of(",", "(", ".", ";").contains(a.word(after))) {
            return null;
        }
        return new Mention(a.start(from), a.end(k), Mention.Kind.NAME, a.text().substring(a.start(from), a.end(k)));
    }

    /** A noun, or its singular, is a head that refers back ("council", "councils"). */
    private boolean isDescriptionHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return descriptionHeads.contains(w) || w.endsWith("s") && descriptionHeads.contains(w.substring(0, w.length() - 1));
    }

    /**
     * Where the part before a clause's subject begins, given the comma at {@code comma} that ends what stands before:
     * an opening date phrase at the sentence's start belongs to the clause ("In 1968, the diet adopted ..."), anything
     * else does not (its end).
     */
    private static int introductory(Annotated a, int comma) {
        // "In 1968," or "On 3 May 1934,": "in" or "on" and a date (numbers and a month's name) alone
        if (comma < 2 || comma > 4 || !a.word(0).equalsIgnoreCase("in") && !a.word(0).equalsIgnoreCase("on")) {
            return a.end(comma);
        }
        for (int k = 1; k < comma; k++) {
            boolean month = a.tag(k).equals("PROPN") && Character.isUpperCase(a.word(k).charAt(0));
            if (!a.tag(k).equals("NUM") && !month) {
                return a.end(comma);
            }
        }
        return a.start(0);
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

    /** Whether a mention is the object of "of" after a common noun ("a commission of X", "the chairman of X"). */
    private static boolean ofCommonNoun(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        if (t >= 0 && a.tag(t).equals("DET")) {
            t--;
        }
        return t >= 1 && a.word(t).equalsIgnoreCase("of") && a.tag(t - 1).equals("NOUN")
                && Character.isLowerCase(a.word(t - 1).charAt(0));
    }

    /** Whether a verb, or a lower-case word in -ed the tagger may have missed, stands before a mention. */
    private static boolean verbLikeBefore(Annotated a, Mention m) {
        int end = a.tokenAt(m.start());
        for (int k = 0; k < end; k++) {
            String w = a.word(k);
            if (a.tag(k).equals("VERB") || a.tag(k).equals("AUX")
                    || Character.isLowerCase(w.charAt(0)) && w.endsWith("ed") && !Clauses.inside(a, k, List.of(m))) {
                return true;
            }
        }
        return false;
    }

    /** Whether no comma stands between two offsets. */
    private static boolean noComma(Annotated a, int from, int to) {
        return a.text().substring(from, to).indexOf(',') < 0;
    }

    private static final java.util.Set<String> FORMER_LATTER = java.util.Set.of("former", "latter");

    /** Pronouns "it" and definite descriptions "the council" that are not inside a name. */
    private List<Mention> pronounsAndDescriptions(Annotated a, List<Mention> names) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (Clauses.inside(a, i, names)) {
                continue;
            }
            String w = a.word(i).toLowerCase(Locale.ROOT);
            if (w.equals("it") && a.tag(i).equals("PRON")) {
                out.add(new Mention(a.start(i), a.end(i), Mention.Kind.PRONOUN, a.word(i)));
            } else if (w.equals("the") && i + 1 < a.size() && FORMER_LATTER.contains(a.word(i + 1).toLowerCase(Locale.ROOT))
                    && (i + 2 >= a.size() || !a.tag(i + 2).equals("NOUN") && !a.tag(i + 2).equals("PROPN"))) {
                // "the former", "the latter" standing alone: the earlier or the later of the last two things named
                out.add(new Mention(a.start(i), a.end(i + 1), Mention.Kind.PRONOUN,
                        "the " + a.word(i + 1).toLowerCase(Locale.ROOT)));
                i++;
            } else if (w.equals("the") || w.equals("this")) {
                int j = i + 1;
                while (j < a.size() && a.tag(j).equals("ADJ") && Character.isLowerCase(a.word(j).charAt(0))) {
                    j++;
                }
                // a name used as a modifier: "the East German government", "the Xland parliament"
                Mention modifier = Clauses.mentionAt(a, j, names);
                if (modifier != null && j > i && j == i + 1) {
                    int after = a.tokenAt(modifier.end() - 1) + 1;
                    if (after < a.size() && a.tag(after).equals("NOUN")
                            && Character.isLowerCase(a.word(after).charAt(0)) && isDescriptionHead(a.word(after))
                            && (after + 1 >= a.size() || !a.word(after + 1).equals("of"))) {
                        out.add(new Mention(a.start(i), a.end(after), Mention.Kind.DESCRIPTION,
                                a.text().substring(a.start(i), a.end(after))));
                        continue;
                    }
                }
                // a lower-case noun; the tagger takes one after a capitalised "The" for a name now and then; or a
                // bare head noun written with a capital ("the Declaration"), which is no name
                boolean bareCapital = j < a.size() && j == i + 1 && Character.isUpperCase(a.word(j).charAt(0))
                        && (j + 1 >= a.size() || !Character.isUpperCase(a.word(j + 1).charAt(0))
                        && !a.word(j + 1).equals("of"));
                if (j < a.size() && (a.tag(j).equals("NOUN") || a.tag(j).equals("PROPN"))
                        && (Character.isLowerCase(a.word(j).charAt(0)) || bareCapital)
                        && isDescriptionHead(a.word(j)) && !Clauses.inside(a, j, names)) {
                    out.add(new Mention(a.start(i), a.end(j), Mention.Kind.DESCRIPTION,
                            a.text().substring(a.start(i), a.end(j))));
                }
            } else if ((w.equals("a") || w.equals("an")) && a.tag(i).equals("DET")) {
                // "a new, fully democratic charter": an indefinite description (what it denotes: FrameReader)
                int j = i + 1;
                while (j < a.size() && j < i + 6 && (a.tag(j).equals("ADJ") || a.tag(j).equals("ADV")
                        || a.tag(j).equals("PROPN") && !Clauses.inside(a, j, names) || a.word(j).equals(","))) {
                    j++;
                }
                if (j < a.size() && j > i && a.tag(j).equals("NOUN") && Character.isLowerCase(a.word(j).charAt(0))
                        && indefiniteHeads.contains(a.word(j).toLowerCase(Locale.ROOT)) && !Clauses.inside(a, j, names)
                        && !a.word(j - 1).equals(",")) {
                    out.add(new Mention(a.start(i), a.end(j), Mention.Kind.DESCRIPTION,
                            a.text().substring(a.start(i), a.end(j))));
                }
            }
        }
        return out;
    }

    /** The clause of the verb at {@code v}: voice, agent, patient and date range; null if it has no patient. */
    private Match clause(Annotated a, int v, Frame f, List<Mention> mentions, Match previous) {
        if (a.word(a.size() - 1).equals("?")) {
            return null; // a question states nothing
        }
        int right = Clauses.rightBoundary(a, v);
        // what stands before the verb: auxiliaries and adverbs, then a relative pronoun, a comma, "and", or the subject
        int j = v - 1;
        boolean passive = false;
        boolean auxiliary = false;
        while (j >= 0 && (a.tag(j).equals("AUX") || a.tag(j).equals("ADV") || a.tag(j).equals("PART")
                || Clauses.COPULAS.contains(a.word(j).toLowerCase(Locale.ROOT)) || REFLEXIVES.contains(a.word(j).toLowerCase(
                Locale.ROOT)))) {
            String w = a.word(j).toLowerCase(Locale.ROOT);
            if (UNREAL.contains(w)) {
                return null; // "was not abolished", "could be dissolved", "was to be abolished", "proposals to abolish"
            }
            if (a.tag(j).equals("AUX")) {
                auxiliary = true;
                passive |= BE.contains(w);
            }
            j--;
        }
        Mention subject;
        Mention objectRelative = null;
        int shared;
        if (j >= 0 && Clauses.RELATIVES.contains(a.word(j).toLowerCase(Locale.ROOT))) {
            subject = Clauses.mentionBefore(a, j, mentions);
        } else if ((objectRelative = Clauses.objectRelativeAntecedent(a, j, mentions)) != null) {
            // "the diet, which the Charter of X had created in 1921,": the Charter created the diet
            subject = Clauses.mentionEndingAt(a, j, mentions);
        } else if (j >= 0 && a.word(j).equals(",") && (subject = Clauses.beforeRelativeClause(a, j, mentions)) != null) {
            // "The Diet, which was elected in 1911, adopted the charter": the main verb's subject; its voice its own
        } else if (participle(a, v, j, auxiliary, f) && !(f.property() != null && !f.isAlias()
                && Clauses.mentionAt(a, v + 1, mentions) != null)) {
            // ... not "Ivan Petrov, Premier of X, signed the Treaty of Y": a verb with its object is the clause's own
            // "the Senate, abolished in 1934,": a regular participle after a name; an irregular form ("met", "held")
            // after a comma is as often a verb of a list of the subject's ("adopted the charter, met in X, and ...")
            subject = Clauses.mentionBefore(a, j, mentions);
            if (subject != null && !a.word(v).toLowerCase(Locale.ROOT).endsWith("ed")
                    && Clauses.verbBetween(a, 0, subject)) {
                subject = null; // ... unless the name is no object of a verb before it
            }
            if (subject != null && ofCommonNoun(a, subject)) {
                subject = null; // "a commission of the Central Committee, chaired by X": the commission's chair
            }
            if (subject == null) {
                subject = Clauses.describedBefore(a, j, mentions); // "X was a congress of delegates, held in Y"
            }
            passive = true;
        } else if (j >= 0 && (a.word(j).equalsIgnoreCase("and") || a.word(j).equalsIgnoreCase("or"))
                && previous != null && !auxiliary) {
            // "was formed in 1919 and abolished in 1934": the subject and voice of the verb before
            subject = previous.passive() ? previous.patient() : previous.agent();
            passive = previous.passive();
        } else if (j >= 1 && a.word(j).equalsIgnoreCase("and") && a.word(j - 1).equals(",") && previous != null
                && auxiliary && (previous.passive() || previous.agent() == null)) {
            // "it existed until 1917, and was dissolved in October": the subject of the verb before, this one's voice
            subject = previous.patient();
        } else if (j >= 0 && a.word(j).equalsIgnoreCase("and") && !auxiliary
                && (shared = Clauses.verbBefore(a, j)) >= 0) {
            // "It was debated in July and adopted by the Diet": the subject and voice of a verb of no frame
            subject = Clauses.subjectBefore(a, shared, mentions);
            int aux = shared - 1;
            while (aux >= 0 && a.tag(aux).equals("ADV")) {
                aux--; // "was then debated"
            }
            passive = aux >= 0 && a.tag(aux).equals("AUX") && BE.contains(a.word(aux).toLowerCase(Locale.ROOT))
                    || v + 1 < a.size() && a.word(v + 1).equalsIgnoreCase("by"); // "a charter drafted ... and approved by"
        } else if (j >= 0 && j == v - 1 && a.tag(j).equals("NOUN") && a.word(v).toLowerCase(Locale.ROOT).endsWith("ed")
                && (subject = Clauses.describedBefore(a, v, mentions)) != null) {
            // "X was the first constitution adopted on 31 January 1924": a participle after the copula's description
            passive = true;
        } else {
            subject = Clauses.subjectBefore(a, v, mentions);
            if (subject != null && j >= 0 && a.word(j).equalsIgnoreCase("and") && verbLikeBefore(a, subject)) {
                // "... abolished the Senate and replaced the council with ...": the Senate is the first verb's
                // object (whatever the tagger took "abolished" for), not the second's subject
                subject = null;
            }
        }
        if (f.isAlias()) {
            return aliasClause(a, v, f, subject, passive || participle(a, v, j, auxiliary, f), right, mentions);
        }
        // "Four states united in the Union: A, B and C": a list after a colon names what a common noun counted
        List<Mention> colonList = Clauses.listAfterColon(a, right, mentions);
        boolean listIsSubject = subject == null && !colonList.isEmpty();
        if (listIsSubject) {
            subject = colonList.get(0);
        }
        Mention agent;
        Mention patient;
        if (f.preposition() != null && passive && v + 2 < right && a.word(v + 1).equalsIgnoreCase(f.preposition())
                && a.word(v + 2).equalsIgnoreCase("by")) {
            // "X was presided over by Y": the passive of a verb with its preposition ("Y presided over X")
            agent = Clauses.mentionAt(a, v + 3, mentions);
            patient = subject;
            if (agent == null || patient == null) {
                return null;
            }
        } else if (f.preposition() != null) {
            // "X was accountable to Y", "X consisted of Y and Z": the subject stands in the property to the object
            agent = subject;
            patient = Clauses.prepositionalObject(a, v, right, mentions, f.preposition());
            if (agent == null || patient == null) {
                return null;
            }
        } else if (passive) {
            patient = subject;
            agent = Clauses.after(a, v, right, mentions, "by");
        } else if (objectRelative != null) {
            agent = subject;
            patient = objectRelative;
        } else {
            agent = subject;
            patient = Clauses.after(a, v, right, mentions, null);
            if ((patient == null && Clauses.hasObject(a, v, right) || patient != null
                    && patient.kind() == Mention.Kind.DESCRIPTION && a.text().startsWith(":", patient.end()))
                    && !listIsSubject && !colonList.isEmpty()) {
                // "approved two documents: the Charter and the Accord", "adopted the following acts: A and B"
                return withList(new Match(f, v, agent, colonList.get(0), false, a.end(v), a.start(right), 0, 0,
                        List.of(), List.of()), colonList, false);
            }
            if (patient == null) {
                if (Clauses.hasObject(a, v, right)) {
                    return null; // "adopted a new electoral law": the object is no thing of ours
                }
                patient = subject; // intransitive: "the council dissolved in 1934"
                agent = null;
            }
        }
        if (patient == null) {
            return null;
        }
        int before = 0;
        // a main clause whose subject stands right before its verb: what stands before that subject (not the commas
        // inside it: "a new, democratic charter was ..."), with an opening date phrase ("In 1968, the diet ...")
        boolean direct = subject == null || subject.start() < a.start(v) && noComma(a, subject.end(), a.start(v));
        int from = subject != null && direct ? a.tokenAt(subject.start()) : v;
        for (int k = from - 1; k >= 0; k--) {
            String w = a.word(k);
            if (Clauses.STOPS.contains(w) || a.tag(k).equals("VERB") || w.equals(",") || w.equalsIgnoreCase("and")) {
                before = w.equals(",") && direct ? introductory(a, k) : a.end(k);
                break;
            }
        }
        int beforeTo = subject != null && subject.start() < a.start(v) ? subject.start() : a.start(v);
        if (v > 0 && a.word(v - 1).equalsIgnoreCase("to")) {
            beforeTo = before; // "held in 1927 to ratify the charter": the date is the main verb's
        }
        // a list before the verb is its subject as a whole: "The Senate, the Diet and the Council were abolished"
        List<Mention> moreSubjects = subject == null ? List.of() : listIsSubject
                ? colonList.subList(1, colonList.size()) : Clauses.coordinatedBefore(a, subject, mentions);
        List<Mention> moreAgents = new ArrayList<>(Clauses.coordinated(a, agent, right, mentions));
        List<Mention> morePatients = new ArrayList<>(Clauses.coordinated(a, patient, right, mentions));
        if (patient == subject) {
            morePatients.addAll(moreSubjects);
        } else if (agent == subject) {
            moreAgents.addAll(moreSubjects);
        }
        int dateEnd = Clauses.dateBoundary(a, right);
        return new Match(f, v, agent, patient, passive, a.end(v), dateEnd < a.size() ? a.start(dateEnd)
                : a.text().length(), Math.min(before, beforeTo), beforeTo, moreAgents, morePatients);
    }

    /** The match with the rest of a colon's list as more patients (or agents). */
    private static Match withList(Match m, List<Mention> list, boolean agents) {
        List<Mention> rest = list.subList(1, list.size());
        return new Match(m.frame(), m.verb(), m.agent(), m.patient(), m.passive(), m.dateFrom(), m.dateTo(),
                m.beforeFrom(), m.beforeTo(), agents ? rest : m.moreAgents(), agents ? m.morePatients() : rest);
    }
}
