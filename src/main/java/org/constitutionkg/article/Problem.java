package org.constitutionkg.article;

/**
 * One thing wrong with an input file, located by file and line.
 * <p>{@code toString()} gives the one message format used everywhere: {@code FILE:LINE: what is wrong}.
 *
 * @param file     the file as the user named it
 * @param line     1-based line number (1 for problems of the file as a whole)
 * @param message  what is wrong, naming the thing and the rule
 * @param severity {@link Severity#ERROR} drops the article; {@link Severity#WARNING} drops only the piece
 */
public record Problem(String file, int line, String message, Severity severity) {

    /** How bad a problem is. */
    public enum Severity { WARNING, ERROR }

    public static Problem error(String file, int line, String message) {
        return new Problem(file, line, message, Severity.ERROR);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(file, line, message, Severity.WARNING);
    }

    /** A short, printable excerpt of input text for a message: control characters shown as \\uXXXX, long text cut. */
    public static String excerpt(String s) {
        String cut = s.length() <= 60 ? s : s.substring(0, 57) + "...";
        StringBuilder b = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }
}
