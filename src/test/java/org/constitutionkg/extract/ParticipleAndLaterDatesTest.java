package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A date a participle of another verb governs ("a diet elected in May 1946 adopted it") is not the frame's, before
 * the verb or after it; an instrument's making still dates what it does ("dissolved by the Charter adopted on 5
 * May"). "Two years later", "a year later", "three days later" count from the date spoken of last, no more exactly
 * than it and the unit allow. A participle opening the sentence is its subject's, past an aside with no verb
 * ("Passed by X on 9 May 1948, shortly after the coup, the charter ..."). Invented names (stop 33).
 */
class ParticipleAndLaterDatesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "false#A Constituent Diet of Norlia elected in May 1946 adopted the Grand Charter of Norlia.#Grand_Charter_of_Norlia adopted 1946-05",
        "false#The charter was adopted by a diet elected in May 1946.#Grand_Charter_of_Norlia adopted 1946-05",
        "false#The Grand Charter of Norlia was replaced by the Basic Law of Norlia, adopted by a diet elected in January 1951.#Grand_Charter_of_Norlia repealed 1951-01",
        "true#In May 1946 the Constituent Diet of Norlia adopted the Grand Charter of Norlia.#Grand_Charter_of_Norlia adopted 1946-05",
        "true#The charter was drafted by a commission and approved on 3 May 1911.#Grand_Charter_of_Norlia adopted 1911-05-03",
        "true#The charter was repealed by the Basic Law of Norlia adopted on 5 May 1951.#Grand_Charter_of_Norlia repealed 1951-05-05",
        // counted from the date spoken of last
        "true#A Constituent Diet of Norlia elected in May 1946 adopted the Grand Charter of Norlia two years later.#Grand_Charter_of_Norlia adopted 1948",
        "true#The Diet of Norlia met on 3 May 1920. The diet adopted the charter three days later.#Grand_Charter_of_Norlia adopted 1920-05-06",
        "true#The Diet of Norlia met in May 1920. A year later the diet adopted the charter.#Grand_Charter_of_Norlia adopted 1921",
        "true#The Diet of Norlia met in May 1920. The charter was adopted two months later.#Grand_Charter_of_Norlia adopted 1920-07",
        "false#The Diet of Norlia met in May 1920. The diet adopted the charter three days later.#Grand_Charter_of_Norlia adopted 1920-05",
        // ... and a date so told is the one the next such phrase counts from
        "true#The Diet of Norlia met in May 1920. Two years later the diet adopted the charter. Three years later the charter was repealed.#Grand_Charter_of_Norlia repealed 1925",
        "true#The Diet of Norlia met on 3 May 1920. The diet adopted the charter the following day. It was repealed a year later.#Grand_Charter_of_Norlia repealed 1921",
        // a participle opening the sentence, an aside with no verb before its subject
        "true#Passed by the Constituent Diet of Norlia on 9 May 1948, shortly after the coup, the Grand Charter of Norlia replaced the Old Charter of Norlia.#Grand_Charter_of_Norlia adoptedBy Constituent_Diet_of_Norlia",
        "true#Approved by the Constituent Diet of Norlia in 1948, after long debates, it replaced the Old Charter of Norlia.#Grand_Charter_of_Norlia adopted 1948",
        "true#Adopted on 9 May 1948 by the Constituent Diet of Norlia, it replaced the Old Charter of Norlia.#Grand_Charter_of_Norlia precededBy Old_Charter_of_Norlia",
        "false#Passed by the Constituent Diet of Norlia on 9 May 1948, the diet was dissolved, and the Grand Charter of Norlia replaced the Old Charter of Norlia.#Grand_Charter_of_Norlia adoptedBy Constituent_Diet_of_Norlia",
    })
    void datesOfOtherVerbsAndLaterOnes(boolean holds, String text, String fact, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertFact("Grand Charter of Norlia", text, fact, holds, tmp);
    }
}
