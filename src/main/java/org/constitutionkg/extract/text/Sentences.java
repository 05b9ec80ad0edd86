package org.constitutionkg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences and takes parenthesised asides out of a sentence. */
public final class Sentences {

    /** A sentence and its offset in the paragraph. */
    public record Sentence(String text, int offset) { }

    /** A parenthesised aside: its content and the text of the sentence before it. */
    public record Aside(String content, String before) { }

    /** A sentence without its asides. */
    public record Clean(String text, List<Aside> asides) { }

    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}+\\.)+\\p{L}*");
    /** Abbreviations such as "St." or "Art." after which a dot ends no sentence. */
    private static final Pattern ABBREVIATED_WORD = Pattern.compile("(?i)st|no|art|vol|ca|c");
    /** Titles abbreviated before a person's name: "Dr. Ivan Petrov", "Gen. Olga Smirnova". */
    private static final Pattern ABBREVIATED_TITLE = Pattern.compile("(?i)dr|mr|mrs|ms|prof|gen|col|capt|lt|maj|adm|"
            + "rev|hon|gov|sen|sgt|fr");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** A capitalised word at the end (spaces after it allowed): what a year in parentheses may qualify. */
    private static final Pattern NAME_END = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\s*$");
    /** What may open a word before its letters: brackets and quotes. */
    private static final String OPENING = "([\"'“‘«";
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:])");

    private Sentences() {
    }

    public static List<Sentence> split(String paragraph) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int brackets = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            int end = breakAt(paragraph, i);
            if (end >= 0 && depth == 0 && brackets == 0 && !abbreviationBefore(paragraph, i)) {
                out.add(new Sentence(paragraph.substring(start, i + 1).strip(), start));
                start = end;
            }
            char c = paragraph.charAt(i);
            // a remark in brackets ends no sentence either: "10 May [O.S. 27 April] 1906"
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            brackets = c == '[' && paragraph.indexOf(']', i) > 0 ? brackets + 1 : c == ']' ? Math.max(0, brackets - 1) : brackets;
        }
        if (start < paragraph.length() && !paragraph.substring(start).isBlank()) {
            out.add(new Sentence(paragraph.substring(start).strip(), start));
        }
        return out;
    }

    /**
     * Where the text after a possible sentence break at {@code stop} starts, or -1 when there is none: a full stop,
     * exclamation or question mark, maybe a closing quote or parenthesis, maybe a footnote mark, whitespace, and then (maybe after an opening
     * quote or parenthesis) a capital or a digit. This is what the expression
     * {@code [.!?]["”’)]?\s+(?=["“«(]?[\p{Lu}\d])} matches at {@code stop}, found without it: it ran on every
     * character of every paragraph. Breaks never overlap: the characters after a stop up to where the text goes on
     * are no stops.
     */
    public static int breakAt(String text, int stop) {
        char c = text.charAt(stop);
        if (c != '.' && c != '!' && c != '?') {
            return -1;
        }
        int space = stop + 1;
        if (space < text.length() && "\"”’)".indexOf(text.charAt(space)) >= 0) {
            space++;
        }
        if (space < text.length() && (text.charAt(space) == '[' || text.charAt(space) == '^')) {
            int mark = Marks.endOfMarkAt(text, space); // "had 120 members.[5] The Senate ...": a footnote mark
            space = mark > 0 ? mark : space;
        }
        int after = space;
        while (after < text.length() && Patterns.isAsciiSpace(text.charAt(after))) {
            after++;
        }
        if (after == space || after == text.length()) {
            return -1;
        }
        int first = "\"“«(".indexOf(text.charAt(after)) >= 0 ? after + 1 : after;
        return first < text.length() && startsSentence(text.codePointAt(first)) ? after : -1;
    }

    private static boolean startsSentence(int c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER || Patterns.isDigit(c);
    }

    private static boolean abbreviationBefore(String s, int dot) {
        int w = dot;
        while (w > 0 && !Character.isWhitespace(s.charAt(w - 1))) {
            w--;
        }
        while (w < dot && OPENING.indexOf(s.charAt(w)) >= 0) {
            w++; // "[O.S." and "(Gen." are abbreviations as "O.S." and "Gen." are
        }
        String word = s.substring(w, dot);
        if (word.length() <= 5 && Patterns.romanNumeral(word).isPresent() && w >= 2
                && Character.isUpperCase(s.charAt(lastWordStart(s, w - 1))) && LEADING_WORDS.contains(nextWord(s, dot + 1))) {
            return false; // "granted by Prince Otto I. Under the charter ...": a regnal numeral ends the sentence
        }
        // a capital is one character (two for a supplementary one), a dotted word has a dot, and no abbreviated
        // word has more than three letters: most words before a dot are none of them, and skip the expressions
        return word.length() <= 2 && CAPITAL.matcher(word).matches()
                || word.indexOf('.') >= 0 && DOTTED.matcher(word).matches()
                || word.length() <= 3 && ABBREVIATED_WORD.matcher(word).matches()
                || word.length() <= 4 && ABBREVIATED_TITLE.matcher(word).matches();
    }

    /** Words that open a sentence or a clause (leading-words.txt), in lower case. */
    private static final java.util.Set<String> LEADING_WORDS = org.constitutionkg.extract.Lexicon.lowerWords(
            "leading-words.txt");

    /** Where the word that ends at {@code end} (exclusive of the space before {@code end}) starts. */
    private static int lastWordStart(String s, int end) {
        int k = end;
        while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        return Math.min(k, s.length() - 1);
    }

    /** The word after {@code from} (past white space), in lower case. */
    private static String nextWord(String s, int from) {
        int a = from;
        while (a < s.length() && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        int b = a;
        while (b < s.length() && Character.isLetter(s.charAt(b))) {
            b++;
        }
        return s.substring(a, b).toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether a word written with a dot ("No.", "Art.") is an abbreviation a number follows in a name. */
    public static boolean abbreviatedWord(String dotted) {
        return dotted.endsWith(".") && ABBREVIATED_WORD.matcher(dotted.substring(0, dotted.length() - 1)).matches();
    }

    /** Capitalised words (and numbers) inside a short title's parentheses: "Agreement", "Amendment No. 24". */
    private static final Pattern TITLE_WORDS = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|\\d+)){0,4}");
    /** The head of a short title after its parentheses (year-titled-heads.txt): " Act", " Order", " Ordinance". */
    private static final Pattern TITLED_HEAD_AFTER = Pattern.compile("\\s+(?:" + String.join("|",
            org.constitutionkg.extract.NameFinder.YEAR_TITLED_HEADS.stream()
                    .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList()) + ")\\b");

    /** A given name, then a nickname in quotes, then a capitalised word (the family name). */
    private static final java.util.regex.Pattern NICKNAME = java.util.regex.Pattern.compile(
            "(\\p{Lu}[\\p{L}'’-]+) [\"“]\\p{Lu}[\\p{L}'’-]{1,20}[\"”] (?=\\p{Lu})");

    /**
     * Initials and a parenthesis glued to them that holds one to three lower-case letters, part of the initials'
     * name ("the XCP(b)", "VKP(b)"): group 1 the initials, group 2 the letters; not "Minister(s)", "Soviet(s)".
     */
    public static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(\\p{Lu}{2,})\\((\\p{Ll}{1,3})\\)");

    /**
     * Removes top-level parentheses, keeping their contents as asides, and the {@link Marks marks} that are not read
     * (footnote marks, an Old Style date after the New Style one).
     */
    public static Clean clean(String raw) {
        // footnote marks and Old Style glosses are not read; a date marked Old Style is read as its New Style day, one
        // of the French Republican calendar as its Gregorian day
        // (and an instrument named by its noun and a quoted title, 'the law "On X"', is read as its name)
        String sentence = QuotedTitles.inline(Marks.strip(DateParser.inNewStyle(RepublicanCalendar.inGregorian(raw))));
        if (sentence.indexOf('"') >= 0 || sentence.indexOf('“') >= 0) {
            // "Nikola "Niko" Petrović": a nickname in quotes between a given name and a family name is no part of
            // the name the text gives
            sentence = NICKNAME.matcher(sentence).replaceAll(r -> org.constitutionkg.extract.naming.NameChecker
                    .givenName(r.group(1)) ? java.util.regex.Matcher.quoteReplacement(r.group(1) + " ")
                    : java.util.regex.Matcher.quoteReplacement(r.group()));
        }
        StringBuilder out = new StringBuilder();
        List<Aside> asides = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && depth > 0) {
                if (--depth == 0) {
                    String inside = sentence.substring(open + 1, i).strip();
                    if (open >= 2 && Character.isUpperCase(sentence.charAt(open - 1))
                            && Character.isUpperCase(sentence.charAt(open - 2))
                            && GLUED.matcher(sentence.substring(open - 2, i + 1)).matches()) {
                        // "the XCP(b)", "VKP(b)": a letter in parentheses glued to an abbreviation is part of it (the
                        // party of the Bolsheviks), no aside
                        out.append('(').append(inside).append(')');
                    } else if (NAME_END.matcher(out).find() && TITLE_WORDS.matcher(inside).matches()
                            && TITLED_HEAD_AFTER.matcher(sentence).region(i + 1, sentence.length()).lookingAt()) {
                        // "the Xland Free State (Agreement) Act 1922", "the Ylia (Constitution) Order in Council": a
                        // short title's words in parentheses before its head are the title's own
                        out.append('(').append(inside).append(')');
                    } else if (YEAR.matcher(inside).matches() && NAME_END.matcher(out).find()) {
                        // "the Constitution of X (1920)": the year tells this one from the others of that name
                        out.setLength(out.toString().stripTrailing().length());
                        out.append(" of ").append(inside);
                    } else if (inside.indexOf('(') >= 0 && inside.indexOf('(') != inside.lastIndexOf('(')
                            && inside.indexOf(':') < 0) { // (not "Xish: A (B), romanized: C (D)": one name's)
                        // "the Bloc (the Workers' Party (WP), the Socialist Party (SP) and ...)": a list whose names
                        // have remarks of their own; each remark is said of its name, the list of the name before
                        Clean inner = clean(inside);
                        asides.add(new Aside(inner.text(), out.toString().stripTrailing()));
                        asides.addAll(inner.asides());
                    } else {
                        asides.add(new Aside(inside, out.toString().stripTrailing()));
                    }
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        String text = Patterns.oneSpace(out.toString());
        // what SPACE_BEFORE_PUNCTUATION finds: most sentences have none, and the expression costs more than the look
        if (text.contains(" ,") || text.contains(" .") || text.contains(" ;") || text.contains(" :")) {
            text = SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1");
        }
        return new Clean(text.strip(), asides);
    }
}
