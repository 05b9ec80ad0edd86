package org.constitutionkg.vocab;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Vocabulary of the Constitution Knowledge Graph ontology
 * ({@code ontology/constitution-kg.ttl}), namespace {@value #NS}.
 *
 * <p>Field names equal the local names of the terms. Date properties take
 * {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear} literals, as
 * precise as the source text states the date.
 */
public final class CKG {

    private CKG() {}

    /** Namespace of the ontology terms. */
    public static final String NS = "https://w3id.org/constitution-kg/ontology#";

    /** IRI of the ontology resource itself. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/constitution-kg/ontology";

    /** Path of the ontology file relative to the project root. */
    public static final String ONTOLOGY_PATH = "ontology/constitution-kg.ttl";

    /** Classpath resource name under which the build places the ontology file. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/constitution-kg.ttl";

    /** Namespace URI as a string (Jena vocabulary convention). */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /**
     * Reads the ontology from the classpath resource {@value #ONTOLOGY_RESOURCE}.
     *
     * @return a new model holding the ontology
     * @throws IllegalStateException if the resource is not on the classpath
     */
    public static Model ontology() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = CKG.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Classpath resource " + ONTOLOGY_RESOURCE
                        + " not found; the build must copy " + ONTOLOGY_PATH + " onto the classpath");
            }
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        model.setNsPrefix("ckg", NS);
        return model;
    }

    /** Ontology resource {@code <https://w3id.org/constitution-kg/ontology>}. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

    // ---------------------------------------------------------------- classes

    /** A formally adopted legal text (constitution, treaty, law, decree); subclass of eli:LegalResource. */
    public static final Resource LegalInstrument = resource("LegalInstrument");
    /** A constitution (wd:Q7755); subclass of LegalInstrument. */
    public static final Resource Constitution = resource("Constitution");
    /** A treaty between polities (wd:Q131569); subclass of LegalInstrument. */
    public static final Resource Treaty = resource("Treaty");
    /** An organ of state (wd:Q948571); subclass of org:Organization. */
    public static final Resource StateOrgan = resource("StateOrgan");
    /** A law-making state organ (wd:Q11204). */
    public static final Resource Legislature = resource("Legislature");
    /** One house of a legislature (wd:Q10553309). */
    public static final Resource Chamber = resource("Chamber");
    /** A state organ exercising executive or administrative power. */
    public static final Resource ExecutiveBody = resource("ExecutiveBody");
    /** A standing collegial organ acting for a larger body between its sessions. */
    public static final Resource Presidium = resource("Presidium");
    /** One convocation of a congress or other state organ. */
    public static final Resource Session = resource("Session");
    public static final Resource Meeting = resource("Meeting");
    /** A state or republic, including constituent and historical ones. */
    public static final Resource Polity = resource("Polity");
    /** A human being (wd:Q5). */
    public static final Resource Person = resource("Person");
    /** A political party, faction or group holding seats (close to wd:Q7278). */
    public static final Resource PoliticalGroup = resource("PoliticalGroup");
    /** Seats held by one political group in a state organ. */
    public static final Resource SeatAllocation = resource("SeatAllocation");
    /** A city, building or other location. */
    public static final Resource Place = resource("Place");
    /** The voters or electors the text says elect an organ ("universal male suffrage"), named by its phrase. */
    public static final Resource Electorate = resource("Electorate");
    /** An encyclopedia article that facts were extracted from; subclass of prov:Entity. */
    public static final Resource SourceArticle = resource("SourceArticle");

    // ------------------------------------------------------- date properties

    /** Date an organ or polity was established. */
    public static final Property established = property("established");
    /** Date an organ or polity was disbanded. */
    public static final Property disbanded = property("disbanded");
    /** Date an instrument was adopted, enacted or signed. */
    public static final Property adopted = property("adopted");
    /** Date an instrument was drafted or created. */
    public static final Property created = property("created");
    /** Date an instrument was ratified. */
    public static final Property ratified = property("ratified");
    /** Date an instrument came into force. */
    public static final Property effective = property("effective");
    /** Date an instrument was repealed. */
    public static final Property repealed = property("repealed");
    /** Date of the most recent amendment of an instrument. */
    public static final Property lastAmended = property("lastAmended");
    /** Date an instrument was officially published. */
    public static final Property published = property("published");
    /** Date a session opened. */
    public static final Property startDate = property("startDate");
    /** Date a session closed. */
    public static final Property endDate = property("endDate");

    // ----------------------------------------------------- object properties

    /** The organ, instrument, session or polity immediately before this one; inverse of succeededBy. */
    public static final Property precededBy = property("precededBy");
    /** The organ, instrument, session or polity immediately after this one; inverse of precededBy. */
    public static final Property succeededBy = property("succeededBy");
    /** A legal instrument that this instrument repealed; inverse of repealedBy. */
    public static final Property repeals = property("repeals");
    /** The legal instrument that repealed this one; inverse of repeals. */
    public static final Property repealedBy = property("repealedBy");
    /** The organ or session that enacted, adopted or approved the instrument. */
    public static final Property adoptedBy = property("adoptedBy");
    /** The organ, session or polity that ratified the instrument. */
    public static final Property ratifiedBy = property("ratifiedBy");
    /** A person, polity or organ that signed the instrument. */
    public static final Property signedBy = property("signedBy");
    /** A person or organ that drafted the instrument. */
    public static final Property author = property("author");
    /** A legal instrument this instrument is based on. */
    public static final Property basedOn = property("basedOn");
    /** A state organ or polity that the instrument abolished. */
    public static final Property abolished = property("abolished");
    /** A state organ (or polity) that the instrument creates; inverse of establishedBy. */
    public static final Property establishes = property("establishes");
    /** The instrument that created this organ or polity; inverse of establishes. */
    public static final Property establishedBy = property("establishedBy");
    /** The polity an instrument, organ or session belongs to or applies to. */
    public static final Property jurisdiction = property("jurisdiction");
    /** The larger organ or polity this is part of; inverse of hasPart. */
    public static final Property partOf = property("partOf");
    /** A chamber, presidium or constituent republic that is part of this; inverse of partOf. */
    public static final Property hasPart = property("hasPart");
    /** The state organ of which a session is one convocation. */
    public static final Property sessionOf = property("sessionOf");
    /** The organ or session that elects this organ or person. */
    public static final Property electedBy = property("electedBy");
    /** The organ to which this organ is accountable. */
    public static final Property accountableTo = property("accountableTo");
    /** A person who chairs the organ or session. */
    public static final Property chair = property("chair");
    /** A place associated with any resource. */
    public static final Property location = property("location");
    /** Where an organ or session meets; subproperty of location. */
    public static final Property meetingPlace = property("meetingPlace");
    /** A polity that is party to a treaty. */
    public static final Property party = property("party");
    /** The political group counted by a seat allocation. */
    public static final Property politicalGroup = property("politicalGroup");
    /** A seat allocation of a state organ. */
    public static final Property seatAllocation = property("seatAllocation");

    // ------------------------------------------------------ value properties

    /** Number of members (non-negative xsd:integer). */
    public static final Property memberCount = property("memberCount");
    /** Number of articles of an instrument (non-negative xsd:integer). */
    public static final Property articleCount = property("articleCount");
    /** Number of chapters of an instrument (non-negative xsd:integer). */
    public static final Property chapterCount = property("chapterCount");
    /** Number of sections of an instrument (non-negative xsd:integer). */
    public static final Property sectionCount = property("sectionCount");
    /** Seats of a seat allocation, or total seats of an organ (non-negative xsd:integer). */
    public static final Property seats = property("seats");
    /** Unicameral, bicameral, ... (xsd:string). */
    public static final Property houseType = property("houseType");
    /** How members of an organ are chosen (xsd:string). */
    public static final Property votingSystem = property("votingSystem");
    /** Status of an instrument or organ, e.g. "repealed" (xsd:string). */
    public static final Property status = property("status");
    /** One competence of a state organ, one literal each (xsd:string). */
    public static final Property power = property("power");
    /** Number of a session in its organ's sequence (non-negative xsd:integer). */
    public static final Property ordinal = property("ordinal");
    /** Full official name or long title (literal, preferably language-tagged). */
    public static final Property officialName = property("officialName");
    /** Short name or short title (literal, preferably language-tagged). */
    public static final Property shortName = property("shortName");
    /** Name in the original language, language-tagged. */
    public static final Property nativeName = property("nativeName");

    // ------------------------------------------------- provenance properties

    /** The source article a resource or statement was extracted from; subproperty of prov:wasDerivedFrom. */
    public static final Property sourceArticle = property("sourceArticle");
    /** 1-based line number in the article file (xsd:integer). */
    public static final Property sourceLine = property("sourceLine");
    /** Verbatim text that states the fact (xsd:string). */
    public static final Property sourceText = property("sourceText");
    /** File name of a source article (xsd:string). */
    public static final Property fileName = property("fileName");
    public static final Property withheldBy = property("withheldBy");
    /** Wikipedia URL (xsd:anyURI). */
    public static final Property wikipediaUrl = property("wikipediaUrl");

    // ------------------------------------------------ link provenance properties

    /** How a link was made: "curated" or "reconciled" (xsd:string; on a link's rdf:Statement). */
    public static final Property linkOrigin = property("linkOrigin");
    /** Reconciler score of a reconciled link, 0..1 (xsd:decimal; on a link's rdf:Statement). */
    public static final Property linkScore = property("linkScore");
    /** Day a reconciled link was made (xsd:date; on a link's rdf:Statement). */
    public static final Property linkDate = property("linkDate");
    /** Why a link is believed (xsd:string; on a link's rdf:Statement). */
    public static final Property linkEvidence = property("linkEvidence");
}
