package org.constitutionkg.extract;

import static org.constitutionkg.extract.ExtractionCases.assertArticle;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A chamber's own infobox (stop 51, A237): its "House Type: Lower house" makes a body of a general name ("Council of
 * Nine Hundred") a chamber, as a lead's "was the upper house of" does; its "Legislature:" is the body it is a house
 * of; its "Houses:" list, itself among them, names the houses of that body, not parts of the chamber (no chamber
 * that is part of itself, no twin of it). Invented articles.
 */
class ChamberInfoboxTest {

    private static final String HOUSES = "= Council of Nine Hundred =\n\nInfobox\n- Legislature: Great Moot of Velm\n"
            + "- House Type: Lower house\n- Houses: Council of Elders (upper), Council of Nine Hundred (lower)\n\n"
            + "The Council of Nine Hundred was a body of the Velmish republic from 1801 to 1809.\n";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "Council_of_Nine_Hundred rdf:type Chamber|true",
        "Council_of_Nine_Hundred partOf Great_Moot_of_Velm|true",
        "Great_Moot_of_Velm hasPart Council_of_Elders|true",
        "Council_of_Elders rdf:type Chamber|true",
        "Council_of_Nine_Hundred hasPart Council_of_Elders|false",
        "Council_of_Nine_Hundred_(chamber) rdf:type Chamber|false",
        "Council_of_Nine_Hundred houseType Lower house|true",
    })
    void aChambersHousesAreItsBodys(String fact, boolean holds, @TempDir Path tmp) throws Exception {
        assertArticle(HOUSES, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "15th Great Moot of Velm|15th_Great_Moot_of_Velm",
        "Fourth Great Moot of Velm|Fourth_Great_Moot_of_Velm",
    })
    void aTermTheChamberSitsInIsNoWholeOfIt(String term, String id, @TempDir Path tmp) throws Exception {
        assertArticle(HOUSES.replace("Legislature: Great Moot of Velm", "Legislature: " + term),
                "Council_of_Nine_Hundred partOf " + id, false, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Council of Nine Hundred was the lower house of the Great Moot of Velm.|Chamber",
        "The Council of Nine Hundred is the upper house of the Great Moot of Velm.|Chamber",
        "The Council of Nine Hundred was a body of the Velmish republic.|StateOrgan",
        "The Council of Nine Hundred was the executive body of the Great Moot of Velm.|ExecutiveBody",
        "The Council of Nine Hundred was the supreme governing body of Velm.|ExecutiveBody",
    })
    void theLeadsNounWithItsModifiersNarrowsAGeneralName(String lead, String cls, @TempDir Path tmp)
            throws Exception {
        assertArticle("= Council of Nine Hundred =\n\n" + lead + "\n", "Council_of_Nine_Hundred rdf:type " + cls,
                true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "House Type: Upper house|Chamber",
        "House Type: Lower chamber|Chamber",
        "House Type: Unicameral|StateOrgan",
    })
    void anInfoboxHouseTypeNarrowsAGeneralName(String field, String cls, @TempDir Path tmp) throws Exception {
        assertArticle("= Council of Nine Hundred =\n\nInfobox\n- " + field + "\n\nThe Council of Nine Hundred was a "
                + "body of Velm.\n", "Council_of_Nine_Hundred rdf:type " + cls, true, tmp);
    }
}
