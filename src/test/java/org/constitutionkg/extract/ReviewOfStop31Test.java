package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a review of the stop's readings found they would get wrong, each now read right (invented sentences): an
 * adverb that names only before a verb of naming ("sometimes"); a comma after a frame's preposition with more than a
 * common noun between; a participle after a name governed by a preposition; a name opening the lead before a verb of
 * acting that is of another class than the subject; a generic name that is no session of it; an Old Style range.
 */
class ReviewOfStop31Test {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Council of State of Velm#Vetoes went to the Council of State of Velm, sometimes the Senate, for review.#Council_of_State_of_Velm altLabel Senate",
        "Fifth Congress of the Velm Party#The congress met in 1950 after the death of its founder, Ivo Darn.#Fifth_Congress_of_the_Velm_Party location Ivo_Darn",
        "Fifth Congress of the Velm Party#It met in Ytown in 1950, after its founder, Ivo Darn, had died.#Fifth_Congress_of_the_Velm_Party location Ivo_Darn",
        "Diet of Velm#The deputies of the Diet of Velm belonging to the Velm Workers' Party voted against it.#Diet_of_Velm partOf Velm_Workers'_Party",
        "Diet of Velm#The Fourth Diet of Velm was dissolved in 1850. The Diet next met in Ytown in 1852.#Fourth_Diet_of_Velm location Ytown",
        "Council of State of Velm#It sat from 10 to 25 February 1866 (O.S.) in Ytown.#Council_of_State_of_Velm endDate 1866-03-09",
    })
    void notOtherwise(String title, String text, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, text, unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Presidium of the Supreme Soviet of Velm#The Supreme Soviet of Velm elected the Presidium of the Supreme Soviet of Velm in 1938.#Presidium_of_the_Supreme_Soviet_of_Velm altLabel Supreme Soviet of Velm",
        "Presidium of the Supreme Soviet of Velm#The Supreme Soviet of Velm created it in 1938.#Presidium_of_the_Supreme_Soviet_of_Velm altLabel Supreme Soviet of Velm",
    })
    void aLeadOfAnotherClass(String title, String lead, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, lead, unexpected, false, tmp);
    }
}
