package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One article says a body of 1801–1850 was "also known as the Council of Elders"; another article names a Council of
 * Elders. Dated a generation or more away from that lifetime, it is another body of the same name; dated within it,
 * or not dated, it is the same body (invented articles).
 */
class SameNameAcrossTimeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 1995 the Council of Elders was elected for the first time.|false",
        "The Council of Elders, which first met in 1990, had forty members.|false",
        "A new chamber, the Council of Elders, was created by the reform of 1960.|false",
        "In 1702 the king consulted the Council of Elders.|false",
        "The Council of Elders was abolished in 1850.|true",
        "In 1838 a riot broke out in front of the Council of Elders.|true",
        "It was modelled on the Council of Elders.|true",
        "The Council of Elders of 1820 and the senate of 1990 had little in common.|true",
    })
    void aNameInASentenceDatedFarFromABodysLifetimeIsAnotherBody(String sentence, boolean same, @TempDir Path tmp)
            throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "= Assembly of Notables =\n\nThe Assembly of Notables was the "
                + "legislature of Xland from 1801 to 1850. It was also known as the Council of Elders.\n");
        Files.writeString(tmp.resolve("b.txt"), "= Charter of Yland =\n\nThe Charter of Yland was a made-up law. "
                + sentence + "\n");
        Graph g = Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        Node other = NodeFactory.createURI(Pipeline.DEFAULT_BASE + "Council_of_Elders");
        assertEquals(!same, g.contains(other, RDFS.label.asNode(), Node.ANY), "a Council of Elders of its own");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The 1919 Constituent Assembly of Xland election was free.|false",
        "In its first weeks the 1920 Constituent Assembly of Xland met daily.|false",
        "The 1946 Constituent Assembly of Xland met in Ytown.|true",
        "A 1901 Constituent Assembly of Xland had failed.|true",
    })
    void aYearBeforeTheSubjectsNameIsTheSubjectOnlyWithinItsLifetime(String sentence, boolean another,
            @TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "= Constituent Assembly of Xland =\n\nInfobox\n- Established: 1919\n"
                + "- Disbanded: 1920\n\nThe Constituent Assembly of Xland was a made-up body. " + sentence + "\n");
        Graph g = Pipeline.build(List.of(tmp), Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph();
        String year = sentence.replaceAll(".*?(\\d{4}).*", "$1");
        Node dated = NodeFactory.createURI(Pipeline.DEFAULT_BASE + year + "_Constituent_Assembly_of_Xland");
        assertEquals(another, g.contains(dated, RDFS.label.asNode(), Node.ANY), "another assembly of " + year);
    }
}
