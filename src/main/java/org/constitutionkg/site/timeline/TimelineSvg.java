package org.constitutionkg.site.timeline;

import static org.constitutionkg.site.Html.esc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.constitutionkg.site.Site;
import org.constitutionkg.site.timeline.Timeline.Bound;
import org.constitutionkg.site.timeline.Timeline.Edge;
import org.constitutionkg.site.timeline.Timeline.Entry;

/**
 * The timeline drawn as SVG, with no script: a year axis on top; per polity a heading, then one row per thing,
 * its label on the left and, on the axis, a bar from start to end for an organ or an instrument (an unknown end
 * fades out at the right edge, an unknown start at the left; a bound taken from a neighbour in succession is
 * dashed) or a point (one day) or a small band for a session. A date known only to its month or year covers the
 * whole month or year as a lighter band. Each row links to the thing's page and has a tooltip with its dates;
 * arrows go from the end of one bar to the start of its successor's.
 */
public final class TimelineSvg {

    private static final int PAD = 10;
    private static final int LABEL_W = 330;
    private static final int CHART_W = 720;
    private static final int AXIS_H = 30;
    private static final int HEAD_H = 28;
    private static final int ROW_H = 22;
    private static final int FADE = 36;
    private static final int[] STEPS = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000};

    private final Site site;
    private final int firstYear;
    private final int lastYear;
    private final int step;
    private final StringBuilder rows = new StringBuilder();
    /** Where each drawn thing begins and ends on the axis, and the middle of its row. */
    private final Map<Node, double[]> drawn = new HashMap<>();

    private TimelineSvg(Site site, List<Entry> all) {
        this.site = site;
        int min = all.stream().mapToInt(e -> first(e).from().getYear()).min().orElseThrow();
        int max = all.stream().mapToInt(e -> last(e).to().minusDays(1).getYear()).max().orElseThrow() + 1;
        int s = STEPS[STEPS.length - 1];
        for (int c : STEPS) {
            if ((max - min) / c <= 12) {
                s = c;
                break;
            }
        }
        this.step = s;
        boolean openStart = all.stream().anyMatch(e -> e.start() == null && e.kind() != Timeline.Kind.SESSION);
        boolean openEnd = all.stream().anyMatch(e -> e.end() == null && e.kind() != Timeline.Kind.SESSION);
        this.firstYear = Math.floorDiv(min, s) * s - (openStart ? s : 0);
        this.lastYear = -Math.floorDiv(-max, s) * s + (openEnd ? s : 0);
    }

    /** The SVG of {@code groups} (polity, null for none, to its things in order; none empty) and the arrows. */
    static String draw(Site site, Map<Node, List<Entry>> groups, List<Edge> successions) {
        TimelineSvg t = new TimelineSvg(site, groups.values().stream().flatMap(List::stream).toList());
        int y = AXIS_H + 4;
        for (Map.Entry<Node, List<Entry>> g : groups.entrySet()) {
            t.heading(g.getKey(), y);
            y += HEAD_H;
            for (Entry e : g.getValue()) {
                t.row(e, y + ROW_H / 2.0);
                y += ROW_H;
            }
        }
        return t.svg(y + PAD, successions);
    }

    private String svg(int height, List<Edge> successions) {
        int width = PAD + LABEL_W + CHART_W + 3 * PAD; // room for the last year's label
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" id=\"timeline-svg\" width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" aria-labelledby=\"tl-title\"><title id=\"tl-title\">Timeline "
                + "of organs, instruments and sessions, by polity</title>\n")
                .append("<defs><marker id=\"tl-arr\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                        + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker>")
                .append(fade("tl-fade-r", true)).append(fade("tl-fade-l", false)).append("</defs>\n");
        axis(s, height);
        s.append(rows);
        arrows(s, successions);
        return s.append("</svg>").toString();
    }

    /** A gradient from the bar's colour to nothing ({@code solidFirst}) or back, for an unknown end or start. */
    private static String fade(String id, boolean solidFirst) {
        return "<linearGradient id=\"" + id + "\"><stop offset=\"0\" class=\"" + (solidFirst ? "solid" : "clear")
                + "\"/><stop offset=\"1\" class=\"" + (solidFirst ? "clear" : "solid") + "\"/></linearGradient>";
    }

    private void axis(StringBuilder s, int height) {
        for (int year = firstYear; year <= lastYear; year += step) {
            String x = num(x(LocalDate.of(year, 1, 1)));
            s.append("<line class=\"grid\" x1=\"").append(x).append("\" y1=\"").append(AXIS_H).append("\" x2=\"")
                    .append(x).append("\" y2=\"").append(height - PAD).append("\"/><text class=\"d tick\" x=\"")
                    .append(x).append("\" y=\"").append(AXIS_H - 10).append("\" text-anchor=\"middle\">").append(year)
                    .append("</text>\n");
        }
    }

    private void heading(Node polity, int top) {
        String name = polity == null ? "No polity stated" : site.label(polity);
        String href = polity == null ? null : site.pageHref(polity);
        rows.append(href == null ? "<g>" : "<a href=\"" + esc(href) + "\">").append("<text class=\"polity\" x=\"")
                .append(PAD).append("\" y=\"").append(top + 19).append("\">").append(esc(name)).append("</text>")
                .append(href == null ? "</g>\n" : "</a>\n");
    }

    private void row(Entry e, double mid) {
        String href = site.pageHref(e.node());
        String label = site.label(e.node());
        rows.append(href == null ? "<g>" : "<a href=\"" + esc(href) + "\">").append("<g class=\"tl-row ")
                .append(e.kind().name().toLowerCase(Locale.ROOT)).append("\"><title>").append(esc(tooltip(e)))
                .append("</title><text x=\"").append(PAD + 14).append("\" y=\"").append(num(mid + 4)).append("\">")
                .append(esc(label.length() > 46 ? label.substring(0, 45) + "…" : label)).append("</text>");
        if (e.kind() == Timeline.Kind.SESSION) {
            session(e, mid);
        } else {
            bar(e, mid);
        }
        rows.append("</g>").append(href == null ? "</g>\n" : "</a>\n");
    }

    private void bar(Entry e, double mid) {
        double left = e.start() == null ? x(LocalDate.of(firstYear, 1, 1)) : x(e.start().date().from());
        double right = e.end() == null ? x(LocalDate.of(lastYear, 1, 1)) : Math.max(x(e.end().date().to()), left + 2);
        double solidFrom = e.start() == null ? Math.min(left + FADE, right) : left;
        double solidTo = e.end() == null ? Math.max(right - FADE, solidFrom) : right;
        boolean taken = e.start() != null && e.start().takenFrom() != null
                || e.end() != null && e.end().takenFrom() != null;
        rect(taken ? "bar taken" : "bar", solidFrom, solidTo, mid, 12);
        if (e.start() == null) {
            rect("open-l", left, solidFrom, mid, 12);
        } else {
            rect("band", left, x(e.start().date().to()), mid, 12);
        }
        if (e.end() == null) {
            rect("open-r", solidTo, right, mid, 12);
        } else {
            rect("band", x(e.end().date().from()), right, mid, 12);
        }
        drawn.put(e.node(), new double[] {left, right, mid});
    }

    private void session(Entry e, double mid) {
        PartialDate first = first(e);
        PartialDate last = last(e);
        double left = x(first.from());
        double right = Math.max(x(last.to()), left + 4);
        if (first.equals(last) && first.isDay()) {
            rows.append("<circle class=\"session\" cx=\"").append(num((left + right) / 2)).append("\" cy=\"")
                    .append(num(mid)).append("\" r=\"4\"/>");
        } else {
            rect("session", left, right, mid, 10);
        }
        drawn.put(e.node(), new double[] {left, right, mid});
    }

    /** A rectangle of {@code height} centred on {@code mid}; nothing when it would be under a pixel wide. */
    private void rect(String cls, double from, double to, double mid, int height) {
        if (to - from < 1) {
            return;
        }
        rows.append("<rect class=\"").append(cls).append("\" x=\"").append(num(from)).append("\" y=\"")
                .append(num(mid - height / 2.0)).append("\" width=\"").append(num(to - from)).append("\" height=\"")
                .append(height).append("\"/>");
    }

    private void arrows(StringBuilder s, List<Edge> successions) {
        for (Edge edge : successions) {
            double[] a = drawn.get(edge.from());
            double[] z = drawn.get(edge.to());
            if (a == null || z == null) {
                continue;
            }
            s.append("<path class=\"succ\" d=\"M").append(num(a[1])).append(',').append(num(a[2])).append(" C")
                    .append(num(a[1] + 24)).append(',').append(num(a[2])).append(' ').append(num(z[0] - 24))
                    .append(',').append(num(z[2])).append(' ').append(num(z[0])).append(',').append(num(z[2]))
                    .append("\" marker-end=\"url(#tl-arr)\"><title>").append(esc(site.label(edge.from())))
                    .append(" → ").append(esc(site.label(edge.to()))).append("</title></path>\n");
        }
    }

    /** The label, kind and dates of {@code e}, as its tooltip says them. */
    private String tooltip(Entry e) {
        String kind = switch (e.kind()) {
            case ORGAN -> "state organ";
            case INSTRUMENT -> "legal instrument";
            case SESSION -> "session";
        };
        return site.label(e.node()) + " (" + kind + "): " + bound(e.start(), "start", "end") + " – "
                + bound(e.end(), "end", "start");
    }

    private String bound(Bound b, String which, String other) {
        if (b == null) {
            return "no " + which + " stated";
        }
        if (b.takenFrom() != null) {
            return b.date().lexical() + " (no " + which + " stated: the " + other + " of " + site.label(b.takenFrom())
                    + ")";
        }
        return site.label(b.property()) + " " + b.date().lexical();
    }

    private double x(LocalDate d) {
        long day0 = LocalDate.of(firstYear, 1, 1).toEpochDay();
        long day1 = LocalDate.of(lastYear, 1, 1).toEpochDay();
        return PAD + LABEL_W + (double) (d.toEpochDay() - day0) * CHART_W / (day1 - day0);
    }

    private static PartialDate first(Entry e) {
        return (e.start() != null ? e.start() : e.end()).date();
    }

    private static PartialDate last(Entry e) {
        return (e.end() != null ? e.end() : e.start()).date();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
