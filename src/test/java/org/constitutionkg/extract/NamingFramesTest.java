package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frames of naming (property ALIAS in frames.tsv): another name of a thing, said in invented sentences of each
 * construction (passive, participle set off by commas, pronoun or description subject, active with the thing as
 * object, a quoted nickname); and names given otherwise: a translation in quotes, an instrument named by its year.
 */
class NamingFramesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Grand Assembly of Xland|The Grand Assembly of Xland was known as the Chamber of the People.|Grand_Assembly_of_Xland altLabel Chamber of the People",
        "Grand Assembly of Xland|It was also called the Great Diet.|Grand_Assembly_of_Xland altLabel Great Diet",
        "Grand Assembly of Xland|The Grand Assembly of Xland, also known as the Great Diet, met in Xtown.|Grand_Assembly_of_Xland altLabel Great Diet",
        "Grand Assembly of Xland|The assembly, commonly called the Great Diet, met in Xtown.|Grand_Assembly_of_Xland altLabel Great Diet",
        "Charter of Xland|Some historians refer to it as the Petrov Charter.|Charter_of_Xland altLabel Petrov Charter",
        "Charter of Xland|Ylanders called the charter the Spring Law.|Charter_of_Xland altLabel Spring Law",
        "Charter of Xland|The Charter of Xland is sometimes referred to as the \"little charter\" by historians.|Charter_of_Xland altLabel little charter",
        "Charter of Xland|It was dubbed \"the paper crown\" by its critics.|Charter_of_Xland altLabel paper crown",
        // a common noun phrase as the name: possessor and adjectives before a thing's head noun, nothing after it
        "Charter of Xland|The Charter of Xland was known as the little constitution.|Charter_of_Xland altLabel little constitution",
        "Charter of Xland|The charter, known as the imperial charter, was adopted in 1871.|Charter_of_Xland altLabel imperial charter",
        "Charter of Xland|It is sometimes referred to as the royal charter.|Charter_of_Xland altLabel royal charter",
        "Charter of Xland|Lawyers called the charter the old constitution.|Charter_of_Xland altLabel old constitution",
        "Charter of Xland|Some historians refer to it as Petrov's great charter (German: Petrovsche Grosskarta, PGK).|Charter_of_Xland altLabel Petrov's great charter",
        // a name in another language after what a verb of naming calls "it", and its abbreviation, each on its own
        "Charter of Xland|Some historians refer to it as the Grand Charter (German: Grosse Karta, GK).|Charter_of_Xland altLabel GK",
        "Charter of Xland|Some historians refer to it as Petrov's great charter (German: Petrovsche Grosskarta, PGK).|Charter_of_Xland altLabel Petrovsche Grosskarta",
        "Charter of Xland|It is sometimes called the great charter (Polish: Wielka Karta).|Charter_of_Xland altLabel Wielka Karta",
        "Charter of Xland|Lawyers call it the people's charter (Polish: Karta Ludowa, KL).|Charter_of_Xland altLabel KL",
        "Grand Assembly of Xland|The Grand Assembly of Xland (German: Grosse Versammlung, GV) met in Xtown.|Grand_Assembly_of_Xland altLabel Grosse Versammlung",
        // another name in quotes in a remark, after the name or after a description in apposition to it
        "Charter of Xland|Then the Land Act of 1911, a provisional statute (or \"little charter\") passed on 31 January, ended the monarchy.|Land_Act_of_1911 altLabel little charter",
        "Charter of Xland|The Grand Diet of Xland, an assembly of nobles (also \"the old diet\"), met in Xtown.|Grand_Diet_of_Xland altLabel old diet",
        "Charter of Xland|The Charter of Xland (or \"paper crown\") was short.|Charter_of_Xland altLabel paper crown",
        "Charter of Xland|The Senate of Xland (also \"House of Lords\") met in Ytown.|Senate_of_Xland altLabel House of Lords",
        // a translation in quotes after the name, a pronunciation before it, the title's qualifier left out
        "Reichsrat (Xland)|The Reichsrat (/de/, \"Council of the Realm\"), of Xland was the upper house.|Reichsrat_(Xland) altLabel Council of the Realm",
        "Landtag (Yland)|The Landtag (\"State Diet\") met in Ytown.|Landtag_(Yland) altLabel State Diet",
        // an ordinal in digits inside a name does not cut it
        "Eighth Congress of Councils of Xland|The Extraordinary 8th Congress of Councils of Xland was held in Xtown.|Eighth_Congress_of_Councils_of_Xland location Xtown",
        // an instrument named by its year and a lower-case head noun
        "Charter of Xland|It replaced the original 1921 constitution.|1921_Constitution rdf:type Constitution",
        "Charter of Xland|The 1930 treaty changed little.|1930_Treaty rdf:type Treaty",
    })
    void aNamingVerbGivesAnotherName(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of Xland|In 1925 the King dissolved the Grand Diet of Xland, an act (also known as \"the May coup\") that ended the old order.|Grand_Diet_of_Xland altLabel May coup",
        // not a name: a common noun, a possessor, a pronoun
        "Charter of Xland|Ivan Petrov was known as a reformer.|Ivan_Petrov altLabel reformer",
        "Charter of Xland|Historians refer to it as Petrov's charter.|Charter_of_Xland altLabel Petrov",
        "Charter of Xland|He was known as a reformer.|Charter_of_Xland altLabel He",
        // the subject named by its year and head noun is no second instrument
        "Polish Constitution of 1921|The 1921 constitution was short.|1921_Constitution_of_Poland rdf:type Constitution",
        "Polish Constitution of 1921|The 1921 constitution was short.|1921_Constitution rdf:type Constitution",
        // a common noun phrase that is no name: indefinite, or going on after its head
        "Charter of Xland|It was known as a charter of rights.|Charter_of_Xland altLabel charter of rights",
        "Charter of Xland|It was known as the highest law of the land.|Charter_of_Xland altLabel highest law",
        "Charter of Xland|Lawyers called it the old constitution of Xland.|Charter_of_Xland altLabel old constitution",
        // a naming verb that names nothing
        "Senate of Xland|Deputies called for the abolition of the Senate of Xland.|Senate_of_Xland altLabel Deputies",
        "Senate of Xland|The king called the Senate of Xland into session in 1920.|Senate_of_Xland altLabel 1920",
    })
    void whatANamingVerbMustNotName(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
