package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An overview article ("Constitutions of Xland") whose sections are headed by a year alone speaks, in each, of the
 * instrument of that year: "it", a name of that class of that year or of none, and the section's first subject are
 * that instrument, never the overview's collective subject; a name of another year is another instrument. The state
 * the title is of is no name of the overview. Invented articles; " // " separates lines.
 */
class OverviewSectionsTest {

    private static final String TITLE = "Constitutions of Xland";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "== 1921 == // The Harvest Constitution was the first written constitution of the kingdom. It was adopted on 3 May 1921.#1921_Constitution_of_Xland adopted 1921-05-03",
        "== 1921 == // The Harvest Constitution was the first written constitution of the kingdom.#1921_Constitution_of_Xland altLabel Harvest Constitution",
        "== 1934 == // Its successor, the Constitution of 1934, was granted by the king. The Constitution of 1934 was adopted on 3 September 1934.#1934_Constitution_of_Xland adopted 1934-09-03",
        "== 1947 == // A commission prepared a new text. The Constitution of the People's Republic of Xland was adopted by the Constituent Assembly of Xland on 9 February 1947.#1947_Constitution_of_Xland adoptedBy Constituent_Assembly_of_Xland",
        "== 1962 == // The assembly passed it on 4 April 1962.#1962_Constitution_of_Xland adopted 1962-04-04",
        // an ordinal description is the section's instrument; one of a year, the instrument of that year's section
        "== 1921 == // A text. // == 1934 == // The second constitution was approved by the Diet of Xland on 3 May 1934.#1934_Constitution_of_Xland adopted 1934-05-03",
        "== 1921 == // A text. // == 1934 == // The Diet of Xland approved the third constitution in 1934.#1934_Constitution_of_Xland adoptedBy Diet_of_Xland",
        "== 1921 == // A text. // == 1934 == // It replaced the constitution of 1921.#1934_Constitution_of_Xland precededBy 1921_Constitution_of_Xland",
        "== 1921 == // A text. // == 1934 == // The new constitution replaced the 1921 constitution.#1934_Constitution_of_Xland precededBy 1921_Constitution_of_Xland",
        "== 1921 == // A text. // == 1934 == // The new constitution replaced the constitution of 1921, which had 40 articles.#1934_Constitution_of_Xland precededBy 1921_Constitution_of_Xland",
        // a name given to an earlier section's instrument stays its name in a later section, in any construction
        "== 1921 == // The first, called the Harvest Constitution, was adopted in 1921. // == 1934 == // In 1934 the king suspended the Harvest Constitution.#1921_Constitution_of_Xland altLabel Harvest Constitution",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // The new constitution, which replaced the Harvest Constitution, was adopted on 2 May 1934.#1934_Constitution_of_Xland precededBy 1921_Constitution_of_Xland",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // It replaced the Harvest Constitution.#1934_Constitution_of_Xland precededBy 1921_Constitution_of_Xland",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // The new constitution replaced the Harvest Constitution.#1934_Constitution_of_Xland precededBy 1921_Constitution_of_Xland",
        // "this constitution": the section's, not the one named last
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // It replaced the Harvest Constitution. This constitution was repealed on 9 May 1958.#1934_Constitution_of_Xland repealed 1958-05-09",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // The king abolished the Harvest Constitution. In 1958 the Diet of Xland repealed this constitution.#1934_Constitution_of_Xland repealed 1958",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // It replaced the Harvest Constitution, and this constitution, which was never amended, was abolished in 1958.#1934_Constitution_of_Xland repealed 1958",
        // a name of the instrument without a year, with the state in other words, is the section's
        "== 1947 == // A new text was drafted. The Constitution of the Xlandic SSR was adopted on 9 February 1947.#1947_Constitution_of_Xland adopted 1947-02-09",
        // an instrument of another state named in the section is another instrument, however it is said
        "== 1947 == // It was adopted in 1947. It lost force in 1951 and was replaced by the Constitution of Yland.#1947_Constitution_of_Xland succeededBy Constitution_of_Yland",
        "== 1947 == // It was adopted in 1947. In 1951 the Constitution of the Yland SFSR replaced it.#Constitution_of_the_Yland_SFSR precededBy 1947_Constitution_of_Xland",
        "== 1947 == // It was adopted in 1947 and lost force in 1951, when Xland was merged into Yland and was replaced by the Constitution of Yland.#1947_Constitution_of_Xland succeededBy Constitution_of_Yland",
        "== 1947 == // It was adopted in 1947. The Constitution of Yland, which superseded it in 1951, was longer.#Constitution_of_Yland precededBy 1947_Constitution_of_Xland",
        // ... and one of the same state named without a year, stated to succeed or precede the section's: another
        "== 1947 == // It was adopted in 1947. It was superseded by the Basic Law of Xland in 1962.#Basic_Law_of_Xland precededBy 1947_Constitution_of_Xland",
        "== 1947 == // It was adopted in 1947. In 1962 the Basic Law of Xland replaced it.#Basic_Law_of_Xland precededBy 1947_Constitution_of_Xland",
        "== 1921 == // It was adopted in 1921. // == 1947 == // In 1947 the People's Constitution replaced it.#1947_Constitution_of_Xland altLabel People's Constitution",
        "== 1921 == // It was adopted in 1921. // == 1947 == // The People's Constitution superseded it on 3 May 1947.#1947_Constitution_of_Xland altLabel People's Constitution",
        "== 1947 == // The constitution was adopted in 1947. The Basic Law of Xland, which replaced it in 1962, was longer.#Basic_Law_of_Xland precededBy 1947_Constitution_of_Xland",
        "== 1947 == // It was adopted in 1947 and gave way to the Constitution of the Republic of Xland.#Constitution_of_the_Republic_of_Xland precededBy 1947_Constitution_of_Xland",
        "== 1947 == // The 1947 Constitution was replaced by the Basic Law of Xland in 1962.#Basic_Law_of_Xland precededBy 1947_Constitution_of_Xland",
        "== 1947 == // It was adopted in 1947. It was superseded by the Basic Law of Xland in 1962. // == 1962 == // The Basic Law of Xland was adopted on 4 April 1962.#Basic_Law_of_Xland adopted 1962-04-04",
        "== 1947 == // It was adopted in 1947. It was superseded by the Basic Law of Xland in 1962. // == 1962 == // The Basic Law of Xland was adopted on 4 April 1962.#Basic_Law_of_Xland altLabel 1962 Constitution of Xland",
        // an indefinite description of the section's class is its instrument, in any construction (stop 33)
        "== 1952 == // A new constitution was approved by the Diet of Xland on 2 June 1952.#1952_Constitution_of_Xland adopted 1952-06-02",
        "== 1952 == // A new constitution, approved by the Diet of Xland on 2 June 1952, was short.#1952_Constitution_of_Xland adoptedBy Diet_of_Xland",
        "== 1952 == // On 2 June 1952 the Diet of Xland approved a new constitution.#1952_Constitution_of_Xland adopted 1952-06-02",
        "== 1952 == // The Diet of Xland, which approved a constitution on 2 June 1952, met in Ytown.#1952_Constitution_of_Xland adoptedBy Diet_of_Xland",
        // ... and the first instrument of the state the section names, of a class above its own (a statute, a charter)
        "== 1911 == // The Founding Statute of Xland was drafted by a commission and approved on 3 May 1911.#1911_Constitution_of_Xland altLabel Founding Statute of Xland",
        "== 1911 == // The Founding Statute of Xland was drafted by a commission and approved on 3 May 1911.#1911_Constitution_of_Xland adopted 1911-05-03",
        "== 1930 == // In March 1930 the Grand Diet adopted the Basic Charter of Xland.#1930_Constitution_of_Xland adoptedBy Grand_Diet",
        "== 1930 == // The Basic Charter of Xland, which the Grand Diet adopted in March 1930, created a senate.#1930_Constitution_of_Xland adopted 1930-03",
        "== 1930 == // It was the Basic Charter of Xland that the Grand Diet adopted in March 1930.#1930_Constitution_of_Xland altLabel Basic Charter of Xland",
    })
    void aSectionOfAYearSpeaksOfItsInstrument(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(TITLE, body.replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "== 1962 == // The assembly passed it on 4 April 1962.#Constitutions_of_Xland adopted 1962-04-04",
        "== 1947 == // A commission prepared a new text. The Constitution of the People's Republic of Xland was adopted by the Constituent Assembly of Xland on 9 February 1947.#Constitutions_of_Xland adopted 1947-02-09",
        "== 1947 == // The new text was modelled on the Constitution of 1936 of Yland.#1947_Constitution_of_Xland altLabel Constitution of 1936 of Yland",
        "Xland has had five constitutions.#Constitutions_of_Xland altLabel Xland",
        "Velm has had five constitutions since 1921.#Constitutions_of_Xland altLabel Velm",
        "== 1921 == // A text. // == 1934 == // The second constitution was approved by the Diet of Xland on 3 May 1934.#Constitutions_of_Xland adopted 1934-05-03",
        "== 1921 == // A text. // == 1934 == // It replaced the constitution of 1921.#1934_Constitution_of_Xland precededBy 1934_Constitution_of_Xland",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // In 1934 the king suspended the Harvest Constitution.#1934_Constitution_of_Xland altLabel Harvest Constitution",
        "== 1921 == // The Harvest Constitution was adopted in 1921. // == 1934 == // It replaced the Harvest Constitution. It was adopted on 2 May 1934.#1921_Constitution_of_Xland adopted 1934-05-02",
        "== 1947 == // It was adopted in 1947. It lost force in 1951 and was replaced by the Constitution of Yland.#1947_Constitution_of_Xland altLabel Constitution of Yland",
        "== 1947 == // It was adopted in 1947. The Constitution of South Xland was adopted the same year.#1947_Constitution_of_Xland altLabel Constitution of South Xland",
        "== 1947 == // It was adopted in 1947. In 1951 the Constitution of the Yland SFSR replaced it.#1947_Constitution_of_Xland altLabel Constitution of the Yland SFSR",
        "== 1947 == // It was adopted in 1947 and lost force in 1951, when Xland was merged into Yland and was replaced by the Constitution of Yland.#1947_Constitution_of_Xland jurisdiction Yland",
        "== 1947 == // It was adopted in 1947. It was superseded by the Basic Law of Xland in 1962.#1947_Constitution_of_Xland altLabel Basic Law of Xland",
        // ... but a name that is the clause's subject, dated in the section's own year, is the section's instrument
        "== 1921 == // It was adopted in 1921. // == 1947 == // In 1947 the People's Constitution replaced it.#People's_Constitution precededBy 1947_Constitution_of_Xland",
        "== 1921 == // It was adopted in 1921. // == 1947 == // In 1947 the People's Constitution replaced it.#1947_Constitution_of_Xland repealed 1947",
        "== 1921 == // It was adopted in 1921. // == 1947 == // The People's Constitution superseded it on 3 May 1947.#1947_Constitution_of_Xland repealed 1947-05-03",
        "== 1947 == // It was adopted in 1947. It was superseded by the Basic Law of Xland in 1962. // == 1962 == // The Basic Law of Xland was adopted on 4 April 1962.#1947_Constitution_of_Xland adopted 1962-04-04",
        "== 1947 == // The 1947 Constitution was replaced by the Basic Law of Xland in 1962.#1947_Constitution_of_Xland altLabel Basic Law of Xland",
        // an indefinite description dated in another year; a statute on a topic; another state's charter
        "== 1952 == // In 1949 the Diet of Xland approved a new constitution.#1952_Constitution_of_Xland adopted 1949",
        "== 1930 == // In March 1930 the Grand Diet adopted the Statute on Elections of Xland.#1930_Constitution_of_Xland adoptedBy Grand_Diet",
        "== 1930 == // In March 1930 the Grand Diet of Yland adopted the Basic Charter of Yland.#1930_Constitution_of_Xland altLabel Basic Charter of Yland",
    })
    void notTheOverviewNorAnotherYear(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(TITLE, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
