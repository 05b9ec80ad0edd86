package org.constitutionkg.dump;

import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphMapLink;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;

/**
 * The published serialisations of a built dataset, shared by {@code ckg build} and {@code ckg dump}.
 * <ul>
 *   <li>Turtle, N-Triples, JSON-LD: the union of all article fact graphs and the links graph (no provenance, no
 *   ontology)</li>
 *   <li>TriG: every named graph except the ontology graph (article graphs and the provenance graph)</li>
 * </ul>
 */
public final class Dumps {

    /** The formats of {@code ckg dump}. */
    public enum Format {
        TTL, NT, TRIG, JSONLD;

        /** Parses a user-supplied name ({@code ttl}, {@code nt}, {@code trig}, {@code jsonld}); null if unknown. */
        public static Format parse(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return f;
                }
            }
            return null;
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private Dumps() {
    }

    /** Writes {@code ds} in {@code format} to {@code out} (not closed). */
    public static void write(Format format, Dataset ds, String base, OutputStream out) {
        switch (format) {
            case TTL -> writeTurtle(ds, base, out);
            case NT -> writeNTriples(ds, base, out);
            case TRIG -> writeTriG(ds, base, out);
            case JSONLD -> writeJsonLd(ds, base, out);
            default -> throw new IllegalArgumentException(format.toString());
        }
    }

    /** Union of the article graphs as pretty Turtle with the project prefixes. */
    public static void writeTurtle(Dataset ds, String base, OutputStream out) {
        write(Format.TTL, articleUnion(ds, base), out);
    }

    /** Union of the article graphs as N-Triples. */
    public static void writeNTriples(Dataset ds, String base, OutputStream out) {
        write(Format.NT, articleUnion(ds, base), out);
    }

    /** Union of the article graphs as JSON-LD. */
    public static void writeJsonLd(Dataset ds, String base, OutputStream out) {
        write(Format.JSONLD, articleUnion(ds, base), out);
    }

    /** Writes {@code union} (from {@link #articleUnion}) in one of the triple formats. */
    static void write(Format format, Graph union, OutputStream out) {
        switch (format) {
            case TTL -> RDFWriter.source(union).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NT -> RDFWriter.source(union).format(RDFFormat.NTRIPLES).output(out);
            case JSONLD -> JsonLd.write(union, out);
            default -> throw new IllegalArgumentException(format + " is not a triple format");
        }
    }

    /** Every named graph except the ontology graph, as TriG (see {@link TriG}). */
    public static void writeTriG(Dataset ds, String base, OutputStream out) {
        writeTriG(ds, base, out, false);
    }

    /** The same TriG, gzipped when {@code gzip} is set. */
    static void writeTriG(Dataset ds, String base, OutputStream out, boolean gzip) {
        read(ds, () -> TriG.write(publishedGraphs(ds, base), prefixes(base), out, gzip));
    }

    /**
     * A new in-memory graph holding the triples of every article graph and of the links graph (the links to Wikidata
     * are data users follow), with the project prefixes.
     */
    public static Graph articleUnion(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Graph union = GraphFactory.createDefaultGraph();
        read(ds, () -> {
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                if (g.isURI() && (Graphs.isArticleGraph(base, g.getURI())
                        || Graphs.linksGraph(base).equals(g.getURI()))) {
                    dsg.getGraph(g).find().forEachRemaining(union::add);
                }
            }
        });
        union.getPrefixMapping().setNsPrefixes(prefixes(base));
        return union;
    }

    /**
     * Every named graph of {@code ds} except the ontology graph, with the dump prefixes: a dataset that links to
     * the graphs of {@code ds} (nothing is copied), to be read inside a read transaction on {@code ds}.
     */
    public static DatasetGraph publishedGraphs(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph();
        DatasetGraph view = new DatasetGraphMapLink(GraphFactory.createDefaultGraph());
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (!(g.isURI() && Graphs.ONTOLOGY_GRAPH.equals(g.getURI()))) {
                view.addGraph(g, dsg.getGraph(g));
            }
        }
        prefixes(base).forEach(view.prefixes()::add);
        return view;
    }

    /**
     * The prefixes of every dump: {@code id:} (the base), {@code ckg:}, {@code rdf:}, {@code rdfs:}, {@code owl:},
     * {@code xsd:}, {@code skos:}, {@code wd:}.
     */
    public static Map<String, String> prefixes(String base) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", base);
        p.put("ckg", CKG.NS);
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("xsd", XSD.getURI());
        p.put("skos", SKOS.getURI());
        p.put("wd", "http://www.wikidata.org/entity/");
        return p;
    }

    private static void read(Dataset ds, Runnable action) {
        if (ds.supportsTransactions()) {
            Txn.executeRead(ds, action);
        } else {
            action.run();
        }
    }
}
