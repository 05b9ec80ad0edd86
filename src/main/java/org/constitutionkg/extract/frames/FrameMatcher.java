package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * head nouns given) are found here ({@link Descriptions}). What a mention denotes is the caller's business.
 * <p>
 * This class finds the frames' words and hands each to its reader: a verb's clause to {@link VerbArguments} (a
 * naming verb's to {@link NamingFrames}), a noun of an event or an office to {@link NounFrames}; the counts of members
 * are {@link MemberCounts}'. All of them read the clause's geometry through {@link Clauses}.
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

    /** Words before a verb that make it no statement of fact: negation, modals, an infinitive's "to". */
    static final Set<String> UNREAL = Set.of("not", "n't", "never", "nearly", "almost", "would", "could",
            "should", "might", "may", "must", "can", "shall", "to");
    /** The forms of "be" (closed class: no lemmatizer needed). */
    static final Set<String> BE = Set.of("be", "is", "was", "were", "are", "been", "being", "'s");

    private final Frames frames;
    private final Descriptions descriptions;
    private final VerbArguments arguments;

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
        this.descriptions = new Descriptions(descriptionHeads, indefiniteHeads);
        this.arguments = new VerbArguments(new NamingFrames(descriptions));
    }

    /**
     * A count of members: "2,215 delegates" and the mention of what they were the members of ("delegates to the
     * congress", "deputies in the Assembly"), else the clause's subject ("The congress was attended by 2,215
     * delegates", "The council had 21 members"); {@code seats}: counted as deputies or seats, what a party may have in
     * an assembly rather than members of its own; {@code attending}: counted as those who attended ("27 deputies
     * attended"), the size of a meeting but of no standing body's membership.
     */
    public record Count(int number, Mention of, boolean seats, boolean attending) {

        public Count(int number, Mention of, boolean seats) {
            this(number, of, seats, false);
        }
    }

    /** The counts of members in a sentence ({@code countNouns}: "delegates", "members"...). */
    public List<Count> counts(Annotated a, List<Mention> names, Set<String> countNouns,
            Function<String, Optional<Integer>> number) {
        List<Mention> mentions = new ArrayList<>(names);
        mentions.addAll(descriptions.find(a, names));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return MemberCounts.counts(a, mentions, countNouns, number);
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

    /** The definite and indefinite descriptions of one annotated sentence ("the assembly", "a council"), in order. */
    public List<Mention> descriptions(Annotated a, List<Mention> names) {
        return descriptions.find(a, names);
    }

    /** The frames of one annotated sentence, in order; {@code names} are the names found in its text. */
    public List<Match> match(Annotated a, List<Mention> names) {
        if (!names.isEmpty() && a.size() > 0 && names.get(0).start() == a.start(0) && names.get(0).end() == a.end(0)
                && a.tag(0).equals("VERB")) {
            names = names.subList(1, names.size()); // "Abolished in 1934, the Senate ...": a verb, capitalised
        }
        List<Mention> described = descriptions.find(a, names);
        List<Mention> mentions = new ArrayList<>();
        for (Mention n : names) { // a name that only modifies a description's head is no argument of its own
            if (described.stream().noneMatch(d -> d.start() <= n.start() && n.end() < d.end())
                    && !modifier(a, n)) {
                mentions.add(n);
            }
        }
        mentions.addAll(described);
        mentions.sort(Comparator.comparingInt(Mention::start));
        List<Match> out = new ArrayList<>(NounFrames.roles(a, mentions, frames::byRoleNoun, frames.notRole()));
        out.addAll(later(a, mentions));
        out.addAll(glossed(a, mentions));
        Match previous = null;
        Match main = null; // (the last match of a verb of no relative clause)
        for (int i = 0; i < a.size(); i++) {
            if (Clauses.inside(a, i, names)) {
                continue;
            }
            Optional<Frame> noun = a.tag(i).equals("NOUN") ? frames.byNoun(a.word(i)) : Optional.empty();
            if (noun.isPresent()) {
                Match m = NounFrames.event(a, i, noun.get(), frames.nounDate(a.word(i)), mentions,
                        descriptions::isHead);
                if (m != null) {
                    out.add(m);
                }
                continue;
            }
            Optional<Frame> f = frameAt(a, i, mentions);
            if (f.isEmpty()) {
                continue;
            }
            // (", and" after a relative clause goes back to the main clause: "It was drafted by X, a body that met in
            // Y from May 1821, and was approved on 30 August": the verb before the clause is what "and" joins to)
            Match prior = previous != null && relativeVerb(a, previous.verb()) && afterCommaAnd(a, previous.verb(), i)
                    ? main : previous;
            Match m = arguments.match(a, i, f.get(), mentions, prior);
            if (m != null) {
                out.add(m);
                previous = m;
                if (!relativeVerb(a, i)) {
                    main = m;
                }
            }
        }
        return out;
    }

    /** Whether the verb at {@code v} opens a relative clause: "which (was) adopted", "that met". */
    private static boolean relativeVerb(Annotated a, int v) {
        int j = beforeAuxiliaries(a, v);
        return j >= 0 && Clauses.RELATIVES.contains(a.word(j).toLowerCase(java.util.Locale.ROOT));
    }

    /** The token before the verb at {@code v} and the auxiliaries and adverbs before it, or -1. */
    private static int beforeAuxiliaries(Annotated a, int v) {
        int j = v - 1;
        while (j >= 0 && (a.tag(j).equals("AUX") || a.tag(j).equals("ADV") || a.tag(j).equals("PART"))) {
            j--;
        }
        return j;
    }

    /**
     * Whether ", and" stands before the verb at {@code v} (auxiliaries and adverbs between), its comma the only one
     * since the verb at {@code from} (not one that closes an apposition: "met in Kelm, the old capital, and").
     */
    private static boolean afterCommaAnd(Annotated a, int from, int v) {
        int j = beforeAuxiliaries(a, v);
        if (j < 1 || !a.word(j).equalsIgnoreCase("and") || !a.word(j - 1).equals(",")) {
            return false;
        }
        for (int k = from + 1; k < j - 1; k++) {
            if (a.word(k).equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs that open a list after a lead-in's subject: "Its chairmen included:". */
    private static final Set<String> LISTING = Set.of("include", "included", "includes", "be", "were", "was");

    /**
     * In the lead-in of a list of persons ("The following speakers presided over the Diet:", "Chancellors who chaired
     * it included:"): what the first active verb of a frame of chairing has as its object, when no name before it may
     * be a person's (the persons are the items); or null.
     */
    public Mention chairedInLeadIn(Annotated a, List<Mention> mentions) {
        for (int i = 1; i < a.size(); i++) {
            Optional<Frame> f = a.tag(i).equals("VERB") ? frameAt(a, i, mentions) : Optional.empty();
            if (f.isEmpty() || !"chair".equals(f.get().property()) || a.tag(i - 1).equals("AUX")) {
                continue; // (not "The Diet was presided over by a speaker:", a passive)
            }
            int v = i;
            if (mentions.stream().anyMatch(n -> n.kind() == Mention.Kind.NAME && n.end() <= a.start(v)
                    && org.constitutionkg.extract.Lexicon.get().names().mayBePerson(n.text()))) {
                return null;
            }
            for (int k = 0; k < a.size(); k++) {
                // the verb in the lead-in's subject ("Chancellors who chaired X included:") or its own predicate
                // ("The following speakers presided over X:"): no comma before it, and no verb after it but one of
                // listing ("were", "included"); not "The Governor, who chaired X, appointed the following ministers:"
                boolean listing = a.tag(k).equals("AUX") || LISTING.contains(a.lemma(k).toLowerCase(Locale.ROOT))
                        || LISTING.contains(a.word(k).toLowerCase(Locale.ROOT));
                if (k < v && a.word(k).equals(",") || k > v && a.tag(k).equals("VERB") && !listing) {
                    return null;
                }
            }
            int k = i + 1;
            if (f.get().preposition() != null && k < a.size() && a.word(k).equalsIgnoreCase(f.get().preposition())) {
                k++;
            }
            if (k < a.size() && a.word(k).equalsIgnoreCase("it")) {
                return new Mention(a.start(k), a.end(k), Mention.Kind.PRONOUN, "it");
            }
            Mention m = k < a.size() ? Clauses.mentionAt(a, k, mentions) : null;
            return m != null && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION) ? m : null;
        }
        return null;
    }

    /**
     * Whether a one-word name stands before a common noun it modifies: "the Xlandian monarchy", "the Soviet government"
     * speak of the monarchy and the government, and "Xlandian" is no argument of its own.
     */
    private static boolean modifier(Annotated a, Mention n) {
        if (n.kind() != Mention.Kind.NAME || n.text().contains(" ")) {
            return false;
        }
        int last = a.tokenAt(n.end() - 1);
        return last + 1 < a.size() && a.tag(last + 1).equals("NOUN") && a.start(last + 1) > n.end()
                && Character.isLowerCase(a.word(last + 1).charAt(0));
    }

    /**
     * Whether an active clause of a frame with a preposition has a direct object before the preposition ("the Diet
     * divided the country into two republics"): the object, not the subject, is what the preposition's phrase
     * completes.
     */
    public static boolean objectBeforePreposition(Annotated a, Match m) {
        return !m.passive() && m.frame().preposition() != null && m.verb() >= 0 && m.verb() < a.size()
                && Complements.hasObject(a, m.verb(), Clauses.rightBoundary(a, m.verb()));
    }

    /** The object right after a verb: a name, or "it" (a pronoun of what the text speaks of); or null. */
    public static Mention objectAfter(Annotated a, int verb, List<Mention> names) {
        if (verb + 1 >= a.size()) {
            return null;
        }
        if (a.word(verb + 1).equalsIgnoreCase("it")) {
            return new Mention(a.start(verb + 1), a.end(verb + 1), Mention.Kind.PRONOUN, "it");
        }
        Mention m = Clauses.mentionAt(a, verb + 1, names);
        return m != null && m.kind() == Mention.Kind.NAME ? m : null;
    }

    /** The adverb that sets off a later name: "X, later Y". */
    public static final String LATER = "later";

    /**
     * Whether a sentence (in lower case) may hold a frame at all: a form of a frame's word, {@link #LATER}, or a gloss
     * after ", or " ({@link #GLOSS}).
     */
    public boolean mayMatch(String lowerSentence) {
        return frames.mayMatch(lowerSentence) || lowerSentence.contains(LATER) || lowerSentence.contains(", or ");
    }

    /**
     * "the Assembly of Deputies, later the Chamber of Deputies,", "the State Commission (later the State Committee)":
     * what a name set off by "later" names succeeded what stands before it (the frame of "succeed", so only a thing of
     * the same kind); "later renamed Y", "later called Y" name the same thing (the naming frames).
     */
    private List<Match> later(Annotated a, List<Mention> mentions) {
        List<Match> out = new ArrayList<>();
        Optional<Frame> succeed = frames.byLemma("succeed");
        for (int i = 1; succeed.isPresent() && i + 1 < a.size(); i++) {
            if (!a.word(i).equalsIgnoreCase(LATER) || !(a.word(i - 1).equals(",") || a.word(i - 1).equals("("))) {
                continue;
            }
            if (i + 1 < a.size() && a.tag(i + 1).equals("VERB")) {
                continue; // "X, later renamed Y", "later called Y": a naming (its own frame), no other thing
            }
            Mention before = Clauses.mentionBefore(a, i, mentions);
            Mention after = Clauses.mentionAt(a, i + 1, mentions);
            if (before != null && after != null && before.kind() == Mention.Kind.NAME
                    && after.kind() == Mention.Kind.NAME) {
                out.add(new Match(succeed.get(), i, after, before, false, a.end(i), a.end(i), 0, 0, List.of(),
                        List.of()));
            }
        }
        return out;
    }

    /**
     * The frame of a name glossed by another after ", or": what is named is of the other name's kind (both known, or
     * the other of none); its agent is the other name.
     */
    public static final Frame GLOSS = new Frame("or", null, Frame.ALIAS, true, Frame.GLOSSED, List.of(), null);

    /**
     * "The First Chamber, or Chamber of Lords (Oberkammer), was ...", "the Diet, or the Estates, met": a name set off
     * by ", or" and a comma after it (with no article: "the Court, or the Senate," are as often alternatives) or its
     * own parenthesis is another name of the name before, when that name opens no list ("A, B, or C", "A and B, or C")
     * and no "either", "whether" or "between" makes the two alternatives (the reader asks that both be of one known
     * class: {@link Frame#GLOSSED}).
     */
    private static List<Match> glossed(Annotated a, List<Mention> mentions) {
        List<Match> out = new ArrayList<>();
        for (int i = 2; i + 1 < a.size(); i++) {
            if (!a.word(i).equals("or") || !a.word(i - 1).equals(",")) {
                continue;
            }
            Mention before = Clauses.mentionEndingAt(a, i - 2, mentions);
            Mention after = Clauses.mentionAt(a, i + 1, mentions);
            if (before == null || after == null || before.kind() != Mention.Kind.NAME
                    || after.kind() != Mention.Kind.NAME) {
                continue;
            }
            int b = a.tokenAt(before.start()) - 1;
            if (b >= 0 && a.tag(b).equals("DET")) {
                b--;
            }
            int next = a.tokenAt(after.end() - 1) + 1;
            // (an article before the other name makes as often an alternative: "by the Court, or the Senate," unless a
            // parenthesis of its own follows it)
            boolean article = a.tag(i + 1).equals("DET");
            boolean setOff = next < a.size() && (a.word(next).equals(",") && !article || a.word(next).equals("("));
            boolean list = b >= 0 && (a.word(b).equals(",") || Set.of("either", "whether", "between", "and", "or")
                    .contains(a.word(b).toLowerCase(Locale.ROOT)));
            if (setOff && !list) {
                out.add(new Match(GLOSS, i, after, before, false, a.end(i), a.end(i), 0, 0, List.of(), List.of()));
            }
        }
        return out;
    }

    /** The frame of token {@code i} ({@link #verbFrameAt}), its row picked by the preposition after it. */
    private Optional<Frame> frameAt(Annotated a, int i, List<Mention> mentions) {
        // (the clause is scanned for a preposition only for a verb of several rows)
        return verbFrameAt(a, i, mentions).map(f -> frames.toldApartByPreposition(f)
                ? frames.forPreposition(f, prepositionAfter(a, i)) : f);
    }

    /**
     * The first preposition after a verb in its clause, past adverbs and adverbial phrases ("based largely on", "based
     * in part on") and an object ("based the text on"); or null. What picks the row of a verb whose rows the
     * preposition tells apart ({@link Frames#forPreposition}).
     */
    private static String prepositionAfter(Annotated a, int verb) {
        int end = Math.min(a.size(), verb + 10);
        for (int j = verb + 1; j < end; j++) {
            int phrase = VerbArguments.adverbialPhraseStartingAt(a, j);
            if (phrase > 0) {
                j += phrase - 1;
                continue;
            }
            if (a.tag(j).equals("ADP")) {
                return a.word(j);
            }
            if (a.tag(j).equals("PUNCT") || a.tag(j).equals("VERB") || a.tag(j).equals("CCONJ")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The frame of token {@code i} when it is a verb (or a participle the tagger took for an adjective, or a form the
     * tagger took for a noun: {@link #nounSlip}).
     */
    private Optional<Frame> verbFrameAt(Annotated a, int i, List<Mention> mentions) {
        String tag = a.tag(i);
        String word = a.word(i).toLowerCase(Locale.ROOT);
        if (VerbArguments.PREPOSITION_LIKE.contains(word)) {
            return Optional.empty(); // "abolished in 1934, following the Chamber's dissolution": a preposition in use
        }
        boolean adjective = tag.equals("ADJ");
        // a lower-case word tagged as a name is a tagger's slip ("The Diet of X sat in ..."): a verb if it is a form
        Optional<Frame> form = frames.byForm(word);
        boolean lower = Character.isLowerCase(a.word(i).charAt(0));
        boolean slip = form.isPresent() && (tag.equals("PROPN") && (lower || openingParticiple(a, i, word))
                || tag.equals("NOUN") && nounSlip(a, i, word, lower, form.get(), mentions)
                // ("King Peter abolished it": a past form tagged a preposition right after a name)
                || tag.equals("ADP") && lower && word.endsWith("ed") && Clauses.mentionBefore(a, i, mentions) != null);
        // (a participle of a verb of several words after an auxiliary: "was set aside", tagged an adjective)
        boolean verbal = tag.equals("VERB") || slip || adjective && (word.endsWith("ed") || word.equals("led")
                || auxiliaryBefore(a, i) && !frames.phrasal(word).isEmpty());
        if (adjective && !verbal) {
            // "accountable to": an adjective frame has a preposition
            return frames.byLemma(word).filter(f -> f.preposition() != null);
        }
        if (!verbal || i > 0 && a.end(i - 1) == a.start(i) && (a.word(i - 1).endsWith("-")
                || a.word(i - 1).equals("–"))) {
            return Optional.empty(); // "communist-held X": the word is part of a compound adjective
        }
        // (after an article only: "the chambers each elected" keeps its verb)
        if (i > 0 && Clauses.ARTICLES.contains(a.word(i - 1).toLowerCase(Locale.ROOT)) && word.endsWith("ed")
                && i + 1 < a.size()
                && (a.tag(i + 1).startsWith("PROPN") || a.tag(i + 1).equals("NOUN") || a.tag(i + 1).equals("ADJ"))) {
            return Optional.empty(); // "the elected Landtag of X", "an appointed senate": a participle of a noun
        }
        Optional<Frame> phrasal = phrasalAt(a, i, word);
        if (phrasal.isPresent()) {
            return phrasal;
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

    /** Whether an auxiliary stands before token {@code i}, adverbs between allowed ("was formally set aside"). */
    private static boolean auxiliaryBefore(Annotated a, int i) {
        int k = i - 1;
        while (k > 0 && a.tag(k).equals("ADV")) {
            k--;
        }
        return k >= 0 && a.tag(k).equals("AUX");
    }

    /**
     * Whether a capitalised form in -ed that opens the sentence before a preposition is a participle the tagger took for
     * a name ("Modelled on X, the charter ...", "Inspired by Y, it ...").
     */
    private static boolean openingParticiple(Annotated a, int i, String word) {
        int p = a.size() > 2 && a.tag(1).equals("ADV") ? 2 : 1; // ("Modelled closely on X")
        return i == 0 && word.endsWith("ed") && a.size() > p && a.tag(p).equals("ADP");
    }

    /**
     * Whether a lower-case form of {@code frame}'s verb that the tagger took for a noun is its verb: an irregular past
     * right after a name or a relative pronoun ("The First Great Khural met in ...", "which met in"), or a form in -s
     * or -ed there before a preposition or a determiner ("The Parliament of X consists of ...", not a verb of place:
     * "the Party seats in X fell"); a form in -ing after a comma or after a common noun it modifies ("became bicameral,
     * consisting of A and B", "a body consisting of A and B"; not "the founding of X"); the plain form right after a
     * name before its frame's own preposition ("The Estates General consist of A"; not a verb of place). Whether a
     * name ends before it is looked up only when the form could be one.
     */
    private static boolean nounSlip(Annotated a, int i, String word, boolean lower, Frame frame,
            List<Mention> mentions) {
        boolean beforeObject = i + 1 < a.size() && (a.tag(i + 1).equals("ADP") || a.tag(i + 1).equals("DET"));
        if (word.endsWith("ing") && i > 0 && beforeObject && (a.word(i - 1).equals(",")
                || a.tag(i - 1).equals("NOUN") && Character.isLowerCase(a.word(i - 1).charAt(0)))) {
            return true;
        }
        if (lower && i > 0 && a.word(i - 1).equalsIgnoreCase("to") && beforeObject && word.equals(frame.verb())) {
            return true; // "was to consist of X": an infinitive, whatever the tagger took it for
        }
        // "The Estates General consist of X": the plain form right after a name, before the frame's own preposition
        // (the tagger reads "General consist" as a compound); not a noun that merely looks like a verb, which no
        // preposition of the frame follows ("the Diet form of ...": no frame of "form" takes "of")
        if (lower && i > 0 && word.equals(frame.verb()) && frame.preposition() != null && i + 1 < a.size()
                && !"location".equals(frame.property())
                && List.of(frame.preposition().replace("?", "").split("\\|"))
                        .contains(a.word(i + 1).toLowerCase(Locale.ROOT))
                && mentions.stream().anyMatch(m -> m.end() == a.end(i - 1)
                        && (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION))) {
            return true;
        }
        boolean irregular = !Frames.regularForms(frame.verb()).contains(word);
        boolean inflected = (word.endsWith("s") || word.endsWith("ed")) && beforeObject
                && !"location".equals(frame.property());
        return lower && (irregular || inflected) && (i > 0 && Clauses.RELATIVES.contains(a.word(i - 1).toLowerCase(Locale.ROOT))
                || Clauses.mentionBefore(a, i, mentions) != null);
    }

    /**
     * The frame of a verb of several words at token {@code i}: its verb (by lemma or word form) followed by the row's
     * words ("set up", "came into being", "ceased to exist"); the longest that fits.
     */
    private Optional<Frame> phrasalAt(Annotated a, int i, String word) {
        Frame best = null;
        List<Frame> candidates = new ArrayList<>(frames.phrasal(a.lemma(i)));
        candidates.addAll(frames.phrasal(word));
        for (Frame f : candidates) {
            List<String> rest = f.particle();
            boolean fits = true;
            for (int k = 0; fits && k < rest.size(); k++) {
                fits = i + 1 + k < a.size() && a.word(i + 1 + k).equalsIgnoreCase(rest.get(k));
            }
            if (fits && (best == null || rest.size() > best.particle().size())) {
                best = f;
            }
        }
        return Optional.ofNullable(best);
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
}
