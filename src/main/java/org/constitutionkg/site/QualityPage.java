package org.constitutionkg.site;

import static org.constitutionkg.site.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.dump.ShapesFile;
import org.constitutionkg.dump.TriG;
import org.constitutionkg.vocab.CKG;
import org.constitutionkg.vocab.Provenance;

/**
 * The data-quality page {@code /quality}: per article, the facts withheld from publication with their source lines
 * and the reason (the shape's message), then the SHACL warnings of the published graph, each with the line that
 * states it. Also counts, per resource, the withheld facts about it or pointing to it, for the note on its page.
 * The rows are sorted by everything they show (line, resource, property, value, reason), so that the page is the
 * same on every start whatever order the validation found them in.
 */
final class QualityPage {

    /** One withheld fact as stated at one line. */
    private record Withheld(Node s, Node p, Node o, String line, String text, Node reason) {
    }

    /** One warning of the report, with the line that states what it is about (if known). */
    private record Warning(ReportEntry entry, String line, String text) {
    }

    private final Site site;
    private final Quality quality;
    private final Graph provenance;
    private final Map<Node, String> withheldLabels = new HashMap<>();
    private final Map<Node, Integer> withheldAbout;
    private final Map<Node, List<Withheld>> withheldByArticle = new TreeMap<>(Comparator.comparing(Node::toString));
    private final Map<Node, List<Warning>> warningsByArticle = new TreeMap<>(Comparator.comparing(Node::toString));
    private final long facts;
    private long warnings;

    /**
     * @param site       labels and links
     * @param quality    what the build held back
     * @param provenance the served provenance graph (for the source lines of the warnings)
     */
    QualityPage(Site site, Quality quality, Graph provenance) {
        this.site = site;
        this.quality = quality;
        this.provenance = provenance;
        this.facts = quality.facts();
        this.withheldAbout = quality.withheldAbout();
        indexWithheld();
        indexWarnings();
    }

    private void indexWithheld() {
        for (Provenance.Statement st : Provenance.all(quality.withheld())) {
            if (st.fact() == null) {
                continue;
            }
            if (st.p().equals(RDFS.label.asNode()) && st.o().isLiteral()) {
                withheldLabels.merge(st.s(), st.o().getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            Provenance.Source src = st.source();
            withheldByArticle.computeIfAbsent(src.article() == null ? RDF.nil.asNode() : src.article(),
                    k -> new ArrayList<>()).add(new Withheld(st.s(), st.p(), st.o(),
                            src.line().isEmpty() ? "?" : src.line(), src.text(), src.withheldBy()));
        }
        for (List<Withheld> list : withheldByArticle.values()) {
            list.sort(Comparator.comparing((Withheld x) -> Provenance.lineNumber(x.line()))
                    .thenComparing(x -> x.s().toString()).thenComparing(x -> x.p().toString())
                    .thenComparing(x -> x.o().toString()).thenComparing(x -> reason(x.reason())));
        }
    }

    private void indexWarnings() {
        if (quality.report().isEmpty()) {
            return;
        }
        ValidationReport report = ValidationReport.fromGraph(quality.report());
        for (ReportEntry e : report.getEntries()) {
            if (!Severity.Warning.equals(e.severity())) {
                continue;
            }
            warnings++;
            Node st = statement(e);
            Provenance.Source src = st == null ? new Provenance.Source(null, "", "", null)
                    : Provenance.read(provenance, st).source();
            warningsByArticle.computeIfAbsent(src.article() == null ? RDF.nil.asNode() : src.article(),
                    k -> new ArrayList<>()).add(new Warning(e, src.line().isEmpty() ? "?" : src.line(), src.text()));
        }
        warningsByArticle.values().forEach(l -> l.sort(Comparator
                .comparing((Warning x) -> Provenance.lineNumber(x.line()))
                .thenComparing(x -> x.entry().focusNode().toString())
                .thenComparing(x -> String.valueOf(x.entry().resultPath()))
                .thenComparing(x -> String.valueOf(x.entry().value()))
                .thenComparing(x -> String.valueOf(x.entry().message()))));
    }

    /** The provenance statement of the fact a warning is about: the fact itself, else the focus node's type. */
    private Node statement(ReportEntry e) {
        Node focus = e.focusNode();
        Node path = e.resultPath() instanceof P_Link link ? link.getNode() : null;
        for (Node[] spo : new Node[][] {{path, e.value()}, {path, null}, {RDF.type.asNode(), null}}) {
            if (spo[0] == null) {
                continue;
            }
            for (Triple t : provenance.find(Node.ANY, RDF.subject.asNode(), focus).toList()) {
                Node st = t.getSubject();
                if (provenance.contains(st, RDF.predicate.asNode(), spo[0])
                        && (spo[1] == null || provenance.contains(st, RDF.object.asNode(), spo[1]))) {
                    return st;
                }
            }
        }
        return null;
    }

    /** How many withheld facts are about {@code r} or point to it. */
    int withheldAbout(Node r) {
        return withheldAbout.getOrDefault(r, 0);
    }

    long facts() {
        return facts;
    }

    long warnings() {
        return warnings;
    }

    /** The page. */
    String page() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Data quality</h1>\n<p>Every fact is validated against the SHACL shapes before it is published. ")
                .append("A fact that violates a shape is <strong>withheld</strong>: it is not in the dumps or at the ")
                .append("endpoint, and is listed here with its source line and the reason. A fact with a warning is ")
                .append("published.</p>\n<p><strong id=\"withheld-count\">").append(facts).append("</strong> ")
                .append(facts == 1 ? "fact" : "facts").append(" withheld from <strong>")
                .append(withheldByArticle.size()).append("</strong> ")
                .append(withheldByArticle.size() == 1 ? "article" : "articles").append("; <strong id=\"warning-count\">")
                .append(warnings).append("</strong> ").append(warnings == 1 ? "warning" : "warnings")
                .append(". As RDF: <a href=\"/dumps/").append(Quality.WITHHELD).append("\">the withheld facts</a> ")
                .append("(reified, with the <code>sh:ValidationResult</code> that withheld each) and ")
                .append("<a href=\"/dumps/").append(Quality.REPORT).append("\">the validation report</a>.</p>\n");
        int[] counts = ShapesFile.counts(ShapesFile.graph(site.base));
        b.append("<p id=\"shapes\">The shapes: <a href=\"/dumps/").append(DumpFiles.SHAPES).append("\">")
                .append(DumpFiles.SHAPES).append("</a>. ").append(counts[1]).append(" of its ").append(counts[0])
                .append(" shapes use SHACL-SPARQL (SPARQL targets and constraints, <a href=\"")
                .append(ShapesFile.ADVANCED_FEATURES).append("\">SHACL Advanced Features</a>): to check the data "
                        + "yourself, use an engine that implements them as well as SHACL Core (Apache Jena SHACL, "
                        + "TopBraid SHACL); an engine of SHACL Core alone skips those shapes without a word. The "
                        + "shapes check the whole dataset, provenance included: validate the <a href=\"/dumps/")
                .append(DumpFiles.TRIG_GZ).append("\">TriG dump</a> together with <a href=\"/ontology.ttl\">the "
                        + "ontology</a>.</p>\n");
        if (!quality.recorded()) {
            b.append("<p role=\"note\">This data was built without a record of what was withheld (a store written "
                    + "by an earlier version): rebuild it to see the withheld facts and the warnings here.</p>\n");
        }
        b.append("<h2 id=\"withheld\">Withheld facts</h2>\n");
        if (withheldByArticle.isEmpty() && quality.recorded()) {
            b.append("<p>None: every extracted fact conforms to the shapes.</p>\n");
        }
        withheldByArticle.forEach((article, list) -> {
            b.append(tableStart(article, "withheld", "why"));
            for (Withheld x : list) {
                b.append(row(node(x.s()), site.link(x.p()), node(x.o()), source(x.line(), x.text()),
                        reason(x.reason())));
            }
            b.append("</tbody></table></section>\n");
        });
        b.append("<h2 id=\"warnings\">Warnings</h2>\n");
        if (warningsByArticle.isEmpty() && quality.recorded()) {
            b.append("<p>None.</p>\n");
        }
        warningsByArticle.forEach((article, list) -> {
            b.append(tableStart(article, "warnings", "message"));
            for (Warning x : list) {
                ReportEntry e = x.entry();
                b.append(row(node(e.focusNode()), e.resultPath() instanceof P_Link l ? site.link(l.getNode()) : "",
                        e.value() == null ? "" : node(e.value()), source(x.line(), x.text()),
                        esc(e.message() == null ? "" : e.message())));
            }
            b.append("</tbody></table></section>\n");
        });
        return Html.page("Data quality", b.toString());
    }

    /** A table row of cells that are HTML already. */
    private static String row(String... cells) {
        return "<tr><td>" + String.join("</td><td>", cells) + "</td></tr>\n";
    }

    /** An article's section: its heading and the head of its table (resource, property, value, source, last). */
    private String tableStart(Node article, String cls, String last) {
        return "<section class=\"article\">" + articleHeading(article) + "<table class=\"" + cls + "\"><thead><tr>"
                + "<th>resource</th><th>property</th><th>value</th><th>source</th><th>" + last + "</th></tr></thead>"
                + "<tbody>\n";
    }

    private String articleHeading(Node article) {
        if (article.equals(RDF.nil.asNode())) {
            return "<h3>No source recorded</h3>\n";
        }
        Graph w = quality.withheld();
        Node file = Provenance.one(w, article, CKG.fileName.asNode());
        if (file == null) {
            file = Provenance.one(provenance, article, CKG.fileName.asNode());
        }
        Node title = Provenance.one(w, article, DCTerms.title.asNode());
        String name = title != null ? title.getLiteralLexicalForm() : site.label(article);
        return "<h3>" + (site.exists(article) ? site.link(article) : esc(name))
                + (file == null ? "" : " <span class=\"dt\">" + esc(file.getLiteralLexicalForm()) + "</span>")
                + "</h3>\n";
    }

    /** A resource: linked when it is published, else its (withheld) label and IRI. */
    private String node(Node n) {
        if (!n.isURI() || site.exists(n)) {
            return site.link(n);
        }
        String label = withheldLabels.getOrDefault(n, site.label(n));
        return "<span class=\"withheld-node\" title=\"" + esc(n.getURI()) + "\">" + esc(label) + "</span>";
    }

    private static String source(String line, String text) {
        return "<div class=\"src\">line " + esc(line) + "</div>"
                + (text.isEmpty() ? "" : "<blockquote>" + esc(text) + "</blockquote>");
    }

    private String reason(Node r) {
        if (r == null) {
            return "";
        }
        Graph w = quality.withheld();
        Node message = Provenance.one(w, r, SHACL.resultMessage);
        Node shape = Provenance.one(w, r, SHACL.sourceShape);
        Node focus = Provenance.one(w, r, SHACL.focusNode);
        StringBuilder b = new StringBuilder(esc(message == null ? "violates a shape" : message.getLiteralLexicalForm()));
        if (focus != null) {
            b.append(" <span class=\"dt\">(about ").append(node(focus)).append(")</span>");
        }
        if (shape != null) {
            b.append(" <span class=\"dt\">").append(esc(site.shortName(shape.getURI()))).append("</span>");
        }
        return b.toString();
    }

}
