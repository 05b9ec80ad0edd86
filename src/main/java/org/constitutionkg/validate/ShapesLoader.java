package org.constitutionkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.constitutionkg.Pipeline;

/**
 * Reads the SHACL shapes: every {@code *.ttl} file of {@code shapes/} (on the classpath, where the build copies
 * the project folder {@code shapes/}, or any folder given with {@code --shapes}), merged into one graph.
 *
 * <p><b>Data base.</b> The SPARQL constraints and targets refer to the data base only through the prefix
 * {@code id:}, declared once in {@code shapes/_prefixes.ttl} with the default base {@value Pipeline#DEFAULT_BASE}.
 * {@link #rebase} rewrites that one {@code sh:namespace} value, so shapes work for any {@code --base}.
 */
public final class ShapesLoader {

    /** Classpath folder the build copies {@code shapes/} into. */
    public static final String RESOURCE_DIR = "/shapes";

    /** The prefix in the shapes that stands for the data base. */
    public static final String BASE_PREFIX = "id";

    private ShapesLoader() {
    }

    /** All {@code *.ttl} files of {@code dir}, in name order, merged into one graph. */
    public static Graph fromDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no shapes folder " + dir);
        }
        Graph g = GraphFactory.createDefaultGraph();
        List<Path> files = turtleFiles(dir);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.ttl files in shapes folder " + dir);
        }
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                parse(in, f.toString(), g);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return g;
    }

    /** A file every shapes folder has; locates the folder on the classpath (test resources may also have /shapes). */
    static final String MARKER = "_prefixes.ttl";

    /** The shapes the build put on the classpath under {@value #RESOURCE_DIR}. */
    public static Graph fromClasspath() {
        URL url = ShapesLoader.class.getResource(RESOURCE_DIR + "/" + MARKER);
        if (url == null) {
            throw new IllegalStateException("classpath resource " + RESOURCE_DIR + "/" + MARKER
                    + " not found; the build must copy shapes/ onto the classpath");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                boolean close = false;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                    close = true;
                }
                try {
                    return fromDirectory(fs.getPath(RESOURCE_DIR));
                    // (in a jar, /shapes is unique: the shaded jar holds only the main resources)
                } finally {
                    if (close) {
                        fs.close();
                    }
                }
            }
            return fromDirectory(Path.of(uri).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad classpath URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Points the {@code id:} prefix declaration of the shapes at {@code base} (in place). A no-op for the default
     * base. Fails when the shapes declare no {@code id:} prefix but the base is not the default, because the
     * shapes could then not follow the base.
     */
    public static void rebase(Graph shapes, String base) {
        List<Node> decls = new ArrayList<>();
        shapes.find(Node.ANY, SHACL.prefix, NodeFactory.createLiteralString(BASE_PREFIX))
                .forEachRemaining(t -> decls.add(t.getSubject()));
        if (decls.isEmpty()) {
            if (!base.equals(Pipeline.DEFAULT_BASE)) {
                throw new IllegalArgumentException("the shapes declare no '" + BASE_PREFIX
                        + "' prefix (sh:declare), so they cannot be used with --base " + base);
            }
            return;
        }
        Node ns = NodeFactory.createLiteralDT(base, XSDDatatype.XSDanyURI);
        for (Node d : decls) {
            List<Triple> old = shapes.find(d, SHACL.namespace, Node.ANY).toList();
            old.forEach(shapes::delete);
            shapes.add(Triple.create(d, SHACL.namespace, ns));
        }
    }

    private static void parse(InputStream in, String name, Graph into) {
        try {
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///shapes/").parse(into);
        } catch (RiotException e) {
            throw new IllegalArgumentException("bad shapes file " + name + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> turtleFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
