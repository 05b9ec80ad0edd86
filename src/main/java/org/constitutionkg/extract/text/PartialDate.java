package org.constitutionkg.extract.text;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A date as precise as the text states it: a year, a year and month, or a full date. Never invents a day.
 *
 * @param year  the year
 * @param month 1-12, or 0 when not stated
 * @param day   1-31, or 0 when not stated
 */
public record PartialDate(int year, int month, int day) {

    public static PartialDate of(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** The lexical form: {@code 1925}, {@code 1935-02} or {@code 1924-01-31}. */
    public String lexical() {
        StringBuilder b = new StringBuilder(10);
        zeroPadded(b, year, 4);
        if (month != 0) {
            zeroPadded(b.append('-'), month, 2);
            if (day != 0) {
                zeroPadded(b.append('-'), day, 2);
            }
        }
        return b.toString();
    }

    /** Appends {@code n} with at least {@code width} digits, as {@code String.format("%0<width>d", n)} does. */
    private static void zeroPadded(StringBuilder b, int n, int width) {
        if (n < 0) {
            b.append(String.format("%0" + width + "d", n));
            return;
        }
        String digits = Integer.toString(n);
        b.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
    }

    /** An {@code xsd:gYear}, {@code xsd:gYearMonth} or {@code xsd:date} literal. */
    public Node toNode() {
        XSDDatatype type = month == 0 ? XSDDatatype.XSDgYear : day == 0 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return NodeFactory.createLiteralDT(lexical(), type);
    }

    /** True when this date is a less precise statement of {@code other} (1936 covers 1936-12-05). */
    public boolean covers(PartialDate other) {
        return year == other.year && (month == 0 || month == other.month && (day == 0 || day == other.day));
    }

    @Override
    public String toString() {
        return lexical();
    }
}
