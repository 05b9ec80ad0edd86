package org.constitutionkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.constitutionkg.extract.text.DateParser;
import org.constitutionkg.extract.text.PartialDate;
import org.constitutionkg.extract.text.Values;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value parsers of infobox fields and prose: {@link DateParser}, {@link PartialDate}, {@link Values}.
 * In the rows an empty expected cell means "no result"; lists are written joined by " | ".
 */
class ValueParsersTest {

    @ParameterizedTest(name = "parse \"{0}\" = {1}")
    @CsvSource(delimiter = ';', nullValues = "NULL", value = {
            "30 December 1922         ; 1922-12-30",
            "1 May 1918               ; 1918-05-01",
            "December 30, 1922        ; 1922-12-30",
            "1917-07-07               ; 1917-07-07",
            "February 1935            ; 1935-02",
            "1925                     ; 1925",
            "on 5 December 1936.      ; 1936-12-05",
            "in 1936,                 ; 1936",
            "'  30   December  1922 ' ; 1922-12-30",
            "29 February 1924         ; 1924-02-29",
            "31 February 1924         ; ''",
            "29 February 1923         ; ''",
            "29 February 1900         ; ''",
            "31 April 1936            ; ''",
            "32 January 1936          ; ''",
            "1917-13-01               ; ''",
            "1917-02-30               ; ''",
            "30 Dec 1922              ; ''",
            "30 december 1922         ; ''",
            "Smarch 1922              ; ''",
            "December 30 1922         ; ''",
            "192                      ; ''",
            "around 1922              ; ''",
            "Dynamic                  ; ''",
            "''                       ; ''",
            "March 6–10, 1919         ; ''",
    })
    void parse(String text, String expected) {
        assertEquals(expected, DateParser.parse(text).map(PartialDate::lexical).orElse(""));
    }

    @ParameterizedTest(name = "parseRange \"{0}\" = {1} .. {2}")
    @CsvSource(delimiter = ';', value = {
            "March 6–10, 1919                 ; 1919-03-06 ; 1919-03-10",
            "March 6-10, 1919                 ; 1919-03-06 ; 1919-03-10",
            "6–10 March 1919                  ; 1919-03-06 ; 1919-03-10",
            "16 May–22 June 1990              ; 1990-05-16 ; 1990-06-22",
            "16 May – 22 June 1990            ; 1990-05-16 ; 1990-06-22",
            "June 16 to July 7, 1917          ; 1917-06-16 ; 1917-07-07",
            "November 1936 to December 1936   ; 1936-11    ; 1936-12",
            "1917 to 1936                     ; 1917       ; 1936",
            "1917–1936                        ; 1917       ; 1936",
            "from 1917 until 1936             ; 1917       ; 1936",
            "30 December 1922 – 5 December 1936 ; 1922-12-30 ; 1936-12-05",
            // "to" inside "October" is no dash
            "2 October 1877 – 15 May 1880     ; 1877-10-02 ; 1880-05-15",
            "October 1877 – May 1880          ; 1877-10    ; 1880-05",
            "5 October 1901 to 1 October 1903 ; 1901-10-05 ; 1903-10-01",
            "October 1917 – 1918              ; 1917-10    ; 1918",
            "30 December 1922                 ; 1922-12-30 ; ''",
            "1925                             ; 1925       ; ''",
            "March 6–40, 1919                 ; ''         ; ''",
            "31–33 March 1919                 ; ''         ; ''",
            "30 February–2 March 1919         ; ''         ; ''",
            "1917 to sometime later           ; ''         ; ''",
            "sometime in 1919                 ; ''         ; ''",
            "''                               ; ''         ; ''",
    })
    void parseRange(String text, String start, String end) {
        Optional<DateParser.DateRange> r = DateParser.parseRange(text);
        assertEquals(start, r.map(x -> x.start().lexical()).orElse(""), "start");
        assertEquals(end, r.flatMap(DateParser.DateRange::end).map(PartialDate::lexical).orElse(""), "end");
    }

    @ParameterizedTest(name = "{0}-{1}-{2} → \"{3}\"^^{4}")
    @CsvSource({
            "1925, 0, 0, 1925, gYear",
            "987, 0, 0, 0987, gYear",
            "1935, 2, 0, 1935-02, gYearMonth",
            "1924, 1, 31, 1924-01-31, date",
            "1922, 12, 30, 1922-12-30, date",
    })
    void partialDateNode(int year, int month, int day, String lexical, String type) {
        Node n = new PartialDate(year, month, day).toNode();
        assertEquals(lexical, n.getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSD + "#" + type, n.getLiteralDatatypeURI());
        assertTrue(n.getLiteralDatatype().isValid(lexical), lexical + " is a valid xsd:" + type);
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource({
            "1936, 1936-12-05, true",
            "December 1936, 1936-12-05, true",
            "1936-12-05, 1936-12-05, true",
            "1936-12-05, 1936, false",
            "November 1936, 1936-12-05, false",
            "1937, 1936-12-05, false",
    })
    void covers(String a, String b, boolean expected) {
        assertEquals(expected, DateParser.parse(a).orElseThrow().covers(DateParser.parse(b).orElseThrow()));
    }

    @ParameterizedTest(name = "isJunk \"{0}\" = {1}")
    @CsvSource(delimiter = ';', value = {
            "Coat of arms of the Soviet Union (1923–1936).svg ; true",
            "Kremlin.JPG                ; true",
            "map.jpeg                   ; true",
            "File:Treaty page.png       ; true",
            "200px                      ; true",
            "200 px                     ; true",
            "200px 300px                ; true",
            "', , ,'                    ; true",
            "' - '                      ; true",
            "''                         ; true",
            "None                       ; true",
            "None (abolished in 1936)   ; true",
            "none                       ; true",
            "N/A                        ; true",
            "unknown                    ; true",
            "?                          ; true",
            "Supreme Soviet             ; false",
            "Nonesuch Assembly          ; false",
            "1922                       ; false",
            "975 (1978–1990)            ; false",
            "Structure of the Congress  ; false",
    })
    void isJunk(String value, boolean expected) {
        assertEquals(expected, Values.isJunk(value));
    }

    @org.junit.jupiter.api.Test
    void nullIsJunk() {
        assertTrue(Values.isJunk(null));
    }

    @ParameterizedTest(name = "split \"{0}\"")
    @CsvSource(delimiter = ';', value = {
            "A, B, C                                             ; A | B | C",
            "'A; B'                                              ; A | B",
            "Soviet Union                                        ; Soviet Union",
            "Party (Bolsheviks) (1448), Komsomol (161)           ; Party (Bolsheviks) (1448) | Komsomol (161)",
            "975 (1978–1990), 252 (1990, 1993)                   ; 975 (1978–1990) | 252 (1990, 1993)",
            "', , ,'                                             ; ''",
            "'A, , B,'                                           ; A | B",
            "Flag.svg, Soviet Union                              ; Soviet Union",
            "None (dissolved), Soviet Union                      ; Soviet Union",
            "A (x, (y, z)), B                                    ; A (x, (y, z)) | B",
            "A), B                                               ; A) | B",
    })
    void split(String value, String expected) {
        assertEquals(expected, String.join(" | ", Values.split(value)));
    }

    @ParameterizedTest(name = "withoutQualifier \"{0}\" = \"{1}\"")
    @CsvSource(delimiter = ';', value = {
            "Ruslan Khasbulatov (last)          ; Ruslan Khasbulatov",
            "Ivan Petrov (first) (acting)       ; Ivan Petrov",
            "Supreme Soviet of Karelia (1991)   ; Supreme Soviet of Karelia",
            "Party (Bolsheviks)                 ; Party (Bolsheviks)",
            "Party (Bolsheviks) (1448)          ; Party (Bolsheviks)",
            "Party (Bolsheviks) (until 1925)    ; Party (Bolsheviks)",
            "Soviet Union                       ; Soviet Union",
            "(last)                             ; (last)",
            "'  Ivan Petrov  '                  ; Ivan Petrov",
    })
    void withoutQualifier(String value, String expected) {
        assertEquals(expected, Values.withoutQualifier(value));
    }

    @ParameterizedTest(name = "counted \"{0}\" = {1} ({2})")
    @CsvSource(delimiter = ';', value = {
            "Komsomol (161)                ; Komsomol           ; 161",
            "Party (Bolsheviks) (1448)     ; Party (Bolsheviks) ; 1448",
            "Independents (1,416)          ; Independents       ; 1416",
            "' Komsomol   (161) '          ; Komsomol           ; 161",
            "Komsomol                      ; ''                 ; 0",
            "(161)                         ; ''                 ; 0",
            "Komsomol (many)               ; ''                 ; 0",
            "Komsomol (161) members        ; ''                 ; 0",
    })
    void counted(String value, String name, int count) {
        Optional<Values.Counted> c = Values.counted(value);
        assertEquals(name, c.map(Values.Counted::name).orElse(""));
        assertEquals(count, c.map(Values.Counted::count).orElse(0));
    }

    @ParameterizedTest(name = "withoutParentheses \"{0}\"")
    @CsvSource(delimiter = ';', value = {
            "975 (1978–1990)                  ; 975",
            "Party (Bolsheviks) (1448)        ; Party",
            "A (x (y)) B                      ; A B",
            "Kharkiv (capital), Ukraine       ; Kharkiv, Ukraine",
    })
    void withoutParentheses(String value, String expected) {
        assertEquals(expected, Values.withoutParentheses(value));
    }

    @ParameterizedTest(name = "never throws on \"{0}\"")
    @CsvSource(delimiter = ';', value = {"((((", "))", "2147483648", "99999 December 1922", "1917-07-00"})
    void neverThrows(String junk) {
        DateParser.parse(junk);
        DateParser.parseRange(junk);
        Values.split(junk);
        Values.withoutQualifier(junk);
        Values.counted(junk);
        Values.isJunk(junk);
        assertTrue(List.of(junk).size() == 1);
    }

    /** An ISO date with month or day 00 is not a date (and the parser does not throw on it). */
    @ParameterizedTest(name = "month 00 \"{0}\" is not a date")
    @CsvSource({"1917-00-10", "1922-00-00"})
    void monthZeroIsNotADate(String text) {
        assertEquals(Optional.empty(), DateParser.parse(text));
        assertEquals(Optional.empty(), DateParser.parseRange(text));
    }
}
