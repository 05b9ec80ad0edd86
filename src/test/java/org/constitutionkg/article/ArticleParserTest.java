package org.constitutionkg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.constitutionkg.article.Article.Block;
import org.constitutionkg.article.Article.Field;
import org.constitutionkg.article.Article.Kind;
import org.constitutionkg.article.Article.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per format variation of the article text files, asserting content and 1-based line numbers. */
class ArticleParserTest {

    private final List<Problem> problems = new ArrayList<>();

    private Article parse(String text) {
        return parseBytes(text.getBytes(StandardCharsets.UTF_8)).orElseThrow(
                () -> new AssertionError("not parsed: " + problems));
    }

    private Optional<Article> parseBytes(byte[] bytes) {
        return new ArticleParser(problems::add).parse("x.txt", bytes);
    }

    private List<String> messages() {
        return problems.stream().map(Problem::toString).toList();
    }

    private void assertNoProblems() {
        assertEquals(List.of(), messages());
    }

    /** Asserts exactly one error, whose message starts with {@code prefix} ("x.txt:LINE: ..."). */
    private void assertOneError(String prefix) {
        assertEquals(1, problems.size(), () -> "problems: " + messages());
        assertTrue(problems.get(0).isError(), () -> "not an error: " + messages());
        assertTrue(problems.get(0).toString().startsWith(prefix), () -> "expected \"" + prefix + "...\", got " + messages());
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                for (int b : (int[]) p) {
                    out.write(b);
                }
            }
        }
        return out.toByteArray();
    }

    // ---- title ------------------------------------------------------------------------------------------------

    @Test
    void title() {
        Article a = parse("= 1924 Constitution of the Soviet Union =\n\nBody.\n");
        assertEquals(new Line("1924 Constitution of the Soviet Union", 1), a.title());
        assertEquals("x.txt", a.file());
        assertEquals("x", a.id());
        assertNoProblems();
    }

    @Test
    void titleAfterBlankLines() {
        Article a = parse("\n  \n=Short Title=\n");
        assertEquals(new Line("Short Title", 3), a.title());
        assertEquals(List.of(), a.blocks());
        assertNoProblems();
    }

    @Test
    void idIsTheFileNameWithoutFolderAndExtension() {
        Optional<Article> a = new ArticleParser(problems::add).parse("seeds/000_abc.txt",
                "= T =\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("000_abc", a.orElseThrow().id());
        assertEquals("seeds/000_abc.txt", a.orElseThrow().file());
    }

    // ---- infobox ----------------------------------------------------------------------------------------------

    @Test
    void infoboxAfterTheWordInfobox() {
        Article a = parse("""
                = 1924 Constitution =

                Infobox
                - Short Title: Constitution of the USSR
                - Status: repealed

                The constitution was adopted.
                """);
        assertNull(a.caption());
        assertEquals(List.of(new Field("Short Title", "Constitution of the USSR", 4), new Field("Status", "repealed", 5)),
                a.infobox());
        assertEquals(List.of(new Block(Kind.PARAGRAPH, "The constitution was adopted.", 7, 0, List.of())), a.blocks());
        assertNoProblems();
    }

    @Test
    void infoboxAfterACaptionLineKeepsTheCaption() {
        Article a = parse("""
                = Congress of Soviets of the Soviet Union =

                All-Union Congress of Soviets
                - House Type: Unicameral
                - Members: 2025
                == History ==
                """);
        assertEquals(new Line("All-Union Congress of Soviets", 3), a.caption());
        assertEquals(List.of(new Field("House Type", "Unicameral", 4), new Field("Members", "2025", 5)), a.infobox());
        assertEquals(List.of(new Block(Kind.HEADING, "History", 6, 2, List.of())), a.blocks());
        assertNoProblems();
    }

    @Test
    void aCaptionOfTwoLinesGivesTheSecondAsTheNativeName() {
        Article a = parse("""
                = Federal Assembly of Norland =

                Federal Assembly of the Republic of Norland
                Savezna skupstina Norlanda
                - House Type: Bicameral
                - Members: 412
                """);
        assertEquals(new Line("Federal Assembly of the Republic of Norland", 3), a.caption());
        assertEquals(List.of(new Field("Native Name", "Savezna skupstina Norlanda", 4),
                new Field("House Type", "Bicameral", 5), new Field("Members", "412", 6)), a.infobox());
        assertNoProblems();
    }

    @Test
    void twoLinesOfProseBeforeAListAreNoCaption() {
        Article a = parse("""
                = Federal Assembly of Norland =

                The assembly had two chambers.
                It met in Ytown.
                - House Type: Bicameral
                """);
        assertNull(a.caption());
        assertEquals(List.of(), a.infobox());
    }

    @Test
    void noInfobox() {
        Article a = parse("= Title =\n\nFirst paragraph.\n\nSecond paragraph.\n");
        assertNull(a.caption());
        assertEquals(List.of(), a.infobox());
        assertEquals(List.of(new Block(Kind.PARAGRAPH, "First paragraph.", 3, 0, List.of()),
                new Block(Kind.PARAGRAPH, "Second paragraph.", 5, 0, List.of())), a.blocks());
        assertNoProblems();
    }

    @Test
    void noInfoboxButABodyListRightAfterTheTitle() {
        Article a = parse("= Title =\n- first item\n- second item\n");
        assertEquals(List.of(), a.infobox());
        assertEquals(List.of(new Block(Kind.LIST_ITEM, "first item", 2, 1, List.of()),
                new Block(Kind.LIST_ITEM, "second item", 3, 1, List.of())), a.blocks());
        assertNoProblems();
    }

    @Test
    void fieldsIncludingEmptyValuesAndColonsInValues() {
        Article a = parse("""
                = T =
                Infobox
                - Leader1 Type: Chairman of the Presidium
                - Parties:
                - Parties2: , , ,
                -Location Of Document:   Moscow: the Kremlin  \s
                - Coa Res: 200px
                """);
        assertEquals(List.of(
                new Field("Leader1 Type", "Chairman of the Presidium", 3),
                new Field("Parties", "", 4),
                new Field("Parties2", ", , ,", 5),
                new Field("Location Of Document", "Moscow: the Kremlin", 6),
                new Field("Coa Res", "200px", 7)), a.infobox());
        assertEquals(List.of(), a.blocks());
        assertNoProblems();
    }

    @Test
    void infoboxLineWithoutColonEndsTheInfoboxWithAWarning() {
        Article a = parse("""
                = T =

                Infobox
                - Members: 5
                - just a dash line
                - Status: repealed

                Body.
                """);
        assertEquals(List.of(new Field("Members", "5", 4)), a.infobox());
        assertEquals(1, problems.size(), () -> "problems: " + messages());
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(5, problems.get(0).line());
        assertEquals("x.txt:5: warning: infobox line without \"- Key: Value\": \"- just a dash line\"; the infobox"
                + " ends here and the line is read as body text", problems.get(0).toString());
        assertEquals(List.of(new Block(Kind.LIST_ITEM, "just a dash line", 5, 1, List.of()),
                new Block(Kind.LIST_ITEM, "Status: repealed", 6, 1, List.of()),
                new Block(Kind.PARAGRAPH, "Body.", 8, 0, List.of())), a.blocks());
    }

    // ---- body -------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is heading \"{1}\" level {2}")
    @CsvSource(delimiter = ';', value = {
            "==X==           ; X       ; 2",
            "== X ==         ; X       ; 2",
            "=== X ===       ; X       ; 3",
            "====X====       ; X       ; 4",
            "==  See also == ; See also ; 2",
            "== History      ; History ; 2",
    })
    void headings(String line, String text, int level) {
        Article a = parse("= T =\n\nIntro.\n" + line + "\nAfter.\n");
        assertEquals(List.of(
                new Block(Kind.PARAGRAPH, "Intro.", 3, 0, List.of()),
                new Block(Kind.HEADING, text, 4, level, List.of()),
                new Block(Kind.PARAGRAPH, "After.", 5, 0, List.of())), a.blocks());
        assertNoProblems();
    }

    @Test
    void allHeadingLevelsInOneArticle() {
        Article a = parse("= T =\n==A==\n== B ==\n=== C ===\n====D====\n");
        assertEquals(List.of(
                new Block(Kind.HEADING, "A", 2, 2, List.of()),
                new Block(Kind.HEADING, "B", 3, 2, List.of()),
                new Block(Kind.HEADING, "C", 4, 3, List.of()),
                new Block(Kind.HEADING, "D", 5, 4, List.of())), a.blocks());
    }

    @Test
    void emptyHeadingIsAWarning() {
        Article a = parse("= T =\n\n== ==\nText.\n");
        assertEquals(List.of(new Block(Kind.PARAGRAPH, "Text.", 4, 0, List.of())), a.blocks());
        assertEquals(List.of("x.txt:3: warning: heading without a title"), messages());
    }

    @Test
    void paragraphSpanningTwoLines() {
        Article a = parse("= T =\n\nThe first line ends here.\nThe second line follows.\n\nNext.\n");
        Block p = a.blocks().get(0);
        String first = "The first line ends here.";
        assertEquals(Kind.PARAGRAPH, p.kind());
        assertEquals(first + " The second line follows.", p.text());
        assertEquals(3, p.line());
        assertEquals(List.of(first.length() + 1), p.lineStarts());
        assertEquals(3, p.lineAt(0));
        assertEquals(3, p.lineAt(first.length() - 1));
        assertEquals(4, p.lineAt(p.text().indexOf("The second")));
        assertEquals(4, p.lineAt(p.text().length() - 1));
        assertEquals(new Block(Kind.PARAGRAPH, "Next.", 6, 0, List.of()), a.blocks().get(1));
        assertNoProblems();
    }

    @Test
    void paragraphSpanningThreeLines() {
        Block p = parse("= T =\nOne.\nTwo.\nThree.\n").blocks().get(0);
        assertEquals("One. Two. Three.", p.text());
        assertEquals(List.of(5, 10), p.lineStarts());
        assertEquals(2, p.lineAt(p.text().indexOf("One")));
        assertEquals(3, p.lineAt(p.text().indexOf("Two")));
        assertEquals(4, p.lineAt(p.text().indexOf("Three")));
    }

    @ParameterizedTest(name = "\"{0}\" is item \"{1}\" level {2}")
    @CsvSource(delimiter = ';', value = {
            "- Powers of the Congress   ; Powers of the Congress ; 1",
            "1. About the Congress      ; About the Congress     ; 1",
            "12. Budget                 ; Budget                 ; 1",
            "A. Organization            ; Organization           ; 1",
            "## Nested item             ; Nested item            ; 2",
            "##Nested                   ; Nested                 ; 2",
            "# Numbered as in MediaWiki ; Numbered as in MediaWiki ; 1",
            "### Deeper                 ; Deeper                 ; 2",
    })
    void listItems(String line, String text, int level) {
        Article a = parse("= T =\n\n== Structure ==\n" + line + "\n");
        assertEquals(List.of(new Block(Kind.HEADING, "Structure", 3, 2, List.of()),
                new Block(Kind.LIST_ITEM, text, 4, level, List.of())), a.blocks());
        assertNoProblems();
    }

    @Test
    void listItemsEndAParagraph() {
        Article a = parse("= T =\n\nIntro line.\n- item one\n1. item two\nA. item three\n## item four\nOutro.\n");
        assertEquals(List.of(
                new Block(Kind.PARAGRAPH, "Intro line.", 3, 0, List.of()),
                new Block(Kind.LIST_ITEM, "item one", 4, 1, List.of()),
                new Block(Kind.LIST_ITEM, "item two", 5, 1, List.of()),
                new Block(Kind.LIST_ITEM, "item three", 6, 1, List.of()),
                new Block(Kind.LIST_ITEM, "item four", 7, 2, List.of()),
                new Block(Kind.PARAGRAPH, "Outro.", 8, 0, List.of())), a.blocks());
    }

    @Test
    void aFootnoteLineIsAParagraphOfItsOwn() {
        Article a = parse("= T =\n\n== Notes ==\n^{1} The first note ends here.\n^{2} Second note.\nIt goes on.\n");
        assertEquals(List.of(
                new Block(Kind.HEADING, "Notes", 3, 2, List.of()),
                new Block(Kind.PARAGRAPH, "^{1} The first note ends here.", 4, 0, List.of()),
                new Block(Kind.PARAGRAPH, "^{2} Second note. It goes on.", 5, 0, List.of(18))), a.blocks());
    }

    @Test
    void emptyListItemIsDropped() {
        Article a = parse("= T =\n\n== L ==\n-\n- \n- real\n");
        assertEquals(List.of(new Block(Kind.HEADING, "L", 3, 2, List.of()),
                new Block(Kind.LIST_ITEM, "real", 6, 1, List.of())), a.blocks());
    }

    @Test
    void pipeTableRows() {
        Article a = parse("""
                = T =

                == Congresses ==
                | Congress | Date |
                |First|30 December 1922
                | Second |  | 1924 |
                """);
        assertEquals(List.of(
                new Block(Kind.HEADING, "Congresses", 3, 2, List.of()),
                new Block(Kind.TABLE_ROW, "Congress | Date", 4, 0, List.of()),
                new Block(Kind.TABLE_ROW, "First | 30 December 1922", 5, 0, List.of()),
                new Block(Kind.TABLE_ROW, "Second |  | 1924", 6, 0, List.of())), a.blocks());
        assertNoProblems();
    }

    // ---- line ends and encoding ----------------------------------------------------------------------------

    private static final String SAMPLE = "= T =|Infobox|- Members: 5||First line.|Second line.|== H ==|- item|";

    private void assertSample(Article a) {
        assertEquals(new Line("T", 1), a.title());
        assertEquals(List.of(new Field("Members", "5", 3)), a.infobox());
        assertEquals(List.of(
                new Block(Kind.PARAGRAPH, "First line. Second line.", 5, 0, List.of(12)),
                new Block(Kind.HEADING, "H", 7, 2, List.of()),
                new Block(Kind.LIST_ITEM, "item", 8, 1, List.of())), a.blocks());
        assertEquals(6, a.blocks().get(0).lineAt(12));
        assertNoProblems();
    }

    @Test
    void lfLineEnds() {
        assertSample(parse(SAMPLE.replace("|", "\n")));
    }

    @Test
    void crlfLineEnds() {
        Article a = parse(SAMPLE.replace("|", "\r\n"));
        assertSample(a);
        assertTrue(a.blocks().stream().noneMatch(b -> b.text().contains("\r")));
    }

    @Test
    void loneCrLineEnds() {
        assertSample(parse(SAMPLE.replace("|", "\r")));
    }

    @Test
    void utf8ByteOrderMark() {
        Article a = parseBytes(bytes(new int[] {0xEF, 0xBB, 0xBF}, SAMPLE.replace("|", "\n"))).orElseThrow();
        assertSample(a);
    }

    @Test
    void nonAsciiText() {
        Article a = parse("= Конституция =\n\nInfobox\n- Native Name: Конституция СССР\n");
        assertEquals("Конституция", a.title().text());
        assertEquals(List.of(new Field("Native Name", "Конституция СССР", 4)), a.infobox());
    }

    // ---- bad input ----------------------------------------------------------------------------------------------

    @Test
    void emptyFile() {
        assertEquals(Optional.empty(), parseBytes(new byte[0]));
        assertOneError("x.txt:1: empty file");
    }

    @Test
    void blankFile() {
        assertEquals(Optional.empty(), parseBytes(" \n\n\t\n".getBytes(StandardCharsets.UTF_8)));
        assertOneError("x.txt:1: ");
    }

    @Test
    void nulBytesAreBinary() {
        assertEquals(Optional.empty(), parseBytes(bytes("= T =\n\nText", new int[] {0, 1, 2}, "\n")));
        assertOneError("x.txt:3: binary content (NUL byte)");
    }

    @Test
    void nulByteAfterCrlfLines() {
        assertEquals(Optional.empty(), parseBytes(bytes("= T =\r\n\r\n\r\n", new int[] {0})));
        assertOneError("x.txt:4: binary content");
    }

    @Test
    void invalidUtf8NamesItsLine() {
        assertEquals(Optional.empty(), parseBytes(bytes("= T =\n\nBad ", new int[] {0xC3, 0x28}, " here\n")));
        assertOneError("x.txt:3: invalid UTF-8");
    }

    @Test
    void invalidUtf8AfterValidMultiByteText() {
        assertEquals(Optional.empty(), parseBytes(bytes("= Конституция =\nÄ\nok\n", new int[] {0xFF}, "\n")));
        assertOneError("x.txt:4: invalid UTF-8");
    }

    @Test
    void truncatedUtf8AtEndOfFile() {
        assertEquals(Optional.empty(), parseBytes(bytes("= T =\n\n", new int[] {0xE2, 0x80})));
        assertOneError("x.txt:3: ");
    }

    @Test
    void missingTitleNamesTheLine() {
        assertEquals(Optional.empty(), parseBytes("\n\nJust a paragraph.\n= T =\n".getBytes(StandardCharsets.UTF_8)));
        assertOneError("x.txt:3: expected a title line \"= Title =\", found \"Just a paragraph.\"");
    }

    @Test
    void headingIsNotATitle() {
        assertEquals(Optional.empty(), parseBytes("== Section ==\nText.\n".getBytes(StandardCharsets.UTF_8)));
        assertOneError("x.txt:1: expected a title line");
    }

    @Test
    void unreadableFileIsAProblem() {
        Optional<Article> a = new ArticleParser(problems::add).parse(Path.of("no-such-dir", "missing.txt"));
        assertEquals(Optional.empty(), a);
        assertOneError(Path.of("no-such-dir", "missing.txt") + ":1: cannot read file");
    }

    @Test
    void linesSplitAsTheLineBreakExpressionDoes() {
        for (String text : List.of("", "a", "\n", "\r", "\r\n", "\n\r", "a\nb", "a\r\nb\rc\n", "\n\na\r\r\n\n",
                "a\r\n\r\nb\r", " x \t\n\u2028y\u0085z")) {
            assertEquals(List.of(text.split("\r\n|\r|\n", -1)), List.of(ArticleParser.lines(text)), text);
        }
    }

    @Test
    void problemFormat() {
        assertEquals("a.txt:7: broken", Problem.error("a.txt", 7, "broken").toString());
        assertEquals("a.txt:7: warning: odd", Problem.warning("a.txt", 7, "odd").toString());
    }

    /** Items indented under a field are more items of its value (one list, as if written on one line). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "- Members: // __- Ivan Petrov // __- Olga Berg // - Formed: 1941#Members=Ivan Petrov, Olga Berg|Formed=1941",
        "- Members: Ivan Petrov // __- Olga Berg#Members=Ivan Petrov, Olga Berg",
        "- Houses: // ____- Upper: Senate // ____- Lower: Chamber#Houses=Upper: Senate, Lower: Chamber",
        "__- Name: Velmar Diet // __- Formed: 1848#Name=Velmar Diet|Formed=1848",
        "- Members: // ~- Ivan Petrov // ~- Olga Berg#Members=Ivan Petrov, Olga Berg",
        "- Formed: 1941 // - Notes: %LONG% // __- Olga Berg#Formed=1941",
    })
    void nestedItemsJoinTheirField(String infobox, String expected) {
        // ("_" a space of indentation, "~" a tab)
        String lines = infobox.replace("_", " ").replace("~", "\t").replace(" // ", "\n")
                .replace("%LONG%", "x".repeat(ArticleParser.MAX_FIELD)); // (a field too long: dropped, and its items)
        Article a = parse("= Velmar Diet =\n\nInfobox\n" + lines + "\n\nThe Velmar Diet was a made-up body.\n");
        problems.removeIf(p -> p.toString().contains("dropped") || p.toString().contains("infobox ends here"));
        assertNoProblems();
        List<String> got = a.infobox().stream().map(f -> f.key() + "=" + f.value()).toList();
        assertEquals(List.of(expected.split("\\|")), got);
        assertEquals(4, a.infobox().get(0).line(), "a joined value keeps its key's line");
    }

    /** A caption's second line is the "Native Name"; an infobox indented throughout adds nothing to it. */
    @Test
    void indentedInfoboxAfterATwoLineCaption() {
        Article a = parse("= Velmar Diet =\n\nVelmar Diet\nVelmarski sabor\n  - Formed: 1848\n  - Seats: 120\n\n"
                + "The Velmar Diet was a made-up body.\n");
        assertNoProblems();
        assertEquals(List.of("Native Name=Velmarski sabor", "Formed=1848", "Seats=120"),
                a.infobox().stream().map(f -> f.key() + "=" + f.value()).toList());
    }
}
