package org.constitutionkg.extract.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instruments named by their noun and a quoted title ({@code quoted-titles.txt}): 'the law "On the Supreme Council"'
 * is read as "the Law on the Supreme Council", a name; 'the declaration "On the Restoration of Independence of X"' as
 * "the Declaration on the Restoration of Independence of X", when the name finder reads the title whole (its words in
 * lower case join names: connectors.txt). The source a fact keeps is the text as written.
 */
public final class QuotedTitles {

    /** A noun, an opening quote, a title that opens with a capitalised opener, a closing quote. */
    private static final Pattern TITLE = load();

    private QuotedTitles() {
    }

    /** {@code text} with each quoted title after an instrument's noun made that instrument's name. */
    public static String inline(String text) {
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0) {
            return text;
        }
        Matcher m = TITLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (!wholeName(m.group(3))) {
                continue; // (a title the name finder would cut short, "On X in the Transition Period", is left as it is)
            }
            String noun = m.group(1);
            // (the opener in lower case where it joins a name's words, "Law on X"; else as written, "Decree Concerning X")
            String opener = m.group(2).toLowerCase(Locale.ROOT);
            String name = Patterns.titleCase(noun) + " "
                    + (org.constitutionkg.extract.Lexicon.get().connectors().contains(opener) ? opener : m.group(2))
                    + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(name));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether every word in lower case of a title joins a name's words (connectors.txt: "of", "the", "and"). */
    private static boolean wholeName(String title) {
        java.util.Set<String> connectors = org.constitutionkg.extract.Lexicon.get().connectors();
        for (String w : Patterns.WHITESPACE.split(title.strip())) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !connectors.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static Pattern load() {
        List<String> nouns = new ArrayList<>();
        List<String> openers = new ArrayList<>();
        List<String> into = nouns;
        for (String line : org.constitutionkg.extract.Lexicon.lines("quoted-titles.txt")) {
            String w = line.strip().toLowerCase(Locale.ROOT);
            if (w.equals("openers")) {
                into = openers;
            } else if (!w.isEmpty()) {
                into.add(w);
            }
        }
        nouns.sort(Comparator.comparingInt(String::length).reversed()); // ("constitutional law" before "law")
        return Pattern.compile("(?i)\\b(" + String.join("|", nouns.stream().map(Pattern::quote).toList())
                + ") [\"“](?-i)(" + String.join("|", openers.stream()
                        .map(o -> Pattern.quote(Character.toUpperCase(o.charAt(0)) + o.substring(1))).toList())
                + ")( [^\"”]{2,160})[\"”]");
    }
}
