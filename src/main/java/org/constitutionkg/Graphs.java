package org.constitutionkg;

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

    /** The provenance graph: {@code base + "graph/provenance"}. */
    public static String provenanceGraph(String base) {
        return base + PROVENANCE_PATH;
    }

    /** The links graph: {@code base + "graph/links"} (links to Wikidata; provenance in the provenance graph). */
    public static String linksGraph(String base) {
        return base + LINKS_PATH;
    }

    /** Whether {@code graphIri} names an article graph under {@code base}. */
    public static boolean isArticleGraph(String base, String graphIri) {
        return graphIri != null && graphIri.startsWith(base + ARTICLE_PATH)
                && graphIri.length() > base.length() + ARTICLE_PATH.length();
    }
}
