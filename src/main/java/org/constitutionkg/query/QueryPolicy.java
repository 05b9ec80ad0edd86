package org.constitutionkg.query;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.constitutionkg.link.Federation;

/**
 * The rules every query runs under, on the endpoint, on the query page and in {@code ckg query}: a timeout that
 * cancels the execution, a cap on the number of result rows (a {@code LIMIT} put on the query when it has none or a
 * larger one) and the {@code SERVICE} allow-list (checked on the syntax before execution and again by a guard in
 * ARQ's service executor chain, so {@code SERVICE ?var} cannot reach anything else either).
 */
public final class QueryPolicy {

    public static final long DEFAULT_TIMEOUT_MS = 10_000;
    public static final long DEFAULT_ROW_CAP = 10_000;

    private final long timeoutMs;
    private final long rowCap;
    private final Set<String> allowList;

    public QueryPolicy(long timeoutMs, long rowCap, Set<String> allowList) {
        if (timeoutMs <= 0 || rowCap <= 0) {
            throw new IllegalArgumentException("timeout and row cap must be positive");
        }
        this.timeoutMs = timeoutMs;
        this.rowCap = rowCap;
        this.allowList = Set.copyOf(allowList);
    }

    /** Default timeout and cap, SERVICE only to {@link Federation#SERVICE_ALLOW_LIST}. */
    public static QueryPolicy standard() {
        return new QueryPolicy(DEFAULT_TIMEOUT_MS, DEFAULT_ROW_CAP, Federation.SERVICE_ALLOW_LIST);
    }

    public long timeoutMs() {
        return timeoutMs;
    }

    public long rowCap() {
        return rowCap;
    }

    public Set<String> allowList() {
        return allowList;
    }

    /** Parses SPARQL 1.1; throws {@link org.apache.jena.query.QueryParseException} with the parser's message. */
    public static Query parse(String text) {
        return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
    }

    /** The SERVICE targets of {@code query} that are not allowed (a variable target is never allowed). */
    public List<String> refusedServices(Query query) {
        return Federation.serviceTargets(query).stream().filter(t -> !allowList.contains(t)).toList();
    }

    /** The message for refused SERVICE targets. */
    public String refusal(List<String> refused) {
        return "SERVICE not allowed: " + String.join(", ", refused) + " (allowed: "
                + String.join(", ", allowList.stream().sorted().toList()) + ")";
    }

    /** Whether {@link #capped} would change the query. */
    public boolean needsCap(Query query) {
        return !query.isAskType() && (!query.hasLimit() || query.getLimit() > rowCap);
    }

    /** {@code query}, or a copy with {@code LIMIT rowCap} when it has no LIMIT or a larger one. */
    public Query capped(Query query) {
        if (!needsCap(query)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(rowCap);
        return copy;
    }

    /** Puts the timeout, the SERVICE guard and the HTTP timeout for allowed SERVICE calls into {@code cxt}. */
    public void configure(Context cxt) {
        cxt.set(ARQ.queryTimeout, Long.toString(timeoutMs));
        cxt.set(Service.httpQueryTimeout, Long.toString(timeoutMs));
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.createFrom(ServiceExecutorRegistry.get());
        registry.addSingleLink(guard());
        ServiceExecutorRegistry.set(cxt, registry);
    }

    /** Refuses, at execution time, any SERVICE whose (bound) endpoint is not on the allow-list. */
    ChainingServiceExecutor guard() {
        return (opExecute, opOriginal, binding, execCxt, chain) -> {
            Node n = opExecute.getService();
            if (n == null || !n.isURI() || !allowList.contains(n.getURI())) {
                throw new QueryExecException(refusal(List.of(n == null ? "?" : n.toString())));
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        };
    }

    /** A query execution on {@code dsg} under this policy (cap applied, allow-list checked by the caller). */
    public QueryExec exec(Query query, DatasetGraph dsg, Context extra) {
        Context cxt = Context.setupContextForDataset(ARQ.getContext(), dsg);
        configure(cxt);
        if (extra != null) {
            cxt.putAll(extra);
        }
        return QueryExec.newBuilder().dataset(dsg).query(capped(query)).context(cxt)
                .timeout(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS).build();
    }
}
