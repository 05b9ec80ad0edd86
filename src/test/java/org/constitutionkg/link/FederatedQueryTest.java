package org.constitutionkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** The sameAs-aware federated query of {@code queries/} parses and reaches only allow-listed endpoints. */
class FederatedQueryTest {

    static final Path QUERY = Path.of("queries/wikidata-side-by-side.rq");

    @Test
    void parsesAndItsServiceIsOnTheAllowList() throws Exception {
        Query q = QueryFactory.create(Files.readString(QUERY), Syntax.syntaxSPARQL_11);
        List<String> targets = Federation.serviceTargets(q);
        assertEquals(List.of("https://query.wikidata.org/sparql"), targets);
        assertTrue(Federation.disallowedServices(q).isEmpty());
        assertTrue(Federation.SERVICE_ALLOW_LIST.contains(Wikidata.SPARQL_ENDPOINT));
        String text = Files.readString(QUERY);
        assertTrue(text.contains("owl:sameAs|skos:exactMatch"), "follows both kinds of exact link");
    }

    @Test
    void otherEndpointsAndVariableServicesAreNotAllowed() {
        Query q = QueryFactory.create("SELECT * { ?s ?p ?o . { SERVICE <https://example.org/sparql> { ?s ?p ?o } }"
                + " FILTER EXISTS { SERVICE ?svc { ?s ?p ?o } } }");
        assertEquals(List.of("https://example.org/sparql", "?svc"), Federation.disallowedServices(q));
        assertFalse(Federation.disallowedServices(q).isEmpty());
    }
}
