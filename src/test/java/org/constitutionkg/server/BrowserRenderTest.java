package org.constitutionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The home page, a resource page and the timeline rendered by a real browser: headless Chromium ({@code --dump-dom}) loads them
 * from the running server and the DOM it builds must hold the visible content. Skipped, with a notice on standard
 * error, when no Chromium is installed ({@code .ci/run} installs it, so CI always runs this).
 */
class BrowserRenderTest {

    private static SparqlServer server;
    private static String chromium;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        chromium = findChromium();
        if (chromium == null) {
            System.err.println("*** BrowserRenderTest SKIPPED: no chromium on PATH (install Debian packages "
                    + "chromium and chromium-driver; .ci/run does) ***");
            return;
        }
        server = Servers.start(Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, p -> {
        }).dataset(), SparqlServer.Options.defaults("127.0.0.1", 0).withQueries(Path.of("queries")));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static String findChromium() {
        String env = System.getenv("CHROMIUM");
        if (env != null && new File(env).canExecute()) {
            return env;
        }
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return f.getPath();
                }
            }
        }
        return null;
    }

    /** The DOM Chromium built for {@code url}, after layout and scripts. */
    private static String dumpDom(String url) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        Path out = Files.createTempFile(tmp, "dom", ".html");
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--dump-dom", url));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s");
        }
        assertEquals(0, p.exitValue(), "chromium exit code");
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void homeAndResourcePageRenderInARealBrowser() throws Exception {
        Assumptions.assumeTrue(chromium != null, "no chromium installed");
        String home = dumpDom(server.siteUrl() + "/");
        assertTrue(home.contains("<h1>Constitution Knowledge Graph</h1>"), home);
        assertTrue(home.contains("<table class=\"classes\">"), home);
        assertTrue(home.matches("(?s).*<td class=\"num\">\\d+</td>.*"), "class counts");

        String page = dumpDom(server.siteUrl() + "/id/Congress_of_Soviets_of_the_Soviet_Union"); // via the 303
        assertTrue(page.contains("<h1 id=\"label\">Congress of Soviets of the Soviet Union</h1>"), page);
        assertTrue(page.contains("<table class=\"facts\">"), page);
        assertTrue(page.contains("<svg") && page.contains("Supreme Soviet of the Soviet Union"), page);
        assertTrue(page.contains("<blockquote>"), "source quotes");
    }

    @Test
    void theTimelineHoldsTheSovietConstitutionsInOrderInARealBrowser() throws Exception {
        Assumptions.assumeTrue(chromium != null, "no chromium installed");
        String dom = dumpDom(server.siteUrl() + "/timeline");
        int c1924 = dom.indexOf("<a href=\"/page/1924_Constitution_of_the_Soviet_Union\"><g class=\"tl-row");
        int c1936 = dom.indexOf("<a href=\"/page/1936_Constitution_of_the_Soviet_Union\"><g class=\"tl-row");
        assertTrue(dom.contains("<svg") && c1924 > 0 && c1924 < c1936, dom);
        assertTrue(dom.contains(">1924 Constitution of the Soviet Union</text>")
                && dom.contains(">1936 Constitution of the Soviet Union</text>"), "both labels drawn");
        assertTrue(dom.contains("<select id=\"polity\" name=\"polity\">"), "the filter form");
    }
}
