package org.constitutionkg.site.search;

import java.util.List;
import java.util.function.Supplier;

import org.constitutionkg.dump.JsonLd;
import org.constitutionkg.site.Html;
import org.constitutionkg.site.Site;

/**
 * {@code /search?q=}: the resources whose names hold the words asked for ({@link SearchIndex}), as a page or, asked
 * with {@code Accept: application/json}, as a JSON list of {@code {iri, label, class, matched}} (the suggestions of
 * every page's search box).
 */
public final class SearchPage {

    /** Results per answer unless {@code limit} says fewer (or more, up to {@link #MAX}). */
    public static final int DEFAULT = 20;
    public static final int MAX = 100;

    private final Site site;
    private final Supplier<SearchIndex> build;
    private SearchIndex index;

    /** {@code build} makes the index on the first search, not at start-up. */
    public SearchPage(Site site, Supplier<SearchIndex> build) {
        this.site = site;
        this.build = build;
    }

    private synchronized SearchIndex index() {
        if (index == null) {
            index = build.get();
        }
        return index;
    }

    /** The hits for {@code q}. */
    public List<SearchIndex.Hit> search(String q, int limit) {
        return index().search(q == null ? "" : q, Math.max(1, Math.min(MAX, limit)));
    }

    /** The page of the hits. */
    public String html(String q, List<SearchIndex.Hit> hits) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>\n<form method=\"get\" action=\"/search\">"
                + "<label for=\"q\">Names</label> <input id=\"q\" type=\"search\" name=\"q\" value=\""
                + Html.esc(q == null ? "" : q) + "\"> <button type=\"submit\">Search</button></form>\n");
        if (q == null || q.isBlank()) {
            b.append("<p>Any words of a name, in any language, the last one may be the start of a word: "
                    + "<a href=\"/search?q=kalin\">kalin</a>.</p>\n");
            return Html.page("Search", b.toString());
        }
        b.append("<p>").append(hits.size()).append(hits.size() == 1 ? " resource" : " resources")
                .append(" of ").append(index().size()).append(" named.</p>\n");
        if (!hits.isEmpty()) {
            b.append("<ol class=\"hits\">\n");
            for (SearchIndex.Hit h : hits) {
                String href = site.pageHref(org.apache.jena.graph.NodeFactory.createURI(h.iri()));
                b.append("<li><a href=\"").append(Html.esc(href != null ? href : h.iri())).append("\">")
                        .append(Html.esc(h.label())).append("</a>");
                if (!h.cls().isEmpty()) {
                    b.append(" <span class=\"tag\">").append(Html.esc(h.cls())).append("</span>");
                }
                if (!h.matched().equals(h.label())) {
                    b.append(" <span class=\"dt\">(").append(Html.esc(h.matched())).append(")</span>");
                }
                b.append("</li>\n");
            }
            b.append("</ol>\n");
        }
        return Html.page("Search: " + q, b.toString());
    }

    /** The hits as JSON: {@code [{"iri": ..., "label": ..., "class": ..., "matched": ...}]}. */
    public static String json(List<SearchIndex.Hit> hits) {
        StringBuilder b = new StringBuilder("[");
        for (SearchIndex.Hit h : hits) {
            b.append(b.length() > 1 ? ",\n" : "\n").append("{\"iri\":").append(str(h.iri())).append(",\"label\":")
                    .append(str(h.label())).append(",\"class\":").append(str(h.cls())).append(",\"matched\":")
                    .append(str(h.matched())).append('}');
        }
        return b.append(hits.isEmpty() ? "]\n" : "\n]\n").toString();
    }

    private static String str(String s) {
        return JsonLd.appendString(new StringBuilder(), s).toString();
    }
}
