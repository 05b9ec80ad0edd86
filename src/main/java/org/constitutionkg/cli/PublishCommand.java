package org.constitutionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.Dumps;
import org.constitutionkg.gsp.GraphStorePublisher;

/**
 * {@code ckg publish}: builds and validates like {@code build}, then pushes the dataset to a SPARQL 1.1 Graph Store
 * Protocol endpoint, one {@code PUT} per named graph (or, with {@code --graph}, the union of the fact graphs into
 * one graph). What is sent is what {@link Publication} publishes: facts that violate a shape are withheld.
 */
final class PublishCommand implements Main.Command {

    /** Tries per request and the first back-off; package-private so that tests can shorten the wait. */
    static int tries = GraphStorePublisher.DEFAULT_TRIES;
    static Duration backoff = GraphStorePublisher.DEFAULT_BACKOFF;

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public String summary() {
        return "build the knowledge graph and push it to a SPARQL Graph Store Protocol endpoint";
    }

    private static Options options() {
        return PublishModule.addTo(new Options())
                .addOption(Option.builder().longOpt("gsp").hasArg().argName("URL")
                        .desc("the Graph Store Protocol endpoint, e.g. http://host:3030/ds/data (required)").get())
                .addOption(Option.builder().longOpt("graph").hasArg().argName("IRI")
                        .desc("push the union of the fact graphs (what the .ttl dump holds) into this one graph "
                                + "instead of one PUT per named graph").get())
                .addOption(Main.helpOption());
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name(), "Builds the knowledge graph and validates it like 'ckg build', then pushes "
                    + "it to a SPARQL 1.1 Graph Store Protocol endpoint: every named graph (one per article, the "
                    + "provenance, links and ontology graphs) with PUT URL?graph=IRI, which replaces that graph in "
                    + "one request. With --graph IRI the union of the fact graphs goes into that one graph instead. "
                    + "Requests failing with 5xx, 408, 429 or a connection error are tried " + tries + " times "
                    + "with back-off. What is sent is what 'ckg build' publishes: facts that violate a shape are "
                    + "withheld; with --strict a withheld fact, a warning or a problem means nothing is sent. Exit "
                    + "codes: 0 published, 1 input errors (the good articles are still published), --strict failures "
                    + "or a failed request, 2 usage error.",
                    options);
            return Main.OK;
        }
        CommandLine cl = Main.parse(options, args);
        URI endpoint = endpoint(cl.getOptionValue("gsp"));
        String graph = cl.getOptionValue("graph");
        if (graph != null) {
            checkIri(graph);
        }
        PublishModule publishing = PublishModule.read(cl);
        String base = publishing.base;
        Publication.Result result = publishing.publish(err, false);
        if (!publishing.publishable(result, "nothing published", err)) {
            return Main.FAILED;
        }
        String summary = PublishModule.summary(result);

        GraphStorePublisher gsp = new GraphStorePublisher(endpoint, tries, backoff, Duration.ofMinutes(10));
        int[] done = {0};
        try {
            if (graph != null) {
                Graph union = Dumps.articleUnion(result.dataset(), base);
                gsp.put(graph, union);
                err.println(summary + "; published " + union.size() + " triples into <" + graph + "> at "
                        + endpoint);
            } else {
                int n = gsp.putNamedGraphs(result.dataset(), iri -> done[0]++);
                for (String gone : result.leftOut()) {
                    gsp.delete(gone); // an article left out keeps no earlier version of its graph in the store
                }
                err.println(summary + "; published " + Main.plural(n, "graph") + " to " + endpoint
                        + (result.leftOut().isEmpty() ? "" : ", removed " + Main.plural(result.leftOut().size(),
                        "graph") + " of articles left out"));
            }
        } catch (GraphStorePublisher.PublishException e) {
            err.println(Main.PROG + " publish: " + e.getMessage());
            err.println(summary + "; " + (graph != null ? "nothing published"
                    : "published " + Main.plural(done[0], "graph") + " before the failure; the "
                    + "store may hold a mix of new and old graphs"));
            return Main.FAILED;
        } catch (IOException | RuntimeException e) {
            err.println(Main.PROG + " publish: " + endpoint + ": " + Main.describe(e));
            return Main.FAILED;
        }
        return result.hasErrors() ? Main.FAILED : Main.OK;
    }

    private static URI endpoint(String value) {
        if (value == null) {
            throw new Main.UsageException("missing --gsp URL");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || uri.getHost() == null) {
                throw new Main.UsageException("bad --gsp '" + value + "': expected an http:// or https:// URL");
            }
            if (uri.getRawFragment() != null) {
                throw new Main.UsageException("bad --gsp '" + value + "': a URL with a #fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new Main.UsageException("bad --gsp '" + value + "': " + e.getMessage());
        }
    }

    private static void checkIri(String value) {
        try {
            if (!IRIx.create(value).isAbsolute()) {
                throw new Main.UsageException("bad --graph '" + value + "': must be an absolute IRI");
            }
        } catch (IRIException e) {
            throw new Main.UsageException("bad --graph '" + value + "': " + e.getMessage());
        }
    }
}
