package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article on one numbered sitting of a body, its number after the body's name ("Grand Diet of Velmia (3rd
 * convocation)", "Grand Diet of Velmia, Third Convocation", "... of the 3rd convocation") or before it ("Third
 * Convocation of the Grand Diet of Velmia"): a session of that body with its ordinal, however the number is put, and
 * one resource across articles; its sittings and its neighbours in the text are named in full after it. Invented
 * names; " // " separates lines.
 */
class ConvocationArticlesTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Grand Diet of Velmia (3rd convocation)#Grand_Diet_of_Velmia_(3rd_convocation) rdf:type Session#true",
        "Grand Diet of Velmia (3rd convocation)#Grand_Diet_of_Velmia_(3rd_convocation) sessionOf Grand_Diet_of_Velmia#true",
        "Grand Diet of Velmia (3rd convocation)#Grand_Diet_of_Velmia_(3rd_convocation) ordinal 3#true",
        "Grand Diet of Velmia, Third Convocation#Grand_Diet_of_Velmia_Third_Convocation sessionOf Grand_Diet_of_Velmia#true",
        "Grand Diet of Velmia, Third Convocation#Grand_Diet_of_Velmia_Third_Convocation ordinal 3#true",
        "National Khural of Dornia (Second Session)#National_Khural_of_Dornia_(Second_Session) sessionOf National_Khural_of_Dornia#true",
        "Third Convocation of the Grand Diet of Velmia#Third_Convocation_of_the_Grand_Diet_of_Velmia sessionOf Grand_Diet_of_Velmia#true",
        "Supreme Soviet of Korvania (1st convocation)#Supreme_Soviet_of_Korvania_(1st_convocation) sessionOf Supreme_Soviet_of_Korvania#true",
        // the body is not the sitting: neither its class nor its other name
        "Grand Diet of Velmia (3rd convocation)#Grand_Diet_of_Velmia_(3rd_convocation) rdf:type Legislature#false",
        "Grand Diet of Velmia (3rd convocation)#Grand_Diet_of_Velmia_(3rd_convocation) altLabel Grand Diet of Velmia#false",
        // a presidium sits in no convocation of its own ("of the 3rd convocation" is whose it is)
        "Presidium of the Grand Diet of the 3rd convocation#Presidium_of_the_Grand_Diet_of_the_3rd_convocation rdf:type Session#false",
        // a qualifier that is no sitting's number stays a qualifier
        "Grand Diet (Velmia)#Grand_Diet_(Velmia) rdf:type Session#false",
    })
    void theTitleNamesASitting(String title, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, "It met in Port Velm.", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Name: Grand Diet of Velmia, 3rd convocation#Grand_Diet_of_Velmia_(3rd_convocation) altLabel Grand Diet of Velmia, 3rd convocation#true",
        "Legislature: Grand Diet of Velmia#Grand_Diet_of_Velmia_(3rd_convocation) sessionOf Grand_Diet_of_Velmia#true",
        // the infobox of a convocation naming the convocation itself as its legislature
        "Legislature: Third Convocation#Grand_Diet_of_Velmia_(3rd_convocation) sessionOf Grand_Diet_of_Velmia_(3rd_convocation)#false",
        "Term Start: 4 May 1929#Grand_Diet_of_Velmia_(3rd_convocation) startDate 1929-05-04#true",
        "Term End: March 1933#Grand_Diet_of_Velmia_(3rd_convocation) endDate 1933-03#true",
        "Next: Grand Diet of Velmia (4th convocation)#Grand_Diet_of_Velmia_(3rd_convocation) succeededBy Grand_Diet_of_Velmia_(4th_convocation)#true",
        "Next: Grand Diet of Velmia (4th convocation)#Grand_Diet_of_Velmia_(3rd_convocation) succeededBy Grand_Diet_of_Velmia#false",
        "Previous: Grand Diet of Velmia, Second Convocation#Grand_Diet_of_Velmia_(3rd_convocation) precededBy Grand_Diet_of_Velmia_Second_Convocation#true",
        "Previous: Grand Diet of Velmia, Second Convocation#Second_Convocation rdf:type Session#false",
        // a successor that names no sitting is no session by the subject's class, nor a person by its shape
        "Next: Dornish Kenesh#Dornish_Kenesh rdf:type Session#false",
        "Next: Dornish Kenesh#Kenesh rdf:type Legislature#false",
        "Next: Dornish Kenesh#Dornish_Kenesh rdf:type Person#false",
    })
    void theInfoboxOfASitting(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Grand Diet of Velmia (3rd convocation)", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        // C: the article on the 3rd convocation; B: the article on the body
        // another sitting of the body, in several constructions: named in full after the body
        "C#It was succeeded by the fourth convocation.#Grand_Diet_of_Velmia_(3rd_convocation) succeededBy Fourth_Convocation_of_the_Grand_Diet_of_Velmia#true",
        "C#The 2nd convocation, which it replaced, had sat since 1925.#Grand_Diet_of_Velmia_(3rd_convocation) precededBy 2nd_Convocation_of_the_Grand_Diet_of_Velmia#true",
        "C#It was preceded by the Second Convocation.#Second_Convocation_of_the_Grand_Diet_of_Velmia sessionOf Grand_Diet_of_Velmia#true",
        // one sitting inside the convocation: a session of the body, named after the convocation
        "C#The first session opened in Port Velm on 3 March 1929.#First_Session_of_the_Grand_Diet_of_Velmia_(3rd_convocation) startDate 1929-03-03#true",
        "C#Its third session was held in 1931.#Third_Session_of_the_Grand_Diet_of_Velmia_(3rd_convocation) sessionOf Grand_Diet_of_Velmia#true",
        "C#The first session opened in Port Velm on 3 March 1929.#Grand_Diet_of_Velmia_(3rd_convocation) altLabel First Session#false",
        // "of the Nth convocation" after the body's name is the sitting's name, active and passive
        "B#The Grand Diet of Velmia of the 3rd convocation met in 1929.#Grand_Diet_of_Velmia_of_the_3rd_convocation sessionOf Grand_Diet_of_Velmia#true",
        "B#The Grand Diet of the fourth convocation was dissolved in 1934.#Grand_Diet_of_the_fourth_convocation endDate 1934#true",
        "B#The Grand Diet of the fourth convocation was dissolved in 1934.#Grand_Diet_of_Velmia disbanded 1934#false",
        "B#The Velmia Charter was adopted by the Grand Diet of the 2nd convocation in 1927.#Velmia_Charter adoptedBy Grand_Diet_of_the_2nd_convocation#true",
    })
    void sittingsInProse(String article, String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        String title = article.equals("C") ? "Grand Diet of Velmia (3rd convocation)" : "Grand Diet of Velmia";
        ExtractionCases.assertFact(title, sentence, fact, holds, tmp);
    }

    /** A convocation's houses ("House1:", "Chambers:") are its body's, whichever key comes first. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "Legislature: Grand Diet of Velmia|House1: Upper Chamber of Velmia#Grand_Diet_of_Velmia hasPart Upper_Chamber_of_Velmia",
        "Chambers: Upper Chamber of Velmia, Lower Chamber of Velmia|Legislature: Grand Diet of Velmia#Grand_Diet_of_Velmia hasPart Lower_Chamber_of_Velmia",
    })
    void theHousesAreTheBodys(String fields, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Grand Diet of Velmia (3rd convocation)",
                List.of(fields.split("\\|")), tmp);
        assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
    }

    /** The first sessions of two convocations are two sessions. */
    @Test
    void sittingsOfTwoTermsAreTwo(@TempDir Path tmp) throws Exception {
        Path a = Files.writeString(tmp.resolve("01_a.txt"), "= Grand Diet of Velmia (3rd convocation) =\n\n"
                + "It sat from 1929. The first session opened in Port Velm on 3 March 1929.\n");
        Path b = Files.writeString(tmp.resolve("02_b.txt"), "= Grand Diet of Velmia (4th convocation) =\n\n"
                + "It sat from 1933. The first session opened in Ostra on 5 May 1933.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(a, b), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        String third = "First_Session_of_the_Grand_Diet_of_Velmia_(3rd_convocation) location Port_Velm";
        String fourth = "First_Session_of_the_Grand_Diet_of_Velmia_(4th_convocation) location Ostra";
        assertTrue(facts.contains(third) && facts.contains(fourth), () -> String.join("\n", facts));
    }

    /** One sitting however two articles put its number: one resource. */
    @Test
    void oneSittingAcrossArticles(@TempDir Path tmp) throws Exception {
        Path a = Files.writeString(tmp.resolve("01_a.txt"), "= Grand Diet of Velmia (4th convocation) =\n\n"
                + "The Grand Diet of Velmia of the 4th convocation sat from 1933 to 1937.\n");
        Path b = Files.writeString(tmp.resolve("02_b.txt"), "= Fifth Convocation of the Grand Diet of Velmia =\n\n"
                + "The Fifth Convocation of the Grand Diet of Velmia was elected in 1937. It was preceded by the "
                + "fourth convocation.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(a, b), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        String expected = "Fifth_Convocation_of_the_Grand_Diet_of_Velmia precededBy Grand_Diet_of_Velmia_(4th_convocation)";
        assertTrue(facts.contains(expected), () -> expected + " not in\n" + String.join("\n", facts));
    }
}
