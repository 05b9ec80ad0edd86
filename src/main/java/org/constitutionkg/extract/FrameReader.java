package org.constitutionkg.extract;

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
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
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

    private static final Pattern DATE = Pattern.compile(DateParser.DATE_REGEX);

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final FrameMatcher matcher;
    private final Map<String, String> hints;

    FrameReader(Lexicon lexicon, Normalizer normalizer, Map<String, String> hints) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.hints = hints;
        this.matcher = new FrameMatcher(lexicon.frames(), lexicon.descriptionHeads(), instrumentHeads(lexicon,
                normalizer));
    }

    /** The description heads that are an instrument's ("charter", "treaty"): what an indefinite description is of. */
    private static Set<String> instrumentHeads(Lexicon lexicon, Normalizer normalizer) {
        Set<String> out = new java.util.HashSet<>();
        for (String h : lexicon.descriptionHeads()) {
            if (!h.contains(" ") && normalizer.classify(capitalised(h), Map.of())
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
    void read(Facts facts, String text, List<NameFinder.Span> spans, Source src, Function<String, Ref> subjectOf,
            Supplier<Ref> current, Discourse discourse) {
        read(facts, text, spans, src, subjectOf, current, discourse, false);
    }

    /**
     * Reads a sentence, or with {@code remark} a sentence made of a remark in parentheses ("X, later Y"), whose
     * dates are no dates the paragraph speaks of.
     */
    void read(Facts facts, String text, List<NameFinder.Span> spans, Source src, Function<String, Ref> subjectOfName,
            Supplier<Ref> current, Discourse discourse, boolean remark) {
        List<Mention> names = new ArrayList<>();
        for (NameFinder.Span s : spans) {
            if (lexicon.names().isName(lexicon.names().clean(s.text(), null))) { // not "Four" opening a sentence
                names.addAll(persons(s, facts, discourse));
            }
        }
        Map<String, String> holders = officeHolders(text, names);
        Function<String, Ref> subjectOf = holders.isEmpty() ? subjectOfName : n -> holders.containsKey(n)
                ? new NameRef(holders.get(n), facts.article().id(), "Person") : subjectOfName.apply(n);
        names.addAll(ordinalSessions(text, names, subjectOf));
        names.sort(java.util.Comparator.comparingInt(Mention::start));
        List<String> lastTwo = discourse.lastNamed(2); // "the latter", "the former": before this sentence
        names.forEach(n -> discourse.saw(n.text(), src.line()));
        Years years = years(text, names, discourse, src.line(), remark);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean counts = COUNT_NOUNS.stream().anyMatch(lower::contains);
        if (!counts && !matcher.mayMatch(lower)) {
            return;
        }
        Annotated a = Annotator.get().annotate(text);
        // a name spoken of: the subject when it refers to it, else the thing it names
        Function<String, Ref> spoken = n -> Optional.ofNullable(subjectOf.apply(n))
                .orElseGet(() -> new NameRef(n, facts.article().id(), null));
        Function<String, Ref> described = d -> {
            if (d.startsWith("a ") || d.startsWith("an ") || d.startsWith("A ") || d.startsWith("An ")) {
                return null; // "a new charter": no thing spoken of before ({@link #indefinite})
            }
            List<String> modifiers = capitalisedModifiers(d);
            if (!modifiers.isEmpty()) {
                // "the Xland constitution": only a thing whose name holds "Xland" (the subject, or one named before)
                if (modifiers.stream().allMatch(w -> facts.subjectNames().stream().anyMatch(n -> n.contains(w)))) {
                    Ref s = subjectOf.apply(d);
                    if (s != null) {
                        return s;
                    }
                }
                return discourse.lastWithHead(d).filter(n -> modifiers.stream().allMatch(n::contains))
                        .map(spoken).orElse(null);
            }
            // "the congress" after "The Fifth Congress met in X." is that congress; with none of that head named in
            // its paragraph, it is the article's subject if its name ends so or has that head ("Third Diet of X")
            Set<String> after = later(names, text.indexOf(d));
            Optional<String> near = discourse.lastWithHead(d, after::contains)
                    .filter(n -> discourse.inParagraph(src.line()).contains(n));
            if (near.isPresent()) {
                return spoken.apply(near.get());
            }
            Ref s = subjectOf.apply(d);
            if (s != null) {
                return s;
            }
            if (facts.subjectNames().stream().anyMatch(n -> Discourse.headNoun(n).equals(Discourse.lastWord(d)))) {
                return facts.subject();
            }
            // "the assembly": the thing of that head noun spoken of last, if it was named before this sentence
            // ... or, written with a capital ("the Declaration"), the one thing of that head the article names later
            return discourse.lastWithHead(d).or(() -> Character.isUpperCase(d.charAt(d.lastIndexOf(' ') + 1))
                    ? discourse.onlyWithHead(d) : Optional.empty()).map(spoken)
                    .orElseGet(() -> lexicon.descriptionClass(Discourse.lastWord(d))
                            .map(c -> ofClass(facts, c, discourse, later(names, text.indexOf(d)), src.line(),
                                    subjectOf)).orElse(null));
        };
        // "The Senate met rarely; it was abolished in 1934": "it" after a semicolon is the first clause's subject
        int semicolon = text.indexOf("; ");
        Mention antecedent = semicolon < 0 ? null : FrameMatcher.firstClauseSubject(a, semicolon, names);
        Function<Mention, Ref> pronoun = p -> p.text().equals("the latter") || p.text().equals("the former")
                ? (lastTwo.size() < 2 ? null : spoken.apply(lastTwo.get(p.text().equals("the latter") ? 0 : 1)))
                : antecedent == null || p.start() < semicolon ? current.get() : spoken.apply(antecedent.text());
        for (FrameMatcher.Match m : matcher.match(a, names)) {
            for (Mention p : m.patients()) {
                state(facts, text, src, m, p, names, subjectOf, described, pronoun, years, discourse);
            }
        }
        if (counts) {
            for (FrameMatcher.Count c : matcher.counts(a, names, COUNT_NOUNS, lexicon::number)) {
                Ref body = resolve(facts, c.of(), null, subjectOf, described, pronoun);
                if (body != null) {
                    named(facts, body, src);
                    facts.claim(body, "memberCount", NodeFactory.createLiteralDT(Integer.toString(c.number()),
                            XSDDatatype.XSDinteger), src, false);
                }
            }
        }
    }

    /**
     * A name as one mention, or two when it is two persons' names joined by "and" ("Ivan Petrov and Olga Smirnova"):
     * each half two or three capitalised words of no organ, instrument or state class.
     */
    private List<Mention> persons(NameFinder.Span s, Facts facts, Discourse discourse) {
        int and = s.text().indexOf(" and ");
        if (and > 0) {
            String left = s.text().substring(0, and);
            String right = s.text().substring(and + 5);
            // ... or one surname of a person named before and another word ("Petrov and Smirnova")
            boolean leftPerson = personLike(left, facts) || surname(left, discourse);
            boolean rightPerson = personLike(right, facts) || surname(right, discourse);
            if (leftPerson && rightPerson || (leftPerson || rightPerson) && oneWord(left) && oneWord(right)) {
                return List.of(new Mention(s.start(), s.start() + and, Mention.Kind.NAME, left),
                        new Mention(s.start() + and + 5, s.end(), Mention.Kind.NAME, right));
            }
        }
        return List.of(new Mention(s.start(), s.end(), Mention.Kind.NAME, s.text()));
    }

    private static boolean oneWord(String s) {
        String w = s.strip();
        return !w.isEmpty() && !w.contains(" ") && NameFinder.capitalised(w);
    }

    /**
     * An office is no one's name: in apposition to a person's name ("Ivan Petrov, Chairman of the Council,") it speaks
     * of that person (office → the person's name), else of no one ({@link #resolve}).
     */
    private Map<String, String> officeHolders(String text, List<Mention> names) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 1; i < names.size(); i++) {
            Mention m = names.get(i);
            Mention before = names.get(i - 1);
            if (m.kind() == Mention.Kind.NAME && lexicon.names().isOffice(m.text()) && before.end() + 2 == m.start()
                    && text.startsWith(", ", before.end()) && personLike(before.text(), null)) {
                out.put(m.text(), before.text());
            }
        }
        return out;
    }

    /** One capitalised word that ends a name of two or more words spoken of before ("Petrov" after "Ivan Petrov"). */
    private boolean surname(String word, Discourse discourse) {
        String w = word.strip();
        return oneWord(w) && discourse.spokenOf(n -> n.endsWith(" " + w) && personLike(n, null));
    }

    private boolean personLike(String name, Facts facts) {
        String[] w = Patterns.WHITESPACE.split(name.strip());
        if (w.length < 2 || w.length > 3) {
            return false;
        }
        for (String x : w) {
            if (!NameFinder.capitalised(x)) {
                return false;
            }
        }
        return normalizer.classify(name, facts == null ? Map.of() : facts.abbreviations()).isEmpty();
    }

    /** The nouns a count of members is written with: "2,215 delegates", "21 members". */
    private static final Set<String> COUNT_NOUNS = Set.of("delegates", "deputies", "members",
            "representatives", "seats");

    /** The facts of one frame about one of its patients. */
    private void state(Facts facts, String text, Source src, FrameMatcher.Match m, Mention patientMention,
            List<Mention> names, Function<String, Ref> subjectOf, Function<String, Ref> described,
            Function<Mention, Ref> pronoun, Years years, Discourse discourse) {
        Frame f = m.frame();
        if (patientMention.indefinite()) {
            // "Statute I of 1946, a provisional statute passed on 31 January": the name it stands in apposition to
            Mention named = apposedTo(text, patientMention, names, facts);
            patientMention = named == null ? patientMention : named;
        }
        String patientHint = f.property() == null ? null : f.forward() ? hints.get(f.property()) : null;
        Ref patient = resolve(facts, patientMention, patientHint, subjectOf, described, pronoun);
        if (patient == null && patientMention.kind() == Mention.Kind.DESCRIPTION) {
            patient = ofState(facts, text, patientMention, names);
        }
        Optional<PartialDate> date = f.date() == null || "SPAN".equals(f.date()) ? Optional.empty()
                : dateIn(text, m.dateFrom(), m.dateTo(), names, years.of(patientMention, f.date()))
                        .or(() -> dateIn(text, m.beforeFrom(), m.beforeTo(), names, years));
        if (patient == null && patientMention.indefinite()
                && !onlyForeignAgents(facts, m, subjectOf, described, pronoun)) {
            patient = indefinite(facts, text, patientMention, names, subjectOf, date, src, m, described, pronoun,
                    discourse);
        }
        if (patient == null) {
            return;
        }
        if ("SPAN".equals(f.date())) {
            span(facts, patient, text, m, src);
            if (f.property() == null) {
                return;
            }
        }
        if (date.isPresent() && (f.date().equals("START") || f.date().equals("adopted"))) {
            alsoCalled(facts, text, patientMention, patient, names, src);
        }
        // a thing is named, and so born, only when the frame states something of it; an event whose only agents are
        // of a class the frame does not take is another event ("approved by the party's Central Committee on 5 May"
        // is no adoption of a law)
        if (date.isPresent() && !onlyForeignAgents(facts, m, subjectOf, described, pronoun)
                && datable(facts, patient, f.date())) {
            named(facts, patient, src);
            facts.claim(patient, f.date(), date.get().toNode(), src, false);
        }
        if (f.property() == null) {
            return;
        }
        if (f.isAlias()) {
            // "X is known as Y": Y is another name of X; what is named must be of the row's class ("renamed")
            if (!f.agentClass().equals("*") && (!fits(classOf(facts, patient), f.agentClass())
                    || m.agents().stream().anyMatch(am -> am.text().contains(" and ")
                            || !fits(normalizer.classify(am.text(), facts.abbreviations()), f.agentClass())))) {
                return; // "renamed the Republic of X" (a state's name), not "renamed Petrovsk" (a city's)
            }
            for (Mention am : m.agents()) {
                named(facts, patient, src);
                String lang = lexicon.languageOrEnglish(am.text());
                if (Character.isLowerCase(am.text().charAt(0))) {
                    if (isGenericName(am.text())) {
                        continue; // "known as the upper house": what it is, not what it is called
                    }
                    facts.nickname(patient, am.text(), lang, src); // only a quoted one
                } else {
                    facts.name(patient, am.text(), lang, Origin.DIRECT, src);
                }
            }
            return;
        }
        String agentHint = agentHint(f);
        Optional<String> patientClass = classOf(facts, patient);
        for (Mention am : m.agents().isEmpty() ? sessionAt(facts, text, m, names) : m.agents()) {
            Ref agent = resolve(facts, am, agentHint, subjectOf, described, pronoun);
            if (agent == null || agent.equals(patient)) {
                continue;
            }
            Optional<String> agentClass = classOf(facts, agent);
            if (!fits(agentClass, f.agentClass())) {
                continue;
            }
            Optional<String> subjectClass = f.forward() ? agentClass : patientClass;
            Optional<String> objectClass = f.forward() ? patientClass : agentClass;
            OntologyClasses o = OntologyClasses.get();
            if (subjectClass.isPresent() && !o.inDomain(f.property(), subjectClass.get())
                    || objectClass.isPresent() && !o.inRange(f.property(), objectClass.get())) {
                continue; // "Ivan Petrov was president of Xland": a state has no chair
            }
            if (f.agentClass().equals(Frame.SAME) && (subjectClass.isEmpty() || objectClass.isEmpty()
                    || !o.top(subjectClass.get()).equals(o.top(objectClass.get())))) {
                continue; // a charter does not succeed a council: "the council followed the charter"
            }
            named(facts, patient, src);
            named(facts, agent, src);
            if (f.forward()) {
                facts.claim(agent, f.property(), patient, src, false);
            } else {
                facts.claim(patient, f.property(), agent, src, false);
            }
        }
    }

    /**
     * What an indefinite description of an instrument denotes ("adopted a new constitution"): the name in apposition
     * to it ("an earlier charter of 1 May 1871, the Charter of the Xland League"); in the article on an instrument of
     * its class, the subject when the clause is dated in a year the subject's making is dated in ("in 1949 parliament
     * adopted a constitution"); and a new one of a later year, the instrument of that year, which succeeds the subject
     * ("in 1968 the government adopted a new constitution": the 1968 Constitution). Else null.
     */
    private Ref indefinite(Facts facts, String text, Mention d, List<Mention> names, Function<String, Ref> subjectOf,
            Optional<PartialDate> date, Source src, FrameMatcher.Match m, Function<String, Ref> described,
            Function<Mention, Ref> pronoun, Discourse discourse) {
        String head = Discourse.lastWord(d.text());
        OntologyClasses o = OntologyClasses.get();
        Optional<String> cls = normalizer.classify(capitalised(head), facts.abbreviations())
                .filter(c -> o.isA(c, "LegalInstrument"));
        if (cls.isEmpty()) {
            return null;
        }
        Matcher ap = APPOSED.matcher(text).region(d.end(), text.length());
        if (ap.lookingAt()) {
            int at = ap.end();
            for (Mention n : names) {
                if (n.start() == at && n.kind() == Mention.Kind.NAME && isInstrument(facts, n.text())) {
                    return Optional.ofNullable(subjectOf.apply(n.text()))
                            .orElseGet(() -> new NameRef(n.text(), facts.article().id(), cls.get()));
                }
            }
        }
        // the subject or its successor: an instrument of the subject's kind (a charter another charter, never a
        // treaty or a law a constitution), made by no body of another state
        String own = facts.subjectClass();
        if (date.isEmpty() || own == null || !own.equals(cls.get()) || own.equals("LegalInstrument")
                && facts.subjectNames().stream().noneMatch(n -> Discourse.headNoun(n).equals(head))
                || !ownAgents(facts, m, subjectOf, described, pronoun)) {
            return null;
        }
        int year = date.get().year();
        java.util.Set<Integer> made = facts.madeYears();
        if (made.contains(year)) {
            return facts.subject();
        }
        Ref state = ownOfClass(facts, "Polity");
        String stateName = state instanceof NameRef n ? n.name() : state != null && !facts.subjectNames().isEmpty()
                ? facts.subjectNames().get(0) : null;
        if (NEW.matcher(d.text()).find() && stateName != null && !made.isEmpty()
                && made.stream().allMatch(y -> y < year)) {
            // "1968 Constitution of Xland", succeeding the subject or the last new one before it
            boolean the = stateName.contains(" of ") || lexicon.isPolityNoun(stateName.split(" ")[0]);
            NameRef next = new NameRef(year + " " + capitalised(head) + " of " + (the ? "the " : "") + stateName,
                    facts.article().id(), cls.get());
            Discourse.Successor last = discourse.successor();
            Ref before = last != null && last.year() < year ? last.ref() : facts.subject();
            if (last != null && last.year() >= year) {
                return null; // told out of order: which came first is not said
            }
            facts.name(next, next.name(), "en", Origin.DIRECT, src);
            facts.claim(next, "precededBy", before, src, false);
            discourse.successor(new Discourse.Successor(next, year));
            return next;
        }
        return null;
    }

    /** Whether a name is an instrument's ("the Charter of X", not "the Senate of X"). */
    private boolean isInstrument(Facts facts, String name) {
        return normalizer.classify(name, facts.abbreviations())
                .filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent();
    }

    /**
     * Whether the frame's agents (if it names any) include one of the class it asks for and of the article's own
     * state: "the Parliament of Norland adopted a new constitution" in the article on Xland's is Norland's act.
     */
    private boolean ownAgents(Facts facts, FrameMatcher.Match m, Function<String, Ref> subjectOf,
            Function<String, Ref> described, Function<Mention, Ref> pronoun) {
        if (m.agents().isEmpty()) {
            return true;
        }
        for (Mention am : m.agents()) {
            Ref agent = resolve(facts, am, agentHint(m.frame()), subjectOf, described, pronoun);
            if (agent == null && am.kind() == Mention.Kind.DESCRIPTION) {
                // "the East German government" in the article on East Germany's constitution: its own
                List<String> modifiers = capitalisedModifiers(am.text());
                if (!modifiers.isEmpty() && modifiers.stream().allMatch(w -> facts.subjectNames().stream()
                        .anyMatch(n -> n.contains(w)) || ownOfClass(facts, "Polity") instanceof NameRef p
                        && p.name().contains(w))) {
                    return true;
                }
                if (modifiers.isEmpty()) {
                    return true; // "the council": no other state's body that the article names
                }
            }
            if (agent == null || !fits(classOf(facts, agent), m.frame().agentClass())) {
                continue;
            }
            if (!(agent instanceof NameRef n) || !n.name().contains(" of ")) {
                return true;
            }
            String tail = n.name().substring(n.name().lastIndexOf(" of ") + 4).replaceFirst("^the ", "");
            if (facts.subjectNames().stream().anyMatch(s -> s.contains(tail))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NEW = Pattern.compile("(?i)\\bnew\\b");

    /** The name an indefinite description follows in apposition ("X, a provisional statute"), or null. */
    private Mention apposedTo(String text, Mention d, List<Mention> names, Facts facts) {
        for (Mention n : names) {
            if (n.kind() == Mention.Kind.NAME && n.end() + 2 == d.start() && text.startsWith(", ", n.end())
                    && isInstrument(facts, n.text()) && !AFTER_PREPOSITION.matcher(text.substring(0, n.start()))
                            .find()) {
                return n;
            }
        }
        return null;
    }

    /** Text that ends in a preposition (and "the"): a name after it is no apposition's antecedent. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:of|in|under|after|before|by|with|"
            + "from|to|for|during|until|since|following|on|at|between|against|into|over|through|without|upon)"
            + "\\s+(?:the\\s+)?$");

    /** ", the X" or " of 1 May 1871, the X" after an indefinite description: X is what it is. */
    private static final Pattern APPOSED = Pattern.compile("(?: of [^,;()]{1,40})?, (?:the )?");

    /** What may follow the name after "as": the clause's end, or a date ("as Law 5 of 1921 on 3 May"). */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:$|[,;)]|\\.(?!\\s*\\d)|(?:in|on) \\d)");

    /**
     * "adopted the charter as Law No. 5 of 1921": the name after "as" is another name of the instrument made, when it
     * is an instrument's name too.
     */
    private void alsoCalled(Facts facts, String text, Mention patient, Ref ref, List<Mention> names, Source src) {
        if (!text.startsWith(" as ", patient.end())) {
            return;
        }
        int at = patient.end() + 4 + (text.startsWith("the ", patient.end() + 4) ? 4 : 0);
        for (Mention n : names) {
            if (n.start() == at && n.kind() == Mention.Kind.NAME
                    && CLAUSE_END.matcher(text.substring(n.end())).lookingAt() // not "as the Charter required"
                    && isInstrument(facts, n.text())
                    && classOf(facts, ref).filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent()) {
                facts.name(ref, n.text(), "en", Origin.DIRECT, src);
            }
        }
    }

    /** A lower-case phrase that is, capitalised, an organ name every state may have ("upper house"). */
    private boolean isGenericName(String phrase) {
        return lexicon.genericNames().stream().anyMatch(g -> g.equalsIgnoreCase(phrase));
    }

    /** The capitalised words between a description's article and its head ("the East German government"). */
    private static List<String> capitalisedModifiers(String description) {
        String[] w = Patterns.WHITESPACE.split(description.strip());
        List<String> out = new ArrayList<>();
        for (int i = 1; i < w.length - 1; i++) {
            if (!w[i].isEmpty() && Character.isUpperCase(w[i].charAt(0))) {
                out.add(w[i]);
            }
        }
        return out;
    }

    /** The names a sentence gives after a position: no antecedents of what stands there. */
    private static Set<String> later(List<Mention> names, int at) {
        Set<String> out = new java.util.HashSet<>();
        for (Mention n : names) {
            if (n.start() > at) {
                out.add(n.text());
            }
        }
        return out;
    }

    /**
     * What a description by class points to ("the country", description-classes.tsv): the article's own thing of that
     * class ({@link #ownOfClass}) when the paragraph has named no other before it, else the one thing of that class the
     * paragraph named before it; null when that is ambiguous ("Norland was occupied ... the country was renamed" in
     * the article on Xland).
     */
    private Ref ofClass(Facts facts, String cls, Discourse discourse, Set<String> later, int line,
            Function<String, Ref> subjectOfName) {
        OntologyClasses o = OntologyClasses.get();
        // the things of that class the paragraph named before it: another than the article's makes it ambiguous
        java.util.function.Predicate<String> ofCls = n -> !later.contains(n) && normalizer.classify(n,
                facts.abbreviations()).filter(k -> o.isA(k, cls)).isPresent();
        List<String> named = discourse.inParagraph(line).stream().filter(ofCls).distinct().toList();
        Ref own = ownOfClass(facts, cls);
        if (own == null) {
            return named.size() == 1 ? new NameRef(named.get(0), facts.article().id(), null) : null;
        }
        return named.stream().allMatch(n -> own.equals(subjectOfName.apply(n))
                || own instanceof NameRef r && r.name().equals(n)) ? own : null;
    }

    /** The article's own thing of a class: its subject, what its subject is stated to be of, or its title's tail. */
    private Ref ownOfClass(Facts facts, String cls) {
        OntologyClasses o = OntologyClasses.get();
        if (facts.subjectClass() != null && o.isA(facts.subjectClass(), cls)) {
            return facts.subject();
        }
        for (Facts.Claim c : facts.claims()) {
            if (c.subject().equals(facts.subject()) && c.property().equals("jurisdiction") && c.object() instanceof Ref r
                    && classOf(facts, r).filter(k -> o.isA(k, cls)).isPresent()) {
                return r;
            }
        }
        // "Constitution of the Kingdom of Xland (of 1949)": the kingdom
        for (String name : facts.subjectNames()) {
            int of = name.indexOf(" of ");
            String tail = of < 0 ? "" : name.substring(of + 4).replaceFirst("^the ", "").replaceFirst(" of \\d{4}$", "");
            if (!tail.isEmpty() && normalizer.classify(tail, facts.abbreviations()).filter(k -> o.isA(k, cls))
                    .isPresent()) {
                return new NameRef(tail, facts.article().id(), null);
            }
        }
        return null;
    }

    /** The class an agent's bare name is taken to have: a person's for a frame of persons, else the property's hint. */
    private String agentHint(Frame f) {
        return f.agentClass().startsWith("Person") ? "Person" : f.forward() ? null : hints.get(f.property());
    }

    /**
     * "The charter was adopted at the Fifth Congress of X": a passive of an organ's act with no "by" names as its agent
     * a session it took place at (a session only: "adopted at Xtown" names a place).
     */
    private List<Mention> sessionAt(Facts facts, String text, FrameMatcher.Match m, List<Mention> names) {
        if (!m.passive() || !m.frame().agentClass().contains("Session")) {
            return List.of();
        }
        for (Mention n : names) {
            if (n.start() >= m.dateFrom() && n.end() <= m.dateTo()
                    && AT.matcher(text.substring(Math.max(0, n.start() - 8), n.start())).find()
                    && normalizer.classify(n.text(), facts.abbreviations()).filter("Session"::equals).isPresent()) {
                return List.of(n);
            }
        }
        return List.of();
    }

    private static final Pattern AT = Pattern.compile("\\bat (?:the |its )?$");

    /**
     * Whether a date may be stated of the patient: a role (START, END) fits every class; a property ("adopted") only
     * the classes of its domain ("the power passed to the council in 1920" dates no council's adoption).
     */
    private boolean datable(Facts facts, Ref patient, String property) {
        if (property.equals("START") || property.equals("END")) {
            return true;
        }
        Optional<String> c = classOf(facts, patient);
        return c.isEmpty() || OntologyClasses.get().inDomain(property, c.get());
    }

    /**
     * Whether the match names agents and each is of a known class that its frame, one of an organ's acts, does not
     * take.
     */
    private boolean onlyForeignAgents(Facts facts, FrameMatcher.Match m, Function<String, Ref> subjectOf,
            Function<String, Ref> described, Function<Mention, Ref> pronoun) {
        Frame f = m.frame();
        if (f.property() == null || f.isAlias() || m.agents().isEmpty()
                || !(f.agentClass().contains("StateOrgan") || f.agentClass().contains("Session"))) {
            return false; // only an act that an organ performs (adopting, electing) is another act by another body;
                          // "the Senate was dissolved by the Diet in 1925" still dates the Senate's end
        }
        for (Mention am : m.agents()) {
            Ref agent = resolve(facts, am, agentHint(f), subjectOf, described, pronoun);
            Optional<String> c = agent == null ? Optional.empty() : classOf(facts, agent);
            if (c.isEmpty() || fits(c, f.agentClass())) {
                return false;
            }
        }
        return true;
    }

    private static void named(Facts facts, Ref r, Source src) {
        if (r instanceof NameRef n && Character.isLowerCase(n.name().charAt(0))) {
            facts.nickname(n, n.name(), "en", src); // a thing known by a description only ({@link #ofState})
        } else if (r instanceof NameRef n) {
            facts.name(n, n.name(), "en", Origin.DIRECT, src);
        }
    }

    /**
     * An instrument no earlier sentence named, described with the state it is of: "approved the new constitution of
     * Xland" is a thing called "new constitution of Xland" (a description: it merges with no named constitution), or
     * the article's subject when that is an instrument of that state. Null unless the head noun, with a modifier before
     * it, is of an instrument's class and a state's name follows " of ".
     */
    private Ref ofState(Facts facts, String text, Mention d, List<Mention> names) {
        if (!d.text().regionMatches(true, 0, "the ", 0, 4) || !text.startsWith(" of ", d.end())) {
            return null;
        }
        int at = d.end() + 4 + (text.startsWith("the ", d.end() + 4) ? 4 : 0);
        Mention owner = names.stream().filter(n -> n.start() == at && n.kind() == Mention.Kind.NAME).findFirst()
                .orElse(null);
        OntologyClasses o = OntologyClasses.get();
        if (owner == null || normalizer.classify(owner.text(), facts.abbreviations())
                .filter(c -> o.isA(c, "Polity")).isEmpty()) {
            return null;
        }
        String body = d.text().substring(4);
        String head = Discourse.lastWord(body);
        Optional<String> cls = normalizer.classify(capitalised(head), facts.abbreviations());
        if (cls.isEmpty() || !o.isA(cls.get(), "LegalInstrument")) {
            return null;
        }
        if (!body.contains(" ")) {
            return null; // "the declaration of the Republic of X" may be its proclamation
        }
        // the article's own instrument of that state: "the basic law of X" in the article on the Constitution of X
        String owned = owner.text().replaceFirst("^the ", "");
        if (facts.subjectClass() != null && o.isA(facts.subjectClass(), "LegalInstrument")
                && facts.subjectNames().stream().anyMatch(n -> n.endsWith(" of " + owned)
                        || n.endsWith(" of the " + owned))) {
            return facts.subject();
        }
        return new NameRef(body + " of " + text.substring(d.end() + 4, owner.end()), facts.article().id(), cls.get());
    }

    /** "existed from 1919 to 1934": the start and end of the patient. */
    private static void span(Facts facts, Ref patient, String text, FrameMatcher.Match m, Source src) {
        Matcher s = SPAN.matcher(text).region(m.dateFrom(), m.dateTo());
        while (s.find()) {
            // "from 1919 to 1934", "between 1919 and 1934", "from 24 to 28 March 1951", "from 24 March to 28 March 1951"
            String rest = AND_AS_TO.matcher(text.substring(s.end(), m.dateTo())).replaceFirst("$1 to ");
            Matcher r = RANGE.matcher(rest);
            Optional<DateParser.DateRange> range = r.lookingAt() ? DateParser.parseRange(r.group()) : Optional.empty();
            if (range.isPresent() && range.get().end().isPresent()) {
                named(facts, patient, src);
                facts.claim(patient, "START", range.get().start().toNode(), src, false);
                facts.claim(patient, "END", range.get().end().get().toNode(), src, false);
                return;
            }
        }
    }

    private static final Pattern SPAN = Pattern.compile("\\b(?:from|between) ");
    private static final Pattern RANGE = Pattern.compile(DateParser.RANGE_REGEX);
    private static final Pattern AND_AS_TO = Pattern.compile("^(\\S+(?: \\S+){0,2}) and ");

    /**
     * The first date in [from, to) of the text that a preposition introduces ("in 1934", "on 5 March 1934") and that
     * is not part of a name ("the 1927 Constitution") or of a noun phrase ("the original 1946 charter").
     */
    private static Optional<PartialDate> dateIn(String text, int from, int to, List<Mention> names, Years years) {
        Matcher d = DATE.matcher(text).region(from, to);
        while (d.find()) {
            int s = d.start();
            int e = d.end();
            if (eventDate(text, s, e, names)) {
                return DateParser.parse(d.group());
            }
        }
        // "In 1905 the council met twice; it was dissolved on 6 August": a date without a year is of the year the
        // paragraph spoke of last, before it in the sentence or in a sentence before
        Matcher u = YEARLESS.matcher(text).region(from, to);
        while (u.find()) {
            int s = u.start();
            if (!PREPOSITION.matcher(text).region(Math.max(0, s - 12), s).find()) {
                continue;
            }
            // never a month before the last full date's: "12 December 1921 ... on 5 March" is no 1921
            return years.before(s).flatMap(last -> DateParser.parse(u.group(), last.year())
                    .filter(p -> last.month() == 0 || p.month() >= last.month()));
        }
        return Optional.empty();
    }

    private static final Pattern YEARLESS = Pattern.compile("\\b" + DateParser.YEARLESS_REGEX);

    /**
     * The dates a sentence speaks of (each after a preposition of time, outside names and relative clauses: "In 1905",
     * "on 12 December 1921"; not "the Statute of 1848", "which had sat since 1848"), and the paragraph's last date
     * before the sentence: what a date written without its year is of.
     */
    private record Years(List<int[]> dates, PartialDate paragraph) {
        /**
         * The same, where the patient's name holds the year its making is dated by ("the Land Act of 1911, passed on
         * 31 January"): that year, for a frame that dates its start.
         */
        Years of(Mention patient, String role) {
            if (patient == null || patient.kind() != Mention.Kind.NAME
                    || !(role.equals("START") || role.equals("adopted") || role.equals("ratified"))) {
                return this;
            }
            Matcher y = YEAR.matcher(patient.text());
            return y.find() ? new Years(List.of(), PartialDate.of(Integer.parseInt(y.group()))) : this;
        }

        /** The date spoken of last before offset {@code s}. */
        Optional<PartialDate> before(int s) {
            PartialDate last = paragraph;
            for (int[] d : dates) {
                if (d[0] < s) {
                    last = new PartialDate(d[1], d[2], 0);
                }
            }
            return Optional.ofNullable(last);
        }
    }

    private static Years years(String text, List<Mention> names, Discourse discourse, int line, boolean remark) {
        PartialDate paragraph = discourse.dateOf(line);
        List<int[]> dates = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        while (d.find()) {
            int s = d.start();
            int e = d.end();
            if (eventDate(text, s, e, names) && !inRelativeClause(text, s)) {
                DateParser.parse(d.group()).ifPresent(p -> dates.add(new int[] {s, p.year(), p.month()}));
            }
        }
        if (!remark && !dates.isEmpty()) {
            int[] last = dates.get(dates.size() - 1);
            discourse.sawDate(line, new PartialDate(last[1], last[2], 0));
        }
        return new Years(dates, paragraph);
    }

    /** Whether the date at [s, e) is one a preposition introduces ("in 1934"), not part of a name ("the 1927 Constitution"). */
    private static boolean eventDate(String text, int s, int e, List<Mention> names) {
        return names.stream().noneMatch(n -> s < n.end() && e > n.start())
                && PREPOSITION.matcher(text).region(Math.max(0, s - 12), s).find();
    }

    /** Whether offset {@code s} lies in a relative clause opened by ", which", ", who" and not yet closed by a comma. */
    private static boolean inRelativeClause(String text, int s) {
        int open = Math.max(text.lastIndexOf(", which ", s), text.lastIndexOf(", who ", s));
        return open >= 0 && text.indexOf(',', open + 2) < 0 || open >= 0 && text.indexOf(',', open + 2) > s;
    }

    /** A year the text speaks of. */
    private static final Pattern YEAR = Facts.YEAR_IN_TEXT;

    /** The preposition right before a date of an event. */
    private static final Pattern PREPOSITION = Pattern.compile("\\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ff]rom|[Bb]etween) $");

    /**
     * "the fourth duma", "the second congress": an ordinal before a session's head noun names one session, as
     * "Fourth Duma" would (of the body the context means), outside names.
     */
    private List<Mention> ordinalSessions(String text, List<Mention> names, Function<String, Ref> subjectOf) {
        List<Mention> out = new ArrayList<>();
        Matcher m = ORDINAL_SESSION.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(2);
            String head = m.group(2);
            String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head; // "the first dumas"
            java.util.Optional<String> known = lexicon.sessionHeads().stream()
                    .filter(h -> h.equalsIgnoreCase(head) || h.equalsIgnoreCase(singular)).findFirst();
            if (lexicon.ordinal(m.group(1).toLowerCase(Locale.ROOT)).isEmpty() || known.isEmpty()
                    || names.stream().anyMatch(n -> s < n.end() && e > n.start())
                    || subjectOf.apply(m.group()) != null) { // "the first congress" in the First Congress's article
                continue;
            }
            out.add(new Mention(s, e, Mention.Kind.NAME, capitalised(m.group(1)) + " " + capitalised(known.get())));
        }
        return out;
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(Locale.ROOT);
    }

    private static final Pattern ORDINAL_SESSION = Pattern.compile("\\b[Tt]he (\\p{L}+) (\\p{L}+)\\b");

    /** A name is the subject when it refers to it, else what it names; a description is resolved by {@code described}. */
    private Ref resolve(Facts facts, Mention m, String hint, Function<String, Ref> subjectOf,
            Function<String, Ref> described, Function<Mention, Ref> pronoun) {
        if (m == null) {
            return null;
        }
        switch (m.kind()) {
            case PRONOUN:
                return pronoun.apply(m);
            case DESCRIPTION:
                return described.apply(m.text());
            default:
                Ref s = subjectOf.apply(m.text());
                if (s == null && lexicon.names().isOffice(m.text())) {
                    return null; // "the Chairman of the Council": an office, whoever holds it
                }
                // a session's name ("Third Congress") is never the body it is a session of
                boolean session = normalizer.classify(m.text(), facts.abbreviations()).filter("Session"::equals)
                        .isPresent() && !"Session".equals(facts.subjectClass());
                if (s != null && !(session && s.equals(facts.subject()))) {
                    return s;
                }
                return new NameRef(m.text(), facts.article().id(), hint);
        }
    }

    /** The class of what a reference denotes, as its name or the article says; or empty. */
    private Optional<String> classOf(Facts facts, Ref r) {
        if (r instanceof NameRef n) {
            Optional<String> c = normalizer.classify(n.name(), facts.abbreviations());
            if (c.isPresent()) {
                return c;
            }
            // "MAN" given in parentheses after "Great National Assembly": the class of what it is another name of
            Set<Ref> named = new java.util.HashSet<>();
            for (Facts.Name other : facts.names()) {
                if (other.text().equals(n.name())) {
                    named.add(other.ref());
                }
            }
            for (Ref other : named) {
                if (other instanceof NameRef o && !o.name().equals(n.name())) {
                    c = normalizer.classify(o.name(), facts.abbreviations());
                    if (c.isPresent()) {
                        return c;
                    }
                }
            }
            if (named.contains(facts.subject())) {
                return Optional.ofNullable(facts.subjectClass());
            }
            return Optional.empty();
        }
        return Optional.ofNullable(facts.subjectClass())
                .or(() -> normalizer.classify(facts.article().title().text(), facts.abbreviations()));
    }

    /** Whether the agent, of class {@code c}, is of the class the frame asks for. */
    private static boolean fits(Optional<String> c, String cls) {
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
