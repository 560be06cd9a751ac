package org.dais.rdf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

import org.dais.extract.AppearanceClaim;
import org.dais.extract.EventClaim;
import org.dais.extract.Evidence;
import org.dais.extract.Extraction;
import org.dais.extract.MeetingName;
import org.dais.extract.Office;
import org.dais.extract.OfficeClaim;
import org.dais.extract.ParticipationClaim;
import org.dais.extract.RankClaim;
import org.dais.extract.SpeechClaim;
import org.dais.extract.Titles;
import org.dais.ingest.DocumentMetadata;
import org.dais.resolve.ResolvedDocument;
import org.dais.resolve.ResolvedMeeting;

/**
 * Pipeline stage 7: one resolved document to its RDF graph under the dais ontology. Every
 * attested fact (tenure, speech, participation) points to the article and to the sentence it
 * was read from (PROV-O); entities get IRIs from {@link IriMinter}, so the graphs of different
 * documents join on them.
 */
public final class RdfMapper {
    // Compiled once: these run for every sentence of every document.
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    static final String SCHEMA = Prefixes.SCHEMA;
    static final String PROV = Prefixes.PROV;
    static final Property schemaStartDate = ResourceFactory.createProperty(SCHEMA, "startDate");
    static final Property schemaEndDate = ResourceFactory.createProperty(SCHEMA, "endDate");
    static final Property schemaSuperEvent = ResourceFactory.createProperty(SCHEMA, "superEvent");
    static final Property schemaDatePublished = ResourceFactory.createProperty(SCHEMA, "datePublished");
    static final Property schemaHeadline = ResourceFactory.createProperty(SCHEMA, "headline");
    static final Property schemaPublisher = ResourceFactory.createProperty(SCHEMA, "publisher");
    static final Resource schemaOrganization = ResourceFactory.createResource(SCHEMA + "Organization");
    static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV, "wasDerivedFrom");
    static final Property schemaUrl = ResourceFactory.createProperty(SCHEMA, "url");

    /**
     * An article's URL as an IRI, or null when it is not an absolute one (an archive's link
     * field holding "n/a" must not put a broken IRI into the store and its N-Quads dumps).
     */
    static String webLink(String url) {
        if (url == null) return null;
        try {
            org.apache.jena.irix.IRIx iri = org.apache.jena.irix.IRIx.create(url.strip());
            return iri.isAbsolute() && !url.strip().contains(" ") ? iri.str() : null;
        } catch (org.apache.jena.irix.IRIException e) {
            return null;
        }
    }
    static final Property schemaLocation = ResourceFactory.createProperty(SCHEMA, "location");
    static final Resource schemaPlace = ResourceFactory.createResource(SCHEMA + "Place");

    private final IriMinter iris;

    public RdfMapper(IriMinter iris) {
        this.iris = iris;
    }

    /** The document's named-graph IRI (the article's own IRI). */
    public String graphName(String sourceName) { return documentIri(sourceName); }

    // The pipeline asks for a document's IRI twice (its graph's name, its article node): minted once (a regex and a hash).
    private String lastSource, lastDocumentIri;

    private String documentIri(String sourceName) {
        if (!sourceName.equals(lastSource)) {
            lastDocumentIri = iris.document(sourceName);
            lastSource = sourceName;
        }
        return lastDocumentIri;
    }

    /** The document being mapped: its evidence offsets are given in the text as received. */
    private org.dais.ingest.SourceDocument current;

    /** Evidence read from repaired text, as offsets into and a quote of the text as received. */
    private Evidence asReceived(Evidence e) {
        if (current == null || current.repair() == null) return e;
        int start = current.toReceived(e.start()), end = current.toReceived(e.end());
        end = Math.max(start + 1, end);
        // quoted as Sentence.quote() quotes: whitespace runs collapsed
        return new Evidence(start, end, WHITESPACE.matcher(current.receivedText().substring(start, end).strip()).replaceAll(" "));
    }

    /**
     * The document's graph, as triples. Written straight as nodes, without a Jena model: nothing
     * here reads back what it wrote but whether a participation already has a rank or a list's
     * size (the first one stays), kept by {@link Out#first}.
     */
    public DocumentTriples map(ResolvedDocument doc) {
        Extraction x = doc.extraction();
        current = x.document();
        DocumentMetadata meta = x.metadata();
        Out m = new Out();
        String source = x.document().sourceName();
        Node article = m.typed(documentIri(source), DAIS.Article.asNode());
        m.add(article, DAIS.sourceFile, text(source));
        if (meta.published() != null) {
            m.add(article, schemaDatePublished, date(meta.published()));
            m.add(article, DAIS.yearStated, bool(meta.yearStated()));
        }
        if (meta.publishedWording() != null) m.add(article, DAIS.publishedWording, text(meta.publishedWording()));
        // Feed: what was declared for the article from outside its text.
        if (x.document().declaredDate() != null) m.add(article, DAIS.declaredDate, date(x.document().declaredDate()));
        if (meta.dateConflict() != null) m.add(article, DAIS.dateConflict, text(meta.dateConflict()));
        String link = webLink(x.document().url());
        if (link != null) m.add(article, schemaUrl, NodeFactory.createURI(link));
        m.add(article, DAIS.contentHash, text(x.document().contentHash()));
        m.add(article, DAIS.extractorVersion, text(org.dais.extract.ExtractorVersion.current()));
        if (meta.headline() != null) m.add(article, schemaHeadline, text(meta.headline()));
        if (meta.publisher() != null) {
            Node publisher = m.typed(iris.publisher(meta.publisher()), schemaOrganization.asNode());
            m.add(publisher, RDFS.label, text(meta.publisher()));
            m.add(article, schemaPublisher, publisher);
        }

        for (String name : doc.persons()) {
            Node p = person(m, doc, name);
            String note = doc.resolutionNotes().get(name);
            if (note != null) m.add(p, SKOS.editorialNote, text(note));
        }
        // The spellings as written, where they differ from the canonical one, stay findable.
        for (var written : doc.canonicalPersons().entrySet()) {
            String asWritten = WHITESPACE.matcher(written.getKey()).replaceAll(" ");
            if (!asWritten.equals(written.getValue())) m.add(person(m, doc, written.getValue()), SKOS.altLabel, text(asWritten));
        }

        for (OfficeClaim claim : x.offices()) {
            String person = doc.person(claim.person());
            Office office = claim.office();
            Node p = person(m, doc, person);
            Node org = organization(m, office.organization());
            if (office.parentOrganization() != null) {
                m.add(org, ORG.subOrganizationOf, organization(m, office.parentOrganization()));
            }
            // The post, not the word printed for it: a chairwoman's and a chairperson's chair is one post (Titles.office).
            String postTitle = Titles.office(office.title());
            Node role = m.typed(iris.role(postTitle), ORG.Role.asNode());
            m.add(role, RDFS.label, text(postTitle));
            String postIri = iris.post(postTitle, office.organization());
            Node post = m.typed(postIri, ORG.Post.asNode());
            m.add(post, RDFS.label, text(postTitle + " of " + office.organization()));
            m.add(post, ORG.postIn, org);
            m.add(post, ORG.role, role);
            m.add(p, ORG.holds, post);
            Node tenure = m.typed(iris.tenure(doc.identity(person), postIri, source), DAIS.Tenure.asNode());
            m.add(tenure, ORG.member, p);
            m.add(tenure, ORG.organization, org);
            m.add(tenure, ORG.role, role);
            m.add(tenure, DAIS.post, post);
            m.add(tenure, RDFS.label, text(person + ", " + office.title() + " of " + office.organization()));
            if (!postTitle.equals(office.title())) m.add(tenure, SKOS.altLabel, text(office.title()));
            if (meta.published() != null) m.add(tenure, DAIS.attestedOn, date(meta.published()));
            attest(m, tenure, article, source, claim.evidence());
        }
        for (String name : x.organizations()) organization(m, name);
        for (RankClaim r : x.ranks()) m.add(person(m, doc, doc.person(r.person())), DAIS.militaryRank, text(r.rank()));

        Set<String> meetingsWritten = new HashSet<>();
        // Written under the key the acts refer to it by (a dated meeting's resolved key also holds its year).
        for (var meeting : doc.meetings().entrySet()) {
            meeting(m, meeting.getValue());
            meetingsWritten.add(meeting.getKey());
        }
        for (SpeechClaim s : x.speeches()) {
            String speaker = doc.person(s.speaker());
            Node meeting = meetingRef(m, doc, s.meeting(), meetingsWritten);
            ResolvedMeeting resolved = doc.meetings().get(s.meeting().key());
            String meetingKey = resolved != null ? resolved.name().key() : s.meeting().key();
            Node speech = m.typed(iris.speech(doc.identity(speaker), s.kind(), meetingKey), DAIS.Speech.asNode());
            m.add(speech, DAIS.speaker, person(m, doc, speaker));
            m.add(speech, DAIS.speechKind, text(s.kind()));
            m.add(speech, DAIS.deliveredAt, meeting);
            m.add(speech, RDFS.label, text(speaker + ": " + s.kind() + " at " + s.meeting().canonical()));
            if (s.title() != null) m.add(speech, DCTerms.title, text(s.title()));
            attest(m, speech, article, source, s.evidence());
        }
        for (ParticipationClaim p : x.participations()) {
            String person = doc.person(p.person());
            Node meeting = meetingRef(m, doc, p.meeting(), meetingsWritten);
            Node part = m.typed(iris.participation(doc.identity(person), p.role(), p.meeting().key(), source), DAIS.Participation.asNode());
            m.add(part, DAIS.participant, person(m, doc, person));
            m.add(part, DAIS.participatedIn, meeting);
            m.add(part, DAIS.participationRole, text(p.role()));
            m.add(part, RDFS.label, text(person + " (" + p.role() + ") at " + p.meeting().canonical()));
            // Attendance and guidance lists carry their printed rank too (ParticipationClaim.rank); only the platform's is a platform rank.
            if (p.rank() != null && "platform".equals(p.role()) && m.first(part, DAIS.platformRank)) {
                m.add(part, DAIS.platformRank, integer(p.rank()));
            }
            attest(m, part, article, source, p.evidence());
        }
        activities(m, doc, article, source);
        protocolRanks(m, doc, x);
        return new DocumentTriples(graphName(source), m.triples());
    }

    /**
     * The triples being written: each once, in the order written (a set, as a model is). The one
     * thing the mapper asks of what it wrote is whether a node already has a value it keeps only
     * the first of, which {@link #first} answers for the predicates asked of.
     */
    private static final class Out {
        private final Set<Triple> triples = new LinkedHashSet<>(512);
        /** Subject and predicate of each functional value written, as a triple whose object is ANY. */
        private final Set<Triple> firsts = new HashSet<>();

        void add(Node s, Property p, Node o) { triples.add(Triple.create(s, p.asNode(), o)); }

        void add(Node s, Node p, Node o) { triples.add(Triple.create(s, p, o)); }

        /** The node {@code iri}, typed {@code type}. */
        Node typed(String iri, Node type) {
            Node n = NodeFactory.createURI(iri);
            add(n, TYPE, type);
            return n;
        }

        /** Whether {@code s} gets its first value of {@code p} now (true once per subject and predicate). */
        boolean first(Node s, Property p) { return firsts.add(Triple.create(s, p.asNode(), Node.ANY)); }

        List<Triple> triples() { return List.copyOf(triples); }
    }

    private static final Node TYPE = RDF.type.asNode();

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    // The node Model.createTypedLiteral(boolean) makes.
    private static final Node TRUE = NodeFactory.createLiteralByValue(Boolean.TRUE), FALSE = NodeFactory.createLiteralByValue(Boolean.FALSE);

    private static Node bool(boolean b) { return b ? TRUE : FALSE; }

    /**
     * The leader's public activities: each occasion a {@code dais:Activity} (kind, day, place,
     * evidence), each person at it a {@code dais:Participation} with the role and, for those
     * accompanying him, the list rank. A dated occasion is keyed by kind, day and place, so two
     * articles reporting it meet on one node; an undated one is keyed by kind, place and its article's date.
     */
    private void activities(Out m, ResolvedDocument doc, Node article, String source) {
        Extraction x = doc.extraction();
        if (x.events().isEmpty()) return;
        java.util.Map<Integer, Node> byId = new java.util.HashMap<>();
        java.util.Map<Integer, String> keys = new java.util.HashMap<>();
        java.util.Map<Node, String> labels = new java.util.HashMap<>();
        Set<String> known = new HashSet<>();
        x.organizations().forEach(o -> known.add(o.toLowerCase(java.util.Locale.ROOT)));
        x.offices().forEach(o -> known.add(o.office().organization().toLowerCase(java.util.Locale.ROOT)));
        for (EventClaim e : x.events()) {
            String placeKey = e.place() == null ? "" : IriMinter.slug(e.place());
            // Undated, it is keyed by its article's date: the same report filed twice (an archive's duplicate record) is one occasion.
            String key = e.start() != null ? e.kind() + "|" + e.start() + "|" + placeKey
                    : x.metadata().published() != null ? e.kind() + "|reported " + x.metadata().published() + "|" + placeKey : source + "|" + e.id();
            Node act = m.typed(iris.activity(key), DAIS.Activity.asNode());
            String label = e.kind() + (e.place() != null ? " at " + e.place() : "") + (e.start() != null ? " on " + e.start() : "");
            m.add(act, DAIS.activityKind, text(e.kind()));
            m.add(act, RDFS.label, text(label));
            if (e.start() != null) m.add(act, schemaStartDate, date(e.start()));
            if (e.dateWording() != null) m.add(act, DAIS.dateWording, text(e.dateWording()));
            if (e.place() != null) {
                // The unit or facility visited is the organization when the article names it as one.
                Node place;
                if (known.contains(e.place().toLowerCase(java.util.Locale.ROOT))) {
                    place = organization(m, e.place());
                } else {
                    place = m.typed(iris.place(e.place()), schemaPlace.asNode());
                    m.add(place, RDFS.label, text(e.place()));
                }
                m.add(act, schemaLocation, place);
            }
            attest(m, act, article, source, e.evidence());
            byId.put(e.id(), act);
            keys.put(e.id(), key);
            // An occasion written twice (two claims of one key, their places printed apart) is named by its first label.
            labels.putIfAbsent(act, label);
        }
        for (AppearanceClaim a : x.appearances()) {
            Node act = byId.get(a.event());
            if (act == null) continue;
            String person = doc.person(a.person());
            Node part = m.typed(iris.participation(doc.identity(person), a.role(), keys.get(a.event()), source), DAIS.Participation.asNode());
            m.add(part, DAIS.participant, person(m, doc, person));
            m.add(part, DAIS.participatedIn, act);
            m.add(part, DAIS.participationRole, text(a.role()));
            m.add(part, RDFS.label, text(person + " (" + a.role() + ") at " + labels.get(act)));
            if (a.rank() != null && m.first(part, DAIS.listRank)) m.add(part, DAIS.listRank, integer(a.rank()));
            attest(m, part, article, source, a.evidence());
        }
    }

    /**
     * Protocol rank: each participation's position in its list (meeting and role) and the list's
     * size, the number of people the article names in it, so a rank reads against its list.
     */
    private void protocolRanks(Out m, ResolvedDocument doc, Extraction x) {
        String source = x.document().sourceName();
        java.util.Map<String, java.util.Set<String>> listed = new java.util.HashMap<>();
        java.util.Map<String, Integer> lastRank = new java.util.HashMap<>();
        java.util.Map<String, Integer> rankOf = new java.util.HashMap<>();
        for (ParticipationClaim p : x.participations()) {
            String list = p.meeting().key() + "\u0000" + p.role();
            String iri = iris.participation(doc.identity(doc.person(p.person())), p.role(), p.meeting().key(), source);
            listed.computeIfAbsent(list, k -> new java.util.HashSet<>()).add(iri);
            if (p.rank() != null) {
                rankOf.merge(iri, p.rank(), Math::min);
                lastRank.merge(list, p.rank(), Math::max);
            }
        }
        for (ParticipationClaim p : x.participations()) {
            String list = p.meeting().key() + "\u0000" + p.role();
            String iri = iris.participation(doc.identity(doc.person(p.person())), p.role(), p.meeting().key(), source);
            Node part = NodeFactory.createURI(iri);
            if (!m.first(part, DAIS.listSize)) continue;
            int size = Math.max(listed.get(list).size(), lastRank.getOrDefault(list, 0));
            m.add(part, DAIS.listSize, integer(size));
            Integer rank = rankOf.get(iri);
            if (rank != null) m.add(part, DAIS.listRank, integer(rank));
        }
    }

    private Node meetingRef(Out m, ResolvedDocument doc, MeetingName name, Set<String> written) {
        if (!written.contains(name.key())) {
            meeting(m, new ResolvedMeeting(name, null, null, null, java.util.Map.of()));
            written.add(name.key());
        }
        // The IRI (a readable slug) comes from the name the meeting was written under: the resolved one.
        ResolvedMeeting resolved = doc.meetings().get(name.key());
        return NodeFactory.createURI(iris.meeting(resolved != null ? resolved.name() : name));
    }

    private void meeting(Out m, ResolvedMeeting meeting) {
        MeetingName name = meeting.name();
        Node r = m.typed(iris.meeting(name), DAIS.Meeting.asNode());
        m.add(r, RDFS.label, text(name.canonical()));
        m.add(r, DAIS.meetingKind, text(name.kind()));
        m.add(r, DAIS.enlarged, bool(name.enlarged()));
        if (name.ordinal() != null) m.add(r, DAIS.ordinal, integer(name.ordinal()));
        if (name.bodyTerm() != null) m.add(r, DAIS.bodyTerm, integer(name.bodyTerm()));
        if (name.convenedBy() != null) m.add(r, DAIS.convenedBy, organization(m, name.convenedBy()));
        if (name.ordinal() != null) {
            Node series = m.typed(iris.series(name.seriesKey()), DAIS.MeetingSeries.asNode());
            m.add(series, RDFS.label, text(name.seriesName()));
            m.add(r, DAIS.inSeries, series);
        }
        if (meeting.start() != null) m.add(r, schemaStartDate, date(meeting.start()));
        if (meeting.end() != null) m.add(r, schemaEndDate, date(meeting.end()));
        if (meeting.dateWording() != null) m.add(r, DAIS.dateWording, text(meeting.dateWording()));
        for (var day : meeting.days().entrySet()) {
            Node session = m.typed(iris.session(name, day.getKey()), DAIS.MeetingSession.asNode());
            m.add(session, schemaSuperEvent, r);
            m.add(session, DAIS.dayNumber, integer(day.getKey()));
            m.add(session, schemaStartDate, date(day.getValue()));
            m.add(session, RDFS.label, text("Day " + day.getKey() + " of " + name.canonical()));
        }
    }

    private static final Node PERSON = FOAF.Person.asNode(), ORGANIZATION = ORG.Organization.asNode();

    /** Person IRIs come from the document's identity decisions (name, or name and local unit). */
    private Node person(Out m, ResolvedDocument doc, String name) {
        Node p = m.typed(iris.person(doc.identity(name)), PERSON);
        Node n = text(name);
        m.add(p, FOAF.name, n);
        m.add(p, RDFS.label, n);
        return p;
    }

    private Node organization(Out m, String name) {
        Node o = m.typed(iris.organization(name), OrganizationKinds.classify(name).asNode());
        m.add(o, TYPE, ORGANIZATION);
        m.add(o, RDFS.label, text(name));
        return o;
    }

    private void attest(Out m, Node fact, Node article, String source, Evidence analysed) {
        Evidence e = asReceived(analysed);
        Node evidence = m.typed(iris.evidence(source, String.valueOf(e.start()), String.valueOf(e.end())), DAIS.Evidence.asNode());
        m.add(evidence, DAIS.quote, text(e.quote()));
        m.add(evidence, DAIS.startOffset, integer(e.start()));
        m.add(evidence, DAIS.endOffset, integer(e.end()));
        m.add(evidence, wasDerivedFrom, article);
        m.add(fact, wasDerivedFrom, article);
        m.add(fact, DAIS.evidence, evidence);
    }

    // Typed literals are immutable nodes, and each was parsed by its datatype as made: the few dates and small
    // numbers of an archive are made once per mapper (the node Model.createTypedLiteral(lexical, type) makes).
    private static final int SMALL_INTEGERS = 1024, DATES_KEPT = 20_000;
    private final Node[] integers = new Node[SMALL_INTEGERS];
    private final java.util.Map<LocalDate, Node> dates = new java.util.HashMap<>();

    private Node integer(int n) {
        if (n < 0 || n >= SMALL_INTEGERS) return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
        Node known = integers[n];
        if (known == null) integers[n] = known = NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
        return known;
    }

    private Node date(LocalDate d) {
        Node known = dates.get(d);
        if (known == null) {
            known = NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
            if (dates.size() >= DATES_KEPT) dates.clear();
            dates.put(d, known);
        }
        return known;
    }
}
