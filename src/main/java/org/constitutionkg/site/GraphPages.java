package org.constitutionkg.site;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.constitutionkg.Graphs;
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.dump.TriG;

/**
 * The named graphs at their own IRIs ({@code /id/graph/provenance}, {@code /id/graph/links},
 * {@code /id/graph/article/X}): a description of each (what it holds, how many triples, the article it was read from,
 * the dataset it is part of and where to get it), in RDF and as an HTML page.
 */
public final class GraphPages {

    private static final String PROV = "http://www.w3.org/ns/prov#";

    private final DatasetGraph served;
    private final String base;
    private final String site;

    /** {@code site}: the root URL the VoID description is at, without the trailing slash ("" for relative links). */
    public GraphPages(DatasetGraph served, String base, String site) {
        this.served = served;
        this.base = base;
        this.site = site;
    }

    /** The description of the graph of that IRI, or empty when the dataset has no such graph. */
    public Optional<Model> describe(String iri) {
        Node g = NodeFactory.createURI(iri);
        Long size = Txn.calculateRead(served, () -> served.containsGraph(g) ? Long.valueOf(served.getGraph(g).size())
                : null);
        if (size == null) {
            return Optional.empty();
        }
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", Descriptions.SD).setNsPrefix("void", Descriptions.VOID).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("prov", PROV);
        Resource r = m.createResource(iri)
                .addProperty(RDF.type, m.createResource(Descriptions.SD + "NamedGraph"))
                .addProperty(RDF.type, m.createResource(Descriptions.VOID + "Dataset"))
                .addProperty(m.createProperty(Descriptions.SD, "name"), m.createResource(iri))
                .addProperty(DCTerms.title, title(iri), "en")
                .addLiteral(m.createProperty(Descriptions.VOID, "triples"), size.longValue())
                .addProperty(m.createProperty(Descriptions.VOID, "inDataset"),
                        m.createResource(site + "/.well-known/void#dataset"))
                .addProperty(m.createProperty(Descriptions.VOID, "dataDump"),
                        m.createResource(site + "/dumps/" + DumpFiles.TRIG_GZ));
        if (Graphs.isArticleGraph(base, iri)) {
            String article = iri.substring(iri.lastIndexOf('/') + 1);
            r.addProperty(m.createProperty(PROV, "wasDerivedFrom"),
                    m.createResource(Graphs.sourceArticle(base, article)));
        }
        return Optional.of(m);
    }

    private String title(String iri) {
        if (iri.equals(Graphs.provenanceGraph(base))) {
            return "The provenance of every fact: its source article, line and text";
        }
        if (iri.equals(Graphs.linksGraph(base))) {
            return "The links to Wikidata";
        }
        if (Graphs.isArticleGraph(base, iri)) {
            return "The facts read from one article";
        }
        return "A graph of the Constitution Knowledge Graph";
    }

    /** The description as an HTML page. */
    public static String html(String iri, Model d) {
        Resource r = d.getResource(iri);
        StringBuilder b = new StringBuilder("<h1>Graph</h1>\n<p><code>").append(Html.esc(iri)).append("</code>: ")
                .append(Html.esc(r.getProperty(DCTerms.title).getString())).append(".</p>\n<p><strong id=\"triples\">")
                .append(r.getProperty(d.createProperty(Descriptions.VOID, "triples")).getLong())
                .append("</strong> triples. Query it with <code>GRAPH &lt;").append(Html.esc(iri))
                .append("&gt; { ... }</code> at <a href=\"/sparql\">/sparql</a>; it is one of the graphs of the ")
                .append("<a href=\"/dumps/").append(DumpFiles.TRIG_GZ).append("\">TriG dump</a>.");
        Resource from = r.getPropertyResourceValue(d.createProperty(PROV, "wasDerivedFrom"));
        if (from != null) {
            b.append(" Read from <code>").append(Html.esc(from.getURI())).append("</code>.");
        }
        b.append("</p>\n");
        return Html.page("Graph", b.toString());
    }
}
