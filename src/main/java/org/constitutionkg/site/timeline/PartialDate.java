package org.constitutionkg.site.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/**
 * A date as precise as the data states it, as the days it covers: an {@code xsd:date} (or {@code xsd:dateTime}) is
 * its day, an {@code xsd:gYearMonth} its whole month, an {@code xsd:gYear} its whole year. {@code from} is the
 * first day covered, {@code to} the day after the last.
 */
public record PartialDate(LocalDate from, LocalDate to, String lexical) {

    private static final Pattern LEXICAL = Pattern.compile("(-?\\d{4,})(?:-(\\d{2}))?(?:-(\\d{2}))?");

    /** The days a date literal covers; empty for a literal of another type or a malformed one. */
    static Optional<PartialDate> of(Node n) {
        if (!n.isLiteral()) {
            return Optional.empty();
        }
        String lex = n.getLiteralLexicalForm();
        Matcher m = LEXICAL.matcher(lex);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String dt = n.getLiteralDatatypeURI();
        try {
            int year = Integer.parseInt(m.group(1));
            if (XSDDatatype.XSDgYear.getURI().equals(dt)) {
                LocalDate first = LocalDate.of(year, 1, 1);
                return Optional.of(new PartialDate(first, first.plusYears(1), lex));
            }
            if (m.group(2) == null) {
                return Optional.empty();
            }
            int month = Integer.parseInt(m.group(2));
            if (XSDDatatype.XSDgYearMonth.getURI().equals(dt)) {
                LocalDate first = LocalDate.of(year, month, 1);
                return Optional.of(new PartialDate(first, first.plusMonths(1), lex));
            }
            if (m.group(3) == null || !(XSDDatatype.XSDdate.getURI().equals(dt)
                    || XSDDatatype.XSDdateTime.getURI().equals(dt))) {
                return Optional.empty();
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            return Optional.of(new PartialDate(day, day.plusDays(1), lex));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when the date names one day. */
    boolean isDay() {
        return to.equals(from.plusDays(1));
    }
}
