package org.constitutionkg.site;

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
import org.constitutionkg.dump.DumpFiles;
import org.constitutionkg.dump.Dumps;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.dump.ShapesFile;
import org.constitutionkg.dump.TriG;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.query.QueryPolicy;
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

    /**
     * Counts of the published data: the facts (the union of the article graphs and the links graph, as in the fact
     * dumps), their entities, classes and properties, every quad the endpoint serves, and the triples of the links,
     * provenance and ontology graphs.
     */
    public record Stats(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties,
            long allTriples, long links, long provenance, long ontology) {

        public Stats(long triples, long entities, Map<String, Long> classes, Map<String, Long> properties,
                long allTriples) {
            this(triples, entities, classes, properties, allTriples, 0, 0, 0);
        }
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
        long[] sizes = Txn.calculateRead(ds, () -> {
            long n = 0;
            for (Iterator<Quad> it = ds.asDatasetGraph().find(); it.hasNext(); it.next()) {
                n++;
            }
            return new long[] {n, size(ds, Graphs.linksGraph(base)), size(ds, Graphs.provenanceGraph(base)),
                    size(ds, Graphs.ONTOLOGY_GRAPH)};
        });
        return new Stats(g.size(), entities.size(), classes, properties, sizes[0], sizes[1], sizes[2], sizes[3]);
    }

    private static long size(Dataset ds, String graph) {
        Node g = org.apache.jena.graph.NodeFactory.createURI(graph);
        return ds.asDatasetGraph().containsGraph(g) ? ds.asDatasetGraph().getGraph(g).size() : 0;
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
                .addProperty(DCTerms.license, license(m))
                .addProperty(DCAT.landingPage, m.createResource(site + "/quality")
                        .addProperty(RDF.type, document(m)))
                .addProperty(DCAT.distribution, distribution(m, url, f));
        part.addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addLiteral(m.createProperty(VOID, "triples"), org.apache.jena.riot.RDFDataMgr.loadGraph(
                        f.path().toString()).size());
        published.addProperty(DCTerms.relation, part);
    }

    private static final String SPDX = "http://spdx.org/rdf/terms#";

    /**
     * A file as a {@code dcat:Distribution} as DCAT-AP 3.0.1 asks for it: title, access and download URL, media type
     * (a {@code dct:MediaType}), size, licence (a {@code dct:LicenseDocument}) and SHA-256 (an {@code spdx:Checksum}).
     */
    private static Resource distribution(Model m, String url, DumpFiles.File f) {
        Resource r = m.createResource(url + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCTerms.title, f.description(), "en")
                .addProperty(DCAT.accessURL, m.createResource(url))
                .addProperty(DCAT.downloadURL, m.createResource(url))
                .addProperty(DCAT.mediaType, mediaType(m, f.mediaType()))
                .addProperty(DCAT.byteSize, m.createTypedLiteral(Long.toString(f.size()),
                        XSDDatatype.XSDnonNegativeInteger))
                .addProperty(DCTerms.license, license(m))
                .addProperty(m.createProperty(SPDX, "checksum"), m.createResource()
                        .addProperty(RDF.type, m.createResource(SPDX + "Checksum"))
                        .addProperty(m.createProperty(SPDX, "algorithm"),
                                m.createResource(SPDX + "checksumAlgorithm_sha256")
                                        .addProperty(RDF.type, m.createResource(SPDX + "ChecksumAlgorithm")))
                        .addProperty(m.createProperty(SPDX, "checksumValue"), m.createTypedLiteral(f.sha256(),
                                XSDDatatype.XSDhexBinary)));
        if (f.gzip()) {
            r.addProperty(DCAT.compressFormat, mediaType(m, "application/gzip"));
        }
        return r;
    }

    /**
     * The shapes the data conforms to ({@code dct:conformsTo}), a download, with what an engine needs to run them.
     */
    private static void shapes(Resource published, String site, String base, DumpFiles.File f) {
        Model m = published.getModel();
        String url = site + "/dumps/" + f.name();
        int[] counts = ShapesFile.counts(ShapesFile.graph(base));
        Resource shapes = m.createResource(url)
                .addProperty(RDF.type, DCTerms.Standard)
                .addProperty(DCTerms.title, "SHACL shapes of the Constitution Knowledge Graph", "en")
                .addProperty(DCTerms.description, counts[1] + " of the " + counts[0] + " shapes use SHACL-SPARQL "
                        + "(sh:SPARQLTarget, sh:SPARQLConstraint: SHACL Advanced Features): a SHACL engine needs those "
                        + "as well as SHACL Core to run them (Apache Jena SHACL does); one of SHACL Core alone skips "
                        + "them. They check the whole dataset, provenance included: validate the TriG dump together "
                        + "with the ontology (" + site + "/ontology.ttl).", "en")
                .addProperty(DCTerms.conformsTo, m.createResource("http://www.w3.org/ns/shacl#"))
                .addProperty(RDFS.seeAlso, m.createResource(ShapesFile.ADVANCED_FEATURES))
                .addProperty(DCAT.distribution, distribution(m, url, f));
        published.addProperty(DCTerms.conformsTo, shapes);
    }

    /** An IANA media type as the {@code dct:MediaType} DCAT-AP ranges over. */
    private static Resource mediaType(Model m, String type) {
        return m.createResource("https://www.iana.org/assignments/media-types/" + type)
                .addProperty(RDF.type, DCTerms.MediaType);
    }

    /** The licence, CC BY-SA 4.0, as a {@code dct:LicenseDocument}. */
    private static Resource license(Model m) {
        return m.createResource(LICENSE).addProperty(RDF.type, DCTerms.LicenseDocument)
                .addProperty(RDFS.label, "Creative Commons Attribution-ShareAlike 4.0 International", "en");
    }

    /** A foaf:Document (a page, a source article). */
    private static Resource document(Model m) {
        return m.createResource("http://xmlns.com/foaf/0.1/Document");
    }

    /**
     * A part of the published dataset ({@code void:subset}) with its true size: the facts, the links, the provenance,
     * the ontology; a part that is one named graph says which ({@code sd:name}).
     */
    private static Resource subset(Model m, Resource dataset, String site, String id, String title, long triples,
            String graph) {
        Resource part = m.createResource(site + "/.well-known/void#" + id)
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, title, "en")
                .addLiteral(m.createProperty(VOID, "triples"), triples);
        if (graph != null) {
            part.addProperty(RDF.type, m.createResource(SD + "NamedGraph"))
                    .addProperty(m.createProperty(SD, "name"), m.createResource(graph));
        }
        dataset.addProperty(m.createProperty(VOID, "subset"), part);
        return part;
    }

    /** The VoID/DCAT description; {@code site} is the server's root URL without the trailing slash. */
    public static Model voidModel(Dataset ds, String base, String site, DumpFiles dumps, Stats stats) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS)
                .setNsPrefix("xsd", XSD.NS).setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix("ckg", CKG.NS)
                .setNsPrefix("sd", SD).setNsPrefix("spdx", SPDX).setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        Property vTriples = m.createProperty(VOID, "triples");
        Resource d = m.createResource(site + "/.well-known/void#dataset")
                .addProperty(RDF.type, m.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Constitution Knowledge Graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("Constitutions and the state organs they "
                        + "establish, extracted from encyclopedia articles; every fact records its source line.",
                        "en"))
                .addProperty(DCTerms.license, license(m))
                .addProperty(m.createProperty(VOID, "uriSpace"), base)
                .addProperty(m.createProperty(VOID, "sparqlEndpoint"), m.createResource(site + Site.SPARQL_PATH))
                .addProperty(m.createProperty(VOID, "vocabulary"), m.createResource(CKG.NS))
                // every triple the endpoint's default graph (the union of all graphs) holds: the parts below
                .addLiteral(vTriples, stats.triples() + stats.provenance() + stats.ontology());
        Resource service = m.createResource(site + Site.SPARQL_PATH)
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCTerms.title, "SPARQL endpoint of the Constitution Knowledge Graph", "en")
                .addProperty(DCAT.endpointURL, m.createResource(site + Site.SPARQL_PATH))
                .addProperty(DCAT.servesDataset, d);
        // the catalog a harvester starts from: the dataset and the service
        m.createResource(site + "/.well-known/void#catalog")
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(DCTerms.title, "Constitution Knowledge Graph", "en")
                .addProperty(DCTerms.description, "The dataset of this server and its SPARQL endpoint.", "en")
                .addProperty(DCTerms.publisher, m.createResource(site + "/.well-known/void#publisher")
                        .addProperty(RDF.type, m.createResource("http://xmlns.com/foaf/0.1/Agent"))
                        .addProperty(m.createProperty("http://xmlns.com/foaf/0.1/", "name"),
                                "The operator of this constitution-kg server", "en"))
                .addProperty(DCAT.dataset, d)
                .addProperty(DCAT.service, service);
        // Sources: the articles (their Wikipedia pages), licensed CC BY-SA like the data derived from them. Not
        // dct:source, whose DCAT-AP range is a dcat:Dataset: a page is the document the data was derived from.
        Property derivedFrom = m.createProperty("http://www.w3.org/ns/prov#", "wasDerivedFrom");
        m.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        Txn.executeRead(ds, () -> {
            Graph prov = Graphs.read(ds.asDatasetGraph(), org.apache.jena.graph.NodeFactory.createURI(
                    Graphs.provenanceGraph(base)));
            prov.find(Node.ANY, CKG.wikipediaUrl.asNode(), Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                d.addProperty(derivedFrom, m.createResource(o.isURI() ? o.getURI() : o.getLiteralLexicalForm())
                        .addProperty(RDF.type, document(m)));
            });
        });
        Resource facts = subset(m, d, site, "facts", "The facts: every article graph and the Wikidata links (the "
                + "fact dumps)", stats.triples(), null)
                .addLiteral(m.createProperty(VOID, "entities"), stats.entities())
                .addLiteral(m.createProperty(VOID, "classes"), (long) stats.classes().size())
                .addLiteral(m.createProperty(VOID, "properties"), (long) stats.properties().size());
        subset(m, d, site, "links", "The links to Wikidata", stats.links(), Graphs.linksGraph(base));
        subset(m, d, site, "provenance", "The provenance: the source article, line and text of every fact",
                stats.provenance(), Graphs.provenanceGraph(base));
        subset(m, d, site, "ontology", "The ontology", stats.ontology(), Graphs.ONTOLOGY_GRAPH)
                .addProperty(m.createProperty(VOID, "dataDump"), m.createResource(site + "/ontology.ttl"));
        // the classes and properties of the facts, counted as in the fact dumps
        for (Map.Entry<String, Long> c : stats.classes().entrySet()) {
            facts.addProperty(m.createProperty(VOID, "classPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "class"), m.createResource(c.getKey()))
                    .addLiteral(m.createProperty(VOID, "entities"), c.getValue().longValue()));
        }
        for (Map.Entry<String, Long> p : stats.properties().entrySet()) {
            facts.addProperty(m.createProperty(VOID, "propertyPartition"), m.createResource()
                    .addProperty(m.createProperty(VOID, "property"), m.createResource(p.getKey()))
                    .addLiteral(vTriples, p.getValue().longValue()));
        }
        if (dumps != null) {
            for (DumpFiles.File f : dumps.files()) {
                if (f.name().equals(Quality.WITHHELD) || f.name().equals(Quality.REPORT)) {
                    qualityFile(d, site, f);
                    continue;
                }
                if (f.name().equals(DumpFiles.SHAPES)) {
                    shapes(d, site, base, f);
                    continue;
                }
                if (f.format() == null) {
                    continue;
                }
                String url = site + "/dumps/" + f.name();
                // the TriG dump holds every part but the ontology; the others hold the facts
                (f.format() == Dumps.Format.TRIG ? d : facts).addProperty(m.createProperty(VOID, "dataDump"),
                        m.createResource(url));
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
        Resource s = m.createResource(site + Site.SPARQL_PATH + "#service")
                .addProperty(RDF.type, m.createResource(SD + "Service"))
                .addProperty(m.createProperty(SD, "endpoint"), m.createResource(site + Site.SPARQL_PATH))
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
