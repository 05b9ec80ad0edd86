package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names that hold: a state's name cut from the end of another name is a state only when it says which state ("the
 * Government of the People's Republic" names none, "the Treaty on the Union of Eastern Republics" names the union, not
 * "Eastern Republics"); a translation in quotes after a labelled foreign name is an English name of its own; a
 * compound with an en dash is one word to the sentence patterns ("Norland–Estmark Union" is no "Estmark Union"); a
 * state's short name in parentheses after an organ's ("People's Assembly (Velmia)") qualifies it and names nothing;
 * an abbreviation after a labelled foreign name is a name of its own; what a treaty makes "between" parties is no
 * state; an office "for" something ("People's Commissar for Foreign Affairs") is no person.
 * Invented names.
 */
class StateTailsAndGlossesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Charter of the People's Republic of Velmia|Executive power lay with the Government of the People's Republic.|People's_Republic rdf:type Polity",
        "Charter of the Free State of Velmia|Power rested with the Cabinet of the Free State.|Free_State rdf:type Polity",
        "Charter of the Federal Republic of Velmia|The Council of the Federal Republic was elected for four years.|Council_of_the_Federal_Republic jurisdiction Federal_Republic",
        "Charter of the Socialist Republic of Velmia|It established the Presidium of the Socialist Republic.|Socialist_Republic rdf:type Polity",
        "Charter of the Socialist Republic of Velmia|It established the Presidium of the Socialist Republic.|Presidium_of_the_Socialist_Republic partOf Socialist_Republic",
        "Treaty on the Union of Eastern Republics|The Treaty on the Union of Eastern Republics was signed in 1923.|Eastern_Republics rdf:type Polity",
        "Treaty on the Confederation of Free Republics|The Treaty on the Confederation of Free Republics was signed in 1923.|Treaty_on_the_Confederation_of_Free_Republics jurisdiction Free_Republics",
        "Hallvik Protocol|The Norland–Estmark Union, also known as the Dual Realm, was created in 1921.|Estmark_Union rdf:type Polity",
        "Hallvik Protocol|The Norland–Estmark Union, also known as the Dual Realm, was created in 1921.|Estmark_Union altLabel Dual Realm",
        "Grand Diet of Velmia|== See also == // - People's Assembly (Velmia) // - Grand Diet (Norland)|People's_Assembly altLabel Velmia",
        "Acts of Union 1809|The Acts of Union 1809 joined two kingdoms.|Union_1809 rdf:type Polity",
        // ... never two states whose kinds differ (successive states)
        "Supreme Soviet of the Velmian SFSR|The Supreme Soviet of the Velmian SFSR (officially the Supreme Soviet of the Velmian Federation) was the legislature.|Velmian_SFSR altLabel Velmian Federation",
        // what a treaty makes between parties is no state
        "Treaty of Ostbridge|The Treaty of Perpetual Alliance between the Free Princes of the Velm Lands was signed in 1822.|Perpetual_Alliance_between_the_Free_Princes_of_the_Velm_Lands rdf:type Polity",
        "Treaty of Ostbridge|The Treaty of Friendship with the Kingdom of Norland was signed in 1822.|Friendship_with_the_Kingdom_of_Norland rdf:type Polity",
        // an office "for" something is no person, wherever it stands beside the holder's name
        "Treaty of Ostbridge|The Treaty of Ostbridge was signed by the People's Commissar for Foreign Affairs, Tomas Hrubec.|People's_Commissar_for_Foreign_Affairs rdf:type Person",
        "Treaty of Ostbridge|The Treaty of Ostbridge was signed by Tomas Hrubec, the Minister for War.|Minister_for_War rdf:type Person",
        "Treaty of Ostbridge|The Treaty of Ostbridge was signed by the Secretary for Justice, Eva Lind, and by Tomas Hrubec.|Treaty_of_Ostbridge signedBy Secretary_for_Justice",
        // a remark of names labelled with their language names no things of its own
        "Velm ASSR|The first constitution of the republic (Russian: Конституция Велмской АССР, Konstitutsiya Velmskoy ASSR) was adopted in 1937.|Konstitutsiya_Velmskoy_ASSR rdf:type Polity",
        "Velm ASSR|Its government (Russian: Совет Министров Велмской АССР, Sovet Ministrov Velmskoy ASSR) was formed in 1937.|Sovet_Ministrov_Velmskoy_ASSR rdf:type Polity",
        // a nickname's adjective says no state
        "Charter of Velm|The Charter of Velm, known locally as the Polish Charter, was granted in 1831.|Charter_of_Velm jurisdiction Poland",
        "Charter of Velm|The Charter of Velm, also called the Polish Charter, was granted in 1831.|Charter_of_Velm jurisdiction Poland",
        "Charter of Velm|The Charter of Velm (nicknamed the Polish Charter) was granted in 1831.|Charter_of_Velm jurisdiction Poland",
        "Charter of Velm|The Charter of Velm was granted in 1831. Historians have dubbed it the Polish Charter.|Charter_of_Velm jurisdiction Poland",
        "Grand Council of Velmia|The Grand Council of Velmia (Ivan Petrov) met in Ytown.|Grand_Council_of_Velmia altLabel Ivan Petrov",
        "Grand Council of Velmia|The Grand Council of Velmia (Velika skupstina, which met in the old town hall) met weekly.|Grand_Council_of_Velmia altLabel Velika skupstina, which met in the old town hall",
    })
    void notStated(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, ("The " + title + " was the law of the Republic of Velmia. // " + body)
                .replace(" // ", "\n"), unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Treaty on the Union of Eastern Republics|It was signed in 1923.|Treaty_on_the_Union_of_Eastern_Republics jurisdiction Union_of_Eastern_Republics",
        "Treaty on the Confederation of Free Republics|It was signed in 1923.|Treaty_on_the_Confederation_of_Free_Republics jurisdiction Confederation_of_Free_Republics",
        "Council of Ministers of the Soviet Union|It was formed in 1946.|Council_of_Ministers_of_the_Soviet_Union jurisdiction Soviet_Union",
        "Imperial Diet|The Imperial Diet (German: Reichsrat, \"Council of the Realm\") was the legislature.|Imperial_Diet altLabel Council of the Realm",
        "Imperial Diet|The Imperial Diet (German: Reichsrat, \"Council of the Realm\") was the legislature.|Imperial_Diet altLabel Reichsrat",
        "Imperial Diet|The Imperial Diet (Velmian: Riksrad av Velmia, 'Council of the Realm') was the legislature.|Imperial_Diet altLabel Riksrad av Velmia",
        "Imperial Diet|The Imperial Diet (Velmian: Riksrad av Velmia, “Council of the Realm”) was the legislature.|Imperial_Diet altLabel Council of the Realm",
        "Hallvik Protocol|The Norland–Estmark Union, also known as the Dual Realm, was created in 1921.|Norland-Estmark_Union altLabel Dual Realm",
        "Supreme Soviet of Velmia|The Supreme Soviet of Velmia (Velmian: Verhovni Sovjet Velmije, abbreviated VSV) was the legislature.|Supreme_Soviet_of_Velmia altLabel Verhovni Sovjet Velmije",
        "Supreme Soviet of Velmia|The Supreme Soviet of Velmia (Velmian: Verhovni Sovjet Velmije, commonly abbreviated as VSV) was the legislature.|Supreme_Soviet_of_Velmia altLabel VSV",
        "Treaty of Ostbridge|The Treaty of Ostbridge was signed by the People's Commissar for Foreign Affairs, Tomas Hrubec.|Treaty_of_Ostbridge signedBy Tomas_Hrubec",
        // a plural title of instruments is the instruments' name, never a state cut from it ("Union 1809")
        "Acts of Union 1809|The Acts of Union 1809 joined the Kingdom of Aldmark and the Kingdom of Serevia. They were signed on 22 July 1809.|Acts_of_Union_1809 rdf:type LegalInstrument",
        "Decrees on Land of Velmia|The Decrees on Land of Velmia were issued in 1918.|Decrees_on_Land_of_Velmia rdf:type LegalInstrument",
        // a session "also known as the Tenth Convocation" keeps being the session it is
        "10th Diet of Velmia|The 10th Diet of Velmia (Velmian: 10. Landdag), also known as the Tenth Convocation, was the tenth session of the Diet of Velmia.|10th_Diet_of_Velmia sessionOf Diet_of_Velmia",
        // a state named by some of the words of the other name of the same subject is that state
        "1936 Constitution of the Velmian Union|The 1936 Constitution of the Velmian Union (officially the Constitution of the Union of Velmian Socialist Republics) was its fundamental law.|Velmian_Union altLabel Union of Velmian Socialist Republics",
        "Charter of the Norland Republic|The Charter of the Norland Republic (officially the Charter of the Democratic Republic of Norland) was its fundamental law.|Norland_Republic altLabel Democratic Republic of Norland",
        "Treaty of Ostbridge|The Treaty of Ostbridge was signed by the Secretary for Justice, Eva Lind, and by Tomas Hrubec.|Treaty_of_Ostbridge signedBy Eva_Lind",
        // a labelled foreign name and its abbreviation of two words; an abbreviation and another name after ", also"
        "Central Committee of the Velm SSR|The Central Committee of the Velm SSR (Russian: Центральный комитет Велмской ССР, ЦК ВССР) was its highest organ.|Central_Committee_of_the_Velm_SSR altLabel ЦК ВССР",
        "Central Committee of the Velm SSR|The Central Committee of the Velm SSR (Russian: Центральный комитет Велмской ССР, ЦК ВССР) was its highest organ.|Central_Committee_of_the_Velm_SSR altLabel Центральный комитет Велмской ССР",
        "Velm Military Committee|The Velm Military Committee (Велмский военный комитет; VMC, also the Velm Milkom) was an organ of the Velm Soviet.|Velm_Military_Committee altLabel VMC",
        "Velm Military Committee|The Velm Military Committee (Велмский военный комитет; VMC, or the Velm Milkom) was an organ of the Velm Soviet.|Velm_Military_Committee altLabel Velm Milkom",
        // a foreign name keeps the lower-case words its own language writes; each of several labelled names is one; a
        // former name after a semicolon is a name too
        "State Council of Velmia|The State Council of Velmia (Czech: Státní rada lidové republiky Velmie, SR) was the head of state.|State_Council_of_Velmia altLabel Státní rada lidové republiky Velmie",
        "Treaty of Friendship|The Treaty of Friendship (Czech: Smlouva o přátelství a vzájemné pomoci; Slovak: Zmluva o priateľstve a vzájomnej pomoci) was an alliance.|Treaty_of_Friendship altLabel Zmluva o priateľstve a vzájomnej pomoci",
        "Treaty of Friendship|The Treaty of Friendship (Czech: Smlouva o přátelství a vzájemné pomoci; Slovak: Zmluva o priateľstve a vzájomnej pomoci) was an alliance.|Treaty_of_Friendship altLabel Smlouva o přátelství a vzájemné pomoci",
        "Council of Ministers of Velmia|The Council of Ministers of Velmia (Velmian: Rada ministrov lidovej republiky; until 1961 the People's Council of Velmia) was the government.|Council_of_Ministers_of_Velmia altLabel People's Council of Velmia",
        "Council of Ministers of Velmia|The Council of Ministers of Velmia (Velmian: Rada ministrov lidovej republiky; until 1961 the People's Council of Velmia) was the government.|Council_of_Ministers_of_Velmia altLabel Rada ministrov lidovej republiky",
        // an unlabelled foreign name of two capitalised words holding an organ's word is no person's name
        "Imperial Parliament of Velmia|The Imperial Parliament of Velmia (Sejm Cesarski) met in Ytown.|Imperial_Parliament_of_Velmia altLabel Sejm Cesarski",
        "Imperial Council of Velmia|The Imperial Council of Velmia was the upper chamber of the Grand Diet of Velmia (Sejm Wielki).|Grand_Diet_of_Velmia altLabel Sejm Wielki",
        "Grand Council of Velmia|The Grand Council of Velmia (Rada Wielka) met in Ytown.|Grand_Council_of_Velmia altLabel Rada Wielka",
    })
    void stated(String title, String body, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates(title, body.replace(" // ", "\n"), expected, tmp);
    }
}
