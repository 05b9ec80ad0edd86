package org.constitutionkg.server;

import java.util.List;
import java.util.Locale;

/** Minimal HTTP {@code Accept} negotiation: the offered type with the highest q (ties: the earlier offer). */
final class Negotiation {

    private Negotiation() {
    }

    /** The best of {@code offered} for {@code accept}; {@code offered.get(0)} when accept is absent or empty. */
    static String choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        String best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (String offer : offered) {
            double q = 0;
            int spec = -1;
            for (String part : accept.split(",")) {
                String[] bits = part.trim().split(";");
                String range = bits[0].trim().toLowerCase(Locale.ROOT);
                double pq = 1;
                for (int i = 1; i < bits.length; i++) {
                    String b = bits[i].trim().toLowerCase(Locale.ROOT);
                    if (b.startsWith("q=")) {
                        try {
                            pq = Math.max(0, Math.min(1, Double.parseDouble(b.substring(2))));
                        } catch (NumberFormatException e) {
                            pq = 0;
                        }
                    }
                }
                int s = matches(range, offer);
                if (s > spec) {
                    spec = s;
                    q = pq;
                }
            }
            if (spec >= 0 && q > bestQ + 1e-9) {
                best = offer;
                bestQ = q;
                bestSpecificity = spec;
            }
        }
        return bestSpecificity < 0 ? null : best;
    }

    /** -1 no match, 0 {@code * / *}, 1 {@code type/*}, 2 exact. */
    private static int matches(String range, String offer) {
        if (range.equals(offer)) {
            return 2;
        }
        if (range.equals("*/*") || range.equals("*")) {
            return 0;
        }
        if (range.endsWith("/*") && offer.startsWith(range.substring(0, range.length() - 1))) {
            return 1;
        }
        return -1;
    }
}
