package org.constitutionkg.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes the site answers in, each with its media type, the extension of a resource's document in it
 * ({@code /id/X.rdf}) and the Jena format that writes it; and the other media types clients ask for them by
 * ({@code text/n3} is answered in Turtle, {@code application/json} in JSON-LD, {@code text/plain} in N-Triples).
 */
public record RdfSyntax(String mediaType, String ext, RDFFormat format) {

    public static final List<RdfSyntax> ALL = List.of(
            new RdfSyntax("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
            new RdfSyntax("application/n-triples", "nt", RDFFormat.NTRIPLES),
            new RdfSyntax("application/ld+json", "jsonld", RDFFormat.JSONLD),
            new RdfSyntax("application/rdf+xml", "rdf", RDFFormat.RDFXML_PLAIN),
            new RdfSyntax("application/n-quads", "nq", RDFFormat.NQUADS),
            new RdfSyntax("application/trig", "trig", RDFFormat.TRIG_PRETTY));

    /** Media types that ask for one of {@link #ALL} under another name. */
    private static final Map<String, String> OTHER_NAMES = Map.of(
            "text/n3", "text/turtle",
            "text/rdf+n3", "text/turtle",
            "application/x-turtle", "text/turtle",
            "application/json", "application/ld+json",
            "text/plain", "application/n-triples");

    /** Every media type answered in RDF, the proper names first (the earlier offer wins a tie). */
    public static List<String> offers() {
        List<String> out = new ArrayList<>();
        ALL.forEach(s -> out.add(s.mediaType()));
        OTHER_NAMES.keySet().stream().sorted().forEach(out::add);
        return out;
    }

    /** The syntax that answers a media type of {@link #offers()}, or empty for any other type. */
    public static Optional<RdfSyntax> forType(String mediaType) {
        String t = OTHER_NAMES.getOrDefault(mediaType, mediaType);
        return ALL.stream().filter(s -> s.mediaType().equals(t)).findFirst();
    }

    /** The syntax of a document extension ("rdf"), or empty. */
    public static Optional<RdfSyntax> forExt(String ext) {
        return ALL.stream().filter(s -> s.ext().equals(ext)).findFirst();
    }

    /** The media types, for a 406 answer. */
    public static String list() {
        return "text/html, " + String.join(", ", offers());
    }
}
