package org.constitutionkg.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Graphs;
import org.constitutionkg.link.EntityIndex.Entity;
import org.constitutionkg.link.LinksTable.Kind;
import org.constitutionkg.link.LinksTable.Row;
import org.constitutionkg.vocab.CKG;

/**
 * Applies the links table to a built dataset: finds each row's entities (see {@link LinksTable}) and adds the links
 * to the named graph {@link Graphs#linksGraph}, with one {@code rdf:Statement} per link in the provenance graph
 * ({@code ckg:sourceArticle} the links file, {@code ckg:sourceLine}/{@code ckg:sourceText} the row,
 * {@code ckg:linkOrigin}, {@code ckg:linkEvidence} and, for reconciled links, {@code ckg:linkScore} and
 * {@code ckg:linkDate}).
 * <pre>
 *   WikidataLinks.Result r = WikidataLinks.addTo(dataset, base, LinksTable.builtIn());
 * </pre>
 */
public final class WikidataLinks {

    /** Classes whose exact links are {@code owl:sameAs} (identity); other exact links are {@code skos:exactMatch}. */
    static final Set<String> IDENTITY_CLASSES = Set.of("Person", "Place", "Polity");

    private static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /**
     * One link.
     *
     * @param entity    our entity
     * @param predicate owl:sameAs, skos:exactMatch, skos:closeMatch or skos:broadMatch
     * @param item      the Wikidata item
     * @param row       the row of the links table that made it
     */
    public record Link(Node entity, Node predicate, Node item, Row row) {
    }

    /**
     * What applying the table did.
     *
     * @param links       the links added
     * @param ambiguities rows (as {@code FILE:LINE: message}) that named several entities and so linked none by that name
     */
    public record Result(List<Link> links, List<String> ambiguities) {

        /** Our entities that got any link. */
        public Set<Node> linkedEntities() {
            Set<Node> s = new LinkedHashSet<>();
            links.forEach(l -> s.add(l.entity()));
            return s;
        }
    }

    private WikidataLinks() {
    }

    /** Computes the links of {@code table} for the entities of {@code ds} without changing {@code ds}. */
    public static Result resolve(Dataset ds, String base, LinksTable table) {
        return resolve(EntityIndex.of(ds, base), table);
    }

    /** Computes the links of {@code table} for the entities of {@code index}. */
    public static Result resolve(EntityIndex index, LinksTable table) {
        List<Link> links = new ArrayList<>();
        List<String> ambiguities = new ArrayList<>();
        Map<Node, Set<String>> byEntity = new LinkedHashMap<>();
        Set<Node> curated = new LinkedHashSet<>();
        Set<Node> knownStates = knownStates(index, table);
        // Curated rows first, then reconciled rows (which never go over a curated link), then the jurisdiction rows
        // (which need the links of the others).
        for (int pass = 0; pass < 3; pass++) {
            for (Row row : table.rows()) {
                if (row.kind() == Kind.CLASS) {
                    continue;
                }
                boolean juris = row.match().startsWith("jurisdiction:");
                boolean wanted = switch (pass) {
                    case 0 -> row.isCurated() && !juris;
                    case 1 -> row.isReconciled() && !juris;
                    default -> juris;
                };
                if (!wanted) {
                    continue;
                }
                Node item = NodeFactory.createURI(Wikidata.item(row.qid()));
                for (Entity e : entities(index, row, links, ambiguities, table.source())) {
                    if (!juris && !knownStates.containsAll(e.jurisdictions())) {
                        // the organ of a state the table does not know: the same name, another organ
                        ambiguities.add(table.source() + ":" + row.line() + ": '" + e.label() + "' is of a state no "
                                + "row names: no link");
                        continue;
                    }
                    if (row.isReconciled() && curated.contains(e.iri())) {
                        continue;
                    }
                    if (!byEntity.computeIfAbsent(e.iri(), k -> new LinkedHashSet<>()).add(row.qid())) {
                        continue;
                    }
                    if (row.isCurated()) {
                        curated.add(e.iri());
                    }
                    links.add(new Link(e.iri(), predicate(row, e), item, row));
                }
            }
        }
        return new Result(List.copyOf(links), List.copyOf(ambiguities));
    }

    /** Adds the links of {@code table} to {@code ds} (links graph, provenance). */
    public static Result addTo(Dataset ds, String base, LinksTable table) {
        Result r = resolve(ds, base, table);
        if (r.links().isEmpty()) {
            return r;
        }
        DatasetGraph dsg = ds.asDatasetGraph();
        Runnable write = () -> write(dsg, base, r.links());
        if (dsg.supportsTransactions() && !dsg.isInTransaction()) {
            Txn.executeWrite(dsg, write);
        } else {
            write.run();
        }
        return r;
    }

    /** The resource that stands for the links file in the provenance graph. */
    public static String sourceIri(String base) {
        return base + "source/wikidata-links";
    }

    private static void write(DatasetGraph dsg, String base, List<Link> links) {
        Node g = NodeFactory.createURI(Graphs.linksGraph(base));
        Node prov = NodeFactory.createURI(Graphs.provenanceGraph(base));
        Node src = NodeFactory.createURI(sourceIri(base));
        dsg.add(prov, src, RDF.type.asNode(), CKG.SourceArticle.asNode());
        dsg.add(prov, src, RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Wikidata links table (" + LinksTable.PATH + ")", "en"));
        dsg.add(prov, src, DCT_TITLE, NodeFactory.createLiteralLang("Wikidata links of the Constitution Knowledge Graph",
                "en"));
        dsg.add(prov, src, CKG.fileName.asNode(), NodeFactory.createLiteralString(LinksTable.FILE_NAME));
        dsg.add(prov, g, PROV_DERIVED, src);
        for (Link l : links) {
            dsg.add(g, l.entity(), l.predicate(), l.item());
            Row row = l.row();
            Node st = NodeFactory.createURI(base + "statement/"
                    + Graphs.hashId(g + " " + l.entity() + " " + l.predicate() + " " + l.item() + " " + row.line()));
            dsg.add(prov, st, RDF.type.asNode(), RDF.Statement.asNode());
            dsg.add(prov, st, RDF.subject.asNode(), l.entity());
            dsg.add(prov, st, RDF.predicate.asNode(), l.predicate());
            dsg.add(prov, st, RDF.object.asNode(), l.item());
            dsg.add(prov, st, CKG.sourceArticle.asNode(), src);
            dsg.add(prov, st, CKG.sourceLine.asNode(),
                    NodeFactory.createLiteralDT(Integer.toString(row.line()), XSDDatatype.XSDinteger));
            dsg.add(prov, st, CKG.sourceText.asNode(), NodeFactory.createLiteralString(row.text()));
            dsg.add(prov, st, CKG.linkOrigin.asNode(), NodeFactory.createLiteralString(row.origin()));
            if (!row.evidence().isEmpty()) {
                dsg.add(prov, st, CKG.linkEvidence.asNode(), NodeFactory.createLiteralString(row.evidence()));
            }
            if (row.isReconciled()) {
                if (row.score().matches("[0-9]+(\\.[0-9]+)?")) {
                    dsg.add(prov, st, CKG.linkScore.asNode(),
                            NodeFactory.createLiteralDT(row.score(), XSDDatatype.XSDdecimal));
                }
                if (row.date().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                    dsg.add(prov, st, CKG.linkDate.asNode(),
                            NodeFactory.createLiteralDT(row.date(), XSDDatatype.XSDdate));
                }
            }
        }
    }

    private static Node predicate(Row row, Entity e) {
        return switch (row.kind()) {
            case CLOSE -> SKOS.closeMatch.asNode();
            case BROAD -> SKOS.broadMatch.asNode();
            default -> row.isCurated() && e.classes().stream().anyMatch(IDENTITY_CLASSES::contains)
                    ? OWL.sameAs.asNode() : SKOS.exactMatch.asNode();
        };
    }

    /**
     * The states the table's rows name (our Polity entities a name row matches, by label or altLabel). A row about an
     * organ or instrument is about one of some state the table knows; an entity whose ckg:jurisdiction is any other
     * state (an invented republic's "Council of People's Commissars") is another thing of the same name.
     */
    private static Set<Node> knownStates(EntityIndex index, LinksTable table) {
        Set<Node> out = new LinkedHashSet<>();
        for (Row row : table.rows()) {
            if (row.kind() == Kind.CLASS || !"Polity".equals(row.cls()) || row.match().startsWith("jurisdiction:")) {
                continue;
            }
            List<String> names = row.match().startsWith("name:") ? listedNames(row.match()) : List.of(row.label());
            for (String n : names) {
                index.byLabel(n, "Polity").forEach(e -> out.add(e.iri()));
                index.byAltLabel(n, "Polity").forEach(e -> out.add(e.iri()));
            }
        }
        return out;
    }

    /** The reviewed names a "name: A | B" match lists. */
    private static List<String> listedNames(String match) {
        return List.of(match.substring("name:".length()).split("\\|")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The entities a row names (see the comment of the links file). */
    private static List<Entity> entities(EntityIndex index, Row row, List<Link> links, List<String> ambiguities,
            String source) {
        String m = row.match().strip();
        String where = source + ":" + row.line() + ": ";
        if (m.startsWith("jurisdiction:")) {
            String qid = m.substring("jurisdiction:".length()).strip();
            Set<Node> polities = new LinkedHashSet<>();
            for (Link l : links) {
                if (l.item().getURI().equals(Wikidata.item(qid)) && l.row().kind() == Kind.EXACT) {
                    polities.add(l.entity());
                }
            }
            return index.all().stream().filter(e -> EntityIndex.hasClass(e, row.cls())
                    && e.jurisdictions().stream().anyMatch(polities::contains)).toList();
        }
        boolean labelOnly;
        List<String> names;
        if (m.equals("name")) {
            labelOnly = false;
            names = List.of(row.label());
        } else if (m.equals("label")) {
            labelOnly = true;
            names = List.of(row.label());
        } else if (m.startsWith("name:")) {
            labelOnly = false;
            names = listedNames(m);
        } else if (m.startsWith("ontology:")) {
            return List.of();
        } else {
            ambiguities.add(where + "unknown match '" + m + "': row ignored");
            return List.of();
        }
        List<Entity> out = new ArrayList<>();
        for (String name : names) {
            List<Entity> byLabel = index.byLabel(name, row.cls());
            if (byLabel.size() == 1) {
                out.add(byLabel.get(0));
                continue;
            }
            if (byLabel.size() > 1) {
                ambiguities.add(where + "'" + name + "' is the label of " + byLabel.size() + " entities: no link");
                continue;
            }
            List<Entity> byAlt = index.byAltLabel(name, row.cls());
            if (byAlt.isEmpty()) {
                continue;
            }
            if (labelOnly) {
                ambiguities.add(where + "'" + name + "' is only an altLabel (of " + byAlt.size()
                        + " entit" + (byAlt.size() == 1 ? "y" : "ies") + "), and the row matches labels only: no link");
            } else if (byAlt.size() == 1) {
                out.add(byAlt.get(0));
            } else {
                ambiguities.add(where + "'" + name + "' is an altLabel of " + byAlt.size() + " entities: no link");
            }
        }
        return out.stream().distinct().toList();
    }

}
