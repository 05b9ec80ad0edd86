package org.constitutionkg.site;

import static org.constitutionkg.site.Html.esc;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Graphs;
import org.constitutionkg.dump.Dumps;
import org.constitutionkg.dump.JsonLd;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.site.ResourceView.Fact;
import org.constitutionkg.site.search.SearchIndex;
import org.constitutionkg.site.search.SearchPage;
import org.constitutionkg.vocab.CKG;
import org.constitutionkg.vocab.Provenance;

/**
 * The linked-data site: resource pages, the home page, the query page, RDF descriptions of resources. Reads the
 * served dataset (which must not change while served); the label index and counts are made once.
 * <p>URL layout, for a data IRI {@code BASE X}: {@code /id/X} (the base's own path; {@code /id/} when the base's
 * path is {@code /} or taken) answers 303 See Other to {@code /page/X} (HTML) or {@code /id/X.ttl}, {@code .nt},
 * {@code .jsonld} by the {@code Accept} header.
 */
public final class Site {

    /** Where the SPARQL endpoint is, on the site. */
    public static final String SPARQL_PATH = "/sparql";

    static final String WD = "http://www.wikidata.org/entity/";
    private static final Set<String> RESERVED = Set.of("/", "/sparql/", "/dumps/", "/page/", "/query/", "/quality/",
            "/.well-known/", "/$/");

    public final String base;
    public final String idPath;
    final Dataset ds;
    final DatasetGraph dsg;
    final Node provGraph;
    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, Set<Node>> typesOf = new HashMap<>();
    private final Map<String, String> termLabels = new HashMap<>();
    private final Map<String, Set<String>> superClasses = new HashMap<>();
    final Descriptions.Stats stats;
    final Map<String, List<Node>> instances = new TreeMap<>();
    final List<Node> articles = new ArrayList<>();
    public final QueryPolicy policy;
    public final Catalog catalog;

    QualityPage quality;
    private String qualityHtml;
    /** Entity search ({@code /search}). */
    public final SearchPage search;
    /** The query page ({@code /query}). */
    public final QueryPage query;
    /** The succession picture of a resource page. */
    final SuccessionSvg succession;

    public Site(Dataset ds, String base, QueryPolicy policy, Catalog catalog, Descriptions.Stats stats, Quality held) {
        this.ds = ds;
        this.dsg = ds.asDatasetGraph();
        this.base = base;
        this.idPath = idPath(base);
        this.policy = policy;
        this.catalog = catalog;
        this.stats = stats;
        this.provGraph = NodeFactory.createURI(Graphs.provenanceGraph(base));
        this.succession = new SuccessionSvg(this);
        Txn.executeRead(ds, () -> {
            index();
            quality = new QualityPage(this, held, Graphs.read(dsg, provGraph));
            qualityHtml = quality.page();
        });
        this.search = new SearchPage(this, () -> SearchIndex.build(ds, base));
        this.query = new QueryPage(this);
    }

    /** The data-quality page: what was withheld and why, then the warnings (made once). */
    public String qualityPage() {
        return qualityHtml;
    }

    /** The local path prefix for data IRIs: the base's path, or {@code /id/} if that is {@code /} or reserved. */
    public static String idPath(String base) {
        String p;
        try {
            p = URI.create(base).getRawPath();
        } catch (RuntimeException e) {
            p = null;
        }
        if (p == null || p.isEmpty() || !p.endsWith("/") || RESERVED.stream().anyMatch(p::startsWith)) {
            return "/id/";
        }
        return p;
    }

    private void index() {
        Graph union = dsg.getUnionGraph();
        Node label = RDFS.label.asNode();
        Map<Node, String> anyLabel = new HashMap<>();
        union.find(Node.ANY, label, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral()) {
                String lang = o.getLiteralLanguage();
                if (lang.equals("en")) {
                    labels.merge(t.getSubject(), o.getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                } else {
                    anyLabel.putIfAbsent(t.getSubject(), o.getLiteralLexicalForm());
                }
            }
        });
        union.find(Node.ANY, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral() && "en".equals(t.getObject().getLiteralLanguage())) {
                anyLabel.putIfAbsent(t.getSubject(), t.getObject().getLiteralLexicalForm());
            }
        });
        anyLabel.forEach(labels::putIfAbsent);
        Graph onto = Graphs.read(dsg, NodeFactory.createURI(Graphs.ONTOLOGY_GRAPH));
        onto.find(Node.ANY, label, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()
                    && (t.getObject().getLiteralLanguage().isEmpty() || t.getObject().getLiteralLanguage().equals("en"))) {
                termLabels.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
            }
        });
        onto.find(Node.ANY, RDFS.subClassOf.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) {
                superClasses.computeIfAbsent(t.getSubject().getURI(), k -> new HashSet<>()).add(t.getObject().getURI());
            }
        });
        Graph facts = Dumps.articleUnion(ds, base);
        facts.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            typesOf.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(t.getObject());
            if (t.getObject().isURI()) {
                instances.computeIfAbsent(t.getObject().getURI(), k -> new ArrayList<>()).add(t.getSubject());
            }
        });
        instances.values().forEach(l -> l.sort(Comparator.comparing(this::label)));
        Graphs.read(dsg, provGraph).find(Node.ANY, RDF.type.asNode(), CKG.SourceArticle.asNode())
                .forEachRemaining(t -> articles.add(t.getSubject()));
        articles.sort(Comparator.comparing(Node::getURI));
    }

    // ---- names and links ------------------------------------------------------------------------------------

    public String label(Node n) {
        String l = labels.get(n);
        if (l != null) {
            return l;
        }
        if (n.isURI()) {
            String t = termLabels.get(n.getURI());
            if (t != null) {
                return t;
            }
            String u = n.getURI();
            if (u.startsWith(base)) {
                return u.substring(base.length()).replace('_', ' ');
            }
            return shortName(u);
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    String shortName(String uri) {
        for (Map.Entry<String, String> p : Dumps.prefixes(base).entrySet()) {
            if (uri.startsWith(p.getValue()) && uri.length() > p.getValue().length()) {
                return p.getKey() + ":" + uri.substring(p.getValue().length());
            }
        }
        if (uri.startsWith(DCTerms.NS)) {
            return "dct:" + uri.substring(DCTerms.NS.length());
        }
        return uri;
    }

    /** The local page of a data IRI, or null when it is not under the base. */
    public String pageHref(Node n) {
        if (n.isURI() && n.getURI().startsWith(base) && n.getURI().length() > base.length()) {
            return "/page/" + Html.encPath(n.getURI().substring(base.length()));
        }
        return null;
    }

    /** A link to a node: local page for data IRIs, the IRI itself for others, the literal for literals. */
    public String link(Node n) {
        if (n.isURI()) {
            String href = pageHref(n);
            if (href != null) {
                return "<a href=\"" + esc(href) + "\">" + esc(label(n)) + "</a>";
            }
            String u = n.getURI();
            if (u.startsWith(WD)) {
                return "<a href=\"" + esc(u) + "\" rel=\"external\">wd:" + esc(u.substring(WD.length())) + "</a>";
            }
            String t = termLabels.get(u);
            return "<a href=\"" + esc(u) + "\" title=\"" + esc(u) + "\">" + esc(t != null ? t : shortName(u)) + "</a>";
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            if (dt != null && dt.endsWith("#anyURI") && (lex.startsWith("http://") || lex.startsWith("https://"))) {
                return "<a href=\"" + esc(lex) + "\" rel=\"external\">" + esc(lex) + "</a>";
            }
            String suffix = !lang.isEmpty() ? " <span class=\"dt\">@" + esc(lang) + "</span>"
                    : dt != null && !dt.endsWith("#string") ? " <span class=\"dt\">" + esc(shortName(dt)) + "</span>"
                    : "";
            return "<span lang=\"" + esc(lang.isEmpty() ? "en" : lang) + "\">" + esc(lex) + "</span>" + suffix;
        }
        return esc(n.toString());
    }

    /** The data IRI for a local path rest ({@code /id/REST} or {@code /page/REST}). */
    public Node resourceFor(String rest) {
        return NodeFactory.createURI(base + rest);
    }

    public boolean exists(Node r) {
        return Txn.calculateRead(ds, () -> dsg.find(Node.ANY, r, Node.ANY, Node.ANY).hasNext()
                || dsg.find(Node.ANY, Node.ANY, Node.ANY, r).hasNext());
    }

    private boolean isA(Node r, String classUri) {
        for (Node t : typesOf.getOrDefault(r, Set.of())) {
            if (t.isURI() && subClassOf(t.getURI(), classUri, new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private boolean subClassOf(String c, String target, Set<String> seen) {
        if (c.equals(target)) {
            return true;
        }
        if (!seen.add(c)) {
            return false;
        }
        for (String s : superClasses.getOrDefault(c, Set.of())) {
            if (subClassOf(s, target, seen)) {
                return true;
            }
        }
        return false;
    }

    // ---- RDF description of a resource ----------------------------------------------------------------------

    /** What the site knows of {@code r}: its facts with their sources, what points to it, what was withheld. */
    public ResourceView view(Node r) {
        return Txn.calculateRead(ds, () -> ResourceView.read(dsg, provGraph, r, quality.withheldAbout(r)));
    }

    /** The document of the data IRI {@code r}: its facts from every graph, and the facts that point to it. */
    public Graph describe(Node r) {
        Graph g = view(r).description();
        Dumps.prefixes(base).forEach(g.getPrefixMapping()::setNsPrefix);
        g.getPrefixMapping().setNsPrefix("dct", DCTerms.NS);
        return g;
    }

    /** {@code g} in {@code format}; JSON-LD by the same writer as the JSON-LD dump. */
    public static byte[] serialize(Graph g, RDFFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (format.equals(RDFFormat.JSONLD)) {
            JsonLd.write(g, out);
        } else if (org.apache.jena.riot.RDFLanguages.isQuads(format.getLang())) {
            org.apache.jena.riot.RDFWriter.source(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(g)) // default graph
                    .format(format).set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "at").output(out);
        } else if (format.getLang().equals(org.apache.jena.riot.Lang.TURTLE)) {
            // "@prefix", which every Turtle and N3 reader knows (some N3 readers, asked for text/n3, know no PREFIX)
            org.apache.jena.riot.RDFWriter.source(g).format(format)
                    .set(org.apache.jena.riot.RIOT.symTurtleDirectiveStyle, "at").output(out);
        } else {
            RDFDataMgr.write(out, g, format);
        }
        return out.toByteArray();
    }

    // ---- resource page --------------------------------------------------------------------------------------

    public String resourcePage(Node r) {
        ResourceView v = view(r);
        return Txn.calculateRead(ds, () -> renderResource(v));
    }

    private String renderResource(ResourceView v) {
        Node r = v.resource();
        String title = label(r);
        StringBuilder b = new StringBuilder();
        b.append("<article itemscope>\n<h1 id=\"label\">").append(esc(title)).append("</h1>\n");
        b.append("<p class=\"iri\">").append(esc(r.getURI())).append(" · <a href=\"")
                .append(esc(docHref(r, "ttl"))).append("\">Turtle</a> · <a href=\"").append(esc(docHref(r, "nt")))
                .append("\">N-Triples</a> · <a href=\"").append(esc(docHref(r, "jsonld"))).append("\">JSON-LD</a></p>\n");
        int withheld = v.withheld();
        if (withheld > 0) {
            b.append("<p class=\"withheld-note\" role=\"note\">").append(withheld).append(withheld == 1
                    ? " fact about this resource was" : " facts about this resource were").append(" withheld: they "
                    + "violate a shape (see <a href=\"/quality#withheld\">data quality</a>).</p>\n");
        }
        List<Node> types = v.types();
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">");
            for (Node t : types) {
                b.append(link(t)).append(' ');
            }
            b.append("</p>\n");
        }
        // names
        List<Fact> names = v.names();
        if (!names.isEmpty()) {
            b.append("<h2 id=\"names\">Names</h2>\n<table><thead><tr><th>name</th><th>language</th><th>kind</th>"
                    + "</tr></thead><tbody>\n");
            for (Fact f : names) {
                String lang = f.o().getLiteralLanguage();
                b.append("<tr><td lang=\"").append(esc(lang.isEmpty() ? "en" : lang)).append("\">")
                        .append(esc(f.o().getLiteralLexicalForm())).append("</td><td>").append(esc(lang))
                        .append("</td><td>").append(esc(f.p().equals(RDFS.label.asNode()) ? "label"
                                : f.p().equals(SKOS.altLabel.asNode()) ? "other name" : "title")).append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        // Wikidata
        List<Fact> wd = v.facts().stream().filter(f -> f.o().isURI() && f.o().getURI().startsWith(WD)).toList();
        if (!wd.isEmpty()) {
            b.append("<h2 id=\"wikidata\">Wikidata</h2>\n<ul>");
            for (Fact f : wd) {
                b.append("<li>").append(esc(shortName(f.p().getURI()))).append(" ").append(link(f.o())).append("</li>");
            }
            b.append("</ul>\n");
        }
        // succession picture
        if (isA(r, CKG.StateOrgan.getURI()) || isA(r, CKG.LegalInstrument.getURI()) || succession.exists(r)) {
            String svg = succession.draw(r);
            if (svg != null) {
                b.append("<h2 id=\"succession\">Succession</h2>\n<div class=\"svgwrap\">").append(svg).append("</div>\n");
            }
        }
        // facts
        List<Fact> rest = v.facts().stream().filter(f -> !names.contains(f) && !f.p().equals(RDF.type.asNode()))
                .sorted(Comparator.comparing((Fact f) -> label(f.p())).thenComparing(f -> label(f.o()))).toList();
        b.append("<h2 id=\"facts\">Facts</h2>\n");
        if (rest.isEmpty() && types.isEmpty()) {
            b.append("<p>No facts with this resource as subject.</p>\n");
        } else {
            b.append("<table class=\"facts\"><thead><tr><th>property</th><th>value</th><th>source</th></tr></thead>"
                    + "<tbody>\n");
            List<Fact> all = new ArrayList<>(v.facts().stream().filter(f -> f.p().equals(RDF.type.asNode()))
                    .toList());
            all.addAll(rest);
            all.addAll(names);
            for (Fact f : all) {
                b.append("<tr><td>").append(link(f.p())).append("</td><td>").append(link(f.o())).append("</td><td>");
                appendSources(b, f);
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        // incoming
        if (!v.incoming().isEmpty()) {
            b.append("<h2 id=\"incoming\">Linked from</h2>\n<table><thead><tr><th>resource</th><th>property</th>"
                    + "</tr></thead><tbody>\n");
            v.incoming().stream().sorted(Comparator.comparing((ResourceView.Link k) -> label(k.s())))
                    .forEach(k -> b.append("<tr><td>").append(link(k.s())).append("</td><td>")
                            .append(link(k.p())).append("</td></tr>\n"));
            b.append("</tbody></table>\n");
        }
        b.append("</article>");
        return Html.page(title, b.toString());
    }

    private void appendSources(StringBuilder b, Fact f) {
        for (Provenance.Source s : f.sources()) {
            b.append("<div class=\"src\">");
            if (s.article() != null) {
                b.append(link(s.article()));
                String file = Provenance.fileName(Graphs.read(dsg, provGraph), s.article());
                if (file != null) {
                    b.append(" (").append(esc(file)).append(")");
                }
            }
            b.append(", line ").append(esc(s.line())).append("</div><blockquote>").append(esc(s.text()))
                    .append("</blockquote>");
        }
        if (f.sources().isEmpty()) {
            for (Node g : f.graphs()) {
                if (g.isURI() && !g.equals(Quad.defaultGraphIRI)) {
                    b.append("<div class=\"src\">graph ").append(link(g)).append("</div>");
                }
            }
        }
    }

    public String docHref(Node r, String ext) {
        return idPath + Html.encPath(r.getURI().substring(base.length())) + "." + ext;
    }

    public String homePage() {
        return new HomePage(this).html();
    }

    /** A 404 page. */
    public static String notFound(String what) {
        return Html.page("Not found", "<h1>Not found</h1>\n<p>" + esc(what) + "</p>\n<p><a href=\"/\">Home</a></p>");
    }
}
