package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Things a sentence speaks of by description rather than by name, in invented sentences of each construction
 * (active, passive, pronoun subject, relative clause or participle): "the country" (a description by class,
 * description-classes.tsv), "the new charter of Xland" (an instrument known only by a description and its state), a
 * description coordinated with a name, and the class another of a thing's names gives.
 */
class DescriptionsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // "the country": the article's state, the state its subject is of, or the state spoken of last
        "Kingdom of Xland|In 1946 the country was renamed the Republic of Xland.|Kingdom_of_Xland altLabel Republic of Xland",
        "Kingdom of Xland|In 1946 the king renamed the country to the Free State of Xland.|Kingdom_of_Xland altLabel Free State of Xland",
        "Kingdom of Xland|It was renamed the Republic of Xland in 1946.|Kingdom_of_Xland altLabel Republic of Xland",
        "Kingdom of Xland|The regents, who renamed the country as the Union of Xland, ruled until 1950.|Kingdom_of_Xland altLabel Union of Xland",
        "Constitution of the Kingdom of Xland|It renamed the country to the Empire of Greater Xland.|Kingdom_of_Xland altLabel Empire of Greater Xland",
        "Grand Diet of Xland|The diet met in the Kingdom of Norland. In 1950 the country was renamed the Republic of Norland.|Kingdom_of_Norland altLabel Republic of Norland",
        "Grand Diet of Xland|The Grand Diet of Xland renamed the Kingdom of Norland as the Norland Republic.|Kingdom_of_Norland altLabel Norland Republic",
        // an instrument known by a description and the state it is of
        "Grand Congress of Xland|The Grand Congress of Xland approved the new charter of the Kingdom of Xland in 1931.|new_charter_of_the_Kingdom_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The new charter of the Kingdom of Xland was adopted by the Grand Congress of Xland.|new_charter_of_the_Kingdom_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|On its last day it adopted the first constitution of the Republic of Xland.|first_constitution_of_the_Republic_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Grand Congress of Xland, which ratified the new treaty of the Kingdom of Norland, met in Xtown.|new_treaty_of_the_Kingdom_of_Norland ratifiedBy Grand_Congress_of_Xland",
        "Constitution of the Republic of Xland|In 1931 the Grand Congress of Xland approved the basic law of the Republic of Xland.|Constitution_of_the_Republic_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|It approved the new charter of the Kingdom of Xland.|new_charter_of_the_Kingdom_of_Xland rdf:type LegalInstrument",
        // a description coordinated with a name: each is a patient of the verb
        "Grand Congress of Xland|The congress approved the declaration and the Treaty on the Union of Free States.|Treaty_on_the_Union_of_Free_States adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|It ratified the Charter and the Treaty of Ytown.|Treaty_of_Ytown ratifiedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The charter and the Treaty of Ytown were approved by the Grand Congress of Xland.|Treaty_of_Ytown adoptedBy Grand_Congress_of_Xland",
        // the class another name gives, when narrower: a statute also called a constitution is one
        "Charter of Xland|Then the Land Act of 1931, a provisional statute (or \"little constitution\"), was passed on 3 May.|Land_Act_of_1931 rdf:type Constitution",
        "Charter of Xland|The Decree of 1920, known as the short constitution, was issued by the regents.|Decree_of_1920 rdf:type Constitution",
        // an indefinite description of an instrument: the name in apposition to it, the subject made that year, or
        // a new one of a later year that succeeds the subject
        "Constitution of the Republic of Xland of 1949|In 1968 the Grand Diet of Xland adopted a new, fully democratic constitution.|1968_Constitution_of_the_Republic_of_Xland precededBy Constitution_of_the_Republic_of_Xland_of_1949",
        "Charter of the Kingdom of Xland of 1949|In 1968, a new charter was adopted by the Grand Diet of Xland.|1968_Charter_of_the_Kingdom_of_Xland precededBy Charter_of_the_Kingdom_of_Xland_of_1949",
        "Charter of the Kingdom of Xland of 1949|The Grand Diet of Xland, which adopted a new charter in 1968, met in Xtown.|1968_Charter_of_the_Kingdom_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of the Kingdom of Xland of 1949|A new charter was approved in 1968.|1968_Charter_of_the_Kingdom_of_Xland precededBy Charter_of_the_Kingdom_of_Xland_of_1949",
        "Charter of the Kingdom of Xland of 1949|A new charter was approved in 1968. In 1975 a new charter was approved by the Grand Diet of Xland.|1975_Charter_of_the_Kingdom_of_Xland precededBy 1968_Charter_of_the_Kingdom_of_Xland",
        "Charter of the Kingdom of Xland of 1949|In 1968, the Xland government adopted a new charter.|1968_Charter_of_the_Kingdom_of_Xland precededBy Charter_of_the_Kingdom_of_Xland_of_1949",
        "Charter of Xland of 1949|In 1949 the diet adopted a charter as Law No. 5 of 1949.|Charter_of_Xland_of_1949 altLabel Law No. 5 of 1949",
        "Charter of Xland of 1949|The Grand Diet of Xland passed a charter in 1949.|Charter_of_Xland_of_1949 adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|It replaced an earlier charter of 1 May 1871, the Charter of the Xland League.|Charter_of_Xland precededBy Charter_of_the_Xland_League",
        "Charter of Xland|Then the Land Act of 1911, a provisional statute passed on 31 January, ended the monarchy.|Land_Act_of_1911 adopted 1911-01-31",
        "Charter of Xland|The Grand Diet of Xland passed the charter as the Land Act of 1921 in 1921.|Charter_of_Xland altLabel Land Act of 1921",
        // a date in an opening phrase set off by a comma dates the clause
        "Grand Diet of Xland|In 1934, the Grand Diet of Xland was dissolved by the king.|Grand_Diet_of_Xland disbanded 1934",
        "Grand Diet of Xland|On 3 May 1934, the king dissolved the Grand Diet of Xland.|Grand_Diet_of_Xland disbanded 1934-05-03",
        // a year at the end of a title is no part of the state's name
        "Charter of the Kingdom of Xland of 1949|It was short.|Charter_of_the_Kingdom_of_Xland_of_1949 jurisdiction Kingdom_of_Xland",
        // a commonwealth is a state (a union of states)
        "Treaty of Ytown|The Treaty of Ytown founded the Commonwealth of Free States (CFS).|Commonwealth_of_Free_States rdf:type Polity",
        "Treaty of Ytown|The Treaty of Ytown founded the Commonwealth of Free States (CFS).|Commonwealth_of_Free_States altLabel CFS",
        "Grand Congress of Xland|The Second Charter of Xland was drafted in 1930. The second charter was adopted by the Grand Congress of Xland in 1931.|Second_Charter_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Grand Congress of Xland adopted the Charter of Xland in 1920. In 1930 the charter was repealed.|Charter_of_Xland repealed 1930",
        "Constitution of Norland|The first constitution of Norland was adopted in 1850.|Constitution_of_Norland adopted 1850",
    })
    void aDescriptionDenotesWhatItDescribes(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // an organ renamed is the same organ under a new name: the renaming ends nothing
        "Grand Diet of Xland|In 1950 the Grand Diet of Xland was renamed the State Council of Xland.|Grand_Diet_of_Xland disbanded 1950",
        // "The Diet, officially X's sole legislature,": no name; shortening a body to another is no naming
        "Diet of Norland|The Diet of Norland, officially Norland's sole legislature, met in Ytown.|Diet_of_Norland altLabel Norland",
        "Diet of Norland|The reform of 1850 shortened the Regency of Norland to a Council of Three.|Regency_of_Norland altLabel Council of Three",
        // the state a name says the thing is of is not the thing: "the X" is no short name of the "Council of X"
        "Revolutionary Council of Dravonia|The Revolutionary Council of Dravonia was the provisional government of Dravonia.|Revolutionary_Council_of_Dravonia jurisdiction Revolutionary_Council_of_Dravonia",
        "Revolutionary Council of Dravonia|It was the highest organ of the Dravonia of the time.|Revolutionary_Council_of_Dravonia jurisdiction Revolutionary_Council_of_Dravonia",
        // a participle after a determiner describes the noun: "the elected Landtag" was elected by no one named
        "Imperial Council of Zarvia|Laws needed the consent of the Imperial Council of Zarvia and the elected Landtag of Zarvia.|Landtag_of_Zarvia electedBy Imperial_Council_of_Zarvia",
        "Imperial Council of Zarvia|The Imperial Council of Zarvia and an appointed Senate of Zarvia shared the power.|Senate_of_Zarvia electedBy Imperial_Council_of_Zarvia",
        "Imperial Council of Zarvia|Laws needed the consent of both the Imperial Council (Reichsrat) and the elected Landtag of Zarvia.|Landtag_of_Zarvia electedBy Imperial_Council_of_Zarvia",
        // "the country" with no state known denotes nothing, nor when the paragraph named another than the article's
        "Charter of Norland|It renamed the country to Greater Norland.|Charter_of_Norland altLabel Greater Norland",
        "Kingdom of Xland|In 1920 the Republic of Norland was occupied by Ruritanian troops. In 1921 the country was renamed the Norland Soviet Republic.|Kingdom_of_Xland altLabel Norland Soviet Republic",
        "Grand Diet of Xland|In 1922 the Republic of Xland joined the Union of Free States. In 1991 the country was renamed the Republic of Xlandia.|Union_of_Free_States altLabel Republic of Xlandia",
        "Constitution of the Kingdom of Xland|It was modelled on the charter of the Republic of Norland. In 1925 the country joined the Union of Free States.|Republic_of_Norland partOf Union_of_Free_States",
        // what is renamed to something other than a state's name is no state renamed
        "Kingdom of Xland|The capital, Xtown, was moved to the coast in 1925. It was renamed Petrovsk in 1930.|Kingdom_of_Xland altLabel Petrovsk",
        "Kingdom of Xland|In 1946 the assembly renamed the country as the Republic of Xland and Ivan Petrov became its president.|Kingdom_of_Xland altLabel Republic of Xland and Ivan Petrov",
        // a description opening the next clause is no second object
        "Senate of Xland|In 1930 the Grand Diet of Xland abolished the Council of State of Xland and the senate took over its powers.|Senate_of_Xland disbanded 1930",
        "Senate of Xland|In 1925 the Grand Diet of Xland adopted the Charter of Xland and the senate lost its veto.|Senate_of_Xland established 1925",
        // a role is not another name
        "Senate of Xland|The Senate of Xland, known as the upper house, met in Xtown.|Senate_of_Xland altLabel upper house",
        // a new instrument that succeeds nothing: a party's, one of an earlier year, one not said to be new, an organ's
        "Charter of Xland of 1949|In 1968 the Workers' Party adopted a new charter.|1968_Charter precededBy Charter_of_Xland_of_1949",
        "Charter of Xland of 1949|In 1935 the Grand Diet of Xland adopted a new charter.|1935_Charter precededBy Charter_of_Xland_of_1949",
        // ... nor an instrument of another kind, nor one another state's body makes, nor a name after a preposition
        "Charter of the Kingdom of Xland of 1949|In 1970 the Grand Diet of Xland ratified a new treaty with Norland.|1970_Treaty_of_the_Kingdom_of_Xland precededBy Charter_of_the_Kingdom_of_Xland_of_1949",
        "Constitution of the Kingdom of Xland of 1949|In 1970 the Grand Diet of Xland passed a new law on elections.|1970_Law_of_the_Kingdom_of_Xland precededBy Constitution_of_the_Kingdom_of_Xland_of_1949",
        "Constitution of the Kingdom of Xland of 1949|In 1975 the Parliament of Norland adopted a new constitution.|1975_Constitution_of_the_Kingdom_of_Xland precededBy Constitution_of_the_Kingdom_of_Xland_of_1949",
        "Charter of the Kingdom of Xland of 1949|In 1949 the Grand Diet of Xland also ratified a treaty with Norland.|Charter_of_the_Kingdom_of_Xland_of_1949 ratifiedBy Grand_Diet_of_Xland",
        "Charter of Xland|After the dissolution of the Grand Diet of Xland, a new constitution was adopted in 1975.|Grand_Diet_of_Xland established 1975",
        "Charter of Xland|Under the Treaty of Ytown, a new constitution was adopted in 1975.|Treaty_of_Ytown adopted 1975",
        "Charter of Xland|In 1921 the Grand Diet of Xland adopted a constitution, the Senate of Xland having been abolished.|Senate_of_Xland established 1921",
        // "as" of a requirement, not of a name; another state's instrument by its adjective
        "Charter of Xland|In 1950 the Grand Diet of Xland passed the Electoral Act as the Charter of Xland prescribed.|Charter_of_Xland altLabel Electoral Act",
        "Constitution of Norland|The Xland constitution was adopted by the Grand Diet of Xland in 1911.|Constitution_of_Norland adopted 1911",
        // a relative clause inside a main clause is not dated by the main clause's opening date
        "Charter of Xland|In 1968, the Grand Diet of Xland, which had adopted the charter, was dissolved by the king.|Charter_of_Xland adopted 1968",
        "Grand Diet of Xland|Until its reform in 1921, the Grand Diet of Xland was abolished and restored several times.|Grand_Diet_of_Xland disbanded 1921",
        "Charter of Xland of 1949|In 1968 the Grand Diet of Xland adopted a charter.|1968_Charter precededBy Charter_of_Xland_of_1949",
        "Grand Diet of Xland|In 1968 the Grand Diet of Xland adopted a new charter.|1968_Charter precededBy Grand_Diet_of_Xland",
        // the subject's own name in another language is no second thing
        "Constitution of the Kingdom of Xland|The Constitution of the Kingdom of Xland (the Kingdom of Xland; Verfassung des Koenigreichs Xland) was promulgated in 1901.|Verfassung_des_Koenigreichs_Xland rdf:type Constitution",
        // no instrument of its own: a bare "the declaration of X" may be its proclamation
        "Grand Diet of Xland|The Grand Diet of Xland approved the declaration of the Republic of Xland.|Declaration_of_the_Republic_of_Xland adoptedBy Grand_Diet_of_Xland",
        // no instrument: the head is no instrument's, or what follows "of" is no state
        "Grand Congress of Xland|The Grand Congress of Xland approved the new rules of the Republic of Xland.|new_rules_of_the_Republic_of_Xland adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Grand Congress of Xland approved the new charter of the Workers' Party.|new_charter_of_the_Workers'_Party adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Charter of Xland of 1937 was its last. In 1918 the Grand Congress of Xland adopted the first charter of the republic.|Charter_of_Xland_of_1937 adoptedBy Grand_Congress_of_Xland",
        "Grand Congress of Xland|The Charter of Xland of 1937 was its last. In 1918 the first charter was adopted by the Grand Congress of Xland.|Charter_of_Xland_of_1937 adopted 1918",
        "Grand Congress of Xland|The Fifth Congress of Xland met in Ytown in 1925. The second congress had met in Ztown.|Fifth_Congress_of_Xland location Ztown",
    })
    void whatADescriptionDoesNotDenote(String title, String sentence, String unexpected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
