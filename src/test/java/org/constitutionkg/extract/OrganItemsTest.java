package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list item of an organ's name, a dash and what it had ("- Presidium of X – 15 members; chairman A, secretary B")
 * states each part as the sentence it stands for: a count of members, a chair by a role noun of roles (a secretary
 * holds no office of ours). Invented items under a heading of no known kind.
 */
class OrganItemsTest {

    private static final String LEAD = "The Second Congress of Councils of Velm was held in Velk in May 1952. // // == Elected bodies == // ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "- Presidium of the Diet of Velm – 15 members; chairman Dragan Velo, secretary Mira Kasta#Presidium_of_the_Diet_of_Velm memberCount 15#true",
        "- Presidium of the Diet of Velm – 15 members; chairman Dragan Velo, secretary Mira Kasta#Presidium_of_the_Diet_of_Velm chair Dragan_Velo#true",
        "- Presidium of the Diet of Velm – 15 members; chairman Dragan Velo, secretary Mira Kasta#Presidium_of_the_Diet_of_Velm chair Mira_Kasta#false",
        "- Supreme Court of Velm – president Luan Bregu#Supreme_Court_of_Velm chair Luan_Bregu#true",
        "- Council of Ministers of Velm — chairman Arben Dushi; 21 ministers#Council_of_Ministers_of_Velm chair Arben_Dushi#true",
        "- Emil Varo – chairman of the Diet of Velm#Emil_Varo memberCount 15#false",
    })
    void reads(String item, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String body = ExtractionCases.lines(LEAD + item);
        ExtractionCases.assertFact("Second Congress of Councils of Velm", body, fact, holds, tmp);
    }
}
