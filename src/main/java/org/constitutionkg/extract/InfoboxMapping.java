package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rows of {@code infobox.tsv}: what each infobox key states. Keys are compared in lower case with digits removed.
 *
 * @param key           the normalised key
 * @param property      a ckg: local name, "altLabel", "a" (the value names a class) or "-" (states nothing kept);
 *                      for kind span, "start|end"
 * @param kind          how to read the value (name, names, date, span, count, entity, entities, place, seats, word, words,
 *                      class, leader, skip)
 * @param objectClass   the class the value's things have unless their names say otherwise ("*" = the subject's)
 * @param subjectClass  the class a subject with this key has unless its name says otherwise
 * @param valuePattern  optional: only values matching it count, and its group 1 is the value
 */
public record InfoboxMapping(String key, String property, String kind, String objectClass, String subjectClass,
                             Optional<Pattern> valuePattern) {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");
    private static final Pattern SEPARATORS = Pattern.compile("[_\\s]+");

    /** All mappings by normalised key, in file order. */
    public static Map<String, List<InfoboxMapping>> load() {
        Map<String, List<InfoboxMapping>> out = new LinkedHashMap<>();
        for (String[] r : Lexicon.rows("infobox.tsv", 3)) {
            InfoboxMapping m = new InfoboxMapping(normaliseKey(r[0]), r[1], r[2], col(r, 3), col(r, 4),
                    Optional.ofNullable(col(r, 5)).map(Pattern::compile));
            out.computeIfAbsent(m.key, k -> new ArrayList<>()).add(m);
        }
        for (KeyWords w : KEY_WORDS) {
            if (!out.containsKey(w.known())) {
                throw new IllegalStateException("infobox-key-words.tsv: " + String.join(" ", w.words())
                        + ": no key '" + w.known() + "' in infobox.tsv");
            }
        }
        return out;
    }

    /** A row of {@code infobox-key-words.tsv}: the words a key holds, the known key it is read as, and the words it must not hold. */
    private record KeyWords(List<String> words, String known, java.util.Set<String> unless) { }

    private static final List<KeyWords> KEY_WORDS = keyWords();

    private static List<KeyWords> keyWords() {
        List<KeyWords> out = new ArrayList<>();
        for (String[] r : Lexicon.rows("infobox-key-words.tsv", 2)) {
            java.util.Set<String> unless = new java.util.HashSet<>();
            for (String u : (r.length > 2 ? r[2] : "").split(",")) {
                if (!u.isBlank()) {
                    unless.add(u.strip().toLowerCase(Locale.ROOT));
                }
            }
            out.add(new KeyWords(List.of(normaliseKey(r[0]).split(" ")), normaliseKey(r[1]), unless));
        }
        return List.copyOf(out);
    }

    /**
     * The mappings of an infobox key: those of its own row, else those of the known key its words read as
     * ({@code infobox-key-words.tsv}: "Inaugurated" as "Established", "Presiding Officer" as "Chairman"), else none.
     */
    public static List<InfoboxMapping> rowsFor(Map<String, List<InfoboxMapping>> mappings, String key) {
        String k = normaliseKey(key);
        List<InfoboxMapping> own = mappings.get(k);
        if (own != null) {
            return own;
        }
        // (the parts of a hyphenated word are words: "Co-chairmen", "Vice-Chairman" is no chairman)
        List<String> words = List.of(k.split("[ -]+"));
        for (KeyWords w : KEY_WORDS) {
            if (java.util.Collections.indexOfSubList(words, w.words()) >= 0
                    && words.stream().noneMatch(w.unless()::contains)) {
                return mappings.getOrDefault(w.known(), List.of());
            }
        }
        return List.of();
    }

    private static String col(String[] r, int i) {
        return i < r.length && !r[i].isBlank() ? r[i].strip() : null;
    }

    /** "Preceding1" → "preceding", "Leader1 Type" → "leader type", "Author(s)" → "author". */
    public static String normaliseKey(String key) {
        String k = DIGITS.matcher(key.toLowerCase(Locale.ROOT)).replaceAll("").replace("(s)", "");
        return SEPARATORS.matcher(k).replaceAll(" ").strip();
    }

    /** The number in a key ("Leader2 Type" → "2"), or "". */
    public static String indexOf(String key) {
        return NON_DIGITS.matcher(key).replaceAll("");
    }
}
