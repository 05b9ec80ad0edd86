package org.constitutionkg.site;

import static org.constitutionkg.site.Html.esc;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.dump.Dumps;
import org.constitutionkg.dump.JsonLd;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.vocab.CKG;

/**
 * {@code /query}: a SPARQL editor, the results of the query asked (a table whose columns sort on a click, with links
 * to the resources' pages; CSV and JSON downloads from the endpoint) and the query catalog, each query runnable with
 * its parameters or opened in the editor with one click. The editor is CodeMirror 5 ({@link Assets}, from the jar):
 * SPARQL highlighting, completion of the known prefixes and of the {@code ckg:} terms of the ontology (Ctrl-Space,
 * or on typing a prefix's colon), a parse error marked where the parser stopped. Without JavaScript the form is a
 * plain text area that works the same.
 */
public final class QueryPage {

    private static final String EDITOR_SCRIPTS = "<link rel=\"stylesheet\" href=\"" + Assets.PATH
            + "codemirror/lib/codemirror.css\">\n<link rel=\"stylesheet\" href=\"" + Assets.PATH
            + "codemirror/addon/hint/show-hint.css\">\n<script src=\"" + Assets.PATH
            + "codemirror/lib/codemirror.js\"></script>\n<script src=\"" + Assets.PATH
            + "codemirror/mode/sparql/sparql.js\"></script>\n<script src=\"" + Assets.PATH
            + "codemirror/addon/hint/show-hint.js\"></script>\n<script src=\"" + Assets.PATH
            + "codemirror/addon/edit/matchbrackets.js\"></script>\n<script src=\"" + Assets.PATH
            + "ckg/editor.js\" defer></script>\n";

    private static final java.util.regex.Pattern AT = java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    private final Site site;
    private final String terms;

    QueryPage(Site site) {
        this.site = site;
        this.terms = terms(site.base);
    }

    /** What the editor completes: the known prefixes and the ckg: terms of the ontology, as JSON. */
    private static String terms(String base) {
        StringBuilder b = new StringBuilder("{\"prefixes\":{");
        Map<String, String> prefixes = new java.util.TreeMap<>(Dumps.prefixes(base));
        prefixes.forEach((p, ns) -> {
            JsonLd.appendString(b.append(b.charAt(b.length() - 1) == '{' ? "" : ","), p).append(':');
            JsonLd.appendString(b, ns);
        });
        b.append("},\"terms\":[");
        TreeSet<String> names = new TreeSet<>();
        CKG.ontology().getGraph().find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(CKG.NS) && s.getURI().length() > CKG.NS.length()) {
                names.add("ckg:" + s.getURI().substring(CKG.NS.length()));
            }
        });
        boolean first = true;
        for (String n : names) {
            JsonLd.appendString(b.append(first ? "" : ","), n);
            first = false;
        }
        // inside a script element: no "</" may close it
        return b.append("]}").toString().replace("</", "<\\/");
    }

    /** The query page: editor, results of {@code queryText} (if any) and the catalog. */
    public String page(String queryText, Catalog.Entry entry, Map<String, String> params, DatasetGraph served) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Query</h1>\n<p>SPARQL 1.1 over the union of all graphs (facts, provenance, ontology, links). ")
                .append("Read-only; stops after ").append(site.policy.timeoutMs()).append(" ms; at most ")
                .append(site.policy.rowCap()).append(" rows.</p>\n");
        String text = queryText != null ? queryText : entry != null ? entry.text()
                : "PREFIX ckg: <" + CKG.NS + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\n\n"
                + "SELECT ?constitution ?label WHERE {\n  ?constitution a ckg:Constitution ; rdfs:label ?label .\n}\n"
                + "ORDER BY ?label";
        b.append("<form method=\"get\" action=\"/query\" id=\"editor\"><label for=\"query\">Query</label>\n")
                .append("<textarea id=\"query\" name=\"query\" rows=\"14\" spellcheck=\"false\">").append(esc(text))
                .append("</textarea>\n<p><button type=\"submit\">Run</button> · <a href=\"/sparql?query=")
                .append(esc(Html.encQuery(text))).append("&amp;output=json\">as JSON</a> · <a href=\"/sparql?query=")
                .append(esc(Html.encQuery(text))).append("&amp;output=csv\">as CSV</a></p></form>\n")
                .append(EDITOR_SCRIPTS).append("<script type=\"application/json\" id=\"ckg-terms\">")
                .append(terms).append("</script>\n");
        if (queryText != null || entry != null) {
            b.append("<h2 id=\"results\">Results</h2>\n");
            try {
                Query q = entry != null && queryText == null ? Catalog.bind(entry, params, site.base)
                        : QueryPolicy.parse(queryText);
                List<String> refused = site.policy.refusedServices(q);
                if (!refused.isEmpty()) {
                    throw new IllegalArgumentException(site.policy.refusal(refused));
                }
                b.append(results(q, served));
            } catch (QueryParseException e) {
                // the editor marks the place: data-line and data-column (1-based, as the parser counts)
                // (the message names the token the parser stopped at; the exception's own numbers may be earlier)
                java.util.regex.Matcher at = AT.matcher(String.valueOf(e.getMessage()));
                boolean found = at.find();
                b.append("<p class=\"err\" role=\"alert\" id=\"parse-error\" data-line=\"")
                        .append(found ? at.group(1) : Integer.toString(e.getLine())).append("\" data-column=\"")
                        .append(found ? at.group(2) : Integer.toString(e.getColumn())).append("\">")
                        .append(esc(e.getMessage())).append("</p>\n");
            } catch (RuntimeException e) {
                b.append("<p class=\"err\" role=\"alert\">").append(esc(e.getMessage() == null ? e.toString()
                        : e.getMessage())).append("</p>\n");
            }
        }
        b.append("<h2 id=\"catalog\">Catalog</h2>\n");
        for (Catalog.Entry e : site.catalog.entries()) {
            b.append("<section class=\"q\" id=\"q-").append(esc(e.name())).append("\"><h3>").append(esc(e.question()))
                    .append("</h3><p>").append(esc(e.description())).append("</p>")
                    .append("<form method=\"get\" action=\"/query\"><input type=\"hidden\" name=\"name\" value=\"")
                    .append(esc(e.name())).append("\">");
            for (Map.Entry<String, String> p : e.params().entrySet()) {
                String id = "p-" + e.name() + "-" + p.getKey();
                b.append("<label for=\"").append(esc(id)).append("\">").append(esc(p.getKey())).append("</label> ")
                        .append("<input id=\"").append(esc(id)).append("\" name=\"param.").append(esc(p.getKey()))
                        .append("\" value=\"").append(esc(p.getValue())).append("\"> ");
            }
            b.append("<button type=\"submit\">Run</button> <code>").append(esc(e.name())).append(".rq</code> · ")
                    .append("<a class=\"load\" href=\"/query?query=").append(esc(Html.encQuery(e.text())))
                    .append("#editor\">open in the editor</a></form>")
                    .append("<details><summary>SPARQL</summary><pre>").append(esc(e.text()))
                    .append("</pre></details></section>\n");
        }
        return Html.page("Query", b.toString());
    }

    private String results(Query q, DatasetGraph served) {
        StringBuilder b = new StringBuilder();
        try (QueryExec qe = site.policy.exec(q, served, null)) {
            if (q.isSelectType()) {
                RowSet rs = qe.select();
                List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
                b.append("<table class=\"results sortable\"><thead><tr>");
                vars.forEach(v -> b.append("<th>").append(esc(v.getVarName())).append("</th>"));
                b.append("</tr></thead><tbody>\n");
                int n = 0;
                while (rs.hasNext()) {
                    Binding row = rs.next();
                    n++;
                    b.append("<tr>");
                    for (var v : vars) {
                        Node x = row.get(v);
                        b.append(x != null && x.isLiteral() ? "<td data-sort=\"" + esc(x.getLiteralLexicalForm()) + "\">"
                                : "<td>").append(x == null ? "" : site.link(x)).append("</td>");
                    }
                    b.append("</tr>\n");
                }
                b.append("</tbody></table>\n<p>").append(n).append(n == 1 ? " row" : " rows").append("</p>\n");
            } else if (q.isAskType()) {
                b.append("<p><strong>").append(qe.ask() ? "yes" : "no").append("</strong></p>\n");
            } else {
                Graph g = q.isConstructType() ? qe.construct() : qe.describe();
                q.getPrefixMapping().getNsPrefixMap().forEach(g.getPrefixMapping()::setNsPrefix);
                b.append("<pre>").append(esc(new String(Site.serialize(g, RDFFormat.TURTLE_PRETTY),
                        java.nio.charset.StandardCharsets.UTF_8))).append("</pre>\n");
            }
        }
        return b.toString();
    }
}
