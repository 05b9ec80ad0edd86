package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A foreign name labelled with its language (language-names.tsv, the world's languages, a label with an apostrophe
 * too) is a name in that language; a translation after it is no name when it is of a word ("committee") or said to be
 * literal ("lit. 'Basic Law'"). Invented names in invented parentheses.
 */
class ForeignNameGlossTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Vardo (Ge'ez: ቫርዶ, \"committee\") was a made-up ruling council of Zemlia from 1974 to 1987.|ቫርዶ|gez|committee",
        "The Vardo (Amharic: ቫርዶ, \"council\") was a made-up ruling council of Zemlia from 1974 to 1987.|ቫርዶ|am|council",
        "The Vardo (Swahili: Baraza la Vardo, lit. 'Council of Vardo') was a made-up ruling council from 1974 to 1987.|Baraza la Vardo|sw|Council of Vardo",
        "The Vardo (Ottoman Turkish: Vardo Meclisi, literally \"the Vardo Assembly\") was a made-up ruling council from 1874 to 1887.|Vardo Meclisi|ota|the Vardo Assembly",
        "The Vardo (Burmese: ဗာဒို, \"assembly\"), a made-up ruling council, ruled from 1974 to 1987.|ဗာဒို|my|assembly",
    })
    void theNameInItsLanguageAndNoGloss(String lead, String name, String tag, String gloss, @TempDir Path tmp)
            throws Exception {
        Path a = java.nio.file.Files.writeString(tmp.resolve("01_case.txt"), "= Vardo =\n\n" + lead + "\n");
        org.apache.jena.graph.Graph g = org.constitutionkg.Pipeline.build(java.util.List.of(a),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        Set<String> facts = ExtractionCases.facts(g);
        // (the name in its language: the literal's tag)
        assertTrue(g.find(null, org.apache.jena.vocabulary.SKOS.altLabel.asNode(), null).toList().stream()
                .anyMatch(x -> x.getObject().isLiteral() && x.getObject().getLiteralLexicalForm().equals(name)
                        && x.getObject().getLiteralLanguage().equalsIgnoreCase(tag)), name + "@" + tag);
        String text = String.join("\n", facts);
        String alt = " altLabel ";
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Vardo") && f.contains(alt + name)
                && !f.contains(",")), text);
        assertFalse(facts.stream().anyMatch(f -> f.contains(alt) && (f.contains(gloss) || f.contains(":"))), text);
    }
}
