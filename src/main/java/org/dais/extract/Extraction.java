package org.dais.extract;

import java.util.List;

import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.NameMention;

/** Everything read from one document, before entities are resolved. */
public record Extraction(
        SourceDocument document,
        DocumentMetadata metadata,
        List<NameMention> persons,
        List<OfficeClaim> offices,
        List<RankClaim> ranks,
        List<MeetingMention> meetings,
        List<SpeechClaim> speeches,
        List<ParticipationClaim> participations,
        List<String> organizations,
        List<EventClaim> events,
        List<AppearanceClaim> appearances) {
    /** Without the leader's activities (read by {@link ActivityRules} afterwards). */
    public Extraction(SourceDocument document, DocumentMetadata metadata, List<NameMention> persons, List<OfficeClaim> offices,
            List<RankClaim> ranks, List<MeetingMention> meetings, List<SpeechClaim> speeches,
            List<ParticipationClaim> participations, List<String> organizations) {
        this(document, metadata, persons, offices, ranks, meetings, speeches, participations, organizations, List.of(), List.of());
    }

    /** The same extraction with the leader's activities added. */
    public Extraction withActivities(List<EventClaim> events, List<AppearanceClaim> appearances) {
        return new Extraction(document, metadata, persons, offices, ranks, meetings, speeches, participations, organizations,
                events, appearances);
    }

    public Extraction {
        persons = List.copyOf(persons);
        offices = List.copyOf(offices);
        ranks = List.copyOf(ranks);
        meetings = List.copyOf(meetings);
        speeches = List.copyOf(speeches);
        participations = List.copyOf(participations);
        organizations = List.copyOf(organizations);
        events = List.copyOf(events);
        appearances = List.copyOf(appearances);
    }
}
