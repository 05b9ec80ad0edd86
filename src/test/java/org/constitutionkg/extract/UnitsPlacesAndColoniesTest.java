package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * From fresh audits of federal and dominion articles: a military division is no organ; a list of towns in an infobox is
 * several places ("Ytown, Ztown, Wtown"; "Ztown and Wtown (1844–1850)"), a place in a town in a state one; colonies,
 * provinces, territories and cantons are states, by their names and when listed after their plural; a value an infobox
 * states wins over another infobox value though prose in another article stated it first. Invented names and text.
 */
class UnitsPlacesAndColoniesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 1919 troops were used against the Fourth Division in the capital.|Fourth_Division",
        "The council met at the headquarters of the Naval Division in Ytown.|Naval_Division",
        "Its guard was formed by the People's Rifle Division, which mutinied in 1920.|People's_Rifle_Division",
        "The 3rd Division, loyal to the council, held the bridges.|3rd_Division",
    })
    void aMilitaryDivisionIsNoOrgan(String sentence, String unit, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Council", sentence, tmp);
        assertFalse(facts.contains(unit + " rdf:type StateOrgan"), String.join("\n", facts));
    }

    @Test
    void anOrgansDivisionIsOne(@TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Council", "The Audit Division was set up by the Velm Council in 1950.",
                "Audit_Division rdf:type StateOrgan", true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meeting place: Ytown, Zborg, Wellam|Ytown,Zborg,Wellam",
        "Location: Ytown, Zborg, Wellam|Ytown,Zborg,Wellam",
        "Meeting place: Ytown (1841–1844), Zborg and Wellam (1844–1850), Orm (1851)|Ytown,Zborg,Wellam,Orm",
        "Meeting place: Zborg and Port Wellam (1844–1850), Ytown (1851–1860)|Zborg,Port_Wellam,Ytown",
    })
    void townsListedAreSeveralPlaces(String field, String towns, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Velm Council", List.of(field), tmp);
        String text = String.join("\n", facts);
        String property = field.startsWith("Location") ? "location" : "meetingPlace";
        for (String town : towns.split(",")) {
            assertTrue(facts.contains("Velm_Council " + property + " " + town), text);
            assertTrue(facts.contains(town + " rdf:type Place"), text);
        }
        // (no town in another, none named by the whole value)
        assertFalse(facts.stream().anyMatch(f -> f.matches("(Ytown|Zborg|Wellam) location \\S+")), text);
        assertFalse(facts.stream().anyMatch(f -> f.contains("_and_")), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meeting place: Opera House, Ytown, Xland|Opera_House|Ytown",
        "Meeting place: Hall of Arts and Crafts (1850–1860), Ytown (1860–1870)|Hall_of_Arts_and_Crafts|",
        "Location: State Theatre, Zborg, Velmia|State_Theatre|Zborg",
    })
    void aPlaceInATownIsOne(String field, String place, String town, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Velm Council", List.of(field), tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.stream().anyMatch(f -> f.matches("Velm_Council \\w+ " + place)), text);
        if (town != null) {
            assertTrue(facts.contains(place + " location " + town), text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The act united three colonies, the Province of Ora, Nova Tavia and New Brim, into one dominion.",
        "Delegates of three colonies – the Province of Ora, Nova Tavia and New Brim – met in 1864.",
        "Its provinces, the Province of Ora, Nova Tavia and New Brim, kept their legislatures.",
        "The federation was formed by the territories the Province of Ora, Nova Tavia and New Brim.",
    })
    void coloniesAndProvincesAreStates(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Council", sentence, tmp);
        String text = String.join("\n", facts);
        assertTrue(facts.contains("Province_of_Ora rdf:type Polity"), text);
        if (!sentence.contains("territories the")) {
            assertTrue(facts.contains("Nova_Tavia rdf:type Polity"), text);
            assertTrue(facts.contains("New_Brim rdf:type Polity"), text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Province of Ora", "Colony of Ora", "Crown Colony of Ora", "Ora Territory", "Canton of Ora"})
    void aLegislatureOfAProvinceIsItsOwn(String state, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Legislative Council of the " + state, "The Legislative Council of the " + state
                + " was set up in 1851.", "Legislative_Council_of_the_" + state.replace(' ', '_') + " jurisdiction "
                + state.replace(' ', '_'), true, tmp);
    }

    @Test
    void theInfoboxDateWinsThoughProseStatedItFirst(@TempDir Path tmp) throws Exception {
        // the prose of the first article states the day the infobox of the second states too; the second's other key
        // (the signing) is a later day, and the adoption the infobox names is the one kept
        Path a = Files.writeString(tmp.resolve("01_a.txt"), "= Velm Assembly =\n\nThe Velm Assembly was a made-up "
                + "legislature. It adopted the Velm Charter on 31 July 1920.\n");
        Path b = Files.writeString(tmp.resolve("02_b.txt"), "= Velm Charter =\n\nInfobox\n- Adopted: 1920-07-31\n"
                + "- Signed: 11 August 1920\n\nThe Velm Charter was the made-up constitution of Velmia.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(a, b), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
        String text = String.join("\n", facts);
        assertTrue(facts.contains("Velm_Charter adopted 1920-07-31"), text);
        assertFalse(facts.contains("Velm_Charter adopted 1920-08-11"), text);
    }
}
