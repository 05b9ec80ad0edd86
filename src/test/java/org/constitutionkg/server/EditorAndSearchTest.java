package org.constitutionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.constitutionkg.Pipeline;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPARQL editor of the query page and the entity search, on the real server over HTTP and in headless Chromium
 * driven over the DevTools protocol ({@link Cdp}): the editor loads from the site alone and completes
 * {@code ckg:} terms, marks a parse error, sorts results; {@code /search} finds "Mikhail Kalinin" from "kalin", as a
 * page, as JSON and as the suggestions of the search box every page has. The browser tests skip, with a notice,
 * when no Chromium is installed ({@code .ci/run} installs it).
 */
class EditorAndSearchTest {

    private static SparqlServer server;
    private static String site;
    private static HttpClient http;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void start() {
        server = Servers.start(Pipeline.build(List.of(Path.of("seeds")), Pipeline.DEFAULT_BASE, p -> {
        }).dataset(), SparqlServer.Options.defaults("127.0.0.1", 0).withQueries(Path.of("queries")));
        site = server.siteUrl();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(site + path)).timeout(Duration.ofSeconds(20));
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- search over HTTP -------------------------------------------------------------------------------------

    @Test
    void searchFindsAPersonByTheStartOfHisName() throws Exception {
        for (String q : List.of("kalin", "KALIN", "mikhail kal", "kalinin mikh")) {
            HttpResponse<String> r = get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                    "application/json");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertTrue(r.body().contains("\"label\":\"Mikhail Kalinin\"") && r.body().contains("\"class\":\"Person\"")
                    && r.body().contains("/id/Mikhail_Kalinin\""), q + ": " + r.body());
            assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
        }
    }

    @Test
    void searchMatchesNamesInOtherLanguagesAndLetters() throws Exception {
        // names in Azerbaijani, asked for without their diacritics ("ı", "Ü", "Ş")
        HttpResponse<String> r = get("/search?q=umumaz+qurultayi&format=json", null);
        assertTrue(r.body().contains("\"matched\":\"Ümumazərbaycan Sovetlər Qurultayı\""), r.body());
        assertTrue(get("/search?q=SURALAR&format=json", null).body().contains("Azərbaycan İctimai Şuralar"));
        assertEquals("[]\n", get("/search?q=zzzqqq&format=json", null).body());
    }

    @Test
    void searchPageListsHitsWithLinksAndLimits() throws Exception {
        HttpResponse<String> page = get("/search?q=kalin", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<a href=\"/page/Mikhail_Kalinin\">Mikhail Kalinin</a>"), page.body());
        HttpResponse<String> one = get("/search?q=congress&limit=1&format=json", null);
        assertEquals(1, one.body().split("\"iri\"").length - 1, one.body());
        assertEquals(400, get("/search?q=x&limit=many", null).statusCode());
        assertEquals(200, get("/search", "text/html").statusCode());
    }

    @Test
    void everyPageHasTheSearchBox() throws Exception {
        for (String path : List.of("/", "/query", "/quality", "/page/Mikhail_Kalinin", "/ontology")) {
            String body = get(path, "text/html").body();
            assertTrue(body.contains("<form class=\"search\" role=\"search\" action=\"/search\""), path);
        }
    }

    // ---- the editor over HTTP ---------------------------------------------------------------------------------

    @Test
    void theEditorComesFromTheSiteItself() throws Exception {
        String page = get("/query", "text/html").body();
        for (String src : List.of("/assets/codemirror/lib/codemirror.js", "/assets/codemirror/mode/sparql/sparql.js",
                "/assets/codemirror/addon/hint/show-hint.js", "/assets/ckg/editor.js",
                "/assets/codemirror/lib/codemirror.css")) {
            assertTrue(page.contains("\"" + src + "\""), src);
            HttpResponse<String> r = get(src, null);
            assertEquals(200, r.statusCode(), src);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(src.endsWith(".css")
                    ? "text/css" : "text/javascript"), src);
        }
        assertTrue(!page.contains("<script src=\"http") && !page.contains("<link rel=\"stylesheet\" href=\"http"),
                "no script or stylesheet from another host");
        assertTrue(page.contains("\"ckg:establishes\""), "the ckg: terms to complete");
        assertTrue(page.contains("<textarea id=\"query\" name=\"query\""), "the form works without JavaScript");
        assertEquals(404, get("/assets/codemirror/../../x.js", null).statusCode());
        assertEquals(404, get("/assets/ckg/nothing.js", null).statusCode());
    }

    @Test
    void aParseErrorSaysWhere() throws Exception {
        String page = get("/query?query=" + URLEncoder.encode("SELECT * WHERE {\n  ?s ?p\n}",
                StandardCharsets.UTF_8), "text/html").body();
        assertTrue(page.contains("id=\"parse-error\" data-line=\"3\" data-column=\"1\""), page);
    }

    // ---- in a browser ------------------------------------------------------------------------------------------

    private static String chromium() {
        String c = BrowserRenderTest.findChromium();
        if (c == null) {
            System.err.println("*** EditorAndSearchTest browser tests SKIPPED: no chromium on PATH ***");
        }
        Assumptions.assumeTrue(c != null);
        return c;
    }

    /** Waits in the page until {@code condition} holds (10 s at most), then gives {@code value}. */
    private static String when(String condition, String value) {
        return "new Promise(function(ok,no){var t=Date.now();(function go(){if(" + condition + "){ok(String(" + value
                + "));}else if(Date.now()-t>10000){no(new Error('timed out: " + condition.replace("'", "")
                + "'));}else{setTimeout(go,50);}})();})";
    }

    @Test
    void theEditorLoadsOfflineAndCompletesCkgTerms() throws Exception {
        try (Cdp page = Cdp.open(chromium(), site + "/query", Files.createTempDirectory(tmp, "profile"))) {
            assertEquals("function", page.eval(when("window.ckgEditor", "typeof CodeMirror")));
            assertEquals("true", page.eval("String(Array.from(document.querySelectorAll('script[src],link[href]'))"
                    + ".every(function(e){return new URL(e.src||e.href).origin===location.origin;}))"));
            String hints = page.eval("(function(){var cm=window.ckgEditor;cm.setValue('SELECT * WHERE { ?x ckg:esta');"
                    + "cm.focus();cm.setCursor({line:0,ch:29});cm.showHint({completeSingle:false});return 1;})()"
                    + " && " + when("document.querySelector('.CodeMirror-hint')",
                    "Array.from(document.querySelectorAll('.CodeMirror-hint')).map(function(e){return e.textContent;})"
                            + ".join('|')"));
            assertTrue(hints.contains("ckg:establishes"), hints);
        }
    }

    @Test
    void theEditorMarksAParseErrorAndSortsResults() throws Exception {
        String bad = URLEncoder.encode("SELECT * WHERE {\n  ?s ?p\n}", StandardCharsets.UTF_8);
        try (Cdp page = Cdp.open(chromium(), site + "/query?query=" + bad, Files.createTempDirectory(tmp, "p"))) {
            assertEquals("3", page.eval(when("document.querySelector('.cm-error-mark')",
                    "window.ckgEditor.getCursor().line+1")));
        }
        String q = URLEncoder.encode("SELECT ?n WHERE { VALUES ?n { 3 10 2 } }", StandardCharsets.UTF_8);
        try (Cdp page = Cdp.open(chromium(), site + "/query?query=" + q, Files.createTempDirectory(tmp, "p"))) {
            String sorted = page.eval(when("window.ckgEditor", "(function(){var th=document.querySelector("
                    + "'table.sortable th');th.click();return Array.from(document.querySelectorAll("
                    + "'table.sortable tbody td')).map(function(td){return td.getAttribute('data-sort');}).join(',');})()"));
            assertEquals("2,3,10", sorted);
        }
    }

    @Test
    void theSearchBoxSuggestsAsOneTypes() throws Exception {
        try (Cdp page = Cdp.open(chromium(), site + "/", Files.createTempDirectory(tmp, "profile"))) {
            String options = page.eval(when("document.querySelector('form.search input')",
                    "(function(){var i=document.querySelector('form.search input');i.value='kalin';"
                            + "i.dispatchEvent(new Event('input'));return 1;})()")
                    + ".then(function(){return " + when("document.querySelectorAll('#search-suggestions option')"
                    + ".length>0", "Array.from(document.querySelectorAll('#search-suggestions option'))"
                    + ".map(function(o){return o.value;}).join('|')") + ";})");
            assertTrue(options.contains("Mikhail Kalinin"), options);
        }
        try (Cdp page = Cdp.open(chromium(), site + "/search?q=kalin", Files.createTempDirectory(tmp, "p"))) {
            assertTrue(page.eval(when("document.querySelector('ol.hits')", "document.querySelector('ol.hits')"
                    + ".textContent")).contains("Mikhail Kalinin"));
        }
    }
}
