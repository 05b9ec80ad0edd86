package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 58, with invented sentences and values: a pronoun in a clause joined by
 * ", and" or ", but" whose first clause speaks of another organ is that organ's, not the article's subject's; two
 * persons' names joined by "and" are two persons; a party is led by its chair; a compromise is an instrument, not the
 * lands it names; a body's delegation to another body is no count of the other's members; a numbered or dated act and
 * the organ that made it ("Act II of 1945 of the Assembly") are two names.
 */
class RoundThirtyFiveTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the first clause's subject is another organ: "its" is that organ's
        "In 1990 the Supreme Soviet of Ylan was renamed the Supreme Council of Ylan, and Oleg Brant became its chairman.#Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "In 1990 the Supreme Soviet of Ylan was renamed the Supreme Council of Ylan, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "The Supreme Soviet of Ylan met again in 1991, and Oleg Brant was elected its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "The Supreme Soviet of Ylan elected a new government in 1991, but Oleg Brant remained its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        "After the elections the Ylan Council of Ministers resigned, and Oleg Brant became its chairman.#Ylan_Council_of_Ministers chair Oleg_Brant#true",
        // an instrument's clause: either may be meant, so neither
        "The Constitution of Ylan was adopted in 1978, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#false",
        // controls: the first clause speaks of the subject, by name or by "it", or the pronoun opens the clause
        "In 1990 the Presidium of the Supreme Soviet of Ylan was enlarged, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "It was enlarged in 1990, and Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
        "In 1990 Oleg Brant became its chairman.#Presidium_of_the_Supreme_Soviet_of_Ylan chair Oleg_Brant#true",
    })
    void pronounAfterAJoinedClauseOfAnotherOrgan(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Presidium of the Supreme Soviet of Ylan", "The Presidium of the Supreme Soviet of"
                + " Ylan was the standing body of the Supreme Soviet of Ylan from 1938 to 1991. It was chaired by Ivo"
                + " Tamm from 1938 to 1950. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Council of Ylan, headed by Anton Weiss and Karl Brand, met in Ytown.#Council_of_Ylan chair Karl_Brand#true",
        "The Council of Ylan, headed by Anton Weiss and Karl Brand, met in Ytown.#Anton_Weiss_and_Karl_Brand rdf:type Person#false",
        "The Council of Ylan was chaired by Anton Weiss and Karl Brand in turn.#Council_of_Ylan chair Anton_Weiss#true",
        "Anton Weiss and Karl Brand headed the Council of Ylan.#Anton_Weiss_and_Karl_Brand rdf:type Person#false",
        "The Council of Ylan, which was led by Anton Weiss and Karl Brand, met in Ytown.#Council_of_Ylan chair Karl_Brand#true",
        "Talks between Anton Weiss and Karl Brand failed in 1870.#Anton_Weiss_and_Karl_Brand rdf:type Person#false",
        // a party is led by its chair: published, not withheld
        "The Farmers' Party, led by Anton Weiss and Karl Brand, won a majority in 1870.#Farmers'_Party chair Anton_Weiss#true",
        "The Farmers' Party, led by Anton Weiss, won a majority in 1870.#Farmers'_Party chair Anton_Weiss#true",
    })
    void personsJoinedByAnd(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Ylan", "The Diet of Ylan was the assembly of Ylan from 1861 to 1918. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was a model for settlements in other crown lands: the Zelan Compromise of 1910 and the Velmian Compromise.#Velmian_Compromise rdf:type LegalInstrument#true",
        "It was a model for settlements in other crown lands: the Zelan Compromise of 1910 and the Velmian Compromise.#Velmian_Compromise rdf:type Polity#false",
        "The Velmian Compromise was adopted by the Diet of Velmia in 1914.#Velmian_Compromise adoptedBy Diet_of_Velmia#true",
        "The Diet of Velmia passed the Velmian Ausgleich in 1914.#Velmian_Ausgleich rdf:type LegalInstrument#true",
    })
    void compromiseIsAnInstrument(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Ylan Compromise", "The Ylan Compromise was a set of laws adopted in 1905. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The Diet elected the Land Committee as well as, until 1873, five deputies to the Imperial Council in Ytown.#Imperial_Council memberCount 5#false",
        "It chose 38 deputies to the Imperial Council.#Imperial_Council memberCount 38#false",
        "The Diet of Ylan appointed 12 delegates to the Imperial Council.#Imperial_Council memberCount 12#false",
        "Each year the Diet of Ylan nominated four members to the Imperial Council.#Imperial_Council memberCount 4#false",
        // controls: the voters elect the whole body; a body's own size
        "The voters elected 450 deputies to the Imperial Council.#Imperial_Council memberCount 450#true",
        "The Imperial Council had 203 deputies.#Imperial_Council memberCount 203#true",
    })
    void delegationIsNoCountOfTheOtherBody(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Diet of Ylan", "The Diet of Ylan was the assembly of Ylan from 1861 to 1918. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "It was established by Act II of 1945 of the Provisional Assembly, which had met in Ytown.#High_Council_(Ylan) establishedBy Act_II_of_1945#true",
        "It was established by Act II of 1945 of the Provisional Assembly, which had met in Ytown.#Provisional_Assembly location Ytown#true",
        "It was created by Law No. 5 of 1946 of the Grand National Assembly.#High_Council_(Ylan) establishedBy Law_No._5_of_1946#true",
        "It was created by Law No. 5 of 1946 of the Grand National Assembly.#Law_No rdf:type LegalInstrument#false",
        "It was set up under Decree No. 12 of the Council of Ministers of Ylan.#Decree_No._12 rdf:type LegalInstrument#true",
        "The Act of 1946 of the Provisional Assembly abolished it.#Act_of_1946 rdf:type LegalInstrument#true",
        // controls: no number, no year: one name
        "The Statute of the Council of Ylan was adopted in 1946.#Statute_of_the_Council_of_Ylan rdf:type LegalInstrument#true",
    })
    void actAndItsMakerAreTwoNames(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("High Council (Ylan)", "The High Council was the collective head of state of Ylan"
                + " from 1945 to 1946. " + sentence, fact, holds, tmp);
    }
}
