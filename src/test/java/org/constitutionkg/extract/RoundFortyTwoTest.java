package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added after the fresh audits of stop 59 (round 42), with invented sentences and values: a person is named
 * wherever a run of capitalised words opens with a given name (given-names.txt), also after titles, an opening word
 * or an office's domain, and never when the run is a thing's name or modifies one; a sentence that lists a body's
 * chairs inline ("Its chairmen were A (1920–1925), B and C") states each chair, as a list after a lead-in does; the day
 * one organ ended in another's place is the day the other began; a union of zemstvos, towns or a trade's members is
 * no state; groups of adherents in an infobox's members are no persons.
 */
class RoundFortyTwoTest {

    private static final String COUNCIL = "The Council of Elders of Ylan was the executive body of Ylan from 1920 to"
            + " 1934. ";

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a given name opens a person's name, whatever the sentence says of the person
        "Pavel Ostrin worked in the council for ten years.#Pavel_Ostrin rdf:type Person#true",
        "The council sent Pavel Ostrin to Ytown in 1925.#Pavel_Ostrin rdf:type Person#true",
        "In 1925 the council was joined by Marta Kolvi and Pavel Ostrin.#Marta_Kolvi rdf:type Person#true",
        "In 1925 the council was joined by Marta Kolvi and Pavel Ostrin.#Pavel_Ostrin rdf:type Person#true",
        "Its archive, which Pavel Ostrin kept, was lost in 1934.#Pavel_Ostrin rdf:type Person#true",
        "Pavel Ostrin's reform of the council failed.#Pavel_Ostrin rdf:type Person#true",
        "Hans-Peter Kolvi van der Berg joined the council.#Hans-Peter_Kolvi_van_der_Berg rdf:type Person#true",
        // after titles, an opening word or an office's domain
        "Marshal Pavel Ostrin dissolved the council in 1934.#Pavel_Ostrin rdf:type Person#true",
        "Under Pavel Ostrin the council grew.#Pavel_Ostrin rdf:type Person#true",
        "The Minister of War Pavel Ostrin resigned in 1926.#Pavel_Ostrin rdf:type Person#true",
        "The Minister of the Interior Pavel Ostrin resigned in 1926.#Pavel_Ostrin rdf:type Person#true",
        // a thing's name, or a run that modifies a noun after it: no one
        "The council met in the Pavel Ostrin Square.#Pavel_Ostrin rdf:type Person#false",
        "The Pavel Ostrin cabinet replaced the council in 1934.#Pavel_Ostrin rdf:type Person#false",
        "The council founded the Pavel Ostrin University in 1925.#Pavel_Ostrin_University rdf:type Person#false",
        "The council met near the Karl Vell Institute.#Karl_Vell_Institute rdf:type Person#false",
        // a name that opens with no given name and no cue says nothing of itself
        "Tavu Ostrin worked in the council for ten years.#Tavu_Ostrin rdf:type Person#false",
        // one given name alone is no name
        "The council sent Pavel to Ytown in 1925.#Pavel rdf:type Person#false",
    })
    void aGivenNameOpensAPersonsName(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Elders of Ylan", COUNCIL + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Its chairmen were Tavu Drevnik (1920–1925), Amri Kolvi (1925–1930) and Oren Sedlak.#Council_of_Elders_of_Ylan chair Amri_Kolvi#true",
        "Its chairmen were Tavu Drevnik (1920–1925), Amri Kolvi (1925–1930) and Oren Sedlak.#Council_of_Elders_of_Ylan chair Oren_Sedlak#true",
        // an aside in lower case after a name is about it, no item of its own
        "The chairmen of the council were Tavu Drevnik (1920–1925), who had been Minister of Trade of Ylan, and Amri Kolvi (1925–1934).#Council_of_Elders_of_Ylan chair Amri_Kolvi#true",
        "The chairmen of the council were Tavu Drevnik (1920–1925), who had been Minister of Trade of Ylan, and Amri Kolvi (1925–1934).#Council_of_Elders_of_Ylan chair Tavu_Drevnik#true",
        "Later presidents included Tavu Drevnik (1926–1929) and Amri Kolvi (1929–1934).#Council_of_Elders_of_Ylan chair Tavu_Drevnik#true",
        "Its presidents were, in turn, Tavu Drevnik, Amri Kolvi and Oren Sedlak.#Council_of_Elders_of_Ylan chair Oren_Sedlak#true",
        // another body's chairs, named in the lead-in
        "The chairmen of the Diet of Ylan were Tavu Drevnik and Amri Kolvi.#Council_of_Elders_of_Ylan chair Tavu_Drevnik#false",
        // no chair's noun, or no body's own chairs
        "Its members were Tavu Drevnik, Amri Kolvi and Oren Sedlak.#Council_of_Elders_of_Ylan chair Tavu_Drevnik#false",
        "Notable speakers included Tavu Drevnik and Amri Kolvi.#Council_of_Elders_of_Ylan chair Tavu_Drevnik#false",
        "Its deputy chairmen were Tavu Drevnik and Amri Kolvi.#Council_of_Elders_of_Ylan chair Tavu_Drevnik#false",
    })
    void chairsListedInASentence(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Elders of Ylan", COUNCIL + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "On 3 May 1934 the council was replaced by the State Board of Ylan.#State_Board_of_Ylan established 1934-05-03#true",
        "In 1934 the State Board of Ylan replaced the council.#State_Board_of_Ylan established 1934#true",
        "The council gave way to the State Board of Ylan in 1934.#State_Board_of_Ylan established 1934#true",
        "The council gave way to the State Board of Ylan in 1934.#Council_of_Elders_of_Ylan disbanded 1934#true",
        "The State Board of Ylan, which replaced the council in 1934, met in Ytown.#State_Board_of_Ylan established 1934#true",
        // a person who replaced another in an office begins nothing
        "In 1930 Tavu Drevnik replaced Amri Kolvi as chairman.#Tavu_Drevnik established 1930#false",
    })
    void theDayOneOrganEndedInAnothersPlace(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Council of Elders of Ylan", COUNCIL + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "The committee was formed by the All-Ylan Zemstvo Union in 1915.#All-Ylan_Zemstvo_Union rdf:type Polity#false",
        "The committee was formed by the All-Ylan Union of Towns in 1915.#All-Ylan_Union_of_Towns rdf:type Polity#false",
        "The Ylan Writers' Union protested against the committee.#Ylan_Writers'_Union rdf:type Polity#false",
        "The committee was formed by the Union of Municipalities of Ylan in 1915.#Union_of_Municipalities_of_Ylan rdf:type Polity#false",
        "The committee was formed by the All-Ylan Zemstvo Union in 1915.#All-Ylan_Zemstvo_Union rdf:type PoliticalGroup#true",
        // a union of states is still a state
        "In 1922 Ylan joined the Union of Xian Republics.#Union_of_Xian_Republics rdf:type Polity#true",
        "In 1922 Ylan joined the Eastern Union.#Eastern_Union rdf:type Polity#true",
    })
    void aUnionOfBodiesOrTradesIsNoState(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Main Committee of Ylan", "The Main Committee of Ylan was a body set up in Ylan in"
                + " 1915. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Members: Left Liberals, Farmers' Party, Zemstvo-Radicals#Zemstvo-Radicals rdf:type Person#false",
        "Members: Left Liberals, Farmers' Party, Zemstvo-Radicals#Left_Liberals rdf:type Person#false",
        "Members: Young Radicals, Centre group#Young_Radicals rdf:type Person#false",
        // persons are still persons
        "Members: Tavu Drevnik, Amri Kolvi#Tavu_Drevnik rdf:type Person#true",
    })
    void adherentsInAnInfoboxAreNoPersons(String field, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertInfobox("Council of Elders of Ylan", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        "Capital: Velmar#Xanian_People's_Republic location Velmar#true",
        "Capital: Velmar (Old Velmar until 1926)#Xanian_People's_Republic location Velmar#true",
        "Date Start: 8 October 1920#Xanian_People's_Republic established 1920-10-08#true",
        "Date End: 27 October 1924#Xanian_People's_Republic disbanded 1924-10-27#true",
        "Leader1: Tavu Drevnik#Tavu_Drevnik rdf:type Person#true",
        // a state has no chair: its leader is a person, of an office the infobox names
        "Leader1: Tavu Drevnik#Xanian_People's_Republic chair Tavu_Drevnik#false",
    })
    void aFormerStatesInfobox(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Xanian People's Republic", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // in the article on a republic, a generic organ's bare name is the republic's, not the union's it names too
        "Xanian People's Republic#The Xanian People's Republic was a state from 1920 to 1924. Power lay with the Supreme Soviet. In 1924 the Supreme Soviet of the Eastern Union approved its borders.#Supreme_Soviet_of_the_Eastern_Union altLabel Supreme Soviet#false",
        "Xanian People's Republic#The Xanian People's Republic was a state from 1920 to 1924. The Central Executive Committee appointed its government. In 1924 the Central Executive Committee of the Soviet Union approved its borders.#Central_Executive_Committee_of_the_Soviet_Union altLabel Central Executive Committee#false",
        "Constitution of the Xanian SSR#The Constitution of the Xanian SSR was the basic law of the Xanian SSR. It was adopted by the Supreme Soviet in 1978. The Supreme Soviet of the USSR had approved the draft.#Supreme_Soviet_of_the_USSR altLabel Supreme Soviet#false",
        // ... and the republic's own organ named in full is the one the bare name means
        "Xanian People's Republic#The Xanian People's Republic was a state from 1920 to 1924. Power lay with the Supreme Soviet. The Supreme Soviet of the Xanian People's Republic met in Velm.#Supreme_Soviet_of_the_Xanian_People's_Republic altLabel Supreme Soviet#true",
        // in the article on the union's own organ, the bare name is that organ
        "Presidium of the Supreme Soviet of the Eastern Union#The Presidium of the Supreme Soviet of the Eastern Union was the standing body of the Supreme Soviet of the Eastern Union. The Supreme Soviet elected it.#Supreme_Soviet_of_the_Eastern_Union altLabel Supreme Soviet#true",
    })
    void aBareOrgansNameIsTheArticlesStates(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an instrument named by the year or the day it was made, after "of", was made then
        "Its powers were cut by the Velm Compromise of 1914.#Velm_Compromise_of_1914 adopted 1914#true",
        "Act XII of 1926 abolished it.#Act_XII_of_1926 adopted 1926#true",
        "It was set up under the Charter of 1851, which the king granted.#Charter_of_1851 adopted 1851#true",
        "The Decree of the State Council of 4 June 1947 enlarged it.#Decree_of_the_State_Council adopted 1947-06-04#true",
        // a text that may never have been made, or a body named so, was not
        "The Draft Law of 1930 would have abolished it.#Draft_Law_of_1930 adopted 1930#false",
        "The Diet of 1848 met in Velm.#Diet_of_1848 adopted 1848#false",
        // a date the text states otherwise is kept
        "The Velm Compromise of 1914 was adopted on 2 March 1915.#Velm_Compromise_of_1914 adopted 1914#false",
    })
    void anInstrumentNamedByItsYear(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Diet of Xland", "The Diet of Xland was the legislature of Xland. " + sentence, fact,
                holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a phrase of place or time between a verb and its object
        "In 1939 the Eastern Union and the Republic of Xania signed in Ytown the Treaty of Velm.#Treaty_of_Velm party Eastern_Union#true",
        "In 1939 Xania concluded at Velm Castle the Treaty of Velm.#Treaty_of_Velm party Xania#true",
        "The congress adopted on 5 May 1920 the Charter of Xania.#Charter_of_Xania adopted 1920-05-05#true",
        // a list of subjects: the date before the first is the act's
        "On 2 December 1939 the Eastern Union and Xania signed the Treaty of Velm.#Treaty_of_Velm adopted 1939-12-02#true",
        "In 1920 the Diet and the Senate of Xania adopted the Charter of Xania.#Charter_of_Xania adopted 1920#true",
        "The Diet and the Senate of Xania adopted the Charter of Xania.#Charter_of_Xania adopted 1920#false",
        // what follows the place is no object when it is no name
        "Xania signed in Ytown a secret protocol.#Ytown rdf:type Treaty#false",
    })
    void aPlaceOrADateBeforeTheObject(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Xania", "Xania was a state from 1918 to 1940. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a title before a family name alone: the person is the family name (the full name, when the text gave it)
        "The delegation, headed by Prime Minister Kolvi, arrived in Ytown.#Prime_Minister_Kolvi rdf:type Person#false",
        "The delegation, headed by Prime Minister Kolvi, arrived in Ytown.#Kolvi rdf:type Person#true",
        "Pavel Kolvi was elected in 1939. The delegation, headed by Prime Minister Kolvi, arrived in Ytown.#Pavel_Kolvi altLabel Kolvi#true",
        // a body's possessive before a name: the name is what it owns
        "Tavu Drevnik, who headed the Council's Military Commission, resigned.#Council's_Military_Commission rdf:type StateOrgan#false",
        "Tavu Drevnik, who headed the Council's Military Commission, resigned.#Military_Commission rdf:type StateOrgan#true",
        "The Diet's Standing Committee met in Ytown.#Standing_Committee rdf:type StateOrgan#true",
        // a description that is another clause's predicate says nothing of the name after its comma
        "After talks to ensure that the Council would be but a puppet body, Brant resigned.#Brant rdf:type StateOrgan#false",
        "When the council was only a consultative body, Brant joined it.#Brant rdf:type StateOrgan#false",
        "In 1920 the king created a consultative body, the Velm Tavan, in Ytown.#Velm_Tavan rdf:type StateOrgan#true",
        // a person's possessive stays a person's
        "Tavu Drevnik's Unity Party won the election.#Unity_Party rdf:type PoliticalGroup#true",
    })
    void titlesAndPossessivesBeforeNames(String sentence, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead("Regency Council of Xania", "The Regency Council of Xania was a body of Xania. "
                + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an indefinite instrument and the name it was known by: the named instrument was adopted so
        "On 11 December 1917 the council adopted a declaration, known as the Velm Declaration.#Velm_Declaration adoptedBy Council_of_Xania#true",
        "On 11 December 1917 the council adopted a resolution, also known as the Velm Resolution, which asked for help.#Velm_Resolution adopted 1917-12-11#true",
        "In 1918 the council issued a decree, called the Land Decree.#Land_Decree adopted 1918#true",
        "On 11 December 1917 the council adopted a declaration, the Velm Declaration.#Velm_Declaration adopted 1917-12-11#true",
        // a name after a description of no instrument is no instrument the council adopted
        "On 11 December 1917 the council elected a chairman, known as the Elder.#Elder adoptedBy Council_of_Xania#false",
    })
    void anInstrumentKnownByAName(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Xania", "The Council of Xania was the legislature of Xania from 1917 to"
                + " 1920. " + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // (from the review of stop 59) a place, a building or an award named after a person is no person
        "The council met on Karl Marx Allee in Ytown.#Karl_Marx_Allee rdf:type Person#false",
        "The Pavel Ostrin Mausoleum was demolished in 1990.#Pavel_Ostrin_Mausoleum rdf:type Person#false",
        "Its seat was Anton Town, the capital.#Anton_Town rdf:type Person#false",
        // an inner possessive ends a person's name
        "Pavel Ostrin's Thaw ended in 1964.#Pavel_Ostrin rdf:type Person#true",
        "Pavel Ostrin's Thaw ended in 1964.#Pavel_Ostrin's_Thaw rdf:type Person#false",
        // a sentence's opening adverb before a name
        "Eventually Pavel Ostrin left the council.#Pavel_Ostrin rdf:type Person#true",
        // a real apposition after a predicate keeps its class
        "The highest organ was a single chamber, the Velm Tavan, elected every four years.#Velm_Tavan rdf:type Chamber#true",
        // an organ that replaced another in a role only began nothing then
        "In 1934 the State Board of Ylan replaced the council as the court of appeal.#State_Board_of_Ylan established 1934#false",
        // a list of chairs ends where another clause begins
        "Its first chairmen were Tavu Drevnik and Amri Kolvi, and the secretaries were Oren Sedlak and Ilse Varn.#Council_of_Elders_of_Ylan chair Ilse_Varn#false",
        "Its first chairmen were Tavu Drevnik and Amri Kolvi, and the secretaries were Oren Sedlak and Ilse Varn.#Council_of_Elders_of_Ylan chair Amri_Kolvi#true",
        // a title's complement is no family name
        "The Queen Mother opened the council in 1925.#Mother rdf:type Person#false",
        // an instrument whose name holds another "of" phrase before its year is not dated by it
        "It was restored by the Law on the Restoration of the Charter of 1922.#Law_on_the_Restoration_of_the_Charter_of_1922 adopted 1922#false",
    })
    void whatTheReviewFound(String sentence, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertLead("Council of Elders of Ylan", COUNCIL + sentence, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // an organ's possessive before a generic name stays whole: no bare name joined to the article's own organ
        "Xanian People's Republic#The Xanian People's Republic was a state from 1920 to 1924. Its Supreme Soviet met in Velm. Its deputies sat in the Union's Supreme Soviet.#Supreme_Soviet_of_the_Xanian_People's_Republic altLabel Union's Supreme Soviet#false",
        "Xanian People's Republic#The Xanian People's Republic was a state from 1920 to 1924. After the congress elected in Velm the Presidium took over.#Velm rdf:type Presidium#false",
    })
    void possessivesAndClausesOfTheReview(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a town and its state is no other name of the town; a building and its town still tells the building apart
        "Meeting Place: Ytown, Republic of Xland#Ytown altLabel Ytown, Republic of Xland#false",
        "Meeting Place: Ytown, Republic of Xland#Ytown location Republic_of_Xland#true",
        "Meeting Place: Velm Hall, Ytown#Velm_Hall altLabel Velm Hall, Ytown#true",
        "Meeting Place: Velm Hall, Ytown#Velm_Hall location Ytown#true",
        "Meeting Place: Velm Hall, Ytown, Republic of Xland#Velm_Hall altLabel Velm Hall, Ytown#true",
        "Meeting Place: Velm Hall, Ytown, Republic of Xland#Velm_Hall altLabel Velm Hall, Ytown, Republic of Xland#false",
    })
    void aTownAndItsStateIsNoName(String field, String fact, boolean holds, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertInfobox("Diet of Xland", field, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '#', value = {
        // a congress or conference named after where it met is a meeting, with a session's dates
        "Congress of Velmar#The Congress of Velmar was held in Velmar from 21 to 31 January 1920. It deposed the government.#Congress_of_Velmar rdf:type Meeting#true",
        "Congress of Velmar#The Congress of Velmar was held in Velmar from 21 to 31 January 1920. It deposed the government.#Congress_of_Velmar startDate 1920-01-21#true",
        "Velmar Conference#The Velmar Conference met from 21 to 31 January 1920 and elected a High Council.#High_Council electedBy Velmar_Conference#true",
        "Velmar Conference#The Velmar Conference met from 21 to 31 January 1920 and elected a High Council.#Velmar_Conference established 1920-01-21#false",
        // a state's congress, or a conference named after no place, is a standing body
        "Congress of the Republic of Xania#The Congress of the Republic of Xania was the legislature of Xania from 1920.#Congress_of_the_Republic_of_Xania rdf:type Legislature#true",
        "Land Conference of Xania#The Land Conference of Xania met every year from 1920.#Land_Conference_of_Xania rdf:type Meeting#false",
    })
    void aMeetingIsNoStandingOrgan(String title, String text, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, text, fact, holds, tmp);
    }
}
