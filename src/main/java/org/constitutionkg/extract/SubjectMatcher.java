package org.constitutionkg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.constitutionkg.extract.text.Patterns;

/**
 * Decides whether a phrase in the text refers to a known subject: "It", "The constitution", "The 1924 Constitution"
 * or "All-Union Congress" for the 1924 Constitution of the Soviet Union or the All-Union Congress of Soviets.
 */
public final class SubjectMatcher {

    private static final Set<String> DETERMINERS = Set.of("the", "this", "its", "it's");
    private static final Set<String> ADJECTIVES = Set.of("first", "new", "original", "old", "final", "same", "present",
            "current", "whole", "entire", "said", "extraordinary");
    /** Adjectives that say a thing of today, never one a year names. */
    private static final Set<String> NOW = Set.of("present", "current");

    /** Whether a word before a name says the thing of now ("the present Constitution", "the current Diet"). */
    public static boolean now(String word) {
        return NOW.contains(word.toLowerCase(java.util.Locale.ROOT));
    }
    /** Adjectives that say another one of a kind than the one spoken of: "the previous diet", "the next congress". */
    private static final Set<String> ANOTHER = Set.of("previous", "preceding", "former", "earlier", "next",
            "following", "subsequent", "succeeding", "later");

    /**
     * Whether a phrase holds a word, in lower case, that says another of its kind ("the previous diet"; not a name's
     * "Former" or "Later").
     */
    public static boolean another(String phrase) {
        for (String w : Patterns.WHITESPACE.split(phrase.strip())) {
            if (ANOTHER.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DETERMINED = Pattern.compile("(?i)^(?:the|this|its)\\s.*");

    private final Normalizer normalizer;

    public SubjectMatcher(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** True when {@code phrase} refers to the thing with the given names. */
    public boolean refersTo(String phrase, List<String> names, Map<String, String> abbreviations) {
        if (another(phrase)) {
            return false; // "the previous diet" in the article on the diet: one of its terms, not the body
        }
        List<String> words = normalizer.words(phrase, abbreviations);
        int i = 0;
        boolean now = false;
        while (i < words.size() && (DETERMINERS.contains(words.get(i)) || ADJECTIVES.contains(words.get(i)))) {
            now |= NOW.contains(words.get(i));
            i++;
        }
        if (now && names.stream().anyMatch(SubjectMatcher::dated)) {
            return false; // "the present Constitution of X" is not the "Constitution of X (1971)": that one is past
        }
        boolean determined = i > 0 || DETERMINED.matcher(phrase.strip()).matches();
        words = words.subList(i, words.size());
        if (words.isEmpty()) {
            return false;
        }
        if (words.size() == 1 && words.get(0).equals("it")) {
            return true;
        }
        for (String name : names) {
            if (pluralHead(name) && !pluralHead(phrase)) {
                continue; // "the present Constitution of X" is none of the "Constitutions of X" an overview is about
            }
            List<String> nameWords = normalizer.words(name, abbreviations);
            if (matches(words, nameWords, determined) && !headOfItsOwnAfter(words, nameWords)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name goes on past the phrase, a beginning of it, with a head noun of its own: "the Statute of
     * Xland" is not the "Statute of Xland Adoption Act" (an act about it), while "Congress of Soviets" is the "Congress
     * of Soviets of Xland" and "the Treaty of Union" the "Treaty of Union between A and B".
     */
    private boolean headOfItsOwnAfter(List<String> ref, List<String> name) {
        if (ref.size() >= name.size() || !ref.contains("of") || !name.subList(0, ref.size()).equals(ref)
                || name.get(ref.size()).equals("of")) {
            return false;
        }
        List<String> rest = new java.util.ArrayList<>();
        for (String w : name.subList(ref.size(), name.size())) {
            if (w.equals("of")) {
                break;
            }
            rest.add(Patterns.capitalised(w));
        }
        // (a state's or a place's word is no head of its own: "Legislative Council of Ora Colony" is the "Legislative
        // Council of Ora")
        return normalizer.classify(String.join(" ", rest), Map.of())
                .filter(c -> !c.equals("Polity") && !c.equals("Place")).isPresent();
    }

    /** Whether a name holds a year of its own ("X (1971)", "X of 1971", "1971 X"). */
    private static boolean dated(String name) {
        return java.util.Arrays.stream(Patterns.WHITESPACE.split(name.replaceAll("[()]", " ").strip()))
                .anyMatch(Patterns::isYear);
    }

    /**
     * Whether a name's head noun (the word before its first "of", else its last word) is a plural: "Constitutions of
     * X".
     */
    private static boolean pluralHead(String name) {
        String n = Patterns.withoutTrailingParentheses(name);
        int of = n.indexOf(" of ");
        String head = of > 0 ? n.substring(0, of) : n;
        head = head.substring(head.lastIndexOf(' ') + 1);
        return head.length() > 3 && Character.isLetter(head.charAt(0)) && !Patterns.singular(head).equals(head);
    }

    private static boolean matches(List<String> ref, List<String> name, boolean determined) {
        int n = name.size();
        if (n > 2 && name.get(n - 2).equals("of") && Patterns.isYear(name.get(n - 1)) && Patterns.isYear(ref.get(0))) {
            // "Hungarian Constitution of 1949" is the "1949 Hungarian Constitution"
            List<String> yearFirst = new java.util.ArrayList<>(List.of(name.get(n - 1)));
            yearFirst.addAll(name.subList(0, n - 2));
            if (matchesAsIs(ref, yearFirst, determined)) {
                return true;
            }
        }
        return matchesAsIs(ref, name, determined);
    }

    private static boolean matchesAsIs(List<String> ref, List<String> name, boolean determined) {
        if (ref.size() > 1 && ref.get(0).startsWith("#") && !name.isEmpty() && ref.get(0).equals(name.get(0))) {
            return matchesAsIs(ref.subList(1, ref.size()), name.subList(1, name.size()), determined);
        }
        if (ref.size() <= name.size() && name.subList(0, ref.size()).equals(ref) && !intoTheState(ref, name)) {
            return true;
        }
        int of = name.indexOf("of");
        if (determined && ref.size() == 1 && !ref.get(0).startsWith("#")
                && (of < 0 ? name : name.subList(0, of)).contains(ref.get(0))) {
            return true; // "the council" for the "Revolutionary Council of X", not "the X" for it: whose it is
        }
        if (determined && ref.size() == 1 && of == 1 && name.size() > 2 && HOUSE_HEADS.contains(name.get(0))
                && name.get(2).equals(ref.get(0)) && Patterns.singular(ref.get(0)).equals(ref.get(0))) {
            return true; // "the assembly" for the "House of Assembly of X": a house named by the noun after its "of"
        }
        if ((determined || Patterns.isYear(ref.get(0))) && ref.size() > 1 && ref.indexOf("of") < 0
                && subsequence(ref, name)
                && ref.get(ref.size() - 1).equals(head(name))) {
            return true; // "the 1921 Constitution" for the "1921 Xlandic Constitution": words left out, not changed
        }
        int ro = ref.indexOf("of");
        int no = name.indexOf("of");
        boolean yearsAgree = !Patterns.isYear(ref.get(0)) || ref.get(0).equals(name.get(0));
        if (ro > 0 && no > 0 && yearsAgree
                && headWithoutYear(ref.subList(0, ro)).equals(headWithoutYear(name.subList(0, no)))) {
            List<String> rt = ref.subList(ro + 1, ref.size());
            List<String> nt = name.subList(no + 1, name.size());
            // ("Congress of Soviets" of the "Congress of Soviets of the Xland SSR"; not "the Constitution of Xland" of
            // the "Constitution of the Xland SSR": the words after it go on with the state's name, another state's)
            return rt.size() <= nt.size() && nt.subList(0, rt.size()).equals(rt) && !intoTheState(ref, name);
        }
        return false;
    }

    /**
     * Whether the name goes on with a word of a state's kind where the phrase, a beginning of it, stops after "of":
     * "the Constitution of Xland" is not the "Constitution of the Xland SSR" (another state's), while "Congress of
     * Soviets" is the "Congress of Soviets of the Xland SSR", "the Constitution of Xland" the "Constitution of Xland
     * of 1921" and "the Treaty of Union" the "Treaty of Union between A and B".
     */
    private static boolean intoTheState(List<String> ref, List<String> name) {
        int n = ref.size();
        return n < name.size() && ref.contains("of") && STATE_WORDS.contains(name.get(n));
    }

    /** Heads of a house's name that the noun after their "of" stands for (house-heads.txt): "the House of Assembly". */
    private static final Set<String> HOUSE_HEADS = Set.copyOf(Lexicon.lowerWords("house-heads.txt"));

    /** The words a state's name goes on with: "Soviet", "Republic", "People's" (state-words.txt). */
    private static final Set<String> STATE_WORDS = Lexicon.get().stateWords();

    /** Whether every word of {@code part} stands in {@code whole}, in order. */
    private static boolean subsequence(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return i == part.size();
    }

    /** The head noun of a name's words: the last before "of", or the last. */
    private static String head(List<String> name) {
        int of = name.indexOf("of");
        return of > 0 ? name.get(of - 1) : name.get(name.size() - 1);
    }

    private static List<String> headWithoutYear(List<String> head) {
        return !head.isEmpty() && Patterns.isYear(head.get(0)) ? head.subList(1, head.size()) : head;
    }
}
