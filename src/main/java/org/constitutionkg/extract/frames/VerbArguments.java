package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.frames.FrameMatcher.Match;
import org.constitutionkg.extract.linguistic.Annotated;

/**
 * The arguments of a frame's verb in its clause, for {@link FrameMatcher}: its voice, its agent and patient (with
 * the mentions coordinated with them), and the parts of the sentence where its date may stand. What stands before
 * the verb tells where its subject is: before a relative pronoun ("the Senate, which was abolished"), before a
 * participle's comma ("the Senate, abolished in 1934,"), in the verb before "and" ("formed in 1919 and abolished in
 * 1934"), or in the clause itself; its voice and frame tell which argument the subject is.
 */
final class VerbArguments {

    private static final Set<String> REFLEXIVES = Set.of("itself", "themselves", "himself", "herself");

    /** Phrases of several words standing as one adverb before a verb ("which in turn was replaced"): adverbial-phrases.txt. */
    private static final List<String[]> ADVERBIAL_PHRASES = org.constitutionkg.extract.Lexicon
            .lowerWords("adverbial-phrases.txt").stream().map(p -> p.split(" ")).toList();

    /** The number of words of an adverbial phrase that starts at token {@code j}, else 0. */
    static int adverbialPhraseStartingAt(Annotated a, int j) {
        for (String[] p : ADVERBIAL_PHRASES) {
            if (phraseAt(a, j, p)) {
                return p.length;
            }
        }
        return 0;
    }

    /** The number of words of an adverbial phrase that ends at token {@code j}, else 0. */
    static int adverbialPhraseEndingAt(Annotated a, int j) {
        for (String[] p : ADVERBIAL_PHRASES) {
            if (phraseAt(a, j - p.length + 1, p)) {
                return p.length;
            }
        }
        return 0;
    }

    /** Whether the words of {@code phrase} stand from token {@code start} on. */
    private static boolean phraseAt(Annotated a, int start, String[] phrase) {
        if (start < 0 || start + phrase.length > a.size()) {
            return false;
        }
        for (int i = 0; i < phrase.length; i++) {
            if (!a.word(start + i).equalsIgnoreCase(phrase[i])) {
                return false;
            }
        }
        return true;
    }

    /** Adverbs of manner that make a verb of succession one of likeness: "closely followed", "largely copied". */
    private static final Set<String> MANNER = Set.of("closely", "largely", "faithfully",
            "loosely", "broadly", "strictly", "partly", "partially", "essentially", "substantially");

    /**
     * Whether one of the frame's prepositions stands between the verb at {@code last} and the first comma or dash after
     * it: "consisted of two chambers, A and B" lists what it consisted of; "met after the death of its founder, X" names
     * no place (the comma follows "after", no preposition of "met in|at").
     */
    private static boolean prepositionBeforePause(Annotated a, int last, int right, String prepositions) {
        List<String> either = List.of(prepositions.toLowerCase(java.util.Locale.ROOT).replace("?", "").split("\\|"));
        int prep = -1;
        for (int k = last + 1; k < right; k++) {
            String w = a.word(k);
            if (w.equals(",") || w.equals("–") || w.equals("—")) {
                return prep >= 0;
            }
            if (prep < 0 && either.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                prep = k;
            } else if (prep >= 0 && !(a.tag(k).equals("DET") || a.tag(k).equals("ADJ") || a.tag(k).equals("NOUN")
                    || a.word(k).equals("of") || a.word(k).equals("with") // ("two chambers with equal rights, A and B")
                    || a.tag(k).equals("NUM") && !org.constitutionkg.extract.text.Patterns.isYear(w))) {
                return false; // ("met in 1950 after the death of its founder, X": no common noun X stands to)
            }
        }
        return false;
    }

    /**
     * The name right before a participle in -ing of a frame with a preposition ("a Landsting consisting of A and B"),
     * which it is said of; not one a preposition but "by" governs ("the deputies of the Diet belonging to the party"
     * are the deputies; "by the Assembly sitting in X" the Assembly sat); or null.
     */
    private static Mention nameBeforeParticiple(Annotated a, int v, int j, Frame f, List<Mention> mentions) {
        String w = a.word(v).toLowerCase(Locale.ROOT);
        if (j < 0 || f.preposition() == null || f.isAlias() || PREPOSITION_LIKE.contains(w)) {
            return null;
        }
        Mention m = Clauses.mentionEndingAt(a, j, mentions);
        if (!w.endsWith("ing")) {
            // "vested in a General Council made up of two houses", "a diet divided into two chambers": a past
            // participle right after a name, its preposition right after it, is said of the name (not of one "of"
            // governs: "the deputies of the Diet elected in ...")
            // (a name no verb's subject: one a preposition but "by" or "of" governs, or a verb's object; not "The
            // council chosen by the Velm Congress met in Ytown", whose "met" is the clause's own verb)
            int after = v + f.particle().size() + 1;
            int before = m == null ? -1 : Clauses.tokenBefore(a, m);
            while (before >= 0 && a.tag(before).equals("DET")) {
                before--;
            }
            boolean governed = before >= 0 && (a.tag(before).equals("ADP") && !a.word(before).equalsIgnoreCase("of")
                    && !a.word(before).equalsIgnoreCase("by") || a.tag(before).equals("VERB"));
            boolean past = w.endsWith("ed") || f.forms().contains(w) && !Frames.regularForms(f.verb()).contains(w);
            return past && governed && j == v - 1 && m != null && m.kind() == Mention.Kind.NAME && after < a.size()
                    && java.util.Arrays.asList(f.preposition().split("\\|"))
                            .contains(a.word(after).toLowerCase(Locale.ROOT)) ? m : null;
        }
        return m != null && m.kind() == Mention.Kind.NAME && (!Clauses.afterPreposition(a, m) || Clauses.afterBy(a, m))
                ? m : null;
    }

    /**
     * The name a phrase "of" + number or adjectives + common noun ending at token {@code k} follows: "a Central Committee
     * of 95 full members" before ", which ..." is the Central Committee's, which the relative pronoun stands for; or null.
     */
    private static Mention beforeCountPhrase(Annotated a, int k, List<Mention> mentions) {
        int i = k;
        while (i > 0 && (a.tag(i).equals("NUM") || (a.tag(i).equals("NOUN") || a.tag(i).equals("ADJ"))
                && Character.isLowerCase(a.word(i).charAt(0))) && Clauses.mentionAt(a, i, mentions) == null) {
            i--;
        }
        if (i == k || i <= 0 || !a.word(i).equalsIgnoreCase("of") || !a.tag(k).equals("NOUN")) {
            return null;
        }
        Mention m = Clauses.mentionEndingAt(a, i - 1, mentions);
        return m != null && m.kind() == Mention.Kind.NAME ? m : null;
    }

    /**
     * Whether the common noun at {@code j} heads a phrase of "a" or "an" ("a new constitution"), which no copula of
     * becoming or remaining makes a description of its subject ("became a unicameral assembly elected by X").
     */
    private static boolean indefiniteBefore(Annotated a, int j) {
        int k = j;
        while (k > 0 && j - k < 4 && (a.tag(k).equals("NOUN") || a.tag(k).equals("ADJ"))
                && Character.isLowerCase(a.word(k).charAt(0))) {
            k--;
        }
        boolean indefinite = k < j && (a.word(k).equalsIgnoreCase("a") || a.word(k).equalsIgnoreCase("an"));
        return indefinite && !(k >= 1 && BECOMING.contains(a.lemma(k - 1).toLowerCase(Locale.ROOT)));
    }

    /** Copulas of becoming and remaining: what they say of their subject is a description of it. */
    private static final Set<String> BECOMING = Set.of("become", "remain");

    /** Verbs that count a body's members ("had 26 members", "consisted of nine members"), by their lemma. */
    private static final Set<String> COUNTING = Set.of("have", "consist", "comprise", "number", "include");

    /**
     * Whether a frame with its preposition has its clause's subject as its agent ("subordinate to Y", "consisted of
     * A and B"): a verb coordinated with it shares that subject; not a frame of change ("transformed into Y", whose
     * later thing the next verb may speak of) nor a naming.
     */
    private static boolean subjectIsAgent(Annotated a, FrameMatcher.Match previous) {
        return previous.frame().preposition() != null && previous.agent() != null
                && previous.agent().start() < a.start(previous.verb()) && !previous.frame().isAlias()
                && !"precededBy".equals(previous.frame().property());
    }

    /**
     * The mention before a place's preposition at {@code t} ("a Diet at Ytown," / "in Ytown,"), when the mention after
     * it may be a place (no organ's or state's class) and no comma stands before the preposition; or null.
     */
    private static Mention beforePlace(Annotated a, int t, Mention place, List<Mention> mentions) {
        if (t < 1 || place == null || !PLACE_PREPOSITIONS.contains(a.word(t).toLowerCase(Locale.ROOT))
                || a.word(t - 1).equals(",")) {
            return null;
        }
        java.util.Optional<String> cls = org.constitutionkg.extract.Lexicon.get().classOf(place.text());
        return cls.isEmpty() || cls.get().equals("Place") ? Clauses.mentionBefore(a, t, mentions) : null;
    }

    /** Prepositions of a place after a name ("a Diet at Ytown", "the Council in Ztown"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in");

    /** Participles in -ing that are prepositions in use: "abolished in 1934, following the Chamber's dissolution". */
    static final Set<String> PREPOSITION_LIKE = Set.of("following", "including", "concerning", "regarding",
            "according", "excluding", "pending");

    /** The forms of "have" before a participle: a perfect ("had chaired"). */
    private static final Set<String> HAVE = Set.of("had", "has", "have", "having");

    private final NamingFrames naming;

    /** @param naming the reader of a naming frame's clause, whose second argument is a name */
    VerbArguments(NamingFrames naming) {
        this.naming = naming;
    }

    /**
     * "the Congress of X, to which it was accountable": the name before a preposition of the frame's that stands with
     * its relative pronoun before the clause's subject; or null.
     */
    private static Mention frontedObject(Annotated a, Mention subject, String prepositions, List<Mention> mentions) {
        int k = a.tokenAt(subject.start()) - 1;
        if (k >= 0 && Clauses.ARTICLES.contains(a.word(k).toLowerCase(Locale.ROOT))) {
            k--; // "to which the council answered"
        }
        if (k < 2 || !(a.word(k).equalsIgnoreCase("which") || a.word(k).equalsIgnoreCase("whom"))) {
            return null;
        }
        String before = a.word(k - 1);
        boolean ours = java.util.Arrays.stream(prepositions.split("\\|"))
                .anyMatch(p -> p.replace("?", "").equalsIgnoreCase(before));
        return ours ? Clauses.mentionBefore(a, k - 1, mentions) : null;
    }

    /** Verbs that make their object what an adjective after it says: "made the Cabinet accountable to the Diet". */
    private static final Set<String> CAUSATIVES = org.constitutionkg.extract.Lexicon.lowerWords("causative-verbs.txt");

    /** The name before token {@code j + 1} when a causative verb (a determiner between) stands before it, or null. */
    private static Mention causativeObject(Annotated a, int j, List<Mention> mentions) {
        Mention m = j >= 0 ? Clauses.mentionEndingAt(a, j, mentions) : null;
        if (m == null || m.kind() == Mention.Kind.PRONOUN && !a.word(j).equalsIgnoreCase("it")
                && !a.word(j).equalsIgnoreCase("them")) {
            return null;
        }
        int k = a.tokenAt(m.start()) - 1;
        if (k >= 0 && a.tag(k).equals("DET")) {
            k--;
        }
        return k >= 0 && CAUSATIVES.contains(a.word(k).toLowerCase(Locale.ROOT)) ? m : null;
    }

    /** Words that say a plan came to nothing: "was to consist of ..., but the plan was abandoned". */
    private static final Pattern UNFULFILLED = Pattern.compile("(?i)\\b(?:but|never|abandoned|rejected|dropped|shelved"
            + "|draft|proposed|proposal)\\b");

    /** Properties of a body's make-up, which "was to" states as the instrument laid it down. */
    private static final Set<String> DESIGNED = Set.of("hasPart", "electedBy", "accountableTo");

    /**
     * Whether the participle at {@code v} stands between a determiner (and its adverbs) and the noun it describes ("a
     * directly elected parliament", "the newly created body"): a modifier, no verb of a clause.
     */
    private static boolean attributive(Annotated a, int v) {
        int k = v - 1;
        while (k >= 0 && a.tag(k).equals("ADV")) {
            k--;
        }
        return k >= 0 && a.tag(k).equals("DET") && v + 1 < a.size()
                && (a.tag(v + 1).equals("NOUN") || a.tag(v + 1).equals("ADJ"))
                && Character.isLowerCase(a.word(v + 1).charAt(0));
    }

    /** Quantifiers that make a subject of no one: "none of its members", "neither chamber", "no deputy". */
    private static final Set<String> NEGATIVE_QUANTIFIERS = Set.of("none", "neither", "nobody", "no");

    /**
     * Whether the noun phrase ending at token {@code j}, a verb's subject, is quantified by none ("none of its members
     * was elected by X", "In 1920 no deputy was appointed", "Neither chamber was elected"): the clause says the verb
     * holds of no one. Not a "no" inside the phrase's "of" ("members of no party").
     */
    private static boolean negativeSubject(Annotated a, int j) {
        for (int k = j; k >= 0; k--) {
            String t = a.tag(k);
            String w = a.word(k).toLowerCase(Locale.ROOT);
            boolean afterOf = k > 0 && a.word(k - 1).equalsIgnoreCase("of");
            if (NEGATIVE_QUANTIFIERS.contains(w) && !afterOf && !(k + 1 < a.size() && a.tag(k + 1).equals("NUM"))) {
                return true; // (not "Law No 12 of 1921": a number's abbreviation)
            }
            if (!(t.equals("DET") || t.equals("PRON") || t.equals("NOUN") || t.equals("PROPN") || t.equals("ADJ")
                    || t.equals("NUM") || w.equals("of"))) {
                return false;
            }
            if ((t.equals("DET") || t.equals("PRON")) && !afterOf) {
                return false; // the phrase's determiner: what stands before it is another phrase ("With no debate the")
            }
        }
        return false;
    }

    /**
     * The clause of the verb at {@code v}: voice, agent, patient and date range; null if it has no patient.
     * {@code previous} is the match of the sentence's verb before, whose subject a verb after "and" may share.
     */
    Match match(Annotated a, int v, Frame f, List<Mention> mentions, Match previous) {
        if (a.word(a.size() - 1).equals("?")) {
            return null; // a question states nothing
        }
        if (attributive(a, v)) {
            return null; // "became a directly elected parliament, the X": a participle that describes a noun
        }
        if ("START".equals(f.date()) && v + 2 < a.size() && REFLEXIVES.contains(a.word(v + 1).toLowerCase(Locale.ROOT))
                && (a.word(v + 2).equalsIgnoreCase("as") || a.word(v + 2).equalsIgnoreCase("into"))) {
            return null; // "the council constituted itself as the Diet on 7 October": it became another, no founding
        }
        int last = v + f.particle().size(); // the verb's last word: "set up", "came into being"
        int right = Clauses.rightBoundary(a, last);
        // what stands before the verb: auxiliaries and adverbs, then a relative pronoun, a comma, "and", or the subject
        int j = v - 1;
        boolean passive = false;
        boolean auxiliary = false;
        Mention toSubject = null;
        int phrase;
        // "was made accountable to X": the adjective of a causative's passive, whose subject it is said of
        boolean adjective = a.tag(v).equals("ADJ") && f.preposition() != null;
        boolean causative = false;
        int verbAt = v; // (the causative's, when there is one: where the subject is looked for before)
        if (j >= 0 && adjective && CAUSATIVES.contains(a.word(j).toLowerCase(Locale.ROOT))) {
            causative = true;
            verbAt = j;
            j--;
        }
        while (j >= 0 && ((phrase = adverbialPhraseEndingAt(a, j)) > 0 || a.tag(j).equals("AUX")
                || a.tag(j).equals("ADV") || a.tag(j).equals("PART")
                || j == v - 1 && a.word(j).equalsIgnoreCase("to") // (an infinitive's "to", however tagged)
                || Clauses.COPULAS.contains(a.word(j).toLowerCase(Locale.ROOT)) || REFLEXIVES.contains(a.word(j).toLowerCase(
                Locale.ROOT)) || HAVE.contains(a.word(j).toLowerCase(Locale.ROOT)))) {
            if (phrase > 0) {
                j -= phrase; // "which in turn was replaced by Y"
                continue;
            }
            String w = a.word(j).toLowerCase(Locale.ROOT);
            if (HAVE.contains(w)) {
                auxiliary = true; // "who had chaired X": a perfect's auxiliary, whatever the tagger took it for
            }
            if (w.equals("to") && (toSubject = firstTo(a, j, mentions)) != null) {
                break; // "Vera Holm was the first woman to head the council": she did
            }
            if (w.equals("to") && j > 0 && FrameMatcher.BE.contains(a.word(j - 1).toLowerCase(Locale.ROOT))
                    && (f.date() == null || f.date().equals("-")) && DESIGNED.contains(f.property())
                    && !UNFULFILLED.matcher(a.text()).find()) {
                // "The Diet was to consist of two chambers", "its members were to be elected by the provinces": what
                // an instrument laid down for a body's make-up is stated (its "was" no passive's auxiliary); "was to
                // be abolished" is a plan, no fact
                j -= 2;
                continue;
            }
            if (FrameMatcher.UNREAL.contains(w)) {
                return null; // "was not abolished", "could be dissolved", "was to be abolished", "proposals to abolish"
            }
            if (f.agentClass().equals(Frame.SAME) && MANNER.contains(w)) {
                return null; // "It closely followed the 1936 Constitution": modelled on it, no successor of it
            }
            if (a.tag(j).equals("AUX")) {
                auxiliary = true;
                passive |= FrameMatcher.BE.contains(w);
            }
            j--;
        }
        if (negativeSubject(a, j)) {
            return null; // "none of its members was elected by the people", "no deputy was appointed by the king"
        }
        Mention subject;
        // "The charter made the Cabinet accountable to the Diet": the causative's object is what the adjective says
        Mention smallClause = adjective && !causative ? causativeObject(a, j, mentions) : null;
        Mention beforeParticiple = auxiliary ? null : nameBeforeParticiple(a, v, j, f, mentions);
        Mention objectRelative = null;
        boolean mainVerb = false;
        int shared;
        int copula;
        Mention fronted = j < 0 ? frontedSubject(a, v, f, mentions) : null;
        boolean afterNoun = j >= 0 && j == v - 1 && a.tag(j).equals("NOUN") && Character.isLowerCase(a.word(j).charAt(0))
                && f.preposition() != null && !f.isAlias();
        Mention apposed = afterNoun ? Clauses.apposedTo(a, j, mentions) : null;
        if (smallClause != null) {
            subject = smallClause;
        } else if (afterNoun && (apposed != null || a.word(v).equalsIgnoreCase(f.lemma())
                || indefiniteBefore(a, j) && Clauses.describedBefore(a, v, mentions) == null)) {
            // "X, an agency subordinate to Y": the adjective is the common noun's, which stands in apposition to X
            // ("a commission accountable to Y", "by a new constitution modelled on Y": no one named)
            if (apposed == null) {
                return null;
            }
            subject = apposed;
        } else if (toSubject != null) {
            subject = toSubject;
        } else if (fronted != null) {
            // "Renamed the State Council in 1951, it met weekly": a participle opening the sentence is the passive
            // of the clause after its comma, whose subject it shares
            subject = fronted;
            passive = true;
        } else if (j >= 0 && Clauses.RELATIVES.contains(a.word(j).toLowerCase(Locale.ROOT))) {
            subject = Clauses.mentionBefore(a, j, mentions);
            if (subject == null && "electedBy".equals(f.property())) {
                subject = bodyCountingMembers(a, j, mentions);
            }
            if (subject != null && Clauses.complementOfANoun(a, subject)) {
                return null; // "the amendments to the Charter, which were adopted in 1988": the amendments'
            }
            if (subject != null && a.word(j).equalsIgnoreCase("which") && ofAPluralThing(a, subject)) {
                return null; // "two new departments of the Senate, which sat in Ytown": the departments'
            }
            if (!a.word(j).equalsIgnoreCase("who") && !a.word(j).equalsIgnoreCase("whom")) {
                subject = Clauses.pastApposition(a, subject, mentions); // (a person's clause may be Y's own)
            } else {
                // "Ivo Brant, a lawyer from Tarnland, who led the house": "who" stands for the person the apposition
                // is said of, not for the place inside it
                subject = Clauses.personPastApposition(a, subject, mentions);
            }
            if (subject != null && a.word(j).equalsIgnoreCase("which") && subject.kind() == Mention.Kind.NAME
                    && org.constitutionkg.extract.Lexicon.get().names().mayBePerson(subject.text())) {
                // "the Provisional Government under Ivan Petrov, which was answerable to it": "which" stands for no
                // person, but for the thing named before the person's phrase
                subject = thingBeforePerson(a, subject, mentions);
            }
            if (subject == null && j > 0 && a.word(j - 1).equals(",")) {
                subject = beforeCountPhrase(a, j - 2, mentions); // "a Central Committee of 95 members, which chose"
            }
            Mention describedName = (subject == null || subject.kind() == Mention.Kind.DESCRIPTION) && j > 1
                    && a.tag(j - 1).equals("NOUN") ? Clauses.apposedTo(a, j - 1, mentions) : null;
            // (a description of the name's own kind: "a buffer state" of a republic, not "a unicameral body" of one)
            boolean byApposition = describedName != null && describedName.kind() == Mention.Kind.NAME
                    && sameKind(describedName.text(), a.word(j - 1));
            if (byApposition) {
                // "... of the Velmar Republic (VR), a buffer state that existed from 1920 to 1922": the clause of a
                // description in apposition to a name is the name's
                subject = describedName;
            }
            int predicateCopula = (subject == null || subject.kind() == Mention.Kind.DESCRIPTION) && j > 1
                    && a.tag(j - 1).equals("NOUN") && Character.isLowerCase(a.word(j - 1).charAt(0)) && !f.datesMeeting()
                    ? Clauses.copulaBefore(a, j - 1) : -1;
            if (predicateCopula > 0) {
                // "X was the constitution which was adopted by Y", "It is the body that elects the council": the
                // relative clause of a predicate noun is said of what the copula's subject is
                Mention copulaSubject = Clauses.mentionBefore(a, predicateCopula, mentions);
                subject = copulaSubject != null ? copulaSubject : subject;
            }
            if (subject == null && j > 0 && "electedBy".equals(f.property()) && a.word(j).equalsIgnoreCase("who")
                    && isMemberNoun(a.word(j - 1), true)) {
                // "It met with 343 members who were elected by X", "the Diet of Y, with 90 deputies who were chosen
                // by Z": the body the counted members are of is elected
                subject = bodyOfCountedMembers(a, j - 1, mentions);
            }
            if (subject == null && j > 0 && (a.word(j - 1).equalsIgnoreCase("and") || a.word(j - 1).equalsIgnoreCase("or"))) {
                // "X, which Y elected and which was accountable to it,": the first relative pronoun's antecedent
                for (int k = j - 2; k > 0 && subject == null && !a.word(k).equals("."); k--) {
                    if (a.word(k).equalsIgnoreCase(a.word(j)) && a.word(k - 1).equals(",")) {
                        subject = Clauses.mentionBefore(a, k, mentions);
                    }
                }
            }
            boolean meeting = f.datesMeeting() || "location".equals(f.property()); // (a meeting's, or a sitting's place)
            // (the first of a list the relative follows: "a union of A, B and C that existed from X to Y": the union)
            if (subject != null && ofCommonNoun(a, firstOfList(a, subject, mentions)) && !a.word(j - 1).equals(",")
                    && !byApposition
                    || subject == null && j > 0 && a.tag(j - 1).equals("NOUN") && f.datesMeeting()
                    || subject != null && meeting && ofSittingNoun(a, subject)) {
                // (also past a comma when the common noun is a sitting's: "X was the second convocation of the
                // Congress of Y, which sat in Z from 14 to 19 March": the convocation sat, not the congress)
                // "a consultative assembly of the Republic that sat from A to B": the assembly sat, not the Republic;
                // a meeting's verb is the meeting's: "X was a congress of deputies (of the Y) that took place in Z"
                subject = meeting ? Clauses.describedBefore(a, j, mentions) : null;
                if (subject == null && meeting) {
                    subject = apposedToSitting(a, Clauses.mentionBefore(a, j, mentions), mentions);
                }
                if (subject == null) {
                    return null;
                }
            }
        } else if ((objectRelative = Clauses.objectRelativeAntecedent(a, j, mentions)) != null) {
            // "the diet, which the Charter of X had created in 1921,": the Charter created the diet
            subject = Clauses.mentionEndingAt(a, j, mentions);
        } else if (j >= 0 && a.word(j).equals(",") && (subject = Clauses.beforeRelativeClause(a, j, mentions)) != null) {
            // "The Diet, which was elected in 1911, adopted the charter": the main verb's subject; its voice its own
            mainVerb = true;
        } else if (j >= 0 && a.word(j).equals(",") && !auxiliary && a.word(v).toLowerCase(Locale.ROOT).endsWith("ing")
                && !f.isAlias() && !PREPOSITION_LIKE.contains(a.word(v).toLowerCase(Locale.ROOT))) {
            // "X became bicameral, consisting of A and B", "the Council of X, consisting of A and B": an active
            // participle after a comma is the name's before it (no place after a preposition), else the clause's
            // subject's
            subject = Clauses.mentionBefore(a, j, mentions);
            int t = subject == null ? -1 : Clauses.tokenBefore(a, subject);
            Mention sitting = beforePlace(a, t, subject, mentions);
            if (sitting != null) {
                subject = sitting; // "a Diet in Ytown, consisting of A and B"
            } else if (subject == null || Clauses.afterPreposition(a, subject)) {
                subject = Clauses.subjectLike(a, j, mentions, true);
            }
        } else if (beforeParticiple != null) {
            if (f.isAlias() && j >= 0 && a.word(j).equals(",") && lastOfAList(a, beforeParticiple, mentions)) {
                return null; // "A, B and C, collectively known as the Southern Republics": a name of them all
            }
            subject = beforeParticiple; // "established a Landsting consisting of A and B": the name's
        } else if (participle(a, v, j, auxiliary, f) && !(f.property() != null && !f.isAlias()
                && Clauses.mentionAt(a, last + 1, mentions) != null)) {
            // ... not "Ivan Petrov, Premier of X, signed the Treaty of Y": a verb with its object is the clause's own
            // "the Senate, abolished in 1934,": a regular participle after a name; an irregular form ("met", "held")
            // after a comma is as often a verb of a list of the subject's ("adopted the charter, met in X, and ...")
            subject = Clauses.mentionBefore(a, j, mentions);
            if (f.isAlias() && subject != null && lastOfAList(a, subject, mentions)) {
                // "comprised A, B and C, collectively known as the Southern Republics": a name of them all, no other
                // name of the last
                return null;
            }
            if (f.isAlias() && j >= 1 && !a.word(j - 1).equals(")") && !QUOTES.contains(a.word(j - 1))
                    && !a.tag(j - 1).equals("NUM") && Clauses.mentionEndingAt(a, j - 1, mentions) == null) {
                // "the highest authority in the Velm steppe, then called the Tarn Region,": a naming after a comma
                // names what ends right before it, here no thing of ours (not the clause's subject; but a quotation
                // mark or a year may close what it names: "the Provisional Assembly, formed in 1918, later called Y")
                return null;
            }
            int t = subject == null ? -1 : Clauses.tokenBefore(a, subject);
            if (t >= 2 && a.tag(t).equals("ADP") && a.tag(t - 1).equals("ADJ")
                    && (a.tag(t - 2).equals("NOUN") || a.tag(t - 2).equals("PROPN") || a.word(t - 2).equals(","))) {
                // "a ministry accountable to the Diet, headed by X": the participle is said of what the adjective is
                // (the name before it, if the phrase is a name's), not of the adjective's object
                subject = Clauses.mentionBefore(a, t - 1, mentions);
            } else {
                // "a Diet at Ytown, made up of A and B": the participle is said of what sits there, not of the place
                Mention sitting = beforePlace(a, t, subject, mentions);
                subject = sitting != null ? sitting : subject;
                // "the Legislative Council of the colony, established in 1863": of the head, not of what "of" governs
                int of = subject == null ? -1 : Clauses.tokenBefore(a, subject);
                while (of >= 0 && a.tag(of).equals("DET")) {
                    of--;
                }
                Mention head = of >= 1 && a.word(of).equalsIgnoreCase("of") ? Clauses.mentionEndingAt(a, of - 1, mentions)
                        : null;
                Mention described;
                if (head != null && head.kind() == Mention.Kind.NAME && sitting == null) {
                    subject = head;
                } else if (subject != null && sitting == null && !f.isAlias() && governedByOf(a, subject)
                        && (described = Clauses.describedBefore(a, j, mentions)) != null) {
                    // "X was the third parliament of interwar Velmia, elected in 1926": the participle is said of the
                    // copula's subject, which the description describes, not of the state its "of" governs (a
                    // naming may be either's: "the legislature of the Kingdom of X, renamed Y in 1929" is the state's)
                    subject = described;
                } else if (subject != null && sitting == null && of >= 1 && a.word(of).equalsIgnoreCase("of")
                        && a.word(of - 1).equalsIgnoreCase("and") && !f.isAlias()
                        && Clauses.describedBefore(a, j, mentions) != null) {
                    // "X was a body of the Consulate and of the Empire, created by the Charter in 1799": after two
                    // "of" phrases, said of the copula's description (X), not of what the last governs (a naming
                    // may be either's: below)
                    subject = Clauses.describedBefore(a, j, mentions);
                }
            }
            if (subject != null) {
                // "the 7th Diet, the so-called Long Diet, dissolved in 1912": the name the nickname is of
                int k = a.tokenAt(subject.start()) - 1;
                if (k >= 2 && a.word(k).equalsIgnoreCase("called") && a.word(k - 1).equals("-")
                        && a.word(k - 2).equalsIgnoreCase("so")) {
                    k -= 2; // "so - called" as the tokenizer splits it
                }
                if (k >= 0 && (a.word(k).equalsIgnoreCase("so-called") || a.word(k).equalsIgnoreCase("so"))) {
                    k -= k >= 1 && a.tag(k - 1).equals("DET") ? 2 : 1;
                    Mention named = k >= 0 && a.word(k).equals(",") ? Clauses.mentionBefore(a, k + 1, mentions) : null;
                    subject = named != null ? named : subject;
                }
            }
            if (previous != null && previous.passive() && previous.patient() != null && a.word(j).equals(",")
                    && verbListGoesOn(a, v)) {
                // "It was adopted by X in Ytown, ratified by Z, and came into force ...": a list of the verbs of one
                // subject, not a participle of the name before the comma
                subject = previous.patient();
            }
            if (subject != null && !f.isAlias() && !a.word(v).toLowerCase(Locale.ROOT).endsWith("ed")
                    && Clauses.verbBetween(a, 0, subject) && !Clauses.afterPreposition(a, subject)
                    && !(last + 1 < a.size() && a.word(last + 1).equalsIgnoreCase("by"))) {
                // ... unless the name is no object of a verb before it ("elected by X, held in Y": X's) or the form
                // is a passive's with its agent ("created the council, chosen by the diet")
                subject = null;
            }
            if (subject != null && ofCommonNoun(a, subject)) {
                if (f.isAlias()) {
                    // "the head of state of the Republic, commonly called Velmia": the name may be either's
                    return null;
                }
                subject = null; // "a commission of the Central Committee, chaired by X": the commission's chair
            }
            if (subject == null) {
                subject = Clauses.describedBefore(a, j, mentions); // "X was a congress of delegates, held in Y"
            }
            passive = true;
        } else if (j >= 0 && (a.word(j).equalsIgnoreCase("and") || a.word(j).equalsIgnoreCase("or"))
                && previous != null && !auxiliary && !newClauseBetween(a, previous.verb(), j)) {
            // (not past a clause of its own: "Modelled on X, it contained 90 articles and named Y as the capital"
            // coordinates "named" with "contained", not with the participle)
            // "was formed in 1919 and abolished in 1934": the subject and voice of the verb before; "it opened in
            // 1917 and gave way to Y": an intransitive's subject (its patient, before its verb) and this verb's voice
            boolean intransitive = !previous.passive() && previous.agent() == null && previous.patient() != null
                    && previous.patient().start() < a.start(previous.verb());
            // (a frame with its preposition, "subordinate to Y and accountable to Z", has the clause's subject as its
            // agent in either voice: Z is that subject's, not Y's)
            subject = subjectIsAgent(a, previous) ? previous.agent()
                    : previous.passive() || intransitive ? previous.patient() : previous.agent();
            passive = previous.passive();
        } else if (j >= 0 && a.word(j).equalsIgnoreCase("and") && previous != null && auxiliary) {
            // "it existed until 1917, and was dissolved in October", "it adopted the charter and was dissolved": the
            // subject of the verb before, this one's voice ("it was accountable to Y and was headed by Z": the
            // subject of a frame with its preposition is its agent, before the verb)
            subject = subjectIsAgent(a, previous) ? previous.agent()
                    : previous.passive() || previous.agent() == null ? previous.patient() : previous.agent();
            Mention main = apposedParticiple(a, previous, subject, j) ? Clauses.subjectLike(a, j, mentions, true)
                    : null;
            if (main != null && main != subject) {
                // "It came after the First Congress, held in May, and was followed by the Third": the participle's
                // clause set off by commas is the name's before it; "and was" goes on with the main clause
                subject = main;
            }
        } else if (j >= 0 && a.word(j).equalsIgnoreCase("and") && previous == null && auxiliary
                && (shared = Clauses.verbBefore(a, j)) >= 0 && Clauses.subjectBefore(a, shared, mentions) != null) {
            // "It lost force in 1951 and was replaced by Y": the subject of a verb of no frame, this one's voice
            subject = Clauses.subjectBefore(a, shared, mentions);
        } else if (j >= 0 && a.word(j).equalsIgnoreCase("and") && !auxiliary && Clauses.verbBefore(a, j) < 0
                && (last + 1 < a.size() && a.word(last + 1).equalsIgnoreCase("by") || f.preposition() != null
                        && v == j + 1 && !f.isAlias())
                && (copula = copulaBefore(a, j)) >= 0) {
            // "X was the second charter of Y and ratified by Z": a passive sharing the copula's subject; "X was
            // subordinate to Y and accountable to Z": an adjective sharing it (Z is X's, not Y's)
            subject = Clauses.subjectBefore(a, copula, mentions);
            passive = last + 1 < a.size() && a.word(last + 1).equalsIgnoreCase("by");
        } else if (j >= 0 && a.word(j).equalsIgnoreCase("and") && !auxiliary
                && (shared = Clauses.verbBefore(a, j)) >= 0) {
            // "It was debated in July and adopted by the Diet": the subject and voice of a verb of no frame
            subject = Clauses.subjectBefore(a, shared, mentions);
            int aux = shared - 1;
            while (aux >= 0 && a.tag(aux).equals("ADV")) {
                aux--; // "was then debated"
            }
            passive = aux >= 0 && a.tag(aux).equals("AUX")
                    && FrameMatcher.BE.contains(a.word(aux).toLowerCase(Locale.ROOT))
                    || last + 1 < a.size() && a.word(last + 1).equalsIgnoreCase("by"); // "a charter drafted ... and approved by"
        } else if (j >= 0 && j == v - 1 && a.tag(j).equals("NOUN") && Character.isLowerCase(a.word(j).charAt(0))
                && a.word(v).toLowerCase(Locale.ROOT).endsWith("ed")
                && ((subject = Clauses.describedBefore(a, v, mentions)) != null
                || (subject = Clauses.apposedTo(a, j, mentions)) != null)) {
            // "X was the first constitution adopted on 31 January 1924": a participle after the copula's description;
            // "the National Assembly, the bicameral parliament created by the Charter,": after an apposition's noun
            passive = true;
        } else if (j >= 0 && j == v - 1 && a.tag(j).equals("NOUN") && Character.isLowerCase(a.word(j).charAt(0))
                && a.word(v).toLowerCase(Locale.ROOT).endsWith("ed") && !auxiliary && Clauses.verbBefore(a, j) >= 0
                && j >= 2 && a.tag(j - 1).equals("DET") && a.tag(j - 2).equals("ADP")
                && !Complements.hasObject(a, last, right)) {
            // "the king annulled the charter by a decree issued in Ytown on 4 May 1814": a participle of a common
            // noun a preposition governs, in a clause of its own verb, with no object ("the assembly adopted the
            // charter" is a clause; "After the king abdicated, the council convened" too), is said of that noun's
            // thing, which no name gives (not of the king)
            return null;
        } else {
            subject = Clauses.subjectBefore(a, verbAt, mentions);
            if (subject != null && Clauses.afterRelativePronoun(a, subject) && (f.preposition() == null
                    || frontedObject(a, subject, f.preposition(), mentions) == null)) {
                // (but "the congress, to which it was accountable": the preposition's object, before its pronoun)
                return null; // "the text, which the assembly adopted in 1921": what "which" stands for is no mention
            }
            int relative = subject == null ? -1 : relativeBeforeObject(a, subject);
            if (relative > 0) {
                // "The ministries that replaced the old Directory were set up in 1808": the relative clause's object
                // is no subject of the main verb; its head is, when a name ("The Council of State that replaced the
                // Directory was created"), else no one the text names ("the ministries")
                Mention head = Clauses.mentionEndingAt(a, relative - 1, mentions);
                subject = head != null && head.kind() == Mention.Kind.NAME ? head : null;
            }
            if (subject != null && ofCommonNoun(a, firstOfList(a, subject, mentions))) {
                // "The heads of state of A, B and C signed it": the heads signed, whom the text does not name
                subject = null;
            }
            if (subject != null && ownUnnamedSubject(a, j, subject, mentions)) {
                // "The Directory was abolished, and Kolchak's regime replaced it": the verb's subject is the noun
                // phrase no name gives, in a clause of its own; not the first clause's
                subject = null;
            }
            if (subject != null && j >= 0 && a.word(j).equalsIgnoreCase("and") && verbLikeBefore(a, subject)) {
                // "... abolished the Senate and replaced the council with ...": the Senate is the first verb's
                // object (whatever the tagger took "abolished" for), not the second's subject
                subject = null;
            }
            Mention members = "electedBy".equals(f.property()) ? membersOf(a, j, mentions) : null;
            if (members != null) {
                // "Its members were chosen by the provincial estates", "Half of its 120 councillors were appointed"
                subject = members;
            }
        }
        if (f.isAlias()) {
            return naming.match(a, v, f, subject, passive || !mainVerb && participle(a, v, j, auxiliary, f), right,
                    mentions);
        }
        // "Four states united in the Union: A, B and C": a list after a colon names what a common noun counted
        List<Mention> colonList = Coordination.listAfterColon(a, right, mentions);
        boolean listIsSubject = subject == null && !colonList.isEmpty() && !colonListOfAnotherVerb(a, last, right);
        if (listIsSubject) {
            subject = colonList.get(0);
        }
        Mention agent;
        Mention patient;
        Mention byAgent;
        List<Mention> listedAfter = List.of(); // the names a colon or dashes list after the first patient
        if (f.preposition() != null && passive && last + 2 < right
                && a.word(last + 1).equalsIgnoreCase(f.preposition()) && Clauses.mentionAt(a, last + 2, mentions) == null
                && (byAgent = Complements.after(a, last + 1, right, mentions, "by")) != null) {
            // "X was presided over (from 1962 to 1979) by Y": the passive of a verb with its preposition ("Y presided
            // over X"), its agent after "by"
            agent = byAgent;
            patient = subject;
            if (agent == null || patient == null) {
                return null;
            }
        } else if (f.preposition() != null) {
            // "X was accountable to Y", "X consisted of Y and Z": the subject stands in the property to the object
            agent = subject;
            patient = Complements.prepositionalObject(a, last, right, mentions, f.preposition());
            Mention object;
            if (patient == null && !passive && (object = Complements.directObject(a, last, right, mentions)) != null) {
                // "the diet turned the council into a senate", "the Tsar convened the Duma in X": the preposition's
                // phrase is said of the object, not of the subject
                patient = Complements.prepositionalObject(a, a.tokenAt(object.end() - 1), right, mentions,
                        f.preposition());
                agent = patient == null ? agent : object;
            }
            if (patient == null && agent != null) {
                patient = frontedObject(a, agent, f.preposition(), mentions); // "Y, to which it was accountable"
            }
            if (patient == null && agent != null) {
                // "consisted of two chambers: A and B", "consisting of two chambers – A and B – of which ...": the
                // names a colon or a pair of dashes lists after the preposition's common noun
                List<Mention> listed = !colonList.isEmpty() && !listIsSubject ? colonList
                        : prepositionBeforePause(a, last, right, f.preposition())
                        ? Coordination.listBetweenDashes(a, last, right, mentions) : List.of();
                patient = listed.isEmpty() ? null : listed.get(0);
                listedAfter = listed.size() > 1 ? listed.subList(1, listed.size()) : List.of();
            }
            if (patient == null && (f.datesMeeting() || "SPAN".equals(f.date()))) {
                // "the congress was held on 3 May", "the Tsar convened the Duma on 10 May": no place, still a date
                Mention held = passive ? null : Complements.directObject(a, last, right, mentions);
                patient = held != null ? held : agent;
                agent = null;
                if (patient == null) {
                    return null;
                }
            } else if (agent == null || patient == null) {
                return null;
            }
        } else if (passive) {
            patient = subject;
            agent = Complements.after(a, last, right, mentions, "by");
            if (agent == null && f.agentClass().equals(Frame.SAME)) {
                // "X was replaced with Y": a frame between two of a kind takes the new one after "with" too
                agent = Complements.after(a, last, right, mentions, "with");
            }
            if (agent == null && "establishes".equals(f.property())) {
                // "X was created under the Y Act 1920": the passive of a founding takes its instrument after "under"
                // too (not of an ending: "it was dissolved under the constitution" says whose rule, not who)
                agent = Complements.after(a, last, right, mentions, "under");
            }
            Mention electorate = List.of(f.agentClass().split("\\|")).contains("Electorate")
                    ? Electorates.after(a, last, right, mentions, org.constitutionkg.extract.Lexicon.get().electorateNouns())
                    : null;
            if (electorate != null && (agent == null || agent.start() > a.start(last)
                    && agent.end() <= electorate.end())) {
                // "elected by universal male suffrage", "by male Germans over 25": who votes, in a common noun phrase
                // (electorate-nouns.txt), also when a name stands inside it
                agent = electorate;
            }
            if (agent == null && patient != null && !colonList.isEmpty() && !listIsSubject && right > 0
                    && a.word(right - 1).equalsIgnoreCase("by")) {
                // "The treaty was signed by:" and a list: the agents the colon lists
                return withList(new Match(f, v, colonList.get(0), patient, true, a.end(last), a.start(right), 0, 0,
                        List.of(), List.of()), colonList, true);
            }
            int by = byAfterAdverbial(a, last);
            Matcher unnamed = by > 0 && by + 1 < a.size()
                    ? UNNAMED_AGENTS.matcher(a.text()).region(a.end(by), a.text().length()) : null;
            if (agent == null && patient != null && unnamed != null && unnamed.lookingAt()) {
                // "signed by three envoys – A, B and C", "formed by two republics, A and B", "countersigned by his
                // minister, X": the names a dash or a comma lists after the unnamed agents (not "by the presidents of
                // A, B and C": the presidents)
                List<Mention> listed = Coordination.listBetweenDashes(a, a.tokenAt(unnamed.end() - 1), a.size(),
                        mentions);
                if (!listed.isEmpty()) {
                    return withList(new Match(f, v, listed.get(0), patient, true, a.end(last), a.start(right), 0, 0,
                            List.of(), List.of()), listed, true);
                }
            }
        } else if (objectRelative != null) {
            agent = subject;
            patient = objectRelative;
        } else {
            agent = subject;
            patient = Complements.after(a, last, right, mentions, null);
            if (patient != null && possessor(a, patient) && !"chair".equals(f.property())) {
                // "It established Velmia's own national bank", "It created the country's first Parliament": the
                // object is the bank, the parliament, and the verb says nothing of the possessor (but "X led the
                // committee's work" is said of the committee)
                return null;
            }
            Mention with;
            if (patient != null && f.agentClass().equals(Frame.SAME) && (with = Complements.after(a,
                    a.tokenAt(patient.end() - 1), right, mentions, "with")) != null) {
                agent = with; // "the charter replaced the committee with a presidium": the presidium replaced it
            }
            if (patient != null && companion(a, patient)) {
                return null; // "X followed Y in rejecting the charter", "X joined Y in protesting": did as Y did
            }
            if (patient != null && patient.kind() == Mention.Kind.DESCRIPTION && a.text().startsWith(":", patient.end())
                    && !listIsSubject && !colonList.isEmpty() && subject != null
                    && subject.kind() == Mention.Kind.DESCRIPTION && plural(subject) && !plural(patient)) {
                // "the republics which formed the federation: A, B and C": the list names the plural subject's
                return withList(new Match(f, v, colonList.get(0), patient, false, a.end(last), a.start(right), 0, 0,
                        List.of(), List.of()), colonList, true);
            }
            if ((patient == null && Complements.hasObject(a, last, right) || patient != null
                    && patient.kind() == Mention.Kind.DESCRIPTION && a.text().startsWith(":", patient.end()))
                    && !listIsSubject && !colonList.isEmpty()) {
                // "approved two documents: the Charter and the Accord", "adopted the following acts: A and B"
                return withList(new Match(f, v, agent, colonList.get(0), false, a.end(last), a.start(right), 0, 0,
                        List.of(), List.of()), colonList, false);
            }
            if (patient == null) {
                if (Complements.hasObject(a, last, right)) {
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
        // (or past one insertion between commas: "In 1921 the chamber, which had lost its veto, was dissolved")
        boolean direct = subject == null || subject.start() < a.start(v) && (noComma(a, subject.end(), a.start(v))
                || INSERTION.matcher(a.text().substring(subject.end(), a.start(v))).matches());
        int from = subject != null && direct ? a.tokenAt(subject.start()) : v;
        if (subject != null && direct && !listIsSubject && !singularRelative(a, subject, v)) {
            // (a list of subjects opens where its first one does: "In 1939 A and B signed the treaty" dates both's act;
            // the list as moreSubjects below takes it, not a verb's complement before ", and": "X became Y, and Z ...")
            List<Mention> earlierSubjects = Coordination.coordinatedBefore(a, subject, mentions);
            if (!(earlierSubjects.size() == 1 && complementOfAVerb(a, earlierSubjects.get(0)))) {
                for (Mention earlier : earlierSubjects) {
                    from = Math.min(from, a.tokenAt(earlier.start()));
                }
            }
        }
        for (int k = from - 1; k >= 0; k--) {
            String w = a.word(k);
            if (Clauses.STOPS.contains(w) || a.tag(k).equals("VERB") || w.equals(",") || w.equalsIgnoreCase("and")
                    || k > 0 && direct && TEMPORAL_SUBORDINATORS.contains(w.toLowerCase(Locale.ROOT))
                            && (k == from - 1 || k == from - 2 && a.tag(from - 1).equals("DET"))) {
                // ("was elected in 1948 after the charter came into force": the date before a subordinator that opens
                // the subject's clause is the main clause's; not "In 1850 after long talks the Diet adopted it")
                before = w.equals(",") && direct ? introductory(a, k) : a.end(k);
                break;
            }
        }
        int beforeTo = subject != null && subject.start() < a.start(v) ? subject.start() : a.start(v);
        if (v > 0 && a.word(v - 1).equalsIgnoreCase("to")) {
            beforeTo = before; // "held in 1927 to ratify the charter": the date is the main verb's
        }
        // a list before the verb is its subject as a whole: "The Senate, the Diet and the Council were abolished"
        // (but a relative clause whose verb is singular is said of the last name alone: "A, B and C, which was chaired
        // by X,")
        List<Mention> moreSubjects = subject == null ? List.of() : listIsSubject
                ? colonList.subList(1, colonList.size()) : singularRelative(a, subject, v) ? List.of()
                : Coordination.coordinatedBefore(a, subject, mentions);
        if (moreSubjects.size() == 1 && !listIsSubject && complementOfAVerb(a, moreSubjects.get(0))
                && a.text().substring(moreSubjects.get(0).end(), subject.start()).matches(",\\s*and\\s+(?:the\\s+)?")) {
            // "the Division became the Xland Government, and the Court was replaced by Y": a verb's complement and
            // the next clause's subject are no list
            moreSubjects = List.of();
        }
        // (not when the verb stands in the first one's own relative clause: "A, whose members formed the upper house,
        // and B", "A, whose members were elected by X, and B": the clause is said of A alone)
        List<Mention> moreAgents = new ArrayList<>(Coordination.describedWithin(a, agent, a.start(v)) ? List.of()
                : Coordination.coordinated(a, agent, right, mentions));
        // (a patient past the clause's colon, "of the King and two chambers: A and B", is the first of the list there)
        int patientsEnd = patient != null && right < a.size() && patient.start() >= a.start(right) ? a.size() : right;
        List<Mention> morePatients = new ArrayList<>(Coordination.describedWithin(a, patient, a.start(v)) ? List.of()
                : Coordination.coordinated(a, patient, patientsEnd, mentions));
        listedAfter.stream().filter(m -> !morePatients.contains(m)).forEach(morePatients::add);
        if (patient == subject) {
            morePatients.addAll(moreSubjects);
        } else if (agent == subject) {
            moreAgents.addAll(moreSubjects);
        }
        int dateEnd = Clauses.dateBoundary(a, right);
        // "replaced the Cardinal Laws imposed by Ostria in 1768": the date after a participle that describes the
        // object is the participle's, not this verb's (an active verb's object only: "was repealed by the Basic Law
        // adopted on 5 May 1951" is repealed that day)
        int described = passive || patient == null || patient.start() < a.end(last) ? -1
                : a.tokenAt(patient.end() - 1) + 1;
        if (described > 0 && described < dateEnd && a.end(described - 1) == patient.end()
                && a.tag(described).equals("VERB") && Character.isLowerCase(a.word(described).charAt(0))
                && !a.word(described).endsWith("ing")
                && !a.word(described).startsWith("un")) { // (not "adopted the charter unchanged on 5 May": the verb's)
            dateEnd = described;
        }
        if (fronted != null && subject == fronted && fronted.start() > a.end(last)) {
            // "Ratified during the autumn, the treaty came into force on 1 January 1953": the participle's dates are
            // before its comma, the main clause's are not its
            dateEnd = Math.min(dateEnd, a.tokenAt(fronted.start()));
        }
        int opener = openingClauseEnd(a, v);
        if (opener > 0) {
            // "After the Conference created X, the cabinet dissolved itself on 3 November": the dates of a clause a
            // subordinator opens the sentence with end at its comma, the main clause's are not its
            dateEnd = Math.min(dateEnd, opener);
        }
        if (personsPossession(a, agent) || personsPossession(a, patient)) {
            return null; // "Ivan Petrov's ministers were chosen by X", "X appointed Ana Sel's councillors": not Petrov
        }
        return new Match(f, v, agent, patient, passive, a.end(last), dateEnd < a.size() ? a.start(dateEnd)
                : a.text().length(), Math.min(before, beforeTo), beforeTo, moreAgents, morePatients);
    }

    /**
     * The comma that closes a clause a subordinator opens the sentence with ("After X created Y, ..."), when the verb at
     * {@code v} stands in it and a noun phrase follows the comma; else -1.
     */
    private static int openingClauseEnd(Annotated a, int v) {
        if (a.size() == 0 || !SUBORDINATE_OPENERS.contains(a.word(0).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = 1; k < v; k++) {
            if (a.word(k).equals(",") || Clauses.STOPS.contains(a.word(k))) {
                return -1; // (the verb is past the clause: "After the war, the Diet was dissolved in 1920")
            }
        }
        for (int k = v + 1; k + 1 < a.size() && !Clauses.STOPS.contains(a.word(k)); k++) {
            if (a.word(k).equals(",")) {
                String next = a.tag(k + 1);
                return next.equals("DET") || next.equals("PROPN") || next.equals("PRON") ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Words that open a clause of another time inside a sentence: "was elected in 1948 after the charter came into
     * force" (not "when", "once", "while": "it met in 1948, when the charter came into force" dates both).
     */
    private static final Set<String> TEMPORAL_SUBORDINATORS = Set.of("after", "before", "until", "till");

    /** Words that open a sentence with a clause of their own before the main one: "After X had met, ...". */
    private static final Set<String> SUBORDINATE_OPENERS = Set.of("after", "when", "once", "while", "although",
            "because", "since", "as", "before", "until", "though", "whereas");

    /**
     * Whether a person's name stands in a possessive before a common noun ("Ivan Petrov's ministers", "Ana Sel's nine
     * councillors"): the noun phrase is the argument, and it names no one.
     */
    private static boolean personsPossession(Annotated a, Mention m) {
        if (m == null || m.kind() != Mention.Kind.NAME
                || !org.constitutionkg.extract.Lexicon.get().names().mayBePerson(m.text())) {
            return false;
        }
        int t = a.tokenAt(m.end() - 1);
        int k = t + 1;
        String w = k < a.size() ? a.word(k) : "";
        String own = a.word(t);
        if (a.end(t) > m.end() && (own.endsWith("'s") || own.endsWith("’s"))) {
            // ("Berg's" one token, as the tokenizer may leave it)
        } else if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
            k++;
        } else {
            return false;
        }
        while (k < a.size() && (a.tag(k).equals("ADJ") || a.tag(k).equals("NUM") || numberWord(a.word(k)))) {
            k++;
        }
        return k < a.size() && a.tag(k).equals("NOUN") && Character.isLowerCase(a.word(k).charAt(0));
    }

    /**
     * Whether a list of verb phrases goes on after the verb at {@code v}: a later ", and" or "and" before a verb (past
     * adverbs and auxiliaries), in the same clause (no relative pronoun or semicolon before it).
     */
    private static boolean verbListGoesOn(Annotated a, int v) {
        for (int k = v + 1; k + 1 < a.size(); k++) {
            String w = a.word(k).toLowerCase(Locale.ROOT);
            if (w.equals(";") || w.equals(".") || Clauses.RELATIVES.contains(w)) {
                return false;
            }
            if (w.equals("and") && a.word(k - 1).equals(",")) {
                int n = k + 1;
                while (n < a.size() && (a.tag(n).equals("ADV") || a.tag(n).equals("AUX"))) {
                    n++;
                }
                return n < a.size() && a.tag(n).equals("VERB");
            }
        }
        return false;
    }

    /** Whether a gerund after "in" follows the object: "followed Y in rejecting it" names a companion, no patient. */
    private static boolean companion(Annotated a, Mention object) {
        int k = a.tokenAt(object.end());
        return k + 1 < a.size() && a.start(k) >= object.end() && a.word(k).equalsIgnoreCase("in")
                && a.word(k + 1).toLowerCase(Locale.ROOT).endsWith("ing") && !a.tag(k + 1).equals("PROPN");
    }

    /**
     * "X was the first (woman) to head the council", "X became the last to sign it": the subject of the copula before
     * "the first/last/only ... to" at token {@code to} is the infinitive's; else null.
     */
    private static Mention firstTo(Annotated a, int to, List<Mention> mentions) {
        int k = to - 1;
        if (k >= 0 && a.tag(k).equals("NOUN") && Character.isLowerCase(a.word(k).charAt(0))) {
            k--; // "woman", "person"
        }
        if (k < 1 || !FIRST.contains(a.word(k).toLowerCase(Locale.ROOT)) || !a.word(k - 1).equalsIgnoreCase("the")) {
            return null;
        }
        int copula = k - 2;
        if (copula < 0 || !(FrameMatcher.BE.contains(a.word(copula).toLowerCase(Locale.ROOT))
                || a.word(copula).equalsIgnoreCase("became"))) {
            return null;
        }
        return Clauses.subjectBefore(a, copula, mentions);
    }

    private static final Set<String> FIRST = Set.of("first", "last", "only", "sole", "second", "third");

    /**
     * The subject of the clause after a past participle that opens the sentence ("Formed in 1919, the council ...",
     * "Renamed X in 1951, it ..."): the mention right after the participle phrase's comma; else null.
     */
    private static Mention frontedSubject(Annotated a, int v, Frame f, List<Mention> mentions) {
        String w = a.word(v).toLowerCase(Locale.ROOT);
        int opening = 0;
        while (opening < v && a.tag(opening).equals("ADV")) {
            opening++; // "First elected by X in 1917, it ...", "Originally formed in 1919, the council ..."
        }
        if (v != opening || !(w.endsWith("ed") || f.forms().contains(w) && !Frames.regularForms(f.verb()).contains(w))) {
            return null;
        }
        boolean aside = false; // past the participle's phrase: an aside with no verb ("shortly after the coup,")
        for (int k = v + 1; k < a.size(); k++) {
            if (a.word(k).equals(",")) {
                Mention m = Clauses.mentionAt(a, k + 1, mentions);
                if (m != null || aside) {
                    return m;
                }
                aside = true; // "Passed by X on 9 May 1948, shortly after the coup, the charter replaced Y"
            } else if (Clauses.STOPS.contains(a.word(k)) || aside && (a.tag(k).equals("VERB")
                    || a.tag(k).equals("AUX") || Clauses.inside(a, k, mentions))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The relative pronoun's token when a mention is the object of the verb of a relative clause without commas ("...
     * that replaced the old Directory", "... which abolished the Senate": a relative pronoun after a noun, a verb, then
     * the mention past its article and adjectives); else -1.
     */
    private static int relativeBeforeObject(Annotated a, Mention m) {
        int t = beforeModifiers(a, m);
        return t >= 2 && a.tag(t).equals("VERB") && Clauses.RELATIVES.contains(a.word(t - 1).toLowerCase(Locale.ROOT))
                && !a.word(t - 2).equals(",") && (a.tag(t - 2).equals("NOUN") || a.tag(t - 2).equals("PROPN"))
                ? t - 1 : -1;
    }

    /** The token before a mention past its article and lower-case adjectives ("the old Directory"); or -1. */
    private static int beforeModifiers(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        while (t >= 0 && (a.tag(t).equals("DET") || a.tag(t).equals("ADJ") && Character.isLowerCase(a.word(t).charAt(0)))) {
            t--;
        }
        return t;
    }

    /** Whether a mention is a possessor: "'s" or "’s" (or a bare apostrophe after -s) right after it. */
    private static boolean possessor(Annotated a, Mention m) {
        String t = a.text();
        int e = m.end();
        return t.startsWith("'s ", e) || t.startsWith("’s ", e) || t.startsWith("' ", e) || t.startsWith("’ ", e);
    }

    /**
     * Whether a mention ends a list of three or more names: "A, B and C", "A, B, and C" (an article before each
     * allowed); not a pair, which as often ends a clause ("abolished the Senate and the Council, renamed X"), nor the
     * second of two clauses ("X was abolished, and the Council, known as Y, ...": one name before ", and").
     */
    private static boolean lastOfAList(Annotated a, Mention m, List<Mention> mentions) {
        int t = Clauses.tokenBefore(a, m); // (past an article)
        if (t < 2 || !a.word(t).equalsIgnoreCase("and")) {
            return false;
        }
        Mention before = Clauses.mentionEndingAt(a, a.word(t - 1).equals(",") ? t - 2 : t - 1, mentions);
        if (before == null) {
            return false;
        }
        int u = Clauses.tokenBefore(a, before);
        return u >= 1 && a.word(u).equals(",") && Clauses.mentionEndingAt(a, u - 1, mentions) != null;
    }

    /**
     * Whether "of" after a common noun governs a mention (past its article and lower-case adjectives): "the third
     * parliament of interwar Velmia" (a noun in lower case the tagger took for a proper one too: "the second congress
     * of X").
     */
    private static boolean governedByOf(Annotated a, Mention m) {
        int t = beforeModifiers(a, m);
        return t >= 1 && a.word(t).equalsIgnoreCase("of") && (a.tag(t - 1).equals("NOUN")
                || a.tag(t - 1).equals("PROPN")) && Character.isLowerCase(a.word(t - 1).charAt(0));
    }

    /** Quotation marks that may close a name before a comma. */
    private static final java.util.Set<String> QUOTES = java.util.Set.of("\"", "”", "’", "'", "»");

    /** Whether a verb's form stands right before a mention (past its article): its object or predicate noun. */
    private static boolean complementOfAVerb(Annotated a, Mention m) {
        int t = Clauses.tokenBefore(a, m);
        while (t >= 0 && a.tag(t).equals("DET")) {
            t--;
        }
        return t >= 0 && (a.tag(t).equals("VERB") || a.tag(t).equals("AUX"));
    }

    /** The match with the rest of a colon's list as more patients (or agents). */
    private static Match withList(Match m, List<Mention> list, boolean agents) {
        List<Mention> rest = list.subList(1, list.size());
        return new Match(m.frame(), m.verb(), m.agent(), m.patient(), m.passive(), m.dateFrom(), m.dateTo(),
                m.beforeFrom(), m.beforeTo(), agents ? rest : m.moreAgents(), agents ? m.morePatients() : rest);
    }

    /** The token of a form of "be" before token {@code j} in its clause, or -1. */
    private static int copulaBefore(Annotated a, int j) {
        for (int k = j - 1; k >= 0 && !Clauses.STOPS.contains(a.word(k)); k--) {
            if (a.tag(k).equals("AUX") && FrameMatcher.BE.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a description's head is plural ("the republics", "the two chambers"). */
    private static boolean plural(Mention m) {
        String t = m.text();
        String head = t.substring(t.lastIndexOf(' ') + 1);
        return head.endsWith("s") && !head.endsWith("ss");
    }

    /** "the Senate, known as ...": a past participle (regular, or an irregular form of the row) after a comma. */
    private static boolean participle(Annotated a, int v, int j, boolean auxiliary, Frame f) {
        String w = a.word(v).toLowerCase(Locale.ROOT);
        // (or after a dash: "- Tenth Convocation (1982–1986) – chaired by X", an item's remark)
        return j >= 0 && (a.word(j).equals(",") || a.word(j).equals("–") || a.word(j).equals("—")) && !auxiliary
                && (w.endsWith("ed") || f.forms().contains(w) && !Frames.regularForms(f.verb()).contains(w));
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

    /**
     * The token of "by" after a verb, past a date or a place between them ("formed in 1836 by", "signed at Velm on 3
     * May by"), else -1.
     */
    private static int byAfterAdverbial(Annotated a, int last) {
        for (int k = last + 1; k < a.size() && k <= last + 6; k++) {
            if (a.word(k).equalsIgnoreCase("by")) {
                return k;
            }
            String t = a.tag(k);
            if (!(t.equals("ADP") || t.equals("NUM") || t.equals("PROPN") || t.equals("DET"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Lower-case words right before a dash, a comma or a colon: " three envoys – ", " the republics, ", " his
     * minister, ", " three republics: ".
     */
    private static final Pattern UNNAMED_AGENTS = Pattern.compile(" (?:\\p{Ll}+ ){0,3}\\p{Ll}+(?= ?[–—,:])");

    /** Whether a name and the head noun of a description of it are of one kind ("Xland Republic", "state"). */
    private static boolean sameKind(String name, String noun) {
        org.constitutionkg.extract.Lexicon lexicon = org.constitutionkg.extract.Lexicon.get();
        java.util.Optional<String> named = lexicon.classOf(name);
        java.util.Optional<String> described = lexicon.descriptionClass(org.constitutionkg.extract.text.Patterns.singular(noun.toLowerCase(Locale.ROOT)))
                .or(() -> lexicon.classOf(org.constitutionkg.extract.text.Patterns.capitalised(noun)));
        org.constitutionkg.extract.OntologyClasses o = org.constitutionkg.extract.OntologyClasses.get();
        return named.isPresent() && described.isPresent() && o.top(named.get()).equals(o.top(described.get()));
    }

    /**
     * Whether a relative clause after {@code subject} has the verb at {@code v} and opens with a singular auxiliary
     * ("..., which was chaired by X", "..., who is elected"), or is a "who" clause of no plural auxiliary and no
     * "both" or "jointly" ("A (1990–1991) and B (1991–1994), who signed X"): what it says is of one thing, not of a
     * list it ends.
     */
    private static boolean singularRelative(Annotated a, Mention subject, int v) {
        int k = a.tokenAt(subject.end() - 1) + 1;
        if (k < v && a.word(k).equals("(")) {
            while (k < v && !a.word(k).equals(")")) {
                k++; // "A (1990–1991) and B (1991–1994), who signed ...": past the last one's dates
            }
            k++;
        }
        if (k + 1 >= a.size() || k >= v || !a.word(k).equals(",")
                || !Clauses.RELATIVES.contains(a.word(k + 1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int j = k + 2; j < v; j++) {
            if (a.word(j).equals(",")) {
                return false; // (the verb is past the clause: "A, B and C, which was founded in 1918, were ...")
            }
        }
        // ("A (1990–1991) and B (1991–1994), who signed X": of persons, a verb of either number is said of the last
        // one, as English mostly means it; "who were", "who both signed", "who jointly chaired" of all)
        boolean who = a.word(k + 1).equalsIgnoreCase("who");
        for (int j = k + 2; j <= v && who; j++) {
            who = !TOGETHER.contains(a.word(j).toLowerCase(Locale.ROOT));
        }
        for (int j = k + 2; j <= v; j++) {
            if (a.tag(j).equals("AUX") || a.tag(j).equals("VERB")) {
                return SINGULAR_AUXILIARIES.contains(a.word(j).toLowerCase(Locale.ROOT))
                        || who && !PLURAL_AUXILIARIES.contains(a.word(j).toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Forms of "be" and "have" of one subject only ("had" is of either). */
    private static final Set<String> SINGULAR_AUXILIARIES = Set.of("was", "is", "has");
    /** Words that say a clause is of several persons at once: "who both signed", "who jointly chaired". */
    private static final Set<String> TOGETHER = Set.of("both", "jointly", "together", "each", "all");
    /** Forms of "be" and "have" of several subjects. */
    private static final Set<String> PLURAL_AUXILIARIES = Set.of("were", "are", "have");

    /**
     * Whether a verb of no frame stands between the verb {@code from} and "and" at {@code j} after a comma that follows
     * {@code from}: a clause of its own, whose verb the one after "and" is coordinated with ("Modelled on X, it
     * contained ... and named Y"; not "formed in 1919 after the war ended and abolished in 1934").
     */
    private static boolean newClauseBetween(Annotated a, int from, int j) {
        int verb = Clauses.verbBefore(a, j);
        if (from < 0 || verb <= from) {
            return false;
        }
        for (int k = from + 1; k < verb; k++) {
            if (a.word(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The first name of the list a mention before a verb ends ("A, B and C" for C), or the mention itself. */
    private static Mention firstOfList(Annotated a, Mention m, List<Mention> mentions) {
        Mention first = m;
        List<Mention> listed = Coordination.coordinatedBefore(a, m, mentions);
        for (Mention x : listed) {
            first = x.start() < first.start() ? x : first;
        }
        if (listed.isEmpty()) {
            return m; // ("On the advice of the Council, Ivan Petrov signed": no list)
        }
        // (the list's first name may stand apart from what it coordinates: "of A, B and C")
        int t = a.tokenAt(first.start()) - 1;
        Mention before = t >= 0 && a.word(t).equals(",") ? Clauses.mentionEndingAt(a, t - 1, mentions) : null;
        return before != null ? before : first;
    }

    /**
     * Whether a mention is the object of a preposition after a common noun ("a commission of X", "the chairman of X",
     * "a delegation from X", "an amendment to X"): a participle after it is the common noun's.
     */
    private static boolean ofCommonNoun(Annotated a, Mention m) {
        int t = prepositionBefore(a, m);
        return t >= 1 && NOUN_PREPOSITIONS.contains(a.word(t).toLowerCase(Locale.ROOT)) && a.tag(t - 1).equals("NOUN")
                && Character.isLowerCase(a.word(t - 1).charAt(0))
                // ("an amendment to X"; not "power belongs to X", a verb in -s the tagger took for a noun)
                && !(a.word(t).equalsIgnoreCase("to") && a.word(t - 1).endsWith("s"));
    }

    /** The token right before a mention, past a determiner: where a preposition governing it stands; or -1. */
    private static int prepositionBefore(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        return t >= 0 && a.tag(t).equals("DET") ? t - 1 : t;
    }

    private static final Set<String> NOUN_PREPOSITIONS = Set.of("of", "from", "for", "to");

    /**
     * The name a sitting's description stands in apposition to, given the name its "of" governs: "The Fifth Congress,
     * the fifth session of the Diet of X, which met in Y": the Fifth Congress; or null.
     */
    private static Mention apposedToSitting(Annotated a, Mention governed, List<Mention> mentions) {
        if (governed == null || !ofSittingNoun(a, governed)) {
            return null;
        }
        int t = prepositionBefore(a, governed) - 2; // before the sitting noun
        while (t > 0 && (a.tag(t).equals("ADJ") || a.tag(t).equals("NUM") || a.tag(t).equals("DET"))
                && !Character.isUpperCase(a.word(t).charAt(0)) || t > 0 && a.tag(t).equals("DET")) {
            t--;
        }
        return t > 0 && a.word(t).equals(",") ? Clauses.mentionEndingAt(a, t - 1, mentions) : null;
    }

    /** Whether a mention is governed by "of" after a sitting noun: "the second convocation of the Congress of X". */
    private static boolean ofSittingNoun(Annotated a, Mention m) {
        int t = prepositionBefore(a, m);
        return t >= 1 && a.word(t).equalsIgnoreCase("of") && Character.isLowerCase(a.word(t - 1).charAt(0))
                && org.constitutionkg.extract.Lexicon.get().isSittingNoun(a.word(t - 1));
    }

    /**
     * Whether the word before a verb ({@code j}) is a common noun of no mention, and a clause ends between the subject
     * found and it (a verb, then a comma, a semicolon, "and" or "but"; no relative pronoun): that noun heads the verb's
     * own subject.
     */
    private static boolean ownUnnamedSubject(Annotated a, int j, Mention subject, List<Mention> mentions) {
        if (j < 0 || !a.tag(j).equals("NOUN") || !Character.isLowerCase(a.word(j).charAt(0))
                || Clauses.inside(a, j, mentions)) {
            return false;
        }
        boolean verb = false;
        boolean broken = false;
        for (int k = a.tokenAt(subject.end() - 1) + 1; k < j; k++) {
            String w = a.word(k);
            if (Clauses.RELATIVES.contains(w.toLowerCase(Locale.ROOT))) {
                return false; // "the Charter, which the king granted in 1849,": the name is the relative's object
            }
            verb |= a.tag(k).equals("VERB") || a.tag(k).equals("AUX");
            broken |= verb && (w.equals(",") || w.equals(";") || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but"));
        }
        // (not "The Sejm and the royal council adopted it": no clause ends between; but "..., and both men signed it")
        return broken || anaphoricPhrase(a, a.tokenAt(subject.end() - 1) + 1, j);
    }

    /**
     * Whether the match before is a participle set off by a comma after the name it is said of ({@code saidOf}), whose
     * phrase ends with the comma before the "and" at {@code and}: ", held in May 1989, and was followed by".
     */
    private static boolean apposedParticiple(Annotated a, Match previous, Mention saidOf, int and) {
        int v = previous.verb();
        if (v < 2 || !a.word(v - 1).equals(",") || !a.word(and - 1).equals(",") || !previous.passive()
                || saidOf == null || saidOf.end() > a.start(v - 1)
                || a.tag(v - 2).equals("VERB") || a.tag(v - 2).equals("AUX")) {
            return false;
        }
        for (int k = v + 1; k < and - 1; k++) {
            if (a.word(k).equals(",") || a.tag(k).equals("AUX")) {
                return false; // (one phrase: no clause of its own between)
            }
        }
        return true;
    }

    /** Words that open a noun phrase of things named before it: "both", "these" (anaphoric-determiners.txt). */
    private static final Set<String> ANAPHORIC = org.constitutionkg.extract.Lexicon.lowerWords(
            "anaphoric-determiners.txt");

    /**
     * Whether the tokens from {@code from} to the noun {@code j} are ", and" (or ", but") and a noun phrase that opens
     * with an anaphoric determiner: "..., and both men signed it", "..., and the two envoys signed it".
     */
    private static boolean anaphoricPhrase(Annotated a, int from, int j) {
        if (from + 2 > j || !a.word(from).equals(",") || !(a.word(from + 1).equalsIgnoreCase("and")
                || a.word(from + 1).equalsIgnoreCase("but"))) {
            return false;
        }
        int d = from + 2;
        String w = a.word(d).toLowerCase(Locale.ROOT);
        if (w.equals("the") && d + 1 < j && (a.tag(d + 1).equals("NUM") || numberWord(a.word(d + 1)))) {
            return true; // "the two men"
        }
        return ANAPHORIC.contains(w) && a.tag(d).equals("DET");
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

    /**
     * Whether a list after the colon at {@code right} is no subject of the verb ending at {@code last}: another verb
     * stands between the two, whose object the list is ("The Governor who chaired X appointed the following ministers:
     * A and B"; but "four republics, which formed X: A, B, C, D" are the four).
     */
    private static boolean colonListOfAnotherVerb(Annotated a, int last, int right) {
        for (int k = last + 1; k < right && k < a.size(); k++) {
            if (a.tag(k).equals("VERB") && !a.word(k).endsWith("ing")
                    && !(k > 0 && (a.tag(k - 1).equals("AUX") || a.tag(k - 1).equals("ADV") || a.word(k - 1).equals(",")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The body a verb counts members of, when a relative clause after a comma describes them ("It had five members, who
     * were appointed by X", "The council consisted of nine members, who were elected by X"): the subject of the verb
     * of counting (COUNTING), no person; or null. Not "a Senate of 274 members, who ...", "with 343 members, who ...":
     * a name's own members, which {@link #bodyOfCountedMembers} reads without the comma. {@code j}: the "who".
     */
    private static Mention bodyCountingMembers(Annotated a, int j, List<Mention> mentions) {
        int noun = j - 2;
        int having = noun - 2; // "had five members", "consisted of five members"
        having -= having >= 1 && a.word(having).equalsIgnoreCase("of") ? 1 : 0;
        if (having < 1 || !a.word(j - 1).equals(",") || !a.word(j).equalsIgnoreCase("who")
                || !a.tag(noun - 1).equals("NUM")
                || !org.constitutionkg.extract.Lexicon.get().memberNouns().contains(a.word(noun).toLowerCase(Locale.ROOT))
                || !(a.tag(having).equals("VERB") || a.tag(having).equals("AUX"))
                || !COUNTING.contains(a.lemma(having).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Mention subject = Clauses.subjectLike(a, having + 1, mentions, true);
        return subject != null && subject.kind() == Mention.Kind.NAME
                && org.constitutionkg.extract.Lexicon.get().names().mayBePerson(subject.text()) ? null : subject;
    }

    /**
     * The body whose members a count before token {@code noun} counts: the name right before its "of", "with" or "had"
     * ("the Diet of Y with 90 deputies", "the Senate had 40 senators", "It had 90 members"), or the name a phrase of
     * such a count is apposed to ("the Senate of X, a body of 40 senators"); or null.
     */
    private static Mention bodyOfCountedMembers(Annotated a, int noun, List<Mention> mentions) {
        // (see also bodyCountingMembers: the same members set off by a comma, counted by a verb of their body)
        int k = noun - 1;
        while (k >= 0 && (a.tag(k).equals("NUM") || a.tag(k).equals("ADJ") || numberWord(a.word(k)))) {
            k--;
        }
        if (k < 0 || k == noun - 1 || !(a.word(k).equalsIgnoreCase("of") || a.word(k).equalsIgnoreCase("with")
                || HAVE.contains(a.word(k).toLowerCase(Locale.ROOT)))) {
            return null; // (a count must stand before the noun: "members who" alone may be anyone's)
        }
        Mention named = Clauses.mentionBefore(a, k, mentions);
        if (named == null && k >= 3 && a.word(k).equalsIgnoreCase("of") && a.tag(k - 1).equals("NOUN")
                && a.tag(k - 2).equals("DET") && a.word(k - 3).equals(",")) {
            named = Clauses.mentionBefore(a, k - 2, mentions); // "the Senate of X, a body of 40 senators who"
        }
        // only a body named right before the count, as its own subject or apposed: not a person ("Ivo Brant had 30
        // delegates who"), nor a verb's object ("replaced it with 40 councillors who"), nor what a count only goes
        // with ("together with 40 deputies who": no name before "with")
        if (named == null || named.kind() == Mention.Kind.NAME
                && org.constitutionkg.extract.Lexicon.get().names().mayBePerson(named.text())) {
            return null;
        }
        int before = a.tokenAt(named.start()) - 1;
        if (before >= 0 && a.tag(before).equals("DET")) {
            before--;
        }
        return before >= 0 && (a.tag(before).equals("VERB") || a.tag(before).equals("ADP")) ? null : named;
    }

    /**
     * The body whose members a verb of election is said of, the subject standing right before its auxiliaries at
     * {@code j}: "its members" (what "it" is), "whose deputies" (the name before "whose"), "the members of X" (X);
     * else null.
     */
    private static Mention membersOf(Annotated a, int j, List<Mention> mentions) {
        if (j < 0) {
            return null;
        }
        if (isMemberNoun(a.word(j), true)) {
            int b = j - 1;
            while (b >= 0 && (a.tag(b).equals("NUM") || a.tag(b).equals("ADJ") || numberWord(a.word(b))
                    || a.word(b).equals("-") && b > 0 && numberWord(a.word(b - 1)))) {
                b--; // "Half of its 120 councillors", "its elected members", "its forty-five members"
            }
            String before = b < 0 ? "" : a.word(b).toLowerCase(Locale.ROOT);
            if (b == j - 1 && (b < 0 || before.equals(";")) && isMemberNoun(a.word(j), false)) {
                // "Deputies were elected by ...", "...; deputies were chosen by ...": the members of a body, as "the
                // deputies" are (the one whose name holds their noun, else what the text speaks of)
                return new Mention(a.start(j), a.end(j), Mention.Kind.DESCRIPTION, a.word(j));
            }
            if (before.equals("its") || before.equals("their")) {
                return new Mention(a.start(b), a.end(b), Mention.Kind.PRONOUN, "it");
            }
            if (b >= 0 && (before.endsWith("'s") || before.endsWith("’s"))) {
                // "the court's nine judges were elected by X": the body named or described before the possessive
                for (Mention m : mentions) {
                    if (m.kind() != Mention.Kind.PRONOUN && m.end() <= a.end(b) && m.end() >= a.end(b) - 2
                            && m.start() < a.end(b) - 2) {
                        // (a body's, not a person's: "Ivan Petrov's commissioners were appointed by the Diet")
                        return m.kind() == Mention.Kind.NAME && org.constitutionkg.extract.Lexicon.get().names()
                                .mayBePerson(m.text()) ? null : m;
                    }
                }
                // ("the court's": a description the finder left in its possessive, of what the text speaks of)
                return b >= 1 && a.word(b - 1).equalsIgnoreCase("the") && Character.isLowerCase(before.charAt(0))
                        ? new Mention(a.start(b - 1), a.end(b) - 2, Mention.Kind.DESCRIPTION,
                                a.text().substring(a.start(b - 1), a.end(b) - 2)) : null;
            }
            return before.equals("whose") ? Clauses.mentionBefore(a, b, mentions) : null;
        }
        Mention of = Clauses.mentionEndingAt(a, j, mentions);
        int t = of == null ? -1 : a.tokenAt(of.start()) - 1;
        if (t >= 1 && a.word(t).equalsIgnoreCase("the")) {
            t--; // (a mention may or may not hold its article)
        }
        return t >= 1 && a.word(t).equalsIgnoreCase("of") && isMemberNoun(a.word(t - 1), true) ? of : null;
    }

    /** A number in words, whatever the tagger took it for: "seventy", "forty" (numbers.tsv). */
    private static boolean numberWord(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                && org.constitutionkg.extract.Lexicon.get().number(w).isPresent();
    }

    /** Nouns of one kind of body's members, with whose they are ("its judges"): owned-member-nouns.txt. */
    private static final Set<String> OWNED_MEMBERS = org.constitutionkg.extract.Lexicon.lowerWords(
            "owned-member-nouns.txt");

    /** The tags of a word before a noun in its noun phrase: a determiner, a number, an adjective, a possessive. */
    private static final Set<String> BEFORE_A_NOUN = Set.of("DET", "NUM", "ADJ", "PRON");

    /**
     * Whether a name is the object of "of" after the plural of an organ's head noun, a determiner, a number or an
     * adjective before it ("two new departments of the Senate", "the commissions of the Diet"): "which" after it
     * stands for those organs (not "in the hands of X, which", nor "the deputies of the Diet, which": the name's).
     */
    private static boolean ofAPluralThing(Annotated a, Mention m) {
        int noun = Clauses.nounBefore(a, m, "of");
        if (noun < 1 || !BEFORE_A_NOUN.contains(a.tag(noun - 1))) {
            return false;
        }
        String w = a.word(noun).toLowerCase(Locale.ROOT);
        String one = org.constitutionkg.extract.text.Patterns.singular(w);
        // (the plural of an organ's or a part's head noun: "departments", "commissions"; not "in the hands of X, which")
        return !one.equals(w) && org.constitutionkg.extract.Lexicon.get().genericHeads().contains(one);
    }

    /**
     * A noun a body's members are counted with, or its singular: "members", "member" ("Each member of X was ..."); with
     * {@code owned}, a noun of its members too ("its judges").
     */
    private static boolean isMemberNoun(String w, boolean owned) {
        String lower = w.toLowerCase(Locale.ROOT);
        Set<String> nouns = org.constitutionkg.extract.Lexicon.get().countNouns(); // (count-nouns.txt)
        // (nouns of one kind of body's members, "judges", "senators" (owned-member-nouns.txt), only with whose they
        // are: "its judges", "the court's judges"; bare, "senators were elected by X" may be another body's)
        Set<String> members = owned ? OWNED_MEMBERS : Set.of();
        return nouns.contains(lower) || nouns.contains(lower + "s") || members.contains(lower)
                || members.contains(lower + "s");
    }

    /** One relative clause or apposition between commas, then at most three words (auxiliaries, adverbs). */
    private static final java.util.regex.Pattern INSERTION = java.util.regex.Pattern.compile(
            ",[^,;()]+,(?:\\s+[\\p{L}']+){0,3}\\s*");

    /** Whether no comma stands between two offsets. */
    private static boolean noComma(Annotated a, int from, int to) {
        return a.text().substring(from, to).indexOf(',') < 0;
    }

    /** The name before a person's phrase in its clause ("the Provisional Government under Ivan Petrov"), or null. */
    private static Mention thingBeforePerson(Annotated a, Mention person, List<Mention> mentions) {
        Mention out = null;
        for (Mention m : mentions) {
            if (m.kind() == Mention.Kind.NAME && m.end() <= person.start()) {
                out = m;
            }
        }
        if (out == null) {
            return null;
        }
        for (int k = a.tokenAt(out.end() - 1) + 1; k < a.size() && a.start(k) < person.start(); k++) {
            if (!(a.tag(k).equals("ADP") || a.tag(k).equals("DET"))) {
                return null; // (only a preposition between: "under"; not "the Diet and the cabinet of X")
            }
        }
        return out;
    }
}
