package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An office is no person: a name whose head is a title (person-titles.txt), with only titles and their modifiers
 * before it and what it is of after it ("Grand Chancellor", "Prime Minister", "King of Norland", "President of the
 * Federation"), is never typed a person, nor a signer, a chair or a part, wherever a person is born: prose cues
 * ("who"), infobox leaders, signatories (an office after a person's name is his title: only the person signs),
 * parent agencies. A title before a person's name still gives the person. Invented articles; "/" separates lines.
 */
class OfficesAreNoPersonsTest {

    private static Set<String> facts(String title, String text, Path tmp) throws Exception {
        Path article = Files.writeString(tmp.resolve("01_case.txt"), "= " + title + " =\n\n"
                + String.join("\n\n", List.of(text.split("/"))).replace("\n\n- ", "\n- ") + "\n");
        return ExtractionCases.facts(Pipeline.build(List.of(article), Pipeline.DEFAULT_BASE, p -> { })
                .dataset().getUnionModel().getGraph());
    }

    @ParameterizedTest(name = "{1} => {2}")
    @CsvSource(delimiter = '|', value = {
        // the person beside the office is still found
        "Charter of Ostmark|Infobox/- Signatories: Otto IV, King of Ostmark/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy Otto_IV",
        "Charter of Ostmark|Infobox/- Signatories: Otto IV, King of Ostmark; Anna Berg, Grand Chancellor of Ostmark/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy Anna_Berg",
        "Charter of Ostmark|Infobox/- Signed by: Vera Holm, President of the Federation, and Karl Lind/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy Karl_Lind",
        "Charter of Ostmark|Infobox/- Signed by: Vera Holm, President of the Federation, and Karl Lind/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy Vera_Holm",
        "Grand Diet of Xland|Infobox/- Leader1: Imperial Chancellor (ex officio)/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Grand_Diet_of_Xland chair Olga_Smirnova",
        // a title before a person's name: the person
        "Grand Diet of Xland|The Grand Diet of Xland was the legislature of Xland./It was chaired by Chancellor Arvid Kolstrup.|Grand_Diet_of_Xland chair Arvid_Kolstrup",
        "Treaty of Ytown|The treaty was signed by Prime Minister Pavel Drugov and King Otto of Westmark.|Treaty_of_Ytown signedBy Pavel_Drugov",
        "Grand Diet of Xland|The Grand Diet of Xland was the legislature of Xland./Ivan Martin King, who chaired the diet, resigned in 1930.|Ivan_Martin_King rdf:type Person",
    })
    void thePersonsAreFound(String title, String text, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = facts(title, text, tmp);
        assertTrue(facts.contains(fact), () -> fact + " not in\n" + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{1} => not {2}")
    @CsvSource(delimiter = '|', value = {
        // prose: a relative clause, a passive by-phrase, an apposition
        "Council of Regents of Norland|The Council of Regents of Norland was the government of Norland./The king appointed the Grand Chancellor, who chaired the council.|Grand_Chancellor rdf:type Person",
        "Council of Regents of Norland|The Council of Regents of Norland was the government of Norland./The king appointed the Grand Chancellor, who chaired the council.|Council_of_Regents_of_Norland chair Grand_Chancellor",
        "Council of Regents of Norland|The Council of Regents of Norland was the government of Norland./The Prime Minister, who presided over it after 1880, answered to the diet.|Prime_Minister rdf:type Person",
        "Council of Regents of Norland|The Council of Regents of Norland was the government of Norland./It was chaired by the Federal Chancellor.|Federal_Chancellor rdf:type Person",
        "Council of Regents of Norland|The Council of Regents of Norland was the government of Norland./It was chaired by the Federal Chancellor.|Council_of_Regents_of_Norland chair Federal_Chancellor",
        // a title after "the", in every voice: whoever held it, no one's name
        "Diet of Norland|The Diet of Norland was the legislature of Norland./The House of Lords was chaired by the Judge Royal.|Judge_Royal rdf:type Person",
        "Diet of Norland|The Diet of Norland was the legislature of Norland./The Judge Royal chaired the House of Lords.|Judge_Royal rdf:type Person",
        "Diet of Norland|The Diet of Norland was the legislature of Norland./The House of Lords, which was presided over by the Lord Warden, met in Ytown.|Lord_Warden rdf:type Person",
        "Diet of Norland|The Diet of Norland was the legislature of Norland./It was headed by the Grand Bailiff.|Diet_of_Norland chair Grand_Bailiff",
        // infobox leaders: with a qualifier, with "of", a bare two-word office
        "Grand Diet of Xland|Infobox/- Leader1: Imperial Chancellor (ex officio)/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Imperial_Chancellor rdf:type Person",
        "Grand Diet of Xland|Infobox/- Leader1: Imperial Chancellor (ex officio)/- Leader2: Olga Smirnova/The Grand Diet of Xland was the legislature of Xland.|Grand_Diet_of_Xland chair Imperial_Chancellor",
        "Grand Diet of Xland|Infobox/- Leader1: President of the Federation/The Grand Diet of Xland was the legislature of Xland.|President_of_the_Federation rdf:type Person",
        "Grand Diet of Xland|Infobox/- Chairman: Prime Minister/The Grand Diet of Xland was the legislature of Xland.|Prime_Minister rdf:type Person",
        // signatories: the office in apposition is no second signer
        "Charter of Ostmark|Infobox/- Signatories: Otto IV, King of Ostmark/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy King_of_Ostmark",
        "Charter of Ostmark|Infobox/- Signatories: Otto IV, King of Ostmark/The Charter of Ostmark was the constitution of Ostmark.|King_of_Ostmark rdf:type Person",
        "Charter of Ostmark|Infobox/- Signatories: Otto IV, King of Ostmark; Anna Berg, Grand Chancellor of Ostmark/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy Grand_Chancellor_of_Ostmark",
        "Charter of Ostmark|Infobox/- Signed by: Vera Holm, President of the Federation, and Karl Lind/The Charter of Ostmark was the constitution of Ostmark.|Charter_of_Ostmark signedBy President_of_the_Federation",
        "Charter of Ostmark|Infobox/- Authors: Emperor of Ostmark/The Charter of Ostmark was the constitution of Ostmark.|Emperor_of_Ostmark rdf:type Person",
        // a parent agency that is an office: no person, no part
        "Council of Regents of Norland|Infobox/- Agency Name: Council of Regents of Norland/- Parent Agency: King of Norland/The Council of Regents of Norland was the government of Norland.|King_of_Norland rdf:type Person",
    })
    void anOfficeIsNoPerson(String title, String text, String fact, @TempDir Path tmp) throws Exception {
        Set<String> facts = facts(title, text, tmp);
        assertFalse(facts.contains(fact), () -> fact + " stated in\n" + String.join("\n", facts));
    }
}
