package org.constitutionkg.site;

import static org.constitutionkg.site.Html.esc;

import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.constitutionkg.site.timeline.Timeline;
import org.constitutionkg.vocab.CKG;
import org.constitutionkg.vocab.Provenance;

/** The home page: the counts, the classes with their entities, where to start, the sources. */
final class HomePage {

    private final Site site;

    HomePage(Site site) {
        this.site = site;
    }

    String html() {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Constitution Knowledge Graph</h1>\n<p>Constitutions and the state organs they establish, ")
                .append("extracted from encyclopedia site.articles. Every fact links to the line of the article it came ")
                .append("from. <strong>").append(site.stats.triples()).append("</strong> published triples about <strong>")
                .append(site.stats.entities()).append("</strong> entities (").append(site.stats.allTriples())
                .append(" with provenance and ontology).</p>\n");
        b.append("<h2 id=\"classes\">Classes</h2>\n<table class=\"classes\"><thead><tr><th>class</th>"
                + "<th class=\"num\">entities</th><th>entities</th></tr></thead><tbody>\n");
        site.stats.classes().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(c -> {
                    Node cls = NodeFactory.createURI(c.getKey());
                    b.append("<tr><td>").append(site.link(cls)).append("</td><td class=\"num\">").append(c.getValue())
                            .append("</td><td><details><summary>list</summary><ul>");
                    for (Node n : site.instances.getOrDefault(c.getKey(), List.of())) {
                        b.append("<li>").append(site.link(n)).append("</li>");
                    }
                    b.append("</ul></details></td></tr>\n");
                });
        b.append("</tbody></table>\n");
        b.append("<h2 id=\"entry-points\">Start here</h2>\n<ul>\n");
        for (String cls : List.of(CKG.Constitution.getURI(), CKG.Legislature.getURI())) {
            for (Node n : site.instances.getOrDefault(cls, List.of())) {
                if (site.succession.exists(n)) {
                    b.append("<li>").append(site.link(n)).append(" <span class=\"dt\">").append(esc(site.label(
                            NodeFactory.createURI(cls)))).append("</span></li>\n");
                }
            }
        }
        b.append("<li><a href=\"/query\">Query catalog</a>: ").append(site.catalog.entries().size())
                .append(" ready-made questions, one click each</li>\n");
        b.append("<li><a href=\"/timeline\">Timeline</a>: the organs, instruments and sessions of each polity on a "
                + "year axis, with their successions</li>\n");
        b.append("<li><a href=\"/dumps/\">Downloads</a>: Turtle, N-Triples, TriG with provenance, JSON-LD</li>\n");
        b.append("<li><a href=\"/ontology\">Ontology</a>: the classes and properties, their domains, ranges and "
                + "alignments, and the shapes that use them</li>\n");
        b.append("<li><a href=\"/sparql\">SPARQL endpoint</a> (<code>/sparql</code>, read-only, queries stop after ")
                .append(site.policy.timeoutMs()).append(" ms, at most ").append(site.policy.rowCap()).append(" rows)</li>\n");
        b.append("<li><a href=\"/.well-known/void\">VoID and DCAT description</a></li>\n");
        b.append("<li><a href=\"/quality\">Data quality</a>: ").append(site.quality.facts())
                .append(site.quality.facts() == 1 ? " fact" : " facts").append(" withheld because they violate a shape, ")
                .append(site.quality.warnings()).append(site.quality.warnings() == 1 ? " warning" : " warnings")
                .append("</li>\n</ul>\n");
        if (!site.articles.isEmpty()) {
            b.append("<h2 id=\"sources\">Sources</h2>\n<ul>\n");
            Graph prov = Txn.calculateRead(site.ds, () -> site.dsg.getGraph(site.provGraph));
            Txn.executeRead(site.ds, () -> {
                for (Node a : site.articles) {
                    Node url = Provenance.one(prov, a, CKG.wikipediaUrl.asNode());
                    b.append("<li>").append(site.link(a));
                    if (url != null) {
                        b.append(" — <a rel=\"external\" href=\"").append(esc(url.getLiteralLexicalForm()))
                                .append("\">Wikipedia</a>");
                    }
                    b.append("</li>\n");
                }
            });
            b.append("</ul>\n");
        }
        return Html.page("Home", b.toString());
    }
}
