package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stop 32: a name in apposition to a common noun object ("created a single-chamber parliament, the Grand Diet", "two
 * supreme courts, A and B") is the object; "divided into" and "made up of" name an organ's parts, also after a count
 * ("into two chambers, A and B") and in a relative clause; "whose 100 members" counts the name before "whose"; a
 * "Secretariat" is an executive body and a numbered "Universal" an instrument, never persons. Invented names.
 */
class AppositionsAndPartsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "true#The charter created a single-chamber parliament, the Grand Diet of Norlia.#Charter_of_Norlia establishes Grand_Diet_of_Norlia",
        "true#It set up a new executive, the Board of Regents of Norlia, in 1921.#Charter_of_Norlia establishes Board_of_Regents_of_Norlia",
        "true#The charter established two supreme courts, the High Court of Norlia and the Court of Audit of Norlia.#Charter_of_Norlia establishes Court_of_Audit_of_Norlia",
        "false#The charter created a new body, the Senate of Norlia approved it.#Charter_of_Norlia establishes Senate_of_Norlia",
        "true#The Grand Diet of Norlia was divided into two chambers, the Chamber of Envoys and the Council of Elders.#Grand_Diet_of_Norlia hasPart Council_of_Elders",
        "true#The Grand Diet of Norlia, which is divided into two chambers, the Chamber of Envoys and the Council of Elders, meets in Ytown.#Grand_Diet_of_Norlia hasPart Chamber_of_Envoys",
        "true#The Grand Diet of Norlia was made up of the Chamber of Envoys and the Council of Elders.#Grand_Diet_of_Norlia hasPart Council_of_Elders",
        "true#The Grand Diet of Norlia, which was made up of two chambers, the Chamber of Envoys and the Council of Elders, met in Ytown.#Grand_Diet_of_Norlia hasPart Chamber_of_Envoys",
        "false#The country was divided into the Northern Province and the Southern Province.#Norlia hasPart Northern_Province",
        // "part of" as "a component of"; "Both chambers, A and B," as "The two chambers, A and B,"
        "true#The Vendish Republic, previously part of the Union of Norlia, adopted the charter.#Vendish_Republic partOf Union_of_Norlia",
        "true#In 1922 the Vendish Republic became part of the Union of Norlia.#Vendish_Republic partOf Union_of_Norlia",
        "false#A large part of the Union of Norlia was occupied by the Vendish Republic.#Vendish_Republic partOf Union_of_Norlia",
        "true#The Grand Diet of Norlia met in Ytown. Both chambers, the Chamber of Envoys and the Council of Elders, sat there.#Council_of_Elders partOf Grand_Diet_of_Norlia",
        "true#It created the Grand Diet of Norlia, whose 100 members were elected by the citizens.#Grand_Diet_of_Norlia memberCount 100",
        "true#The Grand Diet of Norlia, whose 120 deputies sat for four years, met in Ytown.#Grand_Diet_of_Norlia memberCount 120",
        "true#The diet elected the Council of Elders of Norlia, whose nine members served for life.#Council_of_Elders_of_Norlia memberCount 9",
        "true#Executive power lay with the General Secretariat, which was appointed by the Grand Diet of Norlia.#General_Secretariat rdf:type ExecutiveBody",
        "false#Executive power lay with the General Secretariat, which was appointed by the Grand Diet of Norlia.#General_Secretariat rdf:type Person",
        "true#The Third Universal, adopted on 20 November 1917, proclaimed the republic.#Third_Universal rdf:type LegalInstrument",
        // a name of no class of its own apposed to an instrument's description is that instrument (stop 33)
        "true#In 1918 the diet adopted a provisional constitution, the Resolution on the Foundations of Power.#Resolution_on_the_Foundations_of_Power rdf:type Constitution",
        "true#In 1860 the king issued a new charter, the October Diploma.#October_Diploma rdf:type LegalInstrument",
        "false#In 1860 the king issued a new charter, the October Diploma.#October_Diploma rdf:type Person",
        "true#A provisional constitution, the Basic Provisions of Norlia, was adopted by the diet in 1918.#Basic_Provisions_of_Norlia adopted 1918",
        // a colon's list whose items have relative clauses of their own (stop 33)
        "true#The Grand Diet of Norlia was divided into two chambers: the Chamber of Envoys, which the towns elected, and the Council of Elders, to which each province sent five members.#Grand_Diet_of_Norlia hasPart Council_of_Elders",
        "true#The Grand Diet of Norlia consisted of two chambers: the Chamber of Envoys, whose members were chosen by lot, and the Council of Elders.#Grand_Diet_of_Norlia hasPart Chamber_of_Envoys",
        "true#The Grand Diet of Norlia was divided into two chambers: the Chamber of Envoys, elected by the towns, and the Council of Elders, whose members sat for life.#Grand_Diet_of_Norlia hasPart Council_of_Elders",
        "true#The Grand Diet of Norlia was divided into two divisions: the Revenue Division, which collected taxes, and the Audit Division, which checked them.#Grand_Diet_of_Norlia hasPart Audit_Division",
        "false#The Grand Diet of Norlia was divided into two divisions: the Revenue Division, which collected taxes, and the Audit Division, which checked them.#Audit_Division rdf:type Person",
    })
    void appositionsAndParts(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Charter of Norlia", text, fact, holds, tmp);
    }
}
