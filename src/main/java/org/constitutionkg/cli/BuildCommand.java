package org.constitutionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.BuildDir;
import org.constitutionkg.dump.Quality;
import org.constitutionkg.store.Store;

/**
 * {@code ckg build}: builds the dataset and writes the dumps ({@code constitution-kg.ttl}, {@code .nt.gz},
 * {@code .trig.gz}, {@code .jsonld}), {@code SHA256SUMS} and {@code build-info.properties} into the output folder,
 * replacing it as a whole (never half-written); see {@link BuildDir}. What is written is what {@link Publication}
 * publishes: the facts that violate a shape are withheld and kept apart with their reasons.
 */
final class BuildCommand implements Main.Command {

    static final String DEFAULT_OUT = "dist";

    @Override
    public String name() {
        return "build";
    }

    @Override
    public String summary() {
        return "build the knowledge graph and write the dump files (Turtle, N-Triples, TriG, JSON-LD)";
    }

    private static Options options() {
        return PublishModule.addTo(new Options())
                .addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR")
                        .desc("output folder, replaced as a whole (default: " + DEFAULT_OUT + ")").get())
                .addOption(Option.builder().longOpt("store").hasArg().argName("DIR")
                        .desc("also load the graph into a new TDB2 store in DIR and switch DIR/CURRENT to it "
                                + "(for 'ckg serve --store DIR'); without --out, no dumps are written").get())
                .addOption(Main.helpOption());
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name(), "Builds the knowledge graph from the articles and writes the dumps "
                    + "(constitution-kg.ttl, .nt.gz, .trig.gz with provenance, .jsonld), the facts withheld from "
                    + "publication (" + Quality.WITHHELD + ") and the validation report (" + Quality.REPORT + "), "
                    + "SHA256SUMS and " + BuildDir.INFO + " into DIR; 'ckg serve' on the same articles serves DIR "
                    + "without rebuilding. Problems are printed as FILE:LINE: message; an article with an error is "
                    + "skipped, the others are still written, and the exit code is 1. The graph is validated "
                    + "against the SHACL shapes: a fact that violates a shape is withheld (printed with its source "
                    + "line, and kept with its reason in " + Quality.WITHHELD + "), everything else is published, "
                    + "and the exit code is 0; warnings are printed and published. With --strict any withheld fact, "
                    + "warning or problem fails the build (exit 1) and nothing is written. A failed build never "
                    + "replaces DIR: it keeps the last good build. With --store DIR the graph is also loaded "
                    + "into a new TDB2 store in DIR and DIR/CURRENT is switched to it atomically (a running "
                    + "'ckg serve --store DIR' picks it up); --store without --out writes no dumps.", options);
            return Main.OK;
        }
        CommandLine cl = Main.parse(options, args);
        PublishModule publishing = PublishModule.read(cl);
        Path store = cl.hasOption("store") ? Path.of(cl.getOptionValue("store")) : null;
        // --store alone writes only the store; --out (or neither option) writes the dumps.
        Path dir = store != null && !cl.hasOption("out") ? null : Path.of(cl.getOptionValue("out", DEFAULT_OUT));
        String kept = dir == null ? store + " keeps its current store"
                : dir + " keeps the last good build" + (store == null ? "" : ", " + store + " its current store");
        String fingerprint = dir == null ? null : publishing.fingerprint();

        // Validated before anything is written: a failure leaves DIR as it was. (Writing the files while SHACL runs
        // was tried: on two cores the two compete and the build took longer.)
        Publication.Result result = publishing.publish(err, true);
        long validated = System.nanoTime();
        if (!publishing.publishable(result, "nothing written, " + kept, err)) {
            return Main.FAILED;
        }
        String summary = PublishModule.summary(result, dir == null ? null : dir.resolve(Quality.WITHHELD).toString());
        if (dir != null) {
            try {
                publishing.writeBuild(dir, result, fingerprint);
            } catch (IOException | RuntimeException e) {
                err.println(Main.PROG + " build: cannot write " + dir + ": " + Main.describe(e));
                err.println(summary + "; nothing written, " + kept);
                return Main.FAILED;
            }
        }
        String wrote = dir == null ? "" : "wrote " + dir;
        if (store != null) {
            try {
                Store.Info info = Store.write(store, result.dataset(), result.quality(), publishing.base,
                        result.articles());
                wrote += (wrote.isEmpty() ? "" : ", ") + "stored " + info.triples() + " triples in "
                        + store.resolve(info.name());
            } catch (IOException | RuntimeException e) {
                err.println(Main.PROG + " build: cannot write the store in " + store + ": " + Main.describe(e));
                err.println(summary + "; " + (wrote.isEmpty() ? "nothing written" : wrote) + "; " + store
                        + " keeps its current store");
                return Main.FAILED;
            }
        }
        err.println(summary + "; " + wrote + String.format(java.util.Locale.ROOT,
                " (read and extract %.1f s, assemble %.1f s, validate %.1f s, write %.1f s)",
                result.build().extractMs() / 1e3, result.build().assembleMs() / 1e3, result.validateMs() / 1e3,
                (System.nanoTime() - validated) / 1e9));
        return result.hasErrors() ? Main.FAILED : Main.OK;
    }
}
