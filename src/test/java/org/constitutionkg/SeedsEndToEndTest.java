package org.constitutionkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.constitutionkg.article.Problem;
import org.constitutionkg.server.Servers;
import org.constitutionkg.server.SparqlServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole path over the three seed articles: every fact they state, queried as a user would. */
class SeedsEndToEndTest {

    private static final String PREFIXES = """
            PREFIX ckg: <https://w3id.org/constitution-kg/ontology#>
            PREFIX id: <https://w3id.org/constitution-kg/id/>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static Pipeline.BuildResult result;
    private static Model union;
    private static final List<Problem> PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void build() {
        result = Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, PROBLEMS::add);
        union = ModelFactory.createModelForGraph(result.dataset().asDatasetGraph().getUnionGraph());
    }

    private static boolean ask(String where) {
        try (QueryExecution q = QueryExecutionFactory.create(PREFIXES + "ASK { " + where + " }", union)) {
            return q.execAsk();
        }
    }

    @Test
    void allThreeArticlesBuildWithoutErrors() {
        assertEquals(3, result.articles());
        assertFalse(result.hasErrors(), PROBLEMS.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // 1924 Constitution of the Soviet Union: infobox
        "?c rdfs:label '1924 Constitution of the Soviet Union'@en ; a ckg:Constitution ;"
            + " skos:altLabel '1924 Constitution of the Union of Soviet Socialist Republics'@en ;"
            + " ckg:jurisdiction/rdfs:label 'Soviet Union'@en ; ckg:signedBy/rdfs:label 'Vladimir Lenin'@en ;"
            + " ckg:repealedBy/rdfs:label '1936 Constitution of the Soviet Union'@en ; ckg:status 'repealed'",
        // ... and prose
        "?c rdfs:label '1924 Constitution of the Soviet Union'@en ; ckg:adopted '1924-01-31'^^xsd:date ;"
            + " ckg:articleCount 72 ; ckg:chapterCount 11 ; ckg:repealed '1936-12-05'^^xsd:date ;"
            + " ckg:precededBy/rdfs:label 'Russian Constitution of 1918'@en ;"
            + " ckg:establishes/rdfs:label 'Congress of Soviets of the Soviet Union'@en ;"
            + " ckg:ratifiedBy ?s . ?s a ckg:Session ; ckg:ordinal 2 ;"
            + " ckg:sessionOf/rdfs:label 'Congress of Soviets of the Soviet Union'@en",
        "?cpc ckg:electedBy/rdfs:label 'Central Executive Committee of the Soviet Union'@en ;"
            + " skos:altLabel 'Council of People\\'s Commissars'@en",
        "?u ckg:partOf ?cec ; skos:altLabel 'Soviet of the Union'@en . ?n ckg:partOf ?cec ;"
            + " skos:altLabel 'Soviet of Nationalities'@en . ?cec rdfs:label 'Central Executive Committee of the Soviet Union'@en",
        // Congress of Soviets of the Soviet Union: one resource under both names
        "?c rdfs:label 'Congress of Soviets of the Soviet Union'@en ; skos:altLabel 'All-Union Congress of Soviets'@en ;"
            + " a ckg:Legislature ; ckg:established '1922-12-30'^^xsd:date ; ckg:disbanded '1936-12-05'^^xsd:date ;"
            + " ckg:memberCount 2025 ; ckg:houseType 'Unicameral' ; ckg:votingSystem 'Indirect election' ;"
            + " ckg:succeededBy/rdfs:label 'Supreme Soviet of the Soviet Union'@en ;"
            + " ckg:precededBy/rdfs:label 'All-Russian Congress of Soviets'@en ;"
            + " ckg:seatAllocation [ ckg:politicalGroup/rdfs:label 'Komsomol'@en ; ckg:seats 161 ]",
        "?cec rdfs:label 'Central Executive Committee of the Soviet Union'@en ;"
            + " ckg:electedBy ?c ; ckg:accountableTo ?c . ?c rdfs:label 'Congress of Soviets of the Soviet Union'@en",
        "{ SELECT (COUNT(?p) AS ?n) { ?c rdfs:label 'Congress of Soviets of the Soviet Union'@en ; ckg:power ?p } }"
            + " FILTER(?n = 9)",
        // its sessions, as precise as the text
        "?s ckg:ordinal 1 ; ckg:startDate '1922-12-30'^^xsd:date ; ckg:location/rdfs:label 'Moscow'@en ."
            + " ?t ckg:adoptedBy ?s ; rdfs:label 'Treaty on the Creation of the USSR'@en",
        "?s ckg:ordinal 2 ; ckg:startDate '1924-01'^^xsd:gYearMonth",
        "?s ckg:ordinal 3 ; ckg:startDate '1925'^^xsd:gYear",
        "?s ckg:ordinal 7 ; ckg:startDate '1935-02'^^xsd:gYearMonth",
        "?s ckg:ordinal 8 ; ckg:startDate '1936-11'^^xsd:gYearMonth ; ckg:endDate '1936-12'^^xsd:gYearMonth ."
            + " ?c ckg:ratifiedBy ?s ; rdfs:label '1936 Constitution of the Soviet Union'@en",
        // 1921 Constitution of the Azerbaijan SSR
        "?c rdfs:label '1921 Constitution of the Azerbaijan Socialist Soviet Republic'@en ;"
            + " ckg:created '1921-05-06'^^xsd:date ; ckg:ratified '1921-05-19'^^xsd:date ;"
            + " ckg:effective '1921-05-19'^^xsd:date ; ckg:lastAmended '1925-03-14'^^xsd:date ;"
            + " ckg:adopted '1921-05-19'^^xsd:date ; ckg:sectionCount 5 ; ckg:chapterCount 15 ;"
            + " ckg:location/rdfs:label 'Baku'@en ;"
            + " ckg:abolished/rdfs:label 'Azerbaijan Democratic Republic'@en ;"
            + " ckg:basedOn/rdfs:label '1918 Constitution of the Russian SFSR'@en ;"
            + " skos:altLabel 'Конституция Азербайджанской Социалистической Советской Республики'@ru ;"
            + " skos:altLabel 'Azərbaycan İctimai Şuralar Cümhuriyyətinin Qonstitusiyasi'@az",
        "?c rdfs:label '1921 Constitution of the Azerbaijan Socialist Soviet Republic'@en ; ckg:adoptedBy ?cec ;"
            + " ckg:adoptedBy ?session ; ckg:author ?cec . ?cec skos:altLabel 'CEC'@en ; a ckg:ExecutiveBody ."
            + " ?session a ckg:Session ; ckg:ordinal 1",
        "?cpc ckg:electedBy ?cec ; skos:altLabel 'Xalq Komissarları Sovetinə'@az ."
            + " ?cec skos:altLabel 'Central Executive Committee of the Azerbaijan SSR'@en",
    })
    void statesTheFact(String pattern) {
        assertTrue(ask(pattern), pattern);
    }

    @Test
    void theUnionsAndAzerbaijansExecutiveCommitteesAreTwoResourcesWithTwoLabels() {
        assertTrue(ask("?a rdfs:label 'Central Executive Committee of the Soviet Union'@en ; ckg:jurisdiction ?su ."
                + " ?b skos:altLabel 'Central Executive Committee of the Azerbaijan SSR'@en ; rdfs:label ?lb ;"
                + " ckg:jurisdiction ?az . FILTER(?a != ?b && ?su != ?az && STR(?lb) != 'Central Executive Committee of the Soviet Union')"));
    }

    @Test
    void noTwoResourcesShareAnEnglishLabel() {
        assertFalse(ask("?a rdfs:label ?l . ?b rdfs:label ?l . FILTER(?a != ?b && LANGMATCHES(LANG(?l), 'en'))"));
    }

    @Test
    void noJunkValues() {
        assertFalse(ask("?s ?p ?v . FILTER(STRSTARTS(STR(?p), STR(ckg:)) && isLiteral(?v))"
                + " FILTER(REGEX(STR(?v), '(\\\\.svg|\\\\.png|\\\\.jpg|^File:|^[0-9]+px)', 'i') || STRLEN(STR(?v)) = 0)"));
    }

    @Test
    void everyFactKnowsItsArticleLineAndText() {
        String prov = Graphs.provenanceGraph(Pipeline.DEFAULT_BASE);
        String q = PREFIXES + "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), '"
                + Pipeline.DEFAULT_BASE + "graph/article/')) FILTER NOT EXISTS { GRAPH <" + prov + "> {"
                + " ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; ckg:sourceArticle ?a ;"
                + " ckg:sourceLine ?line ; ckg:sourceText ?text } } } LIMIT 5";
        try (QueryExecution qe = QueryExecutionFactory.create(q, result.dataset())) {
            ResultSet rs = qe.execSelect();
            assertFalse(rs.hasNext(), () -> "facts without source: " + rs.next());
        }
    }

    @Test
    void buildWritesTheThreeDumpsAndEachParsesBack(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("dist");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = org.constitutionkg.cli.Main.run(new String[] {"build", "--input", "seeds", "--out", out.toString()},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        Model ttl = org.apache.jena.riot.RDFDataMgr.loadModel(out.resolve("constitution-kg.ttl").toString());
        org.apache.jena.query.Dataset trig = org.apache.jena.riot.RDFDataMgr.loadDataset(
                out.resolve("constitution-kg.trig.gz").toString());
        Model nt = ModelFactory.createDefaultModel();
        try (java.io.InputStream in = new java.util.zip.GZIPInputStream(
                Files.newInputStream(out.resolve("constitution-kg.nt.gz")))) {
            org.apache.jena.riot.RDFDataMgr.read(nt, in, org.apache.jena.riot.Lang.NTRIPLES);
        }
        assertTrue(ttl.size() > 200, "turtle triples: " + ttl.size());
        assertTrue(ttl.isIsomorphicWith(nt), "the Turtle and N-Triples dumps hold the same triples");
        assertTrue(trig.containsNamedModel(Graphs.provenanceGraph(Pipeline.DEFAULT_BASE)));
        assertTrue(trig.containsNamedModel(Graphs.articleGraph(Pipeline.DEFAULT_BASE, "000_eee1c0413e294e0a")));
    }

    @Test
    void theSourceQueryFromTheCatalogAnswersOverHttp() throws IOException, InterruptedException {
        String query = Files.readString(Path.of("queries/source-of-a-fact.rq"));
        try (SparqlServer server = Servers.start(result.dataset(), "127.0.0.1", 0)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("- Signed By: Vladimir Lenin"), r.body());
            assertTrue(r.body().contains("000_eee1c0413e294e0a.txt,9,"), r.body());
        }
    }
}
