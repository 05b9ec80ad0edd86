package org.constitutionkg.extract;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of an assembly's sittings by a bare sitting noun and an ordinal ("- Fifth Convocation (1963–1967)", "- Third
 * Session (1929–1931): ...") in the article on the assembly: each a session of the article's subject, named in full
 * after it (so two assemblies' "First Convocation" are two things), with the span in parentheses as its dates, what a
 * remark after a dash or colon says of it ("– chaired by X", "– adopted the Y"), and what an item nested under it says
 * when it begins with its verb ("  - dissolved itself on ..."). Invented lists and names; " // " separates lines.
 */
class ConvocationItemsTest {

    private static final String LEAD = "The Grand Diet of Velmia was the legislature of the Kingdom of Velmia. // "
            + "== Terms == // Each elected term was called a convocation. // ";

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        "- First Convocation (1921–1925)#First_Convocation_of_the_Grand_Diet_of_Velmia sessionOf Grand_Diet_of_Velmia",
        "- First Convocation (1921–1925)#First_Convocation_of_the_Grand_Diet_of_Velmia rdf:type Session",
        "- First Convocation (1921–1925)#First_Convocation_of_the_Grand_Diet_of_Velmia startDate 1921",
        "- Second Convocation (March 1925 – May 1929)#Second_Convocation_of_the_Grand_Diet_of_Velmia endDate 1929-05",
        "- 3rd Session (1929–1931)#3rd_Session_of_the_Grand_Diet_of_Velmia ordinal 3",
        "- Fourth Convocation (1931–1935) – chaired by Anna Korsk#Fourth_Convocation_of_the_Grand_Diet_of_Velmia chair Anna_Korsk",
        "- Fourth Convocation (1931–1935) — presided over by Olaf Rask#Fourth_Convocation_of_the_Grand_Diet_of_Velmia chair Olaf_Rask",
        "- Fifth Convocation (1935–1939) – adopted the Land Charter of Velmia on 2 May 1936#Land_Charter_of_Velmia adoptedBy Fifth_Convocation_of_the_Grand_Diet_of_Velmia",
        "- Sixth Convocation (1939–1941) //   - dissolved itself on 30 April 1941#Sixth_Convocation_of_the_Grand_Diet_of_Velmia endDate 1941-04-30",
        "- Sixth Convocation (1939–1941) //   - was dissolved by the Regent on 30 April 1941#Sixth_Convocation_of_the_Grand_Diet_of_Velmia endDate 1941-04-30",
        "- Sixth Convocation (1939–1941) //   - met in Port Velm in May 1939#Sixth_Convocation_of_the_Grand_Diet_of_Velmia location Port_Velm",
        // in lower case, with remarks after a semicolon, and a nested participle ("chaired by": it was chaired by)
        "- 2nd convocation (1925–1929)#2nd_Convocation_of_the_Grand_Diet_of_Velmia startDate 1925",
        "- seventh session (1941–1944)#Seventh_Session_of_the_Grand_Diet_of_Velmia endDate 1944",
        "- 4th convocation (1931–1935) – elected in May 1931; adopted the Land Charter of Velmia#Land_Charter_of_Velmia adoptedBy 4th_Convocation_of_the_Grand_Diet_of_Velmia",
        "- Fifth Convocation (1935–1939) – met twice a year; chaired by Olaf Rask#Fifth_Convocation_of_the_Grand_Diet_of_Velmia chair Olaf_Rask",
        "- 6th convocation (1939–1941) //   - presided over by Anna Korsk#6th_Convocation_of_the_Grand_Diet_of_Velmia chair Anna_Korsk",
        "- Sixth Convocation (1939–1941) //   - chosen in the first free election#Sixth_Convocation_of_the_Grand_Diet_of_Velmia rdf:type Session",
    })
    void aSittingOfTheSubject(String items, String expected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertStates("Grand Diet of Velmia", (LEAD + items).replace(" // ", "\n"), expected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // a convocation's span is no span of the assembly, and its chair no chair of the assembly
        "- First Convocation (1921–1925)#Grand_Diet_of_Velmia established 1921",
        "- Fourth Convocation (1931–1935) – chaired by Anna Korsk#Grand_Diet_of_Velmia chair Anna_Korsk",
        // a year in parentheses is no span: a see-also item dates nothing
        "== See also == // - Congress of Soviets of Velmia (1922)#Congress_of_Soviets_of_Velmia established 1922",
        // a bare "First Convocation" is never a thing of its own name (two assemblies have one each)
        "- First Convocation (1921–1925)#First_Convocation rdf:type Session",
        // an item nested under a plain item (no dated thing) says nothing of the item before
        "- Olaf Berg, a deputy //   - dissolved itself on 30 April 1941#Olaf_Berg disbanded 1941-04-30",
    })
    void notOtherwise(String items, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState("Grand Diet of Velmia", (LEAD + items).replace(" // ", "\n"), unexpected, tmp);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '#', value = {
        // the same list in the article on a congress (a session itself): nothing of the congress's own
        "Second Congress of Velmia#The Second Congress of Velmia was a session of the Congress of Velmia. // - First Convocation (1921–1925)#First_Convocation_of_the_Second_Congress_of_Velmia rdf:type Session",
    })
    void onlyInTheArticleOnAnOrgan(String title, String body, String unexpected, @TempDir Path tmp) throws Exception {
        ExtractionCases.assertDoesNotState(title, body.replace(" // ", "\n"), unexpected, tmp);
    }
}
