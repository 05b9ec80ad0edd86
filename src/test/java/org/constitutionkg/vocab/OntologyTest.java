package org.constitutionkg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OntologyTest {

    /** Properties that intentionally have no rdfs:domain (usable on any resource). */
    private static final Set<String> DOMAIN_FREE = Set.of(
            "location", "officialName", "shortName", "nativeName",
            "sourceArticle", "sourceLine", "sourceText", "wikipediaUrl");

    private static Model ontology;

    @BeforeAll
    static void load() {
        // Read from the project file so the test does not depend on the resource configuration.
        Path file = Path.of(CKG.ONTOLOGY_PATH);
        assertTrue(Files.isRegularFile(file), "missing " + file.toAbsolutePath());
        ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, file.toUri().toString(), Lang.TURTLE);
    }

    /** All public static final Resource/Property fields of CKG, by field name. */
    private static Map<String, Resource> vocabularyFields() throws IllegalAccessException {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Field f : CKG.class.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m)
                    && Resource.class.isAssignableFrom(f.getType())) {
                out.put(f.getName(), (Resource) f.get(null));
            }
        }
        return out;
    }

    /** ckg: terms declared (typed) in the ontology. */
    private static Set<String> declaredLocalNames() {
        Set<String> out = new TreeSet<>();
        ontology.listStatements(null, RDF.type, (RDFNode) null).forEachRemaining(st -> {
            Resource s = st.getSubject();
            if (s.isURIResource() && s.getURI().startsWith(CKG.NS)) {
                out.add(s.getURI().substring(CKG.NS.length()));
            }
        });
        return out;
    }

    private static boolean isProperty(Resource r) {
        return ontology.contains(r, RDF.type, OWL.ObjectProperty)
                || ontology.contains(r, RDF.type, OWL.DatatypeProperty);
    }

    @Test
    void ttlParsesAndDeclaresOntology() {
        assertFalse(ontology.isEmpty());
        Resource ont = ontology.getResource(CKG.ONTOLOGY_IRI);
        assertTrue(ontology.contains(ont, RDF.type, OWL.Ontology));
        assertTrue(ontology.contains(ont, OWL.versionInfo, (RDFNode) null));
        assertTrue(ontology.contains(ont, ontology.createProperty("http://purl.org/dc/terms/license"),
                ontology.createResource("https://creativecommons.org/licenses/by-sa/4.0/")));
    }

    @Test
    void classpathOntologyMatchesFile() {
        Model fromClasspath = CKG.ontology();
        assertTrue(fromClasspath.isIsomorphicWith(ontology),
                "classpath copy of the ontology differs from " + CKG.ONTOLOGY_PATH);
    }

    @Test
    void everyVocabularyFieldIsDeclared() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Resource> e : vocabularyFields().entrySet()) {
            String name = e.getKey();
            Resource term = e.getValue();
            assertNotNull(term, name);
            Resource r = ontology.getResource(term.getURI());
            if (term.getURI().startsWith(CKG.NS)) {
                if (!term.getURI().equals(CKG.NS + name)) {
                    problems.add(name + ": field name differs from local name " + term.getURI());
                }
                if (term instanceof Property) {
                    if (!isProperty(r)) {
                        problems.add(name + ": not an owl:ObjectProperty/owl:DatatypeProperty");
                    }
                } else if (!ontology.contains(r, RDF.type, OWL.Class)) {
                    problems.add(name + ": not an owl:Class");
                }
                if (!ontology.contains(r, RDFS.isDefinedBy, CKG.ONTOLOGY)) {
                    problems.add(name + ": missing rdfs:isDefinedBy");
                }
            }
            if (!ontology.contains(r, RDF.type, (RDFNode) null)) {
                problems.add(name + ": no rdf:type");
            }
            if (!hasEnglishLiteral(r, RDFS.label)) {
                problems.add(name + ": no rdfs:label@en");
            }
            if (!hasEnglishLiteral(r, RDFS.comment)) {
                problems.add(name + ": no rdfs:comment@en");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDeclaredTermHasAField() throws IllegalAccessException {
        Map<String, Resource> fields = vocabularyFields();
        Set<String> missing = new TreeSet<>();
        for (String local : declaredLocalNames()) {
            Resource f = fields.get(local);
            if (f == null || !f.getURI().equals(CKG.NS + local)) {
                missing.add(local);
            }
        }
        assertTrue(missing.isEmpty(), "ontology terms without a CKG field: " + missing);
    }

    @Test
    void everyPropertyHasDomainAndRange() {
        List<String> problems = new ArrayList<>();
        for (String local : declaredLocalNames()) {
            Resource r = ontology.getResource(CKG.NS + local);
            if (!isProperty(r)) {
                continue;
            }
            if (!ontology.contains(r, RDFS.range, (RDFNode) null)) {
                problems.add(local + ": no rdfs:range");
            }
            boolean hasDomain = ontology.contains(r, RDFS.domain, (RDFNode) null);
            if (!hasDomain && !DOMAIN_FREE.contains(local)) {
                problems.add(local + ": no rdfs:domain and not listed as domain-free");
            }
            if (hasDomain && DOMAIN_FREE.contains(local)) {
                problems.add(local + ": listed as domain-free but has rdfs:domain");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void inversePairsAreSymmetric() {
        String[][] pairs = {
                {"precededBy", "succeededBy"}, {"repeals", "repealedBy"},
                {"partOf", "hasPart"}, {"establishes", "establishedBy"}};
        for (String[] p : pairs) {
            Resource a = ontology.getResource(CKG.NS + p[0]);
            Resource b = ontology.getResource(CKG.NS + p[1]);
            assertTrue(ontology.contains(a, OWL.inverseOf, b), p[0] + " owl:inverseOf " + p[1]);
            assertTrue(ontology.contains(b, OWL.inverseOf, a), p[1] + " owl:inverseOf " + p[0]);
        }
    }

    @Test
    void unionListsAreWellFormed() {
        // Every owl:unionOf must be a proper RDF list of IRIs.
        List<Statement> unions = ontology.listStatements(null, OWL.unionOf, (RDFNode) null).toList();
        assertFalse(unions.isEmpty());
        for (Statement st : unions) {
            assertTrue(st.getObject().canAs(org.apache.jena.rdf.model.RDFList.class));
            var list = st.getObject().as(org.apache.jena.rdf.model.RDFList.class);
            assertTrue(list.isValid());
            assertTrue(list.size() >= 2);
            list.iterator().forEachRemaining(n -> assertTrue(n.isURIResource(), "union member " + n));
        }
    }

    @Test
    void classifiedAsExpected() {
        assertTrue(ontology.contains(CKG.Constitution, RDFS.subClassOf, CKG.LegalInstrument));
        assertTrue(ontology.contains(CKG.Treaty, RDFS.subClassOf, CKG.LegalInstrument));
        for (Resource c : List.of(CKG.Legislature, CKG.Chamber, CKG.ExecutiveBody, CKG.Presidium)) {
            assertTrue(ontology.contains(c, RDFS.subClassOf, CKG.StateOrgan), c.getLocalName());
        }
        assertEquals(OWL.DatatypeProperty,
                ontology.getResource(CKG.adopted.getURI()).getPropertyResourceValue(RDF.type));
        assertEquals(OWL.ObjectProperty,
                ontology.getResource(CKG.adoptedBy.getURI()).getPropertyResourceValue(RDF.type));
    }

    private static boolean hasEnglishLiteral(Resource r, Property p) {
        return ontology.listObjectsOfProperty(r, p).toList().stream()
                .anyMatch(n -> n.isLiteral() && "en".equals(n.asLiteral().getLanguage())
                        && !n.asLiteral().getLexicalForm().isBlank());
    }
}
