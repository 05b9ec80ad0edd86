package org.constitutionkg.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Pipeline;
import org.constitutionkg.site.Site;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON-LD writer: what it writes reads back with Jena's JSON-LD parser as the same graph. */
class JsonLdTest {

    private static final String ID = Pipeline.DEFAULT_BASE;

    @Test
    void everyKindOfTermReadsBackAsTheSameGraph() {
        Graph g = graph();
        Node s = iri(ID + "Examplia"), b1 = NodeFactory.createBlankNode(), b2 = NodeFactory.createBlankNode();
        add(g, s, RDF.type.asNode(), iri(CKG.NS + "Polity"), iri(CKG.NS + "Place"), iri("http://example.org/Thing"));
        add(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang("Examplia", "en"),
                NodeFactory.createLiteralLang("Examplien", "de-CH"), NodeFactory.createLiteralString("Examplia"));
        add(g, s, iri(CKG.NS + "established"), typed("1922", XSDDatatype.XSDgYear),
                typed("1922-12", XSDDatatype.XSDgYearMonth), typed("1922-12-30", XSDDatatype.XSDdate));
        add(g, s, iri(CKG.NS + "ordinal"), typed("007", XSDDatatype.XSDinteger), typed("-1", XSDDatatype.XSDinteger),
                typed("1.50", XSDDatatype.XSDdecimal), typed("true", XSDDatatype.XSDboolean));
        add(g, s, iri(CKG.NS + "note"), NodeFactory.createLiteralString(
                "\"quoted\"\nline\ttab \\ back\r\u0000\u0001\u001f\u007f \u2028 é 中 \uD834\uDD1E end"),
                NodeFactory.createLiteralString("lone \uD800 and \uDC00 surrogates"),
                NodeFactory.createLiteralString(""), NodeFactory.createLiteralLang("", "en"));
        add(g, s, iri(CKG.NS + "partOf"), iri(ID + "Union_of_Examplia_(1922–1991)"), iri(ID + "Türkiye"),
                iri(ID + "A's,_B&C"), iri(ID + "//slashes"), iri(ID + "query?x=1#frag"),
                iri(ID), iri("http://www.wikidata.org/entity/Q15180"), iri("urn:isbn:0451450523"),
                iri("http://example.org/other#x"), b1);
        add(g, iri("http://example.org/p?q"), iri("http://example.org/prop#p"), s, b2);
        add(g, b1, RDFS.label.asNode(), NodeFactory.createLiteralString("a blank node"));
        add(g, b1, iri(CKG.NS + "next"), b2, b1);
        add(g, b2, RDF.type.asNode(), b1, iri(CKG.NS + "Place"));
        add(g, NodeFactory.createBlankNode(), RDFS.comment.asNode(), NodeFactory.createLiteralString("unreferenced"));

        String json = write(g);
        Graph back = read(json);
        assertTrue(back.isIsomorphicWith(g), () -> "wrote\n" + json + "\nread back\n" + ntriples(back));
        assertTrue(back.contains(s, iri(CKG.NS + "ordinal"), typed("007", XSDDatatype.XSDinteger)), "lexical form kept");
        assertTrue(json.contains("{\"@value\": \"1.50\", \"@type\": \"xsd:decimal\"}"), json);
    }

    @Test
    void theSeedDumpReadsBackAsTheSameGraph() {
        Graph union = Dumps.articleUnion(Pipeline.build(List.of(Path.of("seeds")), ID, p -> {
        }).dataset(), ID);
        assertTrue(read(write(union)).isIsomorphicWith(union));
    }

    @Test
    void theSameTriplesAreWrittenTheSameWayWhateverTheirOrder() {
        List<Triple> ts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ts.add(Triple.create(iri(ID + "S" + i % 3), iri(CKG.NS + "p" + i % 4), typed(Integer.toString(i),
                    XSDDatatype.XSDinteger)));
            ts.add(Triple.create(iri(ID + "S" + i % 3), RDF.type.asNode(), iri(CKG.NS + "C" + i % 5)));
        }
        Graph a = graph(), b = graph();
        ts.forEach(a::add);
        Collections.reverse(ts);
        ts.forEach(b::add);
        assertEquals(write(a), write(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://w3id.org/constitution-kg/id/Examplia         | \"@id\": \"id:Examplia\"",
        "https://w3id.org/constitution-kg/ontology#Polity      | \"@id\": \"ckg:Polity\"",
        "http://www.wikidata.org/entity/Q15180                | \"@id\": \"wd:Q15180\"",
        "https://w3id.org/constitution-kg/id/A_(b),_c'd       | \"@id\": \"id:A_(b),_c'd\"",
        "https://w3id.org/constitution-kg/id/Türkiye          | \"@id\": \"id:Türkiye\"",
        "https://w3id.org/constitution-kg/id/                 | \"@id\": \"https://w3id.org/constitution-kg/id/\"",
        "https://w3id.org/constitution-kg/id//x               | \"@id\": \"id:/x\"",
        "https://w3id.org/constitution-kg/id///x              | \"@id\": \"https://w3id.org/constitution-kg/id///x\"",
        "https://w3id.org/constitution-kg/id/a?b              | \"@id\": \"https://w3id.org/constitution-kg/id/a?b\"",
        "https://w3id.org/constitution-kg/id/a#b              | \"@id\": \"https://w3id.org/constitution-kg/id/a#b\"",
        "https://w3id.org/constitution-kg/id/a b              | \"@id\": \"https://w3id.org/constitution-kg/id/a b\"",
        "http://example.org/x                                 | \"@id\": \"http://example.org/x\"",
    })
    void iris(String iri, String expected) {
        Graph g = graph();
        g.add(iri(iri), RDFS.label.asNode(), NodeFactory.createLiteralString("x"));
        String json = write(g);
        assertTrue(json.contains(expected), json);
    }

    @ParameterizedTest
    @CsvSource({"id:Examplia", "ckg:x", "_:b0"})
    void anIriThatWouldReadBackAsAnotherIsRefused(String iri) {
        Graph g = graph();
        g.add(iri(ID + "S"), RDFS.seeAlso.asNode(), iri(iri));
        assertThrows(IllegalArgumentException.class, () -> write(g));
    }

    @Test
    void anEmptyGraphIsAnEmptyDocument() {
        assertTrue(read(write(graph())).isEmpty());
    }

    private static Graph graph() {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Dumps.prefixes(ID));
        return g;
    }

    private static void add(Graph g, Node s, Node p, Node... os) {
        for (Node o : os) {
            g.add(s, p, o);
        }
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }

    private static String write(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLd.write(g, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Graph read(String json) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(json, Lang.JSONLD).parse(g);
        return g;
    }

    private static String ntriples(Graph g) {
        return new String(Site.serialize(g, RDFFormat.NTRIPLES), StandardCharsets.UTF_8);
    }
}
