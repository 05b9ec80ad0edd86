package org.constitutionkg.extract.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.constitutionkg.Graphs;
import org.constitutionkg.article.Problem;
import org.constitutionkg.extract.Facts.Claim;
import org.constitutionkg.extract.Facts.Name;
import org.constitutionkg.extract.Facts.Ref;
import org.constitutionkg.extract.Facts.Source;
import org.constitutionkg.extract.Facts;
import org.constitutionkg.extract.Lexicon;
import org.constitutionkg.extract.Normalizer;
import org.constitutionkg.extract.OntologyClasses;
import org.constitutionkg.extract.text.Patterns;
import org.constitutionkg.vocab.CKG;

/**
 * Turns the facts of all articles into one dataset: resolves entities across articles, gives each an IRI, a class
 * and one English label, and writes every fact into its article's named graph with a reified statement in the
 * provenance graph that names the article, line and text stating it.
 * <pre>
 *   Dataset ds = new GraphBuilder(base, problems::add).build(List.of(facts1, facts2));
 * </pre>
 */
public final class GraphBuilder {

    /**
     * Properties a thing has at most one value of (every literal one a shape bounds to one, checked by a test, and
     * sessionOf): of several values one is kept, a less precise date giving way to a more precise one that agrees.
     */
    static final Set<String> SINGLE_VALUED = Set.of("established", "disbanded", "adopted", "created",
            "ratified", "effective", "repealed", "lastAmended", "published", "startDate", "endDate", "ordinal",
            "sessionOf");
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Node DCT_TITLE = NodeFactory.createURI("http://purl.org/dc/terms/title");

    private final String base;
    private final Consumer<Problem> problems;
    private final Lexicon lexicon = Lexicon.get();
    private final Normalizer normalizer = new Normalizer(lexicon);
    private DatasetGraph dsg;
    private final Set<String> statements = new HashSet<>();
    private final Map<String, ArticleGraph> articleGraphs = new HashMap<>();
    private final MessageDigest sha256;
    private ProvenanceWriter provenance;

    public GraphBuilder(String base, Consumer<Problem> problems) {
        this.base = base;
        this.problems = problems;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Dataset build(List<Facts> all) {
        dsg = DatasetFactory.createGeneral().asDatasetGraph();
        articleGraphs.clear();
        try (ProvenanceWriter p = new ProvenanceWriter(
                dsg.getGraph(NodeFactory.createURI(Graphs.provenanceGraph(base))))) {
            provenance = p;
            assemble(all);
        } finally {
            provenance = null;
        }
        return DatasetFactory.wrap(dsg);
    }

    private void assemble(List<Facts> all) {
        EntityResolver resolver = new EntityResolver(lexicon, all);
        resolver.resolve();
        Map<String, Entity> entities = resolver.entities();
        Set<Entity> sittings = saidToBeSessions(all, resolver);
        entities.values().forEach(e -> e.cls = classOf(e, resolver, sittings));
        electorates(all, resolver, entities);
        new Labels(lexicon, resolver::local, id -> resolver.facts(id).article().title().text())
                .assign(entities, resolver::stateOf);
        iris(entities.values());
        for (Facts f : all) {
            article(f);
        }
        Map<String, Entity> labels = new HashMap<>();
        entities.values().stream().filter(e -> e.iri != null).forEach(e -> labels.put(e.label.toLowerCase(Locale.ROOT),
                e));
        for (Entity e : entities.values()) {
            entity(e, labels);
        }
        claims(all, resolver);
    }

    /**
     * An electorate is only what the text says elects a thing of ours: one whose every "elected by" claim was said of
     * something of no class ("Half" read as a name) is left out, with no class, like anything of no class.
     */
    private static void electorates(List<Facts> all, EntityResolver r, Map<String, Entity> entities) {
        Set<Entity> electing = new HashSet<>();
        for (Facts f : all) {
            for (Claim c : f.claims()) {
                if (c.property().equals("electedBy") && c.object() instanceof Facts.Ref o
                        && r.entityOf(c.subject()).cls != null) {
                    electing.add(r.entityOf(o));
                }
            }
        }
        entities.values().stream().filter(e -> "Electorate".equals(e.cls) && !electing.contains(e))
                .forEach(e -> e.cls = null);
    }

    /** Whether a name of the entity is a sitting's of a body ("the Fifth Congress of the X Party"). */
    private boolean numberedSitting(Entity e, EntityResolver r) {
        return e.names.stream().anyMatch(m -> m.lang().equals("en") && normalizer.classify(m.text(),
                r.local(m.source().articleId())).filter("Session"::equals).isPresent());
    }

    private String classOf(Entity e, EntityResolver r, Set<Entity> sittings) {
        if (r.sessionOfNothing(e)) {
            return null; // a session of no known body: left out like anything of no class
        }
        if (e.key.startsWith("S:")) {
            return "Session";
        }
        if (e.key.startsWith("P:")) {
            return "Polity";
        }
        if (e.key.startsWith("E:")) {
            return "Electorate";
        }
        if (e.subjectOf.isEmpty() && sittings.contains(e)) {
            return "Session"; // "the Diet of Dorn, a session of the Imperial Diet": a sitting named like a body
        }
        List<Name> direct = e.names.stream().filter(n -> n.lang().equals("en") && n.origin().stated())
                .toList();
        if (e.subjectOf.isEmpty() && !direct.isEmpty() && direct.stream().allMatch(n -> normalizer.classify(n.text(),
                r.local(n.source().articleId())).filter("Session"::equals).isPresent())
                && r.facts(direct.get(0).source().articleId()).claims().stream().anyMatch(c -> c.property()
                        .equals("sessionOf") && r.entityOf(c.subject()) == e)) {
            // "the Extraordinary Congress of X", a sitting of no number, whatever a frame hinted; only when every name
            // it is called by says so, and it is no article's subject
            return "Session";
        }
        for (String a : e.subjectOf) {
            String c = r.facts(a).subjectClass();
            if (c != null) {
                return c.equals("Meeting") && numberedSitting(e, r) ? "Session" : c;
            }
        }
        // a thing named after an organ that the text only ever places things in is a building ("- Meeting Place: House
        // of the Assembly, Ytown", "sat in the Kremlin Senate")
        // (a hint the name's own head gave, "Chamber" for "House of the People", is no evidence of what it is)
        java.util.Set<String> byName = new java.util.HashSet<>();
        for (Name n : e.names) {
            if (n.lang().equals("en")) {
                normalizer.classify(n.text(), r.local(n.source().articleId())).ifPresent(byName::add);
            }
        }
        List<String> evidence = e.hints.stream().filter(h -> !byName.contains(h)).toList();
        OntologyClasses o = OntologyClasses.get();
        if (e.subjectOf.isEmpty() && evidence.contains("PoliticalGroup") && !byName.isEmpty()
                && byName.stream().allMatch(c -> c.equals("Polity") || o.isA(c, "StateOrgan")
                        || o.isA(c, "LegalInstrument"))) {
            // "the opposition Union of Democratic Forces", "the X Council won 99 seats", "Law and Justice (34)": a
            // party or a bloc, whatever its head noun says (group-cues.txt, a list of seats)
            return "PoliticalGroup";
        }
        for (Name n : e.subjectOf.isEmpty() ? direct : List.<Name>of()) {
            // "drafted by the Philadelphia Convention": a head that names an assembly as well as a treaty
            // (ambiguous-heads.tsv) is the assembly when the text makes it act as one (FrameReader hints it so)
            Optional<String> acting = lexicon.actingClass(n.text());
            if (acting.isPresent() && evidence.contains(acting.get())) {
                return acting.get();
            }
            // ("the Herrenchiemsee Convention, a committee of experts": an organ of another class than the acting
            // one, which a description says)
            Optional<String> ofItsKind = acting.flatMap(k -> evidence.stream()
                    .filter(h -> OntologyClasses.get().sameKind(h, k)).findFirst());
            if (ofItsKind.isPresent() && byName.stream().noneMatch(c -> OntologyClasses.get().sameKind(c, acting.get()))) {
                // (the narrower of the two: "a body" says no more than the acting class)
                return OntologyClasses.get().isA(acting.get(), ofItsKind.get()) ? acting.get() : ofItsKind.get();
            }
        }
        boolean onlyPlace = !evidence.isEmpty() && evidence.stream().allMatch("Place"::equals);
        for (boolean derived : new boolean[] {false, true}) {
            for (Name n : e.names) {
                if (n.lang().equals("en") && (n.origin() == Facts.Origin.DERIVED) == derived) {
                    Optional<String> c = normalizer.classify(n.text(), r.local(n.source().articleId()));
                    if (c.isPresent() && onlyPlace && o.isA(c.get(), "StateOrgan")) {
                        return "Place";
                    }
                    Optional<String> organ = evidence.stream().filter(h -> !h.equals("StateOrgan")
                            && o.isA(h, "StateOrgan")).findFirst();
                    if (c.isPresent() && organ.isPresent() && (c.get().equals("Place") || o.isA(c.get(), "StateOrgan")
                            && organ.get().equals("Chamber") && !o.isA(c.get(), organ.get()))) {
                        // ... and the other way round: "the Herrenhalle ("Hall of Lords")", listed as a house, is one;
                        // "the Volkstube ("People's Chamber")", listed as a house, is no legislature of its own (a
                        // house is what its place in a whole says; other organ classes the name says best: a
                        // Presidium's "Precursor: Council of Ministers of X" is no presidium)
                        return organ.get();
                    }
                    if (c.isPresent() && c.get().equals("Meeting") && numberedSitting(e, r)) {
                        continue; // "the Zemt Congress, formally the Fifth Congress of the X Party": a numbered
                                  // sitting of a body, no one-off meeting
                    }
                    if (c.isPresent() && !c.get().equals("Polity") && !c.get().equals("Session")) {
                        return narrower(e, c.get(), r);
                    }
                }
            }
        }
        // (never an article's subject: articles are about organs, instruments and sessions, and a title of two
        // capitalised words, "Velm Supplement", is no person's name for it)
        if (e.hints.isEmpty() && !direct.isEmpty() && e.subjectOf.isEmpty()
                && direct.stream().allMatch(n -> lexicon.names().mayBePerson(n.text())
                        && !pluralEnd(n.text()))
                && personAdmitted(e, r)) {
            // "elected Ivan Petrov as the first President": a name only a person has, in a fact that says no class
            return "Person";
        }
        if (e.hints.isEmpty() && !e.subjectOf.isEmpty()) {
            return subjectsDomain(e, r); // an article's subject the text gives no class: what its facts need it to be
        }
        return e.hints.isEmpty() ? null : e.hints.get(0);
    }

    /**
     * The things an article's text (not its infobox) states to be a session of some body, an article that names them:
     * read once over all claims, before the classes are given.
     */
    private static Set<Entity> saidToBeSessions(List<Facts> all, EntityResolver r) {
        Set<Entity> out = new HashSet<>();
        for (Facts f : all) {
            String id = f.article().id();
            for (Facts.Claim c : f.claims()) {
                Entity e = c.property().equals("sessionOf") && !c.fromInfobox() ? r.existingEntityOf(c.subject()) : null;
                if (e != null && e.names.stream().anyMatch(n -> n.source().articleId().equals(id))) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * The class every property an article's classless subject is stated with needs it to have, when they all need the
     * same one ("The Velm Supplement, which the Diet adopted ...": adoptedBy, so an instrument); else null.
     */
    private static String subjectsDomain(Entity e, EntityResolver r) {
        Set<String> needed = new java.util.HashSet<>();
        for (String a : e.subjectOf) {
            for (Facts.Claim c : r.facts(a).claims()) {
                if (r.existingEntityOf(c.subject()) == e && OntologyClasses.get().isProperty(c.property())) {
                    needed.add(OntologyClasses.get().soleDomain(c.property()).orElse("?"));
                }
            }
        }
        return needed.size() == 1 && !needed.contains("?") ? needed.iterator().next() : null;
    }

    /**
     * Whether every fact a thing is the object of admits a person there (the property's range): "Next: Jogorku Kenesh"
     * makes no person of a name of two capitalised words, as no person succeeds a convocation; nor does a date only an
     * instrument or an organ has ("adopted on 7 April"). (As the subject of a link a person may stand where the
     * ontology names organs, "Ivo Marek, who was answerable to it": a person all the same, whose fact the shapes of
     * domains and ranges withhold.)
     */
    private static boolean personAdmitted(Entity e, EntityResolver r) {
        OntologyClasses o = OntologyClasses.get();
        Set<String> articles = new java.util.HashSet<>();
        e.names.forEach(n -> articles.add(n.source().articleId()));
        for (String a : articles) {
            for (Facts.Claim c : r.facts(a).claims()) {
                if (c.object() instanceof org.apache.jena.graph.Node v && v.isLiteral()
                        && r.existingEntityOf(c.subject()) == e && (Lexicon.get().isRole(c.property())
                                ? Lexicon.get().role(c.property(), o.withSupers("Person")).isEmpty()
                                : o.isProperty(c.property()) && !o.inDomain(c.property(), "Person"))) {
                    // "the April Novelization, which the Sejm passed on 7 April", "The X Revision, adopted on 7
                    // April": a date no person has, as a property's or a role's
                    return false;
                }
                if (!o.isProperty(c.property())) {
                    continue;
                }
                if (c.object() instanceof Facts.Ref obj && r.existingEntityOf(obj) == e
                        && !o.inRange(c.property(), "Person")) {
                    return false;
                }
                if (c.object() instanceof Facts.Ref && r.existingEntityOf(c.subject()) == e
                        && o.inRange(c.property(), "Person") && !o.inDomain(c.property(), "Person")) {
                    // "X served as its Speaker": what a person chairs is no person (a link to a person, which no
                    // person has: ckg:chair)
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether a name ends with a plural ("the Free Burghers", "People's Commissars"): a group, no person. */
    private static boolean pluralEnd(String name) {
        // (an English plural in -s after a consonant or in -es; not a surname in -as, -is, -us, -os: "Landsbergis")
        return PLURAL_END.matcher(name.substring(name.lastIndexOf(' ') + 1)).matches();
    }

    private static final java.util.regex.Pattern PLURAL_END = java.util.regex.Pattern.compile(
            "\\p{L}+(?:[bcdfghjklmnprtvwz]s|es)");

    /**
     * The narrowest class that one of the thing's other names gives within {@code cls}: "Statute I of 1946" is a legal
     * instrument, and called "the little constitution" too, a constitution. A name in lower case is classed as if
     * capitalised; a name of another branch of classes says nothing here. A thing its names make only an instrument
     * is of the narrower kind the text hints ("a provisional constitution, the Resolution on X").
     */
    private String narrower(Entity e, String cls, EntityResolver r) {
        OntologyClasses o = OntologyClasses.get();
        String best = cls;
        for (Name n : e.names) {
            if (n.lang().equals("en")) {
                Optional<String> c = normalizer.classify(capitalised(n.text()), r.local(n.source().articleId()));
                if (c.isPresent() && !c.get().equals(best) && o.isA(c.get(), best)) {
                    best = c.get();
                }
            }
        }
        if (best.equals("LegalInstrument")) {
            // "a provisional constitution, the Resolution on X": an instrument the text says is of a narrower kind
            // (its name says only that it is an instrument)
            for (String h : e.hints) {
                if (!h.equals(best) && o.isA(h, best)) {
                    return h;
                }
            }
        }
        return best;
    }

    /** Every word of a lower-case name capitalised ("little constitution" → "Little Constitution"). */
    private static String capitalised(String name) {
        if (!Character.isLowerCase(name.charAt(0))) {
            return name;
        }
        StringBuilder b = new StringBuilder(name.length());
        boolean start = true;
        for (char ch : name.toCharArray()) {
            b.append(start ? Character.toUpperCase(ch) : ch);
            start = ch == ' ';
        }
        return b.toString();
    }

    /**
     * Gives every entity with a label and a class its IRI. An entity whose class nothing states (no head noun of a
     * known class, no property whose range names one, not an article's typed subject) is left out with a warning,
     * and so is every fact about it or pointing to it: a resource of no class cannot be told apart from a sentence
     * fragment, and would be published as a name without meaning.
     */
    private void iris(Iterable<Entity> entities) {
        Set<String> used = new HashSet<>();
        for (Entity e : entities) {
            if (e.label == null) {
                continue;
            }
            if (e.cls == null) {
                Source src = e.labelSource.source();
                problems.accept(Problem.warning(src.file(), src.line(), "\"" + e.label + "\" is named but nothing "
                        + "says what it is (no class); it and the facts about it are left out"));
                continue;
            }
            // a dash inside a compound word as a hyphen: "All–Union" and "All-Union" name one IRI however written
            String slug = Patterns.dashesAsHyphens(e.label).replaceAll("[^\\p{L}\\p{N}\\-.'()]+", "_")
                    .replaceAll("^_+|_+$", "");
            String iri = base + slug;
            for (int i = 2; !used.add(iri); i++) {
                iri = base + slug + "_" + i;
            }
            e.iri = iri;
        }
    }

    // ---- provenance -----------------------------------------------------------------------------------------

    private Node articleNode(String articleId) {
        return NodeFactory.createURI(Graphs.sourceArticle(base, articleId));
    }

    private void article(Facts f) {
        Node a = articleNode(f.article().id());
        String title = f.article().title().text();
        provenance.add(a, RDF.type.asNode(), CKG.SourceArticle.asNode());
        provenance.add(a, RDFS.label.asNode(), NodeFactory.createLiteralLang(title + " (encyclopedia article)", "en"));
        provenance.add(a, DCT_TITLE, NodeFactory.createLiteralLang(title, "en"));
        provenance.add(a, CKG.fileName.asNode(), NodeFactory.createLiteralString(
                java.nio.file.Path.of(f.article().file()).getFileName().toString()));
        provenance.add(a, CKG.wikipediaUrl.asNode(), NodeFactory.createLiteralDT("https://en.wikipedia.org/wiki/"
                + java.net.URLEncoder.encode(title.replace(' ', '_'), StandardCharsets.UTF_8)
                .replace("%28", "(").replace("%29", ")").replace("%2C", ","), XSDDatatype.XSDanyURI));
        provenance.add(NodeFactory.createURI(Graphs.articleGraph(base, f.article().id())), PROV_DERIVED, a);
    }

    /** Adds a fact to its article's graph and its source to the provenance graph. */
    private void emit(Source src, Node s, Node p, Node o) {
        ArticleGraph a = articleGraphs.computeIfAbsent(src.articleId(), id -> {
            Node name = NodeFactory.createURI(Graphs.articleGraph(base, id));
            return new ArticleGraph(name, articleNode(id), dsg.getGraph(name));
        });
        a.graph().add(Triple.create(s, p, o));
        String id = hash(a.name() + " " + s + " " + p + " " + o + " " + src.line());
        if (!statements.add(id)) {
            return;
        }
        Node st = NodeFactory.createURI(base + "statement/" + id);
        provenance.add(st, RDF.type.asNode(), RDF.Statement.asNode());
        provenance.add(st, RDF.subject.asNode(), s);
        provenance.add(st, RDF.predicate.asNode(), p);
        provenance.add(st, RDF.object.asNode(), o);
        provenance.add(st, CKG.sourceArticle.asNode(), a.source());
        provenance.add(st, CKG.sourceLine.asNode(), NodeFactory.createLiteralDT(
                Integer.toString(src.line()), XSDDatatype.XSDinteger));
        provenance.add(st, CKG.sourceText.asNode(), NodeFactory.createLiteralString(src.text()));
    }

    /** An article's graph name, its source-article node and the graph itself, looked up once. */
    private record ArticleGraph(Node name, Node source, Graph graph) {
    }

    private String hash(String s) {
        byte[] d = sha256.digest(s.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 10);
    }

    // ---- entities -------------------------------------------------------------------------------------------

    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4} ");

    /**
     * @param labels all things by their labels, lower case: another thing's label that the same article names it by is
     *     no other name of this one
     */
    private void entity(Entity e, Map<String, Entity> labels) {
        if (e.iri == null) {
            return;
        }
        Node s = NodeFactory.createURI(e.iri);
        Set<String> typedIn = new HashSet<>();
        Set<String> seen = new HashSet<>();
        // one name once, in whichever language it was first given: "Council of the Länder" is no German name beside
        // the English one because of one letter; but a language the text names wins over an undetermined one ("und")
        seen.add(e.label.toLowerCase(Locale.ROOT));
        emit(e.labelSource.source(), s, RDFS.label.asNode(), NodeFactory.createLiteralLang(e.label, "en"));
        boolean organ = e.cls != null && OntologyClasses.get().isA(e.cls, "StateOrgan");
        for (Name n : e.names) {
            if (e.cls != null && typedIn.add(n.source().articleId())) {
                emit(n.source(), s, RDF.type.asNode(), NodeFactory.createURI(CKG.NS + e.cls));
            }
            if (organ && YEAR_FIRST.matcher(n.text()).lookingAt()) {
                continue; // "the 1917 Xland Assembly": the year dates a mention of the organ, it is no name of it
            }
            Entity other = labels.get(n.text().toLowerCase(Locale.ROOT));
            if (n.origin() != Facts.Origin.TITLE && other != null && other != e && other.names.stream()
                    .anyMatch(o -> o.source().articleId().equals(n.source().articleId()))) {
                // "Constitution of Velm", a short form of "Constitution of the Empire of Velm", when the text names a
                // Constitution of Velm of its own (its successor): the name is the other's label, no name of this
                continue;
            }
            if (n.lang().equals("und") && e.names.stream().anyMatch(o -> !o.lang().equals("und")
                    && o.text().equalsIgnoreCase(n.text()))) {
                continue; // ("- Native name: Velmrat" and "(German: Velmrat)": the name in the language the text says)
            }
            if (seen.add(n.text().toLowerCase(Locale.ROOT))) {
                emit(n.source(), s, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(n.text(), n.lang()));
            }
        }
    }

    // ---- claims ---------------------------------------------------------------------------------------------

    private record Pending(Entity subject, String property, Node object, Claim claim) { }

    private void claims(List<Facts> all, EntityResolver r) {
        Map<String, List<Pending>> single = new LinkedHashMap<>();
        List<Pending> jurisdictions = new ArrayList<>();
        Map<String, List<Pending>> ofNames = new LinkedHashMap<>(); // (adopted in the year a name gives: the weakest)
        for (Facts f : all) {
            for (Claim c : f.claims()) {
                Entity s = r.entityOf(c.subject());
                if (s.iri == null || c.property().equals("a")) {
                    continue;
                }
                if (c.property().equals(DerivedFacts.YEAR_OF_NAME)) {
                    if (c.object() instanceof Node o) {
                        ofNames.computeIfAbsent(s.iri + " adopted", k -> new ArrayList<>())
                                .add(new Pending(s, "adopted", o, c));
                    }
                    continue;
                }
                String p = property(c.property(), s);
                if (p == null) {
                    continue;
                }
                if (c.object() instanceof Facts.Seats seats) {
                    seats(s, seats, r.entityOf(seats.group()), c.source());
                    continue;
                }
                Node o = object(c.object(), r);
                if (o == null || o.isURI() && o.getURI().equals(s.iri)) {
                    continue;
                }
                if (SINGLE_VALUED.contains(p)) {
                    single.computeIfAbsent(s.iri + " " + p, k -> new ArrayList<>()).add(new Pending(s, p, o, c));
                } else if (p.equals("jurisdiction") && s.cls != null
                        && OntologyClasses.get().isA(s.cls, "LegalInstrument") && o.isURI()) {
                    jurisdictions.add(new Pending(s, p, o, c)); // (stated once the dates are known)
                } else {
                    emit(c.source(), NodeFactory.createURI(s.iri), NodeFactory.createURI(CKG.NS + p), o);
                }
            }
        }
        ofNames.forEach((key, values) -> {
            String iri = key.substring(0, key.length() - " adopted".length());
            // (not one in force from 1 January of its name's year: "the 1938 Constitution came into force on 1
            // January 1938" was made the year before, as most such were)
            boolean dated = single.getOrDefault(iri + " effective", List.of()).stream()
                    .anyMatch(v -> v.object.isLiteral() && v.object.getLiteralLexicalForm().endsWith("-01-01"));
            if (!dated && values.stream().map(Pending::object).distinct().count() == 1) {
                single.putIfAbsent(key, values); // "the 1936 Constitution": 1936, where nothing dates it otherwise
            }
        });
        Map<String, List<Pending>> kept = new LinkedHashMap<>();
        single.forEach((key, values) -> kept.put(key, preferred(values)));
        Map<String, Choice> chosen = new HashMap<>();
        for (String[] span : SPANS) {
            kept.forEach((key, starts) -> {
                if (key.endsWith(" " + span[0])) {
                    List<Pending> ends = kept.get(key.substring(0, key.length() - span[0].length()) + span[1]);
                    if (ends != null) {
                        chooseSpan(starts, ends, chosen);
                    }
                }
            });
        }
        single.forEach((key, values) -> singleValued(values, kept.get(key), chosen.get(key)));
        Set<String> warned = new java.util.HashSet<>();
        for (Pending j : jurisdictions) {
            // an instrument made years before its state existed is another state's: "the 1923 Constitution of Xia"
            // is no constitution of the Xian People's Republic of 1947, whatever short name the two share (an
            // infobox's "Jurisdiction:" is kept: it says which state it is, not a short name)
            // ... and one made after its state ended ("the present Constitution of Xia" of 1991 is no constitution of
            // the Xian People's Republic that ended in 1990)
            Integer made = firstYear(kept.get(j.subject.iri + " adopted"));
            Integer founded = firstYear(kept.get(j.object.getURI() + " established"));
            Integer ended = firstYear(kept.get(j.object.getURI() + " disbanded"));
            boolean before = made != null && founded != null && made < founded - 1;
            // (only where the instrument's label does not name that state: "Constitution of Iceland (1874)" is
            // Iceland's, whenever Iceland became a state; "1923 Constitution of Romania" came to a people's republic
            // of 1947 by a short name the article gave it)
            Entity state = j.claim.object() instanceof Facts.Ref ref ? r.entityOf(ref) : null;
            boolean named = state != null && state.label != null && j.subject.label != null
                    && j.subject.label.contains(state.label);
            if (!named && !j.claim.fromInfobox() && (before || made != null && ended != null && made > ended)) {
                if (!warned.add(j.subject.iri + " " + j.object.getURI())) {
                    continue;
                }
                problems.accept(Problem.warning(j.claim.source().file(), j.claim.source().line(), "jurisdiction of \""
                        + j.subject.label + "\" left out: made in " + made + (before ? ", before its state "
                        + display(j.object) + " was established in " + founded : ", after its state "
                        + display(j.object) + " ended in " + ended)));
                continue;
            }
            emit(j.claim.source(), NodeFactory.createURI(j.subject.iri), CKG.jurisdiction.asNode(), j.object);
        }
    }

    /** The year of the first of the kept values of a date, or null. */
    private static Integer firstYear(List<Pending> kept) {
        if (kept == null || kept.isEmpty() || !kept.get(0).object.isLiteral()) {
            return null;
        }
        String lexical = kept.get(0).object.getLiteralLexicalForm();
        return lexical.length() >= 4 && lexical.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(lexical.substring(0, 4)) : null;
    }

    /** The single-valued dates that begin and end one span (as shapes/lifecycle.ttl checks them): no end before the start. */
    private static final String[][] SPANS = {{"established", "disbanded"}, {"adopted", "repealed"},
        {"startDate", "endDate"}};

    /**
     * The value chosen for a single-valued property by {@link #chooseSpan}, or none ({@code value} null) because it is
     * out of order with the value {@code against} of the span's other end.
     */
    private record Choice(Node value, Pending against) { }

    /**
     * The beginning and end of a span when the first choice of each ({@link #preferred}, {@code s} and {@code e}) makes
     * it end before it begins (a body founded, abolished, and founded again: "- Established: 1929" and "first set up in
     * 1835 ... abolished in 1844"). An infobox value stays; the other end becomes the first value of its own that fits
     * it, and is dropped (with a warning) when none does; between two values of the text, the first beginning no later
     * than the end, else the first end no sooner than the beginning. Kept in {@code chosen} by the key of the values;
     * two infobox values that disagree are left as they are, for the shapes to report.
     */
    private static void chooseSpan(List<Pending> s, List<Pending> e, Map<String, Choice> chosen) {
        if (s.isEmpty() || e.isEmpty() || !before(e.get(0).object, s.get(0).object)) {
            return;
        }
        boolean startStays = s.get(0).claim.fromInfobox();
        boolean endStays = e.get(0).claim.fromInfobox();
        if (startStays && endStays) {
            return;
        }
        if (!startStays) {
            Optional<Pending> start = s.stream().filter(x -> !before(e.get(0).object, x.object)).findFirst();
            if (start.isPresent() || endStays) {
                chosen.put(key(s.get(0)), new Choice(start.map(Pending::object).orElse(null), e.get(0)));
                return;
            }
        }
        Optional<Pending> end = e.stream().filter(x -> !before(x.object, s.get(0).object)).findFirst();
        if (end.isPresent() || startStays) {
            chosen.put(key(e.get(0)), new Choice(end.map(Pending::object).orElse(null), s.get(0)));
        }
    }

    private static String key(Pending p) {
        return p.subject.iri + " " + p.property;
    }

    /** Whether one date is before another on the precision they share ("1935-11" is before "1936"), as the shapes. */
    private static boolean before(Node a, Node b) {
        if (!a.isLiteral() || !b.isLiteral()) {
            return false;
        }
        String x = a.getLiteralLexicalForm();
        String y = b.getLiteralLexicalForm();
        int n = Math.min(x.length(), y.length());
        return x.substring(0, n).compareTo(y.substring(0, n)) < 0;
    }

    private String property(String p, Entity s) {
        if (lexicon.isRole(p)) {
            List<String> classes = s.cls == null ? List.of() : OntologyClasses.get().withSupers(s.cls);
            return lexicon.role(p, classes).orElse(null);
        }
        return p;
    }

    private Node object(Object o, EntityResolver r) {
        if (o instanceof Node n) {
            return n;
        }
        if (o instanceof Ref ref) {
            Entity e = r.entityOf(ref);
            return e.iri == null ? null : NodeFactory.createURI(e.iri);
        }
        return null;
    }

    private void seats(Entity organ, Facts.Seats seats, Entity group, Source src) {
        if (group.iri == null) {
            return;
        }
        Node a = NodeFactory.createURI(organ.iri + "_seats_" + group.iri.substring(base.length()));
        Node s = NodeFactory.createURI(organ.iri);
        emit(src, s, CKG.seatAllocation.asNode(), a);
        emit(src, a, RDF.type.asNode(), CKG.SeatAllocation.asNode());
        emit(src, a, RDFS.label.asNode(), NodeFactory.createLiteralLang(group.label + " seats in " + organ.label, "en"));
        emit(src, a, CKG.politicalGroup.asNode(), NodeFactory.createURI(group.iri));
        emit(src, a, CKG.seats.asNode(), NodeFactory.createLiteralDT(Integer.toString(seats.seats()),
                XSDDatatype.XSDinteger));
    }

    /** Warnings about one property of one thing beyond this many are summed up in one line. */
    private static final int MAX_CONFLICT_WARNINGS = 3;

    /**
     * One value for a single-valued property: the {@code chosen} one ({@link #chooseSpan}; maybe none), else the first
     * of the {@code kept} values ({@link #preferred}); every other value is reported as a warning.
     */
    private void singleValued(List<Pending> values, List<Pending> kept, Choice chosen) {
        if (chosen != null && chosen.value() == null) {
            Pending against = chosen.against();
            for (Pending k : kept.subList(0, Math.min(MAX_CONFLICT_WARNINGS, kept.size()))) {
                problems.accept(Problem.warning(k.claim.source().file(), k.claim.source().line(), k.property + " of \""
                        + k.subject.label + "\" stated as " + display(k.object) + " here is out of order with its "
                        + against.property + ", " + display(against.object) + ", at " + against.claim.source().file() + ":"
                        + against.claim.source().line() + " (of another life of it?); dropping " + display(k.object)));
            }
            return;
        }
        Pending best = chosen == null ? kept.get(0)
                : kept.stream().filter(k -> k.object.equals(chosen.value())).findFirst().orElse(kept.get(0));
        for (Pending v : values) {
            if (v.object.equals(best.object)) {
                Node s = NodeFactory.createURI(v.subject.iri);
                emit(v.claim.source(), s, NodeFactory.createURI(CKG.NS + v.property), v.object);
                if (v.property.equals("sessionOf")) {
                    // sessionOf is a sub-property of partOf, stated too: the parts of an organ include its sessions
                    emit(v.claim.source(), s, CKG.partOf.asNode(), v.object);
                }
            }
        }
        List<Pending> others = kept.stream().filter(k -> !k.object.equals(best.object)).toList();
        for (Pending k : others.subList(0, Math.min(MAX_CONFLICT_WARNINGS, others.size()))) {
            problems.accept(Problem.warning(k.claim.source().file(), k.claim.source().line(), k.property + " of \""
                    + k.subject.label + "\" stated as " + display(k.object) + " here but as " + display(best.object)
                    + " at " + best.claim.source().file() + ":" + best.claim.source().line() + "; keeping "
                    + display(best.object)));
        }
        if (others.size() > MAX_CONFLICT_WARNINGS) {
            Source s = others.get(MAX_CONFLICT_WARNINGS).claim.source();
            problems.accept(Problem.warning(s.file(), s.line(), (others.size() - MAX_CONFLICT_WARNINGS)
                    + " more values of " + best.property + " of \"" + best.subject.label + "\" differ from "
                    + display(best.object) + " and are dropped"));
        }
    }

    /**
     * The distinct values of a single-valued property, the better first: a less precise date that agrees with a more
     * precise one is dropped; infobox values before the rest, each in the order stated.
     */
    private static List<Pending> preferred(List<Pending> values) {
        java.util.TreeSet<String> forms = new java.util.TreeSet<>();
        values.forEach(v -> forms.add(v.object.isLiteral() ? v.object.getLiteralLexicalForm() : v.object.toString()));
        Map<Node, Pending> kept = new LinkedHashMap<>();
        for (Pending v : values) {
            if (!v.object.isLiteral() || !coveredByMorePrecise(v.object.getLiteralLexicalForm(), forms)) {
                // (a value an infobox states too is the infobox's, wherever it was stated first)
                kept.merge(v.object, v, (was, now) -> !was.claim.fromInfobox() && now.claim.fromInfobox() ? now : was);
            }
        }
        List<Pending> out = new ArrayList<>();
        kept.values().stream().filter(k -> k.claim.fromInfobox()).forEach(out::add);
        kept.values().stream().filter(k -> !k.claim.fromInfobox()).forEach(out::add);
        return out;
    }

    /** "1936" when "1936-12-05" is also stated: a year or month that a more precise date agrees with. */
    private static boolean coveredByMorePrecise(String lexical, java.util.NavigableSet<String> forms) {
        String next = forms.higher(lexical + "-");
        return next != null && next.startsWith(lexical + "-");
    }

    private String display(Node n) {
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI().replace(base, "");
    }
}
