package org.constitutionkg.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.constitutionkg.link.EntityIndex.Entity;

/**
 * Scores a Wikidata candidate for one of our entities, from 0 to 1:
 * <pre>
 *   score = 0.60 name + 0.25 type + 0.15 date  - 0.5 if the type is incompatible - 0.3 if a date disagrees
 * </pre>
 * <ul>
 *   <li>name: 1 for our label or altLabel equal to the candidate's English label (ignoring case), 0.95 to one of its
 *       aliases, else 0.8 times the best word overlap (Jaccard);</li>
 *   <li>type: 1 when a P31 value is one of our class's Wikidata alignments (or its superclasses'), 0 when the P31
 *       values hold an alignment of another of our classes and none of ours (incompatible), else 0.5 (unknown);</li>
 *   <li>date: per Wikidata property (P571 inception, P576 dissolved, P580 start, P582 end, P585 point in time), our
 *       dates that mean the same are compared at the precision both sides have (Julian-calendar values by year
 *       only): 1 when some agree and none disagree, 0 when one disagrees, 0.5 when nothing can be compared.</li>
 * </ul>
 */
public final class Scorer {

    /** Which of our date properties each Wikidata time property is compared with. */
    static final Map<String, List<String>> DATE_PAIRS = Map.of(
            "P571", List.of("established", "adopted", "created"),
            "P576", List.of("disbanded", "repealed"),
            "P580", List.of("established", "effective", "startDate"),
            "P582", List.of("disbanded", "repealed", "endDate"),
            "P585", List.of("startDate"));

    /**
     * One score with its reasons.
     *
     * @param score    0..1, three decimals
     * @param evidence the reasons, human-readable
     */
    public record Score(double score, String evidence) {
    }

    private final Map<String, Set<String>> alignments;

    public Scorer() {
        this(Wikidata.classAlignments());
    }

    public Scorer(Map<String, Set<String>> alignments) {
        this.alignments = alignments;
    }

    public Score score(Entity e, Candidate c) {
        List<String> why = new ArrayList<>();
        double name = name(e, c, why);
        int type = type(e, c, why);
        int date = date(e, c, why);
        double s = 0.60 * name + 0.25 * (type / 2.0) + 0.15 * (date / 2.0);
        if (type < 0) {
            s = 0.60 * name + 0.15 * Math.max(0, date) / 2.0 - 0.5;
        }
        if (date < 0) {
            s -= 0.3;
        }
        s = Math.max(0, Math.min(1, s));
        return new Score(Math.round(s * 1000) / 1000.0, String.join("; ", why));
    }

    // ---- name ------------------------------------------------------------------------------------------------

    private static double name(Entity e, Candidate c, List<String> why) {
        List<String> ours = e.names();
        if (c.label() != null) {
            for (String n : ours) {
                if (EntityIndex.key(n).equals(EntityIndex.key(c.label()))) {
                    why.add("name: our '" + n + "' is its label");
                    return 1.0;
                }
            }
        }
        for (String a : c.aliases()) {
            for (String n : ours) {
                if (EntityIndex.key(n).equals(EntityIndex.key(a))) {
                    why.add("name: our '" + n + "' is its alias");
                    return 0.95;
                }
            }
        }
        double best = 0;
        String bestPair = null;
        List<String> theirs = new ArrayList<>();
        if (c.label() != null) {
            theirs.add(c.label());
        }
        theirs.addAll(c.aliases());
        for (String n : ours) {
            for (String t : theirs) {
                double j = jaccard(n, t);
                if (j > best) {
                    best = j;
                    bestPair = "'" + n + "' ~ '" + t + "'";
                }
            }
        }
        why.add(bestPair == null ? "name: no English name" : String.format(Locale.ROOT,
                "name: word overlap %.2f (%s)", best, bestPair));
        return 0.8 * best;
    }

    static double jaccard(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> inter = new HashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>(Arrays.asList(EntityIndex.key(s).split("[^\\p{L}\\p{N}]+")));
        out.remove("");
        return out;
    }

    // ---- type ------------------------------------------------------------------------------------------------

    /** 2 compatible, 1 unknown, -1 incompatible. */
    private int type(Entity e, Candidate c, List<String> why) {
        String cls = e.mainClass();
        Set<String> ours = new LinkedHashSet<>();
        for (String k : e.classes()) {
            ours.addAll(alignments.getOrDefault(k, Set.of()));
        }
        List<String> p31 = c.instanceOf();
        if (p31.isEmpty()) {
            why.add("type: no P31");
            return 1;
        }
        for (String q : p31) {
            if (ours.contains(q)) {
                why.add("type: P31 " + q + " fits ckg:" + cls);
                return 2;
            }
        }
        for (Map.Entry<String, Set<String>> a : alignments.entrySet()) {
            if (e.classes().contains(a.getKey())) {
                continue;
            }
            for (String q : p31) {
                if (a.getValue().contains(q) && !ours.contains(q)) {
                    why.add("type: P31 " + q + " is ckg:" + a.getKey() + ", not ckg:" + cls);
                    return -1;
                }
            }
        }
        why.add("type: P31 " + String.join(",", p31) + " unknown for ckg:" + cls);
        return 1;
    }

    // ---- dates -----------------------------------------------------------------------------------------------

    /** 2 agree, 1 nothing to compare, -1 a disagreement. */
    private static int date(Entity e, Candidate c, List<String> why) {
        int agree = 0;
        List<String> notes = new ArrayList<>();
        for (String prop : List.of("P571", "P576", "P580", "P582", "P585")) {
            List<Candidate.Time> theirs = c.times().getOrDefault(prop, List.of());
            if (theirs.isEmpty()) {
                continue;
            }
            List<String[]> ours = new ArrayList<>();
            for (String p : DATE_PAIRS.get(prop)) {
                for (String v : e.dates().getOrDefault(p, List.of())) {
                    ours.add(new String[] {p, v});
                }
            }
            boolean compared = false;
            String match = null;
            String clash = null;
            for (String[] o : ours) {
                for (Candidate.Time t : theirs) {
                    Boolean same = same(o[1], t);
                    if (same == null) {
                        continue;
                    }
                    compared = true;
                    if (same) {
                        match = o[0] + " " + o[1] + " = " + prop + " " + shortTime(t);
                    } else if (clash == null) {
                        clash = o[0] + " " + o[1] + " != " + prop + " " + shortTime(t);
                    }
                }
            }
            if (!compared) {
                continue;
            }
            if (match != null) {
                agree++;
                notes.add(match);
            } else {
                why.add("date: " + clash);
                return -1;
            }
        }
        if (agree > 0) {
            why.add("date: " + String.join(", ", notes));
            return 2;
        }
        why.add("date: nothing to compare");
        return 1;
    }

    /** Whether our lexical date and their time agree at the precision both have; null if incomparable. */
    static Boolean same(String ours, Candidate.Time t) {
        int[] o;
        int op;
        try {
            String[] p = ours.startsWith("-") ? null : ours.split("-");
            if (p == null) {
                return null;
            }
            op = p.length == 3 ? 11 : p.length == 2 ? 10 : 9;
            o = new int[] {Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0,
                    p.length > 2 ? Integer.parseInt(p[2].substring(0, 2)) : 0};
        } catch (RuntimeException e) {
            return null;
        }
        int tp = t.precision();
        if (tp < 9) {
            return null;
        }
        int[] w;
        try {
            w = t.ymd();
        } catch (RuntimeException e) {
            return null;
        }
        int p = Math.min(op, Math.min(tp, 11));
        if (t.julian()) {
            p = 9;
        }
        if (o[0] != w[0]) {
            return false;
        }
        if (p >= 10 && o[1] != w[1]) {
            return false;
        }
        return p < 11 || o[2] == w[2];
    }

    private static String shortTime(Candidate.Time t) {
        String s = t.time().startsWith("+") ? t.time().substring(1) : t.time();
        int cut = t.precision() >= 11 ? 10 : t.precision() == 10 ? 7 : 4;
        return (s.length() >= cut ? s.substring(0, cut) : s) + (t.julian() ? " (Julian)" : "");
    }
}
