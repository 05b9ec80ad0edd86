package org.constitutionkg.extract.frames;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.DateParser;

/**
 * The electorate of a passive of election, for {@link VerbArguments}: "elected by universal male suffrage", "chosen
 * by the provincial estates", "returned by male taxpayers over the age of twenty-five". After "by" (adverbs between
 * allowed), a common noun phrase in lower case whose head is a noun of electorate-nouns.txt or any plural common noun
 * that names no means of election (election-means.txt: "by lots"), with what qualifies it
 * after the head ("over the age of 25", "of the provinces", "in three classes") up to a comma or the clause's end.
 * A name there is an organ's, read as any agent; this reads only what names none.
 */
final class Electorates {

    private Electorates() {
    }

    /** What class a name after "of" is: "the two chambers of the Diet of X" are an organ's, no electorate. */
    private static final org.constitutionkg.extract.Normalizer NORMALIZER = new org.constitutionkg.extract.Normalizer(
            org.constitutionkg.extract.Lexicon.get());

    /** Words that may go on after the head to qualify who votes: "over the age of 25", "aged 25 and over". */
    private static final Set<String> QUALIFIERS = Set.of("over", "above", "aged", "of", "in", "from", "with", "who",
            "paying", "owning", "holding", "and", "older");

    /**
     * Words that end what qualifies the voters: how often, how long, how and by what means they vote ("the citizens of
     * each state every two years", "Germans over twenty by proportional representation", "for a term of four years"),
     * and a word that opens a clause of its own ("the nobles and chiefs until a system of election was introduced").
     */
    private static final Set<String> ENDS_VOTERS = Set.of("for", "every", "by", "through", "via", "under", "using",
            "according", "until", "till", "unless", "when", "while", "whereas", "because", "although", "though",
            "before", "after", "since", "so", "but", "which", "that");

    private static final Set<String> TIME_WORDS = Set.of("in", "from", "on", "during", "until", "since", "between",
            "after", "before", "till");

    /** Whether a preposition at {@code k} opens a phrase of time ("in 1901", "from May 1918"): no qualifier of voters. */
    private static boolean ofTime(Annotated a, int k) {
        return TIME_WORDS.contains(a.word(k).toLowerCase(Locale.ROOT)) && k + 1 < a.size()
                && (a.tag(k + 1).equals("NUM") && a.word(k + 1).length() == 4
                || DateParser.isMonth(a.word(k + 1)));
    }

    /** Whether a word is the plural of a state's people: "Germans", "Xlanders" (demonyms.tsv, less its "s"). */
    private static boolean demonymPlural(String w) {
        return w.length() > 3 && w.endsWith("s") && Character.isUpperCase(w.charAt(0))
                && org.constitutionkg.extract.Lexicon.get().demonym(w.substring(0, w.length() - 1)).isPresent();
    }

    /**
     * Whether "in" at {@code k} opens a phrase of how the voting is done, its head noun a noun of voting after its
     * adjectives ("men over 25 in direct, equal and secret elections", "in a secret ballot"): no qualifier of voters
     * ("citizens in rural districts for a term of four years" is one).
     */
    private static boolean meansAhead(Annotated a, int k) {
        if (!a.word(k).equalsIgnoreCase("in")) {
            return false;
        }
        int x = k + 1;
        while (x < a.size() && (a.tag(x).equals("ADJ") || a.tag(x).equals("DET") || a.word(x).equals(",")
                || a.word(x).equalsIgnoreCase("and") || a.word(x).equalsIgnoreCase("or"))) {
            x++;
        }
        return x < a.size() && VOTING.contains(a.word(x).toLowerCase(Locale.ROOT));
    }

    /** Nouns of voting that head a phrase of how it is done: "in secret elections", "in a public ballot". */
    private static final Set<String> VOTING = Set.of("election", "elections", "ballot", "ballots", "vote", "votes",
            "voting", "suffrage", "polls", "poll");

    /** Plural nouns that say how members are chosen, not who chooses them (election-means.txt): "by lots". */
    private static final Set<String> MEANS = Set.copyOf(Lexicon.lowerWords("election-means.txt"));

    /**
     * Whether the word at {@code j} is a plural common noun of no means of election: "freeholders", "village elders",
     * "district assemblies" (a plural is who votes whatever its noun; electorate-nouns.txt lists the rest); not the
     * members of an organ (count-nouns.txt: "elected by the deputies" is by the assembly they sit in).
     */
    private static boolean pluralOfPersons(Annotated a, int j) {
        String w = a.word(j);
        // (a plural the lemmatizer does not know, "juntas", by its ending: not "census", "status", "basis")
        return a.tag(j).equals("NOUN") && w.length() > 3 && w.endsWith("s") && Character.isLowerCase(w.charAt(0))
                && (!a.lemma(j).equalsIgnoreCase(w) || !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is"))
                && !MEANS.contains(w.toLowerCase(Locale.ROOT))
                && !Lexicon.get().countNouns().contains(w.toLowerCase(Locale.ROOT));
    }

    /** Whether a name is a state's or of no class: a land whose voters a phrase may name ("the voters of Xland"). */
    private static boolean stateOrNoClass(Mention m) {
        return NORMALIZER.classify(m.text(), java.util.Map.of()).map("Polity"::equals).orElse(true);
    }

    /** The electorate after the verb ending at {@code last}, or null: a mention of kind ELECTORATE. */
    static Mention after(Annotated a, int last, int right, List<Mention> mentions, Set<String> heads) {
        int k = last + 1;
        while (k < right && a.tag(k).equals("ADV")) {
            k++; // "elected directly by"
        }
        if (k + 1 < right && TIME_WORDS.contains(a.word(k).toLowerCase(Locale.ROOT))
                && (a.tag(k + 1).equals("NUM") || DateParser.isMonth(a.word(k + 1)))) {
            // "elected on 2 April 1860 by", "chosen in May 1848 by": a date between the verb and its agent
            int t = k + 1;
            while (t < right && t <= k + 4 && (a.tag(t).equals("NUM") || DateParser.isMonth(a.word(t)))) {
                t++;
            }
            k = t < right && a.word(t).equalsIgnoreCase("by") ? t : k;
        }
        if (k >= right || !a.word(k).equalsIgnoreCase("by")) {
            return null;
        }
        int from = k + 1;
        int j = from;
        if (j < right && (a.word(j).equalsIgnoreCase("the") || a.word(j).equalsIgnoreCase("all"))) {
            j++;
        }
        int start = j; // the phrase as labelled: without "the"
        int head = -1;
        for (; j < right && j < start + 6; j++) {
            String w = a.word(j);
            boolean people = demonymPlural(w); // "male Germans above the age of 25"
            if (!people && (Clauses.mentionAt(a, j, mentions) != null || w.isEmpty()
                    || !Character.isLowerCase(w.charAt(0)) && !a.tag(j).equals("NUM"))) {
                break;
            }
            if (heads.contains(w.toLowerCase(Locale.ROOT)) || people || pluralOfPersons(a, j)) {
                head = j;
            }
            if (people) {
                continue;
            }
            if (!(a.tag(j).equals("ADJ") || a.tag(j).equals("NOUN") || a.tag(j).equals("NUM")
                    || (a.tag(j).equals("ADV") || a.tag(j).equals("PROPN")) && w.endsWith("ly") // ("the knightly
                    // landowners", however the tagger takes "knightly")
                    || a.tag(j).equals("VERB") && (w.endsWith("ed") || w.endsWith("ing")) || w.startsWith("-"))) {
                break;
            }
        }
        Mention of = head >= 0 && head + 1 < right && a.word(head + 1).equalsIgnoreCase("of")
                ? Clauses.mentionAt(a, head + 2, mentions) : null;
        if (head < 0 || of != null && NORMALIZER.classify(of.text(), java.util.Map.of())
                .filter(c -> org.constitutionkg.extract.OntologyClasses.get().isA(c, "StateOrgan")).isPresent()
                || Complements.actingPartAfter(a, k) == head) {
            // "elected by the two chambers of the Federal Assembly", "by both houses of Parliament": an organ's act
            return null;
        }
        int end = head;
        if (of != null && of.kind() == Mention.Kind.NAME
                && stateOrNoClass(of)
                && of.end() <= (right < a.size() ? a.start(right) : a.text().length())) {
            // "the voters of Xland", "the estates of Ylia": a state's or a land's voters (a name of no class), with
            // the common nouns the name modifies ("the citizens of the Xland states")
            int close = of.end();
            for (int t = a.tokenAt(of.end() - 1) + 1; t < right && t < a.size()
                    && (a.tag(t).equals("NOUN") || a.tag(t).equals("PROPN"))
                    && Character.isLowerCase(a.word(t).charAt(0)); t++) {
                close = a.end(t);
            }
            String text = a.text().substring(a.start(start), close);
            return new Mention(a.start(start), close, Mention.Kind.ELECTORATE, text);
        }
        // what qualifies the head: lower-case words and numbers after a qualifier word, to a comma or the clause's end
        if (end + 1 < right && QUALIFIERS.contains(a.word(end + 1).toLowerCase(Locale.ROOT)) && !ofTime(a, end + 1)
                && !meansAhead(a, end + 1)) {
            int q = end + 1;
            while (q < right && q <= end + 12 && !a.word(q).equals(",") && !a.word(q).equals(";")
                    && Clauses.mentionAt(a, q, mentions) == null
                    && (Character.isLowerCase(a.word(q).charAt(0)) || a.tag(q).equals("NUM")
                    || a.word(q).charAt(0) == '-') // ("twenty" "-" "five")
                    && !(q > end + 1 && (ENDS_VOTERS.contains(a.word(q).toLowerCase(Locale.ROOT)) || ofTime(a, q)
                            || meansAhead(a, q)))) {
                q++;
            }
            // (not a clause of its own after "and": "elected by the diets and abolished in 1918")
            boolean clause = false;
            for (int x = end + 1; x < q; x++) {
                clause |= a.word(x).equalsIgnoreCase("and") && x + 1 < q && (a.tag(x + 1).equals("VERB")
                        || a.tag(x + 1).equals("AUX"));
            }
            Mention state = q < right ? Clauses.mentionAt(a, q, mentions) : null;
            if (!clause && q > end + 1 && state != null && state.kind() == Mention.Kind.NAME
                    && stateOrNoClass(state)
                    && a.tokenAt(state.end() - 1) < right) {
                // "the citizens of the entire Xland", "men over 21 in all of Xland": the voters of a state, named
                end = a.tokenAt(state.end() - 1);
            } else if (!clause && q > end + 2) {
                end = q - 1;
                while (end > head && (a.tag(end).equals("ADP") || a.tag(end).equals("DET")
                        || a.tag(end).equals("CCONJ") || a.word(end).equals("-"))) {
                    end--; // no dangling "of the"
                }
            }
        }
        String text = a.text().substring(a.start(start), a.end(end));
        return new Mention(a.start(start), a.end(end), Mention.Kind.ELECTORATE, text);
    }
}
