package org.constitutionkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings from fresh audits (stop 42), each in several invented phrasings: a body whose name ends with an
 * organisation's noun ("Community", "Bank") is one body, never two persons split at its "and"; states in a list of
 * signatories are states; a state named "the Xian State" or "State of X" is a state; a party man's descriptor before a
 * name is no part of it; a name ends at its parenthesis; "under the presidency of" chairs only an organ or a sitting; a
 * sentence that opens with the subject's capitalised head speaks of the subject, not of a peer of its class named
 * just before; "joining A with B" makes no one part of A; where a body moved to is where it sat; "Rotating"
 * names no chair; a name in apposition after a noun only a person is, is a person's; a state in parentheses after
 * an organ's name in the infobox says whose it is. Invented names throughout.
 */
class BodiesStatesAndDescriptorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The accord created the Velmar Coal and Timber Community in 1951.|Velmar_Coal_and_Timber_Community",
        "The Velmar Coal and Timber Community was created by the accord in 1951.|Velmar_Coal_and_Timber_Community",
        "It was set up by the Orsk Grain and Salt Agency, which the accord created.|Orsk_Grain_and_Salt_Agency",
        "The accord, which the Ylian Iron and Tin Bank signed, took effect in 1951.|Ylian_Iron_and_Tin_Bank",
    })
    void aBodysNameIsNotTwoPersons(String sentence, String whole, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velmar Accord", sentence, tmp);
        String[] halves = whole.split("_and_");
        String left = halves[0];
        String right = halves[1];
        assertTrue(facts.stream().noneMatch(f -> f.startsWith(left + " ") || f.startsWith(right + " ")),
                () -> "split: " + String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Signatories: Belgium, Denmark, Greece|Denmark",
        "Signed by: Portugal and Spain|Spain",
        "Signatories: Ireland, Italy|Italy",
        "Signers: Luxembourg, Netherlands, Greece|Netherlands",
    })
    void statesThatSignAreStates(String field, String state, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Treaty of Orsk", List.of("Type: Treaty", field), tmp);
        assertTrue(facts.contains(state + " rdf:type Polity") && !facts.contains(state + " rdf:type Person"),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Houses: Upper house: Senate of Velmar, Lower house: Chamber of Deputies of Velmar",
        "Chambers: Upper chamber: Senate of Velmar; Lower chamber: Chamber of Deputies of Velmar",
        "Houses: Upper House: Senate of Velmar, Lower House: Chamber of Deputies of Velmar",
        "Chambers: Upper: Senate of Velmar, Lower: Chamber of Deputies of Velmar",
    })
    void theKeysOfANestedListAreNoPartOfTheNames(String field, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Grand Assembly of Velmar", List.of("Type: Bicameral", field),
                tmp);
        assertTrue(facts.contains("Grand_Assembly_of_Velmar hasPart Senate_of_Velmar")
                && facts.contains("Grand_Assembly_of_Velmar hasPart Chamber_of_Deputies_of_Velmar")
                && facts.stream().noneMatch(f -> f.contains("house_") || f.contains("House_")
                        || f.contains("chamber_") || f.contains("Upper_") || f.contains("Lower_")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Velmaran State",
        "Ylian State",
        "State of Orskia",
        "Dornish State",
    })
    void aStateNamedStateIsAState(String state, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Council of Elders of Velmar",
                List.of("Type: Council", "Succeeded by: " + state), tmp);
        String iri = state.replace(' ', '_');
        assertTrue(facts.contains(iri + " rdf:type Polity"), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Its chairman was the Velmaran Menshevik Ivo Brant.",
        "The council was chaired by the Velmaran Liberal Ivo Brant.",
        "The Ylian Socialist Ivo Brant chaired the council.",
        "The council, which the Velmaran Monarchist Ivo Brant chaired, met twice.",
    })
    void aPartyMansDescriptorIsNoPartOfHisName(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Grand Council of Velmar", sentence, tmp);
        assertTrue(facts.stream().noneMatch(f -> f.contains("_Ivo_Brant ")), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 1921 the council proclaimed the Joint Act (Akt Spolny) on Castle Square.|Joint_Act",
        "The Union Act (Akt Unii) on Market Square was proclaimed by the council in 1921.|Union_Act",
        "The council passed the Grain Act (Zakon Zerna) on Town Hall Square in 1921.|Grain_Act",
        "It proclaimed the Peace Act (Akt Miru) on the Bridge Square in 1921.|Peace_Act",
    })
    void aNameEndsAtItsParenthesis(String sentence, String act, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Grand Council of Velmar", sentence, tmp);
        assertTrue(facts.contains(act + " rdf:type LegalInstrument")
                && facts.stream().noneMatch(f -> f.startsWith(act + "_on_") || f.startsWith(act + "_for_")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Meeting at the Castle of Oren under the presidency of Karl Doss, the council was dispersed.",
        "On 9 May 1799, sitting in the Hall of Pillars under the presidency of Karl Doss, it was dispersed.",
        "The council met at the Villa Oren under the chairmanship of Karl Doss in 1799.",
        "Gathered at the Château de Oren under the presidency of Karl Doss, the deputies voted.",
    })
    void onlyAnOrganIsPresided(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Council of Elders of Velmar", sentence, tmp);
        assertTrue(facts.stream().noneMatch(f -> f.endsWith(" chair Karl_Doss") && !f.startsWith("Council_of_Elders")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The outgoing Constituent Assembly had passed a rule against it. The Assembly met in the Grey Hall, a school.",
        "Because the Constituent Assembly had barred its members, none could sit. The Assembly met in the Grey Hall.",
        "Its members were elected after the Constituent Assembly dissolved. The Assembly met in the Grey Hall.",
        "It followed the Constituent Assembly, which had sat elsewhere. The Assembly met in the Grey Hall.",
    })
    void aSentenceOpeningWithTheHeadGoesOnWithTheTopic(String sentence, @TempDir Path tmp) throws Exception {
        String text = assemblyArticle(sentence);
        ExtractionCases.assertArticle(text, "Legislative_Assembly_(Velmar) location Grey_Hall", true, tmp);
        ExtractionCases.assertArticle(text, "Constituent_Assembly_of_Velmar location Grey_Hall", false, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Constituent Assembly was elected in 1789. The Assembly met in the Grey Hall.",
        "The Constituent Assembly had sat in Orsk. The Assembly then met in the Grey Hall.",
        "The Constituent Assembly ended in 1791; the Assembly met in the Grey Hall before that.",
        "The National Constituent Assembly was elected in 1789. The Assembly met in the Grey Hall.",
    })
    void butNotWhenTheOtherOpenedASentence(String sentence, @TempDir Path tmp) throws Exception {
        String text = assemblyArticle(sentence);
        ExtractionCases.assertArticle(text, "Legislative_Assembly_(Velmar) location Grey_Hall", false, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Directorate proclaimed the act, on Castle Square, joining the Northern Republic of Velm with the Republic of Velm.",
        "In 1919 the Directorate signed a law joining the Northern Republic of Velm to the Republic of Velm.",
        "The Directorate, joining the Northern Republic of Velm with the Republic of Velm, ruled until 1920.",
        "Joining the Northern Republic of Velm with the Republic of Velm, the Directorate issued the act.",
    })
    void joiningOneToAnotherMakesNoPart(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Directorate of Velm", sentence, tmp);
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Directorate_of_Velm ")
                && f.endsWith(" Northern_Republic_of_Velm")), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "In 1920 the council moved to Dornberg.",
        "It moved to Dornberg in 1920, where it sat until 1925.",
        "The council, which relocated to Dornberg in 1920, sat there until 1925.",
        "After a fire the council was moved to Dornberg.",
    })
    void whereABodyMovedIsWhereItSat(String sentence, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Grand Council of Velm", sentence, "Grand_Council_of_Velm location Dornberg", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Chairman: Rotating",
        "Leader: Vacant",
        "Chairman: Rotating (among the members)",
        "President: Collective leadership",
    })
    void aValueOfNoHolderIsNoPerson(String field, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Grand Council of Velm", List.of("Type: Council", field), tmp);
        assertTrue(facts.stream().noneMatch(f -> f.contains(" chair ") || f.endsWith(" rdf:type Person")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Power passed to the First Consul, Ivo Brant, in 1799.",
        "The session was opened by the Velmian prime minister, Ivo Brant.",
        "In 1801 its president, Ivo Brant, resigned.",
        "The decree was drafted by their chief minister, Ivo Brant, who had returned.",
    })
    void aNameAfterAPersonsNounIsAPerson(String sentence, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Grand Council of Velm", sentence, "Ivo_Brant rdf:type Person", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The treaty was given the force of law by the Velm Free State (Agreement) Act 1922.|Velm_Free_State_(Agreement)_Act_1922",
        "The Senate was abolished by the Constitution (Amendment No. 24) Act 1936.|Constitution_(Amendment_No._24)_Act_1936",
        "The Velm (Constitution) Order in Council 1930, which replaced it, was made in London.|Velm_(Constitution)_Order_in_Council_1930",
        "It was repealed by the Public Safety (Emergency Powers) Act 1926.|Public_Safety_(Emergency_Powers)_Act_1926",
    })
    void aShortTitlesParenthesisIsItsOwn(String sentence, String act, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Treaty of Velm", sentence, act + " rdf:type LegalInstrument", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It was dominated by the Committee of Union and Progress.|Union_and_Progress",
        "In 1921 it abolished the Ottoman sultanate.|Ottoman",
        "The Velmian monarchy was abolished by it in 1921.|Velmian",
        "Members of the Society of Union and Liberty sat in it.|Union_and_Liberty",
    })
    void noStateFromAnIdealOrAnAdjective(String sentence, String junk, @TempDir Path tmp) throws Exception {
        assertNoResource("Grand Council of Velm", sentence, junk, tmp);
    }

    /** An article on a legislative assembly with an infobox whose lead goes on with {@code sentence}. */
    private static String assemblyArticle(String sentence) {
        return "= Legislative Assembly (Velmar) =\n\nInfobox\n- Formed: 1791\n\nThe Legislative Assembly was the "
                + "legislature of Velmar from 1791 to 1792. " + sentence + "\n";
    }

    /** Asserts that no fact of the build of such an article is about or points to the resource {@code iri}. */
    private static void assertNoResource(String title, String sentence, String iri, Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts(title, sentence, tmp);
        assertTrue(facts.stream().noneMatch(f -> f.startsWith(iri + " ") || f.endsWith(" " + iri)),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "On 12 October 1949 the chamber confirmed Ivo Brant as prime minister.",
        "The chamber confirmed Ivo Brant as Minister President on 12 October 1949.",
        "Ivo Brant, whom the chamber confirmed as chancellor on 12 October 1949, resigned.",
        "In 1949 the chamber approved Ivo Brant as premier.",
    })
    void aPersonPutInAnOfficeIsNoInstrument(String sentence, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("People's Chamber of Velm", sentence, tmp);
        assertTrue(facts.stream().noneMatch(f -> f.startsWith("Ivo_Brant ") && !f.contains(" rdf:type ")
                && !f.contains("#label ")), () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The session was held in the former Velm Air Ministry on Dorner Straße.|Velm_Air_Ministry_on_Dorner_Straße",
        "It met in the Palace of the Nation on Marx-Engels-Platz.|Palace_of_the_Nation_on_Marx-Engels-Platz",
        "The chamber sat in the Grey Hall on Castle Square until 1950.|Grey_Hall_on_Castle_Square",
        "It moved to the Senate Building on Senate Square, which had been renovated.|Senate_Building_on_Senate_Square",
    })
    void aNameEndsBeforeTheStreetItStandsOn(String sentence, String joined, @TempDir Path tmp) throws Exception {
        assertNoResource("People's Chamber of Velm", sentence, joined, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The Velmian signatories were:",
        "The signatories were:",
        "Its signatories included:",
        "The Dornish plenipotentiaries were:",
    })
    void aListOfSignatoriesAfterALeadIn(String leadIn, @TempDir Path tmp) throws Exception {
        String text = "= Treaty of Velm =\n\nThe Treaty of Velm was a treaty signed in 1921.\n\n== Ratification ==\n"
                + "It was approved by the Diet of Velm in 1922.\n\n" + leadIn + "\n- Ivo Brant, head of the delegation\n"
                + "- Karl Doss\n- Anna Berg\n";
        ExtractionCases.assertArticle(text, "Treaty_of_Velm signedBy Karl_Doss", true, tmp);
        ExtractionCases.assertArticle(text, "Treaty_of_Velm signedBy Ivo_Brant", true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Preceded by: Chamber of Deputies (Ottoman Empire)|Chamber_of_Deputies_(Ottoman_Empire) jurisdiction Ottoman_Empire",
        "Succeeded by: Diet (Kingdom of Dorn)|Diet_(Kingdom_of_Dorn) jurisdiction Kingdom_of_Dorn",
        "Predecessor: Senate (Republic of Orsk)|Senate_(Republic_of_Orsk) jurisdiction Republic_of_Orsk",
        "Successor: State Council (Empire of Ylia)|State_Council_(Empire_of_Ylia) jurisdiction Empire_of_Ylia",
    })
    void aStateInParenthesesSaysWhoseTheBodyIs(String field, String fact, @TempDir Path tmp) throws Exception {
        // (a person's state in parentheses is no part of the name: "Signatories: Ivo Brant (Kingdom of Dorn)")
        Set<String> facts = ExtractionCases.infoboxFacts("Grand Assembly of Velm",
                List.of("Type: Legislature", "Jurisdiction: Republic of Velm", field), tmp);
        assertTrue(facts.contains(fact) && facts.stream().noneMatch(f -> f.contains("_of_the_Republic_of_Velm ")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Signatories: Ivo Brant (Kingdom of Dorn)",
        "Signatories: Ivo Brant (Republic of Orsk), Karl Doss",
        "Signed by: Ivo Brant (Belgium)",
        "Signatories: Karl Doss, Ivo Brant (Empire of Ylia)",
    })
    void aPersonsStateIsNoPartOfHisName(String field, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.infoboxFacts("Treaty of Orsk", List.of("Type: Treaty", field), tmp);
        assertTrue(facts.contains("Ivo_Brant rdf:type Person") && facts.stream().noneMatch(f -> f.startsWith("Ivo_Brant_(")),
                () -> String.join("\n", facts));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "State of Emergency",
        "State of Siege",
        "State of War",
        "State of the Union",
    })
    void aStateOfAffairsIsNoState(String name, @TempDir Path tmp) throws Exception {
        assertNoResource("Grand Council of Velm", "In 1921 it declared a " + name + " in Velm.",
                name.replace(' ', '_'), tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "It is often known simply as the Free Velm Senate.",
        "The senate, which is usually known simply as the Free Velm Senate, met in Orsk.",
        "It was sometimes known informally as the Free Velm Senate.",
        "It is now known officially as the Free Velm Senate.",
    })
    void aParticipleBetweenAdverbsStillNames(String sentence, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Senate of Velm", sentence, "Senate_of_Velm altLabel Free Velm Senate", tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The treaty was signed by envoys of the Republic of Dorn, among them Ivo Brant and Karl Doss.|Karl_Doss",
        "Many of its deputies, including Anna Berg and Olaf Kern, were in prison.|Olaf_Kern",
        "Several members, such as Ivo Brant, came from Orsk.|Ivo_Brant",
        "Its secretaries, notably Pavel Drugov, Anna Berg and Olaf Kern, kept the minutes.|Pavel_Drugov",
    })
    void namesListedAfterPersonsArePersons(String sentence, String person, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Treaty of Velm", sentence, person + " rdf:type Person", tmp);
    }
}
