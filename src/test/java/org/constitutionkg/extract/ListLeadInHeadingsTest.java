package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line of its own ending with a colon that reads as a heading of a list kind (sections.tsv: "Presidents of the
 * Senate:") makes the list after it of that kind and owner, as a heading would: under "== Presidents ==" of the
 * article on a parliament, "Presidents of the Senate:" lists the Senate's chairs, not the parliament's. Invented
 * articles, with the lead-in under a heading, after a paragraph, with a chamber named in the lead, and a second list.
 */
class ListLeadInHeadingsTest {

    private static final String LEAD = "The Estates of Morvane was the bicameral legislature of Morvane. Its"
            + " chambers were the Senate (Senat) and the Chamber of Burghers. // // ";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Estates of Morvane#== Presidents == // Presidents of the Senate: // - Count Ivo Relan (1861–1872) // - Tomas Vek (1872–1890)#Senate chair Ivo_Relan",
        "Estates of Morvane#== Presidents == // Presidents of the Senate: // - Count Ivo Relan (1861–1872) // - Tomas Vek (1872–1890)#Senate chair Tomas_Vek",
        "Estates of Morvane#== Presidents == // Presidents of the Senate: // - Ivo Relan (1861–1872) // // Speakers of the Chamber of Burghers: // - Anna Lusk (1861–1880)#Chamber_of_Burghers chair Anna_Lusk",
        // a sentence lead-in that names another body than the section's: "X was presided over by a speaker ...:"
        "Estates of Morvane#== Speakers == // The Chamber of Burghers was presided over by a speaker chosen by its members: // - Anna Lusk (1861–1880) // - Olaf Brenn (1880–1904)#Chamber_of_Burghers chair Olaf_Brenn",
        "Estates of Morvane#== Speakers == // The Chamber of Burghers was chaired in turn by: // - Anna Lusk (1861–1880) // - Olaf Brenn (1880–1904)#Chamber_of_Burghers chair Anna_Lusk",
        "Estates of Morvane#== Presidents == // The Senate was headed by a president whom the king named: // - Ivo Relan (1861–1872)#Senate chair Ivo_Relan",
        "Estates of Morvane#== History == // The chambers met in the old hall. // // Presidents of the Chamber of Burghers: // - 1861–1880: Anna Lusk#Chamber_of_Burghers chair Anna_Lusk",
        // a lead-in that ends in its verb, with or without a time phrase before it
        "Estates of Morvane#== History == // Presidents of the Chamber of Burghers included: // - Anna Lusk (1861–1880) // - Olaf Brenn (1880–1904)#Chamber_of_Burghers chair Olaf_Brenn",
        "Estates of Morvane#== History == // Speakers of the Chamber of Burghers were: // - Anna Lusk (1861–1880)#Chamber_of_Burghers chair Anna_Lusk",
        "Estates of Morvane#== History == // Speakers of the Chamber of Burghers in its last years were, in turn: // - Anna Lusk (1861–1880)#Chamber_of_Burghers chair Anna_Lusk",
        "Estates of Morvane#== History == // Presidents of the Estates of Morvane included: // - Anna Lusk (1861–1880)#Estates_of_Morvane chair Anna_Lusk",
        "Estates of Morvane#== History == // Speakers of the Chamber of Burghers during the war years were: // - Anna Lusk (1861–1880)#Chamber_of_Burghers chair Anna_Lusk",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, ExtractionCases.lines(LEAD + body), expected.replace("Senate ",
                "Senate_of_Morvane "), tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Estates of Morvane#== Presidents == // Presidents of the Senate: // - Count Ivo Relan (1861–1872) // - Tomas Vek (1872–1890)#Estates_of_Morvane chair Ivo_Relan",
        "Estates of Morvane#== Presidents == // Presidents of the Senate: // - Ivo Relan (1861–1872) // // Speakers of the Chamber of Burghers: // - Anna Lusk (1861–1880)#Estates_of_Morvane chair Anna_Lusk",
        "Estates of Morvane#== Presidents == // Presidents of the Senate: // - Ivo Relan (1861–1872) // // Speakers of the Chamber of Burghers: // - Anna Lusk (1861–1880)#Senate_of_Morvane chair Anna_Lusk",
        "Estates of Morvane#== Speakers == // The Chamber of Burghers was presided over by a speaker chosen by its members: // - Anna Lusk (1861–1880)#Estates_of_Morvane chair Anna_Lusk",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, ExtractionCases.lines(LEAD + body), unexpected, tmp);
    }
}
