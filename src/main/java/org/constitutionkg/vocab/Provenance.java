package org.constitutionkg.vocab;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;

/**
 * Reading the provenance of facts: each fact is an {@code rdf:Statement} (subject, predicate, object) with its
 * {@code ckg:sourceArticle}, {@code ckg:sourceLine} and {@code ckg:sourceText}, and, in the withheld facts, the
 * shape that held it back ({@code ckg:withheldBy}). The one reader of that shape: the resource pages and
 * descriptions, the quality page and the SHACL report printer all go through it.
 * <pre>
 *   for (Provenance.Statement st : Provenance.about(provenanceGraph, resource, Node.ANY, Node.ANY)) {
 *       st.source().line();   // "12"
 *   }
 * </pre>
 */
public final class Provenance {

    private Provenance() {
    }

    /**
     * Where a fact was read: the article resource (null when not recorded), the line ({@code ""} when not
     * recorded), the text that states it ({@code ""}), and the shape that withheld it (null for a published fact).
     */
    public record Source(Node article, String line, String text, Node withheldBy) {

        /** Whether anything of the source is recorded. */
        public boolean known() {
            return article != null || !line.isEmpty();
        }
    }

    /** A statement of the graph: the fact it is about (parts may be null if the graph lacks them) and its source. */
    public record Statement(Node node, Node s, Node p, Node o, Source source) {

        /** The fact, or null when a part is missing. */
        public Triple fact() {
            return s == null || p == null || o == null ? null : Triple.create(s, p, o);
        }
    }

    /** One object of (s, p) in {@code g}, or null: for the properties that have at most one. */
    public static Node one(Graph g, Node s, Node p) {
        Iterator<Triple> it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    /** The statement {@code st} of {@code g}. */
    public static Statement read(Graph g, Node st) {
        Node line = one(g, st, CKG.sourceLine.asNode());
        Node text = one(g, st, CKG.sourceText.asNode());
        Source source = new Source(one(g, st, CKG.sourceArticle.asNode()),
                line == null || !line.isLiteral() ? "" : line.getLiteralLexicalForm(),
                text == null || !text.isLiteral() ? "" : text.getLiteralLexicalForm(),
                one(g, st, CKG.withheldBy.asNode()));
        return new Statement(st, one(g, st, RDF.subject.asNode()), one(g, st, RDF.predicate.asNode()),
                one(g, st, RDF.object.asNode()), source);
    }

    /** Every statement of {@code g} (those typed {@code rdf:Statement}), in the graph's order. */
    public static List<Statement> all(Graph g) {
        List<Statement> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), RDF.Statement.asNode())
                .forEachRemaining(t -> out.add(read(g, t.getSubject())));
        return out;
    }

    /**
     * The statements of {@code g} about the fact (s, p, o); any part may be {@link Node#ANY}, but not all three.
     * With a subject, the statements of that subject; else those of that object.
     */
    public static List<Statement> about(Graph g, Node s, Node p, Node o) {
        List<Node> candidates = (s != Node.ANY ? g.find(Node.ANY, RDF.subject.asNode(), s)
                : g.find(Node.ANY, RDF.object.asNode(), o)).mapWith(Triple::getSubject).toList();
        List<Statement> out = new ArrayList<>();
        for (Node st : candidates) {
            if ((p == Node.ANY || g.contains(st, RDF.predicate.asNode(), p))
                    && (o == Node.ANY || g.contains(st, RDF.object.asNode(), o))) {
                out.add(read(g, st));
            }
        }
        return out;
    }

    /** A source line as a number to order by: a line not recorded ("" or "?") comes last. */
    public static int lineNumber(String line) {
        try {
            return Integer.parseInt(line);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The file an article resource was read from ({@code ckg:fileName}), or null. */
    public static String fileName(Graph g, Node article) {
        Node file = article == null ? null : one(g, article, CKG.fileName.asNode());
        return file != null && file.isLiteral() ? file.getLiteralLexicalForm() : null;
    }
}
