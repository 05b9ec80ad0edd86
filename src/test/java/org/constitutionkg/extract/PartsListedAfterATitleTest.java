package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parts of a body listed after a title no thing of ours stands for ("consisted of the Crown, a Senate and a House
 * of Assembly"), after a count that announces them ("made up of the Crown and two houses, a Senate and a House"; "two
 * chambers: A and B" past the clause's colon), past a participle set off by commas ("the Crown, represented by the
 * Regent, and ..."), with participles and adverbs before the items ("an elected House and a partly appointed
 * Senate"), in every form of the verb; "was to consist of" states the make-up an instrument laid down, "was to be
 * abolished" no end. Invented names.
 */
class PartsListedAfterATitleTest {

    private static final String TITLE = "Parliament of Velmark";
    private static final String LEAD = "The Parliament of Velmark was the legislature of the Kingdom of Velmark. ";

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '#', value = {
        // a title first
        "true#It consisted of the Crown, a Senate of Velmark and a House of Assembly.#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#It consisted of the Crown, a Senate of Velmark and a House of Assembly.#Parliament_of_Velmark hasPart Senate_of_Velmark",
        "true#The Parliament of Velmark, which consisted of the Governor, a Senate of Velmark and a House of Assembly, met in Dorn.#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#The charter created the Parliament of Velmark, consisting of the Monarch, a Senate of Velmark and a House of Assembly.#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#The Senate of Velmark and the House of Assembly, together with the Crown, made up the legislature.#House_of_Assembly_of_the_Kingdom_of_Velmark rdf:type Chamber",
        // a count announcing the list
        "true#Power lay with the Parliament of Velmark, made up of the Crown and two houses, a Senate of Velmark (Velsenat) and a House of Assembly (Velhus).#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#It was composed of the Monarch and two chambers: the Senate of Velmark and the House of Assembly.#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#It consisted of the Crown, represented by the Regent, and two chambers: the Senate of Velmark (the upper house) and the House of Assembly (the lower house).#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#It consisted of the Crown, represented by the Regent, and two chambers: the Senate of Velmark (the upper house) and the House of Assembly (the lower house).#Parliament_of_Velmark hasPart Senate_of_Velmark",
        // participles and adverbs before the items
        "true#It was made up of an elected House of Assembly and a partly appointed Senate of Velmark.#Parliament_of_Velmark hasPart Senate_of_Velmark",
        "true#The Parliament of Velmark, composed of a directly elected House of Assembly and a nominated Senate of Velmark, sat in Dorn.#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#A partly elected Senate of Velmark and a wholly elected House of Assembly formed it.#Senate_of_Velmark rdf:type Chamber",
        // what an instrument laid down
        "true#Under the charter the Parliament of Velmark was to consist of a Senate of Velmark and a House of Assembly.#Parliament_of_Velmark hasPart House_of_Assembly_of_the_Kingdom_of_Velmark",
        "true#Its members were to be elected by the county councils.#Parliament_of_Velmark electedBy county_councils",
        "true#The Cabinet of Velmark was to be accountable to the House of Assembly.#Cabinet_of_Velmark accountableTo House_of_Assembly_of_the_Kingdom_of_Velmark",
        "false#The Parliament of Velmark was to be abolished in 1940, but the war intervened.#Parliament_of_Velmark disbanded 1940",
        "false#The Parliament of Velmark was to consist of a Senate of Velmark and a House of Assembly.#Parliament_of_Velmark disbanded 1940",
        // a comma that no "and" closes is no list; a plan that came to nothing states no make-up
        "false#The Cabinet of Velmark was accountable to the King, the Senate of Velmark only to the voters.#Cabinet_of_Velmark accountableTo Senate_of_Velmark",
        "false#The Parliament of Velmark was to consist of a Senate of Velmark and a House of Assembly, but the plan was abandoned.#Parliament_of_Velmark hasPart House_of_Assembly",
        // an -ly noun is no adverb
        "true#The Charter of Velmark was approved by the assembly and signed by King Otto.#Charter_of_Velmark signedBy King_Otto",
    })
    void listed(boolean holds, String sentence, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact(TITLE, LEAD + sentence, fact, holds, tmp);
    }
}
