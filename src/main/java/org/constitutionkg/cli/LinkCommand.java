package org.constitutionkg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.constitutionkg.Pipeline;
import org.constitutionkg.link.EntityIndex;
import org.constitutionkg.link.LinksTable;
import org.constitutionkg.link.Reconciler;
import org.constitutionkg.link.Wikidata;
import org.constitutionkg.link.WikidataClient;
import org.constitutionkg.link.WikidataLinks;

/**
 * {@code ckg link}: reconciles the entities that have no Wikidata link against the Wikidata Action API, writes every
 * proposal to a review file and adds the accepted ones to the links file as {@code reconciled} rows. Both files are
 * written at the end only, each by an atomic rename: a run that fails leaves them as they were.
 */
final class LinkCommand implements Main.Command {

    static final String DEFAULT_REVIEW = "links/review.tsv";
    static final String DEFAULT_CACHE = ".cache/wikidata";
    static final double DEFAULT_ACCEPT = 0.9;

    @Override
    public String name() {
        return "link";
    }

    @Override
    public String summary() {
        return "find Wikidata items for entities without a link (online) and propose links for review";
    }

    private static Options options() {
        return new Options()
                .addOption(Main.inputOption())
                .addOption(Option.builder().longOpt("api").hasArg().argName("URL")
                        .desc("the Wikidata Action API (default: " + Wikidata.ACTION_API + ")").get())
                .addOption(Option.builder().longOpt("accept").hasArg().argName("SCORE")
                        .desc("add proposals scoring at least SCORE (0 to 1, default: " + DEFAULT_ACCEPT
                                + ") to the links file as 'reconciled', unless tied or taken").get())
                .addOption(Option.builder("o").longOpt("out").hasArg().argName("FILE")
                        .desc("the review file: every proposal with its score and evidence (default: "
                                + DEFAULT_REVIEW + ")").get())
                .addOption(Option.builder().longOpt("links").hasArg().argName("FILE")
                        .desc("the links file read and extended (default: " + LinksTable.PATH
                                + "; if missing, it is created from the built-in table)").get())
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("response cache, one file per request (default: " + DEFAULT_CACHE + ")").get())
                .addOption(Option.builder().longOpt("rate").hasArg().argName("N")
                        .desc("at most N requests a second (default: 3)").get())
                .addOption(Option.builder().longOpt("retries").hasArg().argName("N")
                        .desc("attempts per request on HTTP 429/5xx, malformed answers and network errors "
                                + "(default: 5)").get())
                .addOption(Option.builder().longOpt("retry-delay").hasArg().argName("MS")
                        .desc("first back-off in milliseconds, doubled per attempt; Retry-After wins "
                                + "(default: 1000)").get())
                .addOption(Main.baseOption())
                .addOption(Main.helpOption());
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name(), "Builds the knowledge graph, then looks up every entity that the links file "
                    + "does not link: wbsearchentities with each English label and altLabel, wbgetentities for the "
                    + "candidates, scored on name, type (P31 against the ontology's class alignments) and dates "
                    + "(P571/P576/P580/P582 at the precision both sides have). Every proposal goes to the review "
                    + "file; a proposal scoring at least --accept that is neither tied nor an item already linked "
                    + "is appended to the links file as 'reconciled' (never over a curated link). Requests carry a "
                    + "descriptive User-Agent, are rate-limited, retried with back-off and cached on disk. Exit "
                    + "codes: 0 done, 1 the API could not be reached (both files untouched) or some entities were "
                    + "skipped, 2 usage error.", options);
            return Main.OK;
        }
        CommandLine cl = Main.parse(options, args);
        List<Path> inputs = Main.inputs(cl);
        String base = Main.base(cl);
        URI api = api(cl.getOptionValue("api", Wikidata.ACTION_API));
        double accept = number(cl, "accept", DEFAULT_ACCEPT, 0, 1);
        Path review = Path.of(cl.getOptionValue("out", DEFAULT_REVIEW));
        Path linksFile = Path.of(cl.getOptionValue("links", LinksTable.PATH));
        Path cache = Path.of(cl.getOptionValue("cache", DEFAULT_CACHE));
        double rate = number(cl, "rate", 3, 0.01, 1000);
        int retries = (int) number(cl, "retries", 5, 1, 20);
        long delay = (long) number(cl, "retry-delay", 1000, 0, 600_000);

        LinksTable table;
        try {
            table = Files.exists(linksFile) ? LinksTable.read(linksFile) : LinksTable.builtIn();
        } catch (IOException | IllegalArgumentException e) {
            err.println(Main.PROG + " link: cannot read " + linksFile + ": " + Main.describe(e));
            return Main.FAILED;
        }

        Pipeline.BuildResult result = Pipeline.build(inputs, base, problem -> err.println(problem));
        if (!result.problems().isEmpty()) {
            err.println(Main.summary(result));
        }
        EntityIndex index = EntityIndex.of(result.dataset(), base);
        WikidataLinks.Result existing = WikidataLinks.resolve(index, table);

        WikidataClient client = new WikidataClient(new WikidataClient.Settings(api, cache,
                Duration.ofMillis((long) Math.ceil(1000 / rate)), retries, Duration.ofMillis(delay),
                Duration.ofMinutes(2), Duration.ofSeconds(30)));
        Reconciler.Outcome outcome;
        try {
            outcome = new Reconciler(client, accept, LocalDate.now()).run(index, existing);
        } catch (WikidataClient.UnreachableException e) {
            err.println(Main.PROG + " link: " + e.getMessage());
            err.println(Main.PROG + " link: nothing written; " + client.requestsSent() + " requests sent, the "
                    + "answers so far are cached in " + cache);
            return Main.FAILED;
        }
        for (String s : outcome.skipped()) {
            err.println(Main.PROG + " link: skipped " + s);
        }
        try {
            writeAtomically(review, Reconciler.reviewText(outcome.proposals()));
            if (!outcome.accepted().isEmpty() || !Files.exists(linksFile)) {
                writeAtomically(linksFile, table.textWith(outcome.accepted()));
            }
        } catch (IOException e) {
            err.println(Main.PROG + " link: cannot write: " + Main.describe(e));
            return Main.FAILED;
        }
        err.println(Main.PROG + " link: " + outcome.checked() + " entities without a link checked, "
                + outcome.proposals().stream().filter(p -> p.candidate() != null).count() + " proposals in " + review
                + ", " + outcome.accepted().size() + " accepted into " + linksFile + " ("
                + client.requestsSent() + " requests, " + client.cacheHits() + " from the cache)");
        return outcome.skipped().isEmpty() ? Main.OK : Main.FAILED;
    }

    private static URI api(String value) {
        try {
            URI u = URI.create(value);
            if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
                    || u.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException("bad --api '" + value + "': " + e.getMessage());
        }
    }

    private static double number(CommandLine cl, String opt, double dflt, double min, double max) {
        String v = cl.getOptionValue(opt);
        if (v == null) {
            return dflt;
        }
        try {
            double d = Double.parseDouble(v);
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Main.UsageException("bad --" + opt + " '" + v + "': expected a number from " + fmt(min) + " to "
                + fmt(max));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Writes {@code text} to a temporary file beside {@code file}, then renames it over {@code file}. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".new-" + ProcessHandle.current().pid() + "-"
                + Long.toHexString(System.nanoTime()));
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
