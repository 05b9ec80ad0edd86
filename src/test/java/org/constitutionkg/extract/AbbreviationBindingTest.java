package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An abbreviation binds to the phrase it spells, not to the nearest name before it: a lead of the shape "The Council of
 * the Republic of X (RX) was ..." must not make the republic's abbreviation a name of the council (invented leads).
 */
class AbbreviationBindingTest {

    @ParameterizedTest(name = "{0} ({1}) names {2}")
    @CsvSource(delimiter = '|', value = {
        // the abbreviation spells the state at the end of the subject's name
        "Executive Council of the Federal Republic of Xland|FRX|Federal Republic of Xland",
        "Supreme Court of the Union of Ylandic Republics|UYR|Union of Ylandic Republics",
        "State Council of the People's Republic of Zland|PRZ|People's Republic of Zland",
        "Ministry of Roads of the Free State of Wland|FSW|Free State of Wland",
        // it spells the whole name: the subject's own
        "National Council of Vland|NCV|National Council of Vland",
        "Grand Assembly of the Kingdom of Uland|GAKU|Grand Assembly of the Kingdom of Uland",
        // written with the small letters of its small words ("CoM": Council of Ministers)
        "Council of Ministers|CoM|Council of Ministers",
        "Chamber of Deputies|CoD|Chamber of Deputies",
        "Executive Council of the Union of Tland|UoT|Union of Tland",
        "House of Elders|HoE|House of Elders",
    })
    void anAbbreviationNamesThePhraseItSpells(String subject, String abbreviation, String named, @TempDir Path tmp)
            throws Exception {
        Path article = Files.writeString(tmp.resolve("01_article.txt"), "= " + subject + " =\n\nThe " + subject
                + " (" + abbreviation + ") was a made-up body that met in the capital from 1950 to 1990.\n");
        Graph g = Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel()
                .getGraph();
        Node iri = NodeFactory.createURI(Pipeline.DEFAULT_BASE + named.replace(' ', '_'));
        assertTrue(g.contains(iri, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(abbreviation, "en")),
                () -> abbreviation + " is not a name of " + named + ":\n" + turtle(g));
        if (!named.equals(subject)) {
            Node s = NodeFactory.createURI(Pipeline.DEFAULT_BASE + subject.replace(' ', '_'));
            assertTrue(!g.contains(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(abbreviation, "en")),
                    () -> abbreviation + " is also a name of " + subject + ":\n" + turtle(g));
        }
    }

    @ParameterizedTest(name = "({1}, {3})")
    @CsvSource(delimiter = '|', value = {
        "Provincial Assembly of Xland|Adunarea Națională a Provinciilor|ro|ANP",
        "People's Assembly of Yland|Zgromadzenie Ludowe Łąk|pl|ZLŁ",
        "National Council of Zland|Národná rada Ľudu Zlandu|sk|NRĽ",
        "People's Assembly of Wland|Народное собрание Вланда|ru|НСВ",
    })
    void aForeignNameAndItsAbbreviationAreTwoNames(String subject, String foreign, String lang, String abbreviation,
            @TempDir Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_article.txt"), "= " + subject + " =\n\nThe " + subject
                + " (" + foreign + ", " + abbreviation + ") was a made-up body.\n");
        Graph g = Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel()
                .getGraph();
        Node s = NodeFactory.createURI(Pipeline.DEFAULT_BASE + subject.replace(' ', '_'));
        assertTrue(g.contains(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(foreign, lang)),
                () -> foreign + "@" + lang + " is not a name of " + subject + ":\n" + turtle(g));
        assertTrue(!g.find(s, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
                .anyMatch(t -> t.getObject().getLiteralLexicalForm().contains(",")), () -> "a joined name:\n" + turtle(g));
    }

    private static String turtle(Graph g) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
