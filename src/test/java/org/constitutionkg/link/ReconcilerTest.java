package org.constitutionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.constitutionkg.Pipeline;
import org.constitutionkg.link.Reconciler.Decision;
import org.constitutionkg.link.Reconciler.Proposal;
import org.constitutionkg.link.StandInWikidata.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reconciler against a stand-in for the Wikidata API: scoring, decisions, retries, the cache. */
class ReconcilerTest {

    static final String BASE = Pipeline.DEFAULT_BASE;
    static final LocalDate TODAY = LocalDate.of(2025, 1, 15);

    /** Our side: a polity, two organs, a person, and one entity that a curated row links already. */
    static final String FIXTURE = """
            PREFIX ckg: <https://w3id.org/constitution-kg/ontology#>
            PREFIX id: <https://w3id.org/constitution-kg/id/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            id:Testland a ckg:Polity ; rdfs:label "Testland"@en ; skos:altLabel "Republic of Testland"@en ;
                ckg:established "1922-12-30"^^xsd:date .
            id:Old_Council a ckg:ExecutiveBody ; rdfs:label "Old Council"@en ; ckg:established "1917"^^xsd:gYear .
            id:Twin_Congress a ckg:Legislature ; rdfs:label "Twin Congress"@en .
            id:Ann_Example a ckg:Person ; rdfs:label "Ann Example"@en .
            id:Curated_Land a ckg:Polity ; rdfs:label "Curated Land"@en .
            """;

    static final String TABLE = String.join("\t", LinksTable.COLUMNS) + "\n"
            + "Curated Land\tQ900\tverified\texact\tPolity\tname\tcurated\t\t\ttest\t\n";

    static EntityIndex index() {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(FIXTURE), null, "TTL");
        Graph g = m.getGraph();
        return EntityIndex.of(g, BASE);
    }

    static StandInWikidata standIn() throws Exception {
        return new StandInWikidata()
                // right polity: name, type and date agree; a human of the same name loses on type
                .item("Q100", "Testland", "historical country", List.of("Testland"), "Q3024240",
                        "P571=+1922-12-30T00:00:00Z/11")
                .item("Q101", "Testland", "fictional person", List.of("Testland"), "Q5")
                // right organ (year precision agrees) and one whose inception is 1950
                .item("Q200", "Old Council", "organ of state 1917-1922", List.of("Old Council"), "Q948571",
                        "P571=+1917-11-08T00:00:00Z/11")
                .item("Q201", "Old Council", "organ of state from 1950", List.of("Old Council"), "Q948571",
                        "P571=+1950-00-00T00:00:00Z/9")
                // two equally good legislatures: a tie
                .item("Q300", "Twin Congress", "legislature", List.of("Twin Congress"), "Q11204")
                .item("Q301", "Twin Congress", "legislature", List.of("Twin Congress"), "Q11204")
                // the curated entity's search would find this, but it must never be asked
                .item("Q901", "Curated Land", "a decoy", List.of("Curated Land"), "Q3024240");
    }

    static WikidataClient client(StandInWikidata s, Path cache) {
        return new WikidataClient(new WikidataClient.Settings(URI.create(s.api()), cache, Duration.ZERO, 4,
                Duration.ofMillis(5), Duration.ofSeconds(5), Duration.ofSeconds(5)));
    }

    static Reconciler.Outcome run(WikidataClient c) throws Exception {
        EntityIndex index = index();
        LinksTable table = LinksTable.parse("test.tsv", TABLE);
        return new Reconciler(c, 0.9, TODAY).run(index, WikidataLinks.resolve(index, table));
    }

    static List<Proposal> of(Reconciler.Outcome o, String local) {
        return o.proposals().stream().filter(p -> p.entity().iri().getURI().equals(BASE + local)).toList();
    }

    @Test
    void rightCandidateWinsWrongTypeAndWrongDateLoseTiesAreLeftForReview(@TempDir Path tmp) throws Exception {
        try (StandInWikidata s = standIn()) {
            Reconciler.Outcome o = run(client(s, tmp.resolve("cache")));

            List<Proposal> testland = of(o, "Testland");
            assertEquals("Q100", testland.get(0).candidate().id());
            assertEquals(Decision.ACCEPTED, testland.get(0).decision());
            assertEquals(1.0, testland.get(0).score(), 1e-9);
            Proposal human = testland.stream().filter(p -> p.candidate().id().equals("Q101")).findFirst().get();
            assertTrue(human.score() < 0.5, human.toString());
            assertTrue(human.evidence().contains("Q5 is ckg:Person"), human.evidence());

            List<Proposal> council = of(o, "Old_Council");
            assertEquals("Q200", council.get(0).candidate().id());
            assertEquals(Decision.ACCEPTED, council.get(0).decision());
            Proposal late = council.stream().filter(p -> p.candidate().id().equals("Q201")).findFirst().get();
            assertTrue(late.score() < 0.6, late.toString());
            assertTrue(late.evidence().contains("established 1917 != P571 1950"), late.evidence());

            List<Proposal> twins = of(o, "Twin_Congress");
            assertEquals(2, twins.size());
            assertTrue(twins.stream().allMatch(p -> p.decision() == Decision.TIE), twins.toString());

            List<Proposal> ann = of(o, "Ann_Example");
            assertEquals(1, ann.size());
            assertEquals(Decision.NONE, ann.get(0).decision());

            // accepted rows: the polity and the organ, with score, date and evidence
            assertEquals(List.of("Q200", "Q100"), o.accepted().stream().map(LinksTable.Row::qid).toList());
            LinksTable.Row r = o.accepted().get(1);
            assertEquals("reconciled", r.origin());
            assertEquals("1.000", r.score());
            assertEquals("2025-01-15", r.date());
            assertEquals("Polity", r.cls());

            // never over a curated link: the curated entity was not even searched
            assertTrue(s.requests().stream().noneMatch(q -> q.contains("Curated")), s.requests().toString());
            assertTrue(of(o, "Curated_Land").isEmpty());
            // every request said who we are
            assertTrue(s.userAgents().stream().allMatch(Wikidata.USER_AGENT::equals), s.userAgents().toString());
        }
    }

    @Test
    void acceptedRowsBecomeReconciledLinksWithScoreAndDateButNeverOverCuratedOnes(@TempDir Path tmp)
            throws Exception {
        try (StandInWikidata s = standIn()) {
            Reconciler.Outcome o = run(client(s, tmp.resolve("cache")));
            LinksTable table = LinksTable.parse("test.tsv", TABLE);
            // a reconciled row for the curated entity must not win over the curated link
            LinksTable.Row rogue = new LinksTable.Row(0, "", "Curated Land", "Q901", "reconciled",
                    LinksTable.Kind.EXACT, "Polity", "label", "reconciled", "0.990", "2025-01-15", "x", "");
            List<LinksTable.Row> added = new java.util.ArrayList<>(o.accepted());
            added.add(rogue);
            LinksTable extended = table.with(added);
            WikidataLinks.Result r = WikidataLinks.resolve(index(), extended);
            assertTrue(r.links().stream().anyMatch(l -> l.entity().getURI().equals(BASE + "Testland")
                    && l.item().getURI().equals(Wikidata.item("Q100"))
                    && l.predicate().getURI().equals("http://www.w3.org/2004/02/skos/core#exactMatch")));
            assertFalse(r.links().stream().anyMatch(l -> l.item().getURI().equals(Wikidata.item("Q901"))));
            assertTrue(r.links().stream().anyMatch(l -> l.item().getURI().equals(Wikidata.item("Q900"))
                    && l.predicate().getURI().equals("http://www.w3.org/2002/07/owl#sameAs")));
            // the curated rows of the file are kept byte for byte
            assertTrue(table.textWith(added).startsWith(TABLE));
        }
    }

    @Test
    void retries429And500AndMalformedJsonThenSucceeds(@TempDir Path tmp) throws Exception {
        try (StandInWikidata s = standIn()) {
            s.fail(Fault.TOO_MANY, Fault.SERVER_ERROR, Fault.MALFORMED);
            WikidataClient c = client(s, tmp.resolve("cache"));
            long start = System.nanoTime();
            List<WikidataClient.SearchHit> hits = c.search("Testland");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("Q100", "Q101"), hits.stream().map(WikidataClient.SearchHit::id).toList());
            assertEquals(4, s.requests().size(), "one 429, one 500, one malformed, one good");
            assertEquals(4, c.requestsSent());
            assertTrue(millis >= 900, "Retry-After: 1 was honoured (" + millis + " ms)");
        }
    }

    @Test
    void persistentServerErrorsMeanUnreachable(@TempDir Path tmp) throws Exception {
        try (StandInWikidata s = standIn()) {
            s.fail(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR);
            WikidataClient c = client(s, tmp.resolve("cache"));
            WikidataClient.UnreachableException e = assertThrows(WikidataClient.UnreachableException.class,
                    () -> c.search("Testland"));
            assertTrue(e.getMessage().startsWith("cannot reach " + s.api()), e.getMessage());
            assertTrue(e.getMessage().contains("HTTP 500 (after 4 attempts)"), e.getMessage());
            assertEquals(4, s.requests().size());
        }
    }

    @Test
    void persistentMalformedAnswerSkipsOnlyThatEntity(@TempDir Path tmp) throws Exception {
        try (StandInWikidata s = standIn()) {
            // the first entity's (Ann Example's) search gets garbage on every attempt
            s.fail(Fault.MALFORMED, Fault.MALFORMED, Fault.MALFORMED, Fault.MALFORMED);
            Reconciler.Outcome o = run(client(s, tmp.resolve("cache")));
            assertEquals(1, o.skipped().size(), o.skipped().toString());
            assertTrue(o.skipped().get(0).startsWith("Ann Example: malformed JSON"), o.skipped().toString());
            assertEquals(List.of("Q200", "Q100"), o.accepted().stream().map(LinksTable.Row::qid).toList());
        }
    }

    @Test
    void aSecondRunAsksNothing(@TempDir Path tmp) throws Exception {
        Path cache = tmp.resolve("cache");
        try (StandInWikidata s = standIn()) {
            Reconciler.Outcome first = run(client(s, cache));
            int asked = s.requests().size();
            assertTrue(asked > 0);
            WikidataClient c = client(s, cache);
            Reconciler.Outcome second = run(c);
            assertEquals(asked, s.requests().size(), "the second run sent requests");
            assertEquals(0, c.requestsSent());
            assertEquals(asked, c.cacheHits());
            assertEquals(Reconciler.reviewText(first.proposals()), Reconciler.reviewText(second.proposals()));
        }
        try (var files = Files.list(cache)) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().matches("[0-9a-f]{64}\\.json")));
        }
    }

    @Test
    void aClosedPortIsUnreachable(@TempDir Path tmp) throws Exception {
        String api;
        try (StandInWikidata s = new StandInWikidata()) {
            api = s.api();
        }
        WikidataClient c = new WikidataClient(new WikidataClient.Settings(URI.create(api), tmp, Duration.ZERO, 2,
                Duration.ofMillis(1), Duration.ofSeconds(1), Duration.ofSeconds(5)));
        WikidataClient.UnreachableException e = assertThrows(WikidataClient.UnreachableException.class,
                () -> c.search("Testland"));
        assertTrue(e.getMessage().startsWith("cannot reach " + api + "?action=wbsearchentities"), e.getMessage());
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }

    @Test
    void datesCompareAtThePrecisionBothSidesHave() {
        Candidate.Time day = new Candidate.Time("+1922-12-30T00:00:00Z", 11, null);
        Candidate.Time year = new Candidate.Time("+1922-00-00T00:00:00Z", 9, null);
        Candidate.Time century = new Candidate.Time("+1900-00-00T00:00:00Z", 7, null);
        Candidate.Time julian = new Candidate.Time("+1917-10-25T00:00:00Z", 11, Candidate.JULIAN);
        assertEquals(Boolean.TRUE, Scorer.same("1922-12-30", day));
        assertEquals(Boolean.FALSE, Scorer.same("1922-12-29", day));
        assertEquals(Boolean.TRUE, Scorer.same("1922-12", day));
        assertEquals(Boolean.TRUE, Scorer.same("1922", day));
        assertEquals(Boolean.TRUE, Scorer.same("1922-05-01", year));
        assertEquals(Boolean.FALSE, Scorer.same("1923", year));
        assertEquals(null, Scorer.same("1922", century));
        assertEquals(Boolean.TRUE, Scorer.same("1917-11-07", julian), "Julian dates compare by year");
    }

    @Test
    void classAlignmentsComeFromTheOntologyWithSuperclasses() {
        var a = Wikidata.classAlignments();
        assertTrue(a.get("Constitution").contains("Q7755"));
        assertTrue(a.get("Legislature").containsAll(List.of("Q11204", "Q189445", "Q948571")));
        assertTrue(a.get("ExecutiveBody").contains("Q948571"));
        assertTrue(a.get("Person").contains("Q5"));
        assertNotNull(Optional.ofNullable(a.get("Polity")).filter(s -> s.contains("Q3024240")).orElse(null));
        assertEquals(NodeFactory.createURI("http://www.wikidata.org/entity/Q5").getURI(), Wikidata.item("Q5"));
    }
}
