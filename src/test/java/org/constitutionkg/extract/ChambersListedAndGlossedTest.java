package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The chambers of a body wherever the text lists them: after a plain verb the tagger took for a noun ("The Estates
 * General consist of A and B"), after a place ("a Diet at Ytown, made up of A and B"), after "the two houses of the new
 * X", after a colon that closes a lead-in ("kept the two chambers of the diet:", "X, a parliament of two chambers:",
 * "a Landtag of two chambers, which met in Y:") with items that open as sentences ("- The Upper Chamber was ...");
 * a name glossed after ", or" is another name of it (not two alternatives, nor a list's last item); bodies named
 * "Legislative Body", "Representative Body" and "Executive Body" have their class. Invented names throughout.
 */
class ChambersListedAndGlossedTest {

    /** Whether the facts say that {@code part} is a part of {@code whole}, in either direction. */
    private static boolean partOf(Set<String> facts, String whole, String part) {
        return facts.contains(whole + " hasPart " + part) || facts.contains(part + " partOf " + whole);
    }

    @ParameterizedTest(name = "{0} -> {1} has {2}: {3}")
    @CsvSource(delimiter = '#', value = {
        // a plain form after a name, before the frame's own preposition
        "The Estates General of Velmar consist of the Senate and the House of Burghers.#Estates_General_of_Velmar#House_of_Burghers#true",
        "The Ostmark Landtag consists of the Chamber of Lords and the Chamber of Towns.#Ostmark_Landtag#Chamber_of_Towns#true",
        "The Estates General of Velmar consist of the Senate and the House of Burghers.#Estates_General_of_Velmar#Senate#true",
        // a place between the name and its participle
        "The charter provided for a Federal Diet at Ostheim, made up of a College of Electors and a College of Cities.#Federal_Diet#College_of_Cities#true",
        "The charter provided for a Federal Diet in Ostheim, consisting of the Upper Chamber and the Lower Chamber.#Federal_Diet#Lower_Chamber#true",
        "The charter provided for a Federal Diet (Bundestag) at Ostheim, made up of a College of Electors and a College of Cities.#Federal_Diet#College_of_Electors#true",
        // ... not of the place itself
        "The charter provided for a Federal Diet at Ostheim, made up of a College of Electors and a College of Cities.#Ostheim#College_of_Cities#false",
        // "the two houses of the new X, A and B"
        "Its powers passed to the two houses of the new Norland Parliament, the Chamber of Envoys and the Senate.#Norland_Parliament#Chamber_of_Envoys#true",
        "Its powers passed to the two chambers of the bicameral Norland Parliament, the Chamber of Envoys and the Senate.#Norland_Parliament#Chamber_of_Envoys#true",
        "The two houses of the reformed Norland Parliament, the Chamber of Envoys and the Senate, were elected in 1852.#Norland_Parliament#Chamber_of_Envoys#true",
        "The Chamber of Envoys was one of the two houses of the new Norland Parliament.#Norland_Parliament#Chamber_of_Envoys#true",
    })
    void partsInProse(String sentence, String whole, String part, boolean holds, @TempDir Path tmp)
            throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Charter", sentence, tmp);
        assertEquals(holds, partOf(facts, whole, part), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0} -> {1} has {2}: {3}")
    @CsvSource(delimiter = '#', value = {
        "The law kept the two chambers of the Estates of Norland:#- the Chamber of Lords, in which the nobles sat;#Estates_of_Norland#Chamber_of_Lords#true",
        "The law kept the two chambers of the Estates of Norland:#- The Chamber of Towns was elected by the towns.#Estates_of_Norland#Chamber_of_Towns#true",
        "Legislative power lay with the King and the Ostmark Landtag, a parliament of two chambers:#- The Chamber of Magnates (Magnatenkammer) was made up of princes.#Ostmark_Landtag#Chamber_of_Magnates#true",
        "The charter replaced the old estates with a Landtag of two chambers, which met in Ytown:#- the Chamber of Lords, whose members were named by the King;#Landtag_of_Velmar#Chamber_of_Lords#true",
        "The Velm Assembly had two houses:#- The House of Elders had 40 members.#Velm_Assembly#House_of_Elders_of_Velmar#true",
        // a lead-in of no parts: the item's body is no part of anything the lead-in names
        "The Ostmark Landtag met in two buildings of the capital:#- The Chamber of Magnates was made up of princes.#Ostmark_Landtag#Chamber_of_Magnates#false",
    })
    void partsListedAfterALeadIn(String leadIn, String item, String whole, String part, boolean holds,
            @TempDir Path tmp) throws Exception {
        String text = "The Velm Charter was the constitution of Velmar from 1850 to 1900.\n\n== Chambers ==\n" + leadIn
                + "\n" + item + "\n";
        Set<String> facts = ExtractionCases.articleFacts("Velm Charter", text, tmp);
        assertEquals(holds, partOf(facts, whole, part), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The First Chamber, or Chamber of Lords (Oberkammer), was made up of princes.#Chamber_of_Lords altLabel First Chamber#true",
        "The Chamber of Magnates, or First Chamber, was appointed by the King.#Chamber_of_Magnates altLabel First Chamber#true",
        "Bills were first read in the Grand Diet, or Estates of Velmar, which met in Ytown.#Grand_Diet altLabel Estates of Velmar#true",
        "In 1852 the King dissolved the Grand Diet, or Estates of Velmar, and called new elections.#Grand_Diet altLabel Estates of Velmar#true",
        // two things of two kinds, a list's last item, alternatives: no other name
        "Bills could be vetoed by the Senate of Velmar, or the Council of State, in 1901.#Senate_of_Velmar altLabel Council of State#false",
        "Bills went to the Senate of Velmar, the Grand Diet, or the Chamber of Lords.#Grand_Diet altLabel Chamber of Lords#false",
        "Bills went to either the Grand Diet, or the Chamber of Lords, for a second reading.#Grand_Diet altLabel Chamber of Lords#false",
        // two of one class, persons of no class, a list's "and": alternatives, no other names
        "A law could be annulled by the Constitutional Court of Velmar, or the Supreme Court of Velmar, until 1920.#Constitutional_Court_of_Velmar altLabel Supreme Court of Velmar#false",
        "It was signed by Ivo Marek, or Ana Holm, his deputy, in 1921.#Ivo_Marek altLabel Ana Holm#false",
        "Bills went to the Senate of Velmar and the Grand Diet, or the Chamber of Lords, for a reading.#Grand_Diet altLabel Chamber of Lords#false",
    })
    void glossAfterOr(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Charter", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "The charter vested legislative power in a Representative Body of 90 members.#Representative_Body rdf:type Legislature",
        "The Legislative Body of Velmar met in Ytown.#Legislative_Body_of_Velmar rdf:type Legislature",
        "The Executive Body of Velmar was elected by the Grand Diet in 1851.#Executive_Body_of_Velmar rdf:type ExecutiveBody",
        "A Legislative Body (Wetgevend Lichaam) of 120 deputies voted on the laws.#Legislative_Body rdf:type Legislature",
    })
    void bodiesNamedByTheirFunction(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Charter", sentence, fact, true, tmp);
    }
}
