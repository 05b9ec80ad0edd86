package org.constitutionkg.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol, for tests that act in a page (type, complete, click)
 * rather than read the DOM it built: opens one URL, then evaluates scripts in it and returns their values.
 * <pre>
 *   try (Cdp page = Cdp.open(chromium, url, profileDir)) {
 *       String title = page.eval("document.title");
 *   }
 * </pre>
 */
final class Cdp implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process browser;
    private final WebSocket socket;
    private final StringBuilder partial = new StringBuilder();
    private CompletableFuture<String> reply = new CompletableFuture<>();
    private int nextId = 1;
    private int waitingFor;

    private Cdp(Process browser, WebSocket socket) {
        this.browser = browser;
        this.socket = socket;
    }

    /** Starts Chromium on {@code url} and connects to its page. */
    static Cdp open(String chromium, String url, Path profile) throws Exception {
        Process p = new ProcessBuilder(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, url)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String browserWs = null;
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            for (String line; browserWs == null && System.nanoTime() < until && (line = err.readLine()) != null; ) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    browserWs = m.group(1);
                }
            }
            if (browserWs == null) {
                throw new IllegalStateException("chromium did not open its DevTools port");
            }
            Thread drain = new Thread(() -> err.lines().forEach(l -> { }), "chromium-stderr");
            drain.setDaemon(true);
            drain.start();
            URI ws = URI.create(browserWs);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String pageWs = null;
            for (int i = 0; i < 100 && pageWs == null; i++) {
                String list = http.send(HttpRequest.newBuilder(URI.create("http://" + ws.getAuthority() + "/json/list"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body();
                for (JsonElement t : JsonParser.parseString(list).getAsJsonArray()) {
                    JsonObject o = t.getAsJsonObject();
                    if (o.has("type") && "page".equals(o.get("type").getAsString())) {
                        pageWs = o.get("webSocketDebuggerUrl").getAsString();
                    }
                }
                if (pageWs == null) {
                    Thread.sleep(100);
                }
            }
            if (pageWs == null) {
                throw new IllegalStateException("chromium shows no page");
            }
            Cdp[] self = new Cdp[1];
            WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    self[0].received(data, last);
                    w.request(1);
                    return null;
                }
            }).get(10, TimeUnit.SECONDS);
            self[0] = new Cdp(p, socket);
            self[0].awaitLoad(url);
            return self[0];
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Waits (30 s at most) until the page shows {@code url} and has loaded; a navigation under way is waited out. */
    private void awaitLoad(String url) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            try {
                if (eval("location.href === " + new com.google.gson.JsonPrimitive(url) + " && document.readyState"
                        + " === 'complete'").equals("true")) {
                    return;
                }
            } catch (AssertionError e) {
                // "Execution context was destroyed": the page is navigating
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("chromium did not load " + url);
    }

    private synchronized void received(CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            JsonObject o = JsonParser.parseString(message).getAsJsonObject();
            if (o.has("id") && o.get("id").getAsInt() == waitingFor) {
                reply.complete(message);
            }
        }
    }

    /**
     * The value of {@code expression} in the page (a promise is awaited), as a string; fails on a script error.
     */
    String eval(String expression) throws Exception {
        CompletableFuture<String> r;
        synchronized (this) {
            reply = new CompletableFuture<>();
            r = reply;
            waitingFor = nextId;
        }
        JsonObject params = new JsonObject();
        params.addProperty("expression", expression);
        params.addProperty("awaitPromise", true);
        params.addProperty("returnByValue", true);
        JsonObject msg = new JsonObject();
        msg.addProperty("id", nextId++);
        msg.addProperty("method", "Runtime.evaluate");
        msg.add("params", params);
        socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject answer = JsonParser.parseString(r.get(30, TimeUnit.SECONDS)).getAsJsonObject();
        JsonObject result = answer.getAsJsonObject("result");
        if (result == null || result.has("exceptionDetails")) {
            throw new AssertionError("script error: " + answer);
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value").getAsString() : "";
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            browser.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
