package org.constitutionkg.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Utf8Text} encodes as {@code String.getBytes(UTF_8)} does, written a string or a character at a time. */
class Utf8TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "ascii only", "é", "Türkiye", "Экзамплия", "中文", "\u07ff\u0800\uffff", "\uD834\uDD1E",
        "a\uD834\uDD1Eb", "lone \uD800 high", "lone \uDC00 low", "two highs \uD800\uD800\uDC00", "ends high \uD800",
        "\uDC00\uD800", "\u0000\u007f\u0080"})
    void encodesAsJavaDoes(String s) {
        byte[] expected = s.getBytes(StandardCharsets.UTF_8);
        Utf8Text whole = new Utf8Text(1);
        whole.print(s);
        assertArrayEquals(expected, Arrays.copyOf(whole.bytes(), whole.length()), "a string at a time");
        Utf8Text chars = new Utf8Text(1);
        for (char c : s.toCharArray()) {
            chars.print(c);
        }
        assertArrayEquals(expected, Arrays.copyOf(chars.bytes(), chars.length()), "a character at a time");
    }
}
