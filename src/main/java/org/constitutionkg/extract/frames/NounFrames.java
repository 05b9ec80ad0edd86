package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.Patterns;

/**
 * Frames said by a noun instead of a verb, for {@link FrameMatcher}: a noun naming the event of a frame's verb
 * ("until its abolition in 1934", nominalizations.tsv), and a noun of office, part or instrument naming who holds it
 * or what it is ("Ivan Petrov was elected chairman of the council", role-nouns.tsv).
 */
final class NounFrames {

    private NounFrames() {
    }

    /** Possessive determiners that stand for the thing spoken of: "its abolition". */
    private static final Set<String> POSSESSIVES = Set.of("its", "their");
    /** Prepositions of time or circumstance before a noun of an event that make it a fact ("until its abolition"). */
    private static final Set<String> EVENT_PREPOSITIONS = Set.of("until", "till", "after", "before", "since", "upon",
            "following", "at", "from", "on");

    /**
     * A noun naming a frame's event ("abolition", nominalizations.tsv): its patient the possessive before it ("its",
     * "the Senate's") or its "of" object, its agent a "by" object right after, its date an "in" or "on" right after
     * that. Only after a preposition of time or circumstance ("until its replacement in 1958"): "called for its
     * abolition" or "demanded the dissolution of X" state nothing.
     */
    static FrameMatcher.Match event(Annotated a, int i, Frame f, Optional<String> nounDate, List<Mention> mentions,
            Predicate<String> descriptionHead) {
        int k = i - 1;
        while (k >= 0 && a.tag(k).equals("ADJ") && lowerOrOrdinal(a.word(k))) {
            k--; // "its eventual replacement", "the formal dissolution"
        }
        Mention patient = null;
        int first; // the first token of the noun phrase
        String before = k >= 0 ? a.word(k).toLowerCase(Locale.ROOT) : "";
        if (POSSESSIVES.contains(before)) {
            // "the Charter, which stayed in force until its replacement": the relative's antecedent; "the Diet of X
            // sat in Xtown until its dissolution": the sentence's subject; else what "it" is
            Mention subject = Clauses.relativeAntecedent(a, k, mentions);
            if (subject == null) {
                subject = Clauses.subjectLike(a, k, mentions);
            }
            patient = subject != null ? subject : new Mention(a.start(k), a.end(k), Mention.Kind.PRONOUN, a.word(k));
            first = k;
        } else if (before.endsWith("'s") || before.endsWith("’s")) {
            // "the Senate's abolition", "the council's formation" (the tokenizer keeps "council's" whole)
            int end = before.length() == 2 ? a.end(k - 1) : a.end(k) - 2;
            for (Mention m : mentions) {
                if (m.end() == end) {
                    patient = m;
                }
            }
            String noun = before.substring(0, before.length() - 2);
            if (patient == null && before.length() > 2 && k > 0 && a.word(k - 1).equalsIgnoreCase("the")
                    && descriptionHead.test(noun)) {
                patient = new Mention(a.start(k - 1), end, Mention.Kind.DESCRIPTION, "the " + noun);
            }
            if (patient == null) {
                return null;
            }
            first = a.tokenAt(patient.start());
            if (first > 0 && a.tag(first - 1).equals("DET")) {
                first--;
            }
        } else if (before.equals("the")) {
            first = k;
        } else {
            return null;
        }
        int right = Clauses.rightBoundary(a, i);
        int next = i + 1;
        if (patient == null) {
            // "the abolition of the Senate"
            if (next >= right || !a.word(next).equalsIgnoreCase("of")) {
                return null;
            }
            int start = next + 1 < a.size() && a.tag(next + 1).equals("DET") ? next + 2 : next + 1;
            for (Mention m : mentions) {
                if (start < a.size() && m.start() == a.start(start)) {
                    patient = m;
                }
            }
            if (patient == null) {
                return null;
            }
            next = a.tokenAt(patient.end() - 1) + 1;
        }
        if (first == 0 || !EVENT_PREPOSITIONS.contains(a.word(first - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (first >= 2 && Set.of("from", "on").contains(a.word(first - 1).toLowerCase(Locale.ROOT))
                && (a.tag(first - 2).equals("NOUN") || a.tag(first - 2).equals("VERB"))) {
            // "a pamphlet on the abolition of X", "the debate on its adoption", "voted on its abolition": a noun's or
            // a verb's object, no time
            return null;
        }
        Mention agent = null;
        if (next < right && a.word(next).equalsIgnoreCase("by")) {
            agent = Complements.after(a, next - 1, right, mentions, "by");
            if (agent != null) {
                next = a.tokenAt(agent.end() - 1) + 1;
            }
        }
        // the date right after: "in 1958", "on 6 October 1917"
        int dateFrom = next < a.size() ? a.start(next) : a.text().length();
        int dateTo = dateFrom;
        if (next < right && (a.word(next).equalsIgnoreCase("in") || a.word(next).equalsIgnoreCase("on"))) {
            dateTo = a.end(Math.min(next + 4, right - 1));
        }
        Frame event = nounDate.map(d -> new Frame(f.lemma(), d, f.property(), f.forward(),
                f.agentClass(), f.forms(), f.preposition(), f.byAgent())).orElse(f);
        return new FrameMatcher.Match(event, i, agent, patient, false, dateFrom, dateTo, 0, 0, List.of(), List.of());
    }

    /**
     * Verbs that put a holder in the office or place a noun names: "was elected chairman", "served as president",
     * "was the upper house".
     */
    private static final Set<String> TAKING_OFFICE = Set.of("elect", "appoint", "become", "serve", "name", "make",
            "choose", "remain", "select", "install", "be", "form", "constitute", "constitut", "confirm", "re-elect",
            "reelect");

    /** Verbs of {@link #TAKING_OFFICE} whose active subject chooses another: "the council elected the members of X". */
    static final Set<String> CHOOSING = Set.of("elect", "appoint", "name", "make", "choose", "select",
            "install", "confirm", "re-elect", "reelect");

    /**
     * Verbs whose subject is the part their object names: "X formed the upper house", "X constituted the lower" (the
     * lemmatizer gives "constitut" for "constituted").
     */
    private static final Set<String> FORMING = Set.of("form", "constitute", "constitut");
    private static final java.util.regex.Pattern TITLE_OF = java.util.regex.Pattern.compile("^\\S+ of (?:the )?(.+)$");

    /**
     * Who holds an office a noun names, what is the part or the instrument it names (role-nouns.tsv): "Ivan Petrov was
     * elected chairman of the council", "Ivan Petrov served as president of the council", "Ivan Petrov, chairman of the
     * council,", "the chairman of the council, Ivan Petrov,", "the chairman of the council was Ivan Petrov", "the
     * Senate, the upper house of the Diet,". The match's patient is the body (or the whole, or the state), its agent
     * the person (or the part, or the instrument). A qualifier of {@code notRole} before the noun ("deputy chairman")
     * makes it another office.
     */
    static List<FrameMatcher.Match> roles(Annotated a, List<Mention> mentions,
            java.util.function.Function<String, Optional<Frame>> roleFrame, Set<String> notRole) {
        List<FrameMatcher.Match> out = new java.util.ArrayList<>();
        for (int r = 0; r < a.size(); r++) {
            String w = a.word(r).toLowerCase(Locale.ROOT);
            String singular = Patterns.singular(w); // "chairmen", "chambers"
            String pair = r > 0 ? a.word(r - 1).toLowerCase(Locale.ROOT) + " " : null;
            int first = r; // "constituent republics": a noun of two words
            Optional<Frame> f = Optional.empty();
            for (String key : new String[] {pair == null ? null : pair + w, pair == null ? null : pair + singular, w,
                    singular}) {
                if (key != null && f.isEmpty()) {
                    f = roleFrame.apply(key);
                    first = key.contains(" ") ? r - 1 : r;
                }
            }
            if (f.isEmpty() || first > 0 && notRole.contains(a.word(first - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            Mention body = null;
            Mention colonListed = null;
            Mention inside = null;
            int its;
            for (Mention m : mentions) {
                if (m.kind() == Mention.Kind.NAME && a.start(r) >= m.start() && a.end(r) <= m.end()
                        && !(r == 0 && m.end() == a.end(0))) {
                    inside = m; // a name, not "the upper house" as a description (nor "Chairmen" opening a sentence)
                }
            }
            if (inside != null) {
                // "Chairman of the Council of Xland" found as one name: the office and its body
                java.util.regex.Matcher t = TITLE_OF.matcher(inside.text());
                if (inside.start() != a.start(r) || !t.matches() || !f.get().agentClass().equals("Person")) {
                    continue; // (an office's: "House of Representatives of X" is a name, no house of something)
                }
                int from = inside.start() + t.start(1);
                body = new Mention(from, inside.end(), Mention.Kind.NAME, t.group(1));
            } else if (r + 1 < a.size() && (a.word(r + 1).equalsIgnoreCase("of")
                    || a.word(r + 1).equalsIgnoreCase("within") && !f.get().agentClass().equals("Person"))) {
                // ("an autonomous republic within X": a part, never an office, "within" its whole)
                body = Clauses.mentionAt(a, r + 2, mentions);
                int k = r + 2 < a.size() && a.tag(r + 2).equals("DET") ? r + 3 : r + 2;
                while (body == null && k < a.size() && k < r + 5 && (a.tag(k).equals("ADJ")
                        || a.tag(k).equals("VERB") && a.word(k).endsWith("ed"))
                        && Character.isLowerCase(a.word(k).charAt(0))) {
                    // "the two houses of the new (reformed) Xland Parliament, A and B": past the adjectives
                    body = Clauses.mentionAt(a, ++k, mentions);
                }
            } else if ((its = possessiveBefore(a, first)) >= 0) {
                if (a.word(its).equalsIgnoreCase("its")) {
                    // "its first chairman": the body is what "it" is; "the Council of X, represented by its
                    // chairman": the name the participle is said of
                    Mention owner = participleOwner(a, its, mentions);
                    owner = owner != null ? owner : asItsOwner(a, its, mentions);
                    body = owner != null ? owner : new Mention(a.start(its), a.end(its), Mention.Kind.PRONOUN, "it");
                    first = its;
                } else if ((body = possessor(a, its, mentions)) != null) {
                    first = a.tokenAt(body.start()); // "the Senate's successor, the Diet": the Senate's
                }
            } else if (!f.get().agentClass().equals("Person") && !w.equals(singular)
                    && (its = ofCount(a, first)) >= 0 && (colonListed = afterColon(a, r, mentions)) != null) {
                // "the Landtag, a parliament of two chambers:" / "- the First Chamber ...": the body the counted
                // parts are of (the name a description stands in apposition to), the parts listed after the colon
                body = Clauses.mentionEndingAt(a, its - 1, mentions);
                int d = body == null ? its - 1 : a.tokenAt(body.start()) - 1;
                if (body == null || body.kind() == Mention.Kind.DESCRIPTION) {
                    while (d >= 0 && body == null && Character.isLowerCase(a.word(d).charAt(0))
                            && (a.tag(d).equals("NOUN") || a.tag(d).equals("ADJ"))) {
                        d--; // "a parliament": a common noun of no mention
                    }
                    d -= body == null && d >= 0 && a.tag(d).equals("DET") ? 1 : 0;
                    body = d >= 1 && a.word(d).equals(",") ? Clauses.mentionBefore(a, d + 1, mentions) : body;
                }
                body = body != null && body.kind() == Mention.Kind.NAME ? body : null;
            } else if (!f.get().agentClass().equals("Person") && (its = haveBefore(a, first)) >= 0
                    && listedAfter(a, r) && !MEMBERS.contains(singular + "s")) {
                // "It had two chambers: A and B", "The Diet has an upper house, the Senate,": the parts of what
                // has them, named after the noun
                boolean relative = its >= 3 && Set.of("which", "that").contains(a.word(its - 1).toLowerCase(Locale.ROOT))
                        && a.word(its - 2).equals(",");
                // "... with the Federal Assembly, which had two chambers: A and B": the name before the relative
                // clause, a name only
                body = !relative ? Clauses.subjectBefore(a, its, mentions) // (none before "Having two chambers, ...")
                        : Optional.ofNullable(Clauses.mentionEndingAt(a, its - 3, mentions))
                                .filter(x -> x.kind() == Mention.Kind.NAME).orElse(null);
            }
            if (body == null && opensSentence(a, first)
                    && r + 1 < a.size() && a.tag(r + 1).equals("AUX")
                    && FrameMatcher.BE.contains(a.word(r + 1).toLowerCase(Locale.ROOT))) {
                // "The first chairman was Ivan Petrov", "The upper chamber was the Senate of X": of what the text
                // speaks of ("its")
                body = new Mention(a.start(0), a.end(0), Mention.Kind.PRONOUN, "it");
            }
            if (body == null && f.get().agentClass().equals("Person") && !w.equals(singular)
                    && onlyModifiersBefore(a, first) && includedAfter(a, r, mentions) > 0
                    && !a.word(r + 1).equalsIgnoreCase("of") && !AMBIGUOUS_PLURALS.contains(w)) {
                // "Chairmen after Ivan Dorn included A and B", "Notable chairmen included A": of what the text speaks of
                body = new Mention(a.start(0), a.end(0), Mention.Kind.PRONOUN, "it");
            }
            if (body == null && !f.get().agentClass().equals("Person") && r + 1 < a.size() && a.word(r + 1).equals(",")
                    && (opensSentence(a, first) || appositionAfterComma(a, first))) {
                // "The lower chamber, the Chamber of Envoys, was elected", "The Council of Magnates, the upper house,
                // was appointed": a part of what the text speaks of, in apposition (as though "it" opened the
                // sentence: the names before it in the paragraph, not the part's own name, are what it may be)
                body = new Mention(a.start(0), a.start(0), Mention.Kind.PRONOUN, "it");
            }
            if (body == null && !f.get().agentClass().equals("Person") && formsPart(a, first, r)) {
                // "The House of Magnates, which formed the upper house, met in X": a part of what the text speaks of
                body = new Mention(a.start(first), a.end(first), Mention.Kind.PRONOUN, "it");
            }
            Mention whoseHolder = null;
            int whose = first - 1;
            while (whose >= 0 && (a.tag(whose).equals("ADJ") || a.tag(whose).equals("NUM"))) {
                whose--; // "whose first chairman"
            }
            if (body == null && whose >= 1 && a.word(whose).equalsIgnoreCase("whose")) {
                // "the Presidium, whose chairman, Ivan Petrov, signed ...", "X, whose chairman was Ivan Petrov": the
                // name before "whose" is the body, the name after the noun (in apposition, or after "was") the holder
                body = Clauses.mentionBefore(a, whose, mentions);
                int after = r + 1;
                if (after + 1 < a.size() && (a.word(after).equals(",") || a.tag(after).equals("AUX")
                        && FrameMatcher.BE.contains(a.word(after).toLowerCase(Locale.ROOT)))) {
                    // "whose chairman was the economist Ivan Petrov": the name after the description
                    Mention d = described(a, after + 1, mentions);
                    whoseHolder = d != null ? d : Clauses.mentionAt(a, after + 1, mentions);
                }
                if (body == null || whoseHolder == null) {
                    continue;
                }
            }
            if (body == null && f.get().agentClass().equals("Person") && bareOffice(a, first, r, mentions)) {
                // "X was elected speaker at the opening sitting", "Y became chairman in 1936": the office of what the
                // text speaks of
                body = new Mention(a.start(first), a.end(first), Mention.Kind.PRONOUN, "it");
            }
            Mention replaced = f.get().agentClass().equals("Person") ? replacedAs(a, first, mentions) : null;
            Mention[] passive = replaced == null && f.get().agentClass().equals("Person")
                    ? replacedAsBy(a, first, r, mentions) : null;
            if (passive != null) {
                replaced = passive[0]; // "X was replaced as chairman by Y": X held the office before Y
            }
            if (body == null && replaced != null && !(r + 1 < a.size() && a.word(r + 1).equalsIgnoreCase("of"))
                    && (passive != null || noOtherWhose(a, r, mentions))) {
                // (the passive's agent after "by" is the holder, no other's name)
                // "In 1906 Y replaced X as chairman": the office of what the text speaks of
                body = new Mention(a.start(first), a.end(first), Mention.Kind.PRONOUN, "it");
            }
            Mention with = f.get().agentClass().equals("Person") ? withAs(a, first, mentions, notRole) : null;
            if (body == null && with != null) {
                body = new Mention(a.start(first), a.end(first), Mention.Kind.PRONOUN, "it"); // "as the chairman"
            }
            if (body == null) {
                continue;
            }
            if (with != null && body.kind() == Mention.Kind.PRONOUN) {
                // "elected a new Council of X, with Ivan Petrov as its chairman": the council's, the name before
                int withToken = a.tokenAt(with.start()) - 1;
                Mention named = Clauses.mentionBefore(a, withToken, mentions);
                if (named != null && named.kind() == Mention.Kind.DESCRIPTION) {
                    // "proclaimed the Council of X the new government, with Y as its chairman": the name the
                    // description is said of, before it
                    named = Clauses.mentionBefore(a, a.tokenAt(named.start()), mentions);
                }
                if (named == null && withToken > 1 && a.word(withToken - 1).equals(",")) {
                    // "elected a new Council of X of 97 members, with Y as its chairman": the verb's object named
                    // before "with"; "the Council of X became the supreme authority, with Y as its head": after a
                    // copula, the clause's subject (never the subject of another verb: "The Diet elected a
                    // commission, with Y as its chairman" names no chair of the Diet)
                    int verb = withToken - 1;
                    while (verb >= 0 && !(a.tag(verb).equals("VERB") || a.tag(verb).equals("AUX"))) {
                        verb--;
                    }
                    // (a name that opens with a capital: a mention in lower case is no object a chair belongs to)
                    for (Mention x : mentions) {
                        if (verb >= 0 && x.kind() == Mention.Kind.NAME && Character.isUpperCase(x.text().charAt(0))
                                && x.start() > a.start(verb)
                                && x.end() <= a.start(withToken)) {
                            named = x;
                        }
                    }
                    int aux = Clauses.auxiliariesBefore(a, verb);
                    if (named == null && a.tag(withToken - 2).equals("NOUN") && afterCopula(a, withToken - 2)) {
                        named = Clauses.subjectBefore(a, withToken, mentions);
                    } else if (named == null && verb > 0 && a.tag(verb).equals("VERB") && aux < verb
                            && FrameMatcher.BE.contains(a.word(aux).toLowerCase(Locale.ROOT))) {
                        // "The House of X was constituted soon after, with Y as its president": a passive's subject
                        named = Clauses.subjectBefore(a, aux, mentions);
                    } else if (named == null && a.tag(withToken - 2).equals("NOUN")
                            && Character.isLowerCase(a.word(withToken - 2).charAt(0))) {
                        continue; // "its" is the unnamed commission's
                    }
                }
                if (named != null && Clauses.afterPreposition(a, named) && withToken > 1
                        && a.word(withToken - 1).equals(",")) {
                    // "The Council met in Ytown, with Y as its chairman": the subject of a verb with no object
                    int verb = a.tokenAt(named.start()) - 1;
                    while (verb >= 0 && !a.tag(verb).equals("VERB")) {
                        verb--;
                    }
                    if (verb > 0 && objectBetween(a, verb, withToken)) {
                        continue; // "sent a delegation to X, with Y as its chairman": the delegation's
                    }
                    int aux = Clauses.auxiliariesBefore(a, verb);
                    // (a name right after the verb, its particle and an article, is its object, whose "its" it is: "set
                    // up the Executive Committee in Ytown, with Y as its chairman")
                    int o = verb + 1;
                    if (o + 1 < a.size() && a.tag(o).matches("ADP|ADV|PART") && a.tag(o + 1).equals("DET")) {
                        o++; // ("set up the")
                    }
                    if (o < a.size() && a.tag(o).equals("DET")) {
                        o++;
                    }
                    Mention object = verb >= 0 && o < a.size() ? Clauses.mentionAt(a, o, mentions) : null;
                    object = object != null && object.kind() == Mention.Kind.NAME && object.end() <= named.start()
                            ? object : null;
                    Mention subject = object != null ? object
                            : verb > 0 ? Clauses.subjectBefore(a, aux, mentions) : null;
                    named = subject != null ? subject : named;
                }
                // (not a place a preposition governs: "opened in the Tauride Palace, with X as chairman")
                body = named != null && named.kind() == Mention.Kind.NAME && !Clauses.afterPreposition(a, named)
                        ? named : body;
            }
            if (colonListed == null && !f.get().agentClass().equals("Person") && !w.equals(singular)
                    && body.kind() == Mention.Kind.NAME && body.start() > a.start(r)) {
                // "kept the two chambers of the diet:" / "- the First Chamber ...": the parts listed after the colon
                int end = a.tokenAt(body.end() - 1) + 1;
                colonListed = end < a.size() && a.word(end).equals(":") ? afterColon(a, end - 1, mentions) : null;
            }
            Mention replacer = passive != null ? passive[1] : replaced == null ? null : Clauses.subjectBefore(a,
                    Clauses.auxiliariesBefore(a, a.tokenAt(replaced.start()) - 1), mentions);
            Mention person = whoseHolder != null ? whoseHolder : colonListed != null ? colonListed
                    : with != null ? with : replacer != null ? replacer : holder(a, inside != null
                    ? a.tokenAt(inside.start()) : first, body.start() < a.start(r) ? r : a.tokenAt(body.end() - 1),
                    mentions, !f.get().agentClass().equals("Person"));
            if (person != null && person.kind() == Mention.Kind.DESCRIPTION && MEMBERS.contains(person.text()
                    .substring(person.text().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))) {
                // "Its members, the senators, were appointed by X": persons who sit in a body, no part of it (nor
                // the body their noun recalls, "the Senate")
                continue;
            }
            if (person != null && !w.equals(singular) && f.get().agentClass().equals("Person")
                    && person.start() > body.end() && a.text().substring(body.end(), person.start())
                            .matches(",? (?:and |or )?(?:the )?")) {
                // "the presidents of A, B and C": the names after the first body are more bodies, no holders
                continue;
            }
            // an office is held by a person, named; a part or a state's constitution may be "it" or "the charter"
            if (person != null && (person.kind() == Mention.Kind.NAME || !f.get().agentClass().equals("Person"))) {
                // "the two chambers of X, the Senate and the Diet": every name listed
                int end = Clauses.rightBoundary(a, a.tokenAt(person.end() - 1));
                // (not "signed by its chairman, A, and by B": B holds no office the noun names)
                // (nor when the noun stands in the holder's own relative clause: "A, whose members formed the upper
                // house, and B": A's alone)
                List<Mention> more = new ArrayList<>(Coordination.describedWithin(a, person, a.start(r)) ? List.of()
                        : Coordination.coordinated(a, person, end, mentions).stream().filter(m -> !afterBy(a, m))
                                .toList());
                if (!w.equals(singular) && person.end() <= a.start(r)) {
                    // "the Senate and the Diet were its two chambers": the names listed before the plural noun
                    more.addAll(Coordination.coordinatedBefore(a, person, mentions));
                }
                if (person == replacer && replaced != null) {
                    more.add(replaced); // "Y replaced X as chairman": X held the office before
                }
                out.add(new FrameMatcher.Match(f.get(), r, person, body, false, a.end(r), a.end(r), 0, 0, more,
                        List.of()));
            }
        }
        return out;
    }

    /**
     * The name after a description of a person ("the printer Ivan Petrov", "the lawyer and poet Ivan Dorn"): an article,
     * lower-case nouns and adjectives, then a name; else null.
     */
    private static Mention described(Annotated a, int k, List<Mention> mentions) {
        if (k >= a.size() || !Clauses.ARTICLES.contains(a.word(k).toLowerCase(Locale.ROOT))) {
            return null;
        }
        int j = k + 1;
        while (j < a.size() && (Character.isLowerCase(a.word(j).charAt(0)) && (a.tag(j).equals("NOUN")
                || a.tag(j).equals("ADJ") || a.word(j).equals("and"))
                || a.word(j).length() > 1 && a.word(j).charAt(0) == '-' && Character.isLowerCase(a.word(j).charAt(1))
                || j + 1 < a.size() && (a.tag(j).equals("ADJ") || a.tag(j).equals("PROPN"))
                && Character.isLowerCase(a.word(j + 1).charAt(0)) && a.tag(j + 1).equals("NOUN"))) {
            j++; // (a capitalised adjective before a lower-case noun: "the Xian economist Ivan Petrov")
        }
        Mention m = j > k + 1 && j < a.size() ? Clauses.mentionAt(a, j, mentions) : null;
        return m != null && m.kind() == Mention.Kind.NAME && m.start() == a.start(j) ? m : null;
    }

    /** Whether the noun phrase ending at token {@code noun} follows a copula: "was the government", "became the ...". */
    private static boolean afterCopula(Annotated a, int noun) {
        return Clauses.copulaBefore(a, noun) >= 0;
    }

    /**
     * The name a past participle with "by its" is said of: "the report of the Council of X delivered by its chairman",
     * "the Council of X, represented by its chairman" (the Council's chairman, not the sentence subject's); else null.
     */
    private static Mention participleOwner(Annotated a, int its, List<Mention> mentions) {
        int by = its - 1;
        if (by < 1 || !a.word(by).equalsIgnoreCase("by") || !a.tag(by - 1).equals("VERB")
                || !a.word(by - 1).toLowerCase(Locale.ROOT).matches("\\p{Ll}+(?:ed|en|wn|ld|ght)")) {
            return null;
        }
        Mention m = Clauses.mentionBefore(a, by - 1, mentions);
        return m != null && m.kind() == Mention.Kind.NAME ? m : null;
    }

    /**
     * "The Council of X elected Ivan Petrov as its chairman": "its" after "as" and a verb of taking office's object is
     * the verb's subject's, when that is a name or a definite description ("the diet"); else null.
     */
    private static Mention asItsOwner(Annotated a, int its, List<Mention> mentions) {
        if (its < 3 || !a.word(its - 1).equalsIgnoreCase("as")) {
            return null;
        }
        Mention object = Clauses.mentionEndingAt(a, its - 2, mentions);
        int v = object == null ? -1 : a.tokenAt(object.start()) - 1;
        if (v < 1 || !a.tag(v).equals("VERB") || !TAKING_OFFICE.contains(a.lemma(v).toLowerCase(Locale.ROOT))
                || a.word(v - 1).equalsIgnoreCase("with")) {
            return null;
        }
        // (a verb after "and" shares the subject of the verb before it: "was opened by its eldest deputy, X, and
        // elected Y as its chairman" is the congress's act, not X's)
        int shared = a.word(v - 1).equalsIgnoreCase("and") ? Clauses.verbBefore(a, v - 1) : -1;
        int aux = Clauses.auxiliariesBefore(a, shared); // ("was dissolved", "was then opened")
        Mention subject = shared >= 0 ? Clauses.subjectBefore(a, aux, mentions) : Clauses.subjectBefore(a, v, mentions);
        if (subject == null && shared < 0 && Clauses.RELATIVES.contains(a.word(v - 1).toLowerCase(Locale.ROOT))) {
            // "... formed the Provisional Diet (Xish: Sejm), which elected Y as its chairman": the relative's antecedent
            subject = Clauses.mentionBefore(a, v - 1, mentions);
        }
        // (or a definite description: "the diet chose Y as its chairman" is the diet's, whatever the article is on)
        return subject != null && (subject.kind() == Mention.Kind.NAME
                || subject.kind() == Mention.Kind.DESCRIPTION && !subject.indefinite()) ? subject : null;
    }

    /** Whether the noun phrase that starts at {@code first} (its adjectives before it) follows a comma and "the". */
    private static boolean appositionAfterComma(Annotated a, int first) {
        int d = first - 1;
        while (d >= 0 && a.tag(d).equals("ADJ") && Character.isLowerCase(a.word(d).charAt(0))) {
            d--;
        }
        return d >= 1 && a.word(d).equalsIgnoreCase("the") && a.word(d - 1).equals(",");
    }

    /** Whether a verb of forming ("formed", "constituted") governs the part's noun phrase, which no "of" follows. */
    private static boolean formsPart(Annotated a, int first, int r) {
        int k = first - 1;
        while (k >= 0 && (a.tag(k).equals("DET") || a.tag(k).equals("ADJ"))) {
            k--;
        }
        return k >= 0 && a.tag(k).equals("VERB") && FORMING.contains(a.lemma(k).toLowerCase(Locale.ROOT))
                && !(r + 1 < a.size() && a.word(r + 1).equalsIgnoreCase("of"));
    }

    /** Words that open a noun phrase that opens a sentence: "The lower chamber, X,", "Both chambers, X and Y,". */
    private static final Set<String> OPENERS = Set.of("the", "both");

    /**
     * Whether only adjectives and adverbs stand before token {@code first} in its sentence ("Notable chairmen", "Later
     * chairmen", "Chairmen").
     */
    private static boolean onlyModifiersBefore(Annotated a, int first) {
        for (int k = 0; k < first; k++) {
            if (!a.tag(k).equals("ADJ") && !a.tag(k).equals("ADV")) { // ("Later chairmen included")
                return false;
            }
        }
        return true;
    }

    /** Whether "The" ("Both") and modifiers only ("The first", "The last elected") stand before token {@code first}. */
    private static boolean opensSentence(Annotated a, int first) {
        // (or a clause after a semicolon: "...; the first president was Emil Varga")
        int open = 0;
        for (int k = first - 1; k >= 0; k--) {
            if (a.word(k).equals(";")) {
                open = k + 1;
                break;
            }
        }
        if (first < open + 1 || !OPENERS.contains(a.word(open).toLowerCase(Locale.ROOT))
                || open == 0 && !Character.isUpperCase(a.word(0).charAt(0))) {
            return false;
        }
        for (int k = open + 1; k < first; k++) {
            if (!(a.tag(k).equals("ADJ") || a.tag(k).equals("NUM") || a.tag(k).equals("ADV"))
                    || !lowerOrOrdinal(a.word(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token of "its" before a noun of office, modifiers between allowed ("its first chairman", "its last elected
     * president"); or -1.
     */
    private static int possessiveBefore(Annotated a, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            if (a.word(k).equalsIgnoreCase("its") || a.word(k).endsWith("'s") || a.word(k).endsWith("’s")) {
                return k;
            }
            if (!(a.tag(k).equals("ADJ") || a.tag(k).equals("NUM") || a.tag(k).equals("ADV"))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The token of a form of "have" before a noun at {@code first}, a count, determiner or lower-case modifiers between
     * ("had two chambers", "has an elected lower house"); or -1.
     */
    private static int haveBefore(Annotated a, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 4; k--) {
            if ((a.tag(k).equals("VERB") || a.tag(k).equals("AUX")) && a.lemma(k).equalsIgnoreCase("have")) {
                return k;
            }
            if (!(a.tag(k).equals("ADJ") || a.tag(k).equals("NUM") || a.tag(k).equals("DET")
                    || a.tag(k).equals("ADV")) || !Character.isLowerCase(a.word(k).charAt(0))
                    || NONE.contains(a.word(k))) {
                return -1; // (not "had no upper house, the Senate having been abolished")
            }
        }
        return -1;
    }

    /** Nouns of a body's members (member-nouns.txt): "it had five members: A, B" lists persons, no parts. */
    private static final Set<String> MEMBERS = org.constitutionkg.extract.Lexicon.get().memberNouns();

    /** Determiners that deny what "have" has. */
    private static final Set<String> NONE = Set.of("no", "neither", "never", "not");

    /**
     * The "of" of a count of parts after a body ("a parliament of two chambers", "a Landtag of two houses"): its token,
     * or -1.
     */
    private static int ofCount(Annotated a, int first) {
        int k = first - 1;
        return k >= 2 && a.tag(k).equals("NUM") && a.word(k - 1).equalsIgnoreCase("of") ? k - 1 : -1;
    }

    /**
     * The name right after the first colon after token {@code r} in its sentence ("a parliament of two chambers, which
     * met in X: A"), no semicolon or stop before it, when that name may be no person's (the parts of a body are no
     * persons: "- The King had the right to dissolve both" lists none); or null.
     */
    private static Mention afterColon(Annotated a, int r, List<Mention> mentions) {
        for (int k = r + 1; k + 1 < a.size(); k++) {
            if (a.word(k).equals(":")) {
                Mention m = Clauses.mentionAt(a, k + 1, mentions);
                return m != null && m.kind() == Mention.Kind.NAME
                        && !org.constitutionkg.extract.Lexicon.get().names().mayBePerson(m.text()) ? m : null;
            }
            if (a.word(k).equals(";") || a.word(k).equals(".")) {
                return null;
            }
        }
        return null;
    }

    /** Whether the names a noun of parts announces follow it: "two chambers: A", "an upper house, the Senate". */
    private static boolean listedAfter(Annotated a, int r) {
        return r + 1 < a.size() && Set.of(":", ",", "–", "—").contains(a.word(r + 1));
    }

    /** The name whose possessive ending is token {@code s} ("Xland's", or "'s" on its own), or null. */
    private static Mention possessor(Annotated a, int s, List<Mention> mentions) {
        for (Mention m : mentions) {
            if ((m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.DESCRIPTION) && m.end() <= a.end(s)
                    && m.end() >= a.end(s) - 2
                    && a.text().startsWith("s", a.end(s) - 1)) {
                return m;
            }
        }
        return null;
    }

    /** Whether a name, with the names listed after it, ends its sentence or is set off by a comma after it. */
    private static boolean closes(Annotated a, Mention m, List<Mention> mentions) {
        List<Mention> list = Coordination.coordinated(a, m, a.size(), mentions);
        Mention last = list.isEmpty() ? m : list.get(list.size() - 1);
        int next = a.tokenAt(last.end());
        return next >= a.size() || Set.of(".", ",", ";", ")").contains(a.word(next));
    }

    private static final Set<String> INTENSIFIERS = Set.of("itself", "himself", "herself", "themselves");
    /** Verbs that make their object what the noun after it says: "proclaimed X a part of Y" (predicate-verbs.txt). */
    private static final Set<String> DECLARING = org.constitutionkg.extract.Lexicon.lowerWords("predicate-verbs.txt");

    /**
     * Whether the noun of an office at {@code first}..{@code r} stands bare right after a verb of taking office ("was
     * elected speaker", "became chairman", "was appointed chairman"), with no "of" or name after it in its clause to
     * say whose.
     */
    private static boolean bareOffice(Annotated a, int first, int r, List<Mention> mentions) {
        int k = first - 1;
        if (k >= 0 && a.word(k).equalsIgnoreCase("as")) {
            k--;
        }
        k -= k >= 1 && takingOver(a, k - 1) ? 1 : 0; // "took over as chairman", "took office as chairman"
        if (k < 0 || !a.tag(k).equals("VERB") || !BARE_OFFICE_VERBS.contains(a.lemma(k).toLowerCase(Locale.ROOT))
                && !takingOver(a, k)) {
            return false;
        }
        if (r + 1 < a.size() && (a.word(r + 1).equalsIgnoreCase("of") || a.tag(r + 1).startsWith("PROPN")
                || a.word(r + 1).equals(","))) {
            return false;
        }
        if (RANKS.contains(a.word(r).toLowerCase(Locale.ROOT)) && a.lemma(k).equalsIgnoreCase("become")) {
            return false; // "X became Marshal in 1945": a rank (ranks.txt); "X was elected Marshal" is the chair
        }
        return noOtherWhose(a, r, mentions);
    }

    /**
     * Whether a bare office's noun at {@code r} may be the office of what the text speaks of: not the state's head
     * ("elected President by the Assembly", "replaced X as President"), and no name later in its clause says whose
     * ("elected chairman by the Farmers' League", "... in the League").
     */
    private static boolean noOtherWhose(Annotated a, int r, List<Mention> mentions) {
        if (STATE_HEADS.contains(a.word(r).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int end = Clauses.rightBoundary(a, r);
        return mentions.stream().noneMatch(m -> m.kind() == Mention.Kind.NAME && m.start() > a.end(r)
                && (end >= a.size() || m.start() < a.end(end)));
    }

    /**
     * Whether token {@code v} is a form of "take" before "over" or "office" ("Y took over as chairman", "took office as
     * chairman"): only so is "take" a verb of taking office.
     */
    private static boolean takingOver(Annotated a, int v) {
        return v >= 0 && v + 1 < a.size() && a.lemma(v).equalsIgnoreCase("take")
                && Set.of("over", "office").contains(a.word(v + 1).toLowerCase(Locale.ROOT));
    }

    /** Verbs of one holder of an office taking another's place: "Y replaced X as chairman". */
    private static final Set<String> REPLACING = Set.of("replace", "succeed");

    /**
     * The name X of "Y replaced X as chairman", "Y succeeded X as the chairman" whose "as" stands before the office's
     * noun at {@code first}; else null.
     */
    private static Mention replacedAs(Annotated a, int first, List<Mention> mentions) {
        int as = first - 1;
        as -= as >= 0 && a.tag(as).equals("DET") ? 1 : 0;
        return as >= 2 && a.word(as).equalsIgnoreCase("as") ? objectOf(a, as - 1, mentions, REPLACING) : null;
    }

    /**
     * "X was replaced as chairman by (the lawyer) Y", "X was succeeded as president by Y": X and Y, when the role noun
     * from {@code first} to {@code r} stands between "as" after a passive of replacing and "by" before a person's name;
     * else null.
     */
    private static Mention[] replacedAsBy(Annotated a, int first, int r, List<Mention> mentions) {
        int as = first - 1;
        as -= as >= 0 && a.tag(as).equals("DET") ? 1 : 0;
        int v = as - 1;
        if (v < 1 || !a.word(as).equalsIgnoreCase("as") || !REPLACING.contains(a.lemma(v).toLowerCase(Locale.ROOT))
                || !FrameMatcher.BE.contains(a.word(v - 1).toLowerCase(Locale.ROOT)) || r + 2 >= a.size()
                || !a.word(r + 1).equalsIgnoreCase("by")) {
            return null;
        }
        Mention by = described(a, r + 2, mentions);
        by = by != null ? by : Clauses.mentionAt(a, r + 2, mentions);
        Mention x = Clauses.subjectBefore(a, Clauses.auxiliariesBefore(a, v), mentions);
        return by != null && by.kind() == Mention.Kind.NAME && x != null
                && org.constitutionkg.extract.Lexicon.get().names().mayBePerson(by.text())
                ? new Mention[] {x, by} : null; // (not "replaced as chairman by the Central Committee")
    }

    /**
     * The name ending at token {@code k} that is the object of a verb of {@code verbs} right before it ("elected Ivan
     * Petrov", "replaced Ivan Petrov"), or null.
     */
    private static Mention objectOf(Annotated a, int k, List<Mention> mentions, Set<String> verbs) {
        Mention m = Clauses.mentionEndingAt(a, k, mentions);
        int v = m == null || m.kind() != Mention.Kind.NAME ? -1 : a.tokenAt(m.start()) - 1;
        return v >= 0 && a.tag(v).equals("VERB") && verbs.contains(a.lemma(v).toLowerCase(Locale.ROOT)) ? m : null;
    }

    /** Offices that, bare, may be the state's own: state-head-nouns.txt. */
    private static final Set<String> STATE_HEADS = org.constitutionkg.extract.Lexicon.get().stateHeadNouns();

    /** Nouns of a military rank that are also a chair's title (ranks.txt). */
    private static final Set<String> RANKS = org.constitutionkg.extract.Lexicon.lowerWords("ranks.txt");

    /**
     * Verbs of taking office an office's noun may follow bare: those of {@link #TAKING_OFFICE} but the copulas ("was
     * chairman", "remained chairman" say of nothing whose), "make" and the verbs of forming.
     */
    private static final Set<String> BARE_OFFICE_VERBS = TAKING_OFFICE.stream()
            .filter(v -> !FORMING.contains(v) && !Set.of("be", "remain", "make").contains(v))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Prepositions of a phrase between a plural of office and "included": "Chairmen after Ivan Dorn included". */
    private static final Set<String> BEFORE_INCLUDED = Set.of("of", "after", "before", "since", "under");
    /** Plurals of offices that also name people of no office: "Notable speakers included" (ambiguous-plurals.txt). */
    private static final Set<String> AMBIGUOUS_PLURALS = org.constitutionkg.extract.Lexicon.lowerWords(
            "ambiguous-plurals.txt");

    /**
     * The token of "included" after the noun of office ending at {@code last}, past one phrase of a preposition ("of
     * the council", "after Ivan Dorn", "since 1950"), else -1.
     */
    private static int includedAfter(Annotated a, int last, List<Mention> mentions) {
        int j = last + 1;
        if (j + 1 < a.size() && BEFORE_INCLUDED.contains(a.word(j).toLowerCase(Locale.ROOT))
                && !Clauses.inside(a, j, mentions)) {
            j++;
            j += a.tag(j).equals("DET") ? 1 : 0;
            Mention m = Clauses.mentionAt(a, j, mentions);
            if (m != null) {
                j = a.tokenAt(m.end() - 1) + 1;
            } else {
                while (j < a.size() && (a.tag(j).equals("NUM") || Character.isLowerCase(a.word(j).charAt(0))
                        && (a.tag(j).equals("NOUN") || a.tag(j).equals("ADJ")))) {
                    j++;
                }
            }
        }
        if (j + 1 < a.size() && a.tag(j).equals("AUX") && a.lemma(j).equalsIgnoreCase("have")) {
            j++; // "Chairmen since 1950 have included"
        }
        return j < a.size() && INCLUDED.contains(a.word(j).toLowerCase(Locale.ROOT)) ? j : -1;
    }

    /** Verbs a list of holders follows: "Its chairmen included A and B". */
    private static final java.util.Set<String> INCLUDED = java.util.Set.of("included", "includes", "include");

    /** An ordinal in digits ("10th", "3rd"). */
    private static final java.util.regex.Pattern ORDINAL_DIGITS = java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

    /** Whether a modifier is a lower-case word or an ordinal in digits: "the 10th session", "the tenth session". */
    private static boolean lowerOrOrdinal(String w) {
        return Character.isLowerCase(w.charAt(0)) || ORDINAL_DIGITS.matcher(w).matches();
    }

    /** The person who holds the office whose noun phrase runs from token {@code first} to {@code last}, or null. */
    private static Mention holder(Annotated a, int first, int last, List<Mention> mentions, boolean part) {
        int k = first - 1;
        if (k >= 3 && a.word(k).equalsIgnoreCase("time") && a.word(k - 1).equalsIgnoreCase("same")
                && a.word(k - 2).equalsIgnoreCase("the") && a.word(k - 3).equalsIgnoreCase("at")) {
            k -= 4; // "who was at the same time chairman of X"
        }
        while (k >= 0 && (a.tag(k).equals("DET") || a.tag(k).equals("NUM") || a.word(k).equalsIgnoreCase("as")
                || a.tag(k).equals("ADV") && Character.isLowerCase(a.word(k).charAt(0))
                || (a.tag(k).equals("ADJ") || a.tag(k).equals("NOUN")) && lowerOrOrdinal(a.word(k))
                || a.word(k).equals("and") && k > 0 && a.tag(k - 1).equals("ADJ"))) {
            // "the fourth and final state constitution": modifiers, and nouns of a compound
            k--; // "the first", "as"
            if (k >= 1 && a.word(k).equalsIgnoreCase("of") && (a.word(k - 1).equalsIgnoreCase("one")
                    || a.tag(k - 1).equals("NUM"))) {
                k -= 2; // "one of the constituent republics"
            }
        }
        if (k >= 1 && INTENSIFIERS.contains(a.word(k).toLowerCase(Locale.ROOT)) && a.word(k - 1).equals(",")) {
            k--; // "X, itself a constituent of Y,": the intensifier stands for the name before the comma
        } else if (k >= 1 && INTENSIFIERS.contains(a.word(k).toLowerCase(Locale.ROOT))
                && a.tag(k - 1).equals("AUX")) {
            k--; // "X was itself part of Y": the copula's subject
            if (part && k >= 2 && (a.word(k - 1).equalsIgnoreCase("which") || a.word(k - 1).equalsIgnoreCase("that"))) {
                return Clauses.mentionBefore(a, k - 1, mentions); // "X, which was itself part of Y": X
            }
        }
        k = copulaBeforeAside(a, k);
        int after = last + 1;
        if (k >= 1 && a.word(k + 1).equalsIgnoreCase("as")) {
            // "elected Ivan Petrov as chairman of X", "confirmed Ivan Petrov as its chairwoman": the verb's object
            Mention m = objectOf(a, k, mentions, TAKING_OFFICE);
            if (m != null) {
                return m;
            }
        }
        if (k >= 3 && a.word(k).equals(",") && !part) {
            // "the deputies elected Ivan Petrov, the leader of the movement, chairman of X", "elected Ivan Petrov, a
            // lawyer, as its chairman": the verb's object before an apposition set off by commas
            int open = k - 1;
            while (open > 0 && !a.word(open).equals(",") && !a.word(open).equals(";")) {
                open--;
            }
            Mention m = open > 0 && a.word(open).equals(",") && a.tag(open + 1).equals("DET")
                    ? Clauses.mentionEndingAt(a, open - 1, mentions) : null;
            int verb = m == null ? -1 : a.tokenAt(m.start()) - 1;
            if (m != null && m.kind() == Mention.Kind.NAME && verb >= 0 && a.tag(verb).equals("VERB")
                    && TAKING_OFFICE.contains(a.lemma(verb).toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        Mention object = k >= 1 ? Clauses.mentionEndingAt(a, k, mentions) : null;
        int before = object == null ? -1 : a.tokenAt(object.start()) - 1;
        if (object != null && object.kind() == Mention.Kind.NAME && before >= 0 && a.tag(before).equals("VERB")
                && TAKING_OFFICE.contains(a.lemma(before).toLowerCase(Locale.ROOT)) && !part) {
            return object; // "the deputies elected Ivan Petrov chairman of X": the verb's object, the office after it
        }
        int verb = before >= 1 && a.tag(before).equals("DET") ? before - 1 : before;
        if (object != null && object.kind() == Mention.Kind.NAME && verb >= 0 && a.tag(verb).equals("VERB")
                && DECLARING.contains(a.lemma(verb).toLowerCase(Locale.ROOT)) && part) {
            return object; // "the congress proclaimed X an autonomous part of Y": the verb's object is the part
        }
        if (part && k >= 0 && (a.tag(k).equals("VERB") || a.tag(k).equals("AUX"))
                && a.lemma(k).equalsIgnoreCase("have")) {
            // "It had two chambers: A and B": the names after the noun
            Mention m = after + 1 < a.size() && listedAfter(a, last) ? Clauses.mentionAt(a, after + 1, mentions) : null;
            return m != null && m.kind() == Mention.Kind.NAME ? m : null;
        }
        if (k >= 0 && a.tag(k).equals("ADP")) {
            // a noun phrase a preposition governs holds only what an apposition after it names ("the members of the
            // two chambers of X, A and B."), not the subject of the clause that follows ("Under the constitution of
            // Y, the Council had no power")
            Mention m = after < a.size() && a.word(after).equals(",") ? Clauses.mentionAt(a, after + 1, mentions)
                    : null;
            return m != null && closes(a, m, mentions) ? m : null;
        }
        if (k == 0 && (a.tag(k).equals("ADJ") || a.tag(k).equals("ADV"))) {
            k--; // "Notable presidents of X included ...", "Later chairmen included", capitalised as a sentence opens
        }
        boolean clauseStart = k < 0 || a.word(k).equalsIgnoreCase("and") || a.word(k).equals(";");
        int included = clauseStart ? includedAfter(a, last, mentions) : -1;
        if (included > 0 && included + 1 < a.size()) {
            // "Presidents of the Senate included Jan Petrik and Ema Holub", "Chairmen after Ivan Dorn included ...":
            // the holders named after it
            return Clauses.mentionAt(a, included + 1, mentions);
        }
        if (clauseStart && after < a.size() && a.tag(after).equals("AUX") && FrameMatcher.BE.contains(a.word(after)
                .toLowerCase(Locale.ROOT))) {
            // (also opening a clause after "and" or a semicolon: "..., and its upper chamber was the House of Peers")
            Mention m = Clauses.mentionAt(a, after + 1, mentions); // "The chairman of the council was Ivan Petrov"
            return m != null && m.kind() != Mention.Kind.DESCRIPTION ? m : described(a, after + 1, mentions);
        }
        if (k >= 0 && a.word(k).equals(",")) {
            // "Ivan Petrov, chairman of the council,": the name before the comma, itself governed by nothing
            // ("opened by Ivan Petrov, chairman of the council,": the agent of a passive is no governed phrase)
            Mention m = Clauses.mentionBefore(a, k + 1, mentions);
            int d = m == null ? -1 : a.tokenAt(m.start()) - 1;
            while (d >= 0 && a.tag(d).equals("ADJ")) {
                d--;
            }
            if (d >= 1 && Clauses.indefinite(a, d) && a.word(d - 1).equals(",")) {
                // "elected Anna Berg, a Social Democrat, as its chairwoman": the name the description describes
                m = Clauses.mentionBefore(a, d - 1, mentions);
            }
            // (a part in apposition may be governed: "the law of X, an autonomous republic within Y": X is one; so
            // may a person: "a report by Ivan Petrov, chairman of the council")
            int of = m == null ? -1 : Clauses.tokenBefore(a, m);
            if (of >= 1 && (a.word(of).equalsIgnoreCase("of") || a.word(of).equalsIgnoreCase("for"))
                    && org.constitutionkg.extract.Lexicon.get().names().isOffice(a.word(of - 1) + " " + a.word(of) + " "
                            + m.text())) {
                return null; // "the Minister of Foreign Affairs, the Minister of War": an office's domain, no person
            }
            return m == null || Clauses.afterPreposition(a, m) && !agentOfPassive(a, m) && !part
                    && !(m.kind() == Mention.Kind.NAME && org.constitutionkg.extract.Lexicon.get().names()
                            .mayBePerson(m.text())) ? null : m;
        }
        if (k >= 1 && a.word(k + 1).equalsIgnoreCase("as") && takingOver(a, k - 1)) {
            k--; // "Y took over as chairman": the verb's subject
        }
        if (k >= 0 && (a.tag(k).equals("VERB") || a.tag(k).equals("AUX"))
                && (TAKING_OFFICE.contains(a.lemma(k).toLowerCase(Locale.ROOT)) || takingOver(a, k))) {
            int v = k;
            boolean passive = false;
            // (not into a name the tagger took a word of for an auxiliary: "Ivan Dorn served as ...")
            while (v > 0 && (a.tag(v - 1).equals("AUX") || a.tag(v - 1).equals("ADV") || a.tag(v - 1).equals("PART"))
                    && !Clauses.inside(a, v - 1, mentions)) {
                v--;
                if (FrameMatcher.UNREAL.contains(a.word(v).toLowerCase(Locale.ROOT))) {
                    return null; // "was not elected chairman"
                }
                passive |= FrameMatcher.BE.contains(a.word(v).toLowerCase(Locale.ROOT));
            }
            // active only with a subject right before the verb ("the council elected the members of X": whom it
            // chose, not itself); not a participle after a comma ("Anton Berg, elected chairman of X,") nor a verb
            // coordinated with a passive ("was nominated and elected chairman")
            boolean active = !passive && v > 0 && (a.tag(v - 1).equals("NOUN") || a.tag(v - 1).equals("PROPN")
                    || a.tag(v - 1).equals("PRON"));
            if (active && CHOOSING.contains(a.lemma(k).toLowerCase(Locale.ROOT))) {
                return null;
            }
            // "Ivan Petrov, who had been head of the party since 1940, was its first chairman": the name before the
            // relative clause, not one inside it
            Mention beforeRelative = v > 1 && a.word(v - 1).equals(",")
                    ? Clauses.beforeRelativeClause(a, v - 1, mentions) : null;
            return beforeRelative != null ? beforeRelative : Clauses.subjectBefore(a, v, mentions);
        }
        if (k < 0 && after < a.size() && a.word(after).equals(",")) {
            // "The chairman of the council, Ivan Petrov,"; "Its successor, the unicameral State Assembly,"
            Mention m = Clauses.mentionAt(a, after + 1, mentions);
            return m != null ? m : described(a, after + 1, mentions);
        }
        return null;
    }

    /**
     * The copula a noun phrase is said after, past an aside of no verb set off by commas ("was, after the reform of
     * 1906, the upper chamber of X") and past a first complement joined by "and" ("was the advisory body of Y from
     * 1810 and, after 1906, the upper chamber of X"): its token; else {@code k} as it was.
     */
    private static int copulaBeforeAside(Annotated a, int k) {
        if (k < 2 || !a.word(k).equals(",")) {
            return k;
        }
        int open = k - 1;
        while (open > 0 && !a.word(open).equals(",") && k - open <= 8) {
            if (a.tag(open).equals("VERB") || Clauses.STOPS.contains(a.word(open))) {
                return k;
            }
            open--;
        }
        if (open < 1 || !a.word(open).equals(",")) {
            return k;
        }
        int v = open - 1;
        if (a.word(v).equalsIgnoreCase("and")) {
            // the verb of the clause the first complement stands in, with no other verb between
            for (v = v - 1; v >= 0 && !Clauses.STOPS.contains(a.word(v)); v--) {
                if (a.tag(v).equals("VERB") || a.tag(v).equals("AUX")) {
                    break;
                }
            }
        }
        return v >= 0 && FrameMatcher.BE.contains(a.word(v).toLowerCase(Locale.ROOT)) ? v : k;
    }

    /**
     * Whether a new unnamed thing is the verb's object between it and token {@code to}: "a" or "an" and a common noun
     * ("sent a delegation to X"; not "held its first session in X").
     */
    private static boolean objectBetween(Annotated a, int verb, int to) {
        for (int k = verb + 1; k + 1 < to; k++) {
            if ((a.word(k).equalsIgnoreCase("a") || a.word(k).equalsIgnoreCase("an")) && a.tag(k + 1).matches("NOUN|ADJ")
                    && Character.isLowerCase(a.word(k + 1).charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "with Ivan Petrov as its chairman": the name between "with" and "as" right before the office's noun phrase (which
     * begins at token {@code first}), or null.
     */
    private static Mention withAs(Annotated a, int first, List<Mention> mentions, Set<String> notRole) {
        int as = first - 1;
        // (a determiner, and adjectives: "with X as provisional chairman", "as its first chairman"; a qualifier of
        // another office, "deputy", "vice", "honorary" (role-nouns-not.txt), makes it no chair's)
        while (as >= 0 && (a.tag(as).equals("DET") || a.tag(as).equals("ADJ") || a.tag(as).equals("PRON"))
                && !a.word(as).equalsIgnoreCase("as")) {
            if (notRole.contains(a.word(as).toLowerCase(Locale.ROOT))) {
                return null;
            }
            as--;
        }
        if (as < 2 || !a.word(as).equalsIgnoreCase("as")) {
            return null;
        }
        Mention m = Clauses.mentionEndingAt(a, as - 1, mentions);
        if (m == null || m.kind() != Mention.Kind.NAME) {
            return null;
        }
        int w = a.tokenAt(m.start()) - 1;
        return w >= 0 && a.word(w).equalsIgnoreCase("with") ? m : null;
    }

    /** Whether "by" stands right before a mention (a determiner between allowed). */
    private static boolean afterBy(Annotated a, Mention m) {
        int t = Clauses.tokenBefore(a, m);
        return t >= 0 && a.word(t).equalsIgnoreCase("by");
    }

    /** Whether a mention is the "by" phrase of a passive: "was opened by X". */
    private static boolean agentOfPassive(Annotated a, Mention m) {
        int t = a.tokenAt(m.start()) - 1;
        return t >= 1 && a.word(t).equalsIgnoreCase("by") && a.tag(t - 1).equals("VERB")
                && a.word(t - 1).toLowerCase(Locale.ROOT).endsWith("ed");
    }
}
