package org.constitutionkg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the processed plain-text rendering of an encyclopedia article.
 * <pre>
 *   Optional&lt;Article&gt; a = new ArticleParser(problems::add).parse(Path.of("seeds/x.txt"));
 * </pre>
 * Problems go to the sink as {@code FILE:LINE: message}; an article whose problems include an error is not returned.
 */
public final class ArticleParser {

    private static final Pattern TITLE = Pattern.compile("=\\s*([^=].*?)\\s*=", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("(={2,})\\s*(.*?)\\s*=*\\s*", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("-\\s*([^:]+?)\\s*:\\s*(.*)", Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("-(?:\\s+(.*))?", Pattern.DOTALL);
    /** "## item" (nested) and "# item" (a numbered list's item, as MediaWiki writes it). */
    private static final Pattern NESTED = Pattern.compile("(#+)\\s+(.*)|(#{2,})(.*)", Pattern.DOTALL);
    private static final Pattern ENUMERATED = Pattern.compile("(?:\\d{1,3}|[A-Z])\\.\\s+(?![A-Z]\\.)(.*)", Pattern.DOTALL);

    /** Longer titles are not titles (a paragraph or a blob after "= "). */
    static final int MAX_TITLE = 300;
    /** Longer infobox values are not values anyone reads in an infobox; they are reported and dropped. */
    static final int MAX_FIELD = 2000;

    private final Consumer<Problem> problems;

    public ArticleParser(Consumer<Problem> problems) {
        this.problems = problems;
    }

    /** Reads and parses one file; I/O failures are reported as problems too. */
    public Optional<Article> parse(Path path) {
        String name = path.toString();
        try {
            return parse(name, Files.readAllBytes(path));
        } catch (IOException e) {
            problems.accept(Problem.error(name, 1, "cannot read file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Parses the bytes of one article; {@code file} names it in messages. */
    public Optional<Article> parse(String file, byte[] bytes) {
        Optional<String> text = decode(file, bytes);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return new Reader(file, lines(text.get())).read();
    }

    /**
     * The lines of a text, split at "\r\n", "\r" or "\n" (what {@code split("\r\n|\r|\n", -1)} gives, without an
     * expression: a text is mostly characters that are no line break).
     */
    static String[] lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out.toArray(String[]::new);
    }

    private Optional<String> decode(String file, byte[] bytes) {
        if (bytes.length == 0) {
            problems.accept(Problem.error(file, 1, "empty file, expected an article starting with \"= Title =\""));
            return Optional.empty();
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            problems.accept(Problem.error(file, lineOfByte(bytes, nul),
                    "binary content (NUL byte), not a text article"));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String s = decoder.decode(in).toString();
            return Optional.of(s.startsWith("\uFEFF") ? s.substring(1) : s);
        } catch (MalformedInputException e) {
            problems.accept(Problem.error(file, lineOfByte(bytes, in.position()),
                    "invalid UTF-8 byte sequence; articles must be UTF-8 text"));
        } catch (CharacterCodingException e) {
            problems.accept(Problem.error(file, 1, "cannot decode as UTF-8: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Line-by-line state of one parse. */
    private final class Reader {
        private final String file;
        private final String[] lines;
        private int i;
        private final List<Article.Field> fields = new ArrayList<>();
        private final List<Article.Block> blocks = new ArrayList<>();

        Reader(String file, String[] lines) {
            this.file = file;
            this.lines = lines;
        }

        Optional<Article> read() {
            skipBlank();
            if (i >= lines.length) {
                problems.accept(Problem.error(file, 1, "file has no text, expected an article starting with \"= Title =\""));
                return Optional.empty();
            }
            Matcher t = TITLE.matcher(lines[i].strip());
            if (!t.matches()) {
                problems.accept(Problem.error(file, i + 1, "expected a title line \"= Title =\", found \""
                        + abbreviate(lines[i].strip()) + "\""));
                return Optional.empty();
            }
            if (t.group(1).length() > MAX_TITLE) {
                problems.accept(Problem.error(file, i + 1, "title of " + t.group(1).length() + " characters (more than "
                        + MAX_TITLE + "): \"" + abbreviate(t.group(1)) + "\""));
                return Optional.empty();
            }
            Article.Line title = new Article.Line(t.group(1), i + 1);
            i++;
            Article.Line caption = readInfoboxStart();
            if (caption != null || fields.size() > 0 || infoboxWord) {
                readFields();
            }
            readBody();
            return Optional.of(new Article(file, idOf(file), title, caption, List.copyOf(fields), List.copyOf(blocks)));
        }

        private boolean infoboxWord;

        private Article.Line readInfoboxStart() {
            skipBlank();
            if (i >= lines.length) {
                return null;
            }
            String s = lines[i].strip();
            // "Infobox", or a template's name "Infobox legislature": the infobox begins, and names nothing
            if (s.equalsIgnoreCase("Infobox") || s.regionMatches(true, 0, "Infobox ", 0, 8)
                    && i + 1 < lines.length && FIELD.matcher(lines[i + 1].strip()).matches()) {
                infoboxWord = true;
                i++;
                return null;
            }
            boolean nextIsField = i + 1 < lines.length && FIELD.matcher(lines[i + 1].strip()).matches();
            boolean nameLike = s.length() <= 200 && !s.endsWith(".");
            if (nextIsField && nameLike && !s.startsWith("-") && !s.startsWith("=") && !s.startsWith("|")) {
                i++;
                return new Article.Line(s, i);
            }
            // a caption of two lines, the name and the name in the state's language ("Savezna skupstina"): the second
            // is read as the infobox's "Native Name"
            String second = i + 1 < lines.length ? lines[i + 1].strip() : "";
            if (nameLike && i + 2 < lines.length && FIELD.matcher(lines[i + 2].strip()).matches()
                    && !s.isEmpty() && !second.isEmpty() && second.length() <= 120 && !second.endsWith(".")
                    && !FIELD.matcher(second).matches() && "-=|".indexOf(s.charAt(0)) < 0
                    && "-=|".indexOf(second.charAt(0)) < 0) {
                fields.add(new Article.Field("Native Name", second, i + 2));
                i += 2;
                return new Article.Line(s, i - 1);
            }
            return null;
        }

        private void readFields() {
            int fieldIndent = 0;
            int last = -1; // the field this loop read last (not a caption's "Native Name"; none after a dropped one)
            for (; i < lines.length; i++) {
                String s = lines[i].strip();
                if (s.isEmpty()) {
                    return;
                }
                int indent = lines[i].indexOf(s);
                Matcher f = FIELD.matcher(s);
                if (s.startsWith("-") && indent > fieldIndent && last >= 0) {
                    // an item nested under the field before ("- Members:" then "  - A", "  - B"; "- Houses:" then
                    // "  - Upper: A"): one more item of that field's value, as the same list written on one line
                    Article.Field field = fields.get(last);
                    String item = s.substring(1).strip();
                    String value = field.value().isEmpty() ? item : field.value() + ", " + item;
                    if (value.length() > MAX_FIELD) {
                        problems.accept(Problem.warning(file, i + 1, "infobox field of more than " + MAX_FIELD
                                + " characters: nested item dropped: \"" + abbreviate(s) + "\""));
                    } else if (!item.isEmpty()) {
                        fields.set(last, new Article.Field(field.key(), value, field.line()));
                    }
                    continue;
                }
                fieldIndent = indent;
                if (f.matches() && s.length() > MAX_FIELD) {
                    problems.accept(Problem.warning(file, i + 1, "infobox field of " + s.length()
                            + " characters (more than " + MAX_FIELD + ") dropped: \"" + abbreviate(s) + "\""));
                    last = -1;
                } else if (f.matches()) {
                    fields.add(new Article.Field(f.group(1), f.group(2).strip(), i + 1));
                    last = fields.size() - 1;
                } else {
                    if (s.startsWith("-")) {
                        problems.accept(Problem.warning(file, i + 1, "infobox line without \"- Key: Value\": \""
                                + abbreviate(s) + "\"; the infobox ends here and the line is read as body text"));
                    }
                    return;
                }
            }
        }

        private void readBody() {
            StringBuilder para = null;
            int paraLine = 0;
            List<Integer> starts = new ArrayList<>();
            for (; i < lines.length; i++) {
                String s = lines[i].strip();
                boolean paragraphLine = !s.isEmpty() && !structural(s);
                if ((!paragraphLine || FOOTNOTE_LINE.matcher(s).lookingAt()) && para != null) {
                    // (a footnote's line, "^{2} Social Democratic Party.", is a paragraph of its own: its text never
                    // runs on from the note before)
                    blocks.add(new Article.Block(Article.Kind.PARAGRAPH, para.toString(), paraLine, 0, List.copyOf(starts)));
                    para = null;
                }
                if (s.isEmpty()) {
                    continue;
                }
                if (paragraphLine) {
                    if (para == null) {
                        para = new StringBuilder(s);
                        paraLine = i + 1;
                        starts.clear();
                    } else {
                        para.append(' ');
                        starts.add(para.length());
                        para.append(s);
                    }
                } else {
                    structuralLine(s, i + 1, Character.isWhitespace(lines[i].charAt(0)));
                }
            }
            if (para != null) {
                blocks.add(new Article.Block(Article.Kind.PARAGRAPH, para.toString(), paraLine, 0, List.copyOf(starts)));
            }
        }

        /** A line that opens with a footnote's mark: "^{2} ...", "^{a} ...". */
        private static final java.util.regex.Pattern FOOTNOTE_LINE = java.util.regex.Pattern.compile("\\^\\{[^}]{1,4}\\}\\s");

        private boolean structural(String s) {
            return s.startsWith("==") || s.startsWith("|") || BULLET.matcher(s).matches()
                    || NESTED.matcher(s).matches() || ENUMERATED.matcher(s).matches();
        }

        /** A line of structure; an indented bullet ("  - x") is nested under the item before it, as "## x" is. */
        private void structuralLine(String s, int line, boolean indented) {
            Matcher m;
            if ((m = HEADING.matcher(s)).matches()) {
                if (m.group(2).isEmpty()) {
                    problems.accept(Problem.warning(file, line, "heading without a title"));
                } else {
                    blocks.add(new Article.Block(Article.Kind.HEADING, m.group(2), line, m.group(1).length(), List.of()));
                }
            } else if (s.startsWith("|")) {
                blocks.add(new Article.Block(Article.Kind.TABLE_ROW, tableCells(s), line, 0, List.of()));
            } else if ((m = NESTED.matcher(s)).matches()) {
                String marks = m.group(1) != null ? m.group(1) : m.group(3);
                item(m.group(1) != null ? m.group(2) : m.group(4), line, marks.length() > 1 ? 2 : 1);
            } else if ((m = BULLET.matcher(s)).matches()) {
                item(m.group(1), line, indented ? 2 : 1);
            } else if ((m = ENUMERATED.matcher(s)).matches()) {
                item(m.group(1), line, 1);
            }
        }

        private void item(String text, int line, int level) {
            if (text != null && !text.isBlank()) {
                blocks.add(new Article.Block(Article.Kind.LIST_ITEM, text.strip(), line, level, List.of()));
            }
        }

        private void skipBlank() {
            while (i < lines.length && lines[i].isBlank()) {
                i++;
            }
        }
    }

    private static String tableCells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String c : inner.split("\\|", -1)) {
            cells.add(c.strip());
        }
        return String.join(" | ", cells);
    }

    static String idOf(String file) {
        String base = Path.of(file).getFileName().toString();
        return base.endsWith(".txt") ? base.substring(0, base.length() - 4) : base;
    }

    static String abbreviate(String s) {
        return Problem.excerpt(s);
    }
}
