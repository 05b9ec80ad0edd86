package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What an organ's or an instrument's name is "of" is its state only when that is one state: a plural of things that
 * are no states ("Council of Imperial Cities", "Assembly of the Estates of Velm") or of states ("Treaty of the Soviet
 * Republics of Velm") names none, while a union of them does. Invented names.
 */
class PluralTailsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Council of Free Cities|Council_of_Free_Cities jurisdiction Free_Cities|false",
        "Assembly of the Estates of Velm|Estates_of_Velm rdf:type Polity|false",
        "Chamber of Imperial Towns|Imperial_Towns rdf:type Polity|false",
        "Court of the Princes|Princes rdf:type Polity|false",
        "Treaty on the Union of the Soviet Republics of Velm|Treaty_on_the_Union_of_the_Soviet_Republics_of_Velm jurisdiction Soviet_Republics_of_Velm|false",
        "Senate of the Kingdom of Velm|Senate_of_the_Kingdom_of_Velm jurisdiction Kingdom_of_Velm|true",
    })
    void aPluralTailIsNoState(String title, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, "The " + title + " was a made-up body that sat from 1850 to 1900.", fact,
                holds, tmp);
    }
}
