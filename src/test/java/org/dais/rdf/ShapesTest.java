package org.dais.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Unit tests of {@code ontology/shapes.ttl} on small hand-built graphs. */
class ShapesTest {

    static final String EX = "https://example.org/dais-test/";

    static final String SCHEMA = "http://schema.org/";
    static final Property schemaStartDate = ResourceFactory.createProperty(SCHEMA + "startDate");
    static final Property schemaEndDate = ResourceFactory.createProperty(SCHEMA + "endDate");
    static final Property schemaDatePublished = ResourceFactory.createProperty(SCHEMA + "datePublished");
    static final Property schemaHeadline = ResourceFactory.createProperty(SCHEMA + "headline");
    static final Property schemaPublisher = ResourceFactory.createProperty(SCHEMA + "publisher");
    static final Resource schemaOrganization = ResourceFactory.createResource(SCHEMA + "Organization");

    static final String PROV = "http://www.w3.org/ns/prov#";
    static final Property provWasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");

    static Shapes shapes;

    Model m;
    Resource article, evidence, person, wpk, cc, role, post, tenure, meeting, speech, participation;

    @BeforeAll
    static void loadShapes() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
    }

    /** A small graph in the shape the pipeline builds for one document; conforms. */
    @BeforeEach
    void buildConformingGraph() {
        m = ModelFactory.createDefaultModel();
        Resource kcna = m.createResource(EX + "publisher/kcna")
                .addProperty(RDF.type, schemaOrganization)
                .addProperty(RDFS.label, "KCNA");
        article = m.createResource(EX + "article/a1")
                .addProperty(RDF.type, DAIS.Article)
                .addProperty(DAIS.sourceFile, "a1.txt")
                .addProperty(schemaDatePublished, m.createTypedLiteral("2023-06-19", XSDDatatype.XSDdate))
                .addProperty(DAIS.publishedWording, "June 19")
                .addLiteral(DAIS.yearStated, false)
                .addProperty(schemaHeadline, "Enlarged Plenary Meeting of WPK Central Committee Opens")
                .addProperty(schemaPublisher, kcna);
        evidence = evidence("ev1", "Kim Tok Hun made a speech at the meeting.", 120, 161);

        person = m.createResource(EX + "person/kim-tok-hun")
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(FOAF.name, "Kim Tok Hun")
                .addProperty(RDFS.label, "Kim Tok Hun")
                .addProperty(SKOS.altLabel, "Kim Tok-hun")
                .addProperty(DAIS.militaryRank, "Marshal");
        wpk = m.createResource(EX + "org/wpk")
                .addProperty(RDF.type, DAIS.Party)
                .addProperty(RDFS.label, "Workers' Party of Korea");
        cc = m.createResource(EX + "org/wpk-cc")
                .addProperty(RDF.type, DAIS.CentralCommittee)
                .addProperty(RDFS.label, "Central Committee of the Workers' Party of Korea")
                .addProperty(ORG.subOrganizationOf, wpk);
        role = m.createResource(EX + "role/secretary")
                .addProperty(RDF.type, ORG.Role)
                .addProperty(RDFS.label, "secretary");
        post = m.createResource(EX + "post/wpk-cc/secretary")
                .addProperty(RDF.type, ORG.Post)
                .addProperty(ORG.postIn, cc)
                .addProperty(ORG.role, role)
                .addProperty(RDFS.label, "secretary of the WPK Central Committee");
        person.addProperty(ORG.holds, post);
        tenure = m.createResource(EX + "tenure/t1")
                .addProperty(RDF.type, DAIS.Tenure)
                .addProperty(ORG.member, person)
                .addProperty(ORG.organization, cc)
                .addProperty(ORG.role, role)
                .addProperty(DAIS.post, post)
                .addProperty(DAIS.attestedOn, m.createTypedLiteral("2023-06-19", XSDDatatype.XSDdate))
                .addProperty(provWasDerivedFrom, article)
                .addProperty(DAIS.evidence, evidence);

        Resource series = m.createResource(EX + "series/wpk-cc-8-plenary")
                .addProperty(RDF.type, DAIS.MeetingSeries)
                .addProperty(RDFS.label, "plenary meetings of the 8th Central Committee of the WPK");
        meeting = m.createResource(EX + "meeting/wpk-cc-8-plenary-8")
                .addProperty(RDF.type, DAIS.Meeting)
                .addProperty(RDFS.label, "8th Enlarged Plenary Meeting of the 8th Central Committee of the Workers' Party of Korea")
                .addProperty(DAIS.meetingKind, "plenary meeting")
                .addLiteral(DAIS.ordinal, m.createTypedLiteral("8", XSDDatatype.XSDinteger))
                .addProperty(DAIS.inSeries, series)
                .addProperty(DAIS.convenedBy, cc)
                .addLiteral(DAIS.bodyTerm, m.createTypedLiteral("8", XSDDatatype.XSDinteger))
                .addLiteral(DAIS.enlarged, true)
                .addProperty(schemaStartDate, m.createTypedLiteral("2023-06-16", XSDDatatype.XSDdate))
                .addProperty(schemaEndDate, m.createTypedLiteral("2023-06-18", XSDDatatype.XSDdate))
                .addProperty(DAIS.dateWording, "from June 16 to 18");
        m.createResource(EX + "meeting/wpk-cc-8-plenary-8/day-2")
                .addProperty(RDF.type, DAIS.MeetingSession)
                .addProperty(ResourceFactory.createProperty(SCHEMA + "superEvent"), meeting)
                .addLiteral(DAIS.dayNumber, m.createTypedLiteral("2", XSDDatatype.XSDinteger));

        speech = m.createResource(EX + "speech/s1")
                .addProperty(RDF.type, DAIS.Speech)
                .addProperty(DAIS.speechKind, "speech")
                .addProperty(DAIS.speaker, person)
                .addProperty(DAIS.deliveredAt, meeting)
                .addProperty(DCTerms.title, "On the tasks of the cabinet")
                .addProperty(provWasDerivedFrom, article)
                .addProperty(DAIS.evidence, evidence);

        participation = m.createResource(EX + "participation/p1")
                .addProperty(RDF.type, DAIS.Participation)
                .addProperty(DAIS.participant, person)
                .addProperty(DAIS.participatedIn, meeting)
                .addProperty(DAIS.participationRole, "platform")
                .addLiteral(DAIS.platformRank, m.createTypedLiteral("3", XSDDatatype.XSDinteger))
                .addProperty(provWasDerivedFrom, article)
                .addProperty(DAIS.evidence, evidence("ev2", "Present on the platform were Kim Jong Un, Jo Yong Won, Kim Tok Hun ...", 10, 80));
    }

    Resource evidence(String id, String quote, int start, int end) {
        return m.createResource(EX + "evidence/" + id)
                .addProperty(RDF.type, DAIS.Evidence)
                .addProperty(DAIS.quote, quote)
                .addLiteral(DAIS.startOffset, m.createTypedLiteral(String.valueOf(start), XSDDatatype.XSDinteger))
                .addLiteral(DAIS.endOffset, m.createTypedLiteral(String.valueOf(end), XSDDatatype.XSDinteger))
                .addProperty(provWasDerivedFrom, article);
    }

    ValidationReport validate() {
        return ShaclValidator.get().validate(shapes, m.getGraph());
    }

    static String describe(ValidationReport r) {
        return r.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    /** Asserts the graph does not conform and that a result names {@code focus} and {@code path}. */
    void assertViolation(Resource focus, Property path, String component) {
        ValidationReport r = validate();
        assertFalse(r.conforms(), "expected a violation on " + focus + " " + path);
        Collection<ReportEntry> entries = r.getEntries();
        Node focusNode = focus.asNode();
        Path expectedPath = new P_Link(path.asNode());
        boolean found = entries.stream().anyMatch(e -> focusNode.equals(e.focusNode())
                && e.resultPath() != null && expectedPath.equalTo(e.resultPath(), null)
                && (component == null || e.sourceConstraintComponent().getURI().endsWith("#" + component)));
        assertTrue(found, "no " + component + " result for " + focus + " " + path + " in:\n" + describe(r));
    }

    @Test
    void conformingGraphConforms() {
        ValidationReport r = validate();
        assertTrue(r.conforms(), describe(r));
    }

    @Test
    void speechWithUnknownKind() {
        speech.removeAll(DAIS.speechKind).addProperty(DAIS.speechKind, "toast");
        assertViolation(speech, DAIS.speechKind, "InConstraintComponent");
    }

    @Test
    void speechWithoutSpeaker() {
        speech.removeAll(DAIS.speaker);
        assertViolation(speech, DAIS.speaker, "MinCountConstraintComponent");
    }

    @Test
    void speechDeliveredAtSomethingNotAMeeting() {
        speech.removeAll(DAIS.deliveredAt).addProperty(DAIS.deliveredAt, article);
        assertViolation(speech, DAIS.deliveredAt, "ClassConstraintComponent");
    }

    @Test
    void participationWithUnknownRole() {
        participation.removeAll(DAIS.participationRole).addProperty(DAIS.participationRole, "watched");
        assertViolation(participation, DAIS.participationRole, "InConstraintComponent");
    }

    @Test
    void participationWithZeroPlatformRank() {
        participation.removeAll(DAIS.platformRank)
                .addLiteral(DAIS.platformRank, m.createTypedLiteral("0", XSDDatatype.XSDinteger));
        assertViolation(participation, DAIS.platformRank, "MinInclusiveConstraintComponent");
    }

    @Test
    void evidenceWithoutQuote() {
        evidence.removeAll(DAIS.quote);
        assertViolation(evidence, DAIS.quote, "MinCountConstraintComponent");
    }

    @Test
    void evidenceWithNegativeOffset() {
        evidence.removeAll(DAIS.startOffset)
                .addLiteral(DAIS.startOffset, m.createTypedLiteral("-1", XSDDatatype.XSDinteger));
        assertViolation(evidence, DAIS.startOffset, "MinInclusiveConstraintComponent");
    }

    @Test
    void evidenceEndingBeforeItStarts() {
        evidence.removeAll(DAIS.endOffset)
                .addLiteral(DAIS.endOffset, m.createTypedLiteral("100", XSDDatatype.XSDinteger));
        assertViolation(evidence, DAIS.startOffset, "LessThanConstraintComponent");
    }

    @Test
    void articleWithTwoPublicationDates() {
        article.addProperty(schemaDatePublished, m.createTypedLiteral("2023-06-20", XSDDatatype.XSDdate));
        assertViolation(article, schemaDatePublished, "MaxCountConstraintComponent");
    }

    @Test
    void articleDateThatIsNotAnXsdDate() {
        article.removeAll(schemaDatePublished).addProperty(schemaDatePublished, "June 19, 2023");
        assertViolation(article, schemaDatePublished, "DatatypeConstraintComponent");
    }

    @Test
    void tenureWithoutEvidence() {
        tenure.removeAll(DAIS.evidence);
        assertViolation(tenure, DAIS.evidence, "MinCountConstraintComponent");
    }

    @Test
    void tenureWithTwoMembers() {
        Resource other = m.createResource(EX + "person/jo-yong-won")
                .addProperty(RDF.type, FOAF.Person)
                .addProperty(FOAF.name, "Jo Yong Won")
                .addProperty(RDFS.label, "Jo Yong Won");
        tenure.addProperty(ORG.member, other);
        assertViolation(tenure, ORG.member, "MaxCountConstraintComponent");
    }

    @Test
    void personWithTwoNames() {
        person.addProperty(FOAF.name, "Kim Tok-hun");
        assertViolation(person, FOAF.name, "MaxCountConstraintComponent");
    }

    @Test
    void postWithoutOrganization() {
        post.removeAll(ORG.postIn);
        assertViolation(post, ORG.postIn, "MinCountConstraintComponent");
    }

    @Test
    void meetingWithTwoNames() {
        meeting.addProperty(RDFS.label, "8th Plenary Meeting of the 8th WPK Central Committee");
        assertViolation(meeting, RDFS.label, "MaxCountConstraintComponent");
    }

    // ---- the leader's public activities --------------------------------------------------

    static final Property schemaLocation = ResourceFactory.createProperty(SCHEMA + "location");
    static final Resource schemaPlace = ResourceFactory.createResource(SCHEMA + "Place");

    /** An inspection of a named place with the leader and one accompanying official, as the pipeline maps it. */
    Resource activity() {
        Resource place = m.createResource(EX + "place/p1", schemaPlace).addProperty(RDFS.label, "Ryonghwa Tile Factory");
        return m.createResource(EX + "activity/x1", DAIS.Activity)
                .addProperty(DAIS.activityKind, "inspection")
                .addProperty(RDFS.label, "inspection at Ryonghwa Tile Factory on 2031-05-13")
                .addLiteral(schemaStartDate, m.createTypedLiteral("2031-05-13", XSDDatatype.XSDdate))
                .addProperty(schemaLocation, place)
                .addProperty(DAIS.evidence, evidence).addProperty(provWasDerivedFrom, article);
    }

    Resource appearance(Resource at, String role, Integer rank) {
        Resource a = m.createResource(EX + "participation/" + role, DAIS.Participation)
                .addProperty(DAIS.participant, person).addProperty(DAIS.participatedIn, at)
                .addProperty(DAIS.participationRole, role)
                .addProperty(DAIS.evidence, evidence).addProperty(provWasDerivedFrom, article);
        if (rank != null) a.addLiteral(DAIS.listRank, m.createTypedLiteral(String.valueOf(rank), XSDDatatype.XSDinteger));
        return a;
    }

    @Test
    void activityWithAccompanyingOfficialConforms() {
        Resource act = activity();
        appearance(act, "led", null);
        appearance(act, "accompanied", 1);
        ValidationReport r = validate();
        assertTrue(r.conforms(), describe(r));
    }

    @Test
    void activityWithUnknownKind() {
        Resource act = activity();
        act.removeAll(DAIS.activityKind).addProperty(DAIS.activityKind, "picnic");
        assertViolation(act, DAIS.activityKind, "InConstraintComponent");
    }

    @Test
    void activityWithoutEvidence() {
        Resource act = activity();
        act.removeAll(DAIS.evidence);
        assertViolation(act, DAIS.evidence, "MinCountConstraintComponent");
    }

    @Test
    void activityAtSomethingNotAPlace() {
        Resource act = activity();
        act.removeAll(schemaLocation).addProperty(schemaLocation, article);
        assertViolation(act, schemaLocation, "OrConstraintComponent");
    }

    @Test
    void activityWithTwoDays() {
        Resource act = activity();
        act.addLiteral(schemaStartDate, m.createTypedLiteral("2031-05-14", XSDDatatype.XSDdate));
        assertViolation(act, schemaStartDate, "MaxCountConstraintComponent");
    }

    @Test
    void accompanyingRankStartsAtOne() {
        Resource a = appearance(activity(), "accompanied", 0);
        assertViolation(a, DAIS.listRank, "MinInclusiveConstraintComponent");
    }

    @Test
    void aListRankCannotExceedItsListSize() {
        // Every list keeps its order (protocol rank), so any role may carry a rank, but never past the list's end.
        Resource a = appearance(activity(), "greeted", 3);
        a.addLiteral(DAIS.listSize, m.createTypedLiteral("2", XSDDatatype.XSDinteger));
        assertViolation(a, DAIS.listRank, "LessThanOrEqualsConstraintComponent");
    }

    @Test
    void aMeetingRoleAtAnActivityDoesNotConform() {
        appearance(activity(), "platform", null);
        ValidationReport r = validate();
        assertFalse(r.conforms(), "a platform seat belongs to a meeting");
        assertTrue(r.getEntries().stream().anyMatch(e -> e.sourceConstraintComponent().getURI().endsWith("#OrConstraintComponent")), describe(r));
    }

    @Test
    void anActivityRoleAtAMeetingIsStillAllowedOnlyFromTheList() {
        participation.removeAll(DAIS.participationRole).addProperty(DAIS.participationRole, "toured");
        assertViolation(participation, DAIS.participationRole, "InConstraintComponent");
    }
}
