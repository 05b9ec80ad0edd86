package org.constitutionkg.dump;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;

/**
 * A streaming JSON-LD 1.1 writer for an in-memory graph, in place of Jena's compacting writer:
 * <pre>
 *   JsonLd.write(graph, out);   // {"@context": {the graph's prefixes}, "@graph": [one node object per subject]}
 * </pre>
 * The output is the same for the same triples and prefixes (and blank nodes): IRI subjects sorted, then blank nodes
 * (labelled {@code _:b0}, {@code _:b1}... in the order they are first written); {@code @type} first, then the
 * properties by IRI, each with its values sorted. IRIs are compact ({@code ckg:Session}) where that reads back as the same IRI;
 * {@code xsd:string} literals are JSON strings, other literals keep their lexical form exactly. Each node object is
 * built in a small buffer and streamed, one property (or value, when there are several) a line.
 */
public final class JsonLd {

    private static final Node TYPE = RDF.type.asNode();
    /** IRI characters (besides letters and digits) a compact IRI's local part may hold. */
    private static final String SAFE = "-._~!$&'()*+,;=:@/%";
    /** Values (and subjects, graph names) sorted: IRIs, blank nodes, then literals, each by their string. */
    static final Comparator<Node> VALUES = Comparator.comparingInt(JsonLd::kind)
            .thenComparing(JsonLd::key)
            .thenComparing(n -> n.isLiteral() ? n.getLiteralDatatypeURI() : "")
            .thenComparing(n -> n.isLiteral() ? n.getLiteralLanguage() : "");
    /** A subject's triples sorted: {@code rdf:type} first, then by predicate and value. */
    static final Comparator<Triple> PROPERTIES = Comparator.comparing((Triple t) -> !t.predicateMatches(TYPE))
            .thenComparing(t -> t.getPredicate().getURI())
            .thenComparing(Triple::getObject, VALUES);

    private final Graph graph;
    private final Writer out;
    /** Prefix name to namespace, for the prefixes that can start a compact IRI. */
    private final Map<String, String> prefixes = new TreeMap<>();
    private final Map<Node, String> blankLabels = new HashMap<>();
    private final List<Node> blanks = new ArrayList<>();
    private final StringBuilder b = new StringBuilder();
    private int written;

    private JsonLd(Graph graph, Writer out) {
        this.graph = graph;
        this.out = out;
        graph.getPrefixMapping().getNsPrefixMap().forEach((name, ns) -> {
            if (!name.isEmpty() && !name.equals("_") && !ns.isEmpty()
                    && ":/?#[]@".indexOf(ns.charAt(ns.length() - 1)) >= 0) {
                prefixes.put(name, ns);
            }
        });
    }

    /**
     * Writes {@code graph} as one JSON-LD document to {@code out} (flushed, not closed). Fails on an IRI that no
     * JSON-LD reader would read back: one that reads as a compact IRI or blank node ({@code id:x}, {@code _:x}).
     */
    public static void write(Graph graph, OutputStream out) {
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            new JsonLd(graph, w).document();
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void document() throws IOException {
        b.append("{\n  \"@context\": {");
        String sep = "\n    ";
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            b.append(sep);
            string(p.getKey()).append(": ");
            string(p.getValue());
            sep = ",\n    ";
        }
        b.append("\n  },\n  \"@graph\": [");
        Map<Boolean, List<Node>> subjects = graph.stream().map(Triple::getSubject).distinct()
                .collect(Collectors.partitioningBy(Node::isURI));
        subjects.get(true).sort(Comparator.comparing(Node::getURI));
        for (Node s : subjects.get(true)) {
            node(s);
        }
        blankNodes(subjects.get(false));
        b.append("\n  ]\n}\n");
        flush();
    }

    /**
     * The blank node subjects, in the order of their labels: first those the IRI subjects refer to, then each of the
     * others (in the order of Jena's labels: fixed for one graph, not for a copy of it) and those it refers to.
     */
    private void blankNodes(List<Node> subjects) throws IOException {
        Set<Node> isSubject = new HashSet<>(subjects);
        subjects.sort(Comparator.comparing(Node::getBlankNodeLabel));
        int next = 0;
        for (Node s : subjects) {
            blankLabel(s);
            for (; next < blanks.size(); next++) {
                if (isSubject.contains(blanks.get(next))) {
                    node(blanks.get(next));
                }
            }
        }
    }

    private void node(Node s) throws IOException {
        b.append(written++ == 0 ? "\n    {\n      \"@id\": " : ",\n    {\n      \"@id\": ");
        id(s);
        List<Triple> ts = graph.find(s, Node.ANY, Node.ANY).toList();
        ts.sort(PROPERTIES);
        for (int i = 0, j; i < ts.size(); i = j) {
            Node p = ts.get(i).getPredicate();
            for (j = i + 1; j < ts.size() && ts.get(j).predicateMatches(p); j++) {
            }
            property(p, ts.subList(i, j));
        }
        b.append("\n    }");
        flush();
    }

    private void property(Node p, List<Triple> ts) {
        boolean types = p.equals(TYPE) && ts.stream().allMatch(t -> t.getObject().isURI());
        b.append(",\n      ");
        string(types ? "@type" : iri(p.getURI())).append(": ");
        b.append(ts.size() > 1 ? "[\n        " : "");
        for (int i = 0; i < ts.size(); i++) {
            b.append(i > 0 ? ",\n        " : "");
            Node o = ts.get(i).getObject();
            if (types) {
                string(iri(o.getURI()));
            } else {
                value(o);
            }
        }
        b.append(ts.size() > 1 ? "\n      ]" : "");
    }

    private void value(Node o) {
        if (!o.isLiteral()) {
            b.append("{\"@id\": ");
            id(o);
            b.append('}');
        } else if (!o.getLiteralLanguage().isEmpty()) {
            b.append("{\"@value\": ");
            string(o.getLiteralLexicalForm()).append(", \"@language\": ");
            string(o.getLiteralLanguage()).append('}');
        } else if (o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
            string(o.getLiteralLexicalForm());
        } else {
            b.append("{\"@value\": ");
            string(o.getLiteralLexicalForm()).append(", \"@type\": ");
            string(iri(o.getLiteralDatatypeURI())).append('}');
        }
    }

    private void id(Node n) {
        if (n.isURI()) {
            string(iri(n.getURI()));
        } else if (n.isBlank()) {
            string(blankLabel(n));
        } else {
            throw new IllegalArgumentException("JSON-LD has no subject or object like " + n);
        }
    }

    private String blankLabel(Node n) {
        return blankLabels.computeIfAbsent(n, x -> {
            blanks.add(x);
            return "_:b" + (blanks.size() - 1);
        });
    }

    /** {@code iri} as a compact IRI (with the longest namespace that allows one), else in full. */
    private String iri(String iri) {
        String best = null;
        int length = 0;
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String ns = p.getValue();
            if (ns.length() > length && iri.startsWith(ns) && safeLocal(iri, ns.length())) {
                best = p.getKey();
                length = ns.length();
            }
        }
        if (best != null) {
            return best + ":" + iri.substring(length);
        }
        int colon = iri.indexOf(':');
        String scheme = colon < 0 ? "" : iri.substring(0, colon);
        if ((scheme.equals("_") || prefixes.containsKey(scheme)) && !iri.startsWith("//", colon + 1)) {
            throw new IllegalArgumentException("<" + iri + "> would read back in JSON-LD as a compact IRI");
        }
        return iri;
    }

    /** Whether {@code iri} from {@code start} on may follow a prefix: not empty, no {@code //} first, IRI-safe. */
    private static boolean safeLocal(String iri, int start) {
        if (start == iri.length() || iri.startsWith("//", start)) {
            return false;
        }
        for (int i = start, c; i < iri.length(); i += Character.charCount(c)) {
            c = iri.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && (c >= 0x80 || SAFE.indexOf(c) < 0)) {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code s} as a JSON string: UTF-8 as is, control characters and lone surrogates escaped. */
    private StringBuilder string(String s) {
        return appendString(b, s);
    }

    /** Appends {@code s} to {@code b} as a JSON string: UTF-8 as is, control characters and lone surrogates escaped. */
    public static StringBuilder appendString(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c)) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    private void flush() throws IOException {
        out.append(b);
        b.setLength(0);
    }

    private static int kind(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : 2;
    }

    private static String key(Node n) {
        return n.isURI() ? n.getURI() : n.isBlank() ? n.getBlankNodeLabel() : n.getLiteralLexicalForm();
    }
}
