package org.constitutionkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.constitutionkg.Pipeline;
import org.constitutionkg.validate.ReportPrinter;
import org.constitutionkg.validate.ShapesValidator;
import org.constitutionkg.validate.ValidationResult;
import org.constitutionkg.validate.Withholding;

/**
 * {@code ckg validate}: checks the articles (after extraction) or RDF files against the SHACL shapes and prints a
 * report grouped by resource. Exit 0 when there is no violation (warnings allowed), 1 on violations or input
 * problems, 2 on usage errors.
 */
final class ValidateCommand implements Main.Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check the articles (after extraction) or RDF files against the SHACL shapes";
    }

    private static Options options() {
        return new Options()
                .addOption(Main.inputOption())
                .addOption(Option.builder("d").longOpt("data").hasArg().argName("FILE")
                        .desc("an RDF file to validate instead of articles (Turtle, TriG, N-Triples, N-Quads, "
                                + "JSON-LD, RDF/XML by extension); repeatable; not with --input").get())
                .addOption(Option.builder("r").longOpt("report").hasArg().argName("FILE")
                        .desc("also write the standard sh:ValidationReport as Turtle to FILE").get())
                .addOption(Option.builder().longOpt("withhold")
                        .desc("also list the facts a build would withhold (with --input only)").get())
                .addOption(PublishModule.shapesOption())
                .addOption(Main.baseOption())
                .addOption(Main.helpOption());
    }


    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name(), "Validates the knowledge graph built from the articles (--input, default "
                    + Main.DEFAULT_INPUT + ") or RDF files (--data) against the SHACL shapes. The data checked is "
                    + "the union of the fact graphs, the provenance graph and the ontology. The report groups the "
                    + "results by resource and gives each one's property, value, message, shape and, for extracted "
                    + "facts, the source FILE:LINE and text. It reports everything and publishes nothing: a build "
                    + "withholds the facts that violations name and publishes the rest; --withhold lists what it "
                    + "would withhold. Exit codes: 0 no violations (warnings allowed), 1 violations or input "
                    + "problems, 2 usage error.", options);
            return Main.OK;
        }
        CommandLine cl = Main.parse(options, args);
        if (cl.hasOption("input") && cl.hasOption("data")) {
            throw new Main.UsageException("--input and --data cannot be used together");
        }
        if (cl.hasOption("withhold") && cl.hasOption("data")) {
            throw new Main.UsageException("--withhold works on articles (--input), not on --data");
        }
        String base = Main.base(cl);
        ShapesValidator validator = PublishModule.validator(cl, base);
        Path reportFile = cl.hasOption("report") ? Path.of(cl.getOptionValue("report")) : null;

        Dataset ds;
        List<Path> inputs;
        boolean inputErrors;
        if (cl.hasOption("data")) {
            inputs = List.of();
            ds = DatasetFactory.createTxnMem();
            inputErrors = false;
            for (String f : cl.getOptionValues("data")) {
                if (!read(Path.of(f), ds, err)) {
                    inputErrors = true;
                }
            }
            if (inputErrors) {
                err.println(Main.PROG + " validate: nothing validated");
                return Main.FAILED;
            }
        } else {
            inputs = Main.inputs(cl);
            Pipeline.BuildResult result = Pipeline.build(inputs, base, problem -> err.println(problem));
            if (!result.problems().isEmpty()) {
                err.println(Main.summary(result));
            }
            ds = result.dataset();
            inputErrors = result.hasErrors();
        }

        List<Path> in = inputs;
        ValidationResult vr;
        if (cl.hasOption("withhold")) {
            Withholding.Outcome o = Withholding.run(ds, validator, base,
                    first -> new ReportPrinter(first.data(), base, in).print(first, out));
            vr = o.first();
            out.println();
            // the withheld statements with their sources, and the labels of what is still published
            Graph both = new org.apache.jena.graph.compose.Union(o.withheld(), ShapesValidator.dataGraph(ds));
            new ReportPrinter(both, base, inputs).printWithheld(o.withheld(), out);
            out.println("a build would withhold " + Main.plural(o.facts(), "fact") + " of "
                    + Main.plural(o.articles().size(), "article") + (o.conforms() ? ""
                    : "; " + Main.plural(o.last().violations(), "violation") + " would remain"));
        } else {
            vr = validator.validate(ds);
            new ReportPrinter(vr.data(), base, inputs).print(vr, out);
        }
        if (reportFile != null && !writeReport(vr, reportFile, err)) {
            return Main.FAILED;
        }
        return vr.conforms() && !inputErrors ? Main.OK : Main.FAILED;
    }


    static boolean writeReport(ValidationResult vr, Path file, PrintStream err) {
        try {
            Path target = file.toAbsolutePath().normalize();
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            try (OutputStream o = Files.newOutputStream(target)) {
                vr.writeReport(o);
            }
            return true;
        } catch (IOException | UncheckedIOException e) {
            err.println(Main.PROG + " validate: cannot write " + file + ": " + Main.describe(e));
            return false;
        }
    }

    private static final java.util.regex.Pattern PARSER_POSITION =
            java.util.regex.Pattern.compile("\\[line: (\\d+), col: (\\d+) *\\] *");

    private static boolean read(Path file, Dataset ds, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            err.println(file + ":1: error: no such file");
            return false;
        }
        Lang lang = RDFLanguages.filenameToLang(file.toString());
        if (lang == null) {
            err.println(file + ":1: error: unknown RDF format (use .ttl, .trig, .nt, .nq, .jsonld or .rdf)");
            return false;
        }
        // The parser's own logging is off: the one message is ours, as FILE:LINE.
        RDFParserBuilder parser = RDFParser.source(file).lang(lang)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging);
        try {
            if (RDFLanguages.isQuads(lang)) {
                parser.parse(ds.asDatasetGraph());
            } else {
                parser.parse(ds.getDefaultModel().getGraph());
            }
            return true;
        } catch (RiotParseException e) {
            err.println(file + ":" + Math.max(1, e.getLine()) + ": error: cannot parse: " + e.getOriginalMessage());
            return false;
        } catch (RiotException e) {
            // "[line: 4, col: 1 ] Broken token": the position as FILE:LINE, the rest as the message
            String m = e.getMessage() == null ? e.toString() : e.getMessage();
            java.util.regex.Matcher at = PARSER_POSITION.matcher(m);
            err.println(at.lookingAt() ? file + ":" + at.group(1) + ": error: cannot parse (column " + at.group(2)
                    + "): " + m.substring(at.end()) : file + ":1: error: cannot parse: " + m);
            return false;
        }
    }
}
