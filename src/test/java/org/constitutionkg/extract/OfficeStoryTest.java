package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holders of one office told as a story, with invented sentences: once a paragraph has named a chair of a body, or
 * under a heading of chairs, a person who "held the post", "took over (the chairmanship)" or "replaced him" held that
 * body's chair too, as does each "and then by Y" after a relative clause in "He was followed by X, who ..., and then by
 * Y". Out of such a context, or when the post is another's ("the post of prime minister", "took over its duties"),
 * nothing.
 */
class OfficeStoryTest {

    private static final String COUNCIL = "The Council of Elders of Velm was the executive body of Velm from 1920 to 1964. ";
    private static final String FIRST = "Its first chairman was Ivo Brant. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // "held the post", in each construction: plain, with an adverb, in a relative clause, after an apposition
        "Pavel Sokol held the post from 1930 until 1941.#Pavel_Sokol#true",
        "Pavel Sokol then held the office until his death in 1941.#Pavel_Sokol#true",
        "He was succeeded in 1930 by Marta Lind, and Pavel Sokol later occupied the chair from 1941.#Pavel_Sokol#true",
        "The last chairman was Marta Lind, who held the office from 1950 to 1964.#Marta_Lind#true",
        "Pavel Sokol, a lawyer from the capital, held the post from 1930.#Pavel_Sokol#true",
        // "took over", bare or with the office, and "replaced him"
        "He led it until 1930, when Pavel Sokol took over.#Pavel_Sokol#true",
        "He served until 1930, when Pavel Sokol, then head of the Farmers' Party, took over the chairmanship.#Pavel_Sokol#true",
        "Pavel Sokol took over in 1930.#Pavel_Sokol#true",
        "He remained in office until 1930, when Pavel Sokol replaced him.#Pavel_Sokol#true",
        "Brant was arrested in 1930 and Pavel Sokol succeeded him.#Pavel_Sokol#true",
        // another office, a task, another's succession, no person
        "Pavel Sokol held the post of prime minister from 1930.#Pavel_Sokol#false",
        "In 1930 Pavel Sokol took over its duties.#Pavel_Sokol#false",
        "Pavel Sokol succeeded him as king in 1930.#Pavel_Sokol#false",
        "Pavel Sokol held both posts after 1930.#Pavel_Sokol#false",
        "In 1930 the Velm Farmers' Party took over.#Velm_Farmers'_Party#false",
    })
    void aPersonWhoHeldThePostAfterAChairIsNamed(String sentence, String holder, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + FIRST + sentence,
                "Council_of_Elders_of_Velm chair " + holder, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // no chair named before in the paragraph and no heading of chairs: "the post" is no one's
        "Pavel Sokol held the post from 1930 until 1941.#Pavel_Sokol#false",
        "The council was dissolved in 1930, when Pavel Sokol took over.#Pavel_Sokol#false",
        "In 1930 Pavel Sokol replaced him.#Pavel_Sokol#false",
    })
    void outOfAStoryOfChairsNothing(String sentence, String holder, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + sentence,
                "Council_of_Elders_of_Velm chair " + holder, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // under a heading of chairs, the first sentence may already tell the story
        "Chairmen#Pavel Sokol held the post from 1930 until 1941.#Pavel_Sokol#true",
        "Presidents#The body was headed by a president. Marta Lind held the office from 1950.#Marta_Lind#true",
        "Chairmen#The council met in Velm City until 1930, when Pavel Sokol took over.#Pavel_Sokol#true",
        "History#Pavel Sokol held the post from 1930 until 1941.#Pavel_Sokol#false",
    })
    void underAHeadingOfChairs(String heading, String sentence, String holder, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Council of Elders of Velm =\n\n" + COUNCIL + "\n\n== " + heading + " ==\n\n"
                + sentence + "\n", "Council_of_Elders_of_Velm chair " + holder, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "He was followed by Pavel Sokol, who led it until 1941, and then by Marta Lind.#Marta_Lind#true",
        "He was succeeded by Pavel Sokol, who died in 1941, and later by Marta Lind, chairman from 1941.#Marta_Lind#true",
        "He was followed by Pavel Sokol, who led it until 1941, and by Marta Lind.#Marta_Lind#true",
        "He was followed by Pavel Sokol, who led it until 1941, and by the Velm Farmers' Party.#Velm_Farmers'_Party#false",
        "He was followed by Pavel Sokol, whom the Velm Farmers' Party had proposed.#Velm_Farmers'_Party#false",
    })
    void eachAndThenByAfterARelativeClause(String sentence, String holder, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + FIRST + sentence,
                "Council_of_Elders_of_Velm chair " + holder, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // the body the text speaks of, when the paragraph named a chair of it, not another body named on the way
        "Ivo Brant, who had earlier chaired the Little Council of Velm, was its first chairman. Pavel Sokol held the office until 1972.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Ivo Brant, who had earlier chaired the Little Council of Velm, was its first chairman. Pavel Sokol held the office until 1972.#Little_Council_of_Velm chair Pavel_Sokol#false",
        "Its first chairman was Ivo Brant, who had headed the Little Council of Velm since 1944. In 1947 he was replaced by Pavel Sokol.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Its first chairman was Ivo Brant, who had headed the Little Council of Velm since 1944. In 1947 he was replaced by Pavel Sokol.#Little_Council_of_Velm chair Pavel_Sokol#false",
        // "was chairman" bare in such a story
        "Its first chairman was Ivo Brant. Pavel Sokol was chairman from 1930 until 1941.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Its first chairman was Ivo Brant. Pavel Sokol became the last chairman in 1960.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Its first chairman was Ivo Brant. Pavel Sokol was chairman of the Farmers' Party from 1930.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
        "Its first chairman was Ivo Brant. When he died in 1930, Pavel Sokol took over and led it for ten years.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        // a chair's noun bare is the office of the body the text speaks of, whatever body was named since
        "Its first chairman was Ivo Brant. After the coup Karl Weiss headed the Provisional Government of Velm. Pavel Sokol was chairman from 1958 to 1961. He was followed by Marta Lind.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "Its first chairman was Ivo Brant. After the coup Karl Weiss headed the Provisional Government of Velm. Pavel Sokol was chairman from 1958 to 1961. He was followed by Marta Lind.#Council_of_Elders_of_Velm chair Marta_Lind#true",
        "Its first chairman was Ivo Brant. After the coup Karl Weiss headed the Provisional Government of Velm. Pavel Sokol was chairman from 1958 to 1961. He was followed by Marta Lind.#Provisional_Government_of_Velm chair Pavel_Sokol#false",
    })
    void theBodyTheStoryIsOf(String sentences, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + sentences, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The first chairman was Ivo Brant, who had headed the Little Council of Velm since 1944. He was succeeded by Pavel Sokol (1954–1961).#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        "The first chairman was Ivo Brant, who had headed the Little Council of Velm since 1944. He was succeeded by Pavel Sokol (1954–1961).#Little_Council_of_Velm chair Pavel_Sokol#false",
        "Ivo Brant led the Little Council of Velm until 1944. Pavel Sokol was chairman from 1950.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
    })
    void underAHeadingOfChairsTheHeadingsBody(String sentences, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertArticle("= Council of Elders of Velm =\n\n" + COUNCIL + "\n\n== Chairmen ==\n\n"
                + sentences + "\n", fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // another office named later in the clause, a state's head or a rank, a governed name: no chair
        "Its first chairman was Ivo Brant. Pavel Sokol succeeded him in 1930 as prime minister.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
        "Its first chairman was Ivo Brant. In 1930 Pavel Sokol took over from him as ambassador.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
        "Its first chairman was Ivo Brant. In 1935 Pavel Sokol became President after the coup.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
        "Its first chairman was Ivo Brant. In 1950 a protégé of Karl Weiss took over.#Council_of_Elders_of_Velm chair Karl_Weiss#false",
        "Its first chairman was Ivo Brant. In 1950 the government of Karl Weiss replaced him.#Council_of_Elders_of_Velm chair Karl_Weiss#false",
        "Its first chairman was Ivo Brant. Pavel Sokol was chairman from 1930, when the council was known as the Elder Council.#Council_of_Elders_of_Velm chair Pavel_Sokol#true",
        // the last chair named chaired another body only: the story is that body's
        "Its first chairman was Ivo Brant. Karl Weiss chaired the Budget Committee of Velm from 1925. He was succeeded in 1931 by Pavel Sokol.#Council_of_Elders_of_Velm chair Pavel_Sokol#false",
        // a "by" of the relative clause's own
        "He was followed by Pavel Sokol, who was opposed by the army, and by Karl Weiss, its commander.#Council_of_Elders_of_Velm chair Karl_Weiss#false",
    })
    void noChairOfAnotherOfficeOrBody(String sentences, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of Elders of Velm", COUNCIL + (sentences.startsWith("He ") ? FIRST : "")
                + sentences, fact, holds, tmp);
    }
}
