package org.dais.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The dais ontology namespace, mirrored term by term from {@code ontology/dais.ttl}
 * (like Jena's {@code vocabulary.ORG}); {@code OntologyAgreementTest} keeps the two in step.
 * Terms reused from ORG, FOAF, schema.org, PROV-O, SKOS and Dublin Core are not repeated here.
 */
public final class DAIS {
    public static final String NS = "https://w3id.org/dais/ontology#";

    private DAIS() {}

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);

    // Organizations
    public static final Resource Party = cls("Party");
    public static final Resource PartyCommittee = cls("PartyCommittee");
    public static final Resource CentralCommittee = cls("CentralCommittee");
    public static final Resource ProvincialPartyCommittee = cls("ProvincialPartyCommittee");
    public static final Resource CityPartyCommittee = cls("CityPartyCommittee");
    public static final Resource CountyPartyCommittee = cls("CountyPartyCommittee");
    public static final Resource DistrictPartyCommittee = cls("DistrictPartyCommittee");
    public static final Resource PrimaryPartyCommittee = cls("PrimaryPartyCommittee");
    public static final Resource RiPartyCommittee = cls("RiPartyCommittee");
    public static final Resource CentralCommitteeOrgan = cls("CentralCommitteeOrgan");
    public static final Resource State = cls("State");
    public static final Resource StateOrgan = cls("StateOrgan");
    public static final Resource MilitaryOrgan = cls("MilitaryOrgan");
    public static final Resource Ministry = cls("Ministry");
    public static final Resource School = cls("School");
    public static final Resource Museum = cls("Museum");
    public static final Resource Enterprise = cls("Enterprise");
    public static final Resource Farm = cls("Farm");
    public static final Resource Mine = cls("Mine");
    public static final Resource Factory = cls("Factory");
    public static final Resource MassOrganization = cls("MassOrganization");
    public static final Resource GovernmentAgency = cls("GovernmentAgency");

    // Offices and their attestation
    public static final Resource Tenure = cls("Tenure");
    public static final Property post = prop("post");
    public static final Property attestedOn = prop("attestedOn");
    public static final Property militaryRank = prop("militaryRank");

    // Meetings
    public static final Resource Meeting = cls("Meeting");
    public static final Resource MeetingSession = cls("MeetingSession");
    public static final Resource MeetingSeries = cls("MeetingSeries");
    public static final Property meetingKind = prop("meetingKind");
    public static final Property ordinal = prop("ordinal");
    public static final Property inSeries = prop("inSeries");
    public static final Property convenedBy = prop("convenedBy");
    public static final Property bodyTerm = prop("bodyTerm");
    public static final Property enlarged = prop("enlarged");
    public static final Property dayNumber = prop("dayNumber");
    public static final Property dateWording = prop("dateWording");

    // Speeches
    public static final Resource Speech = cls("Speech");
    public static final Property speechKind = prop("speechKind");
    public static final Property speaker = prop("speaker");
    public static final Property deliveredAt = prop("deliveredAt");

    // Participation
    public static final Resource Participation = cls("Participation");
    public static final Property participant = prop("participant");
    public static final Property participatedIn = prop("participatedIn");
    public static final Property participationRole = prop("participationRole");
    public static final Property platformRank = prop("platformRank");

    // The leader's public activities (occasions that are not meetings) and who appeared at them
    public static final Resource Activity = cls("Activity");
    public static final Property activityKind = prop("activityKind");

    // Documents and evidence
    public static final Resource Article = cls("Article");
    public static final Property sourceFile = prop("sourceFile");
    public static final Property publishedWording = prop("publishedWording");
    public static final Property yearStated = prop("yearStated");
    public static final Resource Evidence = cls("Evidence");
    public static final Property evidence = prop("evidence");
    public static final Property quote = prop("quote");
    public static final Property startOffset = prop("startOffset");
    public static final Property endOffset = prop("endOffset");

    // Feed: dates and links declared outside the text, change detection
    public static final Property declaredDate = prop("declaredDate");
    public static final Property dateConflict = prop("dateConflict");
    public static final Property contentHash = prop("contentHash");
    public static final Property extractorVersion = prop("extractorVersion");
    // Protocol rank (issue 14): every list's order and length; its kind is the participation role
    public static final Property listRank = prop("listRank");
    public static final Property listSize = prop("listSize");

    // The office summary (issue 15): derived from the documents' tenures, kept in its own named graph
    public static final Resource summary = ResourceFactory.createResource(NS + "summary");
    public static final Resource OfficeSummary = cls("OfficeSummary");
    public static final Resource PersonSummary = cls("PersonSummary");
    public static final Property summaryOf = prop("summaryOf");
    public static final Property summaryPost = prop("summaryPost");
    public static final Property attestedIn = prop("attestedIn");
    public static final Property articleCount = prop("articleCount");
    public static final Property firstAttested = prop("firstAttested");
    public static final Property lastAttested = prop("lastAttested");
    // The appearance summary (issue 15): per person, name, occasion of the leader's and day, in the summary graph
    public static final Resource AppearanceSummary = cls("AppearanceSummary");
    public static final Property appearanceOf = prop("appearanceOf");
    public static final Property appearanceName = prop("appearanceName");
    public static final Property appearanceAt = prop("appearanceAt");
    public static final Property appearanceDate = prop("appearanceDate");
    public static final Property onOccasionDay = prop("onOccasionDay");
    public static final Property accompanying = prop("accompanying");
    public static final Property rankSum = prop("rankSum");
    public static final Property rankCount = prop("rankCount");
    public static final Property appearanceRole = prop("appearanceRole");
    // The label summary (issue 15): each node's names, labels, a post's title and organization, once, in the summary graph
    public static final Property summaryName = prop("summaryName");
    public static final Property summaryLabel = prop("summaryLabel");
    public static final Property summaryRole = prop("summaryRole");
    public static final Property summaryPostIn = prop("summaryPostIn");
}
