package org.constitutionkg.extract.linguistic;

import java.util.Locale;
import java.util.function.IntFunction;

import opennlp.tools.util.Span;

/**
 * One sentence with its layers: tokens (and where each is in the text), universal part-of-speech tags
 * ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code AUX}, {@code ADP}, {@code PRON}, {@code DET}, ...) and lemmas,
 * found on first use (and kept) by {@code lemmatizer}.
 */
public record Annotated(String text, Span[] spans, String[] words, String[] tags, String[] lemmas,
        IntFunction<String> lemmatizer) {

    public int size() {
        return words.length;
    }

    public String word(int i) {
        return words[i];
    }

    public String tag(int i) {
        return tags[i];
    }

    /** The lemma in lower case; the word itself (lower case) where the lemmatizer gives none. */
    public String lemma(int i) {
        if (lemmas[i] == null) {
            lemmas[i] = lemmatizer.apply(i);
        }
        String l = lemmas[i];
        return (l == null || l.isEmpty() || l.equals("O") ? words[i] : l).toLowerCase(Locale.ROOT);
    }

    /** The character where token {@code i} starts. */
    public int start(int i) {
        return spans[i].getStart();
    }

    /** The character after token {@code i}. */
    public int end(int i) {
        return spans[i].getEnd();
    }

    /** The first token that starts at or after character {@code offset}, or {@link #size()}. */
    public int tokenAt(int offset) {
        for (int i = 0; i < spans.length; i++) {
            if (spans[i].getEnd() > offset) {
                return i;
            }
        }
        return spans.length;
    }
}
