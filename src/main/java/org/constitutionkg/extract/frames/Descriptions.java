package org.constitutionkg.extract.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.constitutionkg.extract.linguistic.Annotated;
import org.constitutionkg.extract.text.Patterns;

/**
 * The mentions of a sentence that are no names, for {@link FrameMatcher}: the pronoun "it", "the former" and "the
 * latter", definite descriptions ("the council", "this constitution", "the Xland parliament") and indefinite ones
 * ("a new charter"), each made of a head noun of the lexicon. The caller finds the names; what a pronoun or a
 * description denotes is the reader's business (the discourse's subject, the last thing named).
 */
final class Descriptions {

    private static final Set<String> FORMER_LATTER = Set.of("former", "latter");

    private final Set<String> heads;
    private final Set<String> indefiniteHeads;

    /**
     * @param heads           lower-case nouns that, after "the", refer back to a thing spoken of ("council",
     *                        "constitution")
     * @param indefiniteHeads the heads an indefinite description is made of ("a new charter")
     */
    Descriptions(Set<String> heads, Set<String> indefiniteHeads) {
        this.heads = Set.copyOf(heads);
        this.indefiniteHeads = Set.copyOf(indefiniteHeads);
    }

    /** Possessives before a noun: "its Congress" is no bare head standing for the body the context means. */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "whose");

    /**
     * Whether the token at {@code i} is a capitalised singular head noun that stands alone, with no article, no
     * modifier and no other capitalised word around it ("Congress", "Parliament"; not "the Congress", "Congress of
     * X", "Xland Congress", "Congress's").
     */
    private boolean bareHead(Annotated a, int i) {
        String w = a.word(i);
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0)) || !heads.contains(w.toLowerCase(Locale.ROOT))
                || !(a.tag(i).equals("PROPN") || a.tag(i).equals("NOUN"))) {
            return false;
        }
        if (i > 0) {
            String p = a.word(i - 1);
            if (a.tag(i - 1).equals("DET") || a.tag(i - 1).equals("ADJ")
                    || POSSESSIVES.contains(p.toLowerCase(Locale.ROOT))
                    || !p.isEmpty() && Character.isUpperCase(p.charAt(0)) && !Patterns.isYear(p)
                    || p.equals("-") || p.equals("'s") || p.equals("’s")) {
                return false;
            }
        }
        if (i + 1 < a.size()) {
            String n = a.word(i + 1);
            return !(n.equals("of") || n.equals("'s") || n.equals("’s") || n.equals("(") || n.equals("-")
                    || !n.isEmpty() && Character.isUpperCase(n.charAt(0)));
        }
        return true;
    }

    /** A noun, or its singular, is a head that refers back ("council", "councils"). */
    boolean isHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return heads.contains(w) || w.endsWith("s") && heads.contains(w.substring(0, w.length() - 1));
    }

    private static final Set<String> MEMBERS = org.constitutionkg.extract.Lexicon.get().memberNouns();
    private static final Set<String> OWNED = owned();

    /** The nouns that make a description after "its": an owned organ's, or a seat's ("its offices"). */
    private static Set<String> owned() {
        Set<String> out = new java.util.HashSet<>(org.constitutionkg.extract.Lexicon.get().ownedOrganNouns());
        out.addAll(org.constitutionkg.extract.Lexicon.get().seatNouns());
        return Set.copyOf(out);
    }

    /**
     * The end token of an owned organ's or a seat's noun after "its" at {@code i} ("its presidium", "its executive
     * committee", "its offices"), else -1.
     */
    private static int ownedOrgan(Annotated a, int i, List<Mention> names) {
        for (int n = 2; n >= 1; n--) {
            if (i + n >= a.size() || Clauses.inside(a, i + 1, names)) {
                continue;
            }
            StringBuilder b = new StringBuilder();
            for (int k = i + 1; k <= i + n; k++) {
                b.append(k > i + 1 ? " " : "").append(a.word(k).toLowerCase(Locale.ROOT));
            }
            boolean last = i + n + 1 >= a.size() || !a.tag(i + n + 1).equals("NOUN");
            if (OWNED.contains(b.toString()) && last) {
                return i + n;
            }
        }
        return -1;
    }

    /** Pronouns "it" and definite descriptions "the council" that are not inside a name. */
    List<Mention> find(Annotated a, List<Mention> names) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (Clauses.inside(a, i, names)) {
                continue;
            }
            String w = a.word(i).toLowerCase(Locale.ROOT);
            int owned = w.equals("its") ? ownedOrgan(a, i, names) : -1; // ("their": of several, none is meant)
            if (owned > 0) {
                // "Its presidium was chaired by X": the part of that organ the noun says ({@code Referents})
                out.add(new Mention(a.start(i), a.end(owned), Mention.Kind.DESCRIPTION,
                        a.text().substring(a.start(i), a.end(owned))));
                i = owned;
            } else if (w.equals("it") && a.tag(i).equals("PRON")) {
                out.add(new Mention(a.start(i), a.end(i), Mention.Kind.PRONOUN, a.word(i)));
            } else if (w.equals("the") && i + 1 < a.size() && FORMER_LATTER.contains(a.word(i + 1).toLowerCase(Locale.ROOT))
                    && (i + 2 >= a.size() || !a.tag(i + 2).equals("NOUN") && !a.tag(i + 2).equals("PROPN"))) {
                // "the former", "the latter" standing alone: the earlier or the later of the last two things named
                out.add(new Mention(a.start(i), a.end(i + 1), Mention.Kind.PRONOUN,
                        "the " + a.word(i + 1).toLowerCase(Locale.ROOT)));
                i++;
            } else if (w.equals("that") && i + 1 < a.size() && Character.isLowerCase(a.word(i + 1).charAt(0))
                    && isHead(a.word(i + 1)) && !Clauses.inside(a, i + 1, names)
                    && (i + 2 >= a.size() || !a.tag(i + 2).equals("NOUN"))) {
                // "That assembly adopted ...", "that body's presidium": a demonstrative before a head noun, whatever
                // the tagger makes of it (not "decided that assembly members ...", a conjunction before a compound)
                out.add(new Mention(a.start(i), a.end(i + 1), Mention.Kind.DESCRIPTION,
                        a.text().substring(a.start(i), a.end(i + 1))));
                i++;
            } else if (w.equals("the") || w.equals("this")) {
                int j = i + 1;
                boolean year = j + 1 < a.size() && Patterns.isYear(a.word(j)) && !Clauses.inside(a, j, names);
                if (year) {
                    j++; // "the 1918 constitution": the year tells it from the others
                }
                while (j < a.size() && a.tag(j).equals("ADJ") && Character.isLowerCase(a.word(j).charAt(0))) {
                    j++;
                }
                // a name used as a modifier: "the East German government", "the Xland parliament"
                Mention modifier = Clauses.mentionAt(a, j, names);
                if (modifier != null && j > i && j == i + 1) {
                    int after = a.tokenAt(modifier.end() - 1) + 1;
                    if (after < a.size() && a.tag(after).equals("NOUN")
                            && Character.isLowerCase(a.word(after).charAt(0)) && isHead(a.word(after))
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
                boolean membersOf = j + 1 < a.size() && a.word(j + 1).equals("of")
                        && MEMBERS.contains(a.word(j).toLowerCase(Locale.ROOT)); // "the members of the Presidium"
                // "the council's first chairman": the tokenizer keeps the possessive ending on the noun
                boolean possessive = j < a.size() && a.word(j).length() > 2
                        && (a.word(j).endsWith("'s") || a.word(j).endsWith("’s"));
                String noun = j < a.size() && possessive ? a.word(j).substring(0, a.word(j).length() - 2)
                        : j < a.size() ? a.word(j) : "";
                if (j < a.size() && (a.tag(j).equals("NOUN") || a.tag(j).equals("PROPN")
                        || possessive && a.tag(j).startsWith("NOUN+")) // ("council's": NOUN+PART)
                        && (Character.isLowerCase(a.word(j).charAt(0)) || bareCapital)
                        && isHead(noun) && !Clauses.inside(a, j, names) && !membersOf) {
                    int end = j;
                    while (!possessive && !bareCapital && end + 1 < a.size() && a.tag(end + 1).equals("NOUN")
                            && Character.isLowerCase(a.word(end + 1).charAt(0))
                            && !(end + 2 < a.size() && a.tag(end + 2).equals("DET"))
                            && !a.word(end + 1).endsWith("ed")
                            && org.constitutionkg.extract.Lexicon.get().frames().byForm(a.word(end + 1)).isEmpty()) {
                        // (not a verb the tagger took for a noun: "the Assembly forms the Parliament", "the board
                        // met weekly": a frame's verb form, or one in -ed)
                        // a head noun that modifies a noun after it ("the state parliaments", "the old committee
                        // system"): the phrase is the last noun's, what that one denotes or nothing
                        end++;
                    }
                    if (end == j && !year && !possessive && j + 2 < a.size() && a.word(j + 1).equals("of")
                            && Patterns.isYear(a.word(j + 2))) {
                        end = j + 2; // "the constitution of 1918"
                    }
                    int to = possessive ? a.end(end) - 2 : a.end(end);
                    out.add(new Mention(a.start(i), to, Mention.Kind.DESCRIPTION, a.text().substring(a.start(i), to)));
                    i = end;
                } else if (year) {
                    i = j - 1;
                }
            } else if (bareHead(a, i)) {
                // "Congress approved the text", "the act was passed by Parliament": a capitalised head noun with no
                // article, as English writes the body the context means, is "the Congress"
                out.add(new Mention(a.start(i), a.end(i), Mention.Kind.DESCRIPTION, "the " + a.word(i)));
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
}
