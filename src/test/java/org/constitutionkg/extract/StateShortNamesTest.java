package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A state's short name and its one full name in an article are one state ("Ostmark" and "Republic of Ostmark",
 * "Velmia" and "Velmian People's Republic", by its adjective too), so an organ named with either ("Constituent Assembly
 * of Velmia" in the infobox, "the Constituent Assembly" of the article's Velmian People's Republic in the text) is one
 * organ. Two full names ("Republic of Velm", "Velm Soviet Republic": maybe successive states) join none. Invented names.
 */
class StateShortNamesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#Four republics, Ostmark, Lavonia, Pravin and Serel, signed it. It was kept in Tarnholm, the capital of the Republic of Ostmark.#Republic_of_Ostmark altLabel Ostmark",
        "true#Two republics – Ostmark and Lavonia – joined the union in 1923. The Republic of Ostmark left it in 1930.#Republic_of_Ostmark altLabel Ostmark",
        "true#The Norlandic Republic joined the union in 1923. Norland, a small republic, left it in 1930.#Norlandic_Republic altLabel Norland",
        "true#Three states – Velm, Ostmark and Lavonia – joined it. The Velmian Socialist Republic left it in 1930.#Velmian_Socialist_Republic altLabel Velm",
        // states that signed are no persons
        "false#Four republics, Ostmark, Lavonia, Pravin and Serel, signed it. It was kept in Tarnholm, the capital of the Republic of Ostmark.#Lavonia_(Person) rdf:type Person",
        "false#The Republic of Velm joined it in 1923; the Velm Soviet Republic left it in 1930. Velm was its smallest member.#Republic_of_Velm altLabel Velm",
        "false#The Republic of Velm joined it in 1923; the Velm Soviet Republic left it in 1930. Velm was its smallest member.#Velm_Soviet_Republic altLabel Velm",
    })
    void shortAndFullNames(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Union Treaty of Aldria", text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The People's Assembly of the Velmian People's Republic replaced the Constituent Assembly in 1947.#Constituent_Assembly_of_Velmia altLabel Constituent Assembly",
        "The Constituent Assembly was replaced by the People's Assembly of the Velmian People's Republic in 1947.#Constituent_Assembly_of_Velmia altLabel Constituent Assembly",
        "The People's Assembly of the Velmian People's Republic, which replaced the Constituent Assembly, met in Ytown.#Constituent_Assembly_of_Velmia altLabel Constituent Assembly",
    })
    void anOrganOfEither(String text, String fact, @TempDir Path tmp) throws Exception {
        java.nio.file.Path article = java.nio.file.Files.writeString(tmp.resolve("01_case.txt"),
                "= People's Assembly (Velmia) =\n\nPeople's Assembly of Velmia\n- Preceded By: Constituent Assembly of Velmia\n\n"
                + "The People's Assembly was the legislature of the Velmian People's Republic. " + text + "\n");
        java.util.Set<String> facts = ExtractionCases.facts(org.constitutionkg.Pipeline.build(java.util.List.of(article),
                org.constitutionkg.Pipeline.DEFAULT_BASE, p -> { }).dataset().getUnionModel().getGraph());
        org.junit.jupiter.api.Assertions.assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
        org.junit.jupiter.api.Assertions.assertTrue(facts.stream().noneMatch(f -> f.startsWith("Constituent_Assembly_of_the_Velmian")),
                () -> String.join("\n", facts));
    }
}
