package org.constitutionkg.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks that vanish from a sentence or a date before it is read ({@code text-marks.tsv}): footnote marks
 * ("delegates^{2}", "Landtag[3]") and an Old Style date glossing the New Style one before it ("10 May [O.S. 27 April]
 * 1906" is read "10 May 1906"). The text a fact quotes as its source keeps them.
 */
public final class Marks {

    private static final String FILE = "/org/constitutionkg/extract/text-marks.tsv";
    private static final List<Pattern> MARKS = load();

    private Marks() {
    }

    /** {@code text} without its marks (the same string when it has none: most sentences). */
    public static String strip(String text) {
        if (text.indexOf('^') < 0 && text.indexOf('[') < 0 && text.indexOf('(') < 0) {
            return text;
        }
        String s = text;
        for (Pattern p : MARKS) {
            s = p.matcher(s).replaceAll("");
        }
        return s;
    }

    /** Where a mark that starts at {@code at} ends ("members.[5] The": the "[5]"), or -1 when none starts there. */
    public static int endOfMarkAt(String text, int at) {
        for (Pattern p : MARKS) {
            java.util.regex.Matcher m = p.matcher(text).region(at, text.length());
            if (m.lookingAt() && m.end() > at) {
                return m.end();
            }
        }
        return -1;
    }

    private static List<Pattern> load() {
        InputStream in = Marks.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("missing data file " + FILE);
        }
        List<Pattern> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(Pattern.compile(line.split("\t", -1)[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
