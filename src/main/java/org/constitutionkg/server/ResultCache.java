package org.constitutionkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Answers repeated SPARQL query GETs from memory. The served data does not change while it is served (a switch to
 * a rebuilt store changes the {@code version}, which is part of every key), so a complete 200 answer to the same
 * query string with the same {@code Accept} is the same bytes: the cache that linked-data sites usually put in front
 * of their endpoint (Wikidata's query service caches GET results in the same way), built in. Every cached answer has
 * an {@code ETag}, and {@code If-None-Match} gets 304.
 * <p>Not cached: POST (bodies are read by the protocol handler), queries whose answer may change between two runs
 * ({@code SERVICE}, {@code NOW}, {@code RAND}, {@code UUID}, {@code STRUUID}, {@code BNODE}), answers that are not a
 * complete 200 (errors, timeouts), answers over {@value #MAX_ENTRY} bytes and query strings over {@value #MAX_QUERY}
 * characters. The least recently used answers are dropped beyond {@value #MAX_TOTAL} bytes in all (bodies, keys and
 * headers).
 */
final class ResultCache {

    static final int MAX_ENTRY = 512 * 1024;
    static final int MAX_QUERY = 16 * 1024;
    static final long MAX_TOTAL = 32L * 1024 * 1024;

    private static final Pattern VOLATILE = Pattern.compile("(?i)\\b(?:SERVICE|NOW|RAND|UUID|STRUUID|BNODE)\\b");
    /** Headers that belong to one exchange, not to the answer. */
    private static final Set<String> EXCHANGE_HEADERS = Set.of("date", "content-length", "transfer-encoding",
            "connection", "etag", "access-control-allow-origin", "access-control-allow-credentials",
            "access-control-expose-headers", "set-cookie", "fuseki-request-id", "cache-control", "pragma");

    private record Entry(List<String[]> headers, byte[] body, String etag) {
        /** Roughly what the entry and its key hold in memory. */
        long size(String key) {
            return body.length + 2L * key.length() + 256L * (headers.size() + 1);
        }
    }

    private final Supplier<String> version;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long total;

    /** @param version identifies the data being served; a new value makes every cached answer stale */
    ResultCache(Supplier<String> version) {
        this.version = version;
    }

    /** Answers {@code req} from the cache, or runs {@code chain} and keeps its answer if it may be reused. */
    void handle(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String query = req.getQueryString();
        if (!req.getMethod().equals("GET") || query == null || query.length() > MAX_QUERY) {
            chain.doFilter(req, resp);
            return;
        }
        String key = version.get() + "\n" + query + "\n" + req.getHeader("Accept");
        Entry hit;
        synchronized (this) {
            hit = entries.get(key);
        }
        if (hit != null) { // only answers that may be reused are ever kept
            replay(resp, hit);
            send(req, resp, hit);
            return;
        }
        if (VOLATILE.matcher(decode(query)).find()) {
            chain.doFilter(req, resp);
            return;
        }
        Capture capture = new Capture(resp);
        chain.doFilter(req, capture);
        Entry made = capture.finish();
        if (made != null) {
            synchronized (this) {
                Entry old = entries.put(key, made);
                total += made.size(key) - (old == null ? 0 : old.size(key));
                var it = entries.entrySet().iterator();
                while (total > MAX_TOTAL && it.hasNext()) {
                    var e = it.next();
                    total -= e.getValue().size(e.getKey());
                    it.remove();
                }
            }
            send(req, resp, made); // status and headers are on resp already
        }
    }

    /** Sets the headers the answer was made with. */
    private static void replay(HttpServletResponse resp, Entry e) {
        Set<String> seen = new java.util.HashSet<>();
        for (String[] h : e.headers()) {
            if (seen.add(h[0].toLowerCase(Locale.ROOT))) {
                resp.setHeader(h[0], h[1]);
            } else {
                resp.addHeader(h[0], h[1]);
            }
        }
    }

    /** The kept body with its validators, or 304 when the client already has it. */
    private static void send(HttpServletRequest req, HttpServletResponse resp, Entry e) throws IOException {
        validators(resp, e.etag());
        if (e.etag().equals(req.getHeader("If-None-Match"))) {
            resp.setStatus(304);
            return;
        }
        resp.setStatus(200);
        resp.setContentLength(e.body().length);
        resp.getOutputStream().write(e.body());
    }

    /**
     * The answer may be stored by clients but must be revalidated (the data changes when a rebuilt store is switched
     * in); revalidation with the ETag costs a 304.
     */
    private static void validators(HttpServletResponse resp, String etag) {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("Pragma", null);
    }

    private static String decode(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /**
     * Holds the body back while it is small; past {@link #MAX_ENTRY} it writes what it held and streams the rest,
     * and the answer is not kept. Status and headers go to the real response as they are set.
     */
    private static final class Capture extends HttpServletResponseWrapper {
        private final HttpServletResponse real;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream out;
        private PrintWriter writer;
        private boolean streaming;
        private boolean failed;

        Capture(HttpServletResponse real) {
            super(real);
            this.real = real;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (out == null) {
                out = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (!streaming && held.size() + len > MAX_ENTRY) {
                            streaming = true;
                            real.getOutputStream().write(held.toByteArray());
                            held.reset();
                        }
                        if (streaming) {
                            real.getOutputStream().write(b, off, len);
                        } else {
                            held.write(b, off, len);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (streaming) {
                            real.getOutputStream().flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking output only");
                    }
                };
            }
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String cs = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs)), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (streaming) {
                real.flushBuffer();
            }
        }

        @Override
        public void resetBuffer() {
            held.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            held.reset();
            super.reset();
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            failed = true;
            held.reset();
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            failed = true;
            held.reset();
            super.sendError(sc);
        }

        /**
         * After the chain: the answer to keep, or null (then whatever was held has been written to the real
         * response). The caller writes a kept answer itself.
         */
        Entry finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (failed || streaming || real.getStatus() != 200 || real.isCommitted()) {
                if (!failed && held.size() > 0) {
                    real.getOutputStream().write(held.toByteArray());
                }
                return null;
            }
            byte[] body = held.toByteArray();
            List<String[]> headers = new ArrayList<>();
            for (String name : real.getHeaderNames()) {
                if (!EXCHANGE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                    for (String v : real.getHeaders(name)) {
                        headers.add(new String[] {name, v});
                    }
                }
            }
            return new Entry(headers, body, etag(body));
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(d).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
