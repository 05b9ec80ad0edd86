package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of the second round of stop-49 audits (A207-A212), with invented names: chambers listed in a parliament's
 * "Political Groups" are its chambers with their sizes, no parties; an institution ("Ostburg University") and what a
 * person chairs ("its Speaker") are no persons; a regnal numeral's full stop ends a sentence before a word that opens
 * one ("granted by Prince Otto I. Under the charter ...").
 */
class ChambersInSeatListsAndNoPersonsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Political Groups1: House of Assembly (178), House of Delegates (45)#Tricameral_Parliament_of_Velmar hasPart House_of_Assembly_of_Velmar#true",
        "Political Groups1: House of Assembly (178), House of Delegates (45)#House_of_Assembly_of_Velmar memberCount 178#true",
        "Political Groups1: House of Assembly (178), House of Delegates (45)#House_of_Delegates_of_Velmar rdf:type PoliticalGroup#false",
        "Political Groups1: Chamber of Deputies (120), Senate (60)#Senate_of_Velmar memberCount 60#true",
        "Political Groups1: Velmar Party (120), Liberty Front (58)#Velmar_Party rdf:type PoliticalGroup#true",
        "Political Groups1: Velmar Party (120), Liberty Front (58)#Tricameral_Parliament_of_Velmar hasPart Velmar_Party#false",
        "Political Groups1: Government (120): Velmar Party (120), Opposition (58): Liberty Front (58)#Tricameral_Parliament_of_Velmar_seats_Velmar_Party seats 120#true",
        "Political Groups1: Government (120): Velmar Party (120), Opposition (58): Liberty Front (58)#Opposition rdf:type PoliticalGroup#false",
        "Political Groups1: Government (120), Velmar Party (120), Opposition (58), Liberty Front (58)#Government rdf:type PoliticalGroup#false",
        "Political Groups1: Government (120), Velmar Party (120), Opposition (58), Liberty Front (58)#Tricameral_Parliament_of_Velmar_seats_Liberty_Front seats 58#true",
    })
    void chambersAmongSeats(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle(ExtractionCases.lines("= Tricameral Parliament of Velmar = // Infobox // - "
                + field + " // // The Tricameral Parliament of Velmar was the legislature of Velmar from 1984 to "
                + "1994.\n"), fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "It was chaired by Jacob Brandt, the president of Ostburg University.#Ostburg_University rdf:type Person#false",
        "It was chaired by Jacob Brandt, the president of Ostburg University.#Velmar_Commission chair Jacob_Brandt#true",
        "Jacob Brandt, the rector of Kelm Academy, chaired it from 1899.#Kelm_Academy rdf:type Person#false",
        "Its secretary was Anna Berg of the Ostburg Gazette Company.#Ostburg_Gazette_Company rdf:type Person#false",
        "The Regular Kelmat Velo was elected in 1984; Nicanor Yvar served as its Speaker.#Regular_Kelmat_Velo rdf:type Person#false",
        "The Regular Kelmat Velo was elected in 1984; Nicanor Yvar served as its Speaker.#Nicanor_Yvar rdf:type Person#true",
    })
    void noPersonThere(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Velmar Commission =\n\nThe Velmar Commission was a body appointed by the "
                + "Regent in 1899.\n\n== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "It was granted by Prince Otto I. Under the charter the council has 24 members.#Otto_I rdf:type Person#true",
        "It was granted by Prince Otto I. Under the charter the council has 24 members.#Otto_I._Under rdf:type Person#false",
        "It was opened by King Ivo II. The council met in 1912.#Ivo_II rdf:type Person#true",
        "It was dissolved by Prince Otto I. In 1912 it met again.#Otto_I. rdf:type Person#false",
        "It was created by the charter of 1911, granted by Prince Otto I. It has 24 members.#National_Council_of_Velmar memberCount 24#true",
    })
    void numeralEndsTheSentence(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= National Council of Velmar =\n\nThe National Council of Velmar is the "
                + "legislature of Velmar.\n\n== History ==\n" + sentence + "\n", fact, holds, tmp);
    }

    /** A section's heading that is a bare common noun ("== Amendment ==") names no instrument. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Amendment", "Amendments", "Resolutions", "Preamble", "Ordinance"})
    void bareHeadingNamesNothing(String heading, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Charter of Velmar =\n\nThe Charter of Velmar was adopted in 1986.\n\n== "
                + heading + " ==\nThe charter may be amended by a vote of two thirds.\n", heading
                + " rdf:type LegalInstrument", false, tmp);
    }

    /**
     * "the Senate" is what the text named before it (here the article's subject), never a name the same sentence gives
     * only after it; a description set off after a name is that name's, no second agent (A213).
     */
    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "the Senate was succeeded by the Ostrian Senate, the upper house of the Ostrian Legislature.#Senate_of_the_Republic_of_Velmaria succeededBy Ostrian_Senate#true",
        "the Senate was succeeded by the Ostrian Senate, the upper house of the Ostrian Legislature.#Senate_of_the_Republic_of_Velmaria precededBy Ostrian_Senate#false",
        "the Senate was succeeded by the Ostrian Senate, the upper house of the Ostrian Legislature.#Senate_of_the_Republic_of_Velmaria partOf Ostrian_Legislature#false",
        "the Ostrian Senate replaced the Senate.#Senate_of_the_Republic_of_Velmaria succeededBy Ostrian_Senate#true",
        "the Senate gave way to the Ostrian Senate.#Ostrian_Senate succeededBy Senate_of_the_Republic_of_Velmaria#false",
    })
    void theSenateIsNoLaterName(String clause, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertArticle("= Senate of the Republic of Velmaria =\n\nThe Senate of the Republic of Velmaria "
                + "was the upper house. The lower house was the House of Representatives of the Republic of Velmaria.\n\n"
                + "After the annexation of Velmaria by the Ostrian Union, " + clause + "\n", fact, holds, tmp);
    }
}
