package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose a clause is when the text does not repeat its subject: a verb after "and was" shares the subject of a frame
 * with its preposition ("It was accountable to Y and was headed by Z": Z heads it, not Y); a participle after "a new
 * constitution" is said of that new thing, which the text does not name (unless a copula's description: "X was a
 * constituent assembly convened in Y"); counted members a relative clause describes ("It had 26 members, who were
 * elected by X") are the body's; a naming after a comma ("X, also known as Y") names the thing right before it, even
 * when a verb governs it; a person named "of the Xland Party" is the person. Invented names throughout.
 */
class SharedSubjectsAndCountedMembersTest {

    @ParameterizedTest(name = "{1}: {2} -> {3}")
    @CsvSource(delimiter = '#', value = {
        // "and was" after a frame with its preposition
        "Velm Committee#It was accountable to the Velm Congress of Soviets and was also headed by Ivo Marek.#Velm_Committee chair Ivo_Marek#true",
        "Velm Committee#It was accountable to the Velm Congress of Soviets and was also headed by Ivo Marek.#Velm_Congress_of_Soviets chair Ivo_Marek#false",
        "Velm Committee#The committee was subordinate to the Grand Diet and was dissolved in 1934.#Velm_Committee disbanded 1934#true",
        "Velm Committee#It consisted of the Upper Chamber and the Lower Chamber and was abolished in 1934.#Velm_Committee disbanded 1934#true",
        // a participle after an indefinite description: no named thing (unless the copula's)
        "Velm Committee#The 1925 charter remained in force until 1938, when it was superseded by a new constitution modelled on the Ostian Constitution of 1936.#1925_Charter basedOn Ostian_Constitution_of_1936#false",
        "Charter of Velmar#In 1938 the Velm Diet adopted a new constitution modelled on the Ostian Constitution of 1936.#Charter_of_Velmar basedOn Ostian_Constitution_of_1936#false",
        "Velm Assembly#The Velm Assembly was a constituent assembly convened in Ytown in 1917.#Velm_Assembly location Ytown#true",
        "Velm Assembly#It was a representative body convened in Ytown in 1917.#Velm_Assembly location Ytown#true",
        // a frame of change before "and was": the next verb is not the first subject's for sure
        "Velm Committee#In 1920 the committee was transformed into the State Council of Velmar and was abolished in 1934.#Velm_Committee disbanded 1934#false",
        // counted members, described by a relative clause
        "Velm Assembly#The assembly had 26 members, who were appointed by the Grand Council of Ytown.#Velm_Assembly electedBy Grand_Council_of_Ytown#true",
        "Velm Assembly#It consisted of seven members, who were chosen by the Council of the Union.#Velm_Assembly electedBy Council_of_the_Union#true",
        "Velm Assembly#In 1850 the King appointed 12 members, who were elected by the provincial diets.#King electedBy provincial_diets#false",
        "Velm Assembly#It had 90 deputies, who were elected by the provincial diets.#Velm_Assembly electedBy provincial_diets#true",
        "Velm Assembly#It was a bicameral body, made up of a Senate of 74 members, who were chosen by the provincial diets.#Velm_Assembly electedBy provincial_diets#false",
        // a naming after a comma names what stands right before it
        "Velm Committee#Its drafters drew on the Charter of Norland of 1933 and on the Ostian Constitution of 1934, also known as the Velvet Constitution.#Ostian_Constitution_of_1934 altLabel Velvet Constitution#true",
        "Velm Committee#Its drafters drew on the Charter of Norland of 1933 and the Ostian Constitution of 1934, also known as the Velvet Constitution.#Charter_of_Norland_of_1933 altLabel Velvet Constitution#false",
        "Velm Committee#In 1951 the Regent proclaimed the Interim Charter of 1951, known as the Blue Charter, on 4 June.#Interim_Charter_of_1951 altLabel Blue Charter#true",
        "Velm Committee#It created the Union of Norland Republics, commonly known as the Norland Union.#Union_of_Norland_Republics altLabel Norland Union#true",
        // a person of a party
        "Velm Assembly#The assembly met in Ytown and was chaired by Ana de Souza of the Workers' Party.#Velm_Assembly chair Ana_de_Souza#true",
        "Velm Assembly#It was chaired by Ivo van Berg of the Liberal Party.#Velm_Assembly chair Ivo_van_Berg#true",
    })
    void whoseClause(String title, String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, sentence, fact, holds, tmp);
    }
}
