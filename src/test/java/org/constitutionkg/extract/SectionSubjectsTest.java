package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A section headed by the name of an organ or instrument ("== House of Lords of Xland ==") speaks of it: "it" there is the
 * organ, not the article's subject; the section after it speaks of its own. A heading that is the article's subject,
 * or no name, changes nothing. Invented articles; " // " separates lines.
 */
class SectionSubjectsTest {

    private static final String TITLE = "Landtag of Xland";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "== House of Lords of Xland == // It had no fixed size; in 1890 it numbered 312 members.#House_of_Lords_of_Xland memberCount 312",
        "== House of Lords of Xland == // It was chaired by Prince Otto zu Ahlberg.#House_of_Lords_of_Xland chair Otto_zu_Ahlberg",
        "== House of Lords of Xland == // A text. // == House of Deputies of Xland == // It had 350 members.#House_of_Deputies_of_Xland memberCount 350",
        "== Council of Ministers of Xland == // It was accountable to the Landtag of Xland.#Council_of_Ministers_of_Xland accountableTo Landtag_of_Xland",
        // a heading that is a bare head noun: the organ the section's first sentence names by it
        "== Presidium == // Between sessions its powers passed to the Presidium of the Landtag of Xland, a body of 20 members. It was chaired by Anna Berg.#Presidium_of_the_Landtag_of_Xland chair Anna_Berg",
        "== Presidium == // The Presidium of the Landtag of Xland acted between sessions. Its first president was Anna Berg.#Presidium_of_the_Landtag_of_Xland chair Anna_Berg",
        "== Presidium == // The Landtag elected the Presidium of the Landtag of Xland. The presidium had 20 members.#Presidium_of_the_Landtag_of_Xland memberCount 20",
        "== Cabinet == // The Cabinet of Xland, the government of the kingdom, was formed in 1848. It had 9 members.#Cabinet_of_Xland memberCount 9",
        // a section on an instrument: its own facts, its signers for each state, its other names
        "== Vardo Protocol == // The protocol was signed for Ostmark by Aurel Dinvaru, for Velm by Kamil Zhetvarov and for Orsk by Levan Osmadi.#Vardo_Protocol signedBy Levan_Osmadi",
        "== Vardo Protocol == // It entered into force on 1 January 1992.#Vardo_Protocol effective 1992-01-01",
        "== Vardo Protocol == // The states met in Vardo and signed the Protocol to the Ytown Agreement (also called the Vardo Protocol).#Vardo_Protocol altLabel Protocol to the Ytown Agreement",
        "== Vardo Protocol == // The states signed the Protocol to the Ytown Agreement (also known as the Vardo Protocol) in 1991.#Vardo_Protocol altLabel Protocol to the Ytown Agreement",
    })
    void aSectionOfAnOrganSpeaksOfIt(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(TITLE, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "== House of Lords of Xland == // It had no fixed size; in 1890 it numbered 312 members.#Landtag_of_Xland memberCount 312",
        "== House of Lords of Xland == // A text. // == Composition == // It had 350 members.#House_of_Lords_of_Xland memberCount 350",
        "== Landtag of Xland == // It had 350 members.#Landtag_of_Xland_2 memberCount 350",
        "== Vardo Protocol == // The states signed the Protocol to the Ytown Agreement (also called the Vardo Protocol).#Ytown_Agreement altLabel Vardo Protocol",
        "== Vardo Protocol == // The protocol was signed for Ostmark by Aurel Dinvaru.#Vardo_Protocol signedBy Ostmark",
        "== History == // The King granted the Charter to the Landtag of Xland.#Charter_to_the_Landtag_of_Xland rdf:type LegalInstrument",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(TITLE, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
