package org.constitutionkg.extract.text;

import java.util.regex.Pattern;

/**
 * Regular expressions that several classes of this package use, compiled once: {@code String.split},
 * {@code replaceAll} and {@code matches} with a regex compile it on every call.
 */
public final class Patterns {

    /** A run of whitespace, what words are split at. */
    public static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)");
    /** Initials with dots, such as "U.S." or "U.S.S.R". */
    public static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}?\\.?");
    private static final Pattern WITH_DIGIT = Pattern.compile(".*\\d.*");

    private Patterns() {
    }

    /**
     * Any of the words and phrases of a data file's list, as whole words, without case, any whitespace between the
     * words of a phrase ("in turn", "for the first time"); only those of several words, if {@code phrasesOnly}.
     */
    public static Pattern anyPhrase(java.util.Collection<String> phrases, boolean phrasesOnly) {
        return Pattern.compile("\\b(?:" + String.join("|", phrases.stream().filter(w -> !phrasesOnly || w.contains(" "))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /**
     * Whether a letter is of a script written without capitals though Unicode gives it some (Georgian Mkhedruli: a
     * name in it opens with a "lower-case" letter).
     */
    public static boolean unicameralScript(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.GEORGIAN;
    }

    /** Whether a text is written in Latin letters only (marks, spaces and punctuation aside): "Velmu Gikai". */
    public static boolean latin(String text) {
        // (letters of no script of their own, the modifier letters of romanizations, "ʿ" of "al-Jamʿiyya", go with any)
        return text.codePoints().filter(Character::isLetter)
                .filter(cp -> Character.UnicodeScript.of(cp) != Character.UnicodeScript.COMMON
                        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.INHERITED)
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    /**
     * The ISO 15924 code of the script a text's first letter is written in, for a few scripts other than Latin
     * ("Cyrl" for "Савезно веће"), or null.
     */
    public static String script(String text) {
        int cp = text.codePoints().filter(Character::isLetter).findFirst().orElse('a');
        return switch (Character.UnicodeScript.of(cp)) {
            case CYRILLIC -> "Cyrl";
            case GREEK -> "Grek";
            case ARABIC -> "Arab";
            case HEBREW -> "Hebr";
            case GEORGIAN -> "Geor";
            case ARMENIAN -> "Armn";
            case MONGOLIAN -> "Mong";
            default -> null;
        };
    }

    /**
     * Whether a word is the adjective of a one-word name of a state, as written: "Vestrian" of "Vestria", "Korvan" of
     * "Korva", "Norlandic" of "Norland", "Ostmarkish" of "Ostmark" (the name, of four letters or more, and an ending;
     * not "Nigeria" of "Niger").
     */
    public static boolean adjectiveOf(String adjective, String name) {
        return name.length() >= 4 && adjective.startsWith(name)
                && ADJECTIVE_ENDING.matcher(adjective.substring(name.length())).matches();
    }

    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("n|an|ian|ic|ish|ese|i");

    /** True when the whole of {@code s} is a year, four digits: {@code s.matches("\\d{4}")}. */
    public static boolean isYear(String s) {
        if (s.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the whole of {@code s} is an ordinal in digits such as "3rd" or "12th". */
    public static boolean isOrdinalNumber(String s) {
        return !s.isEmpty() && isDigit(s.charAt(0)) && ORDINAL_NUMBER.matcher(s).matches();
    }

    /**
     * The value of a Roman numeral of I, V and X in its standard form, 1 to 39 ("XXIV" 24, "xix" 19; "IIII", "VX"
     * none): the ordinal of a numbered legislature or session ("the XXIV Legislature"). (Higher ones, of L and C,
     * are names as often as numbers: "Li".)
     */
    public static java.util.Optional<Integer> romanNumeral(String s) {
        java.util.regex.Matcher m = ROMAN.matcher(s.toUpperCase(java.util.Locale.ROOT));
        if (s.isEmpty() || !m.matches()) {
            return java.util.Optional.empty();
        }
        String units = m.group(2);
        int n = 10 * m.group(1).length();
        if (units.equals("IX")) {
            n += 9;
        } else if (units.equals("IV")) {
            n += 4;
        } else {
            n += (units.startsWith("V") ? 5 : 0) + (int) units.chars().filter(c -> c == 'I').count();
        }
        return java.util.Optional.of(n);
    }

    private static final Pattern ROMAN = Pattern.compile("(X{0,3})(IX|IV|V?I{0,3})");

    /** An ASCII digit: what {@code \d} matches without {@link Pattern#UNICODE_CHARACTER_CLASS}. */
    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * {@code s} with each run of whitespace made one space, as {@code WHITESPACE.matcher(s).replaceAll(" ")}; the
     * expression only runs when some run is not one space already, which in prose is seldom.
     */
    public static String oneSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isAsciiSpace(c) && (c != ' ' || i + 1 < s.length() && isAsciiSpace(s.charAt(i + 1)))) {
                return WHITESPACE.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** Whitespace as {@code \s} means it without Unicode classes. */
    public static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** True when {@code s} is one line with a digit in it, as {@code s.matches(".*\\d.*")}. */
    public static boolean hasDigit(String s) {
        return WITH_DIGIT.matcher(s).matches();
    }

    /**
     * The singular of an English plural noun, case kept: "republics" → "republic", "duchies" → "duchy", "chairmen" →
     * "chairman"; a word that is no plural is itself ("Congress", "Diet").
     */
    public static String singular(String noun) {
        int n = noun.length();
        if (noun.endsWith("ies") && n > 4) {
            return noun.substring(0, n - 3) + "y";
        }
        if (noun.endsWith("men")) {
            return noun.substring(0, n - 3) + "man";
        }
        if (n > 4 && (noun.endsWith("sses") || noun.endsWith("xes") || noun.endsWith("ches") || noun.endsWith("shes"))) {
            return noun.substring(0, n - 2); // "congresses", "taxes", "churches"
        }
        return noun.endsWith("s") && !noun.endsWith("ss") && n > 3 ? noun.substring(0, n - 1) : noun;
    }

    /** A remark in parentheses that ends a name: "Constitutions of X (1920–1938)". */
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^()]*\\)$");

    /**
     * A name without the remark in parentheses it ends with: "Constitutions of X (1920–1938)" is "Constitutions of
     * X".
     */
    public static String withoutTrailingParentheses(String name) {
        return TRAILING_PARENTHESES.matcher(name.strip()).replaceFirst("");
    }

    /** A span a year may open in a name, a dash and the later year in full or in two digits: "1790–1791", "1653–54". */
    public static final String YEAR_SPAN = "(?:[–-](?:\\d{4}|\\d{2}))?";

    /**
     * A year after a name, after "of" or not, and the month and day before it: "3rd Congress of 1954", "Acts of Union
     * 1809", "Constitution of the Republic of X of 17 March 1921" (or "of March 17, 1921"), "Diet of 1790–1791".
     */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?: of)?(?:(?: \\d{1,2})? (?:" + DateParser.MONTH + ")| (?:"
            + DateParser.MONTH + ") \\d{1,2},)? \\d{4}" + YEAR_SPAN + "$");

    /** A name without a year (or a date) after it: "3rd Congress of 1954" → "3rd Congress". */
    public static String withoutYearAfter(String name) {
        return YEAR_AFTER.matcher(name.strip()).replaceFirst("");
    }

    /** A name without the article it may open with in a sentence: "the Basic Law", "The Basic Law" → "Basic Law". */
    public static String withoutArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    /** {@code s} without a leading "the " (lower case only), as {@code s.replaceFirst("^the ", "")}. */
    public static String withoutThe(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    /** Each word's first letter upper case, the rest as written ("basic law" → "Basic Law"). */
    public static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : WHITESPACE.split(s.strip())) {
            if (!w.isEmpty()) {
                b.append(b.length() > 0 ? " " : "").append(w.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
                        .append(w.substring(1));
            }
        }
        return b.toString();
    }

    /** A word written as a name's word: its first letter upper case, the rest lower ("duma" → "Duma"). */
    public static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** An en, em or figure dash between two letters, written for a hyphen ("All–Union", "Velish–Dornish"). */
    private static final Pattern INNER_DASH = Pattern.compile("(?<=\\p{L})[–—‒](?=\\p{L})");

    /** The text with every dash inside a compound word written as a hyphen: what names compare and IRIs are made by. */
    public static String dashesAsHyphens(String text) {
        return text.indexOf('–') < 0 && text.indexOf('—') < 0 && text.indexOf('‒') < 0 ? text
                : INNER_DASH.matcher(text).replaceAll("-");
    }
}
