package org.constitutionkg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.constitutionkg.dump.Dumps;

/**
 * The query catalog: the {@code *.rq} files of {@code queries/}. A file's name is its question
 * ({@code which-constitution-was-in-force-in-a-given-year.rq}); its leading {@code #} comment says what it answers.
 * Header lines with a keyword are read too:
 * <pre>
 *   # param: year = 1930                     a parameter ?year and its default value
 *   # expect: rows >= 1                      what the query gives on the seed graph (checked by the tests)
 *   # expect: contains "Supreme Soviet"      a value some row must hold (its label or IRI text)
 *   # expect [year=1940]: contains "1936"    the same, for other parameter values
 * </pre>
 * A parameter value is written like a SPARQL term ({@code 1930}, {@code "text"}, {@code <iri>}, {@code id:Name},
 * {@code "1924-01-31"^^xsd:date}); a bare word is a plain string. The value replaces the variable everywhere in
 * the query, as if it had been written there (Jena's {@link QueryTransformOps#transform(Query, Map)}).
 */
public final class Catalog {

    private static final Pattern PARAM = Pattern.compile("^#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");
    private static final Pattern EXPECT =
            Pattern.compile("^#\\s*expect(?:\\s*\\[([^\\]]*)\\])?:\\s*(.*?)\\s*$");

    /** One catalog query. */
    public record Entry(String name, Path file, String text, String description, Map<String, String> params,
            List<Expectation> expectations) {

        /** The question: the file name with dashes as spaces, first letter capitalised, and a question mark. */
        public String question() {
            String s = name.replace('-', ' ');
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1)
                    + (s.matches("^(which|what|who|where|when|how|does|is|are)\\b.*") ? "?" : "");
        }
    }

    /** One {@code # expect} line: the parameter values it is for and the check. */
    public record Expectation(Map<String, String> params, String check) {
    }

    private final List<Entry> entries;

    private Catalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** An empty catalog. */
    public static Catalog empty() {
        return new Catalog(List.of());
    }

    /** Reads every {@code *.rq} file of {@code dir} in name order (empty if the folder does not exist). */
    public static Catalog load(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return empty();
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(read(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Catalog(out);
    }

    /** Reads one query file. */
    public static Entry read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fn = file.getFileName().toString();
        String name = fn.endsWith(".rq") ? fn.substring(0, fn.length() - 3) : fn;
        StringBuilder description = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        List<Expectation> expects = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                if (t.isEmpty()) {
                    continue;
                }
                break; // the header ends at the first line of SPARQL
            }
            Matcher m = PARAM.matcher(t);
            Matcher e = EXPECT.matcher(t);
            if (m.matches()) {
                params.put(m.group(1), m.group(2));
            } else if (e.matches()) {
                expects.add(new Expectation(parseAssignments(e.group(1)), e.group(2)));
            } else {
                String c = t.substring(1).strip();
                if (!c.isEmpty()) {
                    description.append(description.length() == 0 ? "" : " ").append(c);
                }
            }
        }
        return new Entry(name, file, text, description.toString(), params, expects);
    }

    /** {@code year=1940, organ=id:X} as a map; empty for null. */
    public static Map<String, String> parseAssignments(String s) {
        Map<String, String> out = new LinkedHashMap<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String part : s.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected NAME=VALUE, got '" + part.strip() + "'");
            }
            out.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return out;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The entry called {@code name}, or null. */
    public Entry find(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The entry's query with its parameters bound: the defaults of its {@code # param} lines, overridden by
     * {@code values}. An unknown parameter name is an {@link IllegalArgumentException}.
     */
    public static Query bind(Entry entry, Map<String, String> values, String base) {
        return bind(QueryPolicy.parse(entry.text()), entry.params(), values, base);
    }

    /** Binds {@code ?name} to each value (defaults overridden by {@code values}). */
    public static Query bind(Query query, Map<String, String> defaults, Map<String, String> values, String base) {
        Map<String, String> all = new LinkedHashMap<>(defaults);
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (!defaults.containsKey(v.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + v.getKey() + "'"
                        + (defaults.isEmpty() ? " (the query has none)" : " (parameters: "
                        + String.join(", ", defaults.keySet()) + ")"));
            }
            all.put(v.getKey(), v.getValue());
        }
        if (all.isEmpty()) {
            return query;
        }
        Map<Var, Node> subst = new LinkedHashMap<>();
        PrefixMap pm = PrefixMapFactory.create(Dumps.prefixes(base));
        query.getPrefixMapping().getNsPrefixMap().forEach(pm::add);
        all.forEach((k, v) -> subst.put(Var.alloc(k), node(v, pm)));
        Query out = QueryTransformOps.transform(query, subst);
        return out;
    }

    /** A parameter value as a node: SPARQL term syntax, else a plain string. */
    static Node node(String value, PrefixMap pm) {
        String v = value.strip();
        try {
            Node n = NodeFactoryExtra.parseNode(v, pm);
            if (n != null && !n.isVariable() && !n.isBlank()) {
                return n;
            }
        } catch (RuntimeException e) {
            // not a term: a plain string
        }
        return NodeFactory.createLiteralString(v);
    }

    /** Lower-case ASCII name check for catalog names given on the command line. */
    static boolean isName(String s) {
        return s.toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9-]*");
    }
}
