package org.constitutionkg.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.validate.ShapesValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quality page and the succession pictures do not depend on the order the validation found its results in or
 * the order the graph lists its facts in (which are not the same from one start to the next): the seeds are shown
 * once as built and once with the report listed in reverse or the data added in reverse.
 */
class PageOrderTest {

    private static final String ID = Pipeline.DEFAULT_BASE;
    private static final Pattern SVG = Pattern.compile("<svg [^>]*id=\"succession-svg\".*?</svg>", Pattern.DOTALL);

    private static Publication.Result built;

    @BeforeAll
    static void build() {
        built = Publication.run(List.of(Path.of("seeds"), Path.of("src/test/resources/withholding/mixed")), ID, ShapesValidator.standard(ID), p -> { },
                (d, t) -> { }, v -> { });
    }

    private static Site site(Dataset ds, Quality quality) {
        return new Site(ds, ID, new QueryPolicy(1000, 500, Set.of()), Catalog.load(Path.of("queries")),
                Descriptions.stats(ds, ID), quality);
    }

    /** {@code g} with every {@code find} answered in reverse, as another start may list it. */
    private static Graph listedInReverse(Graph g) {
        return new GraphWrapper(g) {
            @Override
            public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
                List<Triple> found = new ArrayList<>(super.find(s, p, o).toList());
                Collections.reverse(found);
                return WrappedIterator.create(found.iterator());
            }

            @Override
            public ExtendedIterator<Triple> find(Triple t) {
                return find(t.getSubject(), t.getPredicate(), t.getObject());
            }
        };
    }

    @Test
    void qualityPageWhateverOrderTheWarningsWereFoundIn() {
        Quality q = built.quality();
        String page = site(built.dataset(), q).qualityPage();
        assertTrue(page.contains("class=\"src\">line 7"), "the seeds' warning is listed");
        assertTrue(page.contains("class=\"src\">line 4"), "the withheld facts are listed");
        Quality reordered = new Quality(listedInReverse(q.withheld()), listedInReverse(q.report()));
        assertEquals(page, site(built.dataset(), reordered).qualityPage());
    }

    @Test
    void successionWhateverOrderTheGraphListsItsFactsIn() {
        Dataset ds = built.dataset();
        DatasetGraph copy = DatasetFactory.createGeneral().asDatasetGraph();
        List<Quad> quads = new ArrayList<>();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(quads::add));
        Collections.reverse(quads);
        quads.forEach(copy::add);
        Site asBuilt = site(ds, built.quality());
        Site inReverse = site(DatasetFactory.wrap(copy), built.quality());
        int pictures = 0;
        for (String name : List.of("Congress_of_Soviets_of_the_Soviet_Union", "Supreme_Soviet_of_the_Soviet_Union",
                "1924_Constitution_of_the_Soviet_Union", "1936_Constitution_of_the_Soviet_Union")) {
            Matcher m = SVG.matcher(asBuilt.resourcePage(NodeFactory.createURI(ID + name)));
            Matcher again = SVG.matcher(inReverse.resourcePage(NodeFactory.createURI(ID + name)));
            if (m.find()) {
                pictures++;
                assertTrue(again.find(), name);
                assertEquals(m.group(), again.group(), name);
            }
        }
        assertTrue(pictures >= 2, "pages with a succession picture: " + pictures);
    }
}
