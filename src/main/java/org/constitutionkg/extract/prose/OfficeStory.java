package org.constitutionkg.extract.prose;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Facts.NameRef;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.NameFinder;
import org.constitutionkg.extract.Normalizer;

/**
 * The holders of one office told as a story: once a paragraph has named a chair of a body ("Its first chairman was Ivo
 * Brant"), or under a heading of chairs ("== Chairmen =="), a person who "held the post", "took over" or "replaced
 * him" held that body's chair too. Read only in such a context: out of it, "the post" and "took over" say of no office.
 */
final class OfficeStory {

    private final Lexicon lexicon;
    private final Normalizer normalizer;
    private final NameFinder finder;
    private final Pattern holding;

    OfficeStory(Lexicon lexicon, Normalizer normalizer, NameFinder finder) {
        this.lexicon = lexicon;
        this.normalizer = normalizer;
        this.finder = finder;
        // the nouns of a post held whose office the context gives (held-office-nouns.txt): "held the post"
        String nouns = String.join("|", Lexicon.lowerWords("held-office-nouns.txt").stream().map(Pattern::quote)
                .toList());
        // the nouns of a chair (role-nouns.tsv): "X was chairman from 1987", "X remained chairman until 1990"
        // (not those a state's head or an officer is called by too: "became President after the coup", "became
        // Marshal in 1945"; state-head-nouns.txt, ranks.txt)
        Set<String> notBare = new java.util.HashSet<>(lexicon.stateHeadNouns());
        notBare.addAll(Lexicon.lowerWords("ranks.txt"));
        String chairs = String.join("|", Lexicon.rows("role-nouns.tsv", 2).stream()
                .filter(r -> r[1].equals("chair") && r[0].matches("\\p{L}+") && !notBare.contains(r[0])
                        && !r[0].endsWith("ing"))
                .map(r -> Pattern.quote(r[0])).toList());
        // "held the post", "took over the chairmanship", "took over" on its own, "replaced him", "was chairman from
        // 1987": never "held the post of ..." (another office), "took over its duties" (a task), "succeeded him as
        // king" (another office), "was chairman of the party"
        this.holding = Pattern.compile("\\b(?:(?:held|occupied|assumed|took over|took up) (?:the|this|that) (?:"
                + nouns + ")\\b(?! of\\b)|took over(?=\\s*(?:[.,;)]|$| (?:in|on|from|at|after|when|until|and)\\b))"
                + "|(?:was|remained|became) (?:the )?(?:(?:first|last|acting|new) )?(?i:" + chairs
                + ")(?=\\s*(?:[.,;)]|$| (?:from|until|in|between|again|twice|after|when)\\b))"
                + "|(?:replaced|succeeded) (?:him|her)\\b(?! as\\b))");
    }

    /**
     * Reads a sentence (without its asides) of the paragraph on line {@code src.line()}: the chair of the body the
     * context says for each person who holds the office by one of the phrases above.
     */
    void read(ReadingState st, String text, Source src) {
        Matcher m = holding.matcher(text);
        if (!m.find()) {
            return;
        }
        if (storyBody(st, src) == null) {
            return;
        }
        List<NameFinder.Span> spans = finder.all(text);
        do {
            if (ANOTHER_OFFICE.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "succeeded him in 1930 as prime minister", "took over from him as ambassador"
            }
            // (a chair's noun bare, "Y was chairman from 1958", is the office of the body the text speaks of, once the
            // paragraph has named a chair of it, whatever other body it named since; "the post", "took over",
            // "replaced him" are of the story's body, asked again after each chair this sentence gives)
            Ref body = BARE_CHAIR.matcher(m.group()).lookingAt() && chaired(st, st.current(), src) ? st.current()
                    : storyBody(st, src);
            String person = subject(text, m.start(), spans, st.facts);
            if (person != null) {
                NameRef ref = new NameRef(person, st.facts.article().id(), "Person");
                st.facts.name(ref, person, "en", Origin.DIRECT, src);
                st.facts.claim(body, "chair", ref, src, false);
            }
        } while (m.find());
    }

    /**
     * Whose chair the context speaks of: under a heading of chairs, the body the heading's list is of; else the body
     * whose chairs the paragraph on line {@code src.line()} has told of in prose: the body of the last chair named,
     * or the one the text speaks of when that person was named its chair too ("X, who had chaired the Little Council,
     * was its first chairman. Y held the office until 1972": its office, not the Little Council's); null when none
     * was.
     */
    static Ref storyBody(ReadingState st, Source src) {
        if (st.listKind != null && st.listKind.property().equals("chair")) {
            return st.listOwner != null ? st.listOwner : st.facts.subject();
        }
        Ref current = st.current();
        // (a party's leader named on the way is no chair of the story's office: "when Y, then head of the Farmers'
        // Party, took over the chairmanship", unless the text speaks of a party)
        boolean partyStory = party(current);
        List<Facts.Claim> chairs = paragraphChairs(st.facts, src).stream()
                .filter(c -> partyStory || !party(c.subject())).toList();
        if (chairs.isEmpty()) {
            return null;
        }
        Facts.Claim last = chairs.get(chairs.size() - 1);
        // (the last chair named was also a chair of the body the text speaks of: the story is of that body; "X
        // chaired the Budget Committee. He was succeeded by Y" after "Its first chairman was Z" is the committee's)
        return chairs.stream().anyMatch(c -> c.subject().equals(current) && c.object().equals(last.object()))
                ? current : last.subject();
    }

    /** Whether a reference is a party's name, by its class. */
    private static boolean party(Ref r) {
        return r instanceof NameRef n && Lexicon.get().classOf(n.name()).filter("PoliticalGroup"::equals).isPresent();
    }

    /** The chairs the paragraph on line {@code src.line()} has named in prose so far, in the order named. */
    static List<Facts.Claim> paragraphChairs(Facts facts, Source src) {
        return facts.claims().stream().filter(c -> c.property().equals("chair") && !c.fromInfobox()
                && c.source().line() == src.line()).toList();
    }

    /**
     * The person's name the verb at {@code verb} is said of: right before it (maybe after "then", "later"), before ",
     * who" opening a relative clause the verb is in, or before an apposition set off by commas ("Ivo Brant, then head
     * of the party, took over"); a person's name only, else null.
     */
    private String subject(String text, int verb, List<NameFinder.Span> spans, Facts facts) {
        for (int i = spans.size() - 1; i >= 0; i--) {
            NameFinder.Span s = spans.get(i);
            if (s.end() > verb) {
                continue;
            }
            String gap = text.substring(s.end(), verb);
            if (STOP.matcher(gap).find()) {
                return null;
            }
            if (GAP.matcher(gap).matches()) {
                if (GOVERNED.matcher(text).region(0, s.start()).find()) {
                    return null; // "a protégé of Karl Weiss took over", "Karl Weiss's deputy took over": no subject
                }
                String name = lexicon.names().clean(s.text(), "Person");
                return lexicon.names().mayBePerson(name)
                        && normalizer.classify(name, facts.abbreviations()).isEmpty() ? name : null;
            }
        }
        return null;
    }

    /** The alternative of {@link #holding} that is a chair's noun after a verb of being. */
    private static final Pattern BARE_CHAIR = Pattern.compile("(?:was|remained|became) ");

    /** Whether the paragraph on line {@code src.line()} has named a chair of {@code body} in prose. */
    private static boolean chaired(ReadingState st, Ref body, Source src) {
        return paragraphChairs(st.facts, src).stream().anyMatch(c -> c.subject().equals(body));
    }

    /** "as" later in the clause (before a comma): the office held is another one named there. */
    private static final Pattern ANOTHER_OFFICE = Pattern.compile("[^.;,]*?\\bas\\b(?! well\\b)");
    /** A preposition or a possessive right before a name: the name is governed, no clause's subject. */
    private static final Pattern GOVERNED = Pattern.compile("\\b(?:of|by|for|with|to|from|under|in|at|on|against"
            + "|between|among|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:the\\s+)?$");

    /** What may stand between a person's name and the verb said of it. */
    private static final Pattern GAP = Pattern.compile("(?:\\s+(?:then|later|also|again|briefly|subsequently|soon"
            + "|eventually|finally|himself|herself|in turn))*\\s+"
            + "|,\\s*who\\s+(?:(?:had|has|then|later|also|in turn|\\d{4}|in \\d{4},?)\\s+)*"
            + "|,\\s*(?!who\\b|whom\\b|whose\\b|which\\b|when\\b|and\\b)[^,;]{2,90},\\s*(?:(?:then|later)\\s+)?");
    /** Where the sentence's clause ends going back: no subject is sought past a stop, a semicolon or a colon. */
    private static final Pattern STOP = Pattern.compile("[.;:]");
}
