package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name followed by "who", a lifespan or an apposition of a noun only a person is is a person's; invented sentences. */
class PersonCuesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The office lapsed when Ivan Petrov, who had held it since 1920, died.|Ivan_Petrov rdf:type Person",
        "Charter of Xland|In that year Olga Smirnova (who had come to power in March) left Xtown.|Olga_Smirnova rdf:type Person",
        "Charter of Xland|The first draft was the work of Anton Berg (1870–1937).|Anton_Berg rdf:type Person",
        "Charter of Xland|Its author was Pavel Sokolov (born 1901), a lawyer.|Pavel_Sokolov rdf:type Person",
        "Charter of Xland|Then Ivan Petrov, who was old, resigned.|Ivan_Petrov rdf:type Person",
        "Charter of Xland|It was drafted by the jurist Ivan Petrov (1870–1937).|Ivan_Petrov rdf:type Person",
        // who appointed or elected the person
        "Charter of Xland|In 1905 Anton Berg (appointed by the King to end the war) issued a manifesto.|Anton_Berg rdf:type Person",
        "Charter of Xland|Marta Kovac, elected by the guilds in 1920, opened the diet.|Marta_Kovac rdf:type Person",
        "Charter of Xland|The text was drafted by Pavel Sokolov (nominated by the Senate of Xland).|Pavel_Sokolov rdf:type Person",
        "Charter of Xland|Then Olga Smirnova, appointed by the council, signed it.|Olga_Smirnova rdf:type Person",
        // an apposition headed by a noun only a person is
        "Charter of Xland|The office was filled by Ivan Petrov, formerly the leader of the Farmers Party.|Ivan_Petrov rdf:type Person",
        "Charter of Xland|Olga Smirnova, a lawyer from Xtown, drafted the text.|Olga_Smirnova rdf:type Person",
        "Charter of Xland|Pavel Sokolov, then the Minister of Justice, signed it.|Pavel_Sokolov rdf:type Person",
        "Charter of Xland|The draft was read by Anton Berg, an elderly liberal historian.|Anton_Berg rdf:type Person",
        "Charter of Xland|The text that Marta Kovac, the chairwoman, read out was short.|Marta_Kovac rdf:type Person",
    })
    void whatFollowsANameShowsAPerson(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|The Grand Assembly of Xland, who met in spring, was dissolved.|Grand_Assembly_of_Xland rdf:type Person",
        "Charter of Xland|The Charter of Xland (1921–1934) was short.|Charter_of_Xland rdf:type Person",
        "Charter of Xland|Then Ivan Petrov, who was old, resigned.|Then_Ivan_Petrov rdf:type Person",
        "Charter of Xland|During the Great Purge (1936–1938), the Diet of Xland did not meet.|Great_Purge rdf:type Person",
        "Charter of Xland|The Young Xlanders, who opposed the charter, were banned.|Young_Xlanders rdf:type Person",
        "Charter of Xland|The Senate of Xland, the upper house of the Diet, met in Xtown.|Senate_of_Xland rdf:type Person",
        "Charter of Xland|In the subsequent Spring Manifesto, the king promised a diet.|Spring_Manifesto rdf:type Person",
        "Charter of Xland|North Xland, a member of the union, left it in 1930.|North_Xland rdf:type Person",
        "Charter of Xland|The Council of Elders of Xland (appointed by the King) met in Xtown.|Council_of_Elders_of_Xland rdf:type Person",
        "Charter of Xland|Power was vested in a Governor General, appointed by the King, and a Chief Minister.|Governor_General rdf:type Person",
        "Charter of Xland|Civic Forum, the movement of the president, won the vote.|Civic_Forum rdf:type Person",
        "Charter of Xland|The Ytown Herald, a newspaper of the premier, wrote against it.|Ytown_Herald rdf:type Person",
    })
    void anOrganOrInstrumentIsNoPerson(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
