package org.constitutionkg.extract.resolve;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.constitutionkg.extract.Facts.Name;
import org.constitutionkg.extract.Facts.Origin;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.text.Patterns;

/**
 * Gives every entity one English label, unique across the graph: the article title for an article's subject, else
 * the first full name the text states (names with abbreviations or bare generic names only when nothing better is
 * there); a bare generic organ name is completed with its state ("Council of People's Commissars of the Soviet Union").
 */
public final class Labels {

    private static final Pattern ABBREVIATED_WORD = Pattern.compile("[\\p{Lu}.]{2,}");
    private static final Pattern SESSION_YEAR = Pattern.compile(" of \\d{4}$");

    private final Lexicon lexicon;
    private final Normalizer normalizer;

    private final java.util.function.Function<String, Map<String, String>> local;
    private final Set<String> genericKeys = new HashSet<>();

    private final java.util.function.Function<String, String> titleOf;

    Labels(Lexicon lexicon, java.util.function.Function<String, Map<String, String>> local,
            java.util.function.Function<String, String> titleOf) {
        this.lexicon = lexicon;
        this.local = local;
        this.titleOf = titleOf;
        this.normalizer = new Normalizer(lexicon);
        lexicon.genericNames().forEach(g -> genericKeys.add(normalizer.key(g, Map.of())));
    }

    void assign(Map<String, Entity> entities, java.util.function.Function<Entity, String> stateOf) {
        Set<String> used = new HashSet<>();
        List<Entity> named = entities.values().stream().filter(e -> !e.names.isEmpty())
                .sorted(Comparator.comparing(e -> !e.key.startsWith("P:"))).toList();
        // polities first: an organ's label may name its state
        named.stream().filter(e -> e.key.startsWith("P:")).forEach(e -> e.label = label(e, stateOf));
        named.stream().filter(e -> !e.key.startsWith("P:")).forEach(e -> e.label = label(e, stateOf));
        Map<String, Integer> taken = new java.util.HashMap<>();
        named.forEach(e -> taken.merge(e.label.toLowerCase(Locale.ROOT), 1, Integer::sum));
        named.forEach(e -> unique(e, taken.get(e.label.toLowerCase(Locale.ROOT)) > 1, used));
    }

    /**
     * Makes {@code e.label} unique. A generic organ of no known state whose label another entity shares is told
     * apart by the article that speaks of it ("Senate (National Assembly of X)"), each of them; others get their class
     * in words ("X (state organ)"), then a number.
     */
    private void unique(Entity e, boolean shared, Set<String> used) {
        String label = e.label;
        int article = e.key.indexOf("@A:");
        String unique = shared && article > 0 ? label + " (" + titleOf.apply(e.key.substring(article + 3)) + ")" : label;
        for (int i = 2; used.contains(unique.toLowerCase(Locale.ROOT)); i++) {
            unique = label + " (" + (e.cls != null && i == 2 ? inWords(e.cls) : Integer.toString(i)) + ")";
        }
        used.add(unique.toLowerCase(Locale.ROOT));
        e.label = unique;
    }

    /** A class's name as words for a label: "StateOrgan" → "state organ" ("League of Nations (state organ)"). */
    static String inWords(String cls) {
        return cls.replaceAll("(?<=\\p{Ll})(?=\\p{Lu})", " ").toLowerCase(Locale.ROOT);
    }

    /** The label of {@code e} before it is made unique; sets {@code e.labelSource}. */
    private String label(Entity e, java.util.function.Function<Entity, String> stateOf) {
        Name best = null;
        int bestRank = Integer.MAX_VALUE;
        Map<String, Integer> counts = new java.util.HashMap<>();
        e.names.forEach(n -> counts.merge(n.text(), 1, Integer::sum));
        for (Name n : e.names) {
            if (!n.lang().equals("en")) {
                continue;
            }
            Name x = new Name(n.ref(), expandLocal(n), n.lang(), n.origin(), n.source());
            // ("Xland" the article on the "Xian People's Republic" uses for it: elsewhere the country's name)
            int r = (rank(e, x) + (e.borrowed.contains(n) ? 40 : 0)) * 1000 - Math.min(999, counts.getOrDefault(n.text(), 0));
            if (r < bestRank) {
                best = x;
                bestRank = r;
            }
        }
        if (best == null) {
            best = e.names.get(0);
        }
        String label = best.text();
        String bare = best.text();
        boolean generic = isBareGeneric(bare);
        Name whose = generic ? e.names.stream().filter(n -> n.lang().equals("en")
                && n.origin() != Origin.DERIVED && n.text().startsWith(bare + " of ") && whose(n.text(), bare))
                .findFirst().orElse(null) : null;
        if (whose != null) {
            // "Soviet of the Union of the Supreme Soviet of X", a caption's: the text says whose the generic name is
            best = whose;
            label = whose.text();
        } else if (generic && e.key.contains("@") && !e.key.contains("@A:")) {
            String stateLabel = stateOf.apply(e);
            if (stateLabel != null) {
                String[] words = Patterns.WHITESPACE.split(stateLabel);
                // "of the Soviet Union", "of the Kingdom of Xland", "of Hungary"
                boolean the = lexicon.isPolityNoun(words[words.length - 1]) || lexicon.isPolityNoun(words[0])
                        || stateLabel.contains(" of ");
                label = label + " of " + (the && !words[0].equals("The") ? "the " : "") + stateLabel;
            }
        }
        e.labelSource = best;
        return label;
    }

    /**
     * Whether what follows a generic name's "of" in a longer name says whose it is: a state or an organ ("of the Supreme
     * Soviet of X"), not who sits in it ("Congress of Soviets of Workers' Deputies", which every such state has).
     */
    private boolean whose(String longer, String bare) {
        String tail = Patterns.withoutThe(longer.substring(bare.length() + 4));
        org.constitutionkg.extract.OntologyClasses o = org.constitutionkg.extract.OntologyClasses.get();
        return normalizer.classify(tail, Map.of()).filter(c -> o.isA(c, "StateOrgan") || o.isA(c, "Polity"))
                .isPresent();
    }

    /** "CEC of Azerbaijan" → "Central Executive Committee of Azerbaijan" where the article defines CEC. */
    private String expandLocal(Name n) {
        Map<String, String> abbreviations = local.apply(n.source().articleId());
        StringBuilder b = new StringBuilder();
        for (String w : Patterns.WHITESPACE.split(n.text())) {
            b.append(b.length() > 0 ? " " : "").append(abbreviations.getOrDefault(w, w));
        }
        return b.toString();
    }

    /** Lower is better. */
    private int rank(Entity e, Name n) {
        if (n.origin() == Origin.TITLE) {
            return 0;
        }
        // a name made from another by saying whose it is ("Fourth Congress" → "Fourth Congress of Deputies of X")
        // is as good as a name the text gives
        int r = n.origin() == Origin.DERIVED && e.names.stream().noneMatch(x -> x.origin() != Origin.DERIVED
                && x.lang().equals("en") && n.text().startsWith(x.text() + " of ")) ? 20 : 10;
        String t = n.text();
        if (n.origin() == Origin.LATER) {
            r += 25; // "renamed the state the Republic of X": its name since then, not what it is called before
        }
        if (Character.isLowerCase(t.charAt(0))) {
            r += 30; // a nickname in quotes ("little charter") is a name of the thing, never its label
        }
        if (isBareGeneric(t)) {
            r += 8;
        } else if (yearAndHead(t)) {
            r += 6; // "Constitution of 1976" says less than the "1976 Constitution of Xland" it is another name of
        }
        if (e.key.startsWith("S:") && SESSION_YEAR.matcher(t).find()) {
            r += 15; // "4th Congress of 1956": the year in parentheses the text gave dates the session, no name of it
        }
        if (ABBREVIATED_WORD.matcher(t).matches()) {
            r += 12; // an abbreviation alone ("KR") is a label only when nothing else names the thing, however given
        } else if (Patterns.WHITESPACE.splitAsStream(t).anyMatch(w -> ABBREVIATED_WORD.matcher(w).matches())) {
            r += 3;
        }
        if (t.contains(",") || t.contains("\"")) {
            r += 5;
        }
        if (!t.contains(" ") && e.names.stream().anyMatch(x -> x.lang().equals("en") && x.text().contains(" "))) {
            r += 2;
        }
        if ((e.key.contains("@")) && !t.contains(" of ")) {
            r += 4;
        }
        return r;
    }

    /** Whether a name is one noun and a year: "Constitution of 1976", "the 1955 Charter". */
    private boolean yearAndHead(String name) {
        List<String> w = normalizer.words(name, Map.of()).stream().filter(x -> !x.equals("of")).toList();
        return w.size() == 2 && (Patterns.isYear(w.get(0)) || Patterns.isYear(w.get(1)));
    }

    private boolean isBareGeneric(String name) {
        List<String> w = normalizer.words(name, Map.of());
        if (!w.isEmpty() && Patterns.isYear(w.get(0))) {
            w = w.subList(1, w.size());
        }
        return genericKeys.contains(String.join(" ", w));
    }
}
