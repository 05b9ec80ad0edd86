package org.constitutionkg.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scripts and stylesheets of the site, served from the jar under {@value #PATH}: CodeMirror 5 from its WebJar
 * ({@code /assets/codemirror/lib/codemirror.js}, the SPARQL mode, the hint add-on) and the site's own editor script
 * ({@code /assets/ckg/editor.js}). Nothing is loaded from another host, so the site works offline.
 */
public final class Assets {

    /** Where the assets are on the site. */
    public static final String PATH = "/assets/";

    /** A file and its media type. */
    public record Asset(byte[] bytes, String mediaType) {
    }

    private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");
    private static final String CODEMIRROR = "codemirror/";
    private static final String OWN = "ckg/";
    private static final Map<String, Optional<Asset>> CACHE = new ConcurrentHashMap<>();

    private Assets() {
    }

    /** The asset at {@code PATH + rest}, or empty (unknown, or no script or stylesheet). */
    public static Optional<Asset> find(String rest) {
        if (rest.contains("..") || rest.contains("//") || rest.startsWith("/")) {
            return Optional.empty();
        }
        return CACHE.computeIfAbsent(rest, Assets::load);
    }

    private static Optional<Asset> load(String rest) {
        String ext = rest.substring(rest.lastIndexOf('.') + 1);
        String type = TYPES.get(ext);
        String resource = rest.startsWith(CODEMIRROR) ? "META-INF/resources/webjars/codemirror/" + codeMirrorVersion()
                + "/" + rest.substring(CODEMIRROR.length())
                : rest.startsWith(OWN) ? "org/constitutionkg/site/" + rest.substring(OWN.length()) : null;
        if (type == null || resource == null) {
            return Optional.empty();
        }
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new Asset(in.readAllBytes(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The version of the CodeMirror WebJar on the class path (its pom.properties), so that no path names it. */
    static String codeMirrorVersion() {
        try (InputStream in = Assets.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/codemirror/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the CodeMirror WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
