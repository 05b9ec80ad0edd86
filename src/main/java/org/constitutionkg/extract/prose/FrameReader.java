package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.frames.Frame;
import org.constitutionkg.extract.frames.FrameMatcher;
import org.constitutionkg.extract.frames.Mention;
import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.linguistic.Annotator;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.PartialDate;
import org.constitutionkg.extract.text.Patterns;

/**
 * States the facts of the frames a sentence holds ({@code frames.tsv} through {@link FrameMatcher}): each frame's
 * date on its patient, and its property between agent and patient. A pronoun is the subject of the article or
 * section being read; a definite description ("the council") is that subject when its name ends so, else nothing;
 * a name is the subject when it refers to it, else the thing it names. Only sentences holding a form of a frame's
 * verb (or a count noun) are annotated at all.
 */
public final class FrameReader {

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final FrameMatcher matcher;
    private final Map<String, String> hints;
    private final SentenceMentions mentions;
    private final InstrumentDescriptions instruments;

    FrameReader(Lexicon lexicon, Normalizer normalizer, Map<String, String> hints) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.hints = hints;
        this.mentions = new SentenceMentions(lexicon, normalizer);
        this.instruments = new InstrumentDescriptions(lexicon, normalizer);
        this.matcher = new FrameMatcher(lexicon.frames(), lexicon.descriptionHeads(), instrumentHeads(lexicon,
                normalizer));
    }


    /** The description heads that are an instrument's ("charter", "treaty"): what an indefinite description is of. */
    private static Set<String> instrumentHeads(Lexicon lexicon, Normalizer normalizer) {
        Set<String> out = new java.util.HashSet<>();
        for (String h : lexicon.descriptionHeads()) {
            if (!h.contains(" ") && normalizer.classify(Patterns.capitalised(h), Map.of())
                    .filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent()) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * Reads one sentence.
     *
     * @param spans     the names the name finder found in {@code text}
     * @param subjectOf the article's or section's subject if a phrase refers to it, else null
     * @param current   the subject of the article or section being read (what "it" refers to)
     */
    Ref read(Facts facts, String text, List<NameFinder.Span> spans, Source src, Function<String, Ref> subjectOf,
            Supplier<Ref> current, Discourse discourse) {
        return read(facts, text, spans, src, subjectOf, current, discourse, false);
    }

    /**
     * Reads a sentence, or with {@code remark} a sentence made of a remark in parentheses ("X, later Y"), whose
     * dates are no dates the paragraph speaks of. Returns the body whose chairs the list after the sentence names,
     * when it is a lead-in of one ("The following speakers presided over the Diet:"), else null.
     */
    Ref read(Facts facts, String text, List<NameFinder.Span> spans, Source src, Function<String, Ref> subjectOfName,
            Supplier<Ref> current, Discourse discourse, boolean remark) {
        List<Mention> names = new ArrayList<>();
        for (NameFinder.Span s : spans) {
            String clean = lexicon.names().clean(s.text(), null);
            if (lexicon.names().isName(clean)) { // not "Four" opening a sentence
                names.addAll(mentions.persons(s, facts, discourse));
            } else {
                Mention part = bareBodyPart(facts, text, s, clean);
                if (part != null) {
                    names.add(part);
                }
            }
        }
        Map<String, String> holders = mentions.officeHolders(text, names);
        Function<String, Ref> subjectOf = holders.isEmpty() ? subjectOfName : n -> holders.containsKey(n)
                ? new NameRef(holders.get(n), facts.article().id(), "Person") : subjectOfName.apply(n);
        List<Mention> sittings = mentions.ordinalSessions(text, names, subjectOf);
        // (a sitting named with its term holds the term's name: one mention, "1st Session of the 5th Assembly")
        names.removeIf(n -> sittings.stream().anyMatch(x -> x.start() <= n.start() && n.end() <= x.end()));
        names.addAll(sittings);
        names.sort(java.util.Comparator.comparingInt(Mention::start));
        List<String> lastTwo = discourse.lastNamed(2); // "the latter", "the former": before this sentence
        names.forEach(n -> discourse.saw(n.text(), src.line()));
        FrameDates.Years years = FrameDates.years(text, names, discourse, src.line(), remark);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean counts = COUNT_NOUNS.stream().anyMatch(lower::contains) || lower.contains("member") || lower.contains("seat");
        if (!counts && !matcher.mayMatch(lower)) {
            return null;
        }
        Annotated a = Annotator.get().annotate(text);
        Referents r = new Referents(lexicon, normalizer, hints, facts, text, names, src, discourse, subjectOf, current,
                lastTwo, a);
        r.describer = () -> matcher.descriptions(a, names);
        List<FrameMatcher.Match> matches = matcher.match(a, names);
        Ref listChaired = null;
        if (text.strip().endsWith(":")) {
            // "The following bailiffs presided over the Diet:", "Chancellors who chaired it included:": the persons
            // listed after it chaired what the verb's object is (an organ or a sitting), and the noun before the verb
            // chaired nothing (it names them)
            List<Mention> all = new ArrayList<>(names);
            all.addAll(matcher.descriptions(a, names));
            all.sort(java.util.Comparator.comparingInt(Mention::start));
            Mention chaired = matcher.chairedInLeadIn(a, all);
            Ref body = chaired == null ? null : r.resolve(chaired, null);
            OntologyClasses o = OntologyClasses.get();
            if (body != null && r.classOf(body).filter(c -> o.isA(c, "StateOrgan") || o.isA(c, "Session"))
                    .isPresent()) {
                listChaired = body;
            }
        }
        for (FrameMatcher.Match found : matches) {
            FrameMatcher.Match m = found;
            if (listChaired != null && "chair".equals(m.frame().property())) {
                continue;
            }
            if ("hasPart".equals(m.frame().property()) && FrameMatcher.objectBeforePreposition(a, m)) {
                // "the Charter divided the Diet into two chambers", "... divided it into two chambers": the object
                // is the whole, not the subject
                Mention whole = FrameMatcher.objectAfter(a, m.verb(), names);
                if (whole == null || !intoChambers(a, m, r)) {
                    continue; // ("divided the ministry into two ministries: A and B" split it, no parts)
                }
                m = new FrameMatcher.Match(m.frame(), m.verb(), whole, m.patient(), false, m.dateFrom(), m.dateTo(),
                        m.beforeFrom(), m.beforeTo(), List.of(), m.morePatients());
            }
            if (partnersInAnAct(m, text)) {
                // "X joined A and B in founding the Union": A and B acted with X, no whole X is part of; X did what
                // they did ("founding the Union" makes founders members: X too)
                for (FrameMatcher.Match g : matches) {
                    if (g != m && !g.passive() && "partOf".equals(g.frame().property())
                            && g.agents().stream().anyMatch(m.patients()::contains)) {
                        FrameMatcher.Match with = new FrameMatcher.Match(g.frame(), g.verb(), m.agent(), g.patient(),
                                false, g.dateFrom(), g.dateTo(), g.beforeFrom(), g.beforeTo(), List.of(),
                                g.morePatients());
                        for (Mention p : with.patients()) {
                            state(r, with, p, years);
                        }
                    }
                }
                continue;
            }
            partsTyped(r, m);
            for (Mention p : m.patients()) {
                state(r, m, p, years);
            }
        }
        if (counts) {
            for (FrameMatcher.Count c : matcher.counts(a, names, COUNT_NOUNS, lexicon::number)) {
                Ref body = r.resolve(c.of(), null);
                Optional<String> cls = body == null ? Optional.empty() : r.classOf(body);
                OntologyClasses o = OntologyClasses.get();
                if (body != null && !(c.seats() && cls.filter(k -> o.isA(k, "PoliticalGroup")).isPresent())
                        && cls.map(k -> o.inDomain("memberCount", k)).orElse(true)
                        && !(c.attending() && cls.filter(k -> o.isA(k, "StateOrgan")).isPresent())) {
                    // (not "Only 27 deputies attended" of a standing body: who came to one sitting; a congress's or
                    // a session's delegates who attended are how many it had)
                    // (not a party's "with 179 deputies": its seats in an assembly, not its members; its central
                    // committee "of 71 members" is counted; an instrument "passed with 223 votes of 419 deputies" has
                    // no members)
                    named(facts, body, src);
                    facts.claim(body, "memberCount", NodeFactory.createLiteralDT(Integer.toString(c.number()),
                            XSDDatatype.XSDinteger), src, false);
                }
            }
        }
        return listChaired;
    }

    /**
     * A frame of succession between a thing and itself names two things: "It was superseded by the Basic Law of
     * Xland", read where "the Basic Law of Xland" would be taken for the instrument "it" is (a section of an overview on
     * one constitution of Xland), names its successor. The name the frame sets apart from the other argument (a name
     * beside a pronoun or a description, or the one of two names the thing was not called before) is another thing
     * from then on ({@link Discourse#apart}); the patient, re-read when it is that name.
     */
    private Ref setApart(Referents r, FrameMatcher.Match m, Mention patientMention, Ref patient, String patientHint) {
        for (Mention am : m.agents()) {
            Ref agent = r.agent(am, m.frame());
            if (agent == null || !agent.equals(patient)) {
                continue;
            }
            boolean agentNamed = am.kind() == Mention.Kind.NAME;
            boolean patientNamed = patientMention.kind() == Mention.Kind.NAME;
            if (agentNamed && patientNamed) {
                boolean agentKnown = calledSo(r.facts, patient, am.text());
                boolean patientKnown = calledSo(r.facts, patient, patientMention.text());
                agentNamed = patientKnown && !agentKnown;
                patientNamed = agentKnown && !patientKnown;
            }
            // (a name the thing was called before, or one of its year, is its own: "Its successor, the Constitution of
            // 1934," in the section on 1934 speaks of the one before through "its")
            agentNamed &= !calledSo(r.facts, patient, am.text()) && !Facts.YEAR_IN_TEXT.matcher(am.text()).find();
            patientNamed &= !calledSo(r.facts, patient, patientMention.text())
                    && !Facts.YEAR_IN_TEXT.matcher(patientMention.text()).find();
            // (nor the clause's subject dated in the thing's own year: "In 1947 the People's Constitution replaced it"
            // in the section on the constitution of 1947 names that constitution; "it" is the one before)
            boolean agentIsSubject = am.start() < patientMention.start(); // (the one before the verb, in any voice)
            if (ofItsYear(r.text, patient) && (agentIsSubject ? agentNamed : patientNamed)) {
                return patient;
            }
            if (agentNamed && !patientNamed) {
                r.discourse.apart(am.text(), patient);
            } else if (patientNamed && !agentNamed) {
                r.discourse.apart(patientMention.text(), patient);
                return r.resolve(patientMention, patientHint);
            }
        }
        return patient;
    }

    /** Whether the sentence holds the year a thing's name opens with ("1947 Constitution of X"). */
    private static boolean ofItsYear(String text, Ref ref) {
        if (!(ref instanceof NameRef n)) {
            return false;
        }
        java.util.regex.Matcher y = Facts.YEAR_IN_TEXT.matcher(n.name());
        return y.lookingAt() && java.util.regex.Pattern.compile("\\b" + y.group() + "\\b").matcher(text).find();
    }

    /** Whether the match names agents and each is the patient itself (and passes {@code also}). */
    private static boolean onlyItselfActs(Referents r, FrameMatcher.Match m, Ref patient,
            java.util.function.Predicate<Mention> also) {
        return !m.agents().isEmpty()
                && m.agents().stream().allMatch(am -> patient.equals(r.agent(am, m.frame())) && also.test(am));
    }

    /** Whether the article called the thing so before. */
    private static boolean calledSo(Facts facts, Ref ref, String name) {
        String bare = Patterns.withoutArticle(name);
        return facts.names().stream().anyMatch(n -> n.ref().equals(ref) && n.text().equals(bare));
    }

    /** Whether a match is of a noun that names a state as a part ("a member republic of Y", "a constituent state"). */
    private boolean statePart(Referents r, FrameMatcher.Match m) {
        if (m.verb() < 0 || m.verb() >= r.a.size() || !r.a.tag(m.verb()).equals("NOUN")) {
            return false;
        }
        String noun = Patterns.singular(r.a.word(m.verb()).toLowerCase(java.util.Locale.ROOT));
        return lexicon.descriptionClass(noun).filter("Polity"::equals).isPresent()
                || lexicon.isPolityNoun(Patterns.capitalised(noun));
    }

    /** An abbreviation: "ORT", "EKA", "N.R.T." */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{Lu}\\d.-]+");

    /**
     * Whether the article gives the name an abbreviation, bound to it or in parentheses right after it in the line ("the
     * Opposition Round Table (EKA)", an abbreviation of its own language's words): no person's name.
     */
    private static boolean abbreviated(Facts facts, String name, Source src) {
        return facts.abbreviations().containsValue(name) || java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote(name) + " \\(" + ABBREVIATION.pattern() + "\\)").matcher(src.text()).find();
    }

    /** A relative clause after a name, up to its verb: ", which had been adopted" (not past its closing comma). */
    private static final java.util.regex.Pattern RELATIVE_AFTER = java.util.regex.Pattern.compile(
            ",?\\s+(?:which|that|who|whom)\\b[^,]*");

    /**
     * Whether the patient is given a predicate by a verb that takes one (predicate-verbs.txt: "proclaimed Albania a
     * kingdom", "Russia was proclaimed a republic"): the clause dates what the patient became, not its start. An
     * indefinite article right after the active object, or right after the passive's verb, not of a time ("a year
     * later"). (A predicate with no article, "proclaimed X neutral", is not seen.)
     */
    private static boolean complemented(Referents r, FrameMatcher.Match m, Mention patient) {
        if (!PREDICATE_VERBS.contains(m.frame().verb())) {
            return false; // ("adopted the charter a second time on 5 May": no predicate)
        }
        int at = m.passive() ? (m.verb() >= 0 && m.verb() < r.a.size() ? r.a.end(m.verb()) : -1) : patient.end();
        return at >= 0 && INDEFINITE_AFTER.matcher(r.text).region(at, r.text.length()).lookingAt();
    }

    /** Verbs whose object may have a predicate ("proclaimed X a republic"), predicate-verbs.txt. */
    private static final Set<String> PREDICATE_VERBS = Lexicon.lowerWords("predicate-verbs.txt");

    private static final java.util.regex.Pattern INDEFINITE_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:a|an)\\s+(?!(?:few|couple|short|little|full|mere|second|third|year|month|week|day|decade|century|fortnight)\\b)\\p{L}");

    /** What ends a clause between two of its words: a comma, a semicolon, a conjunction. */
    private static final java.util.regex.Pattern SAME_CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;]|\\b(?:and|but|or)\\b");

    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or");

    /**
     * Whether a clause ends between two offsets: a comma or a semicolon, or a conjunction that opens a clause of its
     * own; not one before a verb that shares the subject ("It was elected by X and was accountable to it").
     */
    private static boolean clauseBreak(Referents r, int from, int to) {
        Matcher b = SAME_CLAUSE_BREAK.matcher(r.text).region(from, to);
        while (b.find()) {
            int k = r.a.tokenAt(b.start()) + 1;
            if (b.group().equals(",") && k < r.a.size() && CONJUNCTIONS.contains(r.a.word(k).toLowerCase(java.util.Locale.ROOT))) {
                k++; // (", and was answerable to it")
            } else if (b.group().length() == 1) {
                return true;
            }
            if (k <= 0 || k >= r.a.size() || !(r.a.tag(k).equals("AUX") || r.a.tag(k).equals("VERB"))) {
                return true;
            }
        }
        return false;
    }

    /** The nouns a count of members is written with: "2,215 delegates", "21 members" (count-nouns.txt). */
    static final Set<String> COUNT_NOUNS = Lexicon.get().countNouns();

    /** Verbs of succession in time only: a treaty and an instrument of another kind do not follow each other. */
    private static final Set<String> FOLLOWING = Set.of("follow", "precede", "succeed");
    /** Adverbs of how closely a text follows another: it follows a model (model-adverbs.txt). */
    private static final Set<String> MODEL_ADVERBS = Lexicon.lowerWords("model-adverbs.txt");
    /** Where the search for a model adverb after a verb's object ends: a clause's end, a coordinated verb. */
    private static final Set<String> MODEL_SCAN_ENDS = Set.of(";", ".", ":", ",", "and", "but");

    /**
     * Whether an adverb of manner stands right before or after the verb at {@code v} ("closely followed", "followed
     * largely"), or after its object before another verb or "and" ("followed the 1936 Constitution more closely than
     * ...", not "followed the Charter and largely abolished ...").
     */
    private static boolean followsAsAModel(Annotated a, int v) {
        for (int k = Math.max(0, v - 2); k <= Math.min(a.size() - 1, v + 1); k++) {
            if (k != v && MODEL_ADVERBS.contains(a.word(k).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (int k = v + 2; k < a.size() && k <= v + 12 && !MODEL_SCAN_ENDS.contains(a.word(k))
                && !a.tag(k).equals("VERB") && !a.tag(k).equals("AUX"); k++) {
            if (MODEL_ADVERBS.contains(a.word(k).toLowerCase(Locale.ROOT))
                    && !(k + 1 < a.size() && a.word(k + 1).equalsIgnoreCase("by"))) {
                return true; // (not "... and was followed closely by X")
            }
        }
        return false;
    }

    /**
     * Where the date of one of a frame's listed patients is looked for: the frame's reach, less what lies before the
     * patient when a date stands between it and the first item ("ratified A in July 1919, B and C" dates A alone), and less what lies from the next item on when a date
     * stands between it and that one ("ratified A in July 1919 and B, which ..." dates A alone; "ratified A and B on 3
     * May" dates both).
     */
    private static int[] itemsReach(Referents r, FrameMatcher.Match m, Mention p, FrameDates.Years years) {
        List<Mention> items = m.patients();
        int i = items.indexOf(p);
        int from = m.dateFrom();
        int to = m.dateTo();
        if (i < 0 || items.size() < 2) {
            return new int[] {from, to};
        }
        if (i > 0 && dateBetween(r, Math.max(from, items.get(0).end()), Math.min(to, p.start()), years)) {
            from = Math.max(from, p.end());
        }
        if (i + 1 < items.size() && dateBetween(r, Math.max(from, p.end()), Math.min(to, items.get(i + 1).start()),
                years)) {
            to = Math.min(to, items.get(i + 1).start());
        }
        return new int[] {from, Math.max(from, to)};
    }

    /** Whether a date of an event stands in [from, to) of the sentence (none when the range is empty). */
    private static boolean dateBetween(Referents r, int from, int to, FrameDates.Years years) {
        return from < to && FrameDates.dateIn(r.text, from, to, r.names, years).isPresent();
    }

    /** The facts of one frame about one of its patients. */
    private void state(Referents r, FrameMatcher.Match m, Mention patientMention, FrameDates.Years years) {
        Facts facts = r.facts;
        String text = r.text;
        Source src = r.src;
        List<Mention> names = r.names;
        Frame f = m.frame();
        if (!"location".equals(f.property()) && (r.seat(patientMention) || m.agents().stream().anyMatch(r::seat))) {
            return; // "its offices" stand for the body only where its place is said ("were located in X")
        }
        if ("chair".equals(f.property()) && patientMention.kind() == Mention.Kind.DESCRIPTION && Lexicon.get()
                .memberNouns().contains(Discourse.lastWord(patientMention.text()).toLowerCase(Locale.ROOT))) {
            return; // "the radical deputies, led by X,": a group of the members, not the body they sit in
        }
        if (patientMention.indefinite()) {
            // "Statute I of 1946, a provisional statute passed on 31 January": the name it stands in apposition to
            Mention named = instruments.apposedTo(text, patientMention, names, facts);
            patientMention = named == null ? patientMention : named;
        }
        // (a meeting's date with no place: the patient is what met, "The Congress met in 1921", no place)
        String patientHint = f.property() == null || f.datesMeeting() && m.agents().isEmpty() ? null
                : f.forward() ? hints.get(f.property()) : null;
        Ref patient = r.resolve(patientMention, patientHint);
        if (patient != null && f.agentClass().equals(Frame.SAME) && patientMention.kind() == Mention.Kind.PRONOUN) {
            patient = ofTheAgentsKind(r, m, patientMention, patient);
        }
        if (patient != null && patientMention.kind() == Mention.Kind.PRONOUN && shifted(r, m, patientMention)) {
            patient = anotherOfItsKind(r, patientMention, patient);
        }
        Optional<String> datedKind = f.date() == null || Lexicon.get().isRole(f.date()) ? Optional.empty()
                : OntologyClasses.get().soleDomain(f.date());
        if (patient != null && patientMention.kind() == Mention.Kind.PRONOUN && datedKind.isPresent()
                && !datable(r, patient, f.date())) {
            // "The Charter was approved by the assembly on 2 April. It came into force on 25 April." in the article on
            // the assembly: "it" of a date only things of one kind have is the thing of that kind spoken of last
            patient = lastOfKind(r, patientMention, datedKind.get(), patient);
        }
        if (patient != null && f.agentClass().equals(Frame.SAME)) {
            patient = setApart(r, m, patientMention, patient, patientHint);
            if (onlyItselfActs(r, m, patient, am -> true)) {
                return; // a thing succeeding itself: the pronoun is another's, whose end this date is not
            }
        }
        if (patient == null && patientMention.kind() == Mention.Kind.DESCRIPTION) {
            patient = instruments.ofState(facts, text, patientMention, names);
        }
        // (a relative clause has its own dates, never the main clause's before its antecedent: "repealed on 28 June
        // 1921, when the Charter, which had been adopted by the assembly, came into effect")
        boolean relative = m.dateFrom() > patientMention.end() && RELATIVE_AFTER.matcher(text)
                .region(patientMention.end(), m.dateFrom()).matches();
        // (of listed patients with a date between two of them, each its own: "ratified A in July 1919 and B" dates A)
        boolean dates = f.date() != null && !"SPAN".equals(f.date()) && !f.datesMeeting();
        PartialDate successionDate = null; // (the day one thing ended or began in another's place: the other's too)
        FrameDates.Years patientYears = dates ? years.of(patientMention, f.date()) : years;
        int[] reach = dates ? itemsReach(r, m, patientMention, patientYears) : new int[] {m.dateFrom(), m.dateTo()};
        boolean own = reach[0] != m.dateFrom() || reach[1] != m.dateTo();
        Optional<PartialDate> date = !dates || complemented(r, m, patientMention) ? Optional.empty()
                : FrameDates.dateIn(text, reach[0], reach[1], names, patientYears)
                        .or(() -> relative || own ? Optional.empty()
                                : FrameDates.beforeClause(text, m, names, years))
                        .or(() -> relative || own ? Optional.empty() : FrameDates.whenDate(text, m.beforeTo()));
        if (patient == null && patientMention.indefinite()
                && !onlyForeignAgents(r, m)) {
            patient = instruments.indefinite(r, patientMention, date, m);
        }
        if (patient == null) {
            return;
        }
        if (f.datesMeeting() && patientMention == m.patients().get(0)) {
            meeting(r, m, subjectDated(r, m, patient), years);
        }
        if ("SPAN".equals(f.date()) && patientMention == m.patients().get(0)) {
            // "the Diet sat in Vardo from 1920 to 1934": the span of what sat, not of the place it sat in
            Ref spanned = subjectDated(r, m, patient);
            Optional<DateParser.DateRange> span = FrameDates.span(text, m);
            Optional<String> spannedClass = spanned == null ? Optional.empty() : r.classOf(spanned);
            boolean lives = spannedClass.filter(c -> c.equals("Person") || c.equals("Place")
                    || OntologyClasses.get().isA(c, "PoliticalGroup")).isEmpty()
                    && !(spannedClass.isEmpty() && spanned instanceof NameRef n && lexicon.names().mayBePerson(n.name()));
            if (span.isPresent() && spanned != null && lives) { // (not "Ivan Petrov sat in the Diet from 1920 to 1934")
                named(facts, spanned, src);
                facts.claim(spanned, "SPAN_START", span.get().start().toNode(), src, false);
                facts.claim(spanned, "SPAN_END", span.get().end().get().toNode(), src, false);
            }
        }
        if ("SPAN".equals(f.date())) {
            if (f.property() == null) {
                return;
            }
        }
        if (date.isPresent() && (f.date().equals("START") || f.date().equals("adopted"))) {
            instruments.alsoCalled(r, patientMention, patient);
        }
        // a thing is named, and so born, only when the frame states something of it; an event whose only agents are
        // of a class the frame does not take is another event ("approved by the party's Central Committee on 5 May"
        // is no adoption of a law)
        if (date.isPresent() && !onlyForeignAgents(r, m) && datable(r, patient, f.date()) && standsIn(r, patient, f)
                && !inARole(r, patientMention, patient)
                && !(f.agentClass().equals(Frame.SAME) && r.classOf(patient).filter(c -> OntologyClasses.get()
                        .isA(c, "StateOrgan") || OntologyClasses.get().isA(c, "LegalInstrument")
                        || OntologyClasses.get().isA(c, "Session")).isEmpty())) {
            // (what is replaced is dated only when it is a thing of ours: "Y replaced Ivan Petrov in 1930" is no end)
            named(facts, patient, src);
            facts.claim(patient, f.date(), date.get().toNode(), src, false);
            successionDate = date.get();
            if ("SIGNING".equals(f.date())) {
                signedAt(r, m, patient);
            }
        }
        if ("END".equals(f.date()) && m.agents().isEmpty()) {
            supersededWhen(r, m, patient);
        }
        if (f.property() == null) {
            return;
        }
        if (patientMention.kind() == Mention.Kind.PRONOUN && !f.isAlias() && !f.agentClass().equals(Frame.SAME)) {
            // "It created a Diet. Its upper chamber, the House of Peers, ...": a pronoun whose usual referent cannot
            // stand in the property is the nearest thing named before it that can (in the sentence, then the
            // paragraph)
            Ref fitting = fittingReferent(r, patientMention, patient, f.property(), !f.forward());
            if (fitting != null) {
                patient = fitting;
            }
            Mention pronoun = patientMention;
            // (a pronoun agent only in the pronoun's own clause: in "it was the highest organ, and all others were
            // subordinate to it" the others, whom no name names, are)
            if (onlyItselfActs(r, m, patient, am -> am.kind() != Mention.Kind.PRONOUN || am.end() <= pronoun.start()
                    && !clauseBreak(r, am.end(), pronoun.start()))) {
                // "the council, which the congress elected and which was accountable to it": a pronoun is no
                // reflexive, so not what its clause's subject is; the nearest other name before it that can stand so
                Ref other = otherReferent(r, patientMention, patient, f.property(), !f.forward());
                patient = other != null ? other : patient;
            }
        }
        if (f.isAlias()) {
            // "X is known as Y": Y is another name of X; what is named must be of the row's class ("renamed": a state
            // or an organ renamed is the same thing under a new name, unless the article keeps the two apart)
            if (!f.agentClass().equals("*") && !f.agentClass().equals(Frame.GLOSSED)
                    && renamedOrgan(r, m, patient, src, years)) {
                return; // "- Succeeded by: Council of Ministers" / "In 1946 it was renamed the Council of Ministers"
            }
            Optional<String> named = r.classOf(patient);
            if (f.agentClass().equals(Frame.GLOSSED) && m.agents().stream().anyMatch(am -> {
                Optional<String> other = normalizer.classify(am.text(), facts.abbreviations());
                return other.isEmpty() || named.isEmpty() || !other.get().equals(named.get());
            })) {
                return; // "A, or B," of two classes or of none known: two things, no two names of one
            }
            if (!f.agentClass().equals("*") && !f.agentClass().equals(Frame.GLOSSED)
                    && (!fits(r.classOf(patient), f.agentClass())
                    || m.agents().stream().anyMatch(am -> am.text().contains(" and ")
                            || !fits(normalizer.classify(am.text(), facts.abbreviations()), f.agentClass())))) {
                return; // "renamed the Republic of X" (a state's name), not "renamed Petrovsk" (a city's)
            }
            for (Mention am : m.agents()) {
                if (!patient.equals(facts.subject()) && facts.subject().equals(r.subjectOf.apply(am.text()))) {
                    // "the House of Commons, which has since been known as the National Assembly" in the article on
                    // the National Assembly: a name the subject has, no other name of another thing
                    continue;
                }
                named(facts, patient, src);
                String lang = lexicon.languageOrEnglish(am.text());
                if (Character.isLowerCase(am.text().charAt(0))) {
                    if (isGenericName(am.text())) {
                        continue; // "known as the upper house": what it is, not what it is called
                    }
                    facts.nickname(patient, am.text(), lang, src); // only a quoted one
                } else {
                    // (a renaming's new name is a name it took then: the label stays the one it had)
                    facts.name(patient, am.text(), lang, f.agentClass().equals("*")
                            || f.agentClass().equals(Frame.GLOSSED) ? Origin.DIRECT : Origin.LATER,
                            src);
                }
            }
            return;
        }
        if (f.lemma().equals("lead") && !m.passive() && CAUSATIVE.matcher(text).region(
                Math.min(patientMention.end(), text.length()), text.length()).lookingAt()) {
            return; // "the crisis led the Diet to declare ...": it caused the Diet to act, it did not lead the Diet
        }
        Optional<String> patientClass = r.classOf(patient);
        if ("partOf".equals(f.property()) && f.forward() && patientMention != null
                && JOINED_TO_ANOTHER.matcher(text).region(patientMention.end(), text.length()).lookingAt()) {
            return; // "joining the Northern Republic with the Republic": the one joined to the other, not the agent
        }
        for (Mention am : m.agents().isEmpty() ? sessionAt(facts, text, m, names) : m.agents()) {
            if (apposedToAnAgent(text, am, m.agents())) {
                continue; // "the Xian Senate, the upper house of Y": the description is the name's, no agent of its own
            }
            Ref agent = r.agent(am, f);
            if (agent == null || agent.equals(patient)) {
                continue;
            }
            if (f.agentClass().equals(Frame.SAME) && (another(r, am, agent) || another(r, patientMention, patient))
                    && linked(facts, agent, patient)) {
                continue; // "X, which was superseded by a new Senate" in the Senate's article, X its successor: another
            }
            if (f.agentClass().startsWith("Person") && am.kind() == Mention.Kind.NAME
                    && (officeOfBefore(text, am.start())
                            || !am.text().contains(" ") && lexicon.demonym(am.text()).isPresent())) {
                // "signed by the chairman of the Council of X, ...": the body whose chair signed, no signer; "the Xian
                // writer Ivo Brant": a people's adjective, no one's name
                continue;
            }
            if (f.agentClass().startsWith("Person") && agent instanceof NameRef an && r.classOf(agent).isEmpty()
                    && lexicon.names().cannotBePerson(an.name())) {
                // "Chancellors who presided over it included ...": an office's noun, no one's name (an office whose
                // holder the text names stands for the holder: "X, First Secretary of Y, was its chairman")
                continue;
            }
            if (f.agentClass().startsWith("Person") && am.kind() == Mention.Kind.NAME && am.start() >= 4
                    && text.regionMatches(true, am.start() - 4, "the ", 0, 4)
                    && r.classOf(agent).isEmpty() && (am.text().split(" ").length < 3
                            || !lexicon.names().mayBePerson(am.text())
                                    && lexicon.names().personAfterTitle(am.text()).isEmpty()
                            || abbreviated(facts, am.text(), src))) {
                // "chaired by the Judge Royal", "by the Landvogt of the Province of Velm": a title, whoever held it;
                // no one's name follows "the" (but a title and a name may: "the Palatine Ivan Horvat"); nor does one
                // that has an abbreviation ("concluded by the Opposition Round Table (ORT)")
                continue;
            }
            Optional<String> agentClass = r.classOf(agent);
            if (!fits(agentClass, f.agentClass()) && "sessionOf".equals(f.property())
                    && lexicon.frames().byRoleNoun(f.lemma()).filter(f::equals).isPresent()
                    && agentClass.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()
                    && r.a.word(m.verb()).equalsIgnoreCase(f.lemma()) && m.verb() + 1 < r.a.size()
                    && r.a.word(m.verb() + 1).equals("of") && am.end() <= r.a.start(m.verb())
                    && SAID_OF.matcher(text.substring(am.end(), r.a.start(m.verb()))).matches()
                    && lexicon.mayNameASitting(am.text())) {
                // "the Diet of Dorn, a session of the Imperial Diet", "X was the first convocation of Y": a sitting
                // named like a body, as the noun says (GraphBuilder types what a text says is a session so); the noun
                // singular, after the name and before "of" ("Between its sessions, a Presidium of Y" says no such thing)
                agentClass = Optional.of("Session");
            }
            if (!fits(agentClass, f.agentClass()) && am.kind() == Mention.Kind.PRONOUN) {
                // "the treaty set up a Union Congress and a Union Committee, elected by it": a pronoun whose usual
                // referent cannot act so is the nearest thing named before it in the sentence that can
                Mention before = nearestOfClass(r, am, patientMention, f.agentClass());
                agent = before == null ? null : r.resolve(before, null);
                agentClass = agent == null ? Optional.empty() : r.classOf(agent);
                if (agent == null || agent.equals(patient)) {
                    continue;
                }
            }
            Optional<String> acting = am.kind() == Mention.Kind.NAME && agent instanceof NameRef an
                    && !fits(agentClass, f.agentClass()) && ASSEMBLY_ACTS.contains(f.property())
                    ? lexicon.actingClass(an.name()) : Optional.empty();
            if (acting.isPresent() && fits(acting, f.agentClass())) {
                // "drafted by the Ostend Convention": a name of two kinds acts as the one that can (an assembly)
                agent = new NameRef(((NameRef) agent).name(), ((NameRef) agent).articleId(), acting.get());
                facts.typed((NameRef) agent, acting.get(), src);
                agentClass = acting;
            }
            if (!fits(agentClass, f.agentClass())) {
                continue;
            }
            if (f.agentClass().startsWith("Person") && agentClass.isEmpty() && am.kind() == Mention.Kind.NAME
                    && (am.text().contains(" and ") || am.text().contains(",") || org.constitutionkg.extract.naming.NameChecker.namesAdherents(am.text()))) {
                // "the heads of state of A, B, C and D signed it": "C and D" is no person; "headed by National
                // Socialists": a group of them
                continue;
            }
            Optional<String> subjectClass = f.forward() ? agentClass : patientClass;
            Optional<String> objectClass = f.forward() ? patientClass : agentClass;
            OntologyClasses o = OntologyClasses.get();
            String property = f.propertyFor(agentClass.orElse(null));
            if ((property.equals("precededBy") || property.equals("succeededBy"))
                    && listedAs(r, m).filter(c -> o.isA(c, "Chamber")).isPresent()) {
                continue; // "X was reorganised into two chambers, A and B": X's chambers, no successors of X
            }
            if (property.equals("precededBy") && FOLLOWING.contains(f.lemma()) && !m.passive()
                    && followsAsAModel(r.a, m.verb())) {
                // (not "was followed closely by the 1938 Constitution": soon after it)
                property = "basedOn"; // "The text followed closely the 1977 Constitution": a model, no predecessor
            }
            if (property.equals("establishes") && f.lemma().equals("form") && patientClass
                    .filter(c -> o.isA(c, "Legislature")).isPresent()) {
                // "Together with the head of state, the Assembly forms the Parliament", "A and B formed the Diet": a
                // body forms a legislature with others as a part of it; alone, it may have made it or be it ("The
                // Congress formed the Supreme Soviet from among its members"): nothing said
                if (m.agents().size() < 2 && !text.toLowerCase(Locale.ROOT).contains("together with")) {
                    continue;
                }
                property = "partOf";
            }
            if (property.equals("partOf") && agentClass.filter(c -> o.isA(c, "Chamber")).isPresent()
                    && f.agentClass().contains("Chamber") && !patientClass.filter(c -> o.isA(c, "Legislature"))
                    .isPresent()) {
                continue; // "the House of Burghers formed the Council of Ministers": a chamber forms only a legislature
            }
            if (property.equals("partOf") && subjectClass.filter(c -> o.isA(c, "StateOrgan")).isPresent()
                    && objectClass.filter(c -> o.isA(c, "Polity")).isPresent()) {
                if (statePart(r, m)) {
                    continue; // "the Supreme Council of X, a member republic of Y": X is the republic, not the council
                }
                property = "jurisdiction"; // "the upper chamber of the Xland Empire": an organ of the state, no part
            }
            if (subjectClass.isEmpty() && f.lemma().equals("inspire")) {
                continue; // "Inspired by the Charter, Ivan Petrov drafted ...": what copies a model is a text we know
            }
            if (subjectClass.isPresent() && !o.inDomain(property, subjectClass.get())
                    || objectClass.isPresent() && !o.inRange(property, objectClass.get())) {
                continue; // "Ivan Petrov was president of Xland": a state has no chair
            }
            if (objectClass.isEmpty() && !o.inRange(property, "Person") && !o.inRange(property, "Place")
                    && !o.inRange(property, "Polity") && (f.forward() ? patient : agent) instanceof NameRef on
                    && lexicon.names().mayBePerson(on.name())) {
                continue; // "subordinate to the president, Ivo Brant": a person is no body anything answers to
            }
            boolean ofAnInstrument = o.soleDomain(property).filter(d -> o.isA(d, "LegalInstrument")).isPresent();
            if (subjectClass.isEmpty() && ofAnInstrument && (f.forward() ? agent : patient) instanceof NameRef sn
                    && lexicon.names().mayBePerson(sn.name())) {
                // "the session confirmed Ana Petrova as prime minister": what a person's name may name is no
                // instrument, and ratified or adopted by nobody
                continue;
            }
            Ref object = patient;
            if (property.equals("partOf") || property.equals("hasPart")) {
                if (!organOrState(subjectClass) || !organOrState(objectClass)) {
                    continue; // a session is part of its organ by sessionOf only; "Xland joined the Eastern Bloc": none
                }
                // "The lower chamber was X" in the article on the upper: X is part of what the upper is part of
                boolean partIsAgent = f.forward() == property.equals("partOf");
                if ((partIsAgent ? agentClass : patientClass).isEmpty() && (partIsAgent ? agent : patient) instanceof NameRef pn
                        && lexicon.names().mayBePerson(pn.name())) {
                    continue; // "The council was composed of Ana Berg and Ivo Kern": its members, no parts
                }
                // (by the class the words around a name gave it: "X, the lower chamber," is a chamber)
                Ref whole = wholeOfAPart(facts, partIsAgent ? agent : patient, partIsAgent ? patient : agent,
                        hintedClass(r, partIsAgent ? agent : patient), hintedClass(r, partIsAgent ? patient : agent));
                if (whole == null) {
                    continue;
                }
                if (partIsAgent) {
                    object = whole;
                } else {
                    agent = whole;
                }
            }
            if (f.agentClass().equals(Frame.SAME) && (subjectClass.isEmpty() || objectClass.isEmpty()
                    || !o.top(subjectClass.get()).equals(o.top(objectClass.get())))) {
                continue; // a charter does not succeed a council: "the council followed the charter"
            }
            if (f.agentClass().equals(Frame.SAME) && o.isA(subjectClass.get(), "Treaty") != o.isA(objectClass.get(),
                    "Treaty") && (subjectClass.get().equals("LegalInstrument") || objectClass.get().equals(
                            "LegalInstrument") || FOLLOWING.contains(f.lemma()))) {
                // nor a law a treaty: "The law followed the X Agreement" (it was made under it); a constitution may
                // replace a pact ("The Federal Constitution replaced the Federal Pact"), but what follows a treaty in
                // time is not its successor
                continue;
            }
            String agentBody = bodyKind(facts, agent);
            String patientBody = bodyKind(facts, object);
            if (f.agentClass().equals(Frame.SAME) && subjectClass.get().equals("Session") && !agentBody.isEmpty()
                    && !patientBody.isEmpty() && !agentBody.equals(patientBody)) {
                continue; // "the congress of soviets followed the party's congress": meetings of two bodies
            }
            if (subjectClass.isEmpty() && ofAnInstrument && (f.forward() ? agent : object) instanceof NameRef doc
                    && lexicon.names().namesAnAdoptedDocument(doc.name())) {
                // "the committee issued the Xland Manifesto": a document an organ adopts is one of its instruments
                facts.typed(doc, "LegalInstrument", src);
            }
            named(facts, object, src);
            named(facts, agent, src);
            if (f.forward()) {
                facts.claim(agent, property, object, src, false);
            } else {
                facts.claim(object, property, agent, src, false);
            }
            if (successionDate != null && property.equals("precededBy") && am.kind() == Mention.Kind.NAME
                    && !AS_AFTER.matcher(text).region(Math.min(patientMention.end(), text.length()), text.length())
                            .lookingAt()
                    && agentClass.filter(c -> o.isA(c, "StateOrgan")).isPresent()
                    && ("END".equals(f.date()) && f.forward() || "START".equals(f.date()) && !f.forward())) {
                // "on 1 May 1951 the board was replaced by the Cabinet", "the board gave way to the Cabinet in 1951":
                // the day one organ ended in another's place (or began in it) is the day the other began (or ended)
                facts.claim(agent, f.forward() ? "START" : "END", successionDate.toNode(), src, false);
            }
            if (property.equals("location") && f.forward()) {
                buildingIn(r, patientMention, object);
            }
        }
    }

    /**
     * "sat in the Palace of Labour in Rusgrad", "at the Ständehaus at Xtown": the building's place is the name after
     * it ("in" or "at", then a name of no organ, state or place class and no person's).
     */
    private void buildingIn(Referents r, Mention building, Ref place) {
        Matcher in = IN_PLACE.matcher(r.text).region(Math.min(building.end(), r.text.length()), r.text.length());
        if (!in.lookingAt()) {
            return;
        }
        for (Mention n : r.names) {
            if (n.start() == in.end() && n.kind() == Mention.Kind.NAME
                    && normalizer.classify(n.text(), r.facts.abbreviations()).isEmpty()
                    && !lexicon.names().mayBePerson(n.text())) {
                NameRef city = new NameRef(n.text(), r.facts.article().id(), "Place");
                r.facts.name(city, n.text(), "en", Origin.DIRECT, r.src);
                r.facts.claim(place, "location", city, r.src, false);
                return;
            }
        }
    }

    /**
     * Whether a noun of an office ({@link org.constitutionkg.extract.naming.NameChecker#officeNoun}), or its plural, and
     * "of" ("of the") stand right before {@code at}: "the chairman of the X", "the presidents of X".
     */
    static boolean officeOfBefore(String text, int at) {
        int end = at;
        if (text.startsWith("the ", end - 4)) {
            end -= 4;
        }
        if (end < 4 || !text.startsWith(" of ", end - 4)) {
            return false;
        }
        int wordEnd = end - 4;
        int wordStart = wordEnd;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String w = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
        java.util.function.Predicate<String> office = org.constitutionkg.extract.naming.NameChecker::officeNoun;
        return office.test(w) || w.endsWith("s") && office.test(w.substring(0, w.length() - 1))
                || w.endsWith("men") && office.test(w.substring(0, w.length() - 3) + "man");
    }

    /** What puts a building in a place: " in " or " at " before the place's name. */
    private static final Pattern IN_PLACE = Pattern.compile(" (?:in|at) (?:the )?");

    /**
     * A bare head of a body's part ("a new Presidium", "the Presidium", name-structure.tsv) in the article on an organ
     * is the part the article names in full ("Presidium of the Supreme Assembly of X"), or else the article's organ's
     * ("Presidium of the Central Executive Committee of X"): a mention of that name; or null.
     */
    private Mention bareBodyPart(Facts facts, String text, NameFinder.Span s, String head) {
        if (!lexicon.genericHeads().contains(head.toLowerCase(Locale.ROOT))
                || !BARE_BEFORE.matcher(text).region(0, s.start()).find()
                || lexicon.nameStructures().stream().noneMatch(x -> x.property().equals("partOf")
                        && x.pattern().matcher(head + " of the X").matches())) {
            return null; // (only a head that names a part of a body: "the Congress" is the discourse's to resolve)
        }
        Matcher and = AND_ITS.matcher(text).region(0, s.start());
        if (and.find()) {
            // "responsible to the Ylan Council and its Presidium": the presidium of the name "its" follows
            String owner = and.group(1);
            if (normalizer.classify(owner, facts.abbreviations()).filter(c -> OntologyClasses.get().isA(c,
                    "StateOrgan")).isPresent()) {
                String of = owner.equals(owner.toUpperCase(Locale.ROOT)) ? " of " : " of the ";
                return new Mention(s.start(), s.end(), Mention.Kind.NAME, head + of + owner);
            }
            if (owner.length() >= 2 && owner.equals(owner.toUpperCase(Locale.ROOT))) {
                return null; // "answered to YNC and its Presidium": another body's, by its abbreviation
            }
            // (a name of no organ's class, "met in Ytown and its Presidium was elected": the reading below)
        }
        String full = null;
        for (Facts.Name n : facts.names()) {
            if (n.lang().equals("en") && n.text().startsWith(head + " of ") && lexicon.names().isName(n.text())) {
                if (full != null && !full.equals(n.text())) {
                    return null; // two of them: which is meant is not said
                }
                full = n.text();
            }
        }
        String title = facts.article().title().text();
        String cls = facts.subjectClass();
        if (full == null && cls != null && OntologyClasses.get().isA(cls, "StateOrgan") && !title.startsWith(head)) {
            full = head + " of the " + Patterns.withoutThe(title);
        }
        return full == null ? null : new Mention(s.start(), s.end(), Mention.Kind.NAME, full);
    }

    /** A name, "and its", right before a bare head: "the Ylan Council and its Presidium" (group 1 the name). */
    private static final Pattern AND_ITS = Pattern.compile("(?:\\bthe )?(\\p{Lu}[\\w'’-]*(?: (?:of|the|for"
            + "|\\p{Lu}[\\w'’-]*))*) and its $");

    /** What stands before a bare head that names one body: "the", "a", "a new", "its". */
    private static final Pattern BARE_BEFORE = Pattern.compile("\\b(?:[Tt]he|[Aa]n?|[Ii]ts)(?: new)? $");

    /**
     * "It was repealed when the Charter of X was adopted", "the council was dissolved when the Diet of X came into
     * being": an instrument ended when another of its kind was made is repealed by it; an organ, succeeded by it.
     */
    private void supersededWhen(Referents r, FrameMatcher.Match m, Ref patient) {
        Matcher w = WHEN_MADE.matcher(r.text).region(Math.min(m.dateFrom(), r.text.length()), r.text.length());
        if (!w.lookingAt()) {
            return;
        }
        Mention next = null;
        for (Mention n : r.names) {
            if (n.start() == w.end() && n.kind() == Mention.Kind.NAME) {
                next = n;
            }
        }
        if (next == null || !MADE_AFTER.matcher(r.text).region(next.end(), r.text.length()).lookingAt()) {
            return;
        }
        Ref successor = r.resolve(next, null);
        Optional<String> was = r.classOf(patient);
        Optional<String> is = r.classOf(successor);
        OntologyClasses o = OntologyClasses.get();
        boolean instruments = was.isPresent() && is.isPresent() && o.isA(was.get(), "LegalInstrument")
                && o.isA(is.get(), "LegalInstrument");
        if (successor == null || successor.equals(patient) || was.isEmpty() || is.isEmpty()
                || !instruments && !was.get().equals(is.get())) {
            return; // (a legislature dissolved when a government was formed is succeeded by no government)
        }
        named(r.facts, successor, r.src);
        r.facts.claim(patient, o.isA(was.get(), "LegalInstrument") ? "repealedBy" : "succeededBy", successor, r.src,
                false);
    }

    /** "to" and a verb after a frame's object: "led the Diet to declare", a cause, no office. */
    private static final Pattern CAUSATIVE = Pattern.compile(" to (?!(?:the|a|an|his|her|its|their|which|whom)\\b)\\p{Ll}+\\b");

    /** What opens a clause of the making of a successor after an ending verb: " (in 1958) when (the) ". */
    private static final Pattern WHEN_MADE = Pattern.compile("[^.;]{0,40}?\\bwhen (?:the )?");
    /** The making's verb after the successor's name: "was adopted", "came into force", "was established". */
    private static final Pattern MADE_AFTER = Pattern.compile(
            ",?(?: which [^,]*,)? (?:was|were) (?:\\p{Ll}+ )?(?:adopted|enacted|approved|promulgated|established|"
            + "created|formed|founded|set up|proclaimed)\\b|,?(?: which [^,]*,)? (?:came|entered|went) "
            + "into (?:force|effect|being)\\b|,?(?: which [^,]*,)? took effect\\b");

    /**
     * Gives the parts a match states the class its noun says they are: the plural announcing a list of parts
     * ("consisted of two chambers: A and B", "divided into two houses, A and B") or the noun of a part ("A was the
     * upper house of X", "the two chambers of X, A and B"), where it names an organ's kind narrower than an organ.
     * What tells a part named like a body of its own ("the Assembly of Deputies") or like any organ ("the Council of
     * Provinces") for the chamber it is.
     */
    private void partsTyped(Referents r, FrameMatcher.Match m) {
        String p = m.frame().property();
        Optional<String> cls;
        List<Mention> parts;
        if ("hasPart".equals(p)) {
            cls = listedAs(r, m);
            parts = m.patients();
        } else if ("partOf".equals(p) && m.verb() >= 0 && m.verb() < r.a.size() && r.a.tag(m.verb()).equals("NOUN")) {
            cls = organKind(r, Patterns.singular(r.a.word(m.verb()).toLowerCase(Locale.ROOT)));
            parts = m.agents();
        } else {
            return;
        }
        if (cls.isEmpty()) {
            return;
        }
        for (Mention part : parts) {
            if (part.kind() == Mention.Kind.NAME && r.resolve(part, null) instanceof NameRef n) {
                r.facts.typed(n, cls.get(), r.src);
            }
        }
    }

    /**
     * What an assembly does and a treaty never does, where a name of two kinds (ambiguous-heads.tsv) acts as the
     * assembly: drafting, adopting, electing, being answerable to, sitting (not ratifying or confirming: a treaty
     * may confirm another).
     */
    private static final Set<String> ASSEMBLY_ACTS = Set.of("author", "adoptedBy", "electedBy", "accountableTo",
            "location");

    /**
     * Whether a mention of the article's subject by its name may be another thing of that name: "a new Senate",
     * "another Diet". Often it is the subject ("the council was replaced by a new Senate" in the Senate's article); the
     * caller refuses only a succession that would close a loop ({@link #linked}).
     */
    private static boolean another(Referents r, Mention m, Ref ref) {
        return ref != null && ref.equals(r.facts.subject()) && m.kind() == Mention.Kind.NAME
                && ANOTHER_BEFORE.matcher(r.text.substring(Math.max(0, m.start() - 16), m.start())).find();
    }

    /** Whether a succession between the two is stated already, either way: a new one would close a loop. */
    private static boolean linked(Facts facts, Ref a, Ref b) {
        return facts.claims().stream().anyMatch(c -> (c.property().equals("precededBy")
                || c.property().equals("succeededBy")) && (c.subject().equals(a) && b.equals(c.object())
                || c.subject().equals(b) && a.equals(c.object())));
    }

    private static final Pattern ANOTHER_BEFORE = Pattern.compile(
            "(?i)\\b(?:a new|another|a second|a separate|a different)\\s+$");

    /** The class a name's words around it gave it ("X, the lower chamber,": a chamber), else what its name says. */
    private static Optional<String> hintedClass(Referents r, Ref ref) {
        return ref instanceof NameRef n && n.classHint() != null ? Optional.of(n.classHint()) : r.classOf(ref);
    }

    /** The class of an organ's kind a noun names, narrower than an organ ("chamber", "house"); or empty. */
    private static Optional<String> organKind(Referents r, String noun) {
        OntologyClasses o = OntologyClasses.get();
        return r.headClass(noun).filter(c -> !c.equals("StateOrgan") && o.isA(c, "StateOrgan"));
    }

    /** The class the plural noun before a list of parts says (see {@link #partsTyped}). */
    private static Optional<String> listedAs(Referents r, FrameMatcher.Match m) {
        if (m.patients().isEmpty()) {
            return Optional.empty();
        }
        int k = r.a.tokenAt(m.patients().get(0).start()) - 1;
        while (k > m.verb() && LIST_OPENERS.contains(r.a.word(k).toLowerCase(Locale.ROOT))) {
            k--;
        }
        if (k <= m.verb() || !r.a.tag(k).equals("NOUN")) {
            return Optional.empty();
        }
        String word = r.a.word(k).toLowerCase(Locale.ROOT);
        String one = Patterns.singular(word);
        return one.equals(word) ? Optional.empty() : organKind(r, one);
    }

    /** What may stand between a list's noun and its first name: "two chambers: the A", "houses, namely A". */
    private static final Set<String> LIST_OPENERS = Set.of(":", ",", "-", "\u2013", "\u2014", "namely", "the", "a", "an");

    /**
     * "It was amended in 1967, before it was replaced by the 1974 Constitution" under a heading on an assembly, in the
     * article on a constitution: "it" of a frame between two of a kind, whose usual referent is of another kind than
     * every named agent, is the thing of the agents' kind spoken of last: named before it in the sentence ("The
     * council ended its work; it was followed by the Assembly"), else one of the last two names before the sentence,
     * else the article's subject.
     */
    private static Ref ofTheAgentsKind(Referents r, FrameMatcher.Match m, Mention pronoun, Ref patient) {
        Optional<String> pc = r.classOf(patient);
        if (pc.isEmpty() || m.agents().isEmpty()) {
            return patient;
        }
        OntologyClasses o = OntologyClasses.get();
        String kind = null;
        java.util.Set<Ref> agents = new java.util.HashSet<>();
        for (Mention am : m.agents()) {
            Ref agent = am.kind() == Mention.Kind.NAME ? r.resolve(am, null) : null;
            Optional<String> ac = agent == null ? Optional.empty() : r.classOf(agent);
            if (ac.isEmpty() || o.top(ac.get()).equals(o.top(pc.get())) || kind != null && !kind.equals(o.top(ac.get()))) {
                return patient;
            }
            kind = o.top(ac.get());
            agents.add(agent);
        }
        String k = kind;
        java.util.function.Predicate<Ref> fitting = x -> x != null && !agents.contains(x)
                && r.classOf(x).filter(c -> o.top(c).equals(k)).isPresent();
        Ref last = spokenOfLast(r, pronoun, fitting);
        return last != null ? last : fitting.test(r.facts.subject()) ? r.facts.subject() : patient;
    }

    /**
     * Whether a pronoun's clause says its referent follows another ("It was in turn replaced by X", "It was itself
     * replaced ...", shifting-adverbs.txt): between the pronoun and its verb, or (a phrase of several words) in the
     * three words after the verb ("It was replaced in turn by X"; not a reflexive object: "It dissolved itself").
     */
    private static boolean shifted(Referents r, FrameMatcher.Match m, Mention pronoun) {
        if (m.verb() < 0 || m.verb() >= r.a.size() || r.a.start(m.verb()) < pronoun.end()) {
            return false;
        }
        return SHIFTING.matcher(r.text).region(pronoun.end(), r.a.start(m.verb())).find()
                || inWordsAfter(r, m.verb(), 3, SHIFTING_PHRASE);
    }

    private static final Pattern SHIFTING = Patterns.anyPhrase(Lexicon.lowerWords("shifting-adverbs.txt"), false);
    private static final Pattern SHIFTING_PHRASE = Patterns.anyPhrase(Lexicon.lowerWords("shifting-adverbs.txt"), true);

    /** Whether {@code p} is found in the {@code n} words after token {@code v} of the sentence. */
    private static boolean inWordsAfter(Referents r, int v, int n, Pattern p) {
        int to = r.a.end(Math.min(r.a.size() - 1, v + n));
        return p.matcher(r.text).region(r.a.end(v), Math.max(r.a.end(v), to)).find();
    }

    /**
     * The thing of the kind of a pronoun's usual referent, other than that, spoken of last ({@link #spokenOfLast}): "The
     * 1950 Code replaced it. It was in turn replaced by ..." in the article on the old charter is the Code; else the usual.
     */
    private static Ref anotherOfItsKind(Referents r, Mention pronoun, Ref usual) {
        Optional<String> uc = r.classOf(usual);
        if (uc.isEmpty()) {
            return usual;
        }
        OntologyClasses o = OntologyClasses.get();
        Ref last = spokenOfLast(r, pronoun, x -> x != null && !x.equals(usual)
                && r.classOf(x).filter(c -> o.top(c).equals(o.top(uc.get()))).isPresent());
        return last != null ? last : usual;
    }

    /**
     * The thing of class {@code kind} spoken of last before a pronoun ({@link #spokenOfLast}), else {@code usual}.
     */
    private static Ref lastOfKind(Referents r, Mention pronoun, String kind, Ref usual) {
        Ref last = spokenOfLast(r, pronoun,
                x -> x != null && r.classOf(x).filter(c -> OntologyClasses.get().isA(c, kind)).isPresent());
        return last != null ? last : usual;
    }

    /**
     * The thing spoken of last before a pronoun that {@code fitting} accepts: named before it in the sentence, else one
     * of the last two names before the sentence; else null.
     */
    private static Ref spokenOfLast(Referents r, Mention pronoun, java.util.function.Predicate<Ref> fitting) {
        for (int i = r.names.size() - 1; i >= 0; i--) {
            Mention n = r.names.get(i);
            if (n.kind() == Mention.Kind.NAME && n.end() <= pronoun.start()) {
                Ref x = r.resolve(n, null);
                if (fitting.test(x)) {
                    return x;
                }
            }
        }
        for (String name : r.lastNamed()) {
            Ref x = r.spoken(name);
            if (fitting.test(x)) {
                return x;
            }
        }
        return null;
    }

    /** Whether a class (if known) is a state organ's or a state's: the things parts are stated between in prose. */
    private static boolean organOrState(Optional<String> cls) {
        return cls.isEmpty() || OntologyClasses.get().isA(cls.get(), "StateOrgan")
                || OntologyClasses.get().isA(cls.get(), "Polity");
    }

    /**
     * The whole a chamber (or a house named like a legislature: "the Imperial Duma") is part of, when the sentence
     * would make it part of a chamber or of a thing the article states to be part of something: a chamber's chamber is
     * its sibling ("The Federal Council was the upper chamber of the Assembly. Its counterpart, X, formed the lower
     * chamber": X is the Assembly's). The whole as said when no such thing holds; null when the sibling's whole is
     * unknown (a chamber has no chambers).
     */
    private static Ref wholeOfAPart(Facts facts, Ref part, Ref whole, Optional<String> partClass,
            Optional<String> wholeClass) {
        OntologyClasses o = OntologyClasses.get();
        if (partClass.isEmpty() || !o.isA(partClass.get(), "Chamber") && !o.isA(partClass.get(), "Legislature")) {
            return whole;
        }
        for (Facts.Claim c : facts.claims()) {
            if (c.subject().equals(whole) && c.property().equals("partOf") && c.object() instanceof Ref above) {
                // (a whole that is a legislature of its own, part of a larger body, keeps its chambers unsaid: "The
                // Supreme Soviet was a body of the Congress. X was a chamber of the Supreme Soviet" is no chamber of
                // the Congress)
                return above.equals(part) || wholeClass.filter(w -> o.isA(w, "Legislature")).isPresent() ? null
                        : above;
            }
        }
        return o.isA(partClass.get(), "Chamber") && wholeClass.isPresent() && o.isA(wholeClass.get(), "Chamber")
                ? null : whole;
    }

    /**
     * What the date of a frame with a preposition is of ("held in X on D", "sat in X from A to B"): its subject, not
     * the place the preposition names; of a frame without, its patient.
     */
    private static Ref subjectDated(Referents r, FrameMatcher.Match m, Ref patient) {
        return m.frame().preposition() != null && m.agent() != null ? r.resolve(m.agent(), null) : patient;
    }

    /**
     * For a pronoun whose referent's class cannot be the subject ({@code asSubject}) or the object of the property:
     * the nearest thing named before it that can, in the sentence, then in the paragraph; null when the referent fits,
     * its class is unknown, or nothing named fits.
     */
    private Ref fittingReferent(Referents r, Mention pronoun, Ref referent, String property, boolean asSubject) {
        OntologyClasses o = OntologyClasses.get();
        java.util.function.Predicate<String> fitsProperty = c -> asSubject ? o.inDomain(property, c)
                : o.inRange(property, c);
        Optional<String> c = r.classOf(referent);
        if (c.isEmpty() || fitsProperty.test(c.get())) {
            return null;
        }
        for (Ref ref : namedBefore(r, pronoun, false)) {
            Optional<String> k = r.classOf(ref);
            if (!ref.equals(referent) && k.isPresent() && fitsProperty.test(k.get())) {
                return ref;
            }
        }
        return null;
    }

    /**
     * The name nearest before {@code pronoun} in its sentence, else in its paragraph, that denotes another thing than
     * {@code not}, of a class that fits the property.
     */
    private static Ref otherReferent(Referents r, Mention pronoun, Ref not, String property, boolean asSubject) {
        OntologyClasses o = OntologyClasses.get();
        for (Ref ref : namedBefore(r, pronoun, true)) {
            Optional<String> k = r.classOf(ref);
            if (!ref.equals(not) && k.isPresent()
                    && (asSubject ? o.inDomain(property, k.get()) : o.inRange(property, k.get()))) {
                return ref;
            }
        }
        return null;
    }

    /**
     * What is named before a pronoun in its sentence, nearest first, then the paragraph's other names, newest first;
     * with {@code described}, definite descriptions in the sentence too ("The committee acted for the assembly and was
     * accountable to it": for a pronoun that cannot be its clause's subject, the thing a nearer description names
     * beats a name of the paragraph; for one whose usual referent cannot stand in the fact, the clause's subject
     * keeps its salience over a description inside a participle: "a Presidium, elected by the Assembly, ...; X
     * served as its president").
     */
    private static List<Ref> namedBefore(Referents r, Mention pronoun, boolean described) {
        List<Ref> candidates = new ArrayList<>();
        List<Mention> before = new ArrayList<>(r.names);
        if (described) {
            before.addAll(r.descriptions());
        }
        before.sort(java.util.Comparator.comparingInt(Mention::start));
        for (int i = before.size() - 1; i >= 0; i--) {
            Mention n = before.get(i);
            if (n.end() > pronoun.start()) {
                continue;
            }
            if (n.kind() == Mention.Kind.NAME) {
                candidates.add(r.spoken(n.text()));
            } else if (n.kind() == Mention.Kind.DESCRIPTION && !n.indefinite()) {
                Ref d = r.resolve(n, null);
                if (d != null) {
                    candidates.add(d);
                }
            }
        }
        for (String n : r.discourse.inParagraph(r.src.line())) {
            if (r.names.stream().noneMatch(m -> m.text().equals(n))) {
                candidates.add(r.spoken(n));
            }
        }
        return candidates;
    }

    /** The name nearest before {@code pronoun} in the sentence, not the patient's, of a class that fits {@code cls}. */
    private static Mention nearestOfClass(Referents r, Mention pronoun, Mention patient, String cls) {
        Mention best = null;
        for (Mention n : r.names) {
            Ref resolved = n.kind() == Mention.Kind.NAME && n.end() <= pronoun.start() && !n.equals(patient)
                    ? r.resolve(n, null) : null;
            if (resolved != null && r.classOf(resolved).filter(c -> fits(Optional.of(c), cls)).isPresent()) {
                best = n;
            }
        }
        return best;
    }

    /** A second thing after a patient, joined to it: " with the Republic of X", " to Y". */
    private static final Pattern JOINED_TO_ANOTHER = Pattern.compile(" (?:with|to) (?:the )?\\p{Lu}");

    /** The kind of body a session is one of: a party's (its congress) or the state's; by the session's name. */
    private String bodyKind(Facts facts, Ref session) {
        String name = session instanceof NameRef n ? n.name()
                : facts.subjectNames().isEmpty() ? "" : facts.subjectNames().get(0);
        if (!Patterns.withoutYearAfter(name).contains(" of ")) {
            return ""; // "the 3rd Congress": a session of the body the context means, of no kind by its name
        }
        return lexicon.classOf(name).map(OntologyClasses.get()::top).orElse("");
    }

    /**
     * An organ renamed is the same organ under a new name (frames.tsv), unless the article itself keeps the new name
     * apart as its successor ("- Succeeded by: Council of Ministers" in the infobox, or a sentence before): then the
     * renaming is that succession, dated by its clause ("In March 1946 it was renamed the Council of Ministers").
     * Whether the patient is an organ, the new name one too, and the succession stated so.
     */
    private boolean renamedOrgan(Referents r, FrameMatcher.Match m, Ref patient, Source src, FrameDates.Years years) {
        OntologyClasses o = OntologyClasses.get();
        Optional<String> was = r.classOf(patient);
        if (was.filter(c -> o.isA(c, "StateOrgan")).isEmpty() || m.agents().size() != 1) {
            return false;
        }
        Mention am = m.agents().get(0);
        Optional<String> now = normalizer.classify(am.text(), r.facts.abbreviations());
        if (am.kind() != Mention.Kind.NAME || now.filter(c -> o.isA(c, "StateOrgan")).isEmpty()) {
            return false;
        }
        NameRef successor = new NameRef(am.text(), r.facts.article().id(), now.get());
        if (successor.name().equals(patient instanceof NameRef n ? n.name() : null)
                || !successionStated(r.facts, patient, am.text())) {
            return false;
        }
        if (patient.equals(r.subjectOf.apply(am.text()))) {
            return true; // "the chamber was renamed House of Peers" in the article on it: no successor, no end
        }
        named(r.facts, patient, src);
        named(r.facts, successor, src);
        r.facts.claim(patient, "succeededBy", successor, src, false);
        r.facts.claim(successor, "precededBy", patient, src, false);
        // "renamed the Council of Ministers on 15 March 1946": the day the one ended and the other began
        // (after the new name to the clause's end, or a date that opens the sentence: "In 1946 it was renamed X")
        Matcher clauseEnd = CLAUSE_END.matcher(r.text);
        int end = clauseEnd.find(am.end()) ? clauseEnd.start() : r.text.length();
        FrameDates.dateIn(r.text, am.end(), end, r.names, years)
                .or(() -> FrameDates.dateIn(r.text, 0, OPENING_DATE.matcher(r.text).lookingAt() ? am.start() : 0,
                        r.names, years))
                .ifPresent(d -> {
                    r.facts.claim(patient, "END", d.toNode(), src, false);
                    r.facts.claim(successor, "START", d.toNode(), src, false);
                });
        return true;
    }

    /** "as" after what was replaced: "the Senate replaced the council as the court of appeal" (in a role only). */
    private static final Pattern AS_AFTER = Pattern.compile("\\s+as\\b");

    /** Where a clause ends: a semicolon, or a comma and a conjunction. */
    private static final Pattern CLAUSE_END = Pattern.compile(";|, (?:and|but|while|whereas) ");

    /** A date that opens a sentence: "In 1946", "On 15 March 1946,". */
    private static final Pattern OPENING_DATE = Pattern.compile("^(?:In|On) " + DateParser.DATE_REGEX + "\\b");

    /**
     * Whether the names a frame of membership takes as wholes are followed by "in" and a verb in -ing ("joined A and B
     * in founding the Union", "joined Ytown in signing the treaty"): partners in that act, no wholes.
     */
    private static boolean partnersInAnAct(FrameMatcher.Match m, String text) {
        if (!"partOf".equals(m.frame().property()) || m.passive()) {
            return false;
        }
        return m.patients().stream().anyMatch(p -> IN_GERUND.matcher(text).region(p.end(), text.length()).lookingAt());
    }

    private static final Pattern IN_GERUND = Pattern.compile(",? in \\p{Ll}+ing (?:the|a|an|its|their)\\b");

    /** One name written in full or short: "State Council" and "State Council of Xland", with or without "the". */
    private static boolean sameName(String a, String b) {
        String x = Patterns.withoutThe(a.strip());
        String y = Patterns.withoutThe(b.strip());
        return x.equals(y) || x.startsWith(y + " of ") || y.startsWith(x + " of ");
    }

    /** Whether the article already says that {@code name} succeeded {@code patient} (or that it preceded it). */
    private static boolean successionStated(Facts facts, Ref patient, String name) {
        for (Facts.Claim c : facts.claims()) {
            if (c.property().equals("succeededBy") && c.subject().equals(patient) && c.object() instanceof NameRef o
                    && sameName(o.name(), name)
                    || c.property().equals("precededBy") && c.subject() instanceof NameRef s && sameName(s.name(), name)
                    && patient.equals(c.object())) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case phrase that is, capitalised, an organ name every state may have ("upper house"). */
    private boolean isGenericName(String phrase) {
        return lexicon.genericNames().stream().anyMatch(g -> g.equalsIgnoreCase(phrase));
    }

    /**
     * Whether the noun after a frame's preposition names chambers ("into two chambers", "into two houses"), or every
     * part named does: what an active "divided X into" makes parts of its object.
     */
    private boolean intoChambers(Annotated a, FrameMatcher.Match m, Referents r) {
        OntologyClasses o = OntologyClasses.get();
        for (int k = m.verb() + 1; k < a.size(); k++) {
            if (a.word(k).equalsIgnoreCase(m.frame().preposition())) {
                int n = k + 1;
                while (n < a.size() && (a.tag(n).equals("NUM") || a.tag(n).equals("ADJ") || a.tag(n).equals("DET"))) {
                    n++;
                }
                if (n < a.size() && a.tag(n).equals("NOUN") && organKind(r, Patterns.singular(a.word(n)
                        .toLowerCase(Locale.ROOT))).filter(c -> o.isA(c, "Chamber")).isPresent()) {
                    return true;
                }
                break;
            }
        }
        return m.patients().stream().allMatch(p -> p.kind() == Mention.Kind.NAME && normalizer.classify(p.text(),
                Map.of()).filter(c -> o.isA(c, "Chamber")).isPresent());
    }

    /**
     * "The charter was adopted at the Fifth Congress of X": a passive of an organ's act with no "by" names as its agent
     * a session it took place at (a session only: "adopted at Xtown" names a place), or the organ of an unnamed
     * sitting it took place at ("adopted at a session of the Little Council").
     */
    private List<Mention> sessionAt(Facts facts, String text, FrameMatcher.Match m, List<Mention> names) {
        if (!m.passive() || !m.frame().agentClass().contains("Session")) {
            return List.of();
        }
        for (Mention n : names) {
            if (n.start() < m.dateFrom() || n.end() > m.dateTo()) {
                continue;
            }
            Optional<String> cls = normalizer.classify(n.text(), facts.abbreviations());
            if (AT.matcher(text.substring(Math.max(0, n.start() - 8), n.start())).find()
                    && cls.filter("Session"::equals).isPresent()) {
                return List.of(n);
            }
            // "adopted at a session of the Little Council": an unnamed sitting of organ X, X is the agent (a sitting's
            // noun, no term's: "at the first convocation of X" names a term); not "at a joint sitting of A and B"
            Matcher sitting = AT_A_SITTING_OF.matcher(text.substring(Math.max(0, n.start() - 40), n.start()));
            if (sitting.find() && lexicon.isSittingNoun(sitting.group(1)) && lexicon.sitsWithinAnother(sitting.group(1))
                    && cls.filter(c -> OntologyClasses.get().isA(c, "StateOrgan")).isPresent()
                    && !text.startsWith(" and ", n.end())) {
                return List.of(n);
            }
        }
        return List.of();
    }

    private static final Pattern AT = Pattern.compile("\\bat (?:the |its )?$");

    /** "at a session of (the) ", "at the first joint sitting of ": a sitting's noun before the name, from a word's start. */
    private static final Pattern AT_A_SITTING_OF = Pattern.compile(
            "(?:^|\\s)[Aa]t (?:a|an|the|its) (?:[a-z-]+ ){0,2}?([a-z]+) of (?:the )?$");

    /**
     * Whether the patient of a body's act, of a known class, is what the act's property is said of: what was "issued"
     * or "adopted" on a date is an instrument, and "the Regency, which was issued on 3 May" dates no organ.
     */
    private static boolean standsIn(Referents r, Ref patient, Frame f) {
        if (f.property() == null || f.isAlias() || f.agentClass().equals(Frame.SAME) || f.forward()) {
            return true; // (what an instrument abolished may be of any kind: "the fourth duma was dissolved in 1917")
        }
        Optional<String> c = r.classOf(patient);
        return c.isEmpty() || OntologyClasses.get().inDomain(f.property(), c.get());
    }

    /**
     * Whether the patient is a person's name put in an office by the verb ("confirmed Ivo Brant as prime minister",
     * "appointed Ivo Brant as chancellor"): a person, whom no date of an organ or an instrument dates.
     */
    private boolean inARole(Referents r, Mention patientMention, Ref patient) {
        return patient instanceof NameRef n && r.classOf(patient).isEmpty() && patientMention != null
                && r.text.startsWith(" as ", patientMention.end()) && lexicon.names().mayBePerson(n.name());
    }

    /**
     * Whether a date may be stated of the patient: a role (START, END) fits every class; a property ("adopted") only
     * the classes of its domain ("the power passed to the council in 1920" dates no council's adoption).
     */
    private static boolean datable(Referents r, Ref patient, String property) {
        Optional<String> c = patient instanceof NameRef n && "Person".equals(n.classHint()) ? Optional.of("Person")
                : r.classOf(patient); // ("Prime Minister Ivan Petrov": a person, by the title before the name)
        if (Lexicon.get().isRole(property)) {
            // a role's property by the patient's class: a person is neither set up nor dissolved
            return c.isEmpty() || Lexicon.get().role(property, OntologyClasses.get().withSupers(c.get()))
                    .filter(p -> OntologyClasses.get().inDomain(p, c.get())).isPresent();
        }
        return c.isEmpty() || OntologyClasses.get().inDomain(property, c.get());
    }

    /**
     * Whether the match names agents and each is of a known class that its frame, one of an organ's acts, does not
     * take.
     */
    private static boolean onlyForeignAgents(Referents r, FrameMatcher.Match m) {
        Frame f = m.frame();
        if (f.property() == null || f.isAlias() || m.agents().isEmpty()
                || !(f.agentClass().contains("StateOrgan") || f.agentClass().contains("Session"))) {
            return false; // only an act that an organ performs (adopting, electing) is another act by another body;
                          // "the Senate was dissolved by the Diet in 1925" still dates the Senate's end
        }
        for (Mention am : m.agents()) {
            Ref agent = r.agent(am, f);
            Optional<String> c = agent == null ? Optional.empty() : r.classOf(agent);
            if (c.isEmpty() || fits(c, f.agentClass())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a description stands in apposition to a name among the agents, right after it and its comma. */
    private static boolean apposedToAnAgent(String text, Mention am, List<Mention> agents) {
        if (am.kind() != Mention.Kind.DESCRIPTION) {
            return false;
        }
        for (Mention n : agents) {
            if (n.kind() == Mention.Kind.NAME && n.end() <= am.start() && text.substring(n.end(), am.start()).equals(", ")) {
                return true;
            }
        }
        return false;
    }

    private static void named(Facts facts, Ref r, Source src) {
        if (r instanceof NameRef n && Character.isLowerCase(n.name().charAt(0))) {
            facts.nickname(n, n.name(), "en", src); // a thing known by a description only ({@link InstrumentDescriptions#ofState})
        } else if (r instanceof NameRef n) {
            facts.name(n, n.name(), "en", Origin.DIRECT, src);
        }
    }

    /**
     * "The congress was held in X from 3 to 9 May 1921", "it met on 12 March", "which took place on 3–9 May": the
     * dates of a meeting, of a session only: an organ (or a party's committee) that met in 1920 was not founded then.
     */
    private void meeting(Referents r, FrameMatcher.Match m, Ref held, FrameDates.Years years) {
        if (held != null && firstMeeting(r, m) && r.classOf(held).filter(c -> OntologyClasses.get().isA(c, "StateOrgan")
                && !OntologyClasses.get().isA(c, "Session")).isPresent()) {
            // "It first met on 18 June 1946", "met for the first time in 1919": an organ began then
            FrameDates.meeting(r.text, m, r.names, years).ifPresent(range -> {
                named(r.facts, held, r.src);
                r.facts.claim(held, "START", range.start().toNode(), r.src, false);
            });
            return;
        }
        if (held == null || r.classOf(held).filter(c -> OntologyClasses.get().isA(c, "Session")).isEmpty()) {
            return;
        }
        FrameDates.meeting(r.text, m, r.names, years).ifPresent(range -> {
            named(r.facts, held, r.src);
            r.facts.claim(held, "SESSION_START", range.start().toNode(), r.src, false);
            range.end().ifPresent(end -> r.facts.claim(held, "SESSION_END", end.toNode(), r.src, false));
        });
    }

    /**
     * Whether a meeting is said to be the first (first-time-words.txt): "first" right before the verb ("It first met"),
     * or a phrase in the five words after it ("met for the first time").
     */
    private static boolean firstMeeting(Referents r, FrameMatcher.Match m) {
        int v = m.verb();
        if (v < 0 || v >= r.a.size()) {
            return false;
        }
        if (v > 0 && FIRST_TIME.contains(r.a.word(v - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return inWordsAfter(r, v, 5, FIRST_TIME_PHRASE);
    }

    private static final Set<String> FIRST_TIME = Lexicon.lowerWords("first-time-words.txt").stream()
            .filter(w -> !w.contains(" ")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern FIRST_TIME_PHRASE = Patterns.anyPhrase(Lexicon.lowerWords("first-time-words.txt"), true);

    /**
     * "signed in Ytown on 3 May 1920": the place a treaty was signed at, a name after "in" or "at" in the signing's
     * clause that names no state, organ or instrument (a town, a palace).
     */
    private void signedAt(Referents r, FrameMatcher.Match m, Ref treaty) {
        if (r.classOf(treaty).filter(c -> OntologyClasses.get().isA(c, "Treaty")).isEmpty()
                || r.facts.claims().stream()
                        .anyMatch(c -> c.subject().equals(treaty) && c.property().equals("location"))) {
            return; // (a place it was signed at stated already, by the infobox or before: a later act's place is not)
        }
        for (Mention n : r.names) {
            if (n.kind() != Mention.Kind.NAME || n.start() < m.dateFrom() || n.end() > m.dateTo()
                    || n.text().contains(" and ") || lexicon.languageNames().containsKey(n.text())
                    || !AT_PLACE.matcher(r.text.substring(Math.max(0, n.start() - 40), n.start())).find()
                    || !n.text().contains(" ") && modifiesANoun(r, n)) {
                continue; // ("in the Xian port of Y": "Xian" modifies the noun, Y is the place)
            }
            Optional<String> cls = normalizer.classify(n.text(), r.facts.abbreviations());
            if (cls.isEmpty() || cls.get().equals("Place")) {
                NameRef place = new NameRef(n.text(), r.facts.article().id(), "Place");
                named(r.facts, place, r.src);
                r.facts.claim(treaty, "location", place, r.src, false);
                return;
            }
        }
    }

    /** "in ", "at the ", "in the city of ", "in the Xian port of " before a place's name. */
    private static final Pattern AT_PLACE = Pattern.compile("\\b(?:in|at) (?:the )?(?:(?:\\p{Lu}[\\p{L}-]+ )?(?:"
            + String.join("|", Lexicon.lowerWords("settlement-nouns.txt")) + ") of )?$");
    /** Whether a common noun in lower case follows the name right after it: the name modifies it ("the Xian port"). */
    private static boolean modifiesANoun(Referents r, Mention n) {
        int next = r.a.tokenAt(n.end() - 1) + 1;
        return next > 0 && next < r.a.size() && r.a.start(next) == n.end() + 1 && r.a.tag(next).equals("NOUN")
                && Character.isLowerCase(r.a.word(next).charAt(0));
    }

    /** What stands between a name and a noun said of it: ", the first", " was a", " became the last" (no other words). */
    private static final Pattern SAID_OF = Pattern.compile(
            "(?:,|\\s+(?:was|is|became|remained)(?:\\s+(?:also\\s+|often\\s+|usually\\s+)?(?:regarded|considered|seen|counted|"
            + "reckoned)(?:\\s+as)?)?)\\s+(?:the|a|an|its)(?:\\s+[\\p{Ll}\\d-]+){0,2}\\s+");

    /** Whether the agent, of class {@code c}, is of the class the frame asks for. */
    static boolean fits(Optional<String> c, String cls) {
        if (cls.equals("*") || cls.equals(Frame.SAME)) {
            return true; // SAME is checked against the patient's class when the fact is stated
        }
        for (String one : cls.split("\\|")) {
            if (one.equals("Person") ? c.isEmpty() || c.get().equals("Person")
                    : c.isPresent() && OntologyClasses.get().isA(c.get(), one)) {
                return true;
            }
        }
        return false;
    }
}
