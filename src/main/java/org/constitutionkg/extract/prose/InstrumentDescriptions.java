package org.constitutionkg.extract.prose;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.frames.FrameMatcher;
import org.constitutionkg.extract.frames.Mention;
import org.constitutionkg.extract.text.PartialDate;
import org.constitutionkg.extract.text.Patterns;

/**
 * What a description of an instrument denotes when no earlier sentence named it: "adopted a new constitution" (the
 * name in apposition, the subject, or the instrument of a later year that succeeds it), "approved the new
 * constitution of Xland" (a thing of that description and state), and the other name after "as" ("adopted the charter
 * as Law No. 5 of 1921").
 */
final class InstrumentDescriptions {

    private static final Pattern NEW = Pattern.compile("(?i)\\bnew\\b");
    /** The date roles of making an instrument: what an overview's "a new constitution" of the year is dated by. */
    private static final java.util.Set<String> MAKING = java.util.Set.of("adopted", "START", "effective", "ratified",
            "SIGNING");
    /** Text that ends in a preposition (and "the"): a name after it is no apposition's antecedent. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:of|in|under|after|before|by|with|"
            + "from|to|for|during|until|since|following|on|at|between|against|into|over|through|without|upon)"
            + "\\s+(?:the\\s+)?$");

    /** ", the X" or " of 1 May 1871, the X" after an indefinite description: X is what it is. */
    private static final Pattern APPOSED = Pattern.compile("(?: of [^,;()]{1,40})?, (?:(?:also )?known as |called "
            + "|entitled |titled |named )?(?:the )?");

    /** What may follow the name after "as": the clause's end, or a date ("as Law 5 of 1921 on 3 May"). */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:$|[,;)]|\\.(?!\\s*\\d)|(?:in|on) \\d)");

    private final Lexicon lexicon;
    private final Normalizer normalizer;

    InstrumentDescriptions(Lexicon lexicon, Normalizer normalizer) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
    }

    /**
     * What an indefinite description of an instrument denotes ("adopted a new constitution"): the name in apposition
     * to it ("an earlier charter of 1 May 1871, the Charter of the Xland League"); in the article on an instrument of
     * its class, the subject when the clause is dated in a year the subject's making is dated in ("in 1949 parliament
     * adopted a constitution"); and a new one of a later year, the instrument of that year, which succeeds the subject
     * ("in 1968 the government adopted a new constitution": the 1968 Constitution). Else null.
     */
    Ref indefinite(Referents r, Mention d, Optional<PartialDate> date, FrameMatcher.Match m) {
        Facts facts = r.facts;
        String text = r.text;
        String head = Discourse.lastWord(d.text());
        OntologyClasses o = OntologyClasses.get();
        Optional<String> cls = normalizer.classify(Patterns.capitalised(head), facts.abbreviations())
                .filter(c -> o.isA(c, "LegalInstrument"));
        if (cls.isEmpty()) {
            return null;
        }
        Matcher ap = APPOSED.matcher(text).region(d.end(), text.length());
        if (ap.lookingAt()) {
            int at = ap.end();
            for (Mention n : r.names) {
                // (the description says what a name of no class of its own is: "a new charter, the October Diploma")
                if (n.start() == at && n.kind() == Mention.Kind.NAME && (isInstrument(facts, n.text())
                        || normalizer.classify(n.text(), facts.abbreviations()).isEmpty())) {
                    return Optional.ofNullable(r.subjectOf.apply(n.text()))
                            .orElseGet(() -> new NameRef(n.text(), facts.article().id(), cls.get()));
                }
            }
        }
        // in an overview's section on one year's instrument ("== 1952 =="), that instrument: "a new constitution,
        // approved in 1952", "the assembly adopted a constitution" (dated in no other year)
        if (r.current() instanceof NameRef section && !section.equals(facts.subject())
                && m.frame().date() != null && MAKING.contains(m.frame().date())
                && cls.get().equals(section.classHint()) && section.name().matches("\\d{4} .*")
                && date.map(dt -> section.name().startsWith(dt.year() + " ")).orElse(true) && ownAgents(r, m)) {
            return section;
        }
        // the subject or its successor: an instrument of the subject's kind (a charter another charter, never a
        // treaty or a law a constitution), made by no body of another state
        String own = facts.subjectClass();
        if (date.isEmpty() || own == null || !own.equals(cls.get()) || own.equals("LegalInstrument")
                && facts.subjectNames().stream().noneMatch(n -> Discourse.headNoun(n).equals(head))
                || !ownAgents(r, m)) {
            return null;
        }
        int year = date.get().year();
        java.util.Set<Integer> made = facts.madeYears();
        if (made.contains(year)) {
            return facts.subject();
        }
        Ref state = r.ownOfClass("Polity");
        String stateName = state instanceof NameRef n ? n.name() : state != null && !facts.subjectNames().isEmpty()
                ? facts.subjectNames().get(0) : null;
        if (NEW.matcher(d.text()).find() && stateName != null && !made.isEmpty()
                && made.stream().allMatch(y -> y < year)) {
            // "1968 Constitution of Xland", succeeding the subject or the last new one before it
            boolean the = stateName.contains(" of ") || lexicon.isPolityNoun(stateName.split(" ")[0]);
            NameRef next = new NameRef(year + " " + Patterns.capitalised(head) + " of " + (the ? "the " : "") + stateName,
                    facts.article().id(), cls.get());
            Discourse.Successor last = r.discourse.successor();
            Ref before = last != null && last.year() < year ? last.ref() : facts.subject();
            if (last != null && last.year() >= year) {
                return null; // told out of order: which came first is not said
            }
            facts.name(next, next.name(), "en", Origin.DIRECT, r.src);
            facts.claim(next, "precededBy", before, r.src, false);
            r.discourse.successor(new Discourse.Successor(next, year));
            return next;
        }
        return null;
    }

    /** Whether a name is an instrument's ("the Charter of X", not "the Senate of X"). */
    boolean isInstrument(Facts facts, String name) {
        return normalizer.classify(name, facts.abbreviations())
                .filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent();
    }

    /**
     * Whether the frame's agents (if it names any) include one of the class it asks for and of the article's own
     * state: "the Parliament of Norland adopted a new constitution" in the article on Xland's is Norland's act.
     */
    private boolean ownAgents(Referents r, FrameMatcher.Match m) {
        Facts facts = r.facts;
        if (m.agents().isEmpty()) {
            return true;
        }
        for (Mention am : m.agents()) {
            Ref agent = r.agent(am, m.frame());
            if (agent == null && am.kind() == Mention.Kind.DESCRIPTION) {
                // "the East German government" in the article on East Germany's constitution: its own
                List<String> modifiers = Referents.capitalisedModifiers(am.text());
                if (!modifiers.isEmpty() && modifiers.stream().allMatch(w -> facts.subjectNames().stream()
                        .anyMatch(n -> n.contains(w)) || r.ownOfClass("Polity") instanceof NameRef p
                        && p.name().contains(w))) {
                    return true;
                }
                if (modifiers.isEmpty()) {
                    return true; // "the council": no other state's body that the article names
                }
            }
            if (agent == null || !FrameReader.fits(r.classOf(agent), m.frame().agentClass())) {
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

    /** The name an indefinite description follows in apposition ("X, a provisional statute"), or null. */
    Mention apposedTo(String text, Mention d, List<Mention> names, Facts facts) {
        for (Mention n : names) {
            if (n.kind() == Mention.Kind.NAME && n.end() + 2 == d.start() && text.startsWith(", ", n.end())
                    && isInstrument(facts, n.text()) && !AFTER_PREPOSITION.matcher(text.substring(0, n.start()))
                            .find()) {
                return n;
            }
        }
        return null;
    }

    /**
     * "adopted the charter as Law No. 5 of 1921": the name after "as" is another name of the instrument made, when it
     * is an instrument's name too.
     */
    void alsoCalled(Referents r, Mention patient, Ref ref) {
        String text = r.text;
        if (!text.startsWith(" as ", patient.end())) {
            return;
        }
        int at = patient.end() + 4 + (text.startsWith("the ", patient.end() + 4) ? 4 : 0);
        for (Mention n : r.names) {
            if (n.start() == at && n.kind() == Mention.Kind.NAME
                    && CLAUSE_END.matcher(text.substring(n.end())).lookingAt() // not "as the Charter required"
                    && isInstrument(r.facts, n.text())
                    && r.classOf(ref).filter(c -> OntologyClasses.get().isA(c, "LegalInstrument")).isPresent()) {
                r.facts.name(ref, n.text(), "en", Origin.DIRECT, r.src);
            }
        }
    }

    /**
     * An instrument no earlier sentence named, described with the state it is of: "approved the new constitution of
     * Xland" is a thing called "new constitution of Xland" (a description: it merges with no named constitution), or
     * the article's subject when that is an instrument of that state. Null unless the head noun, with a modifier before
     * it, is of an instrument's class and a state's name follows " of ".
     */
    Ref ofState(Facts facts, String text, Mention d, List<Mention> names) {
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
        Optional<String> cls = normalizer.classify(Patterns.capitalised(head), facts.abbreviations());
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
}
