package org.constitutionkg.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * Federated queries: the SPARQL endpoints a query may reach with {@code SERVICE}. The publishing side enforces
 * {@link #SERVICE_ALLOW_LIST} in the server; {@link #disallowedServices} is the check.
 */
public final class Federation {

    /** The endpoints a {@code SERVICE} clause may name: Wikidata's public endpoint. */
    public static final Set<String> SERVICE_ALLOW_LIST = Set.of(Wikidata.SPARQL_ENDPOINT);

    private Federation() {
    }

    /**
     * The {@code SERVICE} targets of {@code query}, in order, including those in sub-queries, {@code EXISTS} filters
     * and nested groups; a variable target ({@code SERVICE ?x}) is given as {@code ?x}.
     */
    public static List<String> serviceTargets(Query query) {
        List<String> out = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            collect(query.getQueryPattern(), out);
        }
        return out;
    }

    private static void collect(Element element, List<String> out) {
        ElementWalker.walk(element, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                Node n = el.getServiceNode();
                out.add(n.isURI() ? n.getURI() : n.toString());
            }

            @Override
            public void visit(ElementSubQuery el) {
                if (el.getQuery().getQueryPattern() != null) {
                    collect(el.getQuery().getQueryPattern(), out);
                }
            }

            @Override
            public void visit(ElementFilter el) {
                collect(el.getExpr(), out);
            }

            @Override
            public void visit(ElementBind el) {
                collect(el.getExpr(), out);
            }
        });
    }

    /** SERVICE clauses inside EXISTS / NOT EXISTS. */
    private static void collect(Expr expr, List<String> out) {
        if (expr instanceof ExprFunctionOp fop && fop.getElement() != null) {
            collect(fop.getElement(), out);
        } else if (expr instanceof ExprFunction f) {
            for (Expr arg : f.getArgs()) {
                collect(arg, out);
            }
        }
    }

    /** The {@code SERVICE} targets of {@code query} that are not on {@link #SERVICE_ALLOW_LIST}. */
    public static List<String> disallowedServices(Query query) {
        return serviceTargets(query).stream().filter(t -> !SERVICE_ALLOW_LIST.contains(t)).toList();
    }
}
