package org.constitutionkg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.article.Problem;

/**
 * The {@code ckg} command line: {@code ckg build | dump | serve | validate}, each with {@code --help}.
 * <p>Exit codes: {@link #OK}, {@link #FAILED}, {@link #USAGE}. Only {@link #main} calls {@code System.exit}.
 */
public final class Main {

    /** Success (warnings allowed). */
    public static final int OK = 0;
    /** Input problems (all printed first), SHACL violations, a failed write, or a server that cannot start. */
    public static final int FAILED = 1;
    /** Usage error: unknown command or option, missing or bad value. */
    public static final int USAGE = 2;

    static final String PROG = "ckg";
    static final String DEFAULT_INPUT = "seeds";

    /** One {@code ckg} sub-command. */
    interface Command {
        String name();

        String summary();

        int run(String[] args, PrintStream out, PrintStream err);
    }

    private static final List<Command> COMMANDS = List.of(new BuildCommand(), new DumpCommand(), new ServeCommand(),
            new ValidateCommand(), new LinkCommand(), new QueryCommand(), new PublishCommand());

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs {@code ckg args}; returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            printCommands(err);
            return USAGE;
        }
        String name = args[0];
        if (name.equals("--help") || name.equals("-h") || name.equals("help")) {
            printCommands(out);
            return OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        for (Command c : COMMANDS) {
            if (c.name().equals(name)) {
                try {
                    return c.run(rest, out, err);
                } catch (UsageException e) {
                    return usageError(c.name(), e.getMessage(), err);
                } catch (UncheckedIOException e) {
                    err.println(PROG + " " + c.name() + ": " + describe(e.getCause()));
                    return FAILED;
                }
            }
        }
        err.println(PROG + ": unknown command '" + name + "'");
        err.println("Try '" + PROG + " --help'.");
        return USAGE;
    }

    private static void printCommands(PrintStream ps) {
        ps.println("usage: " + PROG + " <command> [options]");
        ps.println();
        ps.println("Builds a knowledge graph of constitutions from encyclopedia articles and publishes it.");
        ps.println();
        ps.println("commands:");
        for (Command c : COMMANDS) {
            ps.printf("  %-8s %s%n", c.name(), c.summary());
        }
        ps.println();
        ps.println("'" + PROG + " <command> --help' describes a command's options.");
        ps.flush();
    }

    // ---- shared by the commands -------------------------------------------------------------------------------

    /** A bad command line: reported with exit code {@link #USAGE}. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static int usageError(String command, String message, PrintStream err) {
        err.println(PROG + " " + command + ": " + message);
        err.println("Try '" + PROG + " " + command + " --help'.");
        return USAGE;
    }

    static Option helpOption() {
        return Option.builder("h").longOpt("help").desc("print this help and exit").get();
    }

    static Option inputOption() {
        return Option.builder("i").longOpt("input").hasArg().argName("PATH")
                .desc("an article file, or a folder whose *.txt files are read; repeatable (default: "
                        + DEFAULT_INPUT + ")")
                .get();
    }

    static Option baseOption() {
        return Option.builder().longOpt("base").hasArg().argName("IRI")
                .desc("base IRI of the data, ending in '/' or '#' (default: " + Pipeline.DEFAULT_BASE + ")")
                .get();
    }

    /** Whether the arguments ask for help (checked before parsing, so help works even next to a bad option). */
    static boolean wantsHelp(String[] args) {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                return true;
            }
            if (a.equals("--")) {
                break;
            }
        }
        return false;
    }

    /** Parses {@code args} against {@code options}; any error, including stray arguments, is a usage error. */
    static CommandLine parse(Options options, String[] args) {
        CommandLine cl;
        try {
            cl = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
        } catch (ParseException e) {
            throw new UsageException(e.getMessage());
        }
        if (!cl.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + cl.getArgList().get(0) + "'");
        }
        return cl;
    }

    // The classic HelpFormatter is deprecated in favour of org.apache.commons.cli.help, whose plain-text output is a
    // padded table; the classic one prints the usual compact option list.
    @SuppressWarnings("deprecation")
    static void printHelp(PrintStream out, String command, String header, Options options) {
        PrintWriter pw = new PrintWriter(out);
        HelpFormatter formatter = HelpFormatter.builder().setPrintWriter(pw).setShowDeprecated(false).get();
        formatter.setOptionComparator(null); // options in the order they are declared
        formatter.printHelp(pw, 100, PROG + " " + command, "\n" + header + "\n\noptions:", options, 2, 3, "", true);
        pw.flush();
    }

    static List<Path> inputs(CommandLine cl) {
        String[] values = cl.getOptionValues("input");
        List<Path> inputs = new ArrayList<>();
        if (values == null) {
            inputs.add(Path.of(DEFAULT_INPUT));
        } else {
            for (String v : values) {
                try {
                    inputs.add(Path.of(v));
                } catch (RuntimeException e) {
                    throw new UsageException("bad --input '" + v + "': " + e.getMessage());
                }
            }
        }
        return inputs;
    }

    static String base(CommandLine cl) {
        String base = cl.getOptionValue("base", Pipeline.DEFAULT_BASE);
        try {
            IRIx iri = IRIx.create(base);
            if (!iri.isAbsolute() || !(base.endsWith("/") || base.endsWith("#"))) {
                throw new UsageException("bad --base '" + base + "': must be an absolute IRI ending in '/' or '#'");
            }
        } catch (IRIException e) {
            throw new UsageException("bad --base '" + base + "': " + e.getMessage());
        }
        return base;
    }

    /** {@code built 3 articles, 2 problems (1 error, 1 warning)}. */
    static String summary(Pipeline.BuildResult r) {
        return summary(r.articles(), r.problems());
    }

    /** As {@link #summary(Pipeline.BuildResult)}, counting the articles published and every problem. */
    static String summary(Publication.Result r) {
        return summary(r.articles(), r.problems());
    }

    private static String summary(int articles, List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        long warnings = problems.size() - errors;
        return "built " + plural(articles, "article") + ", " + plural(problems.size(), "problem")
                + " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")";
    }

    /** An exception as a short message for the user. */
    static String describe(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    /** "1 article", "2 articles". */
    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
