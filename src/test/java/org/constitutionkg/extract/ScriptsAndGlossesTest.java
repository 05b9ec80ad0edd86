package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Pipeline;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Foreign names in scripts of their own (stop 49, A206, A208, A209, A212), invented: a name in a script of one language
 * is tagged with it (Hebrew, Georgian, Greek), an Arabic-script name by the letters only one language writes (Pashto)
 * or undetermined (Persian writes no letter Urdu does not); a Georgian name, whose letters Unicode calls lower case, is a name all the same; a caption
 * "English name, name in a script without capitals" is two names; a literal translation after a name, with "or" and
 * a second gloss, is no part of it.
 */
class ScriptsAndGlossesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "הַמּוֹעֵצָה הַגְּדוֹלָה#he",
        "დიდი საბჭო#ka",
        "Μεγάλη Βουλή#el",
        "شورای بزرگ ولمار#und",
        "د ولمار لويه ټولنه#ps",
        "المجلس الكبير#und",
    })
    void nativeNameTaggedByItsScript(String nativeName, String tag, @TempDir Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), ExtractionCases.lines("= Grand Council of Velmar "
                + "= // Infobox // - Native Name: " + nativeName + " // // The Grand Council of Velmar was the "
                + "legislature of Velmar from 1919 to 1921.\n"));
        Graph g = Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        List<String> tags = g.find(Node.ANY, SKOS.altLabel.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(o -> o.isLiteral() && o.getLiteralLexicalForm().equals(nativeName))
                .map(Node::getLiteralLanguage).toList();
        assertEquals(List.of(tag), tags);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Grand Council of Velmar, הַמּוֹעֵצָה הַגְּדוֹלָה#Grand_Council_of_Velmar altLabel הַמּוֹעֵצָה הַגְּדוֹלָה#true",
        "Grand Council of Velmar, הַמּוֹעֵצָה הַגְּדוֹלָה#Grand_Council_of_Velmar altLabel Grand Council of Velmar הַמּוֹעֵצָה הַגְּדוֹלָה#false",
        "Grand Council of Velmar, დიდი საბჭო#Grand_Council_of_Velmar altLabel დიდი საბჭო#true",
        "Grand Council of Velmar, شورای بزرگ ولمار#Grand_Council_of_Velmar altLabel شورای بزرگ ولمار#true",
    })
    void captionOfTwoScripts(String caption, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Grand Council of Velmar = // " + caption
                + " // - Formed: 1919 // // The Grand Council of Velmar was the legislature of Velmar.\n"), fact, holds,
                tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "(Hebrew: הַמּוֹעֵצָה, lit. 'the council' or 'assembly')#Grand_Council_of_Velmar altLabel הַמּוֹעֵצָה#true",
        "(Hebrew: הַמּוֹעֵצָה, lit. 'the council' or 'assembly')#Grand_Council_of_Velmar altLabel הַמּוֹעֵצָה or 'assembly'#false",
        "(Velmish: Velika rada, literally \"great council\" or \"high council\")#Grand_Council_of_Velmar altLabel Velika rada#true",
        "(Velmish: Velika rada, lit. 'great council', 'high council')#Grand_Council_of_Velmar altLabel Velika rada#true",
        "(Georgian: დიდი საბჭო, lit. 'great council')#Grand_Council_of_Velmar altLabel დიდი საბჭო#true",
        "(Arabic: المجلس الكبير, al-Majlis al-Kabīr)#Grand_Council_of_Velmar altLabel al-Majlis al-Kabīr#true",
        "(Arabic: المجلس الكبير, al-Majlis al-Kabīr)#Grand_Council_of_Velmar altLabel المجلس الكبير#true",
        "(Arabic: المجلس الكبير, al-Majlisʿ al-Kabīr)#Grand_Council_of_Velmar altLabel المجلس الكبير, al-Majlisʿ al-Kabīr#false",
        "(Velmish: Velika rada; Jawi: )#Grand_Council_of_Velmar altLabel Jawi#false",
        "(Jawi: ; Velmish: Velika rada)#Grand_Council_of_Velmar altLabel Velika rada#true",
    })
    void literalGlosses(String remark, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Grand Council of Velmar", "The Grand Council of Velmar " + remark
                + " was the legislature of Velmar from 1919 to 1921.", fact, holds, tmp);
    }
}
