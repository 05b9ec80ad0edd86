package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names that hold: a state's name cut from the end of another name is a state only when it says which state ("the
 * Government of the People's Republic" names none, "the Treaty on the Union of Eastern Republics" names the union, not
 * "Eastern Republics"); a translation in quotes after a labelled foreign name is an English name of its own; a
 * compound with an en dash is one word to the sentence patterns ("Norland–Estmark Union" is no "Estmark Union"); a
 * state's short name in parentheses after an organ's ("People's Assembly (Velmia)") qualifies it and names nothing.
 * Invented names.
 */
class StateTailsAndGlossesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of the People's Republic of Velmia|Executive power lay with the Government of the People's Republic.|People's_Republic rdf:type Polity",
        "Charter of the Free State of Velmia|Power rested with the Cabinet of the Free State.|Free_State rdf:type Polity",
        "Charter of the Federal Republic of Velmia|The Council of the Federal Republic was elected for four years.|Council_of_the_Federal_Republic jurisdiction Federal_Republic",
        "Charter of the Socialist Republic of Velmia|It established the Presidium of the Socialist Republic.|Socialist_Republic rdf:type Polity",
        "Charter of the Socialist Republic of Velmia|It established the Presidium of the Socialist Republic.|Presidium_of_the_Socialist_Republic partOf Socialist_Republic",
        "Treaty on the Union of Eastern Republics|The Treaty on the Union of Eastern Republics was signed in 1923.|Eastern_Republics rdf:type Polity",
        "Treaty on the Confederation of Free Republics|The Treaty on the Confederation of Free Republics was signed in 1923.|Treaty_on_the_Confederation_of_Free_Republics jurisdiction Free_Republics",
        "Hallvik Protocol|The Norland–Estmark Union, also known as the Dual Realm, was created in 1921.|Estmark_Union rdf:type Polity",
        "Hallvik Protocol|The Norland–Estmark Union, also known as the Dual Realm, was created in 1921.|Estmark_Union altLabel Dual Realm",
        "Grand Diet of Velmia|== See also == // - People's Assembly (Velmia) // - Grand Diet (Norland)|People's_Assembly altLabel Velmia",
    })
    void notStated(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, ("The " + title + " was the law of the Republic of Velmia. // " + body)
                .replace(" // ", "\n"), unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Treaty on the Union of Eastern Republics|It was signed in 1923.|Treaty_on_the_Union_of_Eastern_Republics jurisdiction Union_of_Eastern_Republics",
        "Treaty on the Confederation of Free Republics|It was signed in 1923.|Treaty_on_the_Confederation_of_Free_Republics jurisdiction Confederation_of_Free_Republics",
        "Council of Ministers of the Soviet Union|It was formed in 1946.|Council_of_Ministers_of_the_Soviet_Union jurisdiction Soviet_Union",
        "Imperial Diet|The Imperial Diet (German: Reichsrat, \"Council of the Realm\") was the legislature.|Imperial_Diet altLabel Council of the Realm",
        "Imperial Diet|The Imperial Diet (German: Reichsrat, \"Council of the Realm\") was the legislature.|Imperial_Diet altLabel Reichsrat",
        "Imperial Diet|The Imperial Diet (Velmian: Riksrad av Velmia, 'Council of the Realm') was the legislature.|Imperial_Diet altLabel Riksrad av Velmia",
        "Imperial Diet|The Imperial Diet (Velmian: Riksrad av Velmia, “Council of the Realm”) was the legislature.|Imperial_Diet altLabel Council of the Realm",
        "Hallvik Protocol|The Norland–Estmark Union, also known as the Dual Realm, was created in 1921.|Norland-Estmark_Union altLabel Dual Realm",
    })
    void stated(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }
}
