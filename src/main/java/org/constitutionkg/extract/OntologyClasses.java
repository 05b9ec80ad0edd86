package org.constitutionkg.extract;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.constitutionkg.vocab.CKG;

/** The class hierarchy of the ontology, by local name: Constitution is a LegalInstrument, Chamber a StateOrgan. */
public final class OntologyClasses {

    private final Model ontology;

    private OntologyClasses(Model ontology) {
        this.ontology = ontology;
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
            cur = superOf(cur);
        }
        return out;
    }

    private String superOf(String cls) {
        Resource r = ontology.getResource(CKG.NS + cls);
        for (RDFNode n : ontology.listObjectsOfProperty(r, RDFS.subClassOf).toList()) {
            if (n.isURIResource() && n.asResource().getURI().startsWith(CKG.NS)) {
                return n.asResource().getLocalName();
            }
        }
        return null;
    }

    public boolean isA(String cls, String sup) {
        return withSupers(cls).contains(sup);
    }

    /** True when the class is declared in the ontology. */
    public boolean exists(String cls) {
        return ontology.contains(ontology.getResource(CKG.NS + cls), null);
    }
}
