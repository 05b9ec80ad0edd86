package org.constitutionkg.extract;

import java.util.regex.Pattern;

/**
 * Regular expressions that several classes of this package use, compiled once: {@code String.split},
 * {@code replaceAll} and {@code matches} with a regex compile it on every call.
 */
final class Patterns {

    /** A run of whitespace, what words are split at. */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A year: four digits. */
    static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** An ordinal in digits: "3rd", "12th". */
    static final Pattern ORDINAL_NUMBER = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)");
    /** Initials with dots, such as "U.S." or "U.S.S.R". */
    static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.)+\\p{Lu}?\\.?");
    private static final Pattern WITH_DIGIT = Pattern.compile(".*\\d.*");

    private Patterns() {
    }

    /** True when the whole of {@code s} is a year. */
    static boolean isYear(String s) {
        return YEAR.matcher(s).matches();
    }

    /** True when {@code s} is one line with a digit in it, as {@code s.matches(".*\\d.*")}. */
    static boolean hasDigit(String s) {
        return WITH_DIGIT.matcher(s).matches();
    }

    /** {@code s} without a leading "the " (lower case only), as {@code s.replaceFirst("^the ", "")}. */
    static String withoutThe(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
