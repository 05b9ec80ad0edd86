package org.constitutionkg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The graph IRI conventions of the dataset, in one place.
 * <ul>
 *   <li>{@code BASE graph/article/ID} — the facts extracted from one article</li>
 *   <li>{@code BASE graph/provenance} — one reified statement per fact, pointing back to its source</li>
 *   <li>{@code BASE graph/links} — the links to Wikidata (see {@code links/wikidata.tsv})</li>
 *   <li>{@link #ONTOLOGY_GRAPH} — the ontology</li>
 * </ul>
 */
public final class Graphs {

    /** The named graph holding the ontology. Not part of the published data dumps. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/constitution-kg/ontology";

    private static final String ARTICLE_PATH = "graph/article/";
    private static final String PROVENANCE_PATH = "graph/provenance";
    private static final String LINKS_PATH = "graph/links";

    private Graphs() {
    }

    /** The named graph of one article's facts: {@code base + "graph/article/" + articleId}. */
    public static String articleGraph(String base, String articleId) {
        return base + ARTICLE_PATH + articleId;
    }

    /** The resource describing one source article in the provenance graph: {@code base + "article/" + articleId}. */
    public static String sourceArticle(String base, String articleId) {
        return base + "article/" + articleId;
    }

    /** The provenance graph: {@code base + "graph/provenance"}. */
    public static String provenanceGraph(String base) {
        return base + PROVENANCE_PATH;
    }

    /** The links graph: {@code base + "graph/links"} (links to Wikidata; provenance in the provenance graph). */
    public static String linksGraph(String base) {
        return base + LINKS_PATH;
    }

    /**
     * A named graph of a dataset to read, or an empty graph when the dataset has none of that name (a build of no
     * article has no provenance graph). Never adds the graph: a read-only dataset would refuse, in a read transaction.
     */
    public static org.apache.jena.graph.Graph read(org.apache.jena.sparql.core.DatasetGraph dsg,
            org.apache.jena.graph.Node name) {
        return dsg.containsGraph(name) ? dsg.getGraph(name) : org.apache.jena.sparql.graph.GraphZero.instance();
    }

    /**
     * The id of a minted IRI ({@code statement/ID}, {@code withheld/ID}): the first 10 bytes of the SHA-256 of
     * {@code key} in hex, so that the same data gives the same IRIs in every build.
     */
    public static String hashId(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code graphIri} names an article graph under {@code base}. */
    public static boolean isArticleGraph(String base, String graphIri) {
        return graphIri != null && graphIri.startsWith(base + ARTICLE_PATH)
                && graphIri.length() > base.length() + ARTICLE_PATH.length();
    }
}
