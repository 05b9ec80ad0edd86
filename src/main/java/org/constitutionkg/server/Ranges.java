package org.constitutionkg.server;

import java.util.Locale;

/**
 * The {@code Range} header of a download (RFC 9110 14.2): one range of bytes, "bytes=FIRST-LAST", "bytes=FIRST-" or
 * the last N bytes "bytes=-N". Several ranges, or a header of another unit or shape, are answered with the whole
 * file, as the RFC allows.
 */
final class Ranges {

    /** The answer for a range that starts past the file's end: 416. */
    static final long[] UNSATISFIABLE = new long[0];

    private Ranges() {
    }

    /**
     * The first and last byte (inclusive) of the range asked for in a file of {@code size} bytes; null for the whole
     * file; {@link #UNSATISFIABLE} when no byte of the file is in it.
     */
    static long[] parse(String header, long size) {
        if (header == null) {
            return null;
        }
        String h = header.strip().toLowerCase(Locale.ROOT);
        if (!h.startsWith("bytes=") || h.indexOf(',') >= 0) {
            return null;
        }
        String spec = h.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return null;
        }
        try {
            String a = spec.substring(0, dash).strip();
            String b = spec.substring(dash + 1).strip();
            if (a.isEmpty()) { // the last N bytes
                long n = Long.parseLong(b);
                if (n <= 0) {
                    return UNSATISFIABLE;
                }
                return size == 0 ? UNSATISFIABLE : new long[] {Math.max(0, size - n), size - 1};
            }
            long first = Long.parseLong(a);
            long last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
            if (first < 0 || !b.isEmpty() && Long.parseLong(b) < first) {
                return null; // not a valid range: ignored
            }
            return first >= size ? UNSATISFIABLE : new long[] {first, last};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
