package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sitting named like a body (a session's head noun, "the Diet of Dorn", "the Sejm of Tarn", or an ordinal, "the First
 * Legislative Council"; not "the Senate of Tarn") that the text
 * says is a session, sitting or convocation of a body (after a copula, in apposition, in the lead of its own article)
 * is a session of that body, not a legislature; a plural noun before an apposition ("between its sessions, a Presidium
 * of X") says no such thing. A span of years after "of" belongs to the name ("the Diet of 1790–1791") and is no
 * state's. Invented names.
 */
class SessionsNamedLikeBodiesTest {

    private static final String LEAD = "The Imperial Diet of Velmark was the legislature of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        "true#The Diet of Dorn was the last session of the Imperial Diet of Velmark.#Diet_of_Dorn rdf:type Session",
        "true#The Diet of Dorn was the last session of the Imperial Diet of Velmark.#Diet_of_Dorn sessionOf Imperial_Diet_of_Velmark",
        "true#The Sejm of Tarn, a sitting of the Imperial Diet of Velmark, opened in January 1569.#Sejm_of_Tarn sessionOf Imperial_Diet_of_Velmark",
        "false#The Sejm of Tarn, a sitting of the Imperial Diet of Velmark, opened in January 1569.#Sejm_of_Tarn rdf:type Legislature",
        "true#The Diet of 1790–1791 was a session of the Imperial Diet of Velmark.#Diet_of_1790_1791 rdf:type Session",
        "true#The Landtag of Tarn was the first convocation of the Imperial Diet of Velmark.#Landtag_of_Tarn sessionOf Imperial_Diet_of_Velmark",
        "false#The Senate of Tarn was a session of the Imperial Diet of Velmark.#Senate_of_Tarn sessionOf Imperial_Diet_of_Velmark",
        "false#Between its sessions, a Presidium of the Imperial Diet of Velmark, elected by the Diet, acted for it.#Presidium_of_the_Imperial_Diet_of_Velmark rdf:type Session",
        "true#Between its sessions, a Presidium of the Imperial Diet of Velmark, elected by the Diet, acted for it.#Presidium_of_the_Imperial_Diet_of_Velmark rdf:type Presidium",
        "false#The Imperial Diet of 1653–1654 met in Dorn.#Velmark_of_1653_1654 rdf:type Polity",
        // a session said of another thing in the sentence, or a dash between spaces, says nothing of the name
        "false#The Diet of Dorn, whose opening in 1790 was the first session of the Imperial Diet of Velmark, met in Tarn.#Diet_of_Dorn partOf Imperial_Diet_of_Velmark",
        "false#The Charter of 1921 – 45 articles in all – created the Senate of Tarn.#Charter_of_1921_45 rdf:type LegalInstrument",
    })
    void sessions(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Imperial Diet of Velmark", LEAD + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '#', value = {
        "Diet of Dorn#The Diet of Dorn was the last session of the Imperial Diet of Velmark. It opened on 20 January 1663.#Diet_of_Dorn rdf:type Session",
        "Diet of Dorn#The Diet of Dorn was the last session of the Imperial Diet of Velmark. It opened on 20 January 1663.#Diet_of_Dorn startDate 1663-01-20",
        "First Legislative Council of Tarn#The First Legislative Council of Tarn was the first convocation of the Legislative Council of Tarn.#First_Legislative_Council_of_Tarn sessionOf Legislative_Council_of_Tarn",
        "Diet of 1790–1791#The Diet of 1790–1791 was a session of the Diet of Dorn, held in Velm.#Diet_of_1790_1791 sessionOf Diet_of_Dorn",
        "Diet of Tarn#The Diet of Tarn was the legislature of Tarn, whose opening in 1790 was the first session of the Imperial Diet of Velmark.#Diet_of_Tarn rdf:type Legislature",
        "Second Chamber of Tarn#The Second Chamber of Tarn was the lower house of the States General of Tarn until 1848, when it became a joint sitting of the Diet of Tarn.#Second_Chamber_of_Tarn partOf States_General_of_Tarn",
        "First Legislative Council of Tarn#The First Legislative Council (Tarnish: Pirmo Taryba) was the first convocation of the Legislative Council of Tarn.#First_Legislative_Council_of_Tarn altLabel First Legislative Council",
        // a numbered congress whose article names no body: a session of the body its name gives
        "Second All-Tarn Congress#The Second All-Tarn Congress was a congress of delegates held in Dorn in December 1917.#Second_All-Tarn_Congress sessionOf All-Tarn_Congress",
        "Second All-Tarn Congress#The Second All-Tarn Congress met in Dorn. It followed the First All-Tarn Congress, which had met in July.#Second_All-Tarn_Congress precededBy First_All-Tarn_Congress",
        "Third Tarnish Kurultai#The Third Tarnish Kurultai was held in Dorn in 1921.#Third_Tarnish_Kurultai rdf:type Session",
        "First Legislative Council of Tarn#The First Legislative Council (Tarnish: Pirmo Taryba) was the first convocation of the Legislative Council of Tarn.#First_Legislative_Council_of_Tarn altLabel Pirmo Taryba",
    })
    void ownArticle(String title, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead(title, text, fact, true, tmp);
    }
}
