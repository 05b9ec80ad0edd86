package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name is a label of a thing once, in whichever language it was first given: an English name with one letter of
 * another language ("Council of the Länder") is no second, German label beside the English one; a Cyrillic name the
 * infobox tags by its script and a lead tags by a language the data does not know ("Ostrelian:") is one label, not
 * two. Names that differ only in case count as one. Invented articles ("/" separates lines).
 */
class OneNameOnceTest {

    @ParameterizedTest(name = "{1}: {2} x{3}")
    @CsvSource(delimiter = '|', value = {
        "Grand Diet of Xland|Infobox/- Succeeded By: Council of the Länder/The Grand Diet of Xland was the legislature of Xland.|Council of the Länder|1",
        "Grand Diet of Xland|Infobox/- Succeeded By: Assembly of the Gaue/The Grand Diet of Xland was the legislature of Xland. It was succeeded by the Assembly of the Gaue.|Assembly of the Gaue|1",
        "Council of Ministers of Norland|Infobox/- Agency Name: Council of Ministers of Norland, Совет министров Норландии/The Council of Ministers of Norland (Ostrelian: Совет министров Норландии) was the government of Norland.|Совет министров Норландии|1",
        "Council of Ministers of Norland|The Council of Ministers of Norland (Ostrelian: Совет министров Норландии; Russian: Совет министров Норландии) was the government of Norland.|Совет министров Норландии|1",
        "Council of Ministers of Norland|Infobox/- Native Name: Rada Ministrů Norlandu/The Council of Ministers of Norland (Czech: Rada ministrů Norlandu) was the government of Norland.|Rada ministrů Norlandu|1",
        // two different names of one thing are both kept
        "Council of Ministers of Norland|The Council of Ministers of Norland (Ostrelian: Совет министров Норландии, Sovet ministrov Norlandii) was the government of Norland.|Sovet ministrov Norlandii|1",
        "Council of Ministers of Norland|The Council of Ministers of Norland (Ostrelian: Совет министров Норландии, Sovet ministrov Norlandii) was the government of Norland.|Совет министров Норландии|1",
    })
    void aNameIsALabelOnce(String title, String text, String name, int times, @TempDir Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= " + title + " =\n\n"
                + String.join("\n\n", List.of(text.split("/"))).replace("\n\n- ", "\n- ") + "\n");
        Graph g = Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel()
                .getGraph();
        List<String> labels = new ArrayList<>();
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            g.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                if (t.getObject().getLiteralLexicalForm().equalsIgnoreCase(name)) {
                    labels.add(t.getSubject().getLocalName() + " " + t.getObject());
                }
            });
        }
        assertEquals(times, labels.size(), () -> name + " labelled " + labels);
    }
}
