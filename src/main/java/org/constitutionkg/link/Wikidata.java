package org.constitutionkg.link;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.vocab.CKG;

/** Wikidata IRIs, endpoints and our classes' Wikidata alignments (read from the ontology). */
public final class Wikidata {

    /** Namespace of Wikidata items ({@code wd:}). */
    public static final String ENTITY = "http://www.wikidata.org/entity/";
    /** Namespace of Wikidata direct claims ({@code wdt:}). */
    public static final String DIRECT = "http://www.wikidata.org/prop/direct/";
    /** The public SPARQL endpoint. */
    public static final String SPARQL_ENDPOINT = "https://query.wikidata.org/sparql";
    /** The Action API (wbsearchentities, wbgetentities). */
    public static final String ACTION_API = "https://www.wikidata.org/w/api.php";
    /** The User-Agent of every request this project sends to Wikidata (Wikimedia's User-Agent policy). */
    public static final String USER_AGENT = "constitution-kg/0.1 (https://w3id.org/constitution-kg; linked-data tool)";

    private static volatile Map<String, Set<String>> alignments;

    private Wikidata() {
    }

    /** The IRI of item {@code qid}. */
    public static String item(String qid) {
        return ENTITY + qid;
    }

    /**
     * For each ckg: class (local name), the Wikidata classes it is aligned with in the ontology
     * ({@code skos:exactMatch}, {@code skos:closeMatch}, {@code skos:narrowMatch} to {@code wd:}), including those of
     * its superclasses: an executive body is an organ of state. Insertion-ordered.
     */
    public static Map<String, Set<String>> classAlignments() {
        Map<String, Set<String>> a = alignments;
        if (a == null) {
            a = readAlignments(CKG.ontology());
            alignments = a;
        }
        return a;
    }

    static Map<String, Set<String>> readAlignments(Model ontology) {
        Map<String, Set<String>> direct = new LinkedHashMap<>();
        Map<String, Set<String>> supers = new LinkedHashMap<>();
        ontology.listSubjects().forEachRemaining(s -> {
            if (!s.isURIResource() || !s.getURI().startsWith(CKG.NS)) {
                return;
            }
            String local = s.getURI().substring(CKG.NS.length());
            for (var p : List.of(SKOS.exactMatch, SKOS.closeMatch, SKOS.narrowMatch)) {
                for (Statement st : s.listProperties(p).toList()) {
                    RDFNode o = st.getObject();
                    if (o.isURIResource() && o.asResource().getURI().startsWith(ENTITY)) {
                        direct.computeIfAbsent(local, k -> new LinkedHashSet<>())
                                .add(o.asResource().getURI().substring(ENTITY.length()));
                    }
                }
            }
            for (Statement st : s.listProperties(RDFS.subClassOf).toList()) {
                Resource sup = st.getResource();
                if (sup.isURIResource() && sup.getURI().startsWith(CKG.NS)) {
                    supers.computeIfAbsent(local, k -> new LinkedHashSet<>())
                            .add(sup.getURI().substring(CKG.NS.length()));
                }
            }
        });
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Set<String> classes = new LinkedHashSet<>(direct.keySet());
        classes.addAll(supers.keySet());
        for (String c : classes) {
            Set<String> all = new LinkedHashSet<>();
            for (String k : superclassesOf(c, supers)) {
                all.addAll(direct.getOrDefault(k, Set.of()));
            }
            if (!all.isEmpty()) {
                out.put(c, Set.copyOf(all));
            }
        }
        return Map.copyOf(out);
    }

    /** {@code c} and its ckg: superclasses, transitively. */
    static Set<String> superclassesOf(String c, Map<String, Set<String>> supers) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new java.util.ArrayList<>(List.of(c));
        while (!todo.isEmpty()) {
            String x = todo.remove(todo.size() - 1);
            if (seen.add(x)) {
                todo.addAll(supers.getOrDefault(x, Set.of()));
            }
        }
        return seen;
    }
}
