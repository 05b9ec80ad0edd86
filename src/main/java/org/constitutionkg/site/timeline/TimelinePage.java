package org.constitutionkg.site.timeline;

import static org.constitutionkg.site.Html.esc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.Site;
import org.constitutionkg.site.timeline.Timeline.Entry;
import org.constitutionkg.vocab.CKG;

/**
 * The timeline page {@code /timeline}: every state organ's lifetime, every legal instrument's time in force and every
 * session, grouped by polity and drawn on a year axis ({@link TimelineSvg}), under a plain GET form that filters by
 * {@code polity} (an IRI, or its local name under the base) and {@code class} (the local name of an ontology class:
 * {@code Constitution}, {@code Legislature}, {@code Session}, ...). The things with no date known are listed below.
 * The served data does not change while a page object serves it, so the timeline is read once, when first asked for.
 */
public final class TimelinePage {

    /** Where the page is, on the site. */
    public static final String PATH = "/timeline";

    private final Site site;
    private final DatasetGraph data;
    private Timeline timeline;

    /** The timeline of {@code data} (its union graph), with the names and links of {@code site}. */
    public TimelinePage(Site site, DatasetGraph data) {
        this.site = site;
        this.data = data;
    }

    /** At most this many rows are drawn (and as many undated things listed): a page stays a page. */
    static final int MAX_ROWS = 400;

    /** The page for the filters; a null or blank filter is no filter, an unknown one leaves nothing to show. */
    public String html(String polity, String cls) {
        Timeline t = timeline();
        List<Entry> chosen = t.entries().stream().filter(e -> inPolity(e, polity) && ofClass(e, cls)).toList();
        List<Entry> dated = chosen.stream().filter(Entry::dated).toList();
        StringBuilder b = new StringBuilder();
        b.append("<h1>Timeline</h1>\n<p>Each state organ from its establishment to its disbandment, each legal ")
                .append("instrument from its adoption (or its coming into force) to its repeal, each session as a ")
                .append("point or a short band; grouped by polity, ordered by start. A date known only to the month ")
                .append("or the year covers that month or year (the lighter band); a bar that fades out has no end ")
                .append("(or start) stated; a dashed bar has a bound taken from its predecessor or successor; arrows ")
                .append("go from each thing to its successor. Each row links to its page.</p>\n");
        form(b, t, polity, cls);
        if (dated.isEmpty()) {
            b.append("<p class=\"empty\" role=\"status\">Nothing dated matches these filters.</p>\n");
        } else {
            // a large graph: the first rows, by polity; the filters show the rest
            Map<Node, List<Entry>> groups = byPolity(dated);
            Map<Node, List<Entry>> shown = new java.util.LinkedHashMap<>();
            int rows = 0;
            for (Map.Entry<Node, List<Entry>> g : groups.entrySet()) {
                if (rows >= MAX_ROWS) {
                    break;
                }
                List<Entry> part = g.getValue().subList(0, Math.min(g.getValue().size(), MAX_ROWS - rows));
                shown.put(g.getKey(), part);
                rows += part.size();
            }
            b.append("<p class=\"dt\" role=\"status\">").append(rows).append(rows == 1 ? " thing" : " things")
                    .append(" drawn").append(rows < dated.size() ? " of " + dated.size()
                            + " (choose a polity or a class to see the others)" : "").append(".</p>\n")
                    .append("<div class=\"svgwrap\">").append(TimelineSvg.draw(site, shown, t.successions()))
                    .append("</div>\n");
        }
        List<Entry> undated = chosen.stream().filter(e -> !e.dated()).toList();
        undated(b, undated.subList(0, Math.min(undated.size(), MAX_ROWS)), undated.size());
        return Html.page("Timeline", b.toString());
    }

    private synchronized Timeline timeline() {
        if (timeline == null) {
            timeline = Txn.calculateRead(data, () -> Timeline.read(data.getUnionGraph(), site::label));
        }
        return timeline;
    }

    private boolean inPolity(Entry e, String polity) {
        return polity == null || polity.isBlank() || e.polity() != null && (e.polity().getURI().equals(polity)
                || e.polity().getURI().equals(site.base + polity));
    }

    private static boolean ofClass(Entry e, String cls) {
        return cls == null || cls.isBlank() || e.classes().contains(cls.startsWith(CKG.NS)
                ? cls.substring(CKG.NS.length()) : cls);
    }

    /** The filter form: a polity and a class, each "all" or one the timeline holds. */
    private void form(StringBuilder b, Timeline t, String polity, String cls) {
        b.append("<form method=\"get\" action=\"").append(PATH).append("\" id=\"filters\">")
                .append("<label for=\"polity\">Polity</label> <select id=\"polity\" name=\"polity\">")
                .append("<option value=\"\">all</option>");
        t.entries().stream().map(Entry::polity).filter(Objects::nonNull).distinct()
                .sorted(Comparator.comparing(site::label).thenComparing(Node::getURI)).forEach(p -> {
                    String value = p.getURI().startsWith(site.base) ? p.getURI().substring(site.base.length())
                            : p.getURI();
                    option(b, value, site.label(p), value.equals(polity) || p.getURI().equals(polity));
                });
        b.append("</select> <label for=\"class\">Class</label> <select id=\"class\" name=\"class\">")
                .append("<option value=\"\">all</option>");
        TreeSet<String> classes = new TreeSet<>();
        t.entries().forEach(e -> classes.addAll(e.classes()));
        classes.forEach(c -> option(b, c, site.label(NodeFactory.createURI(CKG.NS + c)), c.equals(cls)));
        b.append("</select> <button type=\"submit\">Show</button></form>\n");
    }

    private static void option(StringBuilder b, String value, String text, boolean selected) {
        b.append("<option value=\"").append(esc(value)).append(selected ? "\" selected>" : "\">").append(esc(text))
                .append("</option>");
    }

    /** The things by polity (by label, none last), each polity's by start, then end, then label. */
    private Map<Node, List<Entry>> byPolity(List<Entry> dated) {
        Comparator<Entry> order = Comparator.comparing((Entry e) -> e.polity() == null)
                .thenComparing(e -> e.polity() == null ? "" : site.label(e.polity()))
                .thenComparing(e -> e.polity() == null ? "" : e.polity().getURI())
                .thenComparing(e -> e.start() == null ? LocalDate.MIN : e.start().date().from())
                .thenComparing(e -> e.end() == null ? LocalDate.MAX : e.end().date().to())
                .thenComparing(e -> site.label(e.node())).thenComparing(e -> e.node().getURI());
        Map<Node, List<Entry>> out = new LinkedHashMap<>();
        dated.stream().sorted(order).forEach(e -> out.computeIfAbsent(e.polity(), k -> new ArrayList<>()).add(e));
        return out;
    }

    private void undated(StringBuilder b, List<Entry> undated, int all) {
        if (undated.isEmpty()) {
            return;
        }
        b.append("<details id=\"undated\"><summary>").append(all).append(all == 1
                ? " thing has" : " things have").append(" no date known (not drawn").append(all > undated.size()
                        ? "; the first " + undated.size() + " listed" : "").append(")</summary><ul>\n");
        undated.stream().sorted(Comparator.comparing((Entry e) -> site.label(e.node()))).forEach(e -> {
            b.append("<li>").append(site.link(e.node()));
            if (e.polity() != null) {
                b.append(" <span class=\"dt\">").append(esc(site.label(e.polity()))).append("</span>");
            }
            b.append("</li>\n");
        });
        b.append("</ul></details>\n");
    }
}
