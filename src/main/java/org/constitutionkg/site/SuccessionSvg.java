package org.constitutionkg.site;

import static org.constitutionkg.site.Html.esc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.constitutionkg.vocab.CKG;

/**
 * The succession picture of a resource page: its predecessors to the left and its successors to the right (up to four
 * steps each way, by {@code succeededBy}, {@code precededBy}, {@code repealedBy}, {@code repeals}), with their dates,
 * as SVG with no script. Neighbours, columns and boxes come in a fixed order (by dates, label, IRI), so that a page
 * is the same on every start.
 */
final class SuccessionSvg {

    private final Site site;

    SuccessionSvg(Site site) {
        this.site = site;
    }

    private List<Node> next(Node r, boolean forward) {
        Set<Node> out = new LinkedHashSet<>();
        Graph u = site.dsg.getUnionGraph();
        Node fwd1 = CKG.succeededBy.asNode();
        Node fwd2 = CKG.repealedBy.asNode();
        Node back1 = CKG.precededBy.asNode();
        Node back2 = CKG.repeals.asNode();
        for (Node p : forward ? List.of(fwd1, fwd2) : List.of(back1, back2)) {
            u.find(r, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isURI()) {
                    out.add(t.getObject());
                }
            });
        }
        for (Node p : forward ? List.of(back1, back2) : List.of(fwd1, fwd2)) {
            u.find(Node.ANY, p, r).forEachRemaining(t -> out.add(t.getSubject()));
        }
        out.remove(r);
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Node::toString)); // the graph's order is not the same on every start
        return sorted;
    }

    boolean exists(Node r) {
        return !next(r, true).isEmpty() || !next(r, false).isEmpty();
    }

    private String dates(Node r) {
        Graph u = site.dsg.getUnionGraph();
        String start = firstLex(u, r, CKG.established, CKG.adopted, CKG.effective, CKG.created, CKG.startDate);
        String end = firstLex(u, r, CKG.disbanded, CKG.repealed, CKG.endDate);
        if (start == null && end == null) {
            return "dates unknown";
        }
        return (start == null ? "?" : start) + " – " + (end == null ? "" : end);
    }

    /** The least literal value of the first of {@code ps} that {@code r} has one of. */
    private static String firstLex(Graph u, Node r, org.apache.jena.rdf.model.Property... ps) {
        for (var p : ps) {
            Optional<String> least = u.find(r, p.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .filterKeep(Node::isLiteral).mapWith(Node::getLiteralLexicalForm).toList().stream()
                    .min(Comparator.naturalOrder());
            if (least.isPresent()) {
                return least.get();
            }
        }
        return null;
    }

    /** An SVG timeline: predecessors to the left, successors to the right, with dates; null if there are none. */
    String draw(Node r) {
        Map<Node, Integer> column = new LinkedHashMap<>();
        column.put(r, 0);
        List<Node[]> edges = new ArrayList<>();
        for (boolean forward : new boolean[] {false, true}) {
            Deque<Node> queue = new ArrayDeque<>(List.of(r));
            while (!queue.isEmpty()) {
                Node x = queue.poll();
                int c = column.get(x);
                if (Math.abs(c) >= 4) {
                    continue;
                }
                for (Node y : next(x, forward)) {
                    edges.add(forward ? new Node[] {x, y} : new Node[] {y, x});
                    if (!column.containsKey(y)) {
                        column.put(y, c + (forward ? 1 : -1));
                        queue.add(y);
                    }
                }
            }
        }
        if (column.size() == 1) {
            return null;
        }
        int min = column.values().stream().min(Integer::compare).orElse(0);
        Map<Integer, List<Node>> cols = new TreeMap<>();
        column.forEach((n, c) -> cols.computeIfAbsent(c - min, k -> new ArrayList<>()).add(n));
        cols.values().forEach(l -> l.sort(Comparator.comparing(this::dates).thenComparing(site::label)
                .thenComparing(n -> n.toString())));
        int w = 230;
        int h = 54;
        int gapX = 50;
        int gapY = 14;
        int rows = cols.values().stream().mapToInt(List::size).max().orElse(1);
        int width = cols.size() * (w + gapX) - gapX + 20;
        int height = rows * (h + gapY) - gapY + 20;
        Map<Node, int[]> pos = new LinkedHashMap<>(); // column by column, top to bottom
        cols.forEach((c, list) -> {
            int offset = (rows - list.size()) * (h + gapY) / 2;
            for (int i = 0; i < list.size(); i++) {
                pos.put(list.get(i), new int[] {10 + c * (w + gapX), 10 + offset + i * (h + gapY)});
            }
        });
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"succession-svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" aria-labelledby=\"succ-title\"><title id=\"succ-title\">Succession of ")
                .append(esc(site.label(r))).append(": predecessors on the left, successors on the right</title>\n");
        s.append("<defs><marker id=\"arr\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>\n");
        Set<String> drawn = new HashSet<>();
        for (Node[] e : edges) {
            int[] a = pos.get(e[0]);
            int[] z = pos.get(e[1]);
            if (a == null || z == null || !drawn.add(e[0] + " " + e[1])) {
                continue;
            }
            s.append("<line x1=\"").append(a[0] + w).append("\" y1=\"").append(a[1] + h / 2).append("\" x2=\"")
                    .append(z[0] - 2).append("\" y2=\"").append(z[1] + h / 2).append("\" marker-end=\"url(#arr)\"/>\n");
        }
        for (Map.Entry<Node, int[]> e : pos.entrySet()) {
            Node n = e.getKey();
            int[] p = e.getValue();
            String l = site.label(n);
            String shown = l.length() > 34 ? l.substring(0, 33) + "…" : l;
            String href = site.pageHref(n);
            s.append(href != null ? "<a href=\"" + esc(href) + "\">" : "<g>");
            s.append("<g class=\"node").append(n.equals(r) ? " self" : "").append("\"><title>").append(esc(l))
                    .append(" (").append(esc(dates(n))).append(")</title><rect x=\"").append(p[0]).append("\" y=\"")
                    .append(p[1]).append("\" width=\"").append(w).append("\" height=\"").append(h)
                    .append("\" rx=\"6\"/><text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 21)
                    .append("\">").append(esc(shown)).append("</text><text class=\"d\" x=\"").append(p[0] + 8)
                    .append("\" y=\"").append(p[1] + 41).append("\">").append(esc(dates(n))).append("</text></g>");
            s.append(href != null ? "</a>\n" : "</g>\n");
        }
        s.append("</svg>");
        return s.toString();
    }
}
