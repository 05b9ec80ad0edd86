package org.constitutionkg.extract;

import java.nio.file.*;
import java.util.*;
import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.Test;

class ZzScratchTest {
    @Test
    void run() throws Exception {
        try (var s = Files.list(Path.of("/tmp/ckg-golden-scratch"))) {
            for (Path p : s.sorted().toList()) {
                var r = Pipeline.build(List.of(p), GoldenExtractionTest.BASE, x -> System.out.println("PROBLEM " + x));
                System.out.println("######## " + p.getFileName() + "\n" + Files.readString(p).lines().skip(4).reduce("", (a, b) -> a + b + "\n"));
                GoldenExtractionTest.ntriplesForDebug(GoldenExtractionTest.articleGraphs(r.dataset()))
                    .stream().filter(l -> !l.contains("rdf-schema#label") && !l.contains("22-rdf-syntax-ns#type"))
                    .forEach(l -> System.out.println("  " + l.replace("https://w3id.org/constitution-kg/", "")));
            }
        }
    }
}
