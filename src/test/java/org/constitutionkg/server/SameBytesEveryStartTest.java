package org.constitutionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.constitutionkg.Pipeline;
import org.constitutionkg.app.Publication;
import org.constitutionkg.site.RdfSyntax;
import org.constitutionkg.validate.ShapesValidator;
import org.junit.jupiter.api.Test;

/**
 * Two starts on the same articles serve the same bytes: the seeds are built, validated and served twice in one JVM,
 * and the ontology in every syntax (read anew at each start, with new blank nodes), VoID, the quality page and
 * resource pages with a succession picture are compared. The orders that change only from one process to the next (the
 * validation's results, the union graph's facts) are varied on purpose in {@code site.PageOrderTest}.
 */
class SameBytesEveryStartTest {

    private static final String ID = Pipeline.DEFAULT_BASE;
    private static final List<String> PAGES = List.of("/quality", "/page/Congress_of_Soviets_of_the_Soviet_Union",
            "/page/Supreme_Soviet_of_the_Soviet_Union", "/page/Soviet_Union");

    /** Each path and its body, from a server on a fresh build of the seeds at {@code port} (0: any free one). */
    private static Map<String, String> start(int port) throws Exception {
        Publication.Result built = Publication.run(List.of(Path.of("seeds"), Path.of("src/test/resources/withholding/mixed")), ID, ShapesValidator.standard(ID),
                p -> { }, (d, t) -> { }, v -> { });
        SparqlServer server = Servers.start(built.dataset(), built.quality(),
                SparqlServer.Options.defaults("127.0.0.1", port));
        try {
            HttpClient http = HttpClient.newHttpClient();
            Map<String, String> bodies = new LinkedHashMap<>();
            List<String> paths = new ArrayList<>(PAGES);
            RdfSyntax.ALL.forEach(s -> paths.add("/ontology." + s.ext()));
            paths.add("/.well-known/void");
            bodies.put("port", Integer.toString(server.port()));
            for (String path : paths) {
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.siteUrl() + path))
                        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, r.statusCode(), path);
                bodies.put(path, new String(r.body(), StandardCharsets.UTF_8));
            }
            return bodies;
        } finally {
            server.stop();
        }
    }

    @Test
    void twoStartsServeTheSameBytes() throws Exception {
        Map<String, String> first = start(0);
        Map<String, String> second = start(Integer.parseInt(first.get("port"))); // VoID names the site's URL
        assertTrue(first.get("/quality").contains("class=\"src\">line 7"), "the seeds' warning is listed");
        assertTrue(first.get("/quality").contains("class=\"src\">line 4"), "the withheld facts are listed");
        assertTrue(first.get("/page/Congress_of_Soviets_of_the_Soviet_Union").contains("id=\"succession-svg\""));
        assertEquals(List.of(), first.keySet().stream().filter(p -> !first.get(p).equals(second.get(p))).toList(),
                "served differently by the second start");
    }
}
