package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a name into the word list used to compare names: abbreviations expanded ("SSR"), spelling variants unified
 * ("Byelorussian"), ordinals numbered ("Third" and "III" both become "#3"), "the" and punctuation dropped, lower case.
 */
public final class Normalizer {

    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:]+|[,;:]+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:]+$");
    private static final Pattern TRAILING_DOT = Pattern.compile("\\.$");

    private final Lexicon lexicon;

    public Normalizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The normalised words of a name; {@code local} holds abbreviations the article defines. */
    public List<String> words(String name, Map<String, String> local) {
        List<String> out = new ArrayList<>();
        String s = name.replace('’', '\'').replace("\"", " ").replace("«", " ").replace("»", " ");
        for (String raw : Patterns.WHITESPACE.split(s.strip())) {
            String t = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (!Patterns.INITIALISM.matcher(t).matches()) {
                t = TRAILING_DOT.matcher(t).replaceAll("");
            }
            if (t.isEmpty()) {
                continue;
            }
            String expansion = local.containsKey(t) ? local.get(t)
                    : lexicon.abbreviations().get(TRAILING_DOT.matcher(t).replaceAll(""));
            if (expansion != null && !expansion.equals(t)) {
                out.addAll(words(expansion, Map.of()));
                continue;
            }
            String w = lexicon.synonym(t.toLowerCase(Locale.ROOT));
            if (w.equals("the")) {
                continue;
            }
            out.add(w);
        }
        return numberOrdinal(out);
    }

    private List<String> numberOrdinal(List<String> words) {
        int i = 0;
        while (i < words.size() - 1 && lexicon.isSessionAdjective(words.get(i))) {
            i++;
        }
        boolean session = words.stream().anyMatch(w -> lexicon.sessionHeads().stream().anyMatch(h -> h.equalsIgnoreCase(w)));
        if (session && i < words.size() - 1) {
            Optional<Integer> n = lexicon.ordinal(words.get(i));
            if (n.isPresent()) {
                List<String> out = new ArrayList<>(words.subList(0, 0));
                out.add("#" + n.get());
                int j = i + 1;
                while (j < words.size() - 1 && lexicon.isSessionAdjective(words.get(j))) {
                    j++;
                }
                out.addAll(words.subList(j, words.size()));
                return out;
            }
        }
        return words;
    }

    /** The name with abbreviations written out, case kept: "Ukrainian SSR" → "Ukrainian Soviet Socialist Republic". */
    public String expand(String name, Map<String, String> local) {
        StringBuilder b = new StringBuilder();
        for (String raw : Patterns.WHITESPACE.split(name.strip())) {
            String t = TRAILING_PUNCTUATION.matcher(raw).replaceAll("");
            String e = local.containsKey(t) ? local.get(t)
                    : lexicon.abbreviations().get(TRAILING_DOT.matcher(t).replaceAll(""));
            b.append(b.length() > 0 ? " " : "").append(e != null ? e : raw);
        }
        return b.toString();
    }

    /** The class a name implies: Session for "Third Congress of ...", else the first matching row of classes.tsv. */
    public Optional<String> classify(String name, Map<String, String> local) {
        if (ordinalOf(words(name, local)).isPresent()) {
            return Optional.of("Session");
        }
        return lexicon.classOf(expand(name, local));
    }

    /** The normalised name as one string. */
    public String key(String name, Map<String, String> local) {
        return String.join(" ", words(name, local));
    }

    /** The ordinal of a session name ("Third ..." gives 3), or empty. */
    public static Optional<Integer> ordinalOf(List<String> words) {
        if (!words.isEmpty() && words.get(0).startsWith("#")) {
            return Optional.of(Integer.parseInt(words.get(0).substring(1)));
        }
        return Optional.empty();
    }
}
