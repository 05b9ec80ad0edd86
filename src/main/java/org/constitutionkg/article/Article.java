package org.constitutionkg.article;

import java.util.List;

/**
 * An encyclopedia article as read from its text file: title, optional infobox and body blocks, each with its line.
 *
 * @param file     the file name as given (used in messages and provenance)
 * @param id       a stable identifier derived from the file name (no extension)
 * @param title    the title from the {@code = Title =} line
 * @param caption  the infobox caption line (a name of the subject), or null when the infobox starts with "Infobox"
 *                 or there is none
 * @param infobox  the {@code - Key: Value} fields, in order
 * @param blocks   headings, paragraphs, list items and table rows, in order
 */
public record Article(String file, String id, Line title, Line caption, List<Field> infobox, List<Block> blocks) {

    /** A piece of text with the 1-based line it starts on. */
    public record Line(String text, int line) { }

    /** One infobox field. {@code key} is as written, e.g. "Preceding1". */
    public record Field(String key, String value, int line) { }

    /** What a block is. */
    public enum Kind { HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW }

    /** The first paragraph of the body (the lead's), if any; a walk over the blocks, so callers that ask often keep it. */
    public java.util.Optional<Block> firstParagraph() {
        return blocks.stream().filter(b -> b.kind() == Kind.PARAGRAPH).findFirst();
    }

    /**
     * A body block.
     *
     * @param kind    what it is
     * @param text    its text without markup (heading without '=', item without its marker, row cells joined by " | ")
     * @param line    the line it starts on
     * @param level   heading level (2 for "== x =="), list nesting level (1 for "- x", 2 for "## x"), else 0
     * @param lineStarts offsets in {@code text} where each following source line begins (paragraphs that span lines)
     */
    public record Block(Kind kind, String text, int line, int level, List<Integer> lineStarts) {

        /** The source line of a character offset in {@link #text()}. */
        public int lineAt(int offset) {
            int l = line;
            for (int start : lineStarts) {
                if (offset >= start) {
                    l++;
                }
            }
            return l;
        }
    }
}
