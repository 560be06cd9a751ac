package org.dais.rdf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
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

    public Model map(ResolvedDocument doc) {
        Extraction x = doc.extraction();
        current = x.document();
        DocumentMetadata meta = x.metadata();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.mapping());
        String source = x.document().sourceName();
        Resource article = m.createResource(documentIri(source), DAIS.Article)
                .addProperty(DAIS.sourceFile, source);
        if (meta.published() != null) {
            article.addLiteral(schemaDatePublished, date(m, meta.published()));
            article.addLiteral(DAIS.yearStated, m.createTypedLiteral(meta.yearStated()));
        }
        if (meta.publishedWording() != null) article.addProperty(DAIS.publishedWording, meta.publishedWording());
        // Feed: what was declared for the article from outside its text.
        if (x.document().declaredDate() != null) article.addLiteral(DAIS.declaredDate, date(m, x.document().declaredDate()));
        if (meta.dateConflict() != null) article.addProperty(DAIS.dateConflict, meta.dateConflict());
        String link = webLink(x.document().url());
        if (link != null) article.addProperty(schemaUrl, m.createResource(link));
        article.addProperty(DAIS.contentHash, x.document().contentHash())
                .addProperty(DAIS.extractorVersion, org.dais.extract.ExtractorVersion.current());
        if (meta.headline() != null) article.addProperty(schemaHeadline, meta.headline());
        if (meta.publisher() != null) {
            article.addProperty(schemaPublisher, m.createResource(iris.publisher(meta.publisher()), schemaOrganization)
                    .addProperty(RDFS.label, meta.publisher()));
        }

        for (String name : doc.persons()) {
            Resource p = person(m, doc, name);
            String note = doc.resolutionNotes().get(name);
            if (note != null) p.addProperty(SKOS.editorialNote, note);
        }
        // The spellings as written, where they differ from the canonical one, stay findable.
        for (var written : doc.canonicalPersons().entrySet()) {
            String asWritten = WHITESPACE.matcher(written.getKey()).replaceAll(" ");
            if (!asWritten.equals(written.getValue())) person(m, doc, written.getValue()).addProperty(SKOS.altLabel, asWritten);
        }

        for (OfficeClaim claim : x.offices()) {
            String person = doc.person(claim.person());
            Office office = claim.office();
            Resource p = person(m, doc, person);
            Resource org = organization(m, office.organization());
            if (office.parentOrganization() != null) {
                org.addProperty(ORG.subOrganizationOf, organization(m, office.parentOrganization()));
            }
            // The post, not the word printed for it: a chairwoman's and a chairperson's chair is one post (Titles.office).
            String postTitle = Titles.office(office.title());
            Resource role = m.createResource(iris.role(postTitle), ORG.Role).addProperty(RDFS.label, postTitle);
            Resource post = m.createResource(iris.post(postTitle, office.organization()), ORG.Post)
                    .addProperty(RDFS.label, postTitle + " of " + office.organization())
                    .addProperty(ORG.postIn, org).addProperty(ORG.role, role);
            p.addProperty(ORG.holds, post);
            Resource tenure = m.createResource(iris.tenure(doc.identity(person), post.getURI(), source), DAIS.Tenure)
                    .addProperty(ORG.member, p).addProperty(ORG.organization, org).addProperty(ORG.role, role)
                    .addProperty(DAIS.post, post)
                    .addProperty(RDFS.label, person + ", " + office.title() + " of " + office.organization());
            if (!postTitle.equals(office.title())) tenure.addProperty(SKOS.altLabel, office.title());
            if (meta.published() != null) tenure.addLiteral(DAIS.attestedOn, date(m, meta.published()));
            attest(m, tenure, article, source, claim.evidence());
        }
        for (String name : x.organizations()) organization(m, name);
        for (RankClaim r : x.ranks()) person(m, doc, doc.person(r.person())).addProperty(DAIS.militaryRank, r.rank());

        Set<String> meetingsWritten = new HashSet<>();
        // Written under the key the acts refer to it by (a dated meeting's resolved key also holds its year).
        for (var meeting : doc.meetings().entrySet()) {
            meeting(m, meeting.getValue());
            meetingsWritten.add(meeting.getKey());
        }
        for (SpeechClaim s : x.speeches()) {
            String speaker = doc.person(s.speaker());
            Resource meeting = meetingRef(m, doc, s.meeting(), meetingsWritten);
            ResolvedMeeting resolved = doc.meetings().get(s.meeting().key());
            String meetingKey = resolved != null ? resolved.name().key() : s.meeting().key();
            Resource speech = m.createResource(iris.speech(doc.identity(speaker), s.kind(), meetingKey), DAIS.Speech)
                    .addProperty(DAIS.speaker, person(m, doc, speaker)).addProperty(DAIS.speechKind, s.kind())
                    .addProperty(DAIS.deliveredAt, meeting)
                    .addProperty(RDFS.label, speaker + ": " + s.kind() + " at " + s.meeting().canonical());
            if (s.title() != null) speech.addProperty(DCTerms.title, s.title());
            attest(m, speech, article, source, s.evidence());
        }
        for (ParticipationClaim p : x.participations()) {
            String person = doc.person(p.person());
            Resource meeting = meetingRef(m, doc, p.meeting(), meetingsWritten);
            Resource part = m.createResource(iris.participation(doc.identity(person), p.role(), p.meeting().key(), source), DAIS.Participation)
                    .addProperty(DAIS.participant, person(m, doc, person)).addProperty(DAIS.participatedIn, meeting)
                    .addProperty(DAIS.participationRole, p.role())
                    .addProperty(RDFS.label, person + " (" + p.role() + ") at " + p.meeting().canonical());
            // Attendance and guidance lists carry their printed rank too (ParticipationClaim.rank); only the platform's is a platform rank.
            if (p.rank() != null && "platform".equals(p.role()) && !part.hasProperty(DAIS.platformRank)) {
                part.addLiteral(DAIS.platformRank, integer(m, p.rank()));
            }
            attest(m, part, article, source, p.evidence());
        }
        activities(m, doc, article, source);
        protocolRanks(m, doc, x);
        return m;
    }

    /**
     * The leader's public activities: each occasion a {@code dais:Activity} (kind, day, place,
     * evidence), each person at it a {@code dais:Participation} with the role and, for those
     * accompanying him, the list rank. A dated occasion is keyed by kind, day and place, so two
     * articles reporting it meet on one node; an undated one is keyed by kind, place and its article's date.
     */
    private void activities(Model m, ResolvedDocument doc, Resource article, String source) {
        Extraction x = doc.extraction();
        if (x.events().isEmpty()) return;
        java.util.Map<Integer, Resource> byId = new java.util.HashMap<>();
        java.util.Map<Integer, String> keys = new java.util.HashMap<>();
        Set<String> known = new HashSet<>();
        x.organizations().forEach(o -> known.add(o.toLowerCase(java.util.Locale.ROOT)));
        x.offices().forEach(o -> known.add(o.office().organization().toLowerCase(java.util.Locale.ROOT)));
        for (EventClaim e : x.events()) {
            String placeKey = e.place() == null ? "" : IriMinter.slug(e.place());
            // Undated, it is keyed by its article's date: the same report filed twice (an archive's duplicate record) is one occasion.
            String key = e.start() != null ? e.kind() + "|" + e.start() + "|" + placeKey
                    : x.metadata().published() != null ? e.kind() + "|reported " + x.metadata().published() + "|" + placeKey : source + "|" + e.id();
            Resource act = m.createResource(iris.activity(key), DAIS.Activity)
                    .addProperty(DAIS.activityKind, e.kind())
                    .addProperty(RDFS.label, e.kind() + (e.place() != null ? " at " + e.place() : "")
                            + (e.start() != null ? " on " + e.start() : ""));
            if (e.start() != null) act.addLiteral(schemaStartDate, date(m, e.start()));
            if (e.dateWording() != null) act.addProperty(DAIS.dateWording, e.dateWording());
            if (e.place() != null) {
                // The unit or facility visited is the organization when the article names it as one.
                Resource place = known.contains(e.place().toLowerCase(java.util.Locale.ROOT))
                        ? organization(m, e.place())
                        : m.createResource(iris.place(e.place()), schemaPlace).addProperty(RDFS.label, e.place());
                act.addProperty(schemaLocation, place);
            }
            attest(m, act, article, source, e.evidence());
            byId.put(e.id(), act);
            keys.put(e.id(), key);
        }
        for (AppearanceClaim a : x.appearances()) {
            Resource act = byId.get(a.event());
            if (act == null) continue;
            String person = doc.person(a.person());
            Resource part = m.createResource(iris.participation(doc.identity(person), a.role(), keys.get(a.event()), source), DAIS.Participation)
                    .addProperty(DAIS.participant, person(m, doc, person)).addProperty(DAIS.participatedIn, act)
                    .addProperty(DAIS.participationRole, a.role())
                    .addProperty(RDFS.label, person + " (" + a.role() + ") at " + act.getProperty(RDFS.label).getString());
            if (a.rank() != null && !part.hasProperty(DAIS.listRank)) part.addLiteral(DAIS.listRank, integer(m, a.rank()));
            attest(m, part, article, source, a.evidence());
        }
    }

    /**
     * Protocol rank: each participation's position in its list (meeting and role) and the list's
     * size, the number of people the article names in it, so a rank reads against its list.
     */
    private void protocolRanks(Model m, ResolvedDocument doc, Extraction x) {
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
            Resource part = m.createResource(iris.participation(doc.identity(doc.person(p.person())), p.role(), p.meeting().key(), source));
            if (part.hasProperty(DAIS.listSize)) continue;
            int size = Math.max(listed.get(list).size(), lastRank.getOrDefault(list, 0));
            part.addLiteral(DAIS.listSize, integer(m, size));
            Integer rank = rankOf.get(part.getURI());
            if (rank != null) part.addLiteral(DAIS.listRank, integer(m, rank));
        }
    }

    private Resource meetingRef(Model m, ResolvedDocument doc, MeetingName name, Set<String> written) {
        if (!written.contains(name.key())) {
            meeting(m, new ResolvedMeeting(name, null, null, null, java.util.Map.of()));
            written.add(name.key());
        }
        // The IRI (a readable slug) comes from the name the meeting was written under: the resolved one.
        ResolvedMeeting resolved = doc.meetings().get(name.key());
        return m.createResource(iris.meeting(resolved != null ? resolved.name() : name));
    }

    private void meeting(Model m, ResolvedMeeting meeting) {
        MeetingName name = meeting.name();
        Resource r = m.createResource(iris.meeting(name), DAIS.Meeting)
                .addProperty(RDFS.label, name.canonical())
                .addProperty(DAIS.meetingKind, name.kind())
                .addLiteral(DAIS.enlarged, m.createTypedLiteral(name.enlarged()));
        if (name.ordinal() != null) r.addLiteral(DAIS.ordinal, integer(m, name.ordinal()));
        if (name.bodyTerm() != null) r.addLiteral(DAIS.bodyTerm, integer(m, name.bodyTerm()));
        if (name.convenedBy() != null) r.addProperty(DAIS.convenedBy, organization(m, name.convenedBy()));
        if (name.ordinal() != null) {
            r.addProperty(DAIS.inSeries, m.createResource(iris.series(name.seriesKey()), DAIS.MeetingSeries)
                    .addProperty(RDFS.label, name.seriesName()));
        }
        if (meeting.start() != null) r.addLiteral(schemaStartDate, date(m, meeting.start()));
        if (meeting.end() != null) r.addLiteral(schemaEndDate, date(m, meeting.end()));
        if (meeting.dateWording() != null) r.addProperty(DAIS.dateWording, meeting.dateWording());
        for (var day : meeting.days().entrySet()) {
            m.createResource(iris.session(name, day.getKey()), DAIS.MeetingSession)
                    .addProperty(schemaSuperEvent, r)
                    .addLiteral(DAIS.dayNumber, integer(m, day.getKey()))
                    .addLiteral(schemaStartDate, date(m, day.getValue()))
                    .addProperty(RDFS.label, "Day " + day.getKey() + " of " + name.canonical());
        }
    }

    /** Person IRIs come from the document's identity decisions (name, or name and local unit). */
    private Resource person(Model m, ResolvedDocument doc, String name) {
        return m.createResource(iris.person(doc.identity(name)), FOAF.Person)
                .addProperty(FOAF.name, name).addProperty(RDFS.label, name);
    }

    private Resource organization(Model m, String name) {
        return m.createResource(iris.organization(name), OrganizationKinds.classify(name))
                .addProperty(RDF.type, ORG.Organization)
                .addProperty(RDFS.label, name);
    }

    private void attest(Model m, Resource fact, Resource article, String source, Evidence analysed) {
        Evidence e = asReceived(analysed);
        Resource evidence = m.createResource(iris.evidence(source, String.valueOf(e.start()), String.valueOf(e.end())), DAIS.Evidence)
                .addProperty(DAIS.quote, e.quote())
                .addLiteral(DAIS.startOffset, integer(m, e.start()))
                .addLiteral(DAIS.endOffset, integer(m, e.end()))
                .addProperty(wasDerivedFrom, article);
        fact.addProperty(wasDerivedFrom, article).addProperty(DAIS.evidence, evidence);
    }

    // Typed literals are immutable nodes, and each was parsed by its datatype as made: the few dates and small
    // numbers of an archive are made once per mapper (the same literal as m.createTypedLiteral(lexical, type) makes).
    private static final int SMALL_INTEGERS = 1024, DATES_KEPT = 20_000;
    private final Literal[] integers = new Literal[SMALL_INTEGERS];
    private final java.util.Map<LocalDate, Literal> dates = new java.util.HashMap<>();

    private Literal integer(Model m, int n) {
        if (n < 0 || n >= SMALL_INTEGERS) return m.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
        Literal known = integers[n];
        if (known == null) integers[n] = known = ResourceFactory.createTypedLiteral(String.valueOf(n), XSDDatatype.XSDinteger);
        return known;
    }

    private Literal date(Model m, LocalDate d) {
        Literal known = dates.get(d);
        if (known == null) {
            known = ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
            if (dates.size() >= DATES_KEPT) dates.clear();
            dates.put(d, known);
        }
        return known;
    }
}
