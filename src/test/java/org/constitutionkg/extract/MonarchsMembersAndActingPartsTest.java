package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Three readings of who a body is and who acts for it, with invented names and sentences:
 * <ul>
 * <li>a monarch's name (a given name, a Roman numeral and the realm) as the predecessor or successor in an organ's
 * infobox is a person, no organ of the organ's kind (numbered-heads.txt: "Title IV of Xland" is none);</li>
 * <li>persons a body is "composed of" or "consisted of" are its members, no parts of it;</li>
 * <li>"the two chambers of X", "both houses of X", "a joint session of X", "the deputies of X" act as X, no electorate
 * (acting-parts.txt); "the chambers of commerce" stay an electorate.</li>
 * </ul>
 */
class MonarchsMembersAndActingPartsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '#', value = {
        "Preceded by: Otto IV of Eastmark#Otto_IV_of_Eastmark rdf:type Person#true",
        "Preceded by: Otto IV of Eastmark#Otto_IV_of_Eastmark rdf:type ExecutiveBody#false",
        "Succeeded by: Ida II of Eastmark#Ida_II_of_Eastmark rdf:type Person#true",
        "Successor: Ludwig III of the Velm Isles#Ludwig_III_of_the_Velm_Isles rdf:type Person#true",
        // a numbered part of a text, a cabinet named by its leader and a number: no monarchs
        "Preceded by: Title IV of Eastmark#Title_IV_of_Eastmark rdf:type Person#false",
        "Preceded by: Berg II#Berg_II rdf:type Person#false",
    })
    void aMonarchInAnOrgansInfoboxIsAPerson(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox("Regency Council of Eastmark", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The council was composed of Ana Berg, Ivo Kern and Lena Horvat.#Regency_Council_of_Eastmark hasPart Ivo_Kern",
        "It consisted of Ana Berg and Ivo Kern, both judges.#Regency_Council_of_Eastmark hasPart Ivo_Kern",
        "It consisted of Ana Berg, a judge, and Ivo Kern, a bishop.#Regency_Council_of_Eastmark hasPart Ivo_Kern",
        "It was composed of:\\n- Ana Berg, a judge;\\n- Ivo Kern, a bishop.#Regency_Council_of_Eastmark hasPart Ivo_Kern",
    })
    void personsABodyIsComposedOfAreNoParts(String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Regency Council of Eastmark", "The Regency Council of Eastmark was the regency of Eastmark. "
                + sentence.replace("\\n", "\n"), fact, false, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "It was elected by the two chambers of the Diet.#State_Board_of_Eastmark electedBy Diet#true",
        "The board was elected by both houses of the Diet in 1921.#State_Board_of_Eastmark electedBy Diet#true",
        "Its members were chosen by the deputies of the Diet.#State_Board_of_Eastmark electedBy Diet#true",
        "It was elected by the two chambers of the Diet meeting together.#State_Board_of_Eastmark electedBy two_chambers#false",
        "It was elected by the chambers of commerce.#State_Board_of_Eastmark electedBy chambers_of_commerce#true",
    })
    void partsOfABodyActAsTheBody(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("State Board of Eastmark", "The State Board of Eastmark was an organ of Eastmark. "
                + sentence, fact, holds, tmp);
    }
}
