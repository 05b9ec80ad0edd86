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

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }
}
