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
        List<String> organizations) {
    public Extraction {
        persons = List.copyOf(persons);
        offices = List.copyOf(offices);
        ranks = List.copyOf(ranks);
        meetings = List.copyOf(meetings);
        speeches = List.copyOf(speeches);
        participations = List.copyOf(participations);
        organizations = List.copyOf(organizations);
    }
}
