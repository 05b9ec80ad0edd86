package org.constitutionkg.link;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for the Wikidata Action API on 127.0.0.1 (a free port): answers {@code wbsearchentities} and
 * {@code wbgetentities} with JSON shaped like Wikidata's, from the items given to it, and can be scripted to fail:
 * a 429 with {@code Retry-After}, a 500, malformed JSON, or to die (stop listening) after some requests.
 */
final class StandInWikidata implements AutoCloseable {

    /** A scripted answer for the next request. */
    enum Fault { TOO_MANY, SERVER_ERROR, MALFORMED }

    private final HttpServer server;
    private final Map<String, List<String>> searches = new LinkedHashMap<>();
    private final Map<String, String> entities = new LinkedHashMap<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private volatile int dieAfter = Integer.MAX_VALUE;

    StandInWikidata() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.start();
    }

    /** The API URL. */
    String api() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php";
    }

    /**
     * Adds an item: found by searching any of {@code names} (case-insensitive), with P31 {@code p31} (may be null)
     * and time claims given as {@code "P571=+1922-12-30T00:00:00Z/11"}.
     */
    StandInWikidata item(String id, String label, String description, List<String> names, String p31,
            String... times) {
        for (String n : names) {
            searches.computeIfAbsent(n.toLowerCase(), k -> new ArrayList<>()).add(
                    "{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"label\":" + q(label) + ",\"description\":"
                            + q(description) + ",\"match\":{\"type\":\"label\",\"language\":\"en\",\"text\":"
                            + q(label) + "}}");
        }
        StringBuilder claims = new StringBuilder();
        if (p31 != null) {
            claims.append("\"P31\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P31\",\"datavalue\":"
                    + "{\"value\":{\"entity-type\":\"item\",\"numeric-id\":" + p31.substring(1) + ",\"id\":\"" + p31
                    + "\"},\"type\":\"wikibase-entityid\"}},\"type\":\"statement\",\"rank\":\"normal\"}]");
        }
        for (String t : times) {
            String prop = t.substring(0, t.indexOf('='));
            String time = t.substring(t.indexOf('=') + 1, t.lastIndexOf('/'));
            String precision = t.substring(t.lastIndexOf('/') + 1);
            if (claims.length() > 0) {
                claims.append(',');
            }
            claims.append(q(prop)).append(":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":").append(q(prop))
                    .append(",\"datavalue\":{\"value\":{\"time\":").append(q(time))
                    .append(",\"timezone\":0,\"before\":0,\"after\":0,\"precision\":").append(precision)
                    .append(",\"calendarmodel\":\"http://www.wikidata.org/entity/Q1985727\"},\"type\":\"time\"}},"
                            + "\"type\":\"statement\",\"rank\":\"normal\"}]");
        }
        entities.put(id, "{\"type\":\"item\",\"id\":\"" + id + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":"
                + q(label) + "}},\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":" + q(description)
                + "}},\"aliases\":{\"en\":[]},\"claims\":{" + claims + "}}");
        return this;
    }

    /** The next requests get these faults, in order. */
    StandInWikidata fail(Fault... f) {
        faults.addAll(List.of(f));
        return this;
    }

    /** Requests after the first {@code n} find the server gone. */
    StandInWikidata dieAfter(int n) {
        dieAfter = n;
        return this;
    }

    /** Every request received (path and query), in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String query = ex.getRequestURI().getRawQuery();
            int n;
            synchronized (requests) {
                requests.add(query);
                n = requests.size();
            }
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            if (n > dieAfter) {
                new Thread(() -> server.stop(0)).start();
                return; // no answer: the connection is closed
            }
            Fault f;
            synchronized (faults) {
                f = faults.poll();
            }
            if (f == Fault.TOO_MANY) {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 429, "{\"error\":\"too many requests\"}");
                return;
            }
            if (f == Fault.SERVER_ERROR) {
                send(ex, 500, "<html>Internal Server Error</html>");
                return;
            }
            if (f == Fault.MALFORMED) {
                send(ex, 200, "{\"search\":[{\"id\":\"Q1\",");
                return;
            }
            Map<String, String> p = params(query);
            if ("wbsearchentities".equals(p.get("action"))) {
                String s = p.getOrDefault("search", "");
                send(ex, 200, "{\"searchinfo\":{\"search\":" + q(s) + "},\"search\":["
                        + String.join(",", searches.getOrDefault(s.toLowerCase(), List.of())) + "],\"success\":1}");
            } else if ("wbgetentities".equals(p.get("action"))) {
                List<String> parts = new ArrayList<>();
                for (String id : p.getOrDefault("ids", "").split("\\|")) {
                    String e = entities.get(id);
                    parts.add(q(id) + ":" + (e != null ? e : "{\"id\":" + q(id) + ",\"missing\":\"\"}"));
                }
                send(ex, 200, "{\"entities\":{" + String.join(",", parts) + "},\"success\":1}");
            } else {
                send(ex, 200, "{\"error\":{\"code\":\"badvalue\",\"info\":\"unknown action\"}}");
            }
        }
    }

    private static void send(HttpExchange ex, int code, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(code, b.length);
        try (OutputStream o = ex.getResponseBody()) {
            o.write(b);
        }
    }

    private static Map<String, String> params(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null) {
            return out;
        }
        for (String kv : query.split("&")) {
            int i = kv.indexOf('=');
            String k = i < 0 ? kv : kv.substring(0, i);
            String v = i < 0 ? "" : kv.substring(i + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String q(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
