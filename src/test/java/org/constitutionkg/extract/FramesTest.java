package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frames of {@code frames.tsv} in the CheckList manner: one fact, said in invented sentences of several
 * constructions (active, passive, pronoun or description subject, relative clause, participle, coordination). Each
 * case is an article of its own: its title, then the sentence; the expected fact is "subject property object" with
 * local names of the data IRIs (or a literal's lexical form).
 */
class FramesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // the end of an organ
        "Council of Elders of Xland|It was abolished in 1934.|Council_of_Elders_of_Xland disbanded 1934",
        "Council of Elders of Xland|The council was dissolved on 5 March 1934.|Council_of_Elders_of_Xland disbanded 1934-03-05",
        "Council of Elders of Xland|The Council of Elders of Xland, which was disbanded in 1934, met in Xtown.|Council_of_Elders_of_Xland disbanded 1934",
        "Council of Elders of Xland|The Council of Elders of Xland, liquidated in May 1934, had met in Xtown.|Council_of_Elders_of_Xland disbanded 1934-05",
        "Council of Elders of Xland|The Charter of Xland abolished the Council of Elders of Xland in 1934.|Charter_of_Xland abolished Council_of_Elders_of_Xland",
        "Council of Elders of Xland|The council was abolished in 1934 by the Charter of Xland.|Charter_of_Xland abolished Council_of_Elders_of_Xland",
        // the beginning, and both in one sentence
        "Council of Elders of Xland|It was formed in 1919 and abolished in 1934.|Council_of_Elders_of_Xland established 1919",
        "Council of Elders of Xland|It was formed in 1919 and abolished in 1934.|Council_of_Elders_of_Xland disbanded 1934",
        "Council of Elders of Xland|The council was founded in 1919 by the Charter of Xland.|Council_of_Elders_of_Xland established 1919",
        "Council of Elders of Xland|The Charter of Xland established the Council of Elders of Xland in 1919.|Charter_of_Xland establishes Council_of_Elders_of_Xland",
        "Council of Elders of Xland|The Council of Elders of Xland was created by the Charter of Xland in 1919.|Charter_of_Xland establishes Council_of_Elders_of_Xland",
        // a span after a verb of being or acting
        "Council of Elders of Xland|It existed from 1919 to 1934.|Council_of_Elders_of_Xland established 1919",
        "Council of Elders of Xland|The council functioned between 1919 and 1934.|Council_of_Elders_of_Xland disbanded 1934",
        "Council of Elders of Xland|The Council of Elders of Xland, which operated from March 1919 until May 1934, met in Xtown.|Council_of_Elders_of_Xland disbanded 1934-05",
        "Council of Elders of Xland|It sat from 1919 to 1934 in the old town hall.|Council_of_Elders_of_Xland disbanded 1934",
        // a description points back to the thing of its head noun spoken of last
        "Charter of Yland|The Grand Assembly of Yland met in Ytown. The assembly was dissolved in 1934.|Grand_Assembly_of_Yland disbanded 1934",
        "Charter of Yland|Ivan Petrov chaired the Council of Elders of Yland. The council was abolished in 1930.|Council_of_Elders_of_Yland disbanded 1930",
        "Charter of Yland|The Treaty of Ytown was signed in 1920. The treaty was ratified by the Grand Assembly of Yland.|Treaty_of_Ytown ratifiedBy Grand_Assembly_of_Yland",
        "Charter of Yland|The State Committee of Yland was set up in 1920; in 1925 the committee was liquidated.|State_Committee_of_Yland disbanded 1925",
        // succession
        "Grand Assembly of Yland|The Grand Assembly of Yland replaced the Council of Elders of Yland in 1920.|Grand_Assembly_of_Yland precededBy Council_of_Elders_of_Yland",
        "Council of Elders of Yland|The Council of Elders of Yland was replaced by the Grand Assembly of Yland in 1920.|Council_of_Elders_of_Yland succeededBy Grand_Assembly_of_Yland",
        "Council of Elders of Yland|It was superseded by the Grand Assembly of Yland.|Grand_Assembly_of_Yland precededBy Council_of_Elders_of_Yland",
        "Grand Assembly of Yland|The Grand Assembly of Yland, which succeeded the Council of Elders of Yland, met in Ytown.|Grand_Assembly_of_Yland precededBy Council_of_Elders_of_Yland",
        // who chairs
        "Council of Elders of Zland|The council was headed by Ivan Petrov.|Council_of_Elders_of_Zland chair Ivan_Petrov",
        "Council of Elders of Zland|Ivan Petrov headed the council from 1921.|Council_of_Elders_of_Zland chair Ivan_Petrov",
        "Council of Elders of Zland|It was led by Olga Smirnova.|Council_of_Elders_of_Zland chair Olga_Smirnova",
        "Council of Elders of Zland|Pavel Sokolov, who chaired the council, lived in Ztown.|Council_of_Elders_of_Zland chair Pavel_Sokolov",
        // who elects
        "Council of Elders of Wland|The council was elected by the Grand Assembly of Wland.|Council_of_Elders_of_Wland electedBy Grand_Assembly_of_Wland",
        "Council of Elders of Wland|The Grand Assembly of Wland elected the council every year.|Council_of_Elders_of_Wland electedBy Grand_Assembly_of_Wland",
        "Council of Elders of Wland|It was elected by the Grand Assembly of Wland.|Council_of_Elders_of_Wland electedBy Grand_Assembly_of_Wland",
        "Council of Elders of Wland|The Grand Assembly of Wland, which elected the council, met in spring.|Council_of_Elders_of_Wland electedBy Grand_Assembly_of_Wland",
        // answering to another body, an adjective with its preposition
        "Council of Elders of Xland|The council was accountable to the Grand Assembly of Xland.|Council_of_Elders_of_Xland accountableTo Grand_Assembly_of_Xland",
        "Council of Elders of Xland|It was responsible to the Grand Assembly of Xland.|Council_of_Elders_of_Xland accountableTo Grand_Assembly_of_Xland",
        "Council of Elders of Xland|The Council of Elders of Xland, which was subordinate to the Grand Assembly of Xland, met in Xtown.|Council_of_Elders_of_Xland accountableTo Grand_Assembly_of_Xland",
        "Council of Elders of Xland|Formally the council remained accountable to the Grand Assembly of Xland.|Council_of_Elders_of_Xland accountableTo Grand_Assembly_of_Xland",
        // parts, and lists of arguments
        "Grand Assembly of Xland|The Grand Assembly of Xland consisted of the Senate of Xland and the Diet of Xland.|Grand_Assembly_of_Xland hasPart Diet_of_Xland",
        "Grand Assembly of Xland|It was composed of the Senate of Xland and the Diet of Xland.|Grand_Assembly_of_Xland hasPart Senate_of_Xland",
        "Grand Assembly of Xland|The assembly comprised the Senate of Xland, the Diet of Xland and the Council of Xland.|Grand_Assembly_of_Xland hasPart Council_of_Xland",
        "Accord of Ytown|The Accord of Ytown was signed by Ivan Petrov, Olga Smirnova and Anton Berg.|Accord_of_Ytown signedBy Anton_Berg",
        // repealing, in every voice
        "Charter of Xland|The charter was repealed by the Constitution of Xland in 1950.|Charter_of_Xland repealedBy Constitution_of_Xland",
        "Charter of Xland|The Constitution of Xland repealed the charter in 1950.|Charter_of_Xland repealed 1950",
        "Charter of Xland|It was annulled on 3 May 1950.|Charter_of_Xland repealed 1950-05-03",
        "Charter of Xland|The Constitution of Xland, which abrogated the charter in 1950, was short.|Charter_of_Xland repealedBy Constitution_of_Xland",
        // how many members
        "Congress of Councils of Xland|The congress was attended by 1,215 delegates.|Congress_of_Councils_of_Xland memberCount 1215",
        "Council of Elders of Xland|The council had 21 members.|Council_of_Elders_of_Xland memberCount 21",
        // a bare head noun with a capital points forward to the one thing of that head the article names
        "Charter of Xland|The Grand Diet of Xland approved the Declaration in 1922. The Declaration on the Union of Xland had nine articles.|Declaration_on_the_Union_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Grand Assembly of Xland|The assembly ratified the Treaty in 1923. The Treaty on the Union of Xland and Yland was short.|Treaty_on_the_Union_of_Xland_and_Yland ratifiedBy Grand_Assembly_of_Xland",
        "Charter of Xland|It was the Grand Diet of Xland that adopted the Declaration, which the Declaration of Rights of Xland later became.|Declaration_of_Rights_of_Xland adoptedBy Grand_Diet_of_Xland",
        // an item of a list is read as prose
        "Charter of Xland|1. Consideration of the Treaty of Ytown.|Treaty_of_Ytown rdf:type Treaty",
        "Charter of Xland|- The Senate of Xland was abolished in 1934.|Senate_of_Xland disbanded 1934",
        "Charter of Xland|* In 1921 the Grand Diet of Xland adopted the Land Act of Xland.|Land_Act_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|2. Election of the Council of Elders of Xland by the Grand Diet of Xland.|Council_of_Elders_of_Xland rdf:type StateOrgan",
        // a remark that says what the name before it took the place of
        "Charter of Xland|Under it the highest organ was a Supreme Council of Xland (instead of a Congress of Councils of Xland, which had ruled before).|Supreme_Council_of_Xland precededBy Congress_of_Councils_of_Xland",
        "Charter of Xland|From 1920 the highest organ was the Senate of Xland (in place of the Diet of Xland).|Senate_of_Xland precededBy Diet_of_Xland",
        "Charter of Xland|It created a Federal Court of Xland (replacing the Old Court of Xland).|Federal_Court_of_Xland precededBy Old_Court_of_Xland",
        "Charter of Xland|The Basic Law of Xland (instead of the Charter of 1901) was read out in 1921.|Basic_Law_of_Xland precededBy Charter_of_1901",
        // a participle right after the copula's description; a session a passive act took place at
        "Charter of Xland|The Charter of Xland was the first written charter adopted on 31 January 1924.|Charter_of_Xland adopted 1924-01-31",
        "Charter of Xland|It was the first charter approved by the Grand Diet of Xland in 1921.|Charter_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|The charter was adopted at the Fifth Congress of Councils of Xland on 10 July 1918.|Charter_of_Xland adoptedBy Fifth_Congress_of_Councils_of_Xland",
        "Charter of Xland|It was ratified at the Second Congress of Councils of Xland in 1924.|Charter_of_Xland ratifiedBy Second_Congress_of_Councils_of_Xland",
        // an ordinal before a session's head noun names one session of the body the context means
        "Grand Diet of Xland|The second diet met in 1905; it was dissolved in 1906.|Second_Diet endDate 1906",
        "Grand Diet of Xland|The second diet met in 1905; it was dissolved in 1906.|Second_Diet sessionOf Grand_Diet_of_Xland",
        "Congress of Councils of Xland|The third congress was held in Xtown.|Third_Congress location Xtown",
        "Grand Diet of Xland|In 1906 the first diet was dissolved by the King.|First_Diet endDate 1906",
        // a verb after ", and" with its own auxiliary shares the subject of an intransitive verb before
        "Grand Diet of Xland|It sat in Xtown until 1917, and was dissolved on 6 October 1917.|Grand_Diet_of_Xland disbanded 1917-10-06",
        // "it" after a semicolon is the first clause's subject
        "Council of Elders of Xland|The Senate of Xland met rarely; it was abolished in 1934.|Senate_of_Xland disbanded 1934",
        "Council of Elders of Xland|The Grand Diet of Xland sat in Xtown; in 1921 it adopted the Land Act of Xland.|Land_Act_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Council of Elders of Xland|It met rarely; it was dissolved in 1934.|Council_of_Elders_of_Xland disbanded 1934",
        // a main verb after a remark between commas after its subject
        "Charter of Xland|The Grand Diet of Xland, elected by the provinces, met in Ytown.|Grand_Diet_of_Xland location Ytown",
        "Charter of Xland|The Senate of Xland, chosen by the King, met in Ztown.|Senate_of_Xland location Ztown",
        "Charter of Xland|In 1925 the Grand Diet of Xland dissolved the Senate of Xland, which had opposed the reform, adopted the Land Act of Xland, and closed.|Senate_of_Xland disbanded 1925",
        "Charter of Xland|The Council of Elders of Xland was established by the Farmers Party in 1919.|Council_of_Elders_of_Xland established 1919",
        // a change of size: the count it came to
        "Grand Diet of Xland|From twenty-three to nine members were elected by the Grand Diet of Xland.|Grand_Diet_of_Xland rdf:type Legislature",
        "Charter of Xland|The new charter reduced the Federal Council of Xland from twenty-three to nine members.|Federal_Council_of_Xland memberCount 9",
        "Charter of Xland|The Federal Council of Xland was enlarged from 9 to 15 members in 1960.|Federal_Council_of_Xland memberCount 15",
        "Charter of Xland|In 1960 the Diet of Xland raised the Senate of Xland from 50 to 60 members.|Senate_of_Xland memberCount 60",
        // a count of the name a description stands in apposition to; a change of size to a number
        "Diet of Xland|In 1990 it was replaced by the National Assembly of Xland, a unicameral body of 150 members.|National_Assembly_of_Xland memberCount 150",
        "Diet of Xland|The diet took the place of the Estates Assembly of Xland, an old body of 90 members.|Estates_Assembly_of_Xland memberCount 90",
        "Diet of Xland|The Senate of Xland, an appointed chamber with 60 members, was abolished.|Senate_of_Xland memberCount 60",
        "Diet of Xland|The diet was enlarged to 320 deputies in 1911.|Diet_of_Xland memberCount 320",
        "Diet of Xland|By 1911 it had grown to 320 members.|Diet_of_Xland memberCount 320",
        "Diet of Xland|It was a body of 95 members.|Diet_of_Xland memberCount 95",
        "Diet of Xland|Until 1962 the diet had a single chamber of 250 deputies.|Diet_of_Xland memberCount 250",
        // a preposition repeated before each item of a list, and "both ... and"
        "Council of Ministers of Xland|It was accountable to the Grand Diet of Xland and to the Presidium of Xland.|Council_of_Ministers_of_Xland accountableTo Presidium_of_Xland",
        "Council of Ministers of Xland|It was accountable both to the Grand Diet of Xland and to the Presidium of Xland.|Council_of_Ministers_of_Xland accountableTo Presidium_of_Xland",
        "Council of Ministers of Xland|It was abolished by the Charter of Xland and by the Statute of Xland in 1930.|Statute_of_Xland abolished Council_of_Ministers_of_Xland",
        // an adjective frame after a common noun in apposition to a name is that name's
        "Council of Ministers of Xland|The plan was drawn up by the Planning Commission of Xland, an agency subordinate to it.|Planning_Commission_of_Xland accountableTo Council_of_Ministers_of_Xland",
        "Council of Ministers of Xland|The Planning Commission of Xland, a body responsible to the Grand Diet of Xland, drew up the plan.|Planning_Commission_of_Xland accountableTo Grand_Diet_of_Xland",
        "Charter of Xland|Its text was brought into line with the Charter of Yland, adopted by the Grand Diet of Yland in 1924.|Charter_of_Yland adoptedBy Grand_Diet_of_Yland",
        "Diet of Xland|In 1911 it became an assembly of 120 deputies.|Diet_of_Xland memberCount 120",
        "Charter of Xland|The Senate of Xland, which grew from 50 to 60 members, met in Xtown.|Senate_of_Xland memberCount 60",
        "Charter of Xland|In all 315 deputies were sent to the Grand Assembly of Xland.|Grand_Assembly_of_Xland memberCount 315",
        "Charter of Xland|The Grand Assembly of Xland, with 315 deputies, met in Xtown.|Grand_Assembly_of_Xland memberCount 315",
        // whatever digits a number has (the tagger once took some for names)
        "Congress of Councils of Xland|The congress was attended by 2,315 delegates.|Congress_of_Councils_of_Xland memberCount 2315",
        "Congress of Councils of Xland|In its last year it had 2,716 members.|Congress_of_Councils_of_Xland memberCount 2716",
        // a session elects and adopts as a body does, whatever opens the sentence
        "Third Congress of Councils of Xland|In 1925, the congress elected the Central Executive Committee of Xland.|Central_Executive_Committee_of_Xland electedBy Third_Congress_of_Councils_of_Xland",
        "Third Congress of Councils of Xland|In addition, it elected the Central Executive Committee of Xland.|Central_Executive_Committee_of_Xland electedBy Third_Congress_of_Councils_of_Xland",
        "Third Congress of Councils of Xland|The Charter of Xland was approved by the congress.|Charter_of_Xland adoptedBy Third_Congress_of_Councils_of_Xland",
        "Third Congress of Councils of Xland|The congress approved the Charter of Xland.|Charter_of_Xland adoptedBy Third_Congress_of_Councils_of_Xland",
        // an object relative: the antecedent is the patient
        "Diet of Xland|The Diet of Xland, which the Charter of Xland had created in 1921, met in Xtown.|Charter_of_Xland establishes Diet_of_Xland",
        "Grand Assembly of Xland|The Grand Assembly of Xland, which replaced the State Committee of Xland, was itself abolished in 1950.|Grand_Assembly_of_Xland disbanded 1950",
        // lists in subject position, and two persons joined by "and"
        "Charter of Xland|The Senate of Xland, the Diet of Xland and the Council of Xland were abolished in 1934.|Senate_of_Xland disbanded 1934",
        "Charter of Xland|The Senate of Xland and the Diet of Xland were dissolved in 1934.|Senate_of_Xland disbanded 1934",
        "Charter of Xland|Ivan Petrov and Olga Smirnova signed the Charter of Xland.|Charter_of_Xland signedBy Ivan_Petrov",
        "Charter of Xland|The Charter of Xland was signed by Ivan Petrov and Olga Smirnova.|Charter_of_Xland signedBy Olga_Smirnova",
        // joining a union, and a list after a colon naming what a common noun counted
        "Union of Xland|The Republic of Yland joined the Union of Xland in 1925.|Republic_of_Yland partOf Union_of_Xland",
        "Union of Xland|Three states united in the Union of Xland: the Republic of Yland, the Republic of Zland and the Republic of Wland.|Republic_of_Wland partOf Union_of_Xland",
        "Union of Xland|Four republics joined the Union of Xland: the Republic of Yland, the Republic of Zland, the Republic of Vland and the Republic of Wland.|Republic_of_Vland partOf Union_of_Xland",
        "First Congress of Councils of Xland|The congress approved two documents: the Charter of Xland and the Accord of Ytown.|Accord_of_Ytown adoptedBy First_Congress_of_Councils_of_Xland",
        // a verb joined by "and" to a verb of no frame shares its subject and voice
        "Charter of Vland|It was then debated by the Senate of Vland in July and adopted by the Grand Assembly of Vland in 1921.|Charter_of_Vland adoptedBy Grand_Assembly_of_Vland",
        "Charter of Vland|The charter was drafted in 1920 and ratified by the Grand Assembly of Vland in 1921.|Charter_of_Vland ratified 1921",
        // an agent named by a short form given in parentheses, which spells nothing: the class of what it names
        "Charter of Vland|It was drafted by the Grand Assembly of Vland (VR) in 1920. It was adopted by the VR in 1921.|Charter_of_Vland adoptedBy Grand_Assembly_of_Vland",
        // where a body or session met: a place after "in"
        "Third Congress of Councils of Xland|The congress was held in Xtown in May 1922.|Third_Congress_of_Councils_of_Xland location Xtown",
        "Third Congress of Councils of Xland|It convened in Ytown.|Third_Congress_of_Councils_of_Xland location Ytown",
        // a participle that goes on with the subject's description, the form regular or not
        "Third Congress of Councils of Xland|The Third Congress of Councils of Xland was a gathering of farmers and Red Guard deputies, held in Xtown.|Third_Congress_of_Councils_of_Xland location Xtown",
        "Third Congress of Councils of Xland|It was a meeting of delegates, convened in 1922 in Ytown.|Third_Congress_of_Councils_of_Xland location Ytown",
        "Senate of Xland|The Senate of Xland was an upper house of landowners, abolished in 1934.|Senate_of_Xland disbanded 1934",
        "Charter of Xland|The Charter of Xland was a short text of nine articles, adopted by the Grand Diet of Xland in 1921.|Charter_of_Xland adoptedBy Grand_Diet_of_Xland",
        // a date between the verb and its preposition
        "Third Congress of Councils of Xland|The congress was a gathering of delegates, held on 30 December 1922 in Xtown.|Third_Congress_of_Councils_of_Xland location Xtown",
        "Third Congress of Councils of Xland|It met from 5 to 9 May 1922 in Ytown.|Third_Congress_of_Councils_of_Xland location Ytown",
        "Third Congress of Councils of Xland|The Third Congress of Councils of Xland, which convened in 1922 in Xtown, elected a council.|Third_Congress_of_Councils_of_Xland location Xtown",
        "Grand Assembly of Xland|In 1905 the Grand Assembly of Xland was convened in June in the Old Palace of Xtown.|Grand_Assembly_of_Xland location Old_Palace_of_Xtown",
        "Grand Assembly of Xland|The Grand Assembly of Xland met in the Old Palace of Xtown.|Grand_Assembly_of_Xland location Old_Palace_of_Xtown",
        "Third Congress of Councils of Xland|The Third Congress of Councils of Xland, held in Xtown, elected the Council of Elders of Xland.|Third_Congress_of_Councils_of_Xland location Xtown",
        // "later": what a name set off by it names succeeded what stands before it
        "Charter of Xland|The Grand Assembly of Xland (later the Great Diet of Xland) met in Xtown.|Great_Diet_of_Xland precededBy Grand_Assembly_of_Xland",
        "Charter of Xland|Its chambers were the Assembly of Deputies of Xland, later the Chamber of Deputies of Xland, and the Senate of Xland.|Chamber_of_Deputies_of_Xland precededBy Assembly_of_Deputies_of_Xland",
        "Charter of Xland|The State Commission of Xland, later renamed the State Committee of Xland, met in Xtown.|State_Commission_of_Xland altLabel State Committee of Xland",
        // "successor" is a noun of the frame of "succeed"
        "Charter of Xland|Its successor, the Charter of Yland, was granted in 1934.|Charter_of_Yland precededBy Charter_of_Xland",
        "Charter of Xland|The Charter of Yland was its successor.|Charter_of_Yland precededBy Charter_of_Xland",
        "Charter of Xland|The Statute of Yland was the successor of the Statute of Zland.|Statute_of_Yland precededBy Statute_of_Zland",
        "Charter of Xland|The Senate of Xland's successor, the Diet of Xland, met in 1920.|Diet_of_Xland precededBy Senate_of_Xland",
        "Charter of Xland|In 1920 the Diet of Xland became the Senate of Xland's successor.|Diet_of_Xland precededBy Senate_of_Xland",
        // an organ renamed is the same organ under a new name (as a state renamed keeps being itself); one
        // reorganized as another is succeeded by it
        "Council of Commissars of Xland|In March 1946 it was renamed the Council of Ministers of Xland.|Council_of_Commissars_of_Xland altLabel Council of Ministers of Xland",
        "Charter of Xland|The diet renamed the Provisional Council of Xland the State Council of Xland in 1951.|Provisional_Council_of_Xland altLabel State Council of Xland",
        "Council of Commissars of Xland|The council, which was renamed the Council of Ministers of Xland in 1946, met weekly.|Council_of_Commissars_of_Xland altLabel Council of Ministers of Xland",
        "Council of Commissars of Xland|Renamed the Council of Ministers of Xland in 1946, it met weekly.|Council_of_Commissars_of_Xland altLabel Council of Ministers of Xland",
        "Council of Commissars of Xland|In 1946 the council was reorganized as the Council of Ministers of Xland.|Council_of_Ministers_of_Xland precededBy Council_of_Commissars_of_Xland",
        // several agents, each with its date: "ratified by A on D1, by B on D2 and by C two days later"
        "Treaty of Ytown|The Treaty of Ytown was ratified by the Assembly of Ostrava on 2 November 1921, by the Diet of Marvenia on 14 November 1921 and by the Landsting of Tolm on 20 December 1921.|Treaty_of_Ytown ratifiedBy Landsting_of_Tolm",
        "Treaty of Ytown|The treaty was ratified by the Congress of Soviets of Orvania on 20 December 1923 and by the Senate of Lemmia two days later.|Treaty_of_Ytown ratifiedBy Senate_of_Lemmia",
        "Treaty of Ytown|It was approved by the Grand Council of Ostrava in 1921 and by the Diet of Marvenia in 1922.|Treaty_of_Ytown adoptedBy Diet_of_Marvenia",
        "Treaty of Ytown|The Treaty of Ytown, which was ratified by the Assembly of Ostrava on 2 November 1921 and by the Diet of Marvenia on 14 November, came into force in 1922.|Treaty_of_Ytown ratifiedBy Diet_of_Marvenia",
        // issuing an act is making it; answering to a body is being accountable to it
        "Revolutionary Council of Xland|It issued the Decree on Land of Xland on 11 March 1918.|Decree_on_Land_of_Xland adoptedBy Revolutionary_Council_of_Xland",
        "Revolutionary Council of Xland|The Decree on Land of Xland was issued by the council in March 1918.|Decree_on_Land_of_Xland adopted 1918-03",
        "Revolutionary Council of Xland|The Decree on Land of Xland, which the council issued in 1918, gave land to the peasants.|Decree_on_Land_of_Xland adoptedBy Revolutionary_Council_of_Xland",
        "Revolutionary Council of Xland|The council, which answered to the Congress of Councils of Xland, met weekly.|Revolutionary_Council_of_Xland accountableTo Congress_of_Councils_of_Xland",
        "Revolutionary Council of Xland|It was answerable to the Congress of Councils of Xland.|Revolutionary_Council_of_Xland accountableTo Congress_of_Councils_of_Xland",
        // a participle that opens the sentence: the passive of the clause after its comma
        "Council of Elders of Xland|Formed in 1919, the council was abolished in 1934.|Council_of_Elders_of_Xland established 1919",
        "Council of Elders of Xland|Abolished in 1934, the Senate of Xland never met again.|Senate_of_Xland disbanded 1934",
        "Council of Elders of Xland|Elected by the Grand Diet of Xland, it met twice a year.|Council_of_Elders_of_Xland electedBy Grand_Diet_of_Xland",
        "Charter of Xland|The decrees of the People's Council of Xland (later the Council of Ministers of Xland) had the force of law.|Council_of_Ministers_of_Xland precededBy People's_Council_of_Xland",
        // what an instrument governs
        "Charter of Xland|The Charter of Xland governed the Republic of Xland until 1950.|Charter_of_Xland jurisdiction Republic_of_Xland",
        "Charter of Xland|It was the fourth and final state constitution of the Republic of Xland.|Charter_of_Xland jurisdiction Republic_of_Xland",
        "Charter of Xland|The Charter of Xland, the first constitution of the Republic of Xland, was short.|Charter_of_Xland jurisdiction Republic_of_Xland",
        "Charter of Xland|The Republic of Xland was governed by the Charter of Xland.|Charter_of_Xland jurisdiction Republic_of_Xland",
        // succession between things of one kind
        "Charter of Xland|The Charter of Xland replaced the Provisional Statute of Xland.|Charter_of_Xland precededBy Provisional_Statute_of_Xland",
        // adoption of an instrument
        "Charter of Vland|The Charter of Vland was adopted by the Grand Assembly of Vland on 5 May 1921.|Charter_of_Vland adoptedBy Grand_Assembly_of_Vland",
        "Charter of Vland|The Grand Assembly of Vland adopted the charter on 5 May 1921.|Charter_of_Vland adopted 1921-05-05",
        "Charter of Vland|It was approved by the Grand Assembly of Vland in 1921.|Charter_of_Vland adoptedBy Grand_Assembly_of_Vland",
        "Charter of Vland|The Grand Assembly of Vland, which ratified the charter in 1921, met in Vtown.|Charter_of_Vland ratifiedBy Grand_Assembly_of_Vland",
    })
    void aFrameStatesItsFactInEveryConstruction(String title, String sentence, String expected, @TempDir Path tmp)
            throws Exception {
        ExtractionCases.assertStates(title, sentence, expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        // a year inside a name is not the date of the clause
        "Council of Elders of Xland|It was abolished by the 1934 Charter of Xland.|Council_of_Elders_of_Xland disbanded 1934",
        // an adjective is no patient: "created a federation of ... German states"
        "Charter of Xland|The Charter of Xland created a federation of 25 Ylandic states.|Ylandic rdf:type StateOrgan",
        // some members are not how many there are
        "Charter of Xland|The Grand Assembly of Xland elected 35 members of the Council of Elders of Xland.|Council_of_Elders_of_Xland memberCount 35",
        "Council of Elders of Xland|It elected its own chairman and three deputies to preside over each session.|Council_of_Elders_of_Xland memberCount 3",
        "Charter of Xland|The Federal Council of Xland was enlarged from 9 to 15 members in 1960.|Federal_Council_of_Xland memberCount 9",
        "Charter of Xland|The Senate of Xland had from 50 to 60 members.|Senate_of_Xland memberCount 60",
        "Diet of Xland|In 1990 it was replaced by the National Assembly of Xland, a unicameral body of 150 members.|Diet_of_Xland memberCount 150",
        "Diet of Xland|The diet took the place of the Estates Assembly of Xland, an old body of 90 members.|Diet_of_Xland memberCount 90",
        "Diet of Xland|In 1925 the diet elected a committee of 95 members.|Diet_of_Xland memberCount 95",
        "Diet of Xland|It held its meetings in the Old Palace of Xland in Ytown.|Diet_of_Xland location Ytown",
        "Council of Ministers of Xland|It set up a commission accountable to the Grand Diet of Xland.|Council_of_Ministers_of_Xland accountableTo Grand_Diet_of_Xland",
        // a participle after "a common noun of X," is the common noun's
        "Charter of Xland|A commission of the Grand Diet of Xland, chaired by Ivan Petrov, drafted the charter.|Grand_Diet_of_Xland chair Ivan_Petrov",
        "Charter of Xland|The chairman of the Senate of Xland, elected by the Grand Diet of Xland, signed it.|Senate_of_Xland electedBy Grand_Diet_of_Xland",
        // a verb after "and" is not the last object's: "abolished A and B and replaced C"
        "Charter of Xland|That document abolished the presidency and the Senate of Xland and replaced the Council of State of Xland with a Cabinet.|Senate_of_Xland precededBy Council_of_State_of_Xland",
        "Charter of Xland|The charter dissolved the Senate of Xland and replaced the Council of State of Xland with a Cabinet of Xland.|Senate_of_Xland precededBy Council_of_State_of_Xland",
        // a quota per unit is no total
        "Council of Elders of Xland|The council had ten members from each province.|Council_of_Elders_of_Xland memberCount 10",
        "Council of Elders of Xland|It was attended by two delegates per district.|Council_of_Elders_of_Xland memberCount 2",
        "Grand Diet of Xland|The Grand Diet of Xland, which had 5 deputies for each region, met in Xtown.|Grand_Diet_of_Xland memberCount 5",
        "Grand Diet of Xland|Each province sent 3 deputies each to the Grand Diet of Xland.|Grand_Diet_of_Xland memberCount 3",
        "Council of Elders of Xland|The Senate of Xland met rarely; it was abolished in 1934.|Council_of_Elders_of_Xland disbanded 1934",
        "Charter of Xland|The Grand Diet of Xland adopted the Land Act of Xland, met in Ytown in July, and adjourned.|Land_Act_of_Xland location Ytown",
        "Charter of Xland|In 1925 the Grand Diet of Xland dissolved the Senate of Xland, which had opposed the reform, adopted the Land Act of Xland, and closed.|Land_Act_of_Xland adoptedBy Senate_of_Xland",
        "Charter of Xland|The Diet of Xland met in the New Palace of Xtown (instead of the Charter of Xland).|New_Palace_of_Xtown precededBy Charter_of_Xland",
        "Charter of Xland|The charter was adopted by the Grand Diet of Xland (instead of the Senate of Xland, as the old statute required).|Grand_Diet_of_Xland precededBy Senate_of_Xland",
        "Charter of Xland|The bill was sent to the Senate of Xland (instead of the Chamber of Deputies of Xland) in 1920.|Senate_of_Xland precededBy Chamber_of_Deputies_of_Xland",
        "Charter of Xland|The Grand Diet of Xland approved the Declaration. The Declaration of Rights of Xland and the Declaration of Duties of Xland were printed.|Declaration_of_Rights_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|The Grand Diet of Xland approved the new declaration in 1922. The Declaration of Rights of Xland was older.|Declaration_of_Rights_of_Xland adoptedBy Grand_Diet_of_Xland",
        "Charter of Xland|The Council adopted the Charter of Xland on 5 May 1990. In 2001 Xland joined the Council of Europe.|Charter_of_Xland adoptedBy Council_of_Europe",
        "Charter of Xland|The Charter of Xland established the Republic on 5 May 1925. The Republic of Ytown was its neighbour.|Charter_of_Xland establishes Republic_of_Ytown",
        "Charter of Xland|The new charter reduced the Federal Council of Xland from twenty-three to nine members.|Charter_of_Xland memberCount 9",
        // an object that is no name of ours is not the verb's absence of one
        "Grand Assembly of Xland|The Grand Assembly of Xland adopted a new electoral law on 3 May 1950.|Grand_Assembly_of_Xland established 1950-05-03",
        "Council of Ministers of Xland|The Council of Ministers of Xland created several new ministries in 1955.|Council_of_Ministers_of_Xland established 1955",
        "Charter of Xland|The Charter of Xland abolished the monarchy, the nobility and the Senate of Xland in 1921.|Charter_of_Xland repealed 1921",
        // a place's property only to a place, succession only between things of one kind
        "Senate of Xland|The Senate of Xland met in the Grand Assembly of Xland.|Senate_of_Xland location Grand_Assembly_of_Xland",
        "Council of Elders of Xland|The Council of Elders of Xland followed the Supreme Court of Xland in rejecting the charter.|Council_of_Elders_of_Xland precededBy Supreme_Court_of_Xland",
        "Grand Assembly of Xland|The Grand Assembly of Xland held a referendum in Yland in 1925.|Grand_Assembly_of_Xland location Yland",
        "Grand Assembly of Xland|The Diet of Xland was called by Ivan Petrov in 1920.|Diet_of_Xland altLabel Ivan Petrov",
        "Council of Elders of Xland|The Council of Elders of Xland replaced the Charter of Xland with a decree.|Council_of_Elders_of_Xland precededBy Charter_of_Xland",
        // "later" between a person and an office, or of time
        "Charter of Xland|Ivan Petrov (later the Chairman of the Council of Xland) spoke.|Council_of_Xland precededBy Ivan_Petrov",
        "Council of Elders of Xland|The Council of Elders of Xland met later in the year in the Senate of Xland.|Senate_of_Xland precededBy Council_of_Elders_of_Xland",
        // a date of joining is not the union's beginning
        "Union of Xland|The Republic of Yland joined the Union of Xland in 1925.|Union_of_Xland established 1925",
        // a colon's list that is not the whole rest of the sentence
        "Union of Xland|Three states united in the Union of Xland: the Republic of Yland, then others.|Republic_of_Yland partOf Union_of_Xland",
        // negation, modals, plans, questions
        "Senate of Xland|The Senate of Xland was not responsible to the Diet of Xland.|Senate_of_Xland accountableTo Diet_of_Xland",
        "Senate of Xland|The Senate of Xland was accountable to the people, not to the King of Xland.|Senate_of_Xland accountableTo King_of_Xland",
        "Council of Elders of Xland|The council was to be abolished in 1950, but the plan was dropped.|Council_of_Elders_of_Xland disbanded 1950",
        "Council of Elders of Xland|Proposals to abolish the council were rejected in 1960.|Council_of_Elders_of_Xland disbanded 1960",
        "Council of Elders of Xland|Was the council dissolved in 1934?|Council_of_Elders_of_Xland disbanded 1934",
        "Council of Elders of Xland|The council could be dissolved by the Grand Assembly of Xland.|Council_of_Elders_of_Xland disbanded 1934",
        // the scope of a clause
        "Grand Assembly of Xland|The Grand Assembly of Xland, which replaced the State Committee of Xland, was itself abolished in 1950.|State_Committee_of_Xland disbanded 1950",
        "Treaty of Ytown|The Treaty of Ytown establishing the Union of Xland and Yland was signed in 1922 by Ivan Petrov.|Union_of_Xland_and_Yland signedBy Ivan_Petrov",
        "Council of Elders of Xland|The council was abolished in the reforms that followed the death of Ivan Petrov in 1953.|Council_of_Elders_of_Xland disbanded 1953",
        "Charter of Xland|The Charter of Xland was adopted in 1921, and the Senate of Xland was abolished three years later.|Senate_of_Xland disbanded 1921",
        "Charter of Xland|After the war ended in 1945, the Grand Assembly of Xland adopted the Charter of Xland.|Charter_of_Xland adopted 1945",
        "Council of Elders of Xland|The council consisted of representatives of the Diet of Xland and the Senate of Xland.|Council_of_Elders_of_Xland hasPart Diet_of_Xland",
        // a verb of another clause cuts the subject off
        "Charter of Xland|The charter was approved by the Grand Assembly of Xland in 1921 and its text was approved by the Senate of Xland in 1922.|Charter_of_Xland adoptedBy Senate_of_Xland",
    })
    void whatAFrameMustNotState(String title, String sentence, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, sentence, unexpected, tmp);
    }
}
