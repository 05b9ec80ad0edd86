package org.constitutionkg.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Wikidata links file ({@code links/wikidata.tsv}, on the classpath as {@value #RESOURCE}): curated rows copied
 * from the shared identifier table and reviewed, and rows the reconciler accepted. One row per line, tab-separated,
 * columns {@link #COLUMNS}; {@code #} lines and blank lines are ignored. The file's own comment explains every column.
 * <p>The table keeps the file's lines as they are, so that appending reconciled rows leaves every other byte alone.
 */
public final class LinksTable {

    /** Path of the links file relative to the project root (also the default of {@code ckg link --links}). */
    public static final String PATH = "links/wikidata.tsv";
    /** Classpath resource under which the build places the links file. */
    public static final String RESOURCE = "/links/wikidata.tsv";
    /** The file name, as the provenance names it. */
    public static final String FILE_NAME = "wikidata.tsv";

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("label", "qid", "status", "link", "class", "match", "origin",
            "score", "date", "evidence", "note");

    public static final String CURATED = "curated";
    public static final String RECONCILED = "reconciled";

    /** Link kinds of the {@code link} column. */
    public enum Kind {
        EXACT, CLOSE, BROAD, CLASS;

        static Kind parse(String s) {
            for (Kind k : values()) {
                if (k.name().equalsIgnoreCase(s)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One row.
     *
     * @param line     1-based line number in the file
     * @param text     the line as it is in the file
     * @param label    the name the row is about
     * @param qid      Wikidata item id, {@code Qnnn}
     * @param status   verified, verified-one-source, likely, reconciled
     * @param kind     exact, close, broad, class
     * @param cls      local name of the ckg: class an entity must have (may be empty for class rows)
     * @param match    how the row finds entities (see the file's comment)
     * @param origin   curated or reconciled
     * @param score    reconciled rows: the score; else empty
     * @param date     reconciled rows: the day; else empty
     * @param evidence why the row is believed
     * @param note     free note
     */
    public record Row(int line, String text, String label, String qid, String status, Kind kind, String cls,
            String match, String origin, String score, String date, String evidence, String note) {

        public boolean isCurated() {
            return CURATED.equals(origin);
        }

        public boolean isReconciled() {
            return RECONCILED.equals(origin);
        }

        /** The row as one TSV line (no line break); tabs and line breaks inside values become spaces. */
        public String toLine() {
            return String.join("\t", clean(label), clean(qid), clean(status), kind.name().toLowerCase(Locale.ROOT),
                    clean(cls), clean(match), clean(origin), clean(score), clean(date), clean(evidence), clean(note));
        }

        private static String clean(String s) {
            return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").strip();
        }
    }

    private final String source;
    private final List<String> lines;
    private final List<Row> rows;

    private LinksTable(String source, List<String> lines, List<Row> rows) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.rows = List.copyOf(rows);
    }

    /** The built-in links file (classpath {@value #RESOURCE}). */
    public static LinksTable builtIn() {
        try (InputStream in = LinksTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource " + RESOURCE + " not found; the build must copy "
                        + PATH + " onto the classpath");
            }
            return parse(PATH, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a links file. */
    public static LinksTable read(Path file) throws IOException {
        return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Parses the text of a links file; {@code source} names it in messages.
     *
     * @throws IllegalArgumentException on a malformed row, naming {@code source:line}
     */
    public static LinksTable parse(String source, String text) {
        List<String> lines = text.lines().toList();
        List<Row> rows = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t", -1);
            if (!header) {
                if (!List.of(f).equals(COLUMNS)) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected the header line "
                            + String.join(" ", COLUMNS));
                }
                header = true;
                continue;
            }
            if (f.length != COLUMNS.size()) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": expected " + COLUMNS.size()
                        + " tab-separated columns, found " + f.length);
            }
            Kind kind = Kind.parse(f[3].strip());
            if (kind == null) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": bad link '" + f[3]
                        + "': expected exact, close, broad or class");
            }
            if (!f[1].strip().matches("Q[1-9][0-9]*")) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": bad qid '" + f[1] + "'");
            }
            String origin = f[6].strip();
            if (!origin.equals(CURATED) && !origin.equals(RECONCILED)) {
                throw new IllegalArgumentException(source + ":" + (i + 1) + ": bad origin '" + origin
                        + "': expected curated or reconciled");
            }
            rows.add(new Row(i + 1, l, f[0].strip(), f[1].strip(), f[2].strip(), kind, f[4].strip(), f[5].strip(),
                    origin, f[7].strip(), f[8].strip(), f[9].strip(), f[10].strip()));
        }
        if (!header) {
            throw new IllegalArgumentException(source + ":1: no header line");
        }
        return new LinksTable(source, lines, rows);
    }

    /** Where the table was read from. */
    public String source() {
        return source;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The text of the table with {@code added} rows appended after the existing lines (which are kept as they are). */
    public String textWith(List<Row> added) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            sb.append(l).append('\n');
        }
        for (Row r : added) {
            sb.append(r.toLine()).append('\n');
        }
        return sb.toString();
    }

    /** The table with {@code added} rows appended (line numbers assigned as they will be in the file). */
    public LinksTable with(List<Row> added) {
        return parse(source, textWith(added));
    }
}
