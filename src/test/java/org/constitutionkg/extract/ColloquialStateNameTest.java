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
import org.constitutionkg.Pipeline;
import org.constitutionkg.vocab.CKG;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two names of one constitution that differ only in the state name one state in two ways when one of them is
 * colloquial: a state noun as a modifier ("Socialist Xland", "Soviet Yland") is no formal name, one as the head
 * ("... Republic", "Union of ...") is. Two formal names may be successive states and stay apart (invented articles).
 */
class ColloquialStateNameTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', value = {
        "1920 Constitution of Soviet Xland|Constitution of the Xland Socialist Federative Soviet Republic|1",
        "Constitution of East Yland|Constitution of the Yland Democratic Republic|1",
        "1931 Constitution of Socialist Zland|Constitution of the Union of Zland Socialist Republics|1",
        "Constitution of Red Wland|Constitution of the People's Republic of Wland|1",
        "Constitution of the Xland Soviet Republic|Constitution of the Xland Federation|2",
    })
    void aColloquialAndAFormalNameOfOneSubjectNameOneState(String title, String longTitle, int states,
            @TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("01.txt"), "= " + title + " =\n\nInfobox\n- Long Title: " + longTitle
                + "\n\nThe " + longTitle + " was a made-up law.\n");
        Graph g = Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        Node subject = NodeFactory.createURI(Pipeline.DEFAULT_BASE + title.replace(' ', '_'));
        Set<Node> jurisdictions = new TreeSet<>(java.util.Comparator.comparing(Node::toString));
        g.find(subject, CKG.jurisdiction.asNode(), Node.ANY).mapWith(Triple::getObject).forEachRemaining(jurisdictions::add);
        assertEquals(states, jurisdictions.size(), () -> "jurisdictions: " + jurisdictions);
    }
}
