package org.constitutionkg.dump;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.constitutionkg.dump.TriGPieces.Part;

/**
 * The text of a piece of a TriG file ({@link TriGPieces}), one subject a block:
 * <pre>
 *   &lt;graph&gt; {
 *       subject
 *               predicate  object;
 *               rdf:type   ckg:A, ckg:B .
 *   }
 * </pre>
 * Nodes are written by Jena's Turtle node formatter with the dump prefixes (prefixed names where they read back as
 * the same IRI, literals escaped, blank nodes labelled from their own label, so alike in every piece).
 */
final class TriGBlock {

    private static final String SUBJECT = "    ";
    private static final String PREDICATE = "            ";
    /** Bytes of text a triple takes, at most for most: what a piece's buffer starts with. */
    private static final int BYTES_PER_TRIPLE = 96;

    private final Utf8Text text;
    private final NodeFormatter nodes;
    /** Predicates and IRI objects, formatted: most recur (classes, the article, the entities facts are about). */
    private final Map<Node, String> iris = new HashMap<>();

    private TriGBlock(Map<String, String> prefixes, long triples) {
        text = new Utf8Text((int) Math.min(triples * BYTES_PER_TRIPLE + 1024, 1 << 26));
        nodes = new NodeFormatterTTL(null, PrefixMapFactory.createForOutput(prefixes));
    }

    /** The {@code PREFIX} lines of the dump. */
    static Utf8Text prefixes(Map<String, String> prefixes) {
        Utf8Text b = new Utf8Text(1024);
        NodeFormatter iris = new NodeFormatterNT();
        prefixes.forEach((name, ns) -> {
            b.print("PREFIX " + name + ": ");
            iris.formatURI(b, ns);
            b.print('\n');
        });
        return b;
    }

    /** The TriG text of a piece. */
    static Utf8Text text(Map<String, String> prefixes, List<Part> parts) {
        TriGBlock block = new TriGBlock(prefixes, parts.stream().mapToLong(p -> p.triples().size()).sum());
        parts.forEach(block::part);
        return block.text;
    }

    private void part(Part p) {
        if (p.opens()) {
            text.print('\n');
            nodes.format(text, p.graphName());
            text.print(" {\n");
        }
        List<Triple> ts = p.triples();
        List<Triple> run = new ArrayList<>();
        for (int i = 0; i < ts.size(); i++) {
            run.add(ts.get(i));
            if (i + 1 == ts.size() || !ts.get(i + 1).subjectMatches(ts.get(i).getSubject())) {
                subject(run);
                run.clear();
            }
        }
        if (p.closes()) {
            text.print("}\n");
        }
    }

    /** Triples of one subject (sorted here), as a block of predicate-object lists. */
    private void subject(List<Triple> ts) {
        ts.sort(JsonLd.PROPERTIES);
        text.print(SUBJECT);
        nodes.format(text, ts.get(0).getSubject());
        int width = 0;
        for (Triple t : ts) {
            width = Math.max(width, iri(t.getPredicate()).length());
        }
        for (int i = 0; i < ts.size(); i++) {
            Node p = ts.get(i).getPredicate();
            if (i > 0 && ts.get(i - 1).predicateMatches(p)) {
                text.print(", ");
            } else {
                String name = iri(p);
                text.print(i == 0 ? "\n" : ";\n");
                text.print(PREDICATE);
                text.print(name);
                for (int pad = name.length(); pad < width + 2; pad++) {
                    text.print(' ');
                }
            }
            object(ts.get(i).getObject());
        }
        text.print(" .\n");
    }

    private void object(Node o) {
        if (o.isURI()) {
            text.print(iri(o));
        } else {
            nodes.format(text, o);
        }
    }

    private String iri(Node p) {
        return iris.computeIfAbsent(p, x -> {
            Utf8Text b = new Utf8Text(64);
            nodes.format(b, x);
            return new String(b.bytes(), 0, b.length(), StandardCharsets.UTF_8);
        });
    }
}
