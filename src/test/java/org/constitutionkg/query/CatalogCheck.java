package org.constitutionkg.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a catalog query and checks its {@code # expect} lines. The checks: {@code rows >= N}, {@code rows = N},
 * {@code contains "TEXT"} (some value of some row, as lexical form or IRI, equals or contains TEXT),
 * {@code not-contains "TEXT"}.
 */
final class CatalogCheck {

    private static final Pattern ROWS = Pattern.compile("rows\\s*(>=|=|<=)\\s*(\\d+)");
    private static final Pattern CONTAINS = Pattern.compile("(not-)?contains\\s+\"(.*)\"");

    private CatalogCheck() {
    }

    /** The rows as lists of value strings (lexical forms and IRIs). */
    static List<List<String>> run(Query q, DatasetGraph dsg, QueryPolicy policy, Context extra) {
        List<List<String>> rows = new ArrayList<>();
        try (QueryExec qe = policy.exec(q, dsg, extra)) {
            if (q.isSelectType()) {
                RowSet rs = qe.select();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    List<String> row = new ArrayList<>();
                    for (var v : rs.getResultVars()) {
                        Node n = b.get(v);
                        row.add(n == null ? "" : n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm()
                                : n.toString());
                    }
                    rows.add(row);
                }
            } else if (q.isAskType()) {
                rows.add(List.of(Boolean.toString(qe.ask())));
            } else {
                (q.isConstructType() ? qe.construct() : qe.describe()).find().forEachRemaining(t -> rows.add(List.of(
                        t.getSubject().toString(), t.getPredicate().toString(), t.getObject().toString())));
            }
        }
        return rows;
    }

    /** The failed checks (empty when all pass). */
    static List<String> check(List<List<String>> rows, String check) {
        List<String> failures = new ArrayList<>();
        Matcher m = ROWS.matcher(check);
        Matcher c = CONTAINS.matcher(check);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2));
            boolean ok = switch (m.group(1)) {
                case ">=" -> rows.size() >= n;
                case "<=" -> rows.size() <= n;
                default -> rows.size() == n;
            };
            if (!ok) {
                failures.add(check + " (got " + rows.size() + " rows)");
            }
        } else if (c.matches()) {
            String text = c.group(2);
            boolean found = rows.stream().flatMap(List::stream).anyMatch(v -> v.contains(text));
            if (found == (c.group(1) != null)) {
                failures.add(check + " (rows: " + rows + ")");
            }
        } else {
            failures.add("unknown check: " + check);
        }
        return failures;
    }

    /**
     * A context whose SERVICE executor answers the allowed endpoint {@code endpoint} from {@code standIn} (no
     * network): the federated catalog queries can then be checked offline.
     */
    static Context standInService(QueryPolicy policy, String endpoint, DatasetGraph standIn) {
        Context cxt = new Context();
        policy.configure(cxt);
        ServiceExecutorRegistry reg = ServiceExecutorRegistry.get(cxt);
        reg.addSingleLink((opExecute, opOriginal, binding, execCxt, chain) -> {
            if (opExecute.getService().isURI() && opExecute.getService().getURI().equals(endpoint)) {
                QueryIterator it = Algebra.exec(opExecute.getSubOp(), standIn);
                Iterator<Binding> merged = Iter.map(it, b -> BindingFactory.builder(binding).addAll(b).build());
                return QueryIterPlainWrapper.create(merged, execCxt);
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        });
        return cxt;
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
