package org.constitutionkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ckg query}: catalog names and files, parameters, formats and exit codes. */
class QueryCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aCatalogQueryWithAParameterInEveryFormat() {
        CliRun csv = CliRun.of("query", "which-constitution-was-in-force-in-a-given-year", "--param", "year=1940",
                "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("constitution,label,jurisdiction,from,until\r\n"), csv.out());
        assertTrue(csv.out().contains("1936 Constitution of the Soviet Union"), csv.out());
        assertTrue(!csv.out().contains("1924 Constitution of the Soviet Union,"), csv.out());

        CliRun json = CliRun.of("query", "which-constitution-was-in-force-in-a-given-year", "--format", "json");
        assertEquals(0, json.code(), json.err());
        ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                json.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(rs.hasNext());
        assertTrue(json.out().contains("1924 Constitution of the Soviet Union"), "default year=1930");

        CliRun table = CliRun.of("query", "what-is-the-seat-composition-of-each-organ");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("| organ") && table.out().contains("1448"), table.out());
    }

    @Test
    void aQueryFileAskAndConstruct() throws Exception {
        Path ask = tmp.resolve("ask.rq");
        Files.writeString(ask, "# is there a constitution?\nASK { ?c a <https://w3id.org/constitution-kg/ontology#"
                + "Constitution> }\n");
        CliRun r = CliRun.of("query", ask.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("yes", r.out().strip());
        Path construct = tmp.resolve("c.rq");
        Files.writeString(construct, "CONSTRUCT { ?c a <urn:x:C> } WHERE { ?c a "
                + "<https://w3id.org/constitution-kg/ontology#Constitution> }");
        CliRun nt = CliRun.of("query", construct.toString(), "--format", "csv");
        assertEquals(0, nt.code(), nt.err());
        assertTrue(nt.out().contains("<urn:x:C> ."), nt.out());
    }

    @Test
    void exitCodes() throws Exception {
        assertEquals(Main.USAGE, CliRun.of("query").code());
        assertEquals(Main.USAGE, CliRun.of("query", "no-such-query").code());
        assertEquals(Main.USAGE, CliRun.of("query", "source-of-a-fact", "--format", "xml").code());
        assertEquals(Main.USAGE, CliRun.of("query", "which-constitution-was-in-force-in-a-given-year", "--param",
                "yaer=1930").code());
        assertEquals(Main.USAGE, CliRun.of("query", "source-of-a-fact", "--param", "novalue").code());
        assertEquals(Main.USAGE, CliRun.of("query", tmp.resolve("missing.rq").toString()).code());
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "SELECT ?x WHERE { ?x ?y }");
        CliRun parse = CliRun.of("query", bad.toString());
        assertEquals(Main.FAILED, parse.code());
        assertTrue(parse.err().contains("parse error") && parse.err().contains("line 1"), parse.err());
        Path service = tmp.resolve("service.rq");
        Files.writeString(service, "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }");
        CliRun refused = CliRun.of("query", service.toString());
        assertEquals(Main.FAILED, refused.code());
        assertTrue(refused.err().contains("SERVICE not allowed"), refused.err());
        CliRun list = CliRun.of("query", "--list");
        assertEquals(0, list.code());
        assertTrue(list.out().contains("succession-chain-of-the-supreme-organ"));
        CliRun help = CliRun.of("query", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--param"));
    }
}
