package org.constitutionkg.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.constitutionkg.link.Federation;
import org.constitutionkg.query.QueryPolicy;

/**
 * The query options {@code serve} and {@code query} share: {@code --timeout}, {@code --max-rows} and
 * {@code --queries} (the catalog), read into a {@link QueryPolicy} and a catalog folder.
 * <pre>
 *   Options o = QueryModule.addTo(new Options());
 *   QueryModule q = QueryModule.read(cl);   // q.policy(), q.catalog()
 * </pre>
 */
record QueryModule(QueryPolicy policy, Path catalog) {

    static final String DEFAULT_CATALOG = "queries";

    static Options addTo(Options options) {
        return options
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("stop a query after this many seconds (decimals allowed; default: "
                                + QueryPolicy.DEFAULT_TIMEOUT_MS / 1000 + ")").get())
                .addOption(Option.builder().longOpt("max-rows").hasArg().argName("N")
                        .desc("cap on result rows: a LIMIT N is added to queries without a smaller one (default: "
                                + QueryPolicy.DEFAULT_ROW_CAP + ")").get())
                .addOption(Option.builder().longOpt("queries").hasArg().argName("DIR")
                        .desc("the query catalog (default: queries, else the one beside the jar)").get());
    }

    /** Reads the options back; a bad value is a usage error. */
    static QueryModule read(CommandLine cl) {
        return new QueryModule(new QueryPolicy(timeout(cl.getOptionValue("timeout")),
                maxRows(cl.getOptionValue("max-rows")), Federation.SERVICE_ALLOW_LIST),
                catalogDir(cl.getOptionValue("queries")));
    }

    /** {@code --timeout SECONDS} (default 10) in milliseconds. */
    static long timeout(String value) {
        if (value == null) {
            return QueryPolicy.DEFAULT_TIMEOUT_MS;
        }
        try {
            double s = Double.parseDouble(value);
            if (s > 0 && s <= 86_400) {
                return Math.max(1, Math.round(s * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Main.UsageException("bad --timeout '" + value + "': expected seconds, more than 0");
    }

    static long maxRows(String value) {
        if (value == null) {
            return QueryPolicy.DEFAULT_ROW_CAP;
        }
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Main.UsageException("bad --max-rows '" + value + "': expected a positive number");
    }

    /** {@code --queries DIR}, else {@code queries} here, else {@code queries} beside the jar's folder. */
    static Path catalogDir(String option) {
        if (option != null) {
            return Path.of(option);
        }
        Path here = Path.of(DEFAULT_CATALOG);
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(QueryModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path repo = jar.getParent() == null ? null : jar.getParent().getParent();
            if (repo != null && Files.isDirectory(repo.resolve(DEFAULT_CATALOG))) {
                return repo.resolve(DEFAULT_CATALOG);
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no catalog beside the jar
        }
        return here;
    }
}
