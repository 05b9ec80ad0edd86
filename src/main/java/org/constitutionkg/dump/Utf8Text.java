package org.constitutionkg.dump;

import java.util.Arrays;
import java.util.Locale;

import org.apache.jena.atlas.io.AWriter;

/**
 * Text kept as UTF-8 bytes, written through Jena's {@link AWriter} (what its node formatters write to):
 * <pre>
 *   Utf8Text text = new Utf8Text(1 << 16);
 *   new NodeFormatterTTL(null, prefixMap).format(text, node);
 *   out.write(text.bytes(), 0, text.length());
 * </pre>
 * The formatters write much of their output (full IRIs, escaped strings) a character at a time, which this takes
 * cheaply, with no {@code StringBuilder} to encode afterwards. Encodes as {@code String.getBytes(UTF_8)} does: a
 * surrogate pair as one four-byte sequence, a lone surrogate as {@code ?}.
 */
final class Utf8Text implements AWriter {

    private byte[] bytes;
    private int length;
    /** A high surrogate waiting for the low one after it, or 0. */
    private char high;

    Utf8Text(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    /** The text so far, in the first {@link #length} bytes (a lone high surrogate at the end is written as ?). */
    byte[] bytes() {
        if (high != 0) {
            high = 0;
            ensure(1);
            bytes[length++] = '?';
        }
        return bytes;
    }

    int length() {
        bytes();
        return length;
    }

    @Override
    public void print(char c) {
        if (c < 0x80 && high == 0) {
            ensure(1);
            bytes[length++] = (byte) c;
        } else {
            other(c);
        }
    }

    @Override
    public void print(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                bytes[length++] = (byte) c;
            } else {
                other(c);
                ensure(n - i);
            }
        }
    }

    /** A character that is not ASCII, or any character after a high surrogate. */
    private void other(char c) {
        ensure(4);
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                put(0xf0 | cp >> 18, 0x80 | cp >> 12 & 0x3f, 0x80 | cp >> 6 & 0x3f, 0x80 | cp & 0x3f);
                return;
            }
            bytes[length++] = '?';
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            put(0xc0 | c >> 6, 0x80 | c & 0x3f);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            put(0xe0 | c >> 12, 0x80 | c >> 6 & 0x3f, 0x80 | c & 0x3f);
        }
    }

    private void put(int... b) {
        for (int x : b) {
            bytes[length++] = (byte) x;
        }
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    @Override
    public void print(char[] cbuf) {
        print(new String(cbuf));
    }

    @Override
    public void write(char ch) {
        print(ch);
    }

    @Override
    public void write(char[] cbuf) {
        print(cbuf);
    }

    @Override
    public void write(String s) {
        print(s);
    }

    @Override
    public void printf(String fmt, Object... args) {
        print(String.format(Locale.ROOT, fmt, args));
    }

    @Override
    public void println(String s) {
        print(s);
        print('\n');
    }

    @Override
    public void println() {
        print('\n');
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
