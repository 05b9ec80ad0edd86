package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.vocab.CKG;

/** The class hierarchy of the ontology, by local name: Constitution is a LegalInstrument, Chamber a StateOrgan. */
public final class OntologyClasses {

    /** Each ckg: class's ckg: superclass, read once (the map is only read afterwards, from any thread). */
    private final Map<String, String> superclass;
    private final Set<String> declared;

    private OntologyClasses(Model ontology) {
        Map<String, String> supers = new HashMap<>();
        ontology.listStatements(null, RDFS.subClassOf, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(CKG.NS)
                    && st.getObject().isURIResource() && st.getObject().asResource().getURI().startsWith(CKG.NS)) {
                supers.putIfAbsent(st.getSubject().getLocalName(), st.getObject().asResource().getLocalName());
            }
        });
        Set<String> names = new HashSet<>();
        ontology.listSubjects().forEach(r -> {
            if (r.isURIResource() && r.getURI().startsWith(CKG.NS)) {
                names.add(r.getLocalName());
            }
        });
        Set<String> props = new HashSet<>();
        for (org.apache.jena.rdf.model.Resource kind : List.of(org.apache.jena.vocabulary.OWL.ObjectProperty,
                org.apache.jena.vocabulary.OWL.DatatypeProperty)) {
            ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, kind).forEach(r -> {
                if (r.isURIResource() && r.getURI().startsWith(CKG.NS)) {
                    props.add(r.getLocalName());
                }
            });
        }
        Map<String, Set<String>> domains = new HashMap<>();
        ontology.listStatements(null, RDFS.domain, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(CKG.NS)) {
                domains.put(st.getSubject().getLocalName(), classesOf(st.getObject()));
            }
        });
        this.domains = Map.copyOf(domains);
        Map<String, Set<String>> ranges = new HashMap<>();
        ontology.listStatements(null, RDFS.range, (RDFNode) null).forEach(st -> {
            if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(CKG.NS)) {
                ranges.put(st.getSubject().getLocalName(), classesOf(st.getObject()));
            }
        });
        this.ranges = Map.copyOf(ranges);
        this.superclass = Map.copyOf(supers);
        this.declared = Set.copyOf(names);
        this.properties = Set.copyOf(props);
        Set<String> irreflexive = new HashSet<>();
        ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                org.apache.jena.vocabulary.OWL2.IrreflexiveProperty).forEach(r -> {
                    if (r.isURIResource() && r.getURI().startsWith(CKG.NS)) {
                        irreflexive.add(r.getLocalName());
                    }
                });
        this.irreflexive = Set.copyOf(irreflexive);
    }

    private final Set<String> irreflexive;

    /** Whether a ckg: property never links a thing to itself (owl:IrreflexiveProperty: "preceded by", "part of"). */
    public boolean irreflexive(String property) {
        return irreflexive.contains(property);
    }

    private final Set<String> properties;
    private final Map<String, Set<String>> domains;
    private final Map<String, Set<String>> ranges;

    /**
     * Whether a thing of class {@code cls} may be the object of the ckg: property: true when the property declares no
     * class range, or one of the class's superclasses is in it.
     */
    public boolean inRange(String property, String cls) {
        Set<String> r = ranges.get(property);
        return r == null || r.isEmpty() || withSupers(cls).stream().anyMatch(r::contains);
    }

    /** The topmost ckg: class above a class (Chamber → StateOrgan, Constitution → LegalInstrument). */
    public String top(String cls) {
        List<String> s = withSupers(cls);
        return s.get(s.size() - 1);
    }

    /** The ckg: classes a domain or range names: the class itself, or the members of its owl:unionOf. */
    private static Set<String> classesOf(RDFNode domain) {
        Set<String> out = new HashSet<>();
        if (domain.isURIResource()) {
            out.add(domain.asResource().getLocalName());
        } else if (domain.isResource()) {
            org.apache.jena.rdf.model.Statement union = domain.asResource()
                    .getProperty(org.apache.jena.vocabulary.OWL.unionOf);
            if (union != null && union.getObject().canAs(org.apache.jena.rdf.model.RDFList.class)) {
                union.getObject().as(org.apache.jena.rdf.model.RDFList.class).iterator()
                        .forEachRemaining(n -> out.add(n.asResource().getLocalName()));
            }
        }
        return Set.copyOf(out);
    }

    /**
     * Whether a thing of class {@code cls} may be the subject of the ckg: property: true when the property declares
     * no domain, or one of the class's superclasses is in it.
     */
    public boolean inDomain(String property, String cls) {
        Set<String> d = domains.get(property);
        return d == null || d.isEmpty() || withSupers(cls).stream().anyMatch(d::contains);
    }

    /** The one class a property's domain names, if it names exactly one ("adoptedBy": LegalInstrument); else empty. */
    public java.util.Optional<String> soleDomain(String property) {
        Set<String> d = domains.get(property);
        return d != null && d.size() == 1 ? java.util.Optional.of(d.iterator().next()) : java.util.Optional.empty();
    }

    /** True when a ckg: property of this local name is declared (owl:ObjectProperty or owl:DatatypeProperty). */
    public boolean isProperty(String name) {
        return properties.contains(name);
    }

    private static final class Holder {
        static final OntologyClasses INSTANCE = new OntologyClasses(CKG.ontology());
    }

    public static OntologyClasses get() {
        return Holder.INSTANCE;
    }

    /** The class and its ckg: superclasses, nearest first. */
    public List<String> withSupers(String cls) {
        List<String> out = new ArrayList<>();
        String cur = cls;
        while (cur != null && !out.contains(cur)) {
            out.add(cur);
            cur = superclass.get(cur);
        }
        return out;
    }

    /**
     * Whether two classes are of one kind: both bodies or sittings of bodies, both legal instruments, or one under the
     * other ("Convention" names a treaty and an assembly, "Union" a state and a treaty: which kind a text makes it).
     */
    public boolean sameKind(String a, String b) {
        java.util.function.Predicate<String> assembly = c -> isA(c, "StateOrgan") || isA(c, "Session");
        return assembly.test(a) && assembly.test(b) || isA(a, "LegalInstrument") && isA(b, "LegalInstrument")
                || isA(a, b) || isA(b, a);
    }

    public boolean isA(String cls, String sup) {
        return withSupers(cls).contains(sup);
    }

    /** True when the class is declared in the ontology. */
    public boolean exists(String cls) {
        return declared.contains(cls);
    }
}
