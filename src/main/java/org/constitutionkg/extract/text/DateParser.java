package org.constitutionkg.extract.text;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the date forms articles use: "30 December 1922", "December 30, 1922", "February 1935", "1925",
 * "1917-07-07", and ranges such as "March 6–10, 1919", "16 May–22 June 1990" or "November 1936 to December 1936".
 * Returns {@link Optional#empty()} on anything else; never throws.
 */
public final class DateParser {

    /** English month names, from the JDK, as a regex alternation. */
    public static final String MONTH = Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.joining("|"));
    private static final java.util.Set<String> MONTHS = java.util.Set.of(MONTH.split("\\|"));
    private static final String Y = "(\\d{4})";
    private static final String DASH = "\\s*(?:–|—|-|\\bto\\b|\\buntil\\b|\\btill\\b)\\s*";

    /** Not the year of a decade or century ("the 1290s", "1920's"): such a span names no year. */
    private static final String DECADE_NOT = "(?!\\d|['’]?s\\b)";
    /** A single date; usable inside larger patterns (no capturing groups). */
    public static final String DATE_REGEX = "(?:\\d{4}-\\d{2}-\\d{2}|(?:the )?\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:" + MONTH
            + "),? \\d{4}|(?:" + MONTH + ") \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|(?:" + MONTH + ") \\d{4}|\\d{4})"
            + DECADE_NOT;
    /**
     * A day and month, or a month, with no year after it ("on 6 August", "on August 6", "in July"); usable inside
     * larger patterns (no capturing groups).
     */
    public static final String YEARLESS_REGEX = "(?:\\d{1,2} (?:" + MONTH + ")|(?:" + MONTH + ")(?: \\d{1,2})?)"
            + "(?![\\d\\p{L}]|,? \\d{4}|\\s*[–—-]| to | until | and )";
    /** A date or a date range; usable inside larger patterns (no capturing groups). */
    public static final String RANGE_REGEX = "(?:(?:" + MONTH + ") \\d{1,2}\\s*[–—-]\\s*\\d{1,2}, \\d{4}"
            + "|\\d{1,2}(?:\\s*[–—-]\\s*|\\s+to\\s+)\\d{1,2} (?:" + MONTH + ") \\d{4}"
            + "|(?:\\d{1,2} )?(?:" + MONTH + ")(?: \\d{1,2})?" + DASH + "(?:\\d{1,2} )?(?:" + MONTH + ") \\d{1,2}, \\d{4}"
            + "|\\d{1,2} (?:" + MONTH + ")" + DASH + "\\d{1,2} (?:" + MONTH + ") \\d{4}"
            + "|" + DATE_REGEX + "(?:" + DASH + DATE_REGEX + ")?)";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2}) (" + MONTH + ") " + Y);
    private static final Pattern MDY = Pattern.compile("(" + MONTH + ") (\\d{1,2}), " + Y);
    private static final Pattern MY = Pattern.compile("(" + MONTH + ") " + Y);
    private static final Pattern YEAR = Pattern.compile(Y);
    private static final Pattern MD_D_Y = Pattern.compile("(" + MONTH + ") (\\d{1,2})\\s*[–—-]\\s*(\\d{1,2}), " + Y);
    private static final Pattern D_D_MY = Pattern.compile("(\\d{1,2})(?:\\s*[–—-]\\s*|\\s+to\\s+)(\\d{1,2}) (" + MONTH + ") " + Y);
    private static final Pattern SPLIT = Pattern.compile(DASH);
    private static final Pattern LEADING_ORDINAL = Pattern.compile("^(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? (?="
            + "(?:" + MONTH + ")\\b)");
    private static final Pattern MONTH_ORDINAL = Pattern.compile("((?:" + MONTH + ") \\d{1,2})(?:st|nd|rd|th)\\b");
    /** "5 December, 1936": no comma between a month and its year after a day. */
    private static final Pattern COMMA_BEFORE_YEAR = Pattern.compile("^(\\d{1,2} (?:" + MONTH + ")), (\\d{4})$");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("^(?:on|in|from|since|of) ");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,.;]+$");

    private DateParser() {
    }

    /** A single date, or empty. */
    public static Optional<PartialDate> parse(String text) {
        Matcher old = OLD_STYLE_ONLY.matcher(text);
        if (old.matches()) {
            // "13 January 1918 (O.S.)": a Julian date, given as the Gregorian one of that day; of a month only the year
            // is sure (the Julian month's last days fall in the next Gregorian month)
            return parse(old.group(1)).map(DateParser::newStyle);
        }
        Optional<PartialDate> republican = RepublicanCalendar.parse(text);
        if (republican.isPresent()) {
            return republican; // "9 Thermidor Year II": 27 July 1794
        }
        String s = clean(text);
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            if (m.group(2).equals("00") || m.group(3).equals("00")) {
                return Optional.empty();
            }
            return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = DMY.matcher(s)).matches()) {
            return valid(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        if ((m = MDY.matcher(s)).matches()) {
            return valid(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if ((m = MY.matcher(s)).matches()) {
            return valid(Integer.parseInt(m.group(2)), month(m.group(1)), 0);
        }
        if ((m = YEAR.matcher(s)).matches()) {
            return valid(Integer.parseInt(m.group(1)), 0, 0);
        }
        return Optional.empty();
    }

    /** A date {@link #YEARLESS_REGEX written without its year} in the year the text is speaking of. */
    public static Optional<PartialDate> parse(String yearless, int year) {
        String s = clean(yearless);
        Optional<PartialDate> d = parse(s + " " + year);
        return d.isPresent() ? d : parse(s + ", " + year);
    }

    /** A date or a range: a single date gives a range whose end is empty. */
    public static Optional<DateRange> parseRange(String text) {
        Matcher old = OLD_STYLE_ONLY.matcher(text);
        if (old.matches()) {
            // "13–26 January 1918 (O.S.)": both ends Julian (see parse)
            return parseRange(old.group(1)).map(r -> new DateRange(newStyle(r.start()), r.end().map(DateParser::newStyle)));
        }
        String s = clean(text);
        Optional<PartialDate> single = parse(s);
        if (single.isPresent()) {
            return Optional.of(new DateRange(single.get(), Optional.empty()));
        }
        Matcher m;
        if ((m = MD_D_Y.matcher(s)).matches()) {
            int y = Integer.parseInt(m.group(4));
            int mo = month(m.group(1));
            return both(valid(y, mo, Integer.parseInt(m.group(2))), valid(y, mo, Integer.parseInt(m.group(3))));
        }
        if ((m = D_D_MY.matcher(s)).matches()) {
            int y = Integer.parseInt(m.group(4));
            int mo = month(m.group(3));
            return both(valid(y, mo, Integer.parseInt(m.group(1))), valid(y, mo, Integer.parseInt(m.group(2))));
        }
        String[] parts = SPLIT.split(s, 2);
        if (parts.length != 2) {
            return Optional.empty();
        }
        Optional<PartialDate> end = parse(parts[1]);
        if (end.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> start = parse(parts[0]);
        if (start.isEmpty()) {
            start = parse(parts[0].strip() + " " + end.get().year());
        }
        if (start.isEmpty()) {
            start = parse(parts[0].strip() + ", " + end.get().year());
        }
        return both(start, end);
    }

    private static Optional<DateRange> both(Optional<PartialDate> a, Optional<PartialDate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DateRange(a.get(), b));
    }

    /** A date marked Old Style with nothing else in the mark: "13 January 1918 (O.S.)", "1 May 1905 [Old Style]". */
    private static final Pattern OLD_STYLE_ONLY = Pattern.compile(
            "(?i)^(.*?\\d)\\s*[\\[(]\\s*(?:O\\.\\s?S\\.?|Old Style|Julian)\\s*[\\])]\\s*\\.?$");

    /** A date in running text marked Old Style: "dissolved on 25 February 1866 (O.S.)", "on 3 May 1801 [Old Style]". */
    private static final Pattern OLD_STYLE_IN_TEXT = Pattern.compile("(?i)(?<!\\d)(" + DATE_REGEX
            + ")\\s*[\\[(]\\s*(?:O\\.\\s?S\\.?|Old Style|Julian)\\s*[\\])]");

    /** The end of a range's first date right before a date: "10 to ", "10–", "3 May – ". */
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\d|" + MONTH + ")\\s*(?:[–—-]|\\bto|\\buntil|\\band)\\s*$");

    /**
     * The text with each date marked Old Style written as its New Style day ("on 25 February 1866 (O.S.)" reads "on
     * 9 March 1866"; of a month or a year, the year): prose says the same day as an infobox that gives it so.
     */
    public static String inNewStyle(String text) {
        if (!text.contains("O.S") && !text.contains("Old Style") && !text.contains("Julian")) {
            return text;
        }
        Matcher m = OLD_STYLE_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (RANGE_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue; // "from 10 to 25 February 1866 (O.S.)": a range, whose first end this would leave Julian
            }
            Optional<PartialDate> d = parse(m.group(1)).map(DateParser::newStyle);
            String written = d.map(p -> p.day() > 0 ? p.day() + " " + java.time.Month.of(p.month())
                    .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + p.year()
                    : String.valueOf(p.year())).orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(written));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An Old Style date in the New Style: the Gregorian day of a Julian one; of a month or a year, the year. */
    private static PartialDate newStyle(PartialDate julian) {
        return julian.day() > 0 ? gregorian(julian) : PartialDate.of(julian.year());
    }

    /** The Gregorian date of a day of the Julian calendar (by its Julian day number). */
    static PartialDate gregorian(PartialDate julian) {
        int a = (14 - julian.month()) / 12;
        long y = julian.year() + 4800L - a;
        int m = julian.month() + 12 * a - 3;
        long jdn = julian.day() + (153L * m + 2) / 5 + 365 * y + y / 4 - 32083;
        java.time.LocalDate g = java.time.LocalDate.MIN.with(java.time.temporal.JulianFields.JULIAN_DAY, jdn);
        return new PartialDate(g.getYear(), g.getMonthValue(), g.getDayOfMonth());
    }

    private static String clean(String text) {
        String s = Patterns.oneSpace(Marks.strip(text).strip()); // "10 May [O.S. 27 April] 1906" is 10 May 1906
        s = LEADING_PREPOSITION.matcher(s).replaceAll("");
        // "the 5th of December 1936", "December 5th, 1936", "5th December, 1936": the day's number alone
        s = LEADING_ORDINAL.matcher(s).replaceFirst("$1 ");
        s = MONTH_ORDINAL.matcher(s).replaceAll("$1");
        s = COMMA_BEFORE_YEAR.matcher(s).replaceAll("$1 $2");
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }

    /** Whether a word is an English month's name as written in a date ("March", not "march"). */
    public static boolean isMonth(String word) {
        return MONTHS.contains(word);
    }

    private static int month(String name) {
        return Month.valueOf(name.toUpperCase(Locale.ROOT)).getValue();
    }

    private static Optional<PartialDate> valid(int year, int month, int day) {
        if (month < 0 || month > 12 || day < 0 || day > 31 || month == 0 && day > 0) {
            return Optional.empty();
        }
        if (day > 0 && day > Month.of(month).length(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month, day));
    }

    /** A start date and, for ranges, an end date. */
    public record DateRange(PartialDate start, Optional<PartialDate> end) { }
}
