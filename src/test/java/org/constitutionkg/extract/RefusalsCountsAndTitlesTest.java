package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings of fresh audits (stop 49), each with invented names in several phrasings: a body that refused, declined
 * or failed to act did not act; a count after ", while" is the second clause's subject's, a limit ("up to three") or
 * a qualified part ("the five permanent members of X") no body's size; an instrument's parts counted in its infobox;
 * no name keeps the comma a cut-off year leaves; an article's title is the name other articles reach it by, even
 * where the article also names it with its state.
 */
class RefusalsCountsAndTitlesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "The Senate of Velmar refused to ratify the Treaty of Ostburg.#false",
        "The Senate of Velmar declined to ratify the Treaty of Ostburg.#false",
        "The Senate of Velmar failed to ratify the Treaty of Ostburg.#false",
        "The Senate of Velmar was unable to ratify the Treaty of Ostburg in 1922.#false",
        "In 1922 the Senate of Velmar, which had long opposed it, refused to ratify the Treaty of Ostburg.#false",
        "The Senate of Velmar met in May 1922 to ratify the Treaty of Ostburg.#true",
        "The Treaty of Ostburg was ratified by the Senate of Velmar in 1922.#true",
        "The Treaty of Ostburg, which was never amended, was ratified by the Senate of Velmar in 1922.#true",
    })
    void refusalIsNoAct(String sentence, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Treaty of Ostburg", sentence, "Treaty_of_Ostburg ratifiedBy Senate_of_Velmar", holds,
                tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "The Lower House has 275 members, while the Upper House is a permanent body of 59 members.#Lower_House memberCount 59#false",
        "The Lower House has 275 members, while the Upper House is a permanent body of 59 members.#Lower_House memberCount 275#true",
        "The Lower House has 275 members, while the Upper House is a permanent body of 59 members.#Upper_House memberCount 59#true",
        "The Senate of Velmar had 60 members, whereas the Chamber of Deputies of Velmar had 180 members.#Senate_of_Velmar memberCount 180#false",
        "The Senate of Velmar had 60 members, but the Chamber of Deputies of Velmar had 180 members.#Senate_of_Velmar memberCount 180#false",
        "Each province could send a delegation of up to three deputies to the Velmar Diet.#Velmar_Diet memberCount 3#false",
        "The Velmar Diet admitted up to forty deputies of the towns.#Velmar_Diet memberCount 40#false",
        "The council came to consist only of the five permanent members of the Security Board.#Security_Board memberCount 5#false",
        "The ten elected members of the Grand Council of Velmar met in Ostburg.#Grand_Council_of_Velmar memberCount 10#false",
        "The 63 deputies of the Grand Council of Velmar met in Ostburg.#Grand_Council_of_Velmar memberCount 63#true",
        "All 450 elected deputies of the Grand Council of Velmar met in Ostburg.#Grand_Council_of_Velmar memberCount 450#true",
        "The Velmar Assembly was enlarged in 1994, but has had 120 members since 2000.#Velmar_Assembly memberCount 120#true",
        "The Senate of Velmar began with 50 members, and the Chamber of Deputies of Velmar had 102 members.#Senate_of_Velmar memberCount 102#false",
        "The Senate of Velmar began with 50 members, and the Chamber of Deputies of Velmar had 102 members.#Chamber_of_Deputies_of_Velmar memberCount 102#true",
    })
    void countOfTheRightBody(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Velmar Diet", sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "Articles: 146#Charter_of_Velmar articleCount 146",
        "Articles: 146 (original)#Charter_of_Velmar articleCount 146",
        "Chapters: 12#Charter_of_Velmar chapterCount 12",
        "Sections: 9#Charter_of_Velmar sectionCount 9",
        "Date Abrogated: 1987#Charter_of_Velmar repealed 1987",
        "Abrogated: 3 May 1987#Charter_of_Velmar repealed 1987-05-03",
    })
    void partsOfAnInstrumentCounted(String field, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Charter of Velmar", field, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '#', value = {
        "Constitution of the Kingdom of Velmar, 1990#Kingdom_of_Velmar altLabel Kingdom of Velmar,#false",
        "Constitution of the Kingdom of Velmar, 1990#Constitution_of_the_Kingdom_of_Velmar_1990 jurisdiction Kingdom_of_Velmar#true",
        "Charter of the Republic of Ostria, 1952 (2009 VS)#Republic_of_Ostria altLabel Republic of Ostria,#false",
        "Basic Law of the Principality of Kelm; 1921#Principality_of_Kelm altLabel Principality of Kelm;#false",
        "Statute of the Duchy of Ostria – 1848#Duchy_of_Ostria altLabel Duchy of Ostria –#false",
    })
    void noNameEndsWithAComma(String caption, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        String title = caption.replaceAll("[,;–] | \\(.*", " ").replaceAll("\\s+", " ").strip();
        ExtractionCases.assertArticle("= " + title + " =\n\n" + caption + "\n- Date Effective: 9 November 1990\n\n"
                + "It was a made-up constitution.\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '#', value = {
        "- Parent Agency: Council of Trade and Defence#Planning_Office accountableTo Council_of_Trade_and_Defence",
        "- Parent Body: Council of Trade and Defence#Planning_Office partOf Council_of_Trade_and_Defence",
        "- Preceded By: Council of Trade and Defence#Planning_Office precededBy Council_of_Trade_and_Defence",
        "- Preceding1: Council of Trade and Defence#Planning_Office precededBy Council_of_Trade_and_Defence",
    })
    void titleIsTheNameOtherArticlesReach(String field, String fact, @TempDir Path tmp) throws Exception {
        Path first = Files.writeString(tmp.resolve("01_council.txt"), "= Council of Trade and Defence =\n\n"
                + "The Council of Trade and Defence was a body of the government of Velmar, formed in 1920. After "
                + "the union of 1923 the Council of Trade and Defence of the Velmar Union was set up and acted under "
                + "the Velmar Cabinet.\n");
        Path second = Files.writeString(tmp.resolve("02_office.txt"), "= Planning Office =\n\nInfobox\n- Agency Name: Planning Office\n" + field
                + "\n- Jurisdiction: Velmar Union\n\nThe Planning Office was a government agency of Velmar, formed in 1921.\n");
        Set<String> facts = ExtractionCases.facts(Pipeline.build(List.of(first, second), Pipeline.DEFAULT_BASE,
                p -> { }).dataset().getUnionModel().getGraph());
        assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
        assertTrue(facts.stream().noneMatch(f -> f.contains("(StateOrgan)") || f.contains("_(2)")),
                () -> "a second council:\n" + String.join("\n", facts));
    }
}
