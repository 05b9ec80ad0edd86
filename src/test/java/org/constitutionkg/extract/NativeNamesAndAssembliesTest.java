package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names and kinds from fresh audits (stop 41), with invented names: a native name with another after it in
 * parentheses is two names, the second (in Latin letters after another script) its romanisation; a name said after a
 * labelled foreign name with a verb of naming ("later called") is a name of its own; Korean, Japanese and the
 * romanisations of Chinese and Japanese get their languages; adjectives before "and" share the head after it in an
 * infobox value; a name whose head names an assembly and a treaty ("Convention") is the assembly when the infobox or
 * the lead says it is one.
 */
class NativeNamesAndAssembliesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Diet of Velm|維爾姆議會 (Velmu Gikai)|維爾姆議會|und|Velmu Gikai|und-Latn",
        "Council of Velm|벨름 평의회 (Belleum Pyeongui-hoe)|벨름 평의회|ko|Belleum Pyeongui-hoe|ko-Latn",
        "Senate of Velm|ヴェルム元老院 (Verumu Genrōin)|ヴェルム元老院|ja|Verumu Genrōin|ja-Latn",
        "Great Council of Velm|Велмский совет (Velmsky sovet)|Велмский совет|ru|Velmsky sovet|ru-Latn",
        "Assembly of Velm|Велмское собрание (Velm Assembly)|Велмское собрание|ru|Velm Assembly|en",
    })
    void aNativeNameAndOneInParenthesesAreTwoNames(String subject, String value, String first, String firstLang,
            String second, String secondLang, @TempDir Path tmp) throws Exception {
        Graph g = build(tmp, "= " + subject + " =\n\nInfobox\n- Native Name: " + value + "\n- Formed: 1890\n\nThe "
                + subject + " was a made-up body.\n");
        Node s = iri(subject);
        assertTrue(g.contains(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(first, firstLang)),
                () -> first + "@" + firstLang + " missing:\n" + turtle(g));
        assertTrue(g.contains(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(second, secondLang)),
                () -> second + "@" + secondLang + " missing:\n" + turtle(g));
        assertTrue(g.find(s, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
                .noneMatch(t -> t.getObject().getLiteralLexicalForm().contains("(")), () -> "a joined name:\n" + turtle(g));
    }

    /**
     * A labelled foreign name in the lead's parentheses: two spellings with a slash between them are two names, and
     * the name after a comma in another script is the same language's name in that script (stop 43).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Velm|Serbo-Croatian: Velmsko vijeće / Velmsko veće|Velmsko veće|sh",
        "Council of Velm|Serbo-Croatian: Velmsko vijeće / Velmsko veće|Velmsko vijeće|sh",
        "Diet of Velm|Serbo-Croatian: Velmski sabor, Велмски сабор|Велмски сабор|sh-Cyrl",
        "Senate of Velm|Serbo-Croatian: Velmski senat / Velmski senatski dom, Велмски сенат; abbreviated VS|Велмски сенат|sh-Cyrl",
        "Assembly of Velm|Serbian: Velmska skupština, Велмска скупштина|Велмска скупштина|sr-Cyrl",
    })
    void aLabelledNameInSpellingsAndScripts(String subject, String remark, String name, String lang, @TempDir Path tmp)
            throws Exception {
        Graph g = build(tmp, "= " + subject + " =\n\nThe " + subject + " (" + remark + ") was a made-up body.\n");
        Node s = iri(subject);
        assertTrue(g.contains(s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(name, lang)),
                () -> name + "@" + lang + " missing:\n" + turtle(g));
        assertTrue(g.find(s, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
                .noneMatch(t -> t.getObject().getLiteralLexicalForm().contains(" / ")), () -> "a joined name:\n" + turtle(g));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Velm|Velmsko vijeće / Велмско вијеће|Велмско вијеће",
        "Diet of Velm|Велмски сабор / Velmski sabor|Velmski sabor",
        "Senate of Velm|Velmski senat / Велмски сенат / Velmski Senat|Велмски сенат",
    })
    void aNativeNameInTwoScriptsIsTwoNames(String subject, String value, String other, @TempDir Path tmp)
            throws Exception {
        Graph g = build(tmp, "= " + subject + " =\n\nInfobox\n- Native Name: " + value + "\n\nThe " + subject
                + " was a made-up body.\n");
        List<String> names = g.find(iri(subject), SKOS.altLabel.asNode(), Node.ANY).mapWith(t -> t.getObject()
                .getLiteralLexicalForm()).toList();
        assertTrue(names.contains(other) && names.stream().noneMatch(n -> n.contains("/")), () -> names + "\n"
                + turtle(g));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Velm|Velmian: Velmska povelja, later called Stara povelja|Stara povelja",
        "Diet of Velm|Velmian: Velmski sabor, also known as Veliki sabor|Veliki sabor",
        "Council of Velm|Velmian: Velmsko vijeće, commonly called Vijeće|Vijeće",
        "Senate of Velm|Velmian: Velmski senat, since 1921 called Gornji dom|Gornji dom",
        "Diet of Velm|Velmian: Velmski sabor, known as Veliki sabor until 1918|Veliki sabor",
    })
    void aNameAfterALabelledNameAndAVerbOfNamingIsAnother(String subject, String aside, String other,
            @TempDir Path tmp) throws Exception {
        Graph g = build(tmp, "= " + subject + " =\n\nThe " + subject + " (" + aside + ") was a made-up body.\n");
        List<String> names = g.find(iri(subject), SKOS.altLabel.asNode(), Node.ANY).mapWith(t -> t.getObject()
                .getLiteralLexicalForm()).toList();
        assertTrue(names.contains(other) && names.stream().noneMatch(n -> n.contains(",")),
                () -> names + "\n" + turtle(g));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Zhōngguó Guóhuì|zh-Latn",
        "Mínguó Yuēfǎ|zh-Latn",
        "Teikoku Gikai-dō|ja-Latn",
        "Kōshitsu Tenpan|ja-Latn",
        "Saeimas Prezidijs Rīgā|lv",
        "Tautas Padomes Ķēniņš|lv",
        "Velma NSV Ülemnõukogu|et",
        "Velmischer Reichsrat der Länder|de",
        "Velmi Képviselőház|hu",
    })
    void romanisationsOfChineseAndJapaneseAreNotLatvian(String name, String lang) {
        assertTrue(Lexicon.get().languageOf(name).equals(lang), () -> name + ": " + Lexicon.get().languageOf(name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "General Constituent and Legislative Assembly",
        "Provisional and Legislative Council of Velm",
        "Federal and Constituent Assembly",
        "Executive and Administrative Council",
    })
    void adjectivesBeforeAndShareTheHeadAfterIt(String predecessor, @TempDir Path tmp) throws Exception {
        Graph g = build(tmp, "= Diet of Velm =\n\nInfobox\n- Predecessor: " + predecessor + "\n- Formed: 1890\n\n"
                + "The Diet of Velm was the legislature of the Kingdom of Velm.\n");
        assertTrue(g.contains(iri("Diet of Velm"), CKG.precededBy.asNode(), iri(predecessor)), () -> turtle(g));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Convention of Ytown|- Chairman: Ivo Brant // - Meeting Place: Ytown Hall|Velm was a country.|Legislature",
        "Convention of Ytown|- Members: 150 delegates // - Established: 1914|Velm was a country.|Legislature",
        "Convention of Ytown|- Body: Revolutionary Assembly of Velm // - Chairman: Ivo Brant|The Convention of Ytown was a meeting of the leaders of the factions of Velm, held in Ytown.|Session",
        "Grand Convention of Velm|- Formed: 1790|The Grand Convention of Velm was the assembly of the estates of Velm.|Legislature",
        "Convention of Ytown|- Signed: 4 May 1815 // - Parties: Velm, Ostria|The Convention of Ytown was a treaty between Velm and Ostria.|Treaty",
        "Convention of Ytown|- Signed: 4 May 1815|The Convention of Ytown was the outcome of a meeting of envoys of Velm and Ostria.|Treaty",
        "Convention of Ytown|- Body: Revolutionary Assembly of Velm // - Chairman: Ivo Brant|The Convention of Ytown was the series of sessions of the Revolutionary Assembly of Velm held in Ytown.|Session",
    })
    void aConventionIsTheAssemblyWhenTheInfoboxOrTheLeadSaysSo(String title, String fields, String lead, String cls,
            @TempDir Path tmp) throws Exception {
        Graph g = build(tmp, "= " + title + " =\n\nInfobox\n" + fields.replace(" // ", "\n") + "\n\n" + lead + "\n");
        assertTrue(g.contains(iri(title), RDF.type.asNode(), NodeFactory.createURI(CKG.NS + cls)), () -> turtle(g));
    }

    private static Graph build(Path tmp, String text) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_article.txt"), text);
        return Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
    }

    private static Node iri(String name) {
        return NodeFactory.createURI(Pipeline.DEFAULT_BASE + name.replace(' ', '_'));
    }

    private static String turtle(Graph g) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
