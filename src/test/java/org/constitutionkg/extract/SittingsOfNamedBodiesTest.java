package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the first convocation of the Supreme Soviet of X" is a sitting of the body named after its "of", not of the
 * article's subject; "the first convocation" alone is still the subject's. In the active, the passive, a relative
 * clause and after a semicolon. Invented names.
 */
class SittingsOfNamedBodiesTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The committee held its last session in 1938; the first convocation of the Supreme Soviet of Velmia met in Ytown in July 1938.#First_Convocation_of_the_Supreme_Soviet_of_Velmia sessionOf Supreme_Soviet_of_Velmia#true",
        "The committee held its last session in 1938; the first convocation of the Supreme Soviet of Velmia met in Ytown in July 1938.#First_Convocation_of_the_Central_Executive_Committee_of_Velmia location Ytown#false",
        "In July 1938 the second convocation of the Grand Diet of Velmia was opened in Ytown.#Second_Convocation_of_the_Grand_Diet_of_Velmia location Ytown#true",
        "Its powers passed to the third session of the People's Assembly of Velmia, which met in Ytown in 1939.#Third_Session_of_the_People's_Assembly_of_Velmia sessionOf People's_Assembly_of_Velmia#true",
        "The committee dissolved itself when the fourth session of the Grand Diet of Velmia opened in Ytown in 1940.#Fourth_Session_of_the_Central_Executive_Committee_of_Velmia location Ytown#false",
        // no body named after it: the subject's own sitting, as before
        "The first convocation met in Ytown in July 1938.#First_Convocation_of_the_Central_Executive_Committee_of_Velmia location Ytown#true",
    })
    void theSittingOfTheBodyItNames(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Central Executive Committee of Velmia", sentence, fact, holds, tmp);
    }
}
