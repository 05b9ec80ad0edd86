package org.constitutionkg.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.constitutionkg.Pipeline;
import org.constitutionkg.query.Catalog;
import org.constitutionkg.query.QueryPolicy;
import org.constitutionkg.server.SparqlServer;

/**
 * {@code ckg query NAME|FILE}: builds the dataset in memory and runs one query of the catalog ({@code queries/NAME.rq})
 * or a query file, under the same rules as the endpoint (union default graph, timeout, row cap, SERVICE allow-list).
 */
final class QueryCommand implements Main.Command {

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run a catalog query (queries/NAME.rq) or a query file on the knowledge graph";
    }

    private static Options options() {
        return QueryModule.addTo(new Options())
                .addOption(Main.inputOption())
                .addOption(Option.builder().longOpt("param").hasArg().argName("NAME=VALUE")
                        .desc("set a parameter declared by a '# param:' header line (repeatable); the value is a "
                                + "SPARQL term (1930, \"text\", <iri>, id:Name) or a plain string").get())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("table|csv|json")
                        .desc("output format (default: table); CONSTRUCT/DESCRIBE give Turtle, N-Triples, JSON-LD")
                        .get())
                .addOption(Option.builder().longOpt("list").desc("list the catalog and exit").get())
                .addOption(Main.baseOption())
                .addOption(Main.helpOption());
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options options = options();
        if (Main.wantsHelp(args)) {
            Main.printHelp(out, name() + " NAME|FILE", "Builds the knowledge graph from the articles (not "
                    + "validated) and runs one query: NAME is a file of the catalog (queries/NAME.rq, see --list), "
                    + "FILE any .rq file. The default graph is the union of all graphs, as on the endpoint. "
                    + "Exit codes: 0 done, 1 the query failed (parse error, timeout, refused or unreachable "
                    + "SERVICE) or input problems, 2 usage error (unknown query or parameter, bad option).", options);
            return Main.OK;
        }
        CommandLine cl;
        try {
            cl = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
        } catch (ParseException e) {
            throw new Main.UsageException(e.getMessage());
        }
        QueryModule rules = QueryModule.read(cl);
        Path catalogDir = rules.catalog();
        Catalog catalog = Catalog.load(catalogDir);
        if (cl.hasOption("list")) {
            for (Catalog.Entry e : catalog.entries()) {
                out.println(e.name() + (e.params().isEmpty() ? "" : " " + e.params()));
                out.println("    " + e.description());
            }
            out.flush();
            return Main.OK;
        }
        List<String> rest = cl.getArgList();
        if (rest.size() != 1) {
            throw new Main.UsageException(rest.isEmpty() ? "missing NAME or FILE" : "one query at a time, got "
                    + String.join(" ", rest));
        }
        String what = rest.get(0);
        String format = cl.getOptionValue("format", "table").toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new Main.UsageException("bad --format '" + format + "': expected table, csv or json");
        }
        Map<String, String> params = new LinkedHashMap<>();
        String[] ps = cl.getOptionValues("param");
        if (ps != null) {
            for (String p : ps) {
                int eq = p.indexOf('=');
                if (eq <= 0) {
                    throw new Main.UsageException("bad --param '" + p + "': expected NAME=VALUE");
                }
                params.put(p.substring(0, eq).strip(), p.substring(eq + 1));
            }
        }
        String base = Main.base(cl);

        Catalog.Entry entry;
        Path file = Path.of(what);
        if (what.endsWith(".rq") || what.contains("/") || what.contains(java.io.File.separator)) {
            if (!Files.isRegularFile(file)) {
                throw new Main.UsageException("no such query file: " + what);
            }
            entry = Catalog.read(file);
        } else {
            entry = catalog.find(what);
            if (entry == null) {
                throw new Main.UsageException("no query called '" + what + "' in " + catalogDir
                        + " (ckg query --list shows them)");
            }
        }
        Query query;
        try {
            query = Catalog.bind(entry, params, base);
        } catch (QueryParseException e) {
            err.println(Main.PROG + " query: " + entry.file() + ": parse error: " + e.getMessage());
            return Main.FAILED;
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
        QueryPolicy policy = rules.policy();
        List<String> refused = policy.refusedServices(query);
        if (!refused.isEmpty()) {
            err.println(Main.PROG + " query: " + policy.refusal(refused));
            return Main.FAILED;
        }

        Pipeline.BuildResult result = Pipeline.build(Main.inputs(cl), base, problem -> err.println(problem));
        if (!result.problems().isEmpty()) {
            err.println(Main.summary(result));
        }
        DatasetGraph dsg = SparqlServer.unionView(result.dataset());
        try (QueryExec qe = policy.exec(query, dsg, null)) {
            print(query, qe, format, out);
        } catch (RuntimeException e) {
            out.flush();
            err.println(Main.PROG + " query: " + entry.name() + ": " + Main.describe(e));
            return Main.FAILED;
        }
        out.flush();
        return result.hasErrors() ? Main.FAILED : Main.OK;
    }

    private static void print(Query query, QueryExec qe, String format, PrintStream out) {
        if (query.isSelectType()) {
            RowSet rows = qe.select();
            ResultSet rs = ResultSet.adapt(rows);
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                default -> ResultSetFormatter.out(out, rs, query.getPrologue());
            }
        } else if (query.isAskType()) {
            boolean b = qe.ask();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, b);
                case "json" -> ResultSetFormatter.outputAsJSON(out, b);
                default -> out.println(b ? "yes" : "no");
            }
        } else {
            Graph g = query.isConstructType() ? qe.construct() : qe.describe();
            query.getPrefixMapping().getNsPrefixMap().forEach(g.getPrefixMapping()::setNsPrefix);
            RDFDataMgr.write(out, g, switch (format) {
                case "csv" -> RDFFormat.NTRIPLES;
                case "json" -> RDFFormat.JSONLD;
                default -> RDFFormat.TURTLE_PRETTY;
            });
        }
    }
}
