package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The gazetteer's short name of a country ("Hungary") that an article on one of its states ("Kingdom of Hungary")
 * uses for that state means that state there, and the country elsewhere: a constitution of another era, in another
 * article, is never placed in the kingdom, nor is the country's name the kingdom's label. Invented articles (the
 * countries are real names: the gazetteer is of real states), the short name in several constructions.
 */
class CountryAndItsStatesTest {

    private static Set<String> build(Path tmp, String first, String second) throws Exception {
        Path a = Files.writeString(tmp.resolve("01_a.txt"), first);
        Path b = Files.writeString(tmp.resolve("02_b.txt"), second);
        return ExtractionCases.facts(Pipeline.build(List.of(a, b), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // the kingdom's article speaks of the country by its short name: a lead, a list item, a relative clause
        "The Upper Table was a chamber of the Kingdom of Hungary. It sat in Buda, the old capital of Hungary, from 1608 to 1918.",
        "The Upper Table was a chamber of the Kingdom of Hungary.\n\n== Powers ==\n- to vote the taxes of Hungary;\n- to crown the king.",
        "The Upper Table was a chamber of the Kingdom of Hungary, which the nobles of Hungary had sat in since 1608.",
        "Hungary's Upper Table was a chamber of the Kingdom of Hungary from 1608 to 1918.",
    })
    void theCountryIsNotTheKingdomElsewhere(String kingdomLead, @TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Upper Table of the Kingdom of Hungary =\n\n" + kingdomLead + "\n",
                "= 1972 Charter of Hungary =\n\nThe 1972 Charter of Hungary is a made-up basic law, adopted in 1972.\n");
        String text = String.join("\n", facts);
        assertTrue(facts.contains("1972_Charter_of_Hungary jurisdiction Hungary"), text);
        assertFalse(facts.contains("1972_Charter_of_Hungary jurisdiction Kingdom_of_Hungary"), text);
        assertTrue(facts.contains("Kingdom_of_Hungary http://www.w3.org/2000/01/rdf-schema#label Kingdom of Hungary"), text);
        assertTrue(facts.contains("Hungary http://www.w3.org/2000/01/rdf-schema#label Hungary"), text);
    }

    /** A country the gazetteer lists by its short name (classes.tsv) keeps apart from its kingdom in another era. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Italy", "Spain", "Portugal", "Sweden"})
    void anotherCountryIsNotItsKingdom(String country, @TempDir Path tmp) throws Exception {
        String id = country;
        Set<String> facts = build(tmp, "= Upper Chamber of the Kingdom of " + country + " =\n\nThe Upper Chamber was a "
                + "chamber of the Kingdom of " + country + ". It sat in the old capital of " + country + " from 1848 to 1922.\n",
                "= 1977 Charter of " + country + " =\n\nThe 1977 Charter of " + country + " is a made-up basic law, "
                + "adopted in 1977.\n");
        String text = String.join("\n", facts);
        assertTrue(facts.contains("1977_Charter_of_" + id + " jurisdiction " + id), text);
        assertFalse(facts.contains("1977_Charter_of_" + id + " jurisdiction Kingdom_of_" + id), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // an organ named by the country's adjective, or with the country's name, in the republic's article
        "The Romanian State Board was an organ of the Socialist Republic of Romania from 1961 to 1989.",
        "The State Board of Romania was an organ of the Socialist Republic of Romania from 1961 to 1989.",
        "From 1961 to 1989 the State Board, an organ of the Socialist Republic of Romania, sat in Bucharest.",
        "It was an organ of the Socialist Republic of Romania, where it sat from 1961 to 1989.",
    })
    void aDemonymInAnotherArticleIsTheCountry(String republicLead, @TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= State Board of the Socialist Republic of Romania =\n\n" + republicLead
                + " Romania had no other such board.\n",
                "= 1866 Romanian Statute =\n\nThe 1866 Romanian Statute was a made-up basic law of Romania, adopted in 1866.\n");
        String text = String.join("\n", facts);
        assertFalse(facts.contains("1866_Romanian_Statute jurisdiction Socialist_Republic_of_Romania"), text);
        assertTrue(facts.contains("1866_Romanian_Statute jurisdiction Romania"), text);
    }

    /**
     * A short name two states' articles both use (a kingdom's, a republic's) keys an organ of each in its own article:
     * the kingdom's parliament is not the republic's, whatever the order or the construction.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Italy|Italian", "Spain|Spanish", "Portugal|Portuguese", "Hungary|Hungarian"})
    void twoStatesOfOneCountryKeepTheirOrgans(String names, @TempDir Path tmp) throws Exception {
        String country = names.split("\\|")[0];
        String adjective = names.split("\\|")[1];
        Set<String> facts = build(tmp, "= Upper Chamber of the Kingdom of " + country + " =\n\nThe Upper Chamber of the "
                + "Kingdom of " + country + " was the upper house of the Parliament of " + country + " from 1861 to 1922. "
                + "It sat in the old capital of " + country + ".\n",
                "= Charter of " + country + " =\n\nThe Charter of the " + adjective + " Republic is a made-up basic law, "
                + "adopted in 1977. The laws are made by the Parliament of " + country + ", which sits in a made-up town.\n");
        String text = String.join("\n", facts);
        long both = facts.stream().filter(f -> f.contains(" jurisdiction Kingdom_of_" + country))
                .map(f -> f.substring(0, f.indexOf(' ')))
                .filter(s -> facts.contains(s + " jurisdiction " + adjective + "_Republic")).count();
        assertTrue(both == 0, text);
        assertTrue(facts.stream().anyMatch(f -> f.startsWith("Parliament_of_") && f.endsWith("jurisdiction Kingdom_of_"
                + country)), text);
    }

    /** ... and where one state only is ever meant by it, the short name keys that state's organs everywhere. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The 1880 Accord was ratified by the Parliament of Spain in 1881.",
        "In 1881 the Parliament of Spain ratified the 1880 Accord.",
        "The 1880 Accord, which the Parliament of Spain ratified in 1881, was a made-up treaty.",
        "The 1880 Accord was a made-up treaty. It was ratified by the Parliament of Spain in 1881.",
    })
    void oneStateOfACountryKeepsItsOrgansEverywhere(String treatyLead, @TempDir Path tmp) throws Exception {
        Set<String> facts = build(tmp, "= Upper Chamber of the Kingdom of Spain =\n\nThe Upper Chamber of the Kingdom of "
                + "Spain was the upper house of the Parliament of Spain from 1876 to 1923.\n",
                "= 1880 Accord =\n\n" + treatyLead + "\n");
        String text = String.join("\n", facts);
        String parliament = facts.stream().filter(f -> f.startsWith("Upper_Chamber_of_the_Kingdom_of_Spain partOf "))
                .map(f -> f.substring(f.lastIndexOf(' ') + 1)).findFirst().orElseThrow(() -> new AssertionError(text));
        assertTrue(facts.stream().anyMatch(f -> f.matches("1880_Accord \\S*ratif\\S* " + parliament)
                || f.matches(parliament + " \\S*ratif\\S* 1880_Accord")), text);
    }
}
