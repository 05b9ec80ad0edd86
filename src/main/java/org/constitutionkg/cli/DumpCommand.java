package org.constitutionkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.Dumps;

/** {@code ckg dump}: builds the dataset and writes it in one format to a file or to standard output. */
final class DumpCommand implements Main.Command {

    @Override
    public String name() {
        return "dump";
    }

    @Override
    public String summary() {
        return "build the knowledge graph and print it in one format (ttl, nt, trig, jsonld)";
    }

    private static Options options() {
        String formats = Arrays.stream(Dumps.Format.values()).map(Dumps.Format::label).collect(Collectors.joining("|"));
        return PublishModule.addTo(new Options())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName(formats)
                        .desc("ttl, nt, jsonld: the union of the article graphs; trig: the article graphs and the "
                                + "provenance graph (default: ttl)").get())
                .addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE")
                        .desc("output file, or - for standard output (default: -)").get())
                .addOption(Main.helpOption());
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name(), "Builds the knowledge graph from the articles, validates it against the SHACL "
                    + "shapes and writes what 'ckg build' publishes in one format: facts that violate a shape are "
                    + "withheld (printed with their source lines; 'ckg build' keeps them in a file of their own). "
                    + "Problems are printed to standard error as FILE:LINE: message; an article with an error is "
                    + "skipped, the others are still written, and the exit code is 1. With --strict a withheld fact, "
                    + "a warning or a problem means nothing is written (exit 1).", options);
            return Main.OK;
        }
        CommandLine cl = Main.parse(options, args);
        PublishModule publishing = PublishModule.read(cl);
        String base = publishing.base;
        String formatName = cl.getOptionValue("format", "ttl");
        Dumps.Format format = Dumps.Format.parse(formatName);
        if (format == null) {
            throw new Main.UsageException("bad --format '" + formatName + "': expected ttl, nt, trig or jsonld");
        }
        String target = cl.getOptionValue("out", "-");

        Publication.Result result = publishing.publish(err, false);
        if (!publishing.publishable(result, "nothing written", err)) {
            return Main.FAILED;
        }

        if (target.equals("-")) {
            Dumps.write(format, result.dataset(), base, out);
            out.flush();
        } else {
            Path file = Path.of(target);
            try {
                writeFile(file, o -> Dumps.write(format, result.dataset(), base, o));
            } catch (IOException | RuntimeException e) {
                err.println(Main.PROG + " dump: cannot write " + target + ": " + Main.describe(e));
                return Main.FAILED;
            }
        }
        if (!result.problems().isEmpty() || result.withheldFacts() > 0) {
            err.println(PublishModule.summary(result));
        }
        return result.hasErrors() ? Main.FAILED : Main.OK;
    }

    interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    /** Writes a temporary file beside {@code file}, then renames it over {@code file}. */
    private static void writeFile(Path file, StreamWriter writer) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = parent.resolve("." + target.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.nanoTime()));
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                writer.write(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
