package org.constitutionkg.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Value parsers for infobox fields: lists split at top-level commas, qualifiers in parentheses, counts, junk.
 * They return empty results on junk and never throw.
 */
public final class Values {

    private static final Pattern JUNK = Pattern.compile(
            "(?is)^(?:.*\\.(?:svg|png|jpe?g|gif|tiff?|webp)|(?:\\d+\\s*px\\s*)+|[\\s,;.\\-–—]*|none\\b.*|file:.*|n/?a|unknown|\\?)$");
    private static final Pattern QUALIFIED = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)\\s*$", Pattern.DOTALL);
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:])");
    private static final Pattern COUNTED = Pattern.compile("^(.*?)\\s*\\((\\d[\\d,]*)\\)\\s*$", Pattern.DOTALL);

    private Values() {
    }

    /** True for image names, pixel sizes, empty or punctuation-only values and "None (...)". */
    public static boolean isJunk(String value) {
        return value == null || JUNK.matcher(value.strip()).matches();
    }

    /** Splits at commas and semicolons outside parentheses; junk items are dropped. */
    public static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        StringBuilder cur = new StringBuilder();
        char[] cs = value.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c == ',' && thousands(value, i)) {
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c == ',' || c == ';') && depth == 0) {
                add(out, cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(out, cur.toString());
        return out;
    }

    /**
     * Whether the items after {@code first} of a split list end the "of" phrase {@code first} ends with, so that the
     * list is one name: one-word plurals of no known class joined by "and" ("Kingdom of Serbs, Croats and Slovenes"),
     * for the caller to decide with what it knows of the words ({@code known}: a word with a class of its own, such as
     * a state's name, is an item of its own: "Kingdom of Xland, Yland and Zland" lists three states).
     */
    public static boolean endsOfPhrase(String first, List<String> rest, java.util.function.Predicate<String> known) {
        return OF_ONE_WORD.matcher(first).find() && WORDS_LIST_END.matcher(String.join(", ", rest)).matches()
                && java.util.Arrays.stream(String.join(" ", rest).split("\\s+")).filter(w -> !w.equals("and"))
                        .allMatch(w -> w.endsWith("s") && !known.test(w));
    }

    private static final Pattern OF_ONE_WORD = Pattern.compile("\\bof (?:the )?\\p{Lu}[\\p{L}'’-]*$");
    private static final Pattern WORDS_LIST_END = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}'’-]*, )*\\p{Lu}[\\p{L}'’-]* and \\p{Lu}[\\p{L}'’-]*");

    /** "1,500": a comma between digits with three digits after it groups thousands. */
    private static boolean thousands(String s, int comma) {
        return comma > 0 && Character.isDigit(s.charAt(comma - 1)) && s.length() >= comma + 4
                && s.substring(comma + 1, comma + 4).chars().allMatch(Character::isDigit)
                && (s.length() == comma + 4 || !Character.isDigit(s.charAt(comma + 4)));
    }

    private static void add(List<String> out, String item) {
        String s = item.strip();
        if (!isJunk(s)) {
            out.add(s);
        }
    }

    /** A title's list of parties that a comma goes on with: "Treaty between Xland", "Agreement among A". */
    private static final java.util.regex.Pattern PARTIES_OPEN = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}-]*(?: \\p{L}[\\p{L}-]*){0,4} (?:between|among) \\S");

    /**
     * The names one value gives, split at commas: "Council of Xland, Savet Xlanda" names one thing twice, as each part
     * opens with a capital; "X, of Y" is one name with a stray comma, and a part opening with a digit ("X, 3rd
     * convocation") is the name's, its comma kept; and so is a name that ends in a list ("Treaty
     * between Xland and the Duchies of A, B and C").
     */
    public static List<String> names(String value) {
        List<String> out = new ArrayList<>();
        String[] parts = NAME_SEPARATOR.split(value);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            if (out.isEmpty()) {
                out.add(part);
            } else if (Character.isDigit(part.codePointAt(0)) || PARTIES_OPEN.matcher(out.get(out.size() - 1)).find()) {
                // ("Treaty between Xland, Ostria, and Velmia for the Settlement of ...": the parties of one title)
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + part);
            } else if (!Character.isUpperCase(part.codePointAt(0)) && !caseless(part.codePointAt(0))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + part);
            } else if (endsAsAList(out.get(out.size() - 1), String.join(", ", java.util.Arrays.copyOfRange(parts, i,
                    parts.length)).strip())) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + String.join(", ",
                        java.util.Arrays.copyOfRange(parts, i, parts.length)).strip());
                break;
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /**
     * Whether a letter is of a script without capitals (Hebrew, Arabic, Devanagari, Chinese ...; Georgian, whose
     * Mkhedruli letters Unicode calls lower case): a name in it opens with no capital, and is a name of its own after
     * a comma ("Velmar Diet, הכנסת").
     */
    static boolean caseless(int codePoint) {
        return Character.isLetter(codePoint) && (!Character.isUpperCase(codePoint) && !Character.isLowerCase(codePoint)
                && !Character.isTitleCase(codePoint) || Patterns.unicameralScript(codePoint));
    }

    private static final Pattern NAME_SEPARATOR = Pattern.compile(",\\s*");

    /**
     * The parts of a name's value split at its commas, with a list that ends the value put back on the part before it:
     * "Narodni svet Xancev", "Yancev in Zancev" is one name ("Narodni svet Xancev, Yancev in Zancev"); "Velmi
     * törvények", "Tavaszi törvények" are two.
     */
    public static List<String> withListEnd(List<String> parts) {
        for (int i = 1; i < parts.size(); i++) {
            if (endsAsAList(parts.get(i - 1), String.join(", ", parts.subList(i, parts.size())).strip())) {
                List<String> out = new ArrayList<>(parts.subList(0, i - 1));
                out.add(String.join(", ", parts.subList(i - 1, parts.size())));
                return out;
            }
        }
        return parts;
    }

    /** "And" in other languages than English (conjunctions.txt): "Narodno vijeće Xanaca, Yanaca i Zanaca". */
    private static final String AND_ELSEWHERE = "(?:" + String.join("|", org.constitutionkg.extract.Lexicon
            .lowerWords("conjunctions.txt")) + ")";

    /**
     * The rest of a list of short names that ends a name, joined by "and": "B and C", "B, C and D", "B, C and the D E"
     * ("Kingdom of Xians, Yians and Zians").
     */
    private static final Pattern LIST_END = listEnd("and");
    /** ... and by another language's "and", after a name in that language ({@link #AND_ELSEWHERE}). */
    private static final Pattern LIST_END_ELSEWHERE = listEnd(AND_ELSEWHERE);

    private static Pattern listEnd(String and) {
        return Pattern.compile("(?:(?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?, )*"
                + "(?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)? " + and
                + " (?:the )?\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*)?"
                // ("... and D on the other part": the title goes on)
                + "(?: \\p{Ll}[\\p{L}'’-]*(?: [\\p{L}'’-]+)*)?");
    }

    /** Whether the items of {@code rest} end the name {@code before} as a list ({@link #LIST_END}). */
    private static boolean endsAsAList(String before, String rest) {
        return LIST_END.matcher(rest).matches()
                || LIST_END_ELSEWHERE.matcher(rest).matches() && OWN_LOWER_WORD.matcher(before).find();
    }

    /** A lower-case word of a name that no English name holds: "vijeće", "der" (not "of", "the", "and"). */
    private static final Pattern OWN_LOWER_WORD = Pattern.compile(" (?!(?:of|the|and|for|on|in|to)\\b)\\p{Ll}\\p{L}*");

    /** "Ruslan Khasbulatov (last)" → "Ruslan Khasbulatov"; inner parentheses that belong to the name stay. */
    public static String withoutQualifier(String value) {
        String s = value.strip();
        Matcher m;
        while ((m = QUALIFIED.matcher(s)).matches() && !m.group(1).isEmpty()) {
            if (Character.isUpperCase(m.group(2).isEmpty() ? 'x' : m.group(2).charAt(0)) && !Patterns.hasDigit(m.group(2))) {
                break;
            }
            s = m.group(1).strip();
        }
        return s;
    }

    /** "Komsomol (161)" → ("Komsomol", 161). */
    public static Optional<Counted> counted(String value) {
        Matcher m = COUNTED.matcher(value.strip());
        if (!m.matches() || m.group(1).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Counted(m.group(1).strip(), Integer.parseInt(m.group(2).replace(",", ""))));
    }

    /** A name and a number stated with it. */
    public record Counted(String name, int count) { }

    /** A span of years or a year opening a list item, and its colon or dash: "1946–1961: ", "1946 – ". */
    private static final java.util.regex.Pattern LEADING_YEARS = java.util.regex.Pattern.compile(
            "^\\d{3,4}(?:\\s*[–—-]\\s*(?:\\d{2,4}|present|today))?\\s*[:–—-]\\s*");

    /** A list item without the years it opens with: "1946–1961: Ivan Petrov" → "Ivan Petrov". */
    public static String withoutLeadingYears(String item) {
        return LEADING_YEARS.matcher(item.strip()).replaceFirst("");
    }

    /** Removes every parenthesised part. */
    public static String withoutParentheses(String s) {
        String prev;
        String cur = s;
        do {
            prev = cur;
            cur = PARENTHESISED.matcher(cur).replaceAll("");
        } while (!cur.equals(prev));
        cur = Patterns.oneSpace(cur);
        return SPACE_BEFORE_PUNCTUATION.matcher(cur).replaceAll("$1").strip();
    }
}
