package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox value that lists items each qualified in parentheses ("Amber Palace (March–July), Winter Hall
 * (July–November)", "Ytown (first session); Ztown (second session)") names one thing per item, never "Place, Town";
 * two states of one country as jurisdictions ("Principality of X (1879–1908), Kingdom of X (1908–1946)") are two
 * states, neither a name of the other. A party's member before a name is no part of it ("the Socialist Revolutionary
 * Ivo Brandt"). Invented values (stop 33).
 */
class QualifiedListsInInfoboxesTest {

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Pre-Council of Norlia|Headquarters: Amber Palace (March–July), Winter Hall (July–November)|Pre-Council_of_Norlia location Winter_Hall|true",
        "Pre-Council of Norlia|Headquarters: Amber Palace (March–July), Winter Hall (July–November)|Amber_Palace location Winter_Hall|false",
        "Pre-Council of Norlia|Meeting Place: Ytown (first session); Ztown (second session)|Pre-Council_of_Norlia meetingPlace Ztown|true",
        "Pre-Council of Norlia|Meeting Place: Ytown (first session); Ztown (second session)|Ytown altLabel Ytown, Ztown|false",
        "Pre-Council of Norlia|Headquarters: Amber Palace (1917); Winter Hall (from August 1917)|Pre-Council_of_Norlia location Amber_Palace|true",
        "Pre-Council of Norlia|Meeting Place: House of the Diet (Ytown), Ztown|House_of_the_Diet location Ztown|true",
        "Pre-Council of Norlia|Jurisdiction: Principality of Norlia (1879–1908), Kingdom of Norlia (1908–1946)|Principality_of_Norlia altLabel Kingdom of Norlia|false",
        "Pre-Council of Norlia|Jurisdiction: Principality of Norlia (1879–1908), Kingdom of Norlia (1908–1946)|Pre-Council_of_Norlia jurisdiction Kingdom_of_Norlia|true",
    })
    void oneThingPerQualifiedItem(String title, String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The council was chaired by the Socialist Revolutionary Ivo Brandt.#Provisional_Council_of_Norlia chair Ivo_Brandt",
        "false#The council was chaired by the Socialist Revolutionary Ivo Brandt.#Revolutionary_Ivo_Brandt rdf:type Person",
        "true#The Revolutionary Ivo Brandt chaired the council from 1917.#Ivo_Brandt rdf:type Person",
    })
    void aPartyMemberBeforeAName(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Provisional Council of Norlia", text, fact, holds, tmp);
    }
}
