package org.constitutionkg.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.text.PartialDate;
import org.constitutionkg.extract.text.Patterns;

/**
 * What an article has spoken of so far, for the definite descriptions that point back ("the assembly" after "the
 * Grand Assembly of Xland met in ..."): the names it gave, newest first. One per article being read.
 */
public final class Discourse {

    /** A preposition that ends a name's head: "Treaty on the Union", "Council of Elders", "Commission for Reform". */
    private static final Pattern PREPOSITION = Pattern.compile(" (?:of|on|for|between|concerning|about|with) ");

    /** Names further back than this are not what a description points to. */
    private static final int REMEMBERED = 24;

    private final Deque<String> recent = new ArrayDeque<>();

    /** The date spoken of last (a year, or a year and month), and the line (the paragraph) it was spoken of on. */
    private PartialDate date;
    private int dateLine = -1;

    /** A date was spoken of on a line. */
    public void sawDate(int line, PartialDate d) {
        date = d;
        dateLine = line;
    }

    /**
     * The date spoken of last in the paragraph on {@code line}, whose year a date without a year is of ("In 1905 ...
     * on 6 August"), or null when the paragraph has spoken of none so far.
     */
    public PartialDate dateOf(int line) {
        return line == dateLine ? date : null;
    }

    /** The names given on the line (the paragraph) being read, in order, and that line. */
    private final java.util.List<String> paragraph = new java.util.ArrayList<>();
    private int paragraphLine = -1;
    /** The names given in the paragraph before that one. */
    private final java.util.List<String> previous = new java.util.ArrayList<>();

    /**
     * Whether a name was given in the paragraph on {@code line} (so far) or in the one before it (a sentence that opens
     * a paragraph and named nothing yet: the names given last are the paragraph's before).
     */
    public boolean nearby(String name, int line) {
        return line == paragraphLine ? paragraph.contains(name) || previous.contains(name) : paragraph.contains(name);
    }

    /** A name was given on a line (a paragraph). */
    public void saw(String name, int line) {
        if (line != paragraphLine) {
            previous.clear();
            previous.addAll(paragraph);
            paragraph.clear();
            paragraphLine = line;
        }
        paragraph.add(name);
        saw(name);
    }

    /** The last {@code n} names given (at most), the newest first. */
    public java.util.List<String> lastNamed(int n) {
        return recent.stream().limit(n).toList();
    }

    /** The names given so far in the paragraph on {@code line}, newest first. */
    public java.util.List<String> inParagraph(int line) {
        java.util.List<String> out = new java.util.ArrayList<>(line == paragraphLine ? paragraph : java.util.List.of());
        java.util.Collections.reverse(out);
        return out;
    }

    /** An instrument the article said a new one of, succeeding its subject, and the year it was made in. */
    public record Successor(Facts.Ref ref, int year) {
    }

    private Successor successor;

    /** The last new instrument that succeeded the subject ({@link FrameReader}), or null. */
    public Successor successor() {
        return successor;
    }

    public void successor(Successor s) {
        successor = s;
    }

    /** Names the text set apart from a thing they might be taken to name, and those things. */
    private final java.util.Map<String, java.util.Set<Facts.Ref>> apart = new java.util.HashMap<>();

    /**
     * The text states a name to be another thing than {@code from}: "It was superseded by the Basic Law of Xland" in
     * the section on the 1921 constitution of Xland names its successor, not itself, whatever else the name might be
     * taken to refer to.
     */
    public void apart(String name, Facts.Ref from) {
        apart.computeIfAbsent(Patterns.withoutArticle(name), k -> new java.util.HashSet<>()).add(from);
    }

    /** Whether the text set the name apart from {@code ref} ({@link #apart(String, Facts.Ref)}). */
    public boolean isApart(String name, Facts.Ref ref) {
        java.util.Set<Facts.Ref> from = apart.get(Patterns.withoutArticle(name));
        return from != null && from.contains(ref);
    }

    /** A name was given in the text. */
    public void saw(String name) {
        recent.remove(name);
        recent.addFirst(name);
        if (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
    }

    /** The names the whole article gives, whether before or after the sentence being read. */
    private final java.util.Set<String> foreseen = new java.util.LinkedHashSet<>();

    /** A name the article gives somewhere. */
    public void foresee(String name) {
        foreseen.add(name);
    }

    /**
     * The one name of the whole article whose head noun is the description's, when there is exactly one: what "the
     * Declaration" points to when the article names it only later ("approved the Declaration ... 1. Consideration of
     * the Declaration on X"); else empty.
     */
    public Optional<String> onlyWithHead(String description) {
        String head = lastWord(description);
        String found = null;
        for (String name : foreseen) {
            if (matchesHead(headNoun(name), head)) {
                if (found != null && !found.equals(name)) {
                    return Optional.empty();
                }
                found = name;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The last word of a text, in lower case ("" for none). */
    public static String lastWord(String text) {
        String[] words = Patterns.WHITESPACE.split(text.strip().toLowerCase(Locale.ROOT));
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static boolean matchesHead(String h, String head) {
        return h.equals(head) || h.equals(head + "s") || (h + "s").equals(head);
    }

    /**
     * The name spoken of last whose head noun is the description's ("the assembly" → "Grand Assembly of Xland": the
     * head is the last word before " of ", or the last word), or empty.
     */
    public Optional<String> lastWithHead(String description) {
        return lastWithHead(description, n -> false);
    }

    /** As {@link #lastWithHead(String)}, passing over the names {@code skip} holds (those said after it). */
    public Optional<String> lastWithHead(String description, java.util.function.Predicate<String> skip) {
        String head = lastWord(description);
        for (Iterator<String> it = recent.iterator(); it.hasNext(); ) {
            String name = it.next();
            if (!skip.test(name) && matchesHead(headNoun(name), head)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Whether a name spoken of so far in the article passes {@code test}. */
    public boolean spokenOf(java.util.function.Predicate<String> test) {
        return recent.stream().anyMatch(test);
    }

    /** The head noun of a name in lower case: the last word before its first preposition, or the last word. */
    public static String headNoun(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        Matcher m = PREPOSITION.matcher(n);
        String before = m.find() ? n.substring(0, m.start()) : n;
        String[] w = Patterns.WHITESPACE.split(before.strip());
        return w[w.length - 1];
    }
}
