package org.constitutionkg.extract.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.constitutionkg.extract.Facts.Name;

/** One real thing after resolution across articles: every name it was given, and what it is. */
public final class Entity {

    final String key;
    final List<Name> names = new ArrayList<>();
    final List<String> hints = new ArrayList<>();
    final Set<String> subjectOf = new LinkedHashSet<>();
    /** Names that are another thing's elsewhere: a label only when the entity has no other name. */
    final Set<Name> borrowed = new java.util.HashSet<>();
    String cls;
    String label;
    Name labelSource;
    String iri;
    /** For sessions: the ordinal and the body it is a session of. */
    Integer ordinal;
    String parentKey;

    Entity(String key) {
        this.key = key;
    }

    public String iri() {
        return iri;
    }

    public String label() {
        return label;
    }

    public String cls() {
        return cls;
    }
}
