package org.constitutionkg.link;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A polite client of the Wikidata Action API ({@code wbsearchentities}, {@code wbgetentities}):
 * <ul>
 *   <li>sends {@link Wikidata#USER_AGENT} and {@code maxlag=5};</li>
 *   <li>starts at most one request per {@code minInterval} (default a third of a second: 3 requests a second);</li>
 *   <li>retries HTTP 429 and 5xx, {@code maxlag} errors, malformed JSON and network errors with exponential back-off
 *       ({@code backoff}, doubled per attempt), waiting what {@code Retry-After} asks (capped by {@code maxWait});</li>
 *   <li>keeps every good response in a cache folder, one file per request URL (named by its SHA-256), so that a
 *       second run asks nothing twice.</li>
 * </ul>
 * Failures: {@link UnreachableException} when the API cannot be reached or keeps failing (the run should stop),
 * {@link ApiException} when one request gets an answer that cannot be used (that request's work is skipped).
 */
public final class WikidataClient {

    /** The API cannot be reached (connection refused, timeouts, or 429/5xx on every attempt). */
    public static final class UnreachableException extends IOException {
        private static final long serialVersionUID = 1L;

        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The API answered, but with something this client cannot use (malformed JSON, an API error, HTTP 4xx). */
    public static final class ApiException extends IOException {
        private static final long serialVersionUID = 1L;

        ApiException(String message) {
            super(message);
        }
    }

    /**
     * How the client behaves.
     *
     * @param api         the Action API URL, e.g. {@value Wikidata#ACTION_API}
     * @param cacheDir    the response cache folder (created when needed); null for no cache
     * @param minInterval least time between the starts of two requests
     * @param attempts    attempts per request (at least 1)
     * @param backoff     first back-off; doubled per further attempt
     * @param maxWait     the longest single wait (caps Retry-After)
     * @param timeout     connect and response timeout
     */
    public record Settings(URI api, Path cacheDir, Duration minInterval, int attempts, Duration backoff,
            Duration maxWait, Duration timeout) {

        /** Defaults for Wikidata: 3 requests a second, 5 attempts, 1 s first back-off, waits up to 2 minutes. */
        public static Settings defaults(URI api, Path cacheDir) {
            return new Settings(api, cacheDir, Duration.ofMillis(334), 5, Duration.ofSeconds(1), Duration.ofMinutes(2),
                    Duration.ofSeconds(30));
        }
    }

    /** One search hit of {@code wbsearchentities}. */
    public record SearchHit(String id, String label, String description, String matchType, String matchText) {
    }

    private final Settings settings;
    private final HttpClient http;
    private long lastStart;
    private int sent;
    private int cacheHits;

    public WikidataClient(Settings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Requests sent over the network so far (retries included; cache hits not). */
    public synchronized int requestsSent() {
        return sent;
    }

    /** Answers taken from the cache so far. */
    public synchronized int cacheHits() {
        return cacheHits;
    }

    /** {@code wbsearchentities} for {@code text} in English: up to 10 items. */
    public List<SearchHit> search(String text) throws IOException {
        String url = settings.api() + "?action=wbsearchentities&search=" + enc(text)
                + "&language=en&uselang=en&type=item&limit=10&format=json&maxlag=5";
        JsonObject o = get(url);
        List<SearchHit> out = new ArrayList<>();
        JsonValue s = o.get("search");
        if (s == null || !s.isArray()) {
            throw new ApiException("no 'search' list in the answer to " + url);
        }
        for (JsonValue v : s.getAsArray()) {
            if (!v.isObject()) {
                continue;
            }
            JsonObject h = v.getAsObject();
            String id = str(h, "id");
            if (id == null || !id.matches("Q[1-9][0-9]*")) {
                continue;
            }
            JsonObject m = h.get("match") != null && h.get("match").isObject() ? h.getObj("match") : new JsonObject();
            out.add(new SearchHit(id, str(h, "label"), str(h, "description"), str(m, "type"), str(m, "text")));
        }
        return out;
    }

    /** {@code wbgetentities} for {@code ids} (English labels, descriptions, aliases and all claims), 50 per request. */
    public Map<String, Candidate> getEntities(Collection<String> ids) throws IOException {
        Map<String, Candidate> out = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 50) {
            List<String> batch = all.subList(i, Math.min(all.size(), i + 50));
            String url = settings.api() + "?action=wbgetentities&ids=" + enc(String.join("|", batch))
                    + "&props=" + enc("labels|descriptions|aliases|claims") + "&languages=en&format=json&maxlag=5";
            JsonObject o = get(url);
            JsonValue ents = o.get("entities");
            if (ents == null || !ents.isObject()) {
                throw new ApiException("no 'entities' object in the answer to " + url);
            }
            for (String id : batch) {
                JsonValue e = ents.getAsObject().get(id);
                if (e != null && e.isObject() && !e.getAsObject().hasKey("missing")) {
                    out.put(id, Candidate.fromJson(id, e.getAsObject()));
                }
            }
        }
        return out;
    }

    /** The JSON answer to {@code url}: from the cache, or fetched (politely) and then cached. */
    JsonObject get(String url) throws IOException {
        Path cached = cacheFile(url);
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                JsonObject o = JSON.parse(Files.readString(cached, StandardCharsets.UTF_8));
                synchronized (this) {
                    cacheHits++;
                }
                return o;
            } catch (JsonException | IOException e) {
                Files.deleteIfExists(cached); // a damaged cache entry is fetched again
            }
        }
        String body = fetch(url);
        if (cached != null) {
            Files.createDirectories(cached.getParent());
            Path tmp = cached.resolveSibling(cached.getFileName() + ".tmp-" + ProcessHandle.current().pid());
            Files.writeString(tmp, body, StandardCharsets.UTF_8);
            Files.move(tmp, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return JSON.parse(body);
    }

    private String fetch(String url) throws IOException {
        URI uri = URI.create(url);
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("User-Agent", Wikidata.USER_AGENT).header("Accept", "application/json").GET().build();
        String problem = null;
        Throwable cause = null;
        boolean reachable = false;
        int attempts = Math.max(1, settings.attempts());
        for (int attempt = 1; attempt <= attempts; attempt++) {
            throttle();
            HttpResponse<String> resp;
            try {
                resp = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UnreachableException("interrupted", e);
            } catch (IOException e) {
                problem = describe(e);
                cause = e;
                reachable = false;
                pause(attempt, null);
                continue;
            }
            int code = resp.statusCode();
            String retryAfter = resp.headers().firstValue("Retry-After").orElse(null);
            if (code == 429 || code >= 500) {
                problem = "HTTP " + code;
                reachable = false;
                pause(attempt, retryAfter);
                continue;
            }
            if (code != 200) {
                throw new ApiException("HTTP " + code + " from " + url);
            }
            reachable = true;
            JsonObject o;
            try {
                o = JSON.parse(resp.body());
            } catch (JsonException | IllegalArgumentException e) {
                problem = "malformed JSON";
                pause(attempt, null);
                continue;
            }
            JsonValue err = o.get("error");
            if (err != null && err.isObject()) {
                String code2 = str(err.getAsObject(), "code");
                if ("maxlag".equals(code2)) {
                    problem = "the servers are lagging (maxlag)";
                    reachable = false;
                    pause(attempt, retryAfter);
                    continue;
                }
                throw new ApiException("API error '" + code2 + "' from " + url + ": "
                        + str(err.getAsObject(), "info"));
            }
            return resp.body();
        }
        String msg = problem + (attempts > 1 ? " (after " + attempts + " attempts)" : "");
        if (reachable) {
            throw new ApiException(msg + " from " + url);
        }
        throw new UnreachableException("cannot reach " + url + ": " + msg, cause);
    }

    private synchronized void throttle() throws UnreachableException {
        long gap = settings.minInterval().toNanos();
        long now = System.nanoTime();
        long wait = lastStart + gap - now;
        if (sent > 0 && wait > 0) {
            sleep(wait / 1_000_000 + 1);
        }
        lastStart = System.nanoTime();
        sent++;
    }

    /** Waits before attempt {@code attempt + 1}: Retry-After if given, else the exponential back-off. */
    private void pause(int attempt, String retryAfter) throws UnreachableException {
        if (attempt >= Math.max(1, settings.attempts())) {
            return;
        }
        long millis = settings.backoff().toMillis() << Math.min(attempt - 1, 20);
        Long asked = retryAfterMillis(retryAfter);
        if (asked != null) {
            millis = asked;
        }
        sleep(Math.min(millis, settings.maxWait().toMillis()));
    }

    /** {@code Retry-After} in milliseconds (seconds, or an HTTP date); null if absent or unreadable. */
    static Long retryAfterMillis(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("[0-9]{1,9}")) {
            return Long.parseLong(v) * 1000;
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, Duration.between(ZonedDateTime.now(at.getZone()), at).toMillis());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void sleep(long millis) throws UnreachableException {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted", e);
        }
    }

    private Path cacheFile(String url) {
        if (settings.cacheDir() == null) {
            return null;
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return settings.cacheDir().resolve(HexFormat.of().formatHex(d) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A short reason for a network failure. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException && (t.getMessage() == null || t.getMessage().isBlank())) {
                return "connection refused";
            }
            if (t instanceof HttpConnectTimeoutException) {
                return "connection timed out";
            }
            if (t instanceof HttpTimeoutException) {
                return "no answer in time";
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

}
