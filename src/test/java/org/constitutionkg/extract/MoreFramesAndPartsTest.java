package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rows of frames.tsv and readings added from fresh invented audits, each in several constructions: "take over from"
 * (succession), "grant" (a charter's making), "both X and Y" as one list of objects, a part named by "The upper
 * chamber was X" in the article on the body (of what the text speaks of, as "its upper chamber"; a chamber's chamber
 * is its sibling, no part of it), and counts with a participle before the noun ("1,204 voting delegates").
 */
class MoreFramesAndPartsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "Senate of Velmia#The Senate of Velmia took over from the Council of Elders of Velmia in 1951.#Senate_of_Velmia precededBy Council_of_Elders_of_Velmia",
        "Senate of Velmia#The Senate of Velmia was an upper house. It took over from the Council of Elders of Velmia.#Senate_of_Velmia precededBy Council_of_Elders_of_Velmia",
        "Senate of Velmia#A law created the Senate of Velmia, which took over from the Council of Elders of Velmia.#Senate_of_Velmia precededBy Council_of_Elders_of_Velmia",
        "Senate of Velmia#The Senate of Velmia, which had taken over from the Council of Elders of Velmia, met in Velm.#Senate_of_Velmia precededBy Council_of_Elders_of_Velmia",
        "Charter of Velmia#King Oskar III granted the Charter of Velmia on 3 May 1849.#Charter_of_Velmia adopted 1849-05-03",
        "Charter of Velmia#The Charter of Velmia was granted by the king on 3 May 1849.#Charter_of_Velmia adopted 1849-05-03",
        "Charter of Velmia#The Charter of Velmia, which the king granted on 3 May 1849, was replaced in 1901.#Charter_of_Velmia adopted 1849-05-03",
        "Charter of Velmia#The Charter of Velmia was a short text. It was granted on 3 May 1849.#Charter_of_Velmia adopted 1849-05-03",
        "People's Assembly of Velmia#The People's Assembly of Velmia elected both the Presidium of Velmia and the Council of Velmia.#Council_of_Velmia electedBy People's_Assembly_of_Velmia",
        "People's Assembly of Velmia#The People's Assembly of Velmia was a legislature. It elected both the Presidium of Velmia and the Council of Velmia.#Presidium_of_Velmia electedBy People's_Assembly_of_Velmia",
        "People's Assembly of Velmia#Both the Presidium of Velmia and the Council of Velmia were elected by the People's Assembly of Velmia.#Council_of_Velmia electedBy People's_Assembly_of_Velmia",
        "Federal Assembly of Velmia#The Federal Assembly of Velmia was a parliament. The upper chamber was the Senate of Velmia.#Senate_of_Velmia partOf Federal_Assembly_of_Velmia",
        "Federal Assembly of Velmia#The Federal Assembly of Velmia was a parliament. The lower chamber was the Chamber of Burghers.#Chamber_of_Burghers partOf Federal_Assembly_of_Velmia",
        "Third Congress of Velmia#The Third Congress of Velmia was held in 1922. It was attended by 1,204 voting delegates.#Third_Congress_of_Velmia memberCount 1204",
        "Diet of Velmia#The Diet of Velmia had 412 elected deputies.#Diet_of_Velmia memberCount 412",
        // a sitting named by its noun without a number is a session of the body it is of
        "Extraordinary Session of the Diet of Velmia#The Extraordinary Session of the Diet of Velmia was held in 1918.#Extraordinary_Session_of_the_Diet_of_Velmia sessionOf Diet_of_Velmia",
        "Special Session of the Grand Council of Velmia#The Special Session of the Grand Council of Velmia met from 3 to 5 May 1921.#Special_Session_of_the_Grand_Council_of_Velmia startDate 1921-05-03",
        "Diet of Velmia#The Diet of Velmia met often. The Joint Sitting of the Diet of Velmia of 1921 elected the regent.#Joint_Sitting_of_the_Diet_of_Velmia_of_1921 rdf:type Session",
        // a sitting of a numbered convocation is a session of the body (the convocation is no organ)
        "Second Session of the Third Diet of Velmia#The Second Session of the Third Diet of Velmia was held in 1931.#Second_Session_of_the_Third_Diet_of_Velmia sessionOf Diet_of_Velmia",
        "Diet of Velmia#The Diet of Velmia met twice a year. The 2nd Session of the 7th Diet of Velmia opened on 3 May 1931.#2nd_Session_of_the_7th_Diet_of_Velmia sessionOf Diet_of_Velmia",
        "Grand Council of Velmia#The Grand Council of Velmia was a legislature. Its budget was passed by the First Sitting of the Fourth Grand Council of Velmia.#First_Sitting_of_the_Fourth_Grand_Council_of_Velmia partOf Grand_Council_of_Velmia",
        "Third Diet of Velmia#The Third Diet of Velmia sat from 1929 to 1933. The Extraordinary Session of the Third Diet of Velmia, which met in 1930, adopted a new charter.#Extraordinary_Session_of_the_Third_Diet_of_Velmia sessionOf Diet_of_Velmia",
        "Third Congress of Velmia#The Third Congress of Velmia was held in 1922 in the Palace of Labour in Rusgrad.#Palace_of_Labour location Rusgrad",
        "Diet of Velmia#The Diet of Velmia sat in the Hall of the Estates at Velm from 1861 to 1918.#Hall_of_the_Estates location Velm",
        "Third Congress of Velmia#The Third Congress of Velmia was held in 1922. It was attended by 614 delegates.#Third_Congress_of_Velmia memberCount 614",
        "Landtag of Velmia#The Landtag of Velmia had two chambers. The 63 deputies of the Second Chamber of Velmia were elected.#Second_Chamber_of_Velmia memberCount 63",
        "Landtag of Velmia#The Landtag of Velmia had two chambers. All 120 members of the Upper House of Velmia were appointed.#Upper_House_of_Velmia memberCount 120",
        // "by its chairman" after a participle: the chairman of the name the participle is said of
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The congress approved the report of the Council of Ministers of Velmia presented by its chairman, Ivan Dorn.#Council_of_Ministers_of_Velmia chair Ivan_Dorn",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. It heard the Council of Ministers of Velmia, represented by its chairman, Ivan Dorn.#Council_of_Ministers_of_Velmia chair Ivan_Dorn",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The Council of Ministers of Velmia, led by its chairman, Ivan Dorn, resigned.#Council_of_Ministers_of_Velmia chair Ivan_Dorn",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The congress, chaired by its president, Ivan Dorn, met for a week.#Second_Congress_of_Velmia chair Ivan_Dorn",
        "Extraordinary Session of the Second Chamber of Velmia#The Extraordinary Session of the Second Chamber of Velmia was held in 1921.#Extraordinary_Session_of_the_Second_Chamber_of_Velmia sessionOf Second_Chamber_of_Velmia",
        // who chairs a thing the text does not name is a person all the same
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. A commission whose chairman was Ivan Dorn drafted its rules.#Ivan_Dorn rdf:type Person",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. Power passed to a five-member body chaired by Josip Karan.#Josip_Karan rdf:type Person",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. A council headed by Anna Vell ran the city.#Anna_Vell rdf:type Person",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. Its rules were drafted by a committee, which was presided over by Ivan Dorn.#Ivan_Dorn rdf:type Person",
        // "whose chairman was the economist X": the name after the description holds the chair
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Council of Velmia, whose chairman was the lawyer Ivan Dorn, met weekly.#Council_of_Velmia chair Ivan_Dorn",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. An Executive Committee of Velmia, whose chairman was the Ostrian economist Ivan Dorn, ran the union.#Executive_Committee_of_Velmia chair Ivan_Dorn",
        // "elected X as chairman of Y", "Y elected X as its chairman": the office's holder is the verb's object, "its"
        // the verb's subject's
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The assembly elected Anna Vell as chairwoman of the Council of Ministers of Velmia.#Council_of_Ministers_of_Velmia chair Anna_Vell",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. Anna Vell was confirmed as Chairwoman of the Council of Ministers of Velmia.#Council_of_Ministers_of_Velmia chair Anna_Vell",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Council of Ministers of Velmia elected Anna Vell as its chairwoman.#Council_of_Ministers_of_Velmia chair Anna_Vell",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Council of Ministers of Velmia, which the Diet formed in 1950, chose Anna Vell as its chairwoman.#Council_of_Ministers_of_Velmia chair Anna_Vell",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. It elected Anna Vell as its chairwoman.#Diet_of_Velmia chair Anna_Vell",
        // ... after "and", the first clause's subject's, not a name in apposition in between
        "Second Congress of Velmia#The Second Congress of Velmia met in 1926. The Second Congress of Velmia was opened by its eldest deputy, Olga Berg, and elected Anna Vell as its chairwoman.#Second_Congress_of_Velmia chair Anna_Vell",
        "Second Congress of Velmia#The Second Congress of Velmia met in 1926. It was opened by Olga Berg, and elected Anna Vell as its chairwoman.#Second_Congress_of_Velmia chair Anna_Vell",
        // in the article on a sitting named after its body, "the assembly" is the body
        "Fourth Session of the National Assembly of Velmia#The Fourth Session of the National Assembly of Velmia was held in May 1971. The assembly had 300 deputies at the time.#National_Assembly_of_Velmia memberCount 300",
        "Fourth Session of the National Assembly of Velmia#The Fourth Session of the National Assembly of Velmia was held in May 1971. The assembly was dissolved in 1975.#National_Assembly_of_Velmia disbanded 1975",
        "Fourth Session of the National Assembly of Velmia#The Fourth Session of the National Assembly of Velmia was held in May 1971. It was the last sitting before the assembly was dissolved in 1975.#National_Assembly_of_Velmia disbanded 1975",
        "Second Sitting of the Fifth Diet of Velmia#The Second Sitting of the Fifth Diet of Velmia was held in May 1971. The diet had 300 deputies at the time.#Diet_of_Velmia memberCount 300",
        // an ordinal before an instrument's name says which one it is; "first", the one its name means
        "First Congress of Velmia#The First Congress of Velmia was held in 1921. The congress adopted the first Constitution of Velmia on 2 March 1921.#Constitution_of_Velmia adopted 1921-03-02",
        "First Congress of Velmia#The First Congress of Velmia was held in 1921. The first Constitution of Velmia, which replaced the Statute of Velmia, was adopted by the congress.#Constitution_of_Velmia precededBy Statute_of_Velmia",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The congress adopted the second Constitution of Velmia on 2 March 1926.#Second_Constitution_of_Velmia adopted 1926-03-02",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The second Constitution of Velmia was adopted by the congress.#Second_Constitution_of_Velmia adoptedBy Second_Congress_of_Velmia",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. It adopted the second Constitution of Velmia.#Second_Constitution_of_Velmia adoptedBy Second_Congress_of_Velmia",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The third Constitution of Velmia, which the congress approved, was short.#Third_Constitution_of_Velmia adoptedBy Second_Congress_of_Velmia",
        // the copula before an aside of no verb, and before a first complement joined by "and"
        "Council of Lords of Velmia#The Council of Lords of Velmia was, after 1906, the upper chamber of the Diet of Velmia.#Council_of_Lords_of_Velmia partOf Diet_of_Velmia",
        "Council of Lords of Velmia#The Council of Lords of Velmia was an advisory body from 1810 and, after the reform of 1906, the upper chamber of the Diet of Velmia.#Council_of_Lords_of_Velmia partOf Diet_of_Velmia",
        "Council of Lords of Velmia#It was, from 1906 until 1918, the upper house of the Diet of Velmia.#Council_of_Lords_of_Velmia partOf Diet_of_Velmia",
        "Diet of Velmia#Ivan Dorn was, in those years, the chairman of the Diet of Velmia.#Diet_of_Velmia chair Ivan_Dorn",
        // the other chamber, in the article on one chamber, is part of what that chamber is part of
        "Council of Lords of Velmia#The Council of Lords of Velmia was the upper chamber of the Diet of Velmia. Its counterpart, the House of Burghers, formed the lower chamber.#House_of_Burghers partOf Diet_of_Velmia",
        "Council of Lords of Velmia#The Council of Lords of Velmia was the upper chamber of the Diet of Velmia. The House of Burghers formed the lower chamber.#House_of_Burghers partOf Diet_of_Velmia",
        "Council of Lords of Velmia#The Council of Lords of Velmia was the upper chamber of the Diet of Velmia. The lower chamber was the Duma of Velmia.#Duma_of_Velmia partOf Diet_of_Velmia",
        "Council of Lords of Velmia#The Council of Lords of Velmia was the upper chamber of the Diet of Velmia. The Duma of Velmia, which formed the lower chamber, was elected.#Duma_of_Velmia partOf Diet_of_Velmia",
        "Senate of Velmia#The Diet of Velmia was dissolved in 1920, and the Senate of Velmia met in 1921 and elected Anna Vell as its chairwoman.#Senate_of_Velmia chair Anna_Vell",
    })
    void states(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body, expected, tmp);
    }

    // an instrument its lead says is the constitution (in any words of governing) is a constitution
    @ParameterizedTest(name = "{1} => {2} {3}")
    @CsvSource(delimiter = '#', value = {
        "April Charter of Velmia#The April Charter of Velmia was the basic law of Velmia from 1920 to 1948.#April_Charter_of_Velmia rdf:type Constitution#true",
        "April Charter of Velmia#The April Charter of Velmia was the fundamental law of the republic.#April_Charter_of_Velmia rdf:type Constitution#true",
        "April Charter of Velmia#The April Charter of Velmia served as the constitution of Velmia until 1948.#April_Charter_of_Velmia rdf:type Constitution#true",
        "April Charter of Velmia#The April Charter of Velmia, adopted in 1920, is the second constitution of Velmia.#April_Charter_of_Velmia rdf:type Constitution#true",
        "April Charter of Velmia#The April Charter of Velmia was a law passed under the constitution of Velmia.#April_Charter_of_Velmia rdf:type Constitution#false",
        "Press Law of Velmia#The Press Law of Velmia was a law on the press. It was the basic law of nothing.#Press_Law_of_Velmia rdf:type Constitution#false",
    })
    void aLeadNarrowsAnInstrument(String title, String lead, String fact, boolean holds, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertLead(title, lead, fact, holds, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the article on the upper chamber: the lower one is its sibling, of the parliament, not its part
        "Federal Council of Velmia#The Federal Council of Velmia was the upper chamber of the Federal Assembly of Velmia. The lower chamber was the Chamber of Burghers.#Chamber_of_Burghers partOf Federal_Council_of_Velmia",
        "Council of Lords of Velmia#The Council of Lords of Velmia was the upper chamber of the Diet of Velmia. Its counterpart, the Duma of Velmia, formed the lower chamber.#Duma_of_Velmia partOf Council_of_Lords_of_Velmia",
        "Council of Lords of Velmia#The Council of Lords of Velmia was the upper chamber of the Diet of Velmia. The House of Burghers formed the lower chamber.#House_of_Burghers partOf Council_of_Lords_of_Velmia",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The congress adopted the second Constitution of Velmia on 2 March 1926.#Constitution_of_Velmia adopted 1926-03-02",
        "Second Congress of Velmia#The Second Congress of Velmia was held in 1926. The congress approved the report of the Council of Ministers of Velmia presented by its chairman, Ivan Dorn.#Second_Congress_of_Velmia chair Ivan_Dorn",
        "Basic Law of Velmia#The Basic Law of Velmia was adopted in 1978. It was the fourth Constitution of Velmia.#Fourth_Constitution_of_Velmia rdf:type Constitution",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Diet was chaired by the Liberal Union.#Liberal_Union rdf:type Person",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. A commission whose members were Tavu Dorn and Amri Vell met.#Tavu_Dorn rdf:type Person",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Council of Ministers of Velmia elected Anna Vell as its chairwoman.#Diet_of_Velmia chair Anna_Vell",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Diet thanked Anna Vell as chairwoman of the Council of Ministers of Velmia.#Council_of_Ministers_of_Velmia chair Anna_Vell",
        "Fourth Session of the National Assembly of Velmia#The Fourth Session of the National Assembly of Velmia was held in May 1971. The assembly had 300 deputies at the time.#Fourth_Session_of_the_National_Assembly_of_Velmia memberCount 300",
        "Fourth Session of the National Assembly of Velmia#The Fourth Session of the National Assembly of Velmia was held in May 1971. The session was attended by 287 deputies.#National_Assembly_of_Velmia memberCount 287",
        // (after the review) a numbered chamber's sitting is the chamber's; a party's members lead nothing as a person;
        // nominated is not installed; a state joining a bloc is no part; a legislature that is part of a larger body
        // keeps its chambers
        "Extraordinary Session of the Second Chamber of Velmia#The Extraordinary Session of the Second Chamber of Velmia was held in 1921.#Extraordinary_Session_of_the_Second_Chamber_of_Velmia sessionOf Chamber_of_Velmia",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The coalition was led by Social Democrats until 1926.#Social_Democrats rdf:type Person",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. The Regent nominated Ivan Dorn as chairman of the Council of Ministers of Velmia, but the Diet rejected him.#Council_of_Ministers_of_Velmia chair Ivan_Dorn",
        "Diet of Velmia#The Diet of Velmia was the legislature of Velmia. In 1948 the Republic of Velmia joined the Eastern Bloc.#Republic_of_Velmia partOf Eastern_Bloc",
        "Congress of Velmia#The Supreme Soviet of Velmia was a standing body of the Congress of Velmia. The Council of the Republic was a chamber of the Supreme Soviet of Velmia.#Council_of_the_Republic partOf Congress_of_Velmia",
        // some of its members, no count of them
        "Landtag of Velmia#Only 21 members of the Landtag of Velmia attended the sitting.#Landtag_of_Velmia memberCount 21",
        // a session's year in parentheses is no part of its label
        "5th Congress of the Unity Party of Velmia#The 5th Congress of the Unity Party of Velmia was held in 1961. It was preceded by the 4th Congress (1956).#4th_Congress_of_1956 rdf:type Session",
        // what a king granted that is no instrument is not made
        "Duchy of Velmia#In 1850 the king granted the Duchy of Velmia a new coat of arms.#Duchy_of_Velmia adopted 1850",
        "Second Congress of Velmia#The Second Congress of Velmia met in 1926. The Second Congress of Velmia was opened by its eldest deputy, Olga Berg, and elected Anna Vell as its chairwoman.#Olga_Berg chair Anna_Vell",
        // a noun of a state's part said of an organ of the state names the state's part, no jurisdiction of the organ
        "Supreme Council of the Velmian SSR#The Supreme Council of the Velmian SSR, a member republic of the Eastern Union, met in Ytown.#Supreme_Council_of_the_Velmian_SSR jurisdiction Eastern_Union",
        "Supreme Council of the Velmian SSR#The Supreme Council of the Velmian SSR, a constituent republic of the Eastern Union, met in Ytown.#Supreme_Council_of_the_Velmian_SSR jurisdiction Eastern_Union",
        "Supreme Council of the Velmian SSR#The Supreme Council of the Velmian SSR was the legislature of a federal state of the Eastern Union.#Supreme_Council_of_the_Velmian_SSR jurisdiction Eastern_Union",
        "Senate of Velmia#The Diet of Velmia was dissolved in 1920, and the Senate of Velmia met in 1921 and elected Anna Vell as its chairwoman.#Diet_of_Velmia chair Anna_Vell",
    })
    void notOtherwise(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body, unexpected, tmp);
    }
}
