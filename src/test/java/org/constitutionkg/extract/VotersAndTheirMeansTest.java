package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who votes ends where how often, how long or by what means they vote begins: "the citizens of each province every
 * two years", "men over twenty by proportional representation", "freeholders for a term of six years"; what qualifies
 * the voters stays ("at least", "over the age of 25"). Invented sentences.
 */
class VotersAndTheirMeansTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "The Velm Diet was elected by the citizens of each province every two years.#citizens_of_each_province",
        "Its members were elected by men over twenty years of age by proportional representation.#men_over_twenty_years_of_age",
        "The diet, which was chosen by the freeholders of each province every six years, met in Ytown.#freeholders_of_each_province",
        "The Velm Diet was elected by the provincial estates through an indirect vote.#provincial_estates",
        "The Velm Diet was elected by male taxpayers paying at least ten crowns in direct taxes.#male_taxpayers_paying_at_least_ten_crowns_in_direct_taxes",
    })
    void theVotersWithoutHowTheyVote(String sentence, String electorate, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velm Diet", sentence, "Velm_Diet electedBy " + electorate, true, tmp);
    }
}
