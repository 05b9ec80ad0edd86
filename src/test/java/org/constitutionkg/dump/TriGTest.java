package org.constitutionkg.dump;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The TriG dump: it reads back as the same graphs, and is the same text whatever the pieces it was made in. */
class TriGTest {

    private static final String ID = Pipeline.DEFAULT_BASE;
    private static final Dataset SEEDS = Pipeline.build(List.of(Path.of("seeds")), ID, p -> {
    }).dataset();

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 1000, TriG.PIECE})
    void theSeedDumpReadsBackAsTheSameGraphsWhateverThePieces(int piece) {
        byte[] trig = write(SEEDS, piece, false);
        assertSameGraphs(SEEDS, trig);
        assertArrayEquals(write(SEEDS, TriG.PIECE, false), trig, "pieces of " + piece + " triples");
        assertArrayEquals(trig, gunzip(write(SEEDS, piece, true)));
    }

    @Test
    void theGzippedDumpIsOneGzipMemberThatJenaReads(@TempDir Path dir) throws IOException {
        Path file = dir.resolve(DumpFiles.TRIG_GZ);
        try (var out = Files.newOutputStream(file)) {
            Dumps.writeTriG(SEEDS, ID, out, true);
        }
        Dataset back = DatasetFactory.createGeneral();
        RDFDataMgr.read(back, file.toString());
        assertSameGraphs(SEEDS, back.asDatasetGraph());
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Dumps.writeTriG(SEEDS, ID, plain);
        byte[] gz = Files.readAllBytes(file);
        assertArrayEquals(plain.toByteArray(), gunzip(gz));
        CRC32 crc = new CRC32(); // the trailer covers the whole text: there is no second member
        crc.update(plain.toByteArray());
        ByteBuffer trailer = ByteBuffer.wrap(gz, gz.length - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals((int) crc.getValue(), trailer.getInt());
        assertEquals(plain.size(), trailer.getInt());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, TriG.PIECE})
    void everyKindOfTermReadsBackAsTheSameGraphs(int piece) {
        Dataset ds = DatasetFactory.createGeneral();
        DatasetGraph dsg = ds.asDatasetGraph();
        Node g1 = iri(ID + "graph/article/a"), g2 = iri(ID + "graph/provenance");
        Node s = iri(ID + "Examplia"), b1 = NodeFactory.createBlankNode(), b2 = NodeFactory.createBlankNode();
        add(dsg, g1, s, RDF.type.asNode(), iri(CKG.NS + "Polity"), iri(CKG.NS + "Place"), iri("http://example.org/T"));
        add(dsg, g1, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Examplia", "en"),
                NodeFactory.createLiteralLang("Examplien", "de-CH"), NodeFactory.createLiteralLang("Экзамплия", "ru"),
                NodeFactory.createLiteralString("Examplia"));
        add(dsg, g1, s, iri(CKG.NS + "established"), typed("1922", XSDDatatype.XSDgYear),
                typed("1922-12-30", XSDDatatype.XSDdate), typed("007", XSDDatatype.XSDinteger),
                typed("-1", XSDDatatype.XSDinteger), typed("1.50", XSDDatatype.XSDdecimal),
                typed("1.", XSDDatatype.XSDdecimal), typed("1e3", XSDDatatype.XSDdouble),
                typed("true", XSDDatatype.XSDboolean),
                NodeFactory.createLiteralDT("x", NodeFactory.getType("http://example.org/type#t")),
                typed("explicit", XSDDatatype.XSDstring));
        add(dsg, g1, s, iri(CKG.NS + "note"), NodeFactory.createLiteralString(
                "\"quoted\" 'single' \"\"\"triple\"\"\"\nline\ttab \\ back\r\u0001\u001f\u007f \u2028 é 中 \uD834\uDD1E"),
                NodeFactory.createLiteralString(""), NodeFactory.createLiteralLang("", "en"),
                NodeFactory.createLiteralString("ends with a quote\""), NodeFactory.createLiteralString("ends in \\"));
        add(dsg, g1, s, iri(CKG.NS + "partOf"), iri(ID + "Union_of_Examplia_(1922–1991)"), iri(ID + "Türkiye"),
                iri(ID + "A's,_B&C."), iri(ID + "statement/0a1b"), iri(ID + "query?x=1#frag"), iri(ID),
                iri(ID + "1922_Treaty"), iri("http://www.wikidata.org/entity/Q15180"), iri("urn:isbn:0451450523"),
                b1);
        add(dsg, g1, b1, iri(CKG.NS + "next"), b2, b1);
        add(dsg, g2, b2, RDF.type.asNode(), iri(CKG.NS + "Place"));
        add(dsg, g2, iri("http://example.org/p?q"), iri("http://example.org/prop#p"), s, b2);
        assertSameGraphs(ds, write(ds, piece, false));
    }

    private static byte[] write(Dataset ds, int piece, boolean gzip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TriG.write(Dumps.publishedGraphs(ds, ID), Dumps.prefixes(ID), out, gzip, piece);
        return out.toByteArray();
    }

    /** Reads {@code trig} strictly (a warning fails) and compares it with the published graphs of {@code ds}. */
    private static void assertSameGraphs(Dataset ds, byte[] trig) {
        DatasetGraph back = DatasetGraphFactory.createGeneral();
        RDFParser.source(new ByteArrayInputStream(trig)).lang(Lang.TRIG)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).parse(back);
        assertSameGraphs(ds, back);
    }

    private static void assertSameGraphs(Dataset ds, DatasetGraph back) {
        DatasetGraph published = Dumps.publishedGraphs(ds, ID);
        assertEquals(names(published), names(back));
        assertTrue(back.getDefaultGraph().isEmpty());
        assertFalse(names(back).contains(iri(Graphs.ONTOLOGY_GRAPH)), "the ontology graph is not in the dump");
        for (Node g : names(published)) {
            assertTrue(back.getGraph(g).isIsomorphicWith(published.getGraph(g)), () -> g + " differs");
        }
    }

    private static Set<Node> names(DatasetGraph dsg) {
        Set<Node> names = new HashSet<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(DatasetGraph dsg, Node g, Node s, Node p, Node... os) {
        for (Node o : os) {
            dsg.add(g, s, p, o);
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
