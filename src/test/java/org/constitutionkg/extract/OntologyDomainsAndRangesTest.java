package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.validate.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever rule stated a fact, it is published only when the classes its subject and object end up with are in the
 * property's rdfs:domain and rdfs:range (shapes/domains-and-ranges.ttl, read from the ontology): a legislature is
 * signed by no one (ckg:signedBy is said of instruments), in the passive, with a pronoun, after a coordinated verb,
 * with a list of signers, and the fact is withheld with its source; the same sentences about a charter are published.
 * Invented names.
 */
class OntologyDomainsAndRangesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "Velm Council#It was signed by Ana Petrova in 1962.#false",
        "Velm Council#The Velm Council was signed by Ana Petrova in 1962.#false",
        "Velm Council#It met in Ytown and was signed by Ana Petrova in 1962.#false",
        "Velm Council#In 1962 it was signed by Ana Petrova and Ivo Kern.#false",
        "Velm Charter#It was signed by Ana Petrova in 1962.#true",
        "Velm Charter#The Velm Charter was signed by Ana Petrova in 1962.#true",
        "Velm Charter#It was drafted in Ytown and was signed by Ana Petrova in 1962.#true",
        "Velm Charter#In 1962 it was signed by Ana Petrova and Ivo Kern.#true",
    })
    void onlyAnInstrumentIsSigned(String title, String sentence, boolean published, @TempDir Path tmp)
            throws Exception {
        String kind = title.endsWith("Charter") ? "constitution" : "legislature";
        Files.writeString(tmp.resolve("01_case.txt"), "= " + title + " =\n\nThe " + title + " was the " + kind
                + " of Velmia. " + sentence + "\n");
        Publication.Result r = Publication.run(List.of(tmp), Pipeline.DEFAULT_BASE,
                ShapesValidator.standard(Pipeline.DEFAULT_BASE), p -> { }, (d, t) -> { }, v -> { });
        Set<String> facts = ExtractionCases.facts(r.dataset().getUnionModel().getGraph());
        String fact = title.replace(' ', '_') + " signedBy Ana_Petrova";
        assertEquals(published, facts.contains(fact), () -> fact + "\n" + String.join("\n", facts));
        assertEquals(published ? 0 : sentence.contains("Petrova and ") ? 2 : 1, r.withheldFacts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Meeting place: Ytown, Republic of Velmia#Ytown location Republic_of_Velmia",
        "Seat: Palace of Ora, Ytown#Palace_of_Ora location Ytown",
    })
    void aPlaceLiesInAPlaceOrAState(String field, String fact, @TempDir Path tmp) throws Exception {
        // ckg:location's range is a place or a polity: the state a town lies in is no violation
        Files.writeString(tmp.resolve("01_case.txt"), "= Velm Council =\n\nInfobox\n- " + field
                + "\n\nThe Velm Council was the legislature of the Republic of Velmia.\n");
        Publication.Result r = Publication.run(List.of(tmp), Pipeline.DEFAULT_BASE,
                ShapesValidator.standard(Pipeline.DEFAULT_BASE), p -> { }, (d, t) -> { }, v -> { });
        Set<String> facts = ExtractionCases.facts(r.dataset().getUnionModel().getGraph());
        assertTrue(facts.contains(fact), () -> fact + "\n" + String.join("\n", facts));
        assertEquals(0, r.withheldFacts());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The rules were written into the Velm Charter by the April Reform, which the Diet passed on 7 April 1989.#April_Reform",
        "The Diet passed the Martin Revision on 7 April 1989.#Martin_Revision",
        "The Martin Revision, adopted on 7 April 1989, changed the charter.#Martin_Revision",
    })
    void aNameWithAnInstrumentsDateIsNoPerson(String sentence, String name, @TempDir Path tmp) throws Exception {
        // a name that may be a person's but has a date only an instrument or an organ has ("adopted") is no person
        ExtractionCases.assertDoesNotState("Velm Charter", sentence, name + " rdf:type Person", tmp);
    }

    @Test
    void theWithheldFactKeepsItsLineAndItsReason(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("01_case.txt"),
                "= Velm Council =\n\nThe Velm Council was the legislature of Velmia.\n\nIt was signed by Ana Petrova.\n");
        StringBuilder printed = new StringBuilder();
        Publication.Result r = Publication.run(List.of(tmp), Pipeline.DEFAULT_BASE,
                ShapesValidator.standard(Pipeline.DEFAULT_BASE), p -> { }, (d, t) -> { },
                v -> v.entries().forEach(e -> printed.append(e.message()).append('\n')));
        assertEquals(1, r.withheldFacts());
        assertTrue(printed.toString().contains("rdfs:domain"), printed::toString);
    }
}
