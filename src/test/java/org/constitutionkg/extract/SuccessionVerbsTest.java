package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Verbs of succession beyond "replace", "supersede" and "succeed", one row of frames.tsv each: "follow", "give way
 * to", and a body "transformed", "reorganized", "converted" or "turned into" its successor; in invented sentences of
 * each construction (active, passive, pronoun subject, relative clause, fronted participle, a clause opener), and the
 * object of an active verb as what its preposition's phrase is said of ("the diet turned the council into X").
 */
class SuccessionVerbsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // follow: of the same kind only
        "Charter of Xland|The Charter of Xland followed the Statute of Xland.|Charter_of_Xland precededBy Statute_of_Xland",
        "Statute of Xland|The Statute of Xland was followed by the Charter of Xland in 1921.|Charter_of_Xland precededBy Statute_of_Xland",
        "Statute of Xland|The Statute of Xland was a law. It was followed by the Charter of Xland.|Charter_of_Xland precededBy Statute_of_Xland",
        "Statute of Xland|The Statute of Xland, which was followed by the Charter of Xland, had 40 articles.|Charter_of_Xland precededBy Statute_of_Xland",
        "Charter of Xland|The Charter of Xland, which followed the Statute of Xland in 1921, had 90 articles.|Charter_of_Xland precededBy Statute_of_Xland",
        // precede: the backward of follow, also of numbered sessions of the context's body
        "Charter of Xland|The Statute of Xland preceded the Charter of Xland.|Charter_of_Xland precededBy Statute_of_Xland",
        "Charter of Xland|The Charter of Xland was preceded by the Statute of Xland.|Charter_of_Xland precededBy Statute_of_Xland",
        "Charter of Xland|The Charter of Xland was a law. It was preceded by the Statute of Xland.|Charter_of_Xland precededBy Statute_of_Xland",
        "Charter of Xland|The Statute of Xland, which preceded the Charter of Xland, had 40 articles.|Charter_of_Xland precededBy Statute_of_Xland",
        "4th Congress of the Farmers Party of Xland|The 4th Congress of the Farmers Party of Xland was held in 1958. It was preceded by the 3rd Congress (1954) and followed by the 5th Congress in 1962.|4th_Congress_of_the_Farmers_Party_of_Xland precededBy 3rd_Congress_of_the_Farmers_Party_of_Xland",
        "4th Congress of the Farmers Party of Xland|The 4th Congress of the Farmers Party of Xland was held in 1958. It was preceded by the 3rd Congress (1954) and followed by the 5th Congress in 1962.|5th_Congress_of_the_Farmers_Party_of_Xland precededBy 4th_Congress_of_the_Farmers_Party_of_Xland",
        // give way to
        "Grand Council of Xland|The Grand Council of Xland gave way to the State Diet of Xland in 1917.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. It gave way to the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland, which gave way to the State Diet of Xland in 1917, met in Xtown.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. In 1917 the council gave way to the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        // after a verb of no object and "and": that verb's subject ("it sat in X and gave way to Y")
        "Grand Council of Xland|The Grand Council of Xland sat until 1916 and gave way to the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. It met in Xtown and then gave way to the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. In 1901 the council convened in Xtown and later made way for the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland, which sat in Xtown and gave way to the State Diet of Xland, had 40 members.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. It opened in 1850 and was succeeded by the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        // take the place of
        "Grand Council of Xland|The Grand Council of Xland took the place of the Conference of Envoys of Xland in 1871.|Grand_Council_of_Xland precededBy Conference_of_Envoys_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. It took the place of the Conference of Envoys of Xland.|Grand_Council_of_Xland precededBy Conference_of_Envoys_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland, which took the place of the Conference of Envoys of Xland, met in Xtown.|Grand_Council_of_Xland precededBy Conference_of_Envoys_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. In 1871 the council took the place of the Conference of Envoys of Xland.|Grand_Council_of_Xland precededBy Conference_of_Envoys_of_Xland",
        // the year it gave way in is the year its successor began
        "Grand Council of Xland|The Grand Council of Xland gave way to the State Diet of Xland in 1917.|State_Diet_of_Xland established 1917",
        "Grand Council of Xland|The Grand Council of Xland was an organ. It gave way to a State Diet of Xland in 1917.|State_Diet_of_Xland established 1917",
        "Grand Council of Xland|The Grand Council of Xland, which gave way to the State Diet of Xland in 1917, met in Xtown.|State_Diet_of_Xland established 1917",
        "Grand Council of Xland|The Grand Council of Xland was an organ. In 1917 the council gave way to the State Diet of Xland.|State_Diet_of_Xland established 1917",
        // transformed, reorganized, converted, turned into
        "Grand Council of Xland|The Grand Council of Xland was transformed into the State Diet of Xland in 1917.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. In 1917 it was reorganized into the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland, which was converted into the State Diet of Xland in 1917, met in Xtown.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. Transformed into the State Diet of Xland in 1917, the council ceased to meet.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland was an organ. The council was turned into the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The Grand Council of Xland met in Xtown until it was transformed into the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        // an active verb with its object: the preposition's phrase is said of the object
        "Grand Council of Xland|The State Diet of Xland transformed the Grand Council of Xland into the State Senate of Xland.|State_Senate_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|In 1917 the Charter of Xland reorganized the Grand Council of Xland into the State Diet of Xland.|State_Diet_of_Xland precededBy Grand_Council_of_Xland",
        "Grand Council of Xland|The King convened the Grand Council of Xland in Xtown in 1850.|Grand_Council_of_Xland location Xtown",
        // a senate with words before its head is an organ
        "Grand Senate of Xland|The Grand Senate of Xland was reorganized into the High Senate of Xland in 1930.|High_Senate_of_Xland precededBy Grand_Senate_of_Xland",
    })
    void aVerbOfSuccessionInEachConstruction(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // of another kind, a thing that is no name, the subject of an active verb with an object, a compound word
        "State Diet of Xland|The State Diet of Xland followed the Statute of Xland.|State_Diet_of_Xland precededBy Statute_of_Xland",
        "State Diet of Xland|Following the Statute of Xland, the Charter of Xland was adopted.|Charter_of_Xland precededBy Statute_of_Xland",
        "State Diet of Xland|The State Diet of Xland transformed the Grand Council of Xland into the State Senate of Xland.|State_Senate_of_Xland precededBy State_Diet_of_Xland",
        "State Diet of Xland|The State Diet of Xland turned the old palace into a museum.|State_Diet_of_Xland precededBy Xtown",
        "State Diet of Xland|The name applied in rebel-held Xland in the Early era.|Xland location Early",
        // the object of a verb with a gerund after "in" is a companion: it did as the subject did
        "Grand Council of Xland|The Grand Council of Xland followed the State Diet of Xland in rejecting the charter.|Grand_Council_of_Xland precededBy State_Diet_of_Xland",
        "Kingdom of Xland|The Kingdom of Xland joined the Kingdom of Yland in protesting the treaty.|Kingdom_of_Xland partOf Kingdom_of_Yland",
        // an adverb of manner makes succession likeness: modelled on it
        "1948 Constitution of Xland|The 1948 Constitution of Xland closely followed the 1936 Constitution of Yland.|1948_Constitution_of_Xland precededBy 1936_Constitution_of_Yland",
        "1948 Constitution of Xland|The 1948 Constitution of Xland was adopted in 1948. It largely followed the 1936 Constitution of Yland.|1948_Constitution_of_Xland precededBy 1936_Constitution_of_Yland",
        "1948 Constitution of Xland|The 1948 Constitution of Xland, which faithfully followed the 1936 Constitution of Yland, was short.|1948_Constitution_of_Xland precededBy 1936_Constitution_of_Yland",
        "1948 Constitution of Xland|The 1936 Constitution of Yland was closely followed by the 1948 Constitution of Xland.|1948_Constitution_of_Xland precededBy 1936_Constitution_of_Yland",
    })
    void notOtherwise(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
