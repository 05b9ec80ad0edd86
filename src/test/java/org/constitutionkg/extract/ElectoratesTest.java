package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who elects an organ's members, said by a common noun phrase after a passive of election (electorate-nouns.txt):
 * "elected by universal male suffrage", "chosen by the provincial estates", "returned by male taxpayers over the age
 * of twenty-five" make a ckg:Electorate labelled with the phrase, one per article. The elected are the clause's
 * subject, the name before "which" or "whose", what "its members" are the members of, or what the text speaks of
 * when "Deputies" opens the sentence. A name after "by" is an organ as before; a phrase of time is no part of the
 * electorate; an electorate said to elect nothing of ours is left out. "Its forty-five members" are the members of
 * what "it" is; "the voters of Xland" (a name of no organ after "of") are that state's voters, one electorate. Any
 * plural common noun is who votes ("freeholders", "village elders") unless it says how (election-means.txt: "direct
 * elections", "lots") or counts an organ's members ("the deputies": count-nouns.txt); a date may stand between the verb
 * and "by" ("elected on 2 April 1860 by"). Invented sentences.
 */
class ElectoratesTest {

    private static final String LEAD = "The Diet of Velm was the bicameral legislature of Velm. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Senate of Velm was elected by universal male suffrage.#Senate_of_Velm electedBy universal_male_suffrage",
        "The Senate of Velm, which was returned by male taxpayers over the age of twenty-five, met yearly.#Senate_of_Velm electedBy male_taxpayers_over_the_age_of_twenty-five",
        "The Senate of Velm, whose members were chosen by the provincial estates, met yearly.#Senate_of_Velm electedBy provincial_estates",
        "Its members were chosen by the land diets.#Diet_of_Velm electedBy land_diets",
        "Half of its 120 councillors were appointed by the provincial estates.#Diet_of_Velm electedBy provincial_estates",
        "Deputies were elected directly by universal suffrage for five-year terms.#Diet_of_Velm electedBy universal_suffrage",
        "The members of the Senate of Velm were elected by the city councils.#Senate_of_Velm electedBy city_councils",
        "The Senate of Velm was elected by male citizens over 25 from 1901 to 1918.#Senate_of_Velm electedBy male_citizens_over_25",
        "The Senate of Velm was elected by male citizens over 25 from 1901 to 1918.#male_citizens_over_25 rdf:type Electorate",
        "The Senate of Velm was elected by the Diet of Velm.#Senate_of_Velm electedBy Diet_of_Velm",
        "The Senate of Velm was elected by men and women over the age of twenty-one.#Senate_of_Velm electedBy men_and_women_over_the_age_of_twenty-one",
        // a number in words before the members, and a state's (or a land's) voters
        "Its forty-five members were chosen by the land diets.#Diet_of_Velm electedBy land_diets",
        "Its seventy deputies were elected by the voters of Velm.#Diet_of_Velm electedBy voters_of_Velm",
        // (stop 50) a clause of its own ends who votes: "until", "before", "while" after the voters
        "Its members were chosen by the nobles and local chiefs until a system of direct election could be set up.#Diet_of_Velm electedBy nobles_and_local_chiefs",
        "The Senate of Velm was elected by landowners and merchants, until the reform of 1911.#Senate_of_Velm electedBy landowners_and_merchants",
        "The Senate of Velm, whose members were chosen by village elders before a new law was passed, met yearly.#Senate_of_Velm electedBy village_elders",
        "The Senate of Velm, whose members were elected by the male taxpayers of Dorrland, met yearly.#Senate_of_Velm electedBy male_taxpayers_of_Dorrland",
        "The Senate of Velm was elected by the citizens of the republic.#Senate_of_Velm electedBy citizens",
        // any plural common noun of no means of election, in several constructions; a date between verb and "by"
        "Its members were elected by freeholders.#Diet_of_Velm electedBy freeholders",
        "The Senate of Velm, whose members were chosen by the village elders, met yearly.#Senate_of_Velm electedBy village_elders",
        "It was chosen by tenant farmers who paid a rent.#Diet_of_Velm electedBy tenant_farmers",
        "The Senate of Velm was returned by the guild masters of the towns.#Senate_of_Velm electedBy guild_masters_of_the_towns",
        "The Senate of Velm was elected on 2 April 1860 by male residents.#Senate_of_Velm electedBy male_residents",
        "Its members were elected in May 1850 by the landowners.#Diet_of_Velm electedBy landowners",
        "The Senate of Velm, which was elected in 1850 by the Diet of Velm, met yearly.#Senate_of_Velm electedBy Diet_of_Velm",
        "The Senate of Velm, whose 75 deputies were elected by the knightly landowners, met yearly.#Senate_of_Velm electedBy knightly_landowners",
        "Deputies were elected by the provincial electoral juntas at one deputy for every 15,000 inhabitants.#Diet_of_Velm electedBy provincial_electoral_juntas",
    })
    void states(String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Diet of Velm", LEAD + body, expected, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        // (what no class of ours is: "Tarn Hall" is neither organ nor person; a person's electors are an electorate:
        // "Olaf Tarn was elected by the provincial estates", stop 32)
        "Tarn Hall was elected by the provincial estates in 1901.#provincial_estates rdf:type Electorate",
        "The Senate of Velm was elected by the two chambers of the Diet of Velm in joint session.#two_chambers rdf:type Electorate",
        "The Senate of Velm was elected by men and women over the age of twenty-one.#men_and_women_over_the_age_of_twenty- rdf:type Electorate",
        "The Senate of Velm was elected by the Diet of Velm.#Diet_of_Velm rdf:type Electorate",
        "The Senate of Velm was abolished by the provincial estates.#provincial_estates rdf:type Electorate",
        // how members are chosen is no one who chooses them (election-means.txt); the members of an organ are its
        "Its members were elected by direct elections.#direct_elections rdf:type Electorate",
        "The Senate of Velm was chosen by lots.#lots rdf:type Electorate",
        "The Senate of Velm was elected by secret ballots.#secret_ballots rdf:type Electorate",
        "The Presidium of Velm was elected by the deputies at their first sitting.#deputies rdf:type Electorate",
        "The Senate of Velm was elected by thirds every two years.#thirds rdf:type Electorate",
        "Its candidates were chosen by open primaries.#open_primaries rdf:type Electorate",
    })
    void notOtherwise(String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Diet of Velm", LEAD + body, unexpected, tmp);
    }
}
