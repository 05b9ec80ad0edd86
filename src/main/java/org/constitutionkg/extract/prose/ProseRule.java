package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.text.DateParser;

/**
 * One sentence pattern of {@code prose-rules.txt}: a regular expression with placeholders, and the facts it states.
 *
 * @param id       the rule's name
 * @param pattern  the compiled expression
 * @param groups   placeholder kind by group name (SUBJ, REF, NAME, NAMES, DATE, DATES, NUM)
 * @param facts    subject, property, object of each fact ("ARTICLE" and "SUBJECT" name the article's and the
 *                 current section's subject)
 * @param requires group or ARTICLE → class the thing must have
 * @param example  a sentence the rule must match
 * @param needs    what a sentence the rule matches contains, see {@link #mayMatch}
 * @param leadOnly the rule reads only the article's first sentence (a line "where lead")
 */
public record ProseRule(String id, Pattern pattern, Map<String, String> groups, List<String[]> facts,
                        Map<String, String> requires, String example, Needs needs, boolean leadOnly) {

    /**
     * Whether the sentence can match at all: it contains what the pattern cannot do without (a cheap test that spares
     * most sentences the expression).
     */
    public boolean mayMatch(String lowerCaseSentence) {
        return needs.metBy(lowerCaseSentence);
    }

    /**
     * What a sentence must contain for a rule to match it: one phrase of each group, in lower case, and a digit when
     * {@code digit} is set (the expressions of dates have one in every alternative).
     */
    public record Needs(List<List<String>> phrases, boolean digit) {

        /** Whether a sentence, in lower case, has all that is needed. */
        boolean metBy(String lowerCaseSentence) {
            // indexed loops: this runs for every rule on every sentence, and iterators showed in profiles
            for (int i = 0; i < phrases.size(); i++) {
                if (!containsAny(lowerCaseSentence, phrases.get(i))) {
                    return false;
                }
            }
            return !digit || hasDigit(lowerCaseSentence);
        }
    }

    /** Whether {@code s} has a digit: {@code \d} as the rules are compiled, with Unicode classes. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> phrases) {
        for (int i = 0; i < phrases.size(); i++) {
            if (s.contains(phrases.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A run of literal text that branches into more phrases than this is cut into shorter runs. */
    private static final int MAX_PHRASES = 64;

    /**
     * The phrases a rule's {@code when} text cannot match without, in lower case: runs of literal text (letters,
     * spaces, apostrophes, commas) of three characters or more besides spaces at their ends, each continued through
     * every branch of a plain alternative {@code (?:a|b)} that is not optional, all outside placeholders and other
     * groups. "(?:took place|met) in " needs one of "took place in " and "met in ". A letter that a quantifier makes
     * optional ends the run before it; a {@code |} outside groups means nothing is required. A date placeholder
     * outside groups, not optional, needs a digit.
     */
    static Needs required(String when) {
        List<List<String>> out = new ArrayList<>();
        boolean digit = false;
        List<String> run = List.of("");
        int i = 0;
        while (i < when.length()) {
            char c = when.charAt(i);
            if (c == '|') {
                return new Needs(List.of(), false);
            }
            if (literal(c) && !quantified(when, i + 1)) {
                run = continued(run, List.of(String.valueOf(c)));
                i++;
            } else if (c == '(') {
                int end = closing(when, i);
                List<String> branches = plainAlternatives(when.substring(i + 1, end));
                if (branches.isEmpty() || quantified(when, end + 1)) {
                    run = flush(run, out);
                } else {
                    if (run.size() * branches.size() > MAX_PHRASES) {
                        run = flush(run, out);
                    }
                    run = continued(run, branches);
                }
                i = end + 1;
            } else {
                run = flush(run, out);
                if (c == '\\') {
                    i += 2;
                } else if (c == '{') {
                    int close = when.indexOf('}', i);
                    Matcher p = PLACEHOLDER.matcher(when.substring(i, close + 1));
                    digit |= p.matches() && p.group(1).startsWith("DATE") && !quantified(when, close + 1);
                    i = close + 1;
                } else if (c == '[') {
                    i = when.indexOf(']', i + 1) + 1;
                } else {
                    i++;
                }
            }
        }
        flush(run, out);
        return new Needs(rarestFirst(out), digit);
    }

    /** Characters that stand for themselves in an expression. */
    private static boolean literal(char c) {
        return Character.isLetter(c) || c == ' ' || c == '\'' || c == ',';
    }

    /** Whether the character or group before {@code i} is repeated or optional: followed by ?, *, + or {n}. */
    private static boolean quantified(String s, int i) {
        if (i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '?' || c == '*' || c == '+' || c == '{' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
    }

    /** The branches of {@code ?:a|b}, the inside of a group of plain words; empty for any other group. */
    private static List<String> plainAlternatives(String inner) {
        if (!inner.startsWith("?:") || !inner.substring(2).matches("[A-Za-z' |]+")) {
            return List.of();
        }
        return List.of(inner.substring(2).split("\\|", -1));
    }

    /** Every phrase of the run followed by every one of {@code next}. */
    private static List<String> continued(List<String> run, List<String> next) {
        List<String> out = new ArrayList<>();
        for (String p : run) {
            for (String n : next) {
                out.add(p + n);
            }
        }
        return out;
    }

    /** Adds the run to {@code out} if each of its phrases is long enough to be worth testing; returns an empty run. */
    private static List<String> flush(List<String> run, List<List<String>> out) {
        List<String> phrases = new ArrayList<>();
        for (String p : run) {
            if (p.strip().length() < 3) {
                return List.of("");
            }
            String lower = p.toLowerCase(java.util.Locale.ROOT);
            if (!phrases.contains(lower)) {
                phrases.add(lower);
            }
        }
        out.add(List.copyOf(phrases));
        return List.of("");
    }

    /**
     * The groups of required phrases, those whose shortest phrase is longest first: most sentences lack a long phrase,
     * and {@link #mayMatch} then tests no more.
     */
    private static List<List<String>> rarestFirst(List<List<String>> needs) {
        List<List<String>> out = new ArrayList<>(needs);
        out.sort(java.util.Comparator.comparingInt(
                (List<String> anyOf) -> anyOf.stream().mapToInt(String::length).min().orElse(0)).reversed());
        return out;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return s.length() - 1;
    }

    /** A subject may carry an aside between commas: "The 1936 Constitution, also known as the Stalin Constitution, was". */
    private static final String APPOSITIVE = "(?:,\\s(?!and\\b|which\\b|who\\b)[^,;]{1,100}?,)?";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(SUBJ|REF|NAME\\+?|NAMES|DATE|DATES|NUM):(\\w+)}");

    /** Reads every rule of prose-rules.txt. */
    public static List<ProseRule> load(Lexicon lexicon) {
        List<ProseRule> out = new ArrayList<>();
        Map<String, String> cur = null;
        List<String> lines = Lexicon.lines("prose-rules.txt");
        lines = new ArrayList<>(lines);
        lines.add("rule <end>");
        for (String line : lines) {
            if (line.startsWith("rule ")) {
                if (cur != null) {
                    out.add(build(cur, lexicon));
                }
                cur = new LinkedHashMap<>();
                cur.put("rule", line.substring(5).strip());
            } else if (cur != null) {
                int sp = line.indexOf(' ');
                cur.merge(line.substring(0, sp), line.substring(sp + 1).strip(), (x, y) -> x + " ; " + y);
            }
        }
        return out;
    }

    /** A rule's "where" line: absent (any sentence) or "lead" (the article's first sentence only). */
    private static boolean leadOnly(String id, String where) {
        if (where != null && !where.strip().equals("lead")) {
            throw new IllegalStateException("prose-rules.txt: rule " + id + ": where " + where + " (only \"lead\" is known)");
        }
        return where != null;
    }

    private static ProseRule build(Map<String, String> r, Lexicon lexicon) {
        String id = r.get("rule");
        if (!r.containsKey("when") || !r.containsKey("then") || !r.containsKey("example")) {
            throw new IllegalStateException("prose-rules.txt: rule " + id + " needs when, then and example lines");
        }
        Map<String, String> groups = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(r.get("when"));
        StringBuilder regex = new StringBuilder();
        while (m.find()) {
            groups.put(m.group(2), m.group(1));
            String appositive = m.group(1).equals("SUBJ") || m.group(1).equals("REF") ? APPOSITIVE : "";
            m.appendReplacement(regex, Matcher.quoteReplacement("(?<" + m.group(2) + ">" + regexOf(m.group(1), lexicon) + ")"
                    + appositive));
        }
        m.appendTail(regex);
        String expr = regex.toString().replace("{THE}", "(?:[Tt]he )?").replace("{NAMING}", Lexicon.NAMING_ADVERBS)
                .replace("{NAMING_VERB}", Lexicon.NAMING_ADVERBS_BEFORE_VERB);
        List<String[]> facts = new ArrayList<>();
        for (String f : r.get("then").split("\\s*;\\s*")) {
            String[] spo = f.strip().split("\\s+");
            if (spo.length != 3) {
                throw new IllegalStateException("prose-rules.txt: rule " + id + ": fact \"" + f + "\" is not S P O");
            }
            if (spo[1].equals("a") && !org.constitutionkg.extract.OntologyClasses.get().exists(spo[2])) {
                throw new IllegalStateException("prose-rules.txt: rule " + id + ": unknown class ckg:" + spo[2]);
            }
            facts.add(spo);
        }
        Map<String, String> requires = new LinkedHashMap<>();
        if (r.containsKey("require")) {
            for (String q : r.get("require").split("\\s*;\\s*")) {
                String[] kv = q.strip().split("\\s+");
                for (String c : kv[1].split("\\|")) {
                    if (!org.constitutionkg.extract.OntologyClasses.get().exists(c)) {
                        throw new IllegalStateException("prose-rules.txt: rule " + id + ": requires unknown class ckg:"
                                + c);
                    }
                }
                requires.put(kv[0], kv[1]);
            }
        }
        try {
            return new ProseRule(id, Pattern.compile(expr, Pattern.UNICODE_CHARACTER_CLASS), groups, facts, requires,
                    r.get("example"), required(r.get("when")), leadOnly(id, r.get("where")));
        } catch (RuntimeException e) {
            throw new IllegalStateException("prose-rules.txt: rule " + id + ": bad pattern: " + e.getMessage(), e);
        }
    }

    /** The expression a placeholder stands for. */
    static String regexOf(String kind, Lexicon lexicon) {
        // The lookaheads (?=...) say what the first character must be, which the rest requires anyway: the matcher then
        // leaves a position where no name can start after one test instead of trying every alternative there.
        String cap = "(?:(?=\\p{Lu})(?!(?:" + DateParser.MONTH + ")\\b)\\p{Lu}[\\w'’.\\-]*(?:[–—]\\p{L}[\\w'’.\\-]*)*|\\d{4}(?=\\s+\\p{Lu})|\\d{1,2}(?:st|nd|rd|th)(?=\\s+\\p{Lu}))";
        String conn = lexicon.connectors().stream().sorted().collect(Collectors.joining("|"));
        // a month opens a name after "the" when a capitalised word follows: "the April Manifesto"
        String month = "(?:(?<=\\b[Tt]he )(?:" + DateParser.MONTH + ")\\s+(?=\\p{Lu}))?";
        // (never from the middle of a compound: "Norland–Estmark Union" is no "Estmark Union")
        String name = "(?<![\\p{L}\\d][–—\\-])(?=[\"\\p{Lu}\\d])\"?" + month + cap + "(?:(?:\\s+(?:" + conn + "))*\\s+" + cap + "|',\\s+(?:and\\s+)?" + cap
                + "|\\s+of\\s+\\d{4}(?:[–—-]\\d{2,4})?\\b|(?<=\\b\\p{Lu}\\p{Ll}{1,3}\\.)\\s+\\d+\\b)*\"?"; // ("the Xland Empire of 1848–1849": its
                // span too; "Law No. 5": a number after a short abbreviated word, "No.", "Nr.", "Art.")
        String subj = "(?<![\\p{L}\\d][–—\\-])(?=[TtIi\"\\p{Lu}\\d])(?:(?:[Tt]he|[Tt]his|[Ii]ts) (?:(?:first|second|new|original|old|final|same|present|extraordinary) )?"
                + "(?:[a-z]+|" + name + ")|[Ii]t|" + name + ")";
        return switch (kind) {
            case "SUBJ", "REF" -> subj;
            case "NAME" -> name;
            case "NAME+" -> "\"?[\\p{Lu}0-9][^;:()\"]*";
            case "NAMES" -> name + "(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?" + name + ")*";
            case "DATE" -> DateParser.DATE_REGEX;
            case "DATES" -> DateParser.RANGE_REGEX;
            case "NUM" -> "\\d[\\d,]*|" + lexicon.numberWordsRegex();
            default -> throw new IllegalStateException(kind);
        };
    }
}
