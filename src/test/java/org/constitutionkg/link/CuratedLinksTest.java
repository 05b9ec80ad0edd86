package org.constitutionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Graphs;
import org.constitutionkg.Pipeline;
import org.constitutionkg.dump.Dumps;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The curated links file, and the links every build publishes from it. */
class CuratedLinksTest {

    static final String BASE = Pipeline.DEFAULT_BASE;
    static final Path SHARED = Path.of("../shared/wikidata/qids.tsv");
    static final Path CORPUS = Path.of("../shared/corpus/articles");

    /** Edge cases the articles may not hold: an ambiguous altLabel, label-only rows, the Soviet constitutions. */
    static final String FIXTURE = """
            PREFIX ckg: <https://w3id.org/constitution-kg/ontology#>
            PREFIX id: <https://w3id.org/constitution-kg/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            id:Soviet_Union a ckg:Polity ; rdfs:label "Soviet Union"@en .
            id:Georgia a ckg:Polity ; rdfs:label "Georgia"@en .
            id:Joseph_Stalin a ckg:Person ; rdfs:label "Joseph Stalin"@en .
            id:Stalin_Street a ckg:Place ; rdfs:label "Joseph Stalin Street"@en ; skos:altLabel "Stalin"@en .
            id:CPC_USSR a ckg:ExecutiveBody ; rdfs:label "Council of People's Commissars of the Soviet Union"@en ;
                skos:altLabel "Council of People's Commissars"@en .
            id:CPC_RSFSR a ckg:ExecutiveBody ; rdfs:label "Council of People's Commissars of the RSFSR"@en ;
                skos:altLabel "Council of People's Commissars"@en .
            id:Constitution_1924 a ckg:Constitution ; rdfs:label "1924 Constitution of the Soviet Union"@en ;
                skos:altLabel "Constitution of the Soviet Union"@en ; ckg:jurisdiction id:Soviet_Union .
            id:Constitution_1977 a ckg:Constitution ; rdfs:label "1977 Constitution of the Soviet Union"@en ;
                ckg:jurisdiction id:Soviet_Union .
            id:Constitution_1918 a ckg:Constitution ; rdfs:label "1918 Constitution of the Russian SFSR"@en .
            id:Supreme_Soviet_Person a ckg:Person ; rdfs:label "Supreme Soviet of the Soviet Union"@en .
            id:CEC_A a ckg:ExecutiveBody ; rdfs:label "Central Executive Committee of 1917"@en ;
                skos:altLabel "All-Russian Central Executive Committee"@en .
            id:CEC_B a ckg:ExecutiveBody ; rdfs:label "Central Executive Committee of 1918"@en ;
                skos:altLabel "All-Russian Central Executive Committee"@en .
            id:Velmaria a ckg:Polity ; rdfs:label "Velmarian Soviet Republic"@en .
            id:CPC_Bare a ckg:ExecutiveBody ; rdfs:label "Council of People's Commissars"@en ;
                ckg:jurisdiction id:Velmaria .
            """;

    static LinksTable table;
    static Dataset seedsAndCorpus;
    static WikidataLinks.Result built;

    @BeforeAll
    static void build() {
        table = LinksTable.builtIn();
        List<Path> inputs = new ArrayList<>(List.of(Path.of("seeds")));
        if (Files.isDirectory(CORPUS)) {
            inputs.add(CORPUS);
        }
        seedsAndCorpus = Pipeline.build(inputs, BASE, p -> { }).dataset();
        built = WikidataLinks.resolve(seedsAndCorpus, BASE, table);
    }

    static EntityIndex fixture() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(FIXTURE), null, "TTL");
        return EntityIndex.of(m.getGraph(), BASE);
    }

    static Set<String> linksOf(WikidataLinks.Result r, String local) {
        return r.links().stream().filter(l -> l.entity().getURI().equals(BASE + local))
                .map(l -> l.predicate().getLocalName() + " " + l.item().getURI().substring(Wikidata.ENTITY.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theFileIsTheProjectsCopyOfTheSharedTable() throws Exception {
        assertEquals(Files.readString(Path.of(LinksTable.PATH)), new String(
                CuratedLinksTest.class.getResourceAsStream(LinksTable.RESOURCE).readAllBytes(), StandardCharsets.UTF_8),
                "the classpath copy differs from " + LinksTable.PATH);
        List<String> problems = new ArrayList<>();
        for (LinksTable.Row r : table.rows()) {
            if (r.isCurated() && r.evidence().isBlank()) {
                problems.add(r.line() + ": curated row without evidence");
            }
            if (r.isCurated() && !r.evidence().startsWith("shared qids.tsv: ")) {
                problems.add(r.line() + ": evidence does not name the shared table");
            }
        }
        if (Files.isRegularFile(SHARED)) {
            for (String line : Files.readAllLines(SHARED).subList(1, Files.readAllLines(SHARED).size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = (line + "\t\t\t\t").split("\t", -1);
                boolean found = table.rows().stream().anyMatch(r -> r.label().equals(f[0]) && r.qid().equals(f[1])
                        && r.status().equals(f[2]) && r.kind().name().equalsIgnoreCase(f[3])
                        && r.note().equals(f[4].strip()));
                if (!found) {
                    problems.add("shared row missing or changed: " + line);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void classRowsAreAlignmentsTheOntologyStates() {
        Model ont = CKG.ontology();
        List<String> missing = new ArrayList<>();
        for (LinksTable.Row r : table.rows()) {
            if (r.kind() != LinksTable.Kind.CLASS) {
                continue;
            }
            assertTrue(r.match().startsWith("ontology: ckg:"), r.toString());
            var cls = ont.getResource(CKG.NS + r.match().substring("ontology: ckg:".length()));
            var item = ont.getResource(Wikidata.item(r.qid()));
            if (!(ont.contains(cls, SKOS.exactMatch, item) || ont.contains(cls, SKOS.closeMatch, item)
                    || ont.contains(cls, SKOS.narrowMatch, item))) {
                missing.add(r.match() + " -> wd:" + r.qid());
            }
        }
        assertTrue(missing.isEmpty(), "alignments the ontology lacks: " + missing);
    }

    @Test
    void everyVerifiedRowWhoseEntityTheGraphHoldsIsALink() {
        EntityIndex index = EntityIndex.of(seedsAndCorpus, BASE);
        List<String> missing = new ArrayList<>();
        for (LinksTable.Row r : table.rows()) {
            if (r.kind() != LinksTable.Kind.EXACT || !r.status().startsWith("verified")) {
                continue;
            }
            List<String> names = r.match().startsWith("name:")
                    ? List.of(r.match().substring(5).split("\\|")) : List.of(r.label());
            for (String n : names) {
                for (EntityIndex.Entity e : index.byLabel(n.strip(), r.cls())) {
                    if (!linksOf(built, e.iri().getURI().substring(BASE.length())).stream()
                            .anyMatch(l -> l.endsWith(" " + r.qid()))) {
                        missing.add(e.iri() + " -> " + r.qid());
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "verified ids not linked: " + missing);
        // and the ones these articles are known to hold
        assertEquals(Set.of("sameAs Q15180"), linksOf(built, "Soviet_Union"));
        assertEquals(Set.of("sameAs Q1394"), linksOf(built, "Vladimir_Lenin"));
        assertEquals(Set.of("exactMatch Q326465"), linksOf(built, "Supreme_Soviet_of_the_Soviet_Union"));
        assertEquals(Set.of("broadMatch Q2515553"), linksOf(built, "1924_Constitution_of_the_Soviet_Union"));
    }

    @Test
    void noOtherWikidataIdAppearsInTheData() {
        Pipeline.BuildResult r = Pipeline.build(List.of(Path.of("seeds")), BASE, p -> { });
        Set<String> allowed = table.rows().stream().map(LinksTable.Row::qid).collect(Collectors.toSet());
        Set<String> stray = new TreeSet<>();
        Set<Node> reconciledWithoutScore = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        r.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().getURI().equals(Graphs.ONTOLOGY_GRAPH)) {
                return;
            }
            for (Node n : List.of(q.getSubject(), q.getObject())) {
                if (n.isURI() && n.getURI().startsWith(Wikidata.ENTITY)
                        && !allowed.contains(n.getURI().substring(Wikidata.ENTITY.length()))) {
                    stray.add(n.getURI());
                }
            }
            if (q.getPredicate().equals(CKG.linkOrigin.asNode()) && q.getObject().getLiteralLexicalForm()
                    .equals("reconciled") && !r.dataset().asDatasetGraph().contains(Node.ANY, q.getSubject(),
                    CKG.linkScore.asNode(), Node.ANY)) {
                reconciledWithoutScore.add(q.getSubject());
            }
        });
        assertTrue(stray.isEmpty(), "wd: ids outside the links table: " + stray);
        assertTrue(reconciledWithoutScore.isEmpty(), "reconciled links without a score: " + reconciledWithoutScore);
    }

    @Test
    void everyLinkHasItsProvenanceAndTheDumpsCarryTheLinks() {
        Pipeline.BuildResult r = Pipeline.build(List.of(Path.of("seeds")), BASE, p -> { });
        var dsg = r.dataset().asDatasetGraph();
        Node links = NodeFactory.createURI(Graphs.linksGraph(BASE));
        Node prov = NodeFactory.createURI(Graphs.provenanceGraph(BASE));
        List<String> problems = new ArrayList<>();
        int[] count = {0};
        dsg.find(links, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.getObject().isURI() || !q.getObject().getURI().startsWith(Wikidata.ENTITY)) {
                return;
            }
            count[0]++;
            boolean ok = org.apache.jena.atlas.iterator.Iter.toList(
                    dsg.find(prov, Node.ANY, RDF.subject.asNode(), q.getSubject())).stream()
                    .map(s -> s.getSubject()).anyMatch(st -> dsg.contains(prov, st, RDF.predicate.asNode(),
                            q.getPredicate()) && dsg.contains(prov, st, RDF.object.asNode(), q.getObject())
                            && dsg.contains(prov, st, CKG.linkOrigin.asNode(), NodeFactory.createLiteralString("curated"))
                            && dsg.contains(prov, st, CKG.sourceLine.asNode(), Node.ANY)
                            && dsg.contains(prov, st, CKG.sourceArticle.asNode(),
                                    NodeFactory.createURI(WikidataLinks.sourceIri(BASE))));
            if (!ok) {
                problems.add(q.toString());
            }
        });
        assertTrue(count[0] >= 5, "the seeds get links: " + count[0]);
        assertTrue(problems.isEmpty(), "links without provenance: " + problems);

        ByteArrayOutputStream ttl = new ByteArrayOutputStream();
        Dumps.writeTurtle(r.dataset(), BASE, ttl);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new java.io.ByteArrayInputStream(ttl.toByteArray()), Lang.TURTLE);
        assertTrue(m.contains(m.getResource(BASE + "Soviet_Union"), OWL.sameAs, m.getResource(Wikidata.item("Q15180"))));
    }

    @Test
    void ambiguousNamesLinkNothingAndTheSovietConstitutionsGetTheBroadItem() {
        WikidataLinks.Result r = WikidataLinks.resolve(fixture(), table);
        assertEquals(Set.of("sameAs Q15180"), linksOf(r, "Soviet_Union"));
        assertEquals(Set.of("sameAs Q855"), linksOf(r, "Joseph_Stalin"));
        // modern Georgia is not the Georgian SSR
        assertEquals(Set.of(), linksOf(r, "Georgia"));
        // a name two entities carry, neither as its rdfs:label, links neither
        assertEquals(Set.of(), linksOf(r, "CEC_A"));
        assertEquals(Set.of(), linksOf(r, "CEC_B"));
        assertTrue(r.ambiguities().stream().anyMatch(a -> a.contains("All-Russian Central Executive Committee")),
                r.ambiguities().toString());
        // the organ of a state the table does not know is another organ of the same name (an invented republic's
        // council), nor are the Union's or the RSFSR's councils linked by their shared altLabel
        assertEquals(Set.of(), linksOf(r, "CPC_Bare"));
        assertEquals(Set.of(), linksOf(r, "CPC_USSR"));
        assertEquals(Set.of(), linksOf(r, "CPC_RSFSR"));
        // the general item is broader than each Soviet constitution, never exact (despite the altLabel)
        assertEquals(Set.of("broadMatch Q2515553"), linksOf(r, "Constitution_1924"));
        assertEquals(Set.of("broadMatch Q2515553"), linksOf(r, "Constitution_1977"));
        assertEquals(Set.of(), linksOf(r, "Constitution_1918"));
        // class-checked: a person named like an organ is not the organ
        assertEquals(Set.of(), linksOf(r, "Supreme_Soviet_Person"));
    }

    @Test
    void aNameSeveralEntitiesCarryLinksNone() {
        String t = String.join("\t", LinksTable.COLUMNS) + "\n"
                + "All-Russian Central Executive Committee\tQ1\tverified\texact\tStateOrgan\tname\tcurated\t\t\tx\t\n";
        WikidataLinks.Result r = WikidataLinks.resolve(fixture(), LinksTable.parse("t.tsv", t));
        assertTrue(r.links().isEmpty(), r.links().toString());
        assertEquals(List.of("t.tsv:2: 'All-Russian Central Executive Committee' is an altLabel of 2 entities: no link"),
                r.ambiguities());
    }
}
