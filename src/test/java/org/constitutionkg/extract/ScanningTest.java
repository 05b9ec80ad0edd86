package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.extract.text.Sentences;
import org.junit.jupiter.api.Test;

/**
 * Text scanned by loops instead of expressions ({@link NameFinder#tokens}, {@link Patterns#oneSpace},
 * {@link Sentences#breakAt}) gives what the
 * expressions gave, on written cases and on random strings of letters, digits, punctuation, whitespace of several
 * kinds and surrogates (paired or not).
 */
class ScanningTest {

    /** The tokens as the expression found them, with the same trimming of a final dot or hyphen. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}'’.\\-]+|,|\"|\\S");

    private static List<NameFinder.Tok> byExpression(String text) {
        List<NameFinder.Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String s = m.group();
            int end = m.end();
            while (s.length() > 1
                    && (s.endsWith(".") && !Patterns.INITIALISM.matcher(s).matches() || s.endsWith("-"))) {
                s = s.substring(0, s.length() - 1);
                end--;
            }
            out.add(new NameFinder.Tok(s, m.start(), end));
        }
        return out;
    }

    /** Sentence breaks as the expression found them. */
    private static final Pattern END = Pattern.compile("[.!?][\"”’)]?\\s+(?=[\"“«(]?[\\p{Lu}\\d])");

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of("", " ", "  ", "a  b", "a \tb", " a ", "a\n",
                "The Council of People's Commissars (Sovnarkom), the U.S. and U.S.S.R.",
                "Workers', Peasants', and Cossack Deputies' \"Congress\" -- 1st, 12th; 1936-12-05.",
                "Конституция СССР, Konstitutsiya; Ⅻ² ٣ 𝐀𝐁 a\u0301 \t\u000B\f\r\n\u00A0\u2003x...- -.- '’",
                "It was adopted. It ended! Did it? \"Yes.\" (No.) “Maybe.” «Later.» St. Petersburg, 1936. 5 May.",
                "End.", "End. ", "End.  x", "End.)  (A", "A.\u00A0B. C.\tD.\n1"));
        String pool = "aZ Ж'’.-,\"()\t\n\u000B\u00A0\u2003ⅫƏ²٣0\u0301;:!?”“«\uD835\uDC00\uD800\uDC00\uDBFF";
        Random random = new Random(7);
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            texts.add(b.toString());
        }
        return texts;
    }

    @Test
    void tokensAsTheExpressionFoundThem() {
        for (String t : texts()) {
            assertEquals(byExpression(t), NameFinder.tokens(t), t);
        }
    }

    @Test
    void sentenceBreaksAsTheExpressionFoundThem() {
        for (String t : texts()) {
            List<String> expected = new ArrayList<>();
            Matcher m = END.matcher(t);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end());
            }
            List<String> found = new ArrayList<>();
            for (int stop = 0; stop < t.length(); stop++) {
                int end = Sentences.breakAt(t, stop);
                if (end >= 0) {
                    found.add(stop + "-" + end);
                    for (int inside = stop + 1; inside < end; inside++) {
                        assertEquals(-1, Sentences.breakAt(t, inside), "breaks overlap in " + t);
                    }
                    stop = end - 1;
                }
            }
            assertEquals(expected, found, t);
        }
    }

    @Test
    void oneSpaceAsTheExpressionGivesIt() {
        for (String t : texts()) {
            assertEquals(Patterns.WHITESPACE.matcher(t).replaceAll(" "), Patterns.oneSpace(t), t);
        }
    }
}
