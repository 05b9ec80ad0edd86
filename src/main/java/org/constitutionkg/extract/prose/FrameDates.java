package org.constitutionkg.extract.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Discourse;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.frames.FrameMatcher;
import org.constitutionkg.extract.frames.Mention;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.PartialDate;

/**
 * The dates of a sentence's frames: a date a preposition introduces inside a frame's reach ("in 1934", "on 5 March
 * 1934"), never one inside a name or a relative clause; a date without its year of the year the paragraph spoke of
 * last; a span ("from 1919 to 1934", "between 1919 and 1934").
 */
final class FrameDates {

    private static final Pattern DATE = Pattern.compile(DateParser.DATE_REGEX);

    private FrameDates() {
    }

    /** "existed from 1919 to 1934": the span of dates in the frame's reach, if it has an end. */
    static Optional<DateParser.DateRange> span(String text, FrameMatcher.Match m) {
        Matcher s = SPAN.matcher(text).region(m.dateFrom(), m.dateTo());
        while (s.find()) {
            // "from 1919 to 1934", "between 1919 and 1934", "from 24 to 28 March 1951", "from 24 March to 28 March 1951"
            String rest = AND_AS_TO.matcher(text.substring(s.end(), m.dateTo())).replaceFirst("$1 to ");
            Matcher r = RANGE.matcher(rest);
            Optional<DateParser.DateRange> range = r.lookingAt() ? DateParser.parseRange(r.group()) : Optional.empty();
            if (range.isPresent() && range.get().end().isPresent()) {
                return range;
            }
        }
        return Optional.empty();
    }

    /**
     * "held from 3 to 9 May 1921", "met on 3–9 May 1921", "took place in March 1931", "opened on 12 March": the
     * span or the date in the frame's reach (a date written without its year of the year spoken of last).
     */
    static Optional<DateParser.DateRange> meeting(String text, FrameMatcher.Match m, List<Mention> names, Years years) {
        Optional<DateParser.DateRange> span = span(text, m);
        if (span.isPresent()) {
            return span;
        }
        Matcher r = RANGE.matcher(text).region(m.dateFrom(), m.dateTo());
        while (r.find()) {
            if (ofTheEvent(text, r.start(), r.end(), m.dateFrom(), names)) {
                Optional<DateParser.DateRange> range = DateParser.parseRange(r.group());
                if (range.isPresent()) {
                    return range;
                }
            }
        }
        return dateIn(text, m.dateFrom(), m.dateTo(), names, years)
                .or(() -> beforeClause(text, m, names, years))
                .map(d -> new DateParser.DateRange(d, Optional.empty()));
    }

    /**
     * A date before the clause's subject ("In 1946 the diet adopted it"), unless the part before the verb is a
     * participle's phrase: "a diet elected in May 1946 adopted it" dates the election.
     */
    static Optional<PartialDate> beforeClause(String text, FrameMatcher.Match m, List<Mention> names, Years years) {
        Matcher p = PARTICIPLE_BEFORE.matcher(text).region(Math.max(0, m.beforeFrom() - 40), m.beforeFrom());
        if (p.find() && !AUXILIARIES.contains(p.group(1).toLowerCase(java.util.Locale.ROOT))
                && anotherVerbs(p.group(2))) {
            return Optional.empty();
        }
        return dateIn(text, m.beforeFrom(), m.beforeTo(), names, years);
    }

    private static final Pattern PARTICIPLE_BEFORE = Pattern.compile("([\\p{L}')]+) (\\p{Ll}+(?:ed|en|wn))\\s*$");

    /**
     * "... in 1974, when the State Presidium was created": the date of the phrase a "when" clause hangs on, for a frame
     * whose clause subject begins at {@code subjectStart}.
     */
    static Optional<PartialDate> whenDate(String text, int subjectStart) {
        if (subjectStart <= 0 || subjectStart > text.length()) {
            return Optional.empty();
        }
        Matcher w = WHEN.matcher(text.substring(Math.max(0, subjectStart - 80), subjectStart));
        return w.find() ? DateParser.parse(w.group(1)) : Optional.empty();
    }

    private static final Pattern WHEN = Pattern.compile("\\b(?:[Ii]n|[Oo]n) (" + DateParser.DATE_REGEX
            + "),? when\\s+(?:the\\s+|its\\s+)?$");

    private static final Pattern SPAN = Pattern.compile("\\b(?:from|between) ");
    private static final Pattern RANGE = Pattern.compile(DateParser.RANGE_REGEX);
    private static final Pattern AND_AS_TO = Pattern.compile("^(\\S+(?: \\S+){0,2}) and ");

    /**
     * The first date in [from, to) of the text that a preposition introduces ("in 1934", "on 5 March 1934") and that
     * is not part of a name ("the 1927 Constitution") or of a noun phrase ("the original 1946 charter").
     */
    static Optional<PartialDate> dateIn(String text, int from, int to, List<Mention> names, Years years) {
        Matcher d = DATE.matcher(text).region(from, to);
        while (d.find()) {
            int s = d.start();
            int e = d.end();
            if (ofTheEvent(text, s, e, from, names) && !spanStart(text, s, e, to) && !ofAnotherVerb(text, s, from)) {
                if (s >= 8 && text.regionMatches(true, s - 8, "between ", 0, 8)) {
                    return Optional.empty(); // "broke up between 1838 and 1840": no day, month or year of its own
                }
                return DateParser.parse(d.group());
            }
        }
        // "In 1905 the council met twice; it was dissolved on 6 August": a date without a year is of the year the
        // paragraph spoke of last, before it in the sentence or in a sentence before
        Matcher u = YEARLESS.matcher(text).region(from, to);
        while (u.find()) {
            int s = u.start();
            if (!PREPOSITION.matcher(text).region(Math.max(0, s - 12), s).find()
                    || UNTIL.matcher(text).region(Math.max(from, s - 50), s).find()) {
                continue;
            }
            return years.before(s).flatMap(last -> ofYearOf(u.group(), last));
        }
        // "the same day", "the following day", "in the same month", "later that year": of the date spoken of last
        Matcher rel = RELATIVE.matcher(text).region(from, to);
        if (rel.find()) {
            return years.before(rel.start()).flatMap(last -> relative(rel, last));
        }
        return Optional.empty();
    }

    /** The date a phrase of {@link #RELATIVE} in the text tells, counted from {@code last}; empty if none. */
    private static Optional<PartialDate> relativeTo(String text, PartialDate last) {
        Matcher rel = RELATIVE.matcher(text);
        return rel.find() ? relative(rel, last) : Optional.empty();
    }

    /** The date the phrase {@code rel} found tells, counted from {@code last}. */
    private static Optional<PartialDate> relative(Matcher rel, PartialDate last) {
        if (rel.group(3) != null) {
            // "two years later", "three months later": as far after the date spoken of last, as exactly as it
            String count = rel.group(3).toLowerCase(java.util.Locale.ROOT);
            int n = COUNTS.indexOf(count);
            int ahead = count.startsWith("a") ? 1 : n >= 0 ? n : Integer.parseInt(count);
            return relative(last, ahead, rel.group(4));
        }
        return relative(last, rel.group(1) != null ? rel.group(1) : "same", rel.group(2) != null ? rel.group(2) : "year");
    }

    /** A date told by the one spoken of before: "the same day", "the following month", "later that year". */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:(?:[Oo]n|[Ii]n|[Dd]uring) )?[Tt]he (same|following|next) "
            + "(day|month|year)\\b|\\b(?:[Ll]ater |[Ee]arlier |[Ii]n |[Dd]uring )?that (?:same )?year\\b"
            + "|\\b((?i:an?|one|two|three|four|five|six|seven|eight|nine|ten)|\\d{1,2}) (day|month|year)s? later\\b");

    /** Number words by their value ("a" and "an" are one). */
    private static final List<String> COUNTS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    /** The date {@code which} ("same", "following", "next") {@code unit} after {@code last}, if it is known so far. */
    private static Optional<PartialDate> relative(PartialDate last, String which, String unit) {
        return relative(last, which.equals("same") ? 0 : 1, unit);
    }

    /** The date {@code ahead} units after {@code last}, no more exact than {@code last} nor than the unit. */
    private static Optional<PartialDate> relative(PartialDate last, int ahead, String unit) {
        switch (unit) {
            case "day" -> {
                if (last.day() == 0) {
                    return Optional.empty();
                }
                java.time.LocalDate d = java.time.LocalDate.of(last.year(), last.month(), last.day()).plusDays(ahead);
                return Optional.of(new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            }
            case "month" -> {
                if (last.month() == 0) {
                    return Optional.empty();
                }
                java.time.LocalDate d = java.time.LocalDate.of(last.year(), last.month(), 1).plusMonths(ahead);
                return Optional.of(new PartialDate(d.getYear(), d.getMonthValue(), 0));
            }
            default -> {
                return Optional.of(PartialDate.of(last.year() + ahead));
            }
        }
    }

    private static final Pattern YEARLESS = Pattern.compile("\\b" + DateParser.YEARLESS_REGEX);

    /**
     * The dates a sentence speaks of (each after a preposition of time, outside names and relative clauses: "In 1905",
     * "on 12 December 1921"; not "the Statute of 1848", "which had sat since 1848"), and the paragraph's last date
     * before the sentence: what a date written without its year is of.
     */
    record Years(List<int[]> dates, PartialDate paragraph) {
        /**
         * The same, where the patient's name holds the year its making is dated by ("the Land Act of 1911, passed on
         * 31 January"): that year, for a frame that dates its start.
         */
        Years of(Mention patient, String role) {
            if (patient == null || patient.kind() != Mention.Kind.NAME
                    || !(role.equals("START") || role.equals("adopted") || role.equals("ratified"))) {
                return this;
            }
            Matcher y = YEAR.matcher(patient.text());
            return y.find() ? new Years(List.of(), PartialDate.of(Integer.parseInt(y.group()))) : this;
        }

        /** The date spoken of last before offset {@code s} (by its place in the sentence), else the paragraph's. */
        Optional<PartialDate> before(int s) {
            int[] last = null;
            for (int[] d : dates) {
                if (d[0] < s && (last == null || d[0] > last[0])) {
                    last = d;
                }
            }
            return Optional.ofNullable(last == null ? paragraph : new PartialDate(last[1], last[2], last[3]));
        }
    }

    /**
     * A day or month written without its year ("5 March") in the year of the date spoken of last; never a month before
     * that date's: "12 December 1921 ... on 5 March" is no 1921.
     */
    private static Optional<PartialDate> ofYearOf(String yearless, PartialDate last) {
        return DateParser.parse(yearless, last.year()).filter(p -> last.month() == 0 || p.month() >= last.month());
    }

    static Years years(String text, List<Mention> names, Discourse discourse, int line, boolean remark) {
        PartialDate paragraph = discourse.dateOf(line);
        List<int[]> dates = new ArrayList<>();
        Matcher d = DATE.matcher(text);
        List<int[]> full = new ArrayList<>(); // (where dates with their year stand)
        while (d.find()) {
            int s = d.start();
            int e = d.end();
            full.add(new int[] {s, e});
            if (eventDate(text, s, e, names) && !inRelativeClause(text, s)) {
                DateParser.parse(d.group()).ifPresent(p -> dates.add(new int[] {s, p.year(), p.month(), p.day()}));
            }
        }
        // a date without its year after a preposition ("resigned on 25 December, and ... the following day") is of the
        // year spoken of last, and what a later "the following day" counts from
        Matcher u = YEARLESS.matcher(text);
        while (u.find()) {
            int s = u.start();
            if (full.stream().anyMatch(f -> s >= f[0] && s < f[1]) || inRelativeClause(text, s)
                    || !PREPOSITION.matcher(text).region(Math.max(0, s - 12), s).find()) {
                continue;
            }
            new Years(dates, paragraph).before(s).flatMap(last -> ofYearOf(u.group(), last))
                    .ifPresent(p -> dates.add(new int[] {s, p.year(), p.month(), p.day()}));
        }
        dates.sort(java.util.Comparator.comparingInt(x -> x[0]));
        if (!remark && !dates.isEmpty()) {
            int[] last = dates.get(dates.size() - 1);
            discourse.sawDate(line, new PartialDate(last[1], last[2], last[3]));
        } else if (!remark && paragraph != null) {
            // "Two years later ...": the date it tells is the one the next sentence's "three years later" counts from
            relativeTo(text, paragraph).ifPresent(p -> discourse.sawDate(line, p));
        }
        return new Years(dates, paragraph);
    }

    /**
     * Whether the date at [s, e) dates the event of a frame whose reach begins at {@code from}: introduced by a
     * preposition, in no name, and in no phrase of how long ("until ...").
     */
    private static boolean ofTheEvent(String text, int s, int e, int from, List<Mention> names) {
        return eventDate(text, s, e, names) && !UNTIL.matcher(text).region(Math.max(from, s - 50), s).find();
    }

    /**
     * Whether the date at [s, e) opens a span that goes on to the frame's verb ("in force from April 1978 until it was
     * superseded"): the start of what the verb ends, not the verb's date.
     */
    private static boolean spanStart(String text, int s, int e, int to) {
        return SPAN_OPENER.matcher(text).region(Math.max(0, s - 6), s).find() && e < to
                && SPAN_CLOSER.matcher(text).region(e, to).find();
    }

    /**
     * Whether the date at {@code s} is another verb's, a participle's in the frame's clause ("a diet elected in May
     * 1946 adopted it two years later", "the Basic Law, adopted by a diet elected in January 1951"): the word before
     * its preposition is a past participle that stands in the region, after a noun (no auxiliary's).
     */
    private static boolean ofAnotherVerb(String text, int s, int from) {
        Matcher p = OTHER_PARTICIPLE.matcher(text).region(from, s);
        // (but "dissolved by the Constitution adopted on 5 December 1936": an instrument dates what it does when it
        // is made)
        return p.find() && (p.group(1) == null || !AUXILIARIES.contains(p.group(1).toLowerCase(java.util.Locale.ROOT))
                && !NUMBER_WORD.matcher(p.group(1)).matches()) && anotherVerbs(p.group(2));
    }

    /** Whether a word in -ed, -en, -wn is a participle of another verb whose date is its own (no making's). */
    private static boolean anotherVerbs(String participle) {
        return !MAKING.contains(participle) && !NO_PARTICIPLE.matcher(participle).matches();
    }

    private static final Pattern OTHER_PARTICIPLE = Pattern.compile(
            "(?:([\\p{L}']+),? |^,? ?)(\\p{Ll}+(?:ed|en|wn)) (?:in|on|during) (?:the )?$");
    /** Words in -ed, -en, -wn that are no participles of another verb: "unchanged", "seven", "when", "often". */
    private static final Pattern NO_PARTICIPLE = Pattern.compile("un\\p{Ll}+ed|seven|eleven|when|then|even|often"
            + "|between|open|oxen|women|men|own|down|town|shown|known");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d+|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|votes?|unanimously|majority");

    /** The participles of making an instrument: the day it is made is the day it acts. */
    private static final java.util.Set<String> MAKING = java.util.Set.of("adopted", "enacted", "passed", "promulgated",
            "approved", "ratified", "signed", "proclaimed");
    /** Words before a word in -ed that make it the clause's own verb, or no participle of a noun ("was", "and"). */
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("was", "were", "is", "are", "be", "been",
            "being", "had", "has", "have", "and", "or", "but", "then", "also", "not", "never", "formally", "finally",
            "officially", "first", "later", "it", "which", "who", "that");

    private static final Pattern SPAN_OPENER = Pattern.compile("\\b(?:[Ff]rom|[Ss]ince) $");
    private static final Pattern SPAN_CLOSER = Pattern.compile("\\b(?:until|till)\\b");

    /** Whether the date at [s, e) is one a preposition introduces ("in 1934"), not part of a name ("the 1927 Constitution"). */
    private static boolean eventDate(String text, int s, int e, List<Mention> names) {
        return names.stream().noneMatch(n -> s < n.end() && e > n.start())
                && (PREPOSITION.matcher(text).region(Math.max(0, s - 12), s).find()
                        || PART_OF_A_YEAR.matcher(text).region(Math.max(0, s - 40), s).find());
    }

    /**
     * A part of a year before the year, which the date is then of: "in late 1918", "in the first months of 1918", "in
     * the spring of 1918", "at the end of 1918", "by mid-1918".
     */
    private static final Pattern PART_OF_A_YEAR = Pattern.compile("\\b(?:(?:[Ii]n|[Bb]y|[Dd]uring) (?:late |early "
            + "|mid-|mid |the (?:(?:first|last|early|late|final|closing|opening|same) )?(?:\\p{Ll}+ )?(?:months?|weeks?|days?"
            + "|spring|summer|autumn|fall|winter|half|part|course|end|beginning|start|middle|turn) of )"
            + "|[Aa]t the (?:very )?(?:end|beginning|start|turn|close) of )$");

    /**
     * "sat in X until the fall of the monarchy in November 1918": a date in a phrase of how long, no date of the event
     * (but "until its replacement in 2011" dates the replacement the phrase itself names).
     */
    private static final Pattern UNTIL = Pattern.compile("\\b(?:[Uu]ntil|[Tt]ill|[Uu]p to)\\b[^,;]*$");

    /** Whether offset {@code s} lies in a relative clause opened by ", which", ", who" and not yet closed by a comma. */
    private static boolean inRelativeClause(String text, int s) {
        int open = Math.max(text.lastIndexOf(", which ", s), text.lastIndexOf(", who ", s));
        return open >= 0 && text.indexOf(',', open + 2) < 0 || open >= 0 && text.indexOf(',', open + 2) > s;
    }

    /** A year the text speaks of. */
    private static final Pattern YEAR = Facts.YEAR_IN_TEXT;

    /** The preposition right before a date of an event. */
    private static final Pattern PREPOSITION = Pattern.compile("\\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ff]rom|[Bb]etween) $");
}
