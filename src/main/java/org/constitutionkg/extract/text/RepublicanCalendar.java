package org.constitutionkg.extract.text;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Lexicon;

/**
 * Dates of the French Republican calendar ("9 Thermidor Year II", "18 Brumaire an VIII", "Fructidor Year V"), read as
 * the Gregorian days they were, by the months and the first days of its years in republican-calendar.tsv. A date so
 * written is no name (of a person or anything else) and states the day a Gregorian date would.
 */
public final class RepublicanCalendar {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<Integer, LocalDate> YEAR_STARTS = new HashMap<>();

    static {
        for (String[] r : Lexicon.rows("republican-calendar.tsv", 3)) {
            if (r[0].equals("month")) {
                MONTHS.put(r[1].strip().toLowerCase(Locale.ROOT), Integer.parseInt(r[2].strip()));
            } else if (r[0].equals("year")) {
                YEAR_STARTS.put(Integer.parseInt(r[1].strip()), LocalDate.parse(r[2].strip()));
            } else {
                throw new IllegalStateException("republican-calendar.tsv: unknown row kind " + r[0]);
            }
        }
    }

    /**
     * A day (optional; "9", "1er", "18th", "the 18th of"), a month of the calendar, and its year in Roman or Arabic
     * numerals after "Year" or "an".
     */
    private static final Pattern DATE = Pattern.compile("(?iu)(?<![\\p{L}\\d])(?:(\\d{1,2})(?:er|st|nd|rd|th)?(?: of)? )?("
            + String.join("|", MONTHS.keySet()) + "),? (?:of )?(?:the )?(?:year|an) ([IVXLC]+|\\d{1,2})(?![\\p{L}\\d])");

    private RepublicanCalendar() {
    }

    /**
     * The text with each Republican date written as its Gregorian one ("on 9 Thermidor Year II" reads "on 27 July
     * 1794"; a month with its year, the Gregorian year when the month falls in one); a date of no known year, or of a
     * day past the month's 30, as it stands.
     */
    public static String inGregorian(String text) {
        if (!mayHold(text)) {
            return text;
        }
        Matcher m = DATE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Optional<String> g = gregorian(m);
            m.appendReplacement(out, Matcher.quoteReplacement(g.orElse(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The Gregorian date of a whole Republican date ("9 Thermidor Year II"), or empty. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = DATE.matcher(text.strip());
        return m.matches() ? gregorian(m).flatMap(DateParser::parse) : Optional.empty();
    }

    private static boolean mayHold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (lower.contains("year ") || lower.contains("an ")) && MONTHS.keySet().stream().anyMatch(lower::contains);
    }

    private static Optional<String> gregorian(Matcher m) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        int year = year(m.group(3));
        LocalDate start = YEAR_STARTS.get(year);
        if (month == null || start == null) {
            return Optional.empty();
        }
        LocalDate first = start.plusDays((month - 1) * 30L);
        if (m.group(1) == null) {
            LocalDate last = first.plusDays(29);
            return first.getYear() == last.getYear() ? Optional.of(String.valueOf(first.getYear())) : Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        if (day < 1 || day > 30) {
            return Optional.empty();
        }
        LocalDate d = first.plusDays(day - 1L);
        return Optional.of(d.getDayOfMonth() + " " + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                Locale.ENGLISH) + " " + d.getYear());
    }

    /** A year in Roman numerals ("VIII") or digits ("8"); 0 for neither. */
    private static int year(String numeral) {
        if (Character.isDigit(numeral.charAt(0))) {
            return Integer.parseInt(numeral);
        }
        Map<Character, Integer> values = Map.of('I', 1, 'V', 5, 'X', 10, 'L', 50, 'C', 100);
        String r = numeral.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < r.length(); i++) {
            int v = values.get(r.charAt(i));
            total += i + 1 < r.length() && values.get(r.charAt(i + 1)) > v ? -v : v;
        }
        return total;
    }
}
