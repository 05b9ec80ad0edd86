package org.constitutionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.shacl.validation.Severity;
import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.dump.BuildDir;
import org.constitutionkg.dump.Folders;
import org.constitutionkg.validate.ReportPrinter;
import org.constitutionkg.validate.ShapesValidator;
import org.constitutionkg.validate.ValidationResult;

/**
 * The options every publishing command shares ({@code --input}, {@code --base}, {@code --shapes}, {@code --strict})
 * and the one run they steer: {@link Publication}, with its problems, report and summary printed the same way by
 * {@code build}, {@code dump}, {@code serve} and {@code publish}. Like jena-cmds' argument modules: it adds its
 * options, reads them back, and the command keeps only what is its own.
 * <pre>
 *   Options o = PublishModule.addTo(new Options());
 *   PublishModule m = PublishModule.read(Main.parse(o, args));
 *   Publication.Result r = m.publish(err, true);
 * </pre>
 */
final class PublishModule {

    final List<Path> inputs;
    final String base;
    final ShapesValidator validator;
    final boolean strict;
    /** The --shapes folder, or null for the built-in shapes. */
    private final Path shapes;

    private PublishModule(Path shapes, List<Path> inputs, String base, ShapesValidator validator, boolean strict) {
        this.shapes = shapes;
        this.inputs = inputs;
        this.base = base;
        this.validator = validator;
        this.strict = strict;
    }

    /** Adds {@code --input}, {@code --base}, {@code --shapes} and {@code --strict} to {@code options}. */
    static Options addTo(Options options) {
        return options.addOption(Main.inputOption())
                .addOption(Main.baseOption())
                .addOption(shapesOption())
                .addOption(Option.builder().longOpt("strict")
                        .desc("fail (exit 1, publish nothing) when any fact would be withheld, on any warning "
                                + "(extraction or SHACL) and on any input problem").get());
    }

    static Option shapesOption() {
        return Option.builder().longOpt("shapes").hasArg().argName("DIR")
                .desc("validate with the *.ttl shapes in DIR instead of the built-in shapes/").get();
    }

    /** The validator for {@code --shapes DIR}, or the built-in shapes. A bad shapes folder is a usage error. */
    static ShapesValidator validator(CommandLine cl, String base) {
        String dir = cl.getOptionValue("shapes");
        if (dir == null) {
            return ShapesValidator.standard(base);
        }
        try {
            return ShapesValidator.fromDirectory(Path.of(dir), base);
        } catch (RuntimeException e) {
            throw new Main.UsageException("bad --shapes '" + dir + "': " + e.getMessage());
        }
    }

    /** Reads the options back; a bad value is a usage error. */
    static PublishModule read(CommandLine cl) {
        String base = Main.base(cl);
        ShapesValidator validator = validator(cl, base); // a bad --shapes is a usage error, reported here
        String shapes = cl.getOptionValue("shapes");
        return new PublishModule(shapes == null ? null : Path.of(shapes), Main.inputs(cl), base, validator,
                cl.hasOption("strict"));
    }

    /** The fingerprint of a build of these inputs, base and shapes (see {@link BuildDir#fingerprint}). */
    String fingerprint() {
        try {
            return BuildDir.fingerprint(Pipeline.files(inputs, p -> { }), base, shapes);
        } catch (IOException e) {
            return "unreadable " + System.nanoTime(); // matches no build: the build reports what it cannot read
        }
    }

    /** Writes a build into {@code dir} (see {@link BuildDir#write}), replacing the folder as a whole. */
    void writeBuild(Path dir, Publication.Result result, String fingerprint) throws IOException {
        Folders.replace(dir, tmp -> BuildDir.write(tmp, result.dataset(), result.quality(), base, fingerprint,
                result.articles(), result.problems().size()));
    }

    /**
     * Builds, validates and withholds. Problems are printed as found; then the report of the violations (what is
     * withheld, with the source lines) when there are any, else the validation summary.
     */
    Publication.Result publish(PrintStream err, boolean progress) {
        Pipeline.Progress bar = progress ? new ProgressBar(err) : (done, total) -> { };
        return Publication.run(inputs, base, validator, err::println, bar, first -> printFirstRound(first, err));
    }

    private void printFirstRound(ValidationResult first, PrintStream err) {
        if (first.conforms()) {
            err.println(ReportPrinter.summary(first) + (first.report().getEntries().isEmpty() ? ""
                    : "; '" + Main.PROG + " validate' lists the warnings"));
        } else {
            new ReportPrinter(first.data(), base, inputs).print(first, err,
                    e -> Severity.Violation.equals(e.severity()));
        }
    }

    /**
     * Whether the result may be published: every input was there, it conforms after withholding and, under
     * {@code --strict}, nothing was withheld and nothing was reported. Prints why not, ending with {@code nothing}.
     */
    boolean publishable(Publication.Result r, String nothing, PrintStream err) {
        // an --input that is not there is a mistake of the command, not a bad article: a build of what is left
        // would replace the last good one with less (the error itself, FILE:1, was printed when found)
        List<Path> missing = inputs.stream().filter(p -> !java.nio.file.Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            err.println(summary(r) + "; no such input: " + missing.stream().map(Path::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + "; " + nothing);
            return false;
        }
        if (!r.conforms()) {
            err.println(summary(r) + "; " + Main.plural(r.last().violations(), "SHACL violation")
                    + " remain after withholding; " + nothing);
            return false;
        }
        if (strict && !r.clean()) {
            err.println(summary(r) + "; " + nothing + " (--strict)");
            return false;
        }
        return true;
    }

    /**
     * {@code built 23 articles, 2 problems (0 errors, 2 warnings); withheld 37 facts of 9 articles (WHERE)}: the
     * build, then what was held back when anything was.
     */
    static String summary(Publication.Result r, String where) {
        String s = Main.summary(r);
        if (r.withheldFacts() > 0) {
            s += "; withheld " + Main.plural(r.withheldFacts(), "fact") + " of "
                    + Main.plural(r.withheldArticles(), "article") + (where == null ? "" : " (" + where + ")");
        }
        return s;
    }

    static String summary(Publication.Result r) {
        return summary(r, null);
    }
}
