package org.constitutionkg.extract.frames;

/**
 * Something a clause speaks of: a name found in the text, a pronoun ("it"), a definite description ("the
 * council"), or the common noun phrase of an electorate ("universal male suffrage"), by its characters in the
 * sentence. A pronoun or description is resolved by the discourse (the
 * article's or the section's subject), a name by entity resolution.
 *
 * @param start first character
 * @param end   character after the last
 * @param kind  what it is
 * @param text  its words as written
 */
public record Mention(int start, int end, Kind kind, String text) {

    /** The kinds of mention. */
    public enum Kind { NAME, PRONOUN, DESCRIPTION, ELECTORATE }

    /** Whether this is an indefinite description ("a new charter"). */
    public boolean indefinite() {
        return kind == Kind.DESCRIPTION && text.matches("(?i)an? .*");
    }
}
