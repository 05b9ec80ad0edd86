package org.constitutionkg.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/**
 * What an article has spoken of so far, for the definite descriptions that point back ("the assembly" after "the
 * Grand Assembly of Xland met in ..."): the names it gave, newest first. One per article being read.
 */
final class Discourse {

    /** Names further back than this are not what a description points to. */
    private static final int REMEMBERED = 24;

    private final Deque<String> recent = new ArrayDeque<>();

    /** The year mentioned last, and the line (the paragraph) it was mentioned in. */
    private int year;
    private int yearLine = -1;

    /** A year was mentioned on a line. */
    void sawYear(int line, int y) {
        year = y;
        yearLine = line;
    }

    /**
     * The year mentioned last in the paragraph on {@code line}, which a date without a year is of ("In 1905 ... on 6
     * August"), or 0 when the paragraph has named none so far.
     */
    int yearOf(int line) {
        return line == yearLine ? year : 0;
    }

    /** A name was given in the text. */
    void saw(String name) {
        recent.remove(name);
        recent.addFirst(name);
        if (recent.size() > REMEMBERED) {
            recent.removeLast();
        }
    }

    /**
     * The name spoken of last whose head noun is the description's ("the assembly" → "Grand Assembly of Xland": the
     * head is the last word before " of ", or the last word), or empty.
     */
    Optional<String> lastWithHead(String description) {
        String[] words = Patterns.WHITESPACE.split(description.strip().toLowerCase(Locale.ROOT));
        String head = words[words.length - 1];
        for (Iterator<String> it = recent.iterator(); it.hasNext(); ) {
            String name = it.next();
            String h = headNoun(name);
            if (h.equals(head) || h.equals(head + "s") || (h + "s").equals(head)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The head noun of a name in lower case: the last word before " of ", or the last word. */
    static String headNoun(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        int of = n.indexOf(" of ");
        String before = of < 0 ? n : n.substring(0, of);
        String[] w = Patterns.WHITESPACE.split(before.strip());
        return w[w.length - 1];
    }
}
