package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.frames.Mention;
import org.constitutionkg.extract.text.Patterns;

/**
 * The mentions of one sentence that a frame may take, besides those the name finder gives: two persons' names joined
 * by "and" as two mentions, an office in apposition to a person's name as that person, and an ordinal before a
 * session's head noun ("the fourth duma") as the name of that session.
 */
final class SentenceMentions {

    private static final Pattern ORDINAL_SESSION = Pattern.compile("\\b(?:[Tt]he|[Ii]ts) ([\\p{L}\\d]+) (\\p{L}+)\\b");

    private final Lexicon lexicon;
    private final Normalizer normalizer;

    SentenceMentions(Lexicon lexicon, Normalizer normalizer) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
    }

    /**
     * A name as one mention, or two when it is two persons' names joined by "and" ("Ivan Petrov and Olga Smirnova"):
     * each half two or three capitalised words of no organ, instrument or state class.
     */
    List<Mention> persons(NameFinder.Span s, Facts facts, Discourse discourse) {
        int and = s.text().indexOf(" and ");
        if (and > 0) {
            String left = s.text().substring(0, and);
            String right = s.text().substring(and + 5);
            // ... or one surname of a person named before and another word ("Petrov and Smirnova")
            // ... or titled ("Chairman Ivan Petrov of the Council and Foreign Minister Olga Smirnova")
            boolean leftPerson = personLike(left, facts) || surname(left, discourse) || titled(left);
            boolean rightPerson = personLike(right, facts) || surname(right, discourse) || titled(right);
            if (leftPerson && rightPerson || (leftPerson || rightPerson) && oneWord(left) && oneWord(right)) {
                return List.of(new Mention(s.start(), s.start() + and, Mention.Kind.NAME, left),
                        new Mention(s.start() + and + 5, s.end(), Mention.Kind.NAME, right));
            }
        }
        return List.of(new Mention(s.start(), s.end(), Mention.Kind.NAME, s.text()));
    }

    /** A person's name after a title: "Marshal Ivan Petrov", "Duke Otto of Xland". */
    private boolean titled(String name) {
        return lexicon.names().personAfterTitle(name).isPresent();
    }

    private static boolean oneWord(String s) {
        String w = s.strip();
        return !w.isEmpty() && !w.contains(" ") && NameFinder.capitalised(w);
    }

    /**
     * An office is no one's name: in apposition to a person's name ("Ivan Petrov, Chairman of the Council,") it speaks
     * of that person (office → the person's name), else of no one ({@link Referents#resolve}).
     */
    Map<String, String> officeHolders(String text, List<Mention> names) {
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
        if (w.length < 2 || w.length > 3 || org.constitutionkg.extract.naming.NameChecker.namesABody(name)) {
            return false; // ("Timber Community" is no one)
        }
        for (String x : w) {
            if (!NameFinder.capitalised(x)) {
                return false;
            }
        }
        return normalizer.classify(name, facts == null ? Map.of() : facts.abbreviations()).isEmpty();
    }

    private static final Pattern COPULA_BEFORE = Pattern.compile("\\b(?:was|is|were|became)\\s+$");

    /**
     * Whether what stands at {@code at} is said of a name before it, in apposition or after a copula: "X, the fourth
     * session of Y," and "X was the fourth session of Y" speak of X, no other session.
     */
    private static boolean said(String text, int at, List<Mention> names) {
        String before = text.substring(0, at);
        if (COPULA_BEFORE.matcher(before).useTransparentBounds(true)
                .region(Math.max(0, before.length() - 20), before.length()).find()) {
            return true;
        }
        String bare = before.stripTrailing();
        if (!bare.endsWith(",") || names.stream().noneMatch(n -> n.end() == bare.length() - 1)) {
            return false;
        }
        // an apposition closes with a comma or the sentence's end; "X, the second congress and the third" is a list
        int close = text.indexOf(',', at);
        String inside = text.substring(at, close < 0 ? text.length() : close);
        return !LIST_WORD.matcher(inside).find();
    }

    private static final Pattern LIST_WORD = Pattern.compile("\\b(?:and|or)\\b");

    /**
     * "the fourth duma", "the second congress", "the 3rd convocation", "its third session": an ordinal before a
     * session's head noun names one session, as "Fourth Duma" would (of the body the context means), outside names.
     */
    List<Mention> ordinalSessions(String text, List<Mention> names, Function<String, Ref> subjectOf) {
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
                    || Character.isLowerCase(head.charAt(0)) && lexicon.isOccasionNoun(head) // "the first sitting"
                    || subjectOf.apply(m.group()) != null // "the first congress" in the First Congress's article
                    || said(text, m.start(), names)) {
                continue;
            }
            String name = Patterns.capitalised(m.group(1)) + " " + Patterns.capitalised(known.get());
            Mention term = bodyAfter(text, e, names);
            out.add(term == null ? new Mention(s, e, Mention.Kind.NAME, name)
                    : new Mention(s, term.end(), Mention.Kind.NAME, name + text.substring(e, term.end())));
        }
        return out;
    }

    /**
     * The numbered term or the body named right after " of (the) " at {@code at}, whose sitting the ordinal names: "the
     * 1st session of the 5th National Assembly of X" is a sitting within that term, one name ("1st Session of the 5th
     * National Assembly of X"); "the first convocation of the Supreme Soviet of X" is that body's, not the context's
     * ("First Convocation of the Supreme Soviet of X"); or null.
     */
    private Mention bodyAfter(String text, int at, List<Mention> names) {
        int of = text.startsWith(" of the ", at) ? 8 : text.startsWith(" of ", at) ? 4 : -1;
        if (of < 0) {
            return null;
        }
        OntologyClasses o = OntologyClasses.get();
        for (Mention n : names) {
            if (n.start() != at + of || n.kind() != Mention.Kind.NAME) {
                continue;
            }
            java.util.Optional<String> cls = normalizer.classify(n.text(), java.util.Map.of());
            if (lexicon.ordinal(n.text().split(" ", 2)[0]).isPresent() && cls.filter("Session"::equals).isPresent()) {
                return n; // (a numbered body's term; not "the Second Chamber", "the Fifth Republic")
            }
            if (cls.filter(c -> o.isA(c, "StateOrgan")).isPresent()) {
                return n;
            }
        }
        return null;
    }
}
