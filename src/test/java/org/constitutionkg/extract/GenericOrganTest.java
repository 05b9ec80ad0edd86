package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name every state's organ may have ("Senate", "Chamber of Deputies") is one thing only within one state: two
 * articles about two states' assemblies get two senates, each told apart by its article (invented articles).
 */
class GenericOrganTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Senate|Chamber of Deputies",
        "Upper House|Lower House",
        "Federal Council|National Assembly",
        "Senate|House of Representatives",
    })
    void twoStatesChambersOfOneNameAreTwoThings(String upper, String lower, @TempDir Path tmp) throws Exception {
        for (String state : List.of("Yland", "Zland")) {
            Files.writeString(tmp.resolve("0" + state.charAt(0) + ".txt"), "= Grand Diet of " + state + " =\n\nInfobox\n"
                    + "- Houses: " + upper + ", " + lower + "\n\nThe Grand Diet of " + state + " was a made-up body.\n");
        }
        Graph g = Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        Set<String> chambers = new TreeSet<>();
        g.find(Node.ANY, CKG.hasPart.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(c ->
                g.find(c, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> chambers.add(
                        t.getObject().getLiteralLexicalForm())));
        assertEquals(Set.of(upper + " (Grand Diet of Yland)", upper + " (Grand Diet of Zland)",
                lower + " (Grand Diet of Yland)", lower + " (Grand Diet of Zland)"), chambers);
        for (String state : List.of("Yland", "Zland")) {
            Node diet = NodeFactory.createURI(Pipeline.DEFAULT_BASE + "Grand_Diet_of_" + state);
            assertEquals(2, g.find(diet, CKG.hasPart.asNode(), Node.ANY).toList().size(), state);
        }
    }

    /** A body named as many states name theirs ("People's Assembly") in prose: each state's own, by the article's state. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "People's Assembly|It was adopted by the People's Assembly in 1950.",
        "Constituent Assembly|The Constituent Assembly adopted it in 1950.",
        "Provisional Government|It was issued by the Provisional Government in 1950.",
        "Supreme Council|The charter, which the Supreme Council approved in 1950, had ten chapters.",
        // councils every city republic or colony had (generic-names.txt)
        "Great Council|It was adopted by the Great Council in 1950.",
        "Legislative Council|The Legislative Council adopted it in 1950.",
        "Minor Council|The charter, which the Minor Council approved in 1950, had ten chapters.",
        "Executive Council|It was approved by the Executive Council in 1950.",
    })
    void twoStatesBodiesOfOneNameAreTwoThings(String body, String sentence, @TempDir Path tmp) throws Exception {
        for (String state : List.of("Yland", "Zland")) {
            Files.writeString(tmp.resolve("0" + state.charAt(0) + ".txt"), "= Charter of " + state + " =\n\nThe Charter of "
                    + state + " was the constitution of the Republic of " + state + ". " + sentence + "\n");
        }
        Graph g = Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        Set<Node> adopters = new java.util.HashSet<>();
        g.find(Node.ANY, CKG.adoptedBy.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(adopters::add);
        assertEquals(2, adopters.size(), () -> body + ": " + adopters);
    }

    /** A name every state's organ may have after its state's adjective is that state's organ of the name. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Central Executive Committee of the Korvan Soviet Republic|The Central Executive Committee of the Korvan Soviet Republic was the highest organ of the Korvan Soviet Republic. The Korvan Central Executive Committee was chaired by Ilya Marchenko.|Central_Executive_Committee_of_the_Korvan_Soviet_Republic chair Ilya_Marchenko",
        "Central Executive Committee of the Korvan Soviet Republic|The Central Executive Committee of the Korvan Soviet Republic was the highest organ of the Korvan Soviet Republic. Ilya Marchenko chaired the Korvan Central Executive Committee.|Central_Executive_Committee_of_the_Korvan_Soviet_Republic chair Ilya_Marchenko",
        "Central Executive Committee of the Korvan Soviet Republic|The Central Executive Committee of the Korvan Soviet Republic was the highest organ of the Korvan Soviet Republic. It was elected by the Fifth Korvan Congress of Soviets, which met in Rivnograd.|Fifth_Korvan_Congress_of_Soviets location Rivnograd",
        "Central Executive Committee of the Korvan Soviet Republic|The Central Executive Committee of the Korvan Soviet Republic was the highest organ of the Korvan Soviet Republic. It was elected by the Fifth Korvan Congress of Soviets. The Fifth Congress of Soviets met in Rivnograd.|Fifth_Korvan_Congress_of_Soviets location Rivnograd",
        "Council of Ministers of Serbia|The Council of Ministers of Serbia was the government of Serbia. The Serbian Council of Ministers, which was headed by Ivo Marek, met weekly.|Council_of_Ministers_of_Serbia chair Ivo_Marek",
    })
    void anOrganByItsStatesAdjectiveIsThatStatesOrgan(String title, String text, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, text, expected, tmp);
    }

    /**
     * "the Cabinet" in an article on a state's constitution is that state's cabinet, as "the Senate" is: a generic organ
     * name keyed by the article's state, not a bare head that names nothing. Invented sentences: an adjective's
     * clause, a relative clause, a second sentence, a passive.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Cabinet was accountable to the National Assembly.|Cabinet_of_Pakistan accountableTo National_Assembly_of_Pakistan",
        "The Cabinet, which was headed by the Prime Minister, was responsible to the National Assembly.|Cabinet_of_Pakistan accountableTo National_Assembly_of_Pakistan",
        "The National Assembly could dismiss the Cabinet. The Cabinet was answerable to it.|Cabinet_of_Pakistan accountableTo National_Assembly_of_Pakistan",
        "The Cabinet was elected by the National Assembly.|Cabinet_of_Pakistan electedBy National_Assembly_of_Pakistan",
    })
    void aBareCabinetIsTheStatesCabinet(String text, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("1962 Constitution of Pakistan", "The 1962 Constitution of Pakistan was a made-up basic law of "
                + "Pakistan. " + text, expected, true, tmp);
    }
}
