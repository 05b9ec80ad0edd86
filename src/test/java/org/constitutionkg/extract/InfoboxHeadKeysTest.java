package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An infobox "Head of Government" names the chairs of the government the article is on (infobox-key-words.tsv), as
 * "Chairman" does; "Head of State" and other "Head of ..." keys name no chair. A voting system said as one phrase of
 * who chooses ("half elected by the guilds, the towns and the clergy") is one value, not a list. Invented values.
 */
class InfoboxHeadKeysTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Ministers of Xland|Head of Government: Ivo Brdar|Council_of_Ministers_of_Xland chair Ivo_Brdar|true",
        "Council of Ministers of Xland|Head Of Government: Ivo Brdar (1917–1921), Vera Lindt (1921–1925)|Council_of_Ministers_of_Xland chair Vera_Lindt|true",
        "Council of Ministers of Xland|Head of State: Ivo Brdar|Council_of_Ministers_of_Xland chair Ivo_Brdar|false",
        "Council of Ministers of Xland|Head of Department: Ivo Brdar|Council_of_Ministers_of_Xland chair Ivo_Brdar|false",
        "Council of Ministers of Xland|Deputy Head of Government: Vera Lindt|Council_of_Ministers_of_Xland chair Vera_Lindt|false",
        "Council of Ministers of Xland|Head of Government Party: Workers Front|Council_of_Ministers_of_Xland chair Workers_Front|false",
        // a description of whoever held the office is no person (stop 33)
        "Federal Diet of Xland|Leader1: Vendish envoy (permanent presidency)|Vendish_envoy rdf:type Person|false",
        "Federal Diet of Xland|Leader1: the king's minister|Federal_Diet_of_Xland chair the_king's_minister|false",
        "Federal Diet of Xland|Leader1: Karl von Brenn|Karl_von_Brenn rdf:type Person|true",
        "Federal Diet of Xland|Chairman: Ivo Brdar, Duke of Wend|Federal_Diet_of_Xland chair Ivo_Brdar|true",
    })
    void headOfGovernment(String title, String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Council of Xland|Voting System: Elected by the guilds, the towns and the clergy|Grand_Council_of_Xland votingSystem Elected by the guilds, the towns and the clergy|true",
        "Grand Council of Xland|Voting System: Elected by the guilds, the towns and the clergy|Grand_Council_of_Xland votingSystem the clergy|false",
        "Grand Council of Xland|Voting System: Half appointed by the king; half elected by the diets, the towns and the clergy|Grand_Council_of_Xland votingSystem half elected by the diets, the towns and the clergy|true",
        "Grand Council of Xland|Voting System: Universal male suffrage, first-past-the-post|Grand_Council_of_Xland votingSystem first-past-the-post|true",
        "Grand Council of Xland|Voting System: Mixed (half appointed by the king; half elected), first-past-the-post|Grand_Council_of_Xland votingSystem first-past-the-post|true",
        "Grand Council of Xland|Voting System: Mixed (half appointed by the king; half elected), first-past-the-post|Grand_Council_of_Xland votingSystem half elected)|false",
    })
    void aPhraseOfWhoChoosesIsOneValue(String title, String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox(title, field, fact, holds, tmp);
    }
}
