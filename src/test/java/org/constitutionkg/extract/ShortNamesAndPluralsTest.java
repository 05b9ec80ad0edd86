package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A beginning of the subject's name that the name goes on past with a head noun of its own names another thing ("the
 * Statute of Velm" in the article on the "Statute of Velm Adoption Act"); a plural description ("the diets") is several
 * things, none of them the one named last; a plural head shared out over persons' names keeps names of three words
 * whole; "in Arms" and "in Exile" end a name (in-tails.txt). Invented names and sentences.
 */
class ShortNamesAndPluralsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        "Statute of Velm Adoption Act 1947#Although the Statute of Velm was enacted in December 1931, it took effect later.#Statute_of_Velm_Adoption_Act_1947 adopted 1931-12",
        "Statute of Velm Adoption Act 1947#The Statute of Velm, passed in December 1931, did not extend to Norlia.#Statute_of_Velm_Adoption_Act_1947 adopted 1931-12",
        "Charter of Norlia Amendment Act#The Charter of Norlia was adopted in 1920 and amended often.#Charter_of_Norlia_Amendment_Act adopted 1920",
        "Treaty of Velm Ratification Law#It was passed in 1925. The Treaty of Velm had been signed in 1924.#Treaty_of_Velm_Ratification_Law adopted 1924",
    })
    void aBeginningWithAnotherHeadAfterIsAnotherThing(String title, String text, String fact, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact(title, text, fact, false, tmp);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '#', value = {
        // the name goes on with "of" or words of no head: the same thing
        "Congress of Councils of Norlia#The Congress of Councils first met in 1920.#Congress_of_Councils_of_Norlia established 1920",
        "Treaty of Velm between Norlia and Ostra#The Treaty of Velm was signed on 3 May 1924.#Treaty_of_Velm_between_Norlia_and_Ostra adopted 1924-05-03",
    })
    void aBeginningOfTheSameNameIsTheSubject(String title, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(title, text, fact, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The Diet of Ostra was set up in 1861. The chamber's members were elected by the diets of the crown lands.#Diet_of_Ostra",
        "The Diet of Ostra met in Ytown. In 1918 the diets were abolished.#Diet_of_Ostra",
        "The Council of Ostra was formed in 1900. The councils elected the Velm Senate.#Council_of_Ostra",
        "The Diet of Ostra met in 1861, and the provincial diets later ratified the Treaty of Velm.#Diet_of_Ostra",
    })
    void aPluralDescriptionIsNoneOfThem(String text, String named, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Senate", text, tmp);
        String all = String.join("\n", facts);
        assertFalse(facts.stream().anyMatch(f -> f.matches("\\S+ (electedBy|ratifiedBy) " + named)), all);
        assertFalse(facts.contains(named + " disbanded 1918"), all);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The assembly proclaimed the Republic of Velmia in Arms in 1869.#Republic_of_Velmia_in_Arms#Polity",
        "The House of Representatives of the Republic of Velmia in Arms dissolved itself in 1878.#House_of_Representatives_of_the_Republic_of_Velmia_in_Arms#Chamber",
        "The Government of Velmia in Exile sat in Ytown from 1940.#Government_of_Velmia_in_Exile#ExecutiveBody",
        "It was recognised by the Velmian Government in Exile in 1941.#Velmian_Government_in_Exile#ExecutiveBody",
    })
    void aNameEndsWithItsPhraseInArmsOrInExile(String text, String name, String cls, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertFact("Velm Senate", text, name + " rdf:type " + cls, true, tmp);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "The governments of Ana Berg and Ivo Karl Lind saw no need for it.#Government_of_Ivo_Karl",
        "The cabinets of Ivo Karl Lind and Ana Berg opposed the plan.#Cabinet_of_Ivo_Karl",
        "The cabinets of Ivo Lind and Olaf Dan Svensk resigned in turn.#Cabinet_of_Olaf_Dan",
        "It was opposed by the cabinets of Ana Berg and Ivo Karl Lind.#Cabinet_of_Ivo_Karl",
    })
    void aPersonsNameOfThreeWordsStaysWhole(String text, String cut, @TempDir Path tmp) throws Exception {
        Set<String> facts = ExtractionCases.allFacts("Velm Senate", text, tmp);
        assertFalse(facts.stream().anyMatch(f -> f.startsWith(cut + " ")), String.join("\n", facts));
    }
}
