package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a body sat and what it was part of, and agents described before their names: "sat in X from A to B" (the
 * place, and the span of what sat, not of the place), "seated in X"; "an autonomous republic within X", "a constituent
 * state of X", "a province of X" (a state's part, also when the state before it is governed by a preposition); "by the
 * liberal lawyer X", "by the jurist X" (the person the nouns describe). Invented sentences.
 */
class PlacesPartsAndDescribedAgentsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Diet of Velmia|The Diet of Velmia sat in Vardo from 1920 to 1934.|Diet_of_Velmia location Vardo",
        "Diet of Velmia|The Diet of Velmia sat in Vardo from 1920 to 1934.|Diet_of_Velmia established 1920",
        "Diet of Velmia|The Diet of Velmia sat from 1920 to 1934.|Diet_of_Velmia disbanded 1934",
        "Diet of Velmia|It sat in the Old Palace of Vardo.|Diet_of_Velmia location Old_Palace_of_Vardo",
        "Union Council of Velmia|The union placed both countries under a common Union Council of Velmia, seated in Karsholm.|Union_Council_of_Velmia location Karsholm",
        "Constitution of the Korvan ASSR|It was the fundamental law of the Korvan Autonomous Soviet Socialist Republic, an autonomous republic within the Norland Soviet Federative Republic.|Korvan_Autonomous_Soviet_Socialist_Republic partOf Norland_Soviet_Federative_Republic",
        "Landtag of Velmia|The Free State of Velmia, a constituent state of the Varnian Empire, had a diet.|Free_State_of_Velmia partOf Varnian_Empire",
        "Landtag of Velmia|The Duchy of Lessau was a province of the Kingdom of Velmia until 1866.|Duchy_of_Lessau partOf Kingdom_of_Velmia",
        "Provisional Government of Velmia|The Provisional Government of Velmia was headed by the liberal lawyer Halvor Brekke.|Provisional_Government_of_Velmia chair Halvor_Brekke",
        "Constitution of Velmia|It had been drafted by the jurist Hugo Reimer.|Constitution_of_Velmia author Hugo_Reimer",
        // an agent named in apposition to an office after "by", and a list that repeats its "by"
        "Declaration of Velmia|It was signed by the chairman, Kaarel Münter.|Declaration_of_Velmia signedBy Kaarel_Münter",
        "Declaration of Velmia|It was adopted in 1988 and signed by its chairman, Kaarel Münter, and by Liisa Vaher, the secretary of its Presidium.|Declaration_of_Velmia signedBy Liisa_Vaher",
        "Declaration of Velmia|It was signed by Kaarel Münter, and by Liisa Vaher.|Declaration_of_Velmia signedBy Liisa_Vaher",
    })
    void states(String title, String sentence, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Diet of Velmia|The Diet of Velmia sat in Vardo from 1920 to 1934.|Vardo established 1920",
        // a person or a party that sat somewhere is no body that existed then
        "Diet of Velmia|Ivan Petrov sat in the Diet of Velmia from 1920 to 1934.|Ivan_Petrov established 1920",
        "Diet of Velmia|The Liberal Party of Velmia sat in the Diet of Velmia from 1920 to 1934.|Liberal_Party_of_Velmia established 1920",
        // a participle that is a preposition in use states no frame
        "Senate of Velmia|The Senate of Velmia was abolished in 1934, following the Chamber of Velmia, which had been dissolved in 1933.|Senate_of_Velmia precededBy Chamber_of_Velmia",
        "Declaration of Velmia|It was signed by the Supreme Soviet's chairman, Kaarel Münter, and by Liisa Vaher.|Supreme_Soviet chair Liisa_Vaher",
        "Constitution of Velmia|It was adopted by the assembly of Velmia in 1920.|Constitution_of_Velmia adoptedBy Velmia",
        "Council of Velmia|The president of the Council of Velmia, within the limits of the law, signed decrees.|Council_of_Velmia partOf Velmia",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
