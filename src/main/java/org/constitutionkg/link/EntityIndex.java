package org.constitutionkg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Graphs;
import org.constitutionkg.vocab.CKG;

/**
 * The entities of a built dataset as the linker sees them: the union of the article graphs, each typed and labelled
 * resource under the base with its English names, its ckg: classes (with superclasses), dates and jurisdictions.
 */
public final class EntityIndex {

    /** Classes whose instances are never linked: bookkeeping, not things Wikidata has items for. */
    private static final Set<String> UNLINKABLE = Set.of("SeatAllocation", "SourceArticle");

    private static volatile Map<String, Set<String>> superclasses;

    /**
     * One entity.
     *
     * @param iri        the entity
     * @param label      its English rdfs:label
     * @param altLabels  its English skos:altLabels
     * @param classes    local names of its ckg: classes and their superclasses
     * @param dates      ckg: date property local name to lexical values
     * @param jurisdictions the objects of its ckg:jurisdiction
     */
    public record Entity(Node iri, String label, List<String> altLabels, Set<String> classes,
            Map<String, List<String>> dates, Set<Node> jurisdictions) {

        /** The most specific class: a declared class that is no other declared class's superclass. */
        public String mainClass() {
            String best = null;
            int depth = -1;
            for (String c : classes) {
                int d = supers().getOrDefault(c, Set.of(c)).size();
                if (d > depth) {
                    best = c;
                    depth = d;
                }
            }
            return best;
        }

        /** Label and English altLabels, each once (ignoring case). */
        public List<String> names() {
            Set<String> seen = new LinkedHashSet<>();
            List<String> out = new ArrayList<>();
            for (String n : concat(label, altLabels)) {
                if (seen.add(key(n))) {
                    out.add(n);
                }
            }
            return out;
        }

        private static List<String> concat(String first, List<String> rest) {
            List<String> l = new ArrayList<>();
            l.add(first);
            l.addAll(rest);
            return l;
        }
    }

    private final Map<Node, Entity> entities;
    /** Entities by the {@link #key} of their label, and of each altLabel, in index order; made on first use. */
    private Map<String, List<Entity>> byLabelKey;
    private Map<String, List<Entity>> byAltLabelKey;

    private EntityIndex(Map<Node, Entity> entities) {
        this.entities = entities;
    }

    /** The entities of {@code ds} (article graphs under {@code base}). */
    public static EntityIndex of(Dataset ds, String base) {
        return of(articleUnion(ds, base), base);
    }

    /** The entities of a graph of facts. */
    public static EntityIndex of(Graph g, String base) {
        Map<Node, Entity> out = new LinkedHashMap<>();
        Map<String, Node> subjects = new java.util.TreeMap<>(); // in the order of their string forms
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> subjects.putIfAbsent(
                t.getSubject().toString(), t.getSubject()));
        for (Node s : subjects.values()) {
            if (!s.isURI() || !s.getURI().startsWith(base) || s.getURI().startsWith(base + "graph/")) {
                continue;
            }
            Set<String> classes = new LinkedHashSet<>();
            g.find(s, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
                Node o = t.getObject();
                if (o.isURI() && o.getURI().startsWith(CKG.NS)) {
                    classes.addAll(supers().getOrDefault(o.getURI().substring(CKG.NS.length()),
                            Set.of(o.getURI().substring(CKG.NS.length()))));
                }
            });
            if (classes.isEmpty() || classes.stream().anyMatch(UNLINKABLE::contains)) {
                continue;
            }
            String label = english(g, s, RDFS.label.asNode()).stream().findFirst().orElse(null);
            if (label == null) {
                continue;
            }
            Map<String, List<String>> dates = new LinkedHashMap<>();
            g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
                Node p = t.getPredicate();
                Node o = t.getObject();
                if (o.isLiteral() && p.getURI().startsWith(CKG.NS) && isDate(o)) {
                    dates.computeIfAbsent(p.getURI().substring(CKG.NS.length()), k -> new ArrayList<>())
                            .add(o.getLiteralLexicalForm());
                }
            });
            Set<Node> jur = new LinkedHashSet<>();
            g.find(s, CKG.jurisdiction.asNode(), Node.ANY).forEachRemaining(t -> jur.add(t.getObject()));
            out.put(s, new Entity(s, label, english(g, s, SKOS.altLabel.asNode()), Set.copyOf(classes),
                    Map.copyOf(dates), Set.copyOf(jur)));
        }
        return new EntityIndex(out);
    }

    private static boolean isDate(Node o) {
        String dt = o.getLiteralDatatypeURI();
        return dt != null && (dt.endsWith("#date") || dt.endsWith("#gYearMonth") || dt.endsWith("#gYear"));
    }

    private static List<String> english(Graph g, Node s, Node p) {
        List<String> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            Node o = t.getObject();
            if (o.isLiteral() && o.getLiteralLanguage().toLowerCase(Locale.ROOT).startsWith("en")) {
                out.add(o.getLiteralLexicalForm());
            }
        });
        out.sort(null);
        return out;
    }

    /** A new in-memory graph holding every article graph of {@code ds}. */
    static Graph articleUnion(Dataset ds, String base) {
        DatasetGraph dsg = ds.asDatasetGraph();
        Graph union = GraphFactory.createDefaultGraph();
        Runnable copy = () -> {
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node gn = it.next();
                if (gn.isURI() && Graphs.isArticleGraph(base, gn.getURI())) {
                    dsg.getGraph(gn).find().forEachRemaining((Triple t) -> union.add(t));
                }
            }
        };
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            Txn.executeRead(dsg, copy);
        } else {
            copy.run();
        }
        return union;
    }

    public List<Entity> all() {
        return List.copyOf(entities.values());
    }

    public Entity get(Node iri) {
        return entities.get(iri);
    }

    /** Entities of class {@code cls} (or a subclass) whose rdfs:label is {@code name}, ignoring case. */
    public synchronized List<Entity> byLabel(String name, String cls) {
        if (byLabelKey == null) {
            byLabelKey = byKey(e -> List.of(e.label()));
        }
        return withClass(byLabelKey.get(key(name)), cls);
    }

    /** Entities of class {@code cls} (or a subclass) with an English altLabel {@code name}, ignoring case. */
    public synchronized List<Entity> byAltLabel(String name, String cls) {
        if (byAltLabelKey == null) {
            byAltLabelKey = byKey(Entity::altLabels);
        }
        return withClass(byAltLabelKey.get(key(name)), cls);
    }

    /** The entities by the {@link #key} of each of their {@code names}, each entity once under a key, in index order. */
    private Map<String, List<Entity>> byKey(Function<Entity, List<String>> names) {
        Map<String, List<Entity>> out = new HashMap<>();
        for (Entity e : entities.values()) {
            for (String n : names.apply(e)) {
                List<Entity> l = out.computeIfAbsent(key(n), k -> new ArrayList<>());
                if (l.isEmpty() || l.get(l.size() - 1) != e) {
                    l.add(e);
                }
            }
        }
        return out;
    }

    private static List<Entity> withClass(List<Entity> entities, String cls) {
        return entities == null ? List.of() : entities.stream().filter(e -> hasClass(e, cls)).toList();
    }

    static boolean hasClass(Entity e, String cls) {
        return cls == null || cls.isEmpty() || e.classes().contains(cls);
    }

    /** The comparison key of a name: NFC, typographic apostrophes straightened, spaces collapsed, lower case. */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** ckg: class local name to itself and its ckg: superclasses. */
    static Map<String, Set<String>> supers() {
        Map<String, Set<String>> s = superclasses;
        if (s == null) {
            Map<String, Set<String>> direct = new LinkedHashMap<>();
            var ont = CKG.ontology();
            ont.listStatements(null, RDFS.subClassOf, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
                if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(CKG.NS)
                        && st.getObject().isURIResource() && st.getResource().getURI().startsWith(CKG.NS)) {
                    direct.computeIfAbsent(st.getSubject().getURI().substring(CKG.NS.length()),
                            k -> new LinkedHashSet<>()).add(st.getResource().getURI().substring(CKG.NS.length()));
                }
            });
            Map<String, Set<String>> out = new LinkedHashMap<>();
            ont.listSubjects().forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(CKG.NS)) {
                    String c = r.getURI().substring(CKG.NS.length());
                    out.put(c, Set.copyOf(Wikidata.superclassesOf(c, direct)));
                }
            });
            s = Map.copyOf(out);
            superclasses = s;
        }
        return s;
    }
}
