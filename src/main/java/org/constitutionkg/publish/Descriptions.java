package org.constitutionkg.publish;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;

/**
 * The VoID + DCAT description of the dataset ({@code /.well-known/void}) and the SPARQL service description
 * ({@code GET /sparql} with an RDF {@code Accept}). Both are built once when the server starts.
 */
public final class Descriptions {

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** Terms for the endpoint's limits (not part of the data vocabulary). */
    public static final String SRV = "https://w3id.org/constitution-kg/service#";
    public static final String LICENSE = "https://creativecommons.org/licenses/by-sa/4.0/";

    private Descriptions() {
    }

    /** Counts of the published data (the union of the article graphs and the links graph, as in the dumps). */
    public record Stats(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties,
            long allTriples) {
    }

    public static Stats stats(Dataset ds, String base) {
        Graph g = Dumps.articleUnion(ds, base);
        Map<String, Long> classes = new TreeMap<>();
        Map<String, Long> properties = new TreeMap<>();
        java.util.Set<Node> entities = new java.util.HashSet<>();
        for (Iterator<Triple> it = g.find(); it.hasNext(); ) {
            Triple t = it.next();
            properties.merge(t.getPredicate().getURI(), 1L, Long::sum);
            if (t.getPredicate().equals(RDF.type.asNode()) && t.getObject().isURI()) {
                if (entities.add(t.getSubject()) || true) {
                    classes.merge(t.getObject().getURI(), 1L, Long::sum);
                }
            }
        }
        long all = Txn.calculateRead(ds, () -> {
            long n = 0;
            for (Iterator<Quad> it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        return new Stats(g.size(), entities.size(), classes, properties, all);
    }

    /**
     * A file of what the build held back: a dataset of its own, related to the published one (it is not part of
     * it), with one Turtle distribution.
     */
    private static void qualityFile(Resource published, String site, DumpFiles.File f) {
        Model m = published.getModel();
        String url = site + "/dumps/" + f.name();
        boolean withheld = f.name().equals(Quality.WITHHELD);
        Resource part = m.createResource(site + "/.well-known/void#" + (withheld ? "withheld" : "validation-report"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, withheld ? "Facts withheld from publication"
                        : "SHACL validation report of the graph as built", "en")
                .addProperty(DCTerms.description, f.description(), "en")
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(DCAT.landingPage, m.createResource(site + "/quality"))
                .addProperty(DCAT.distribution, distribution(m, url, f));
        published.addProperty(DCTerms.relation, part);
    }

    /** A file as a {@code dcat:Distribution}: title, download URL, media type, size, licence and SHA-256. */
    private static Resource distribution(Model m, String url, DumpFiles.File f) {
        Resource r = m.createResource(url + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, f.description(), "en")
                .addProperty(DCAT.downloadURL, m.createResource(url))
                .addProperty(DCAT.mediaType, m.createResource(
                        "https://www.iana.org/assignments/media-types/" + f.mediaType()))
                .addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.size()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(m.createProperty("http://spdx.org/rdf/terms#", "checksum"), m.createResource()
                        .addProperty(m.createProperty("http://spdx.org/rdf/terms#", "algorithm"),
                                m.createResource("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"))
                        .addProperty(m.createProperty("http://spdx.org/rdf/terms#", "checksumValue"),
                                f.sha256()));
        if (f.gzip()) {
            r.addProperty(DCAT.compressFormat,
                    m.createResource("https://www.iana.org/assignments/media-types/application/gzip"));
        }
        return r;
    }

    /** The VoID/DCAT description; {@code site} is the server's root URL without the trailing slash. */
    public static Model voidModel(Dataset ds, String base, String site, DumpFiles dumps, Stats stats) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("ckg", CKG.NS)
                .setNsPrefix("sd", SD);
        Property vTriples = m.createProperty(VOID, "triples");
        Resource d = m.createResource(site + "/.well-known/void#dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Constitution Knowledge Graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Constitutions and the state organs they "
                        + "establish, extracted from encyclopedia articles; every fact records its source line.",
                        "en"))
                .addProperty(DCTerms.license, m.createResource(LICENSE))
                .addProperty(m.createProperty(VOID, "uriSpace"), base)
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(site + SparqlServer.PATH))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(CKG.NS))
                .addLiteral(vTriples, stats.triples())
                .addLiteral(m.createProperty(VOID, "entities"), stats.entities())
                .addLiteral(m.createProperty(VOID, "classes"), (long) stats.classes().size())
                .addLiteral(m.createProperty(VOID, "properties"), (long) stats.properties().size());
        Resource service = m.createResource(site + SparqlServer.PATH)
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(site + SparqlServer.PATH))
                .addProperty(DCAT.servesDataset, d);
        d.addProperty(m.createProperty(DCAT.NS, "service"), service);
        // Sources: the articles (their Wikipedia pages), licensed CC BY-SA like the data derived from them.
        Txn.executeRead(ds, () -> {
            Graph prov = ds.asDatasetGraph().getGraph(org.apache.jena.graph.NodeFactory.createURI(
                    Graphs.provenanceGraph(base)));
            prov.find(Node.ANY, CKG.wikipediaUrl.asNode(), Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                d.addProperty(DCTerms.source, m.createResource(o.isURI() ? o.getURI() : o.getLiteralLexicalForm()));
            });
        });
        for (Map.Entry<String, Long> c : stats.classes().entrySet()) {
            d.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(c.getKey()))
                    .addLiteral(m.createProperty(VOID, "entities"), c.getValue().longValue()));
        }
        for (Map.Entry<String, Long> p : stats.properties().entrySet()) {
            d.addProperty(m.createProperty(VOID, "propertyPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "property"), m.createResource(p.getKey()))
                    .addLiteral(vTriples, p.getValue().longValue()));
        }
        if (dumps != null) {
            for (DumpFiles.File f : dumps.files()) {
                if (f.name().equals(Quality.WITHHELD) || f.name().equals(Quality.REPORT)) {
                    qualityFile(d, site, f);
                    continue;
                }
                if (f.format() == null) {
                    continue;
                }
                String url = site + "/dumps/" + f.name();
                d.addProperty(m.createProperty(VOID, "dataDump"), m.createResource(url));
                d.addProperty(DCAT.distribution, distribution(m, url, f));
            }
        }
        return m;
    }

    /** The SPARQL 1.1 service description of {@code /sparql}, with the timeout and row cap. */
    public static Model serviceDescription(String site, QueryPolicy policy) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD).setNsPrefix("srv", SRV).setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("void", VOID);
        String fmt = "http://www.w3.org/ns/formats/";
        Resource s = m.createResource(site + SparqlServer.PATH + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(site + SparqlServer.PATH))
                .addProperty(m.createProperty(SD, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "UnionDefaultGraph"))
                .addProperty(m.createProperty(SD, "feature"), m.createResource(SD + "BasicFederatedQuery"))
                .addLiteral(m.createProperty(SRV, "queryTimeoutMillis"), policy.timeoutMs())
                .addLiteral(m.createProperty(SRV, "resultLimit"), policy.rowCap())
                .addProperty(RDFS.comment, "Read-only SPARQL 1.1 query. Queries are cancelled after "
                        + policy.timeoutMs() + " ms; results are capped at " + policy.rowCap()
                        + " rows (LIMIT added when absent or larger; response header X-CKG-Result-Limit). "
                        + "SERVICE is allowed only to: " + String.join(", ", policy.allowList().stream().sorted()
                        .toList()) + ".")
                .addProperty(m.createProperty(SD, "defaultDataset"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SD + "Dataset"))
                        .addProperty(m.createProperty(VOID, "inDataset"),
                                m.createResource(site + "/.well-known/void#dataset")));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"}) {
            s.addProperty(m.createProperty(SD, "resultFormat"), m.createResource(fmt + f));
        }
        for (String allowed : policy.allowList()) {
            s.addProperty(m.createProperty(SRV, "allowedService"), m.createResource(allowed));
        }
        return m;
    }
}
