package org.dais.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dais.ingest.DocumentMetadata;
import org.dais.ingest.SourceDocument;
import org.dais.nlp.NameMention;
import org.dais.nlp.Sentence;

/**
 * Reads offices, meetings, speeches and participation from the sentence patterns of DPRK state
 * media, sentence by sentence, through one class per rule family ({@link MeetingRules},
 * {@link OfficeRules}, {@link AddressRules}, {@link ParticipationRules}); the families share
 * what the article is about so far ({@link ArticleReading}). The meeting an act belongs to is
 * the one named in its sentence, else the meeting the article reports.
 */
public final class RuleBasedExtractor implements FactExtractor {
    private final MeetingRules meetings = new MeetingRules();
    private final OfficeRules offices = new OfficeRules();
    private final AddressRules addresses = new AddressRules();
    private final ParticipationRules participation = new ParticipationRules();
    /** Whether rules are gated by their trigger words ({@link Triggers}); off only to check that the gate changes nothing. */
    private final boolean gated;

    public RuleBasedExtractor() {
        this(true);
    }

    RuleBasedExtractor(boolean gated) {
        this.gated = gated;
    }

    /** The rule families, each listing its rules with the example sentences they exist for. */
    public List<RuleFamily> families() {
        return List.of(meetings, offices, addresses, participation);
    }

    @Override
    public Extraction extract(SourceDocument document, DocumentMetadata metadata, List<Sentence> sentences, List<NameMention> names) {
        ArticleReading reading = new ArticleReading(metadata);
        // The article's own words and date, not its file or record name: the same story read from a file or an archive is one article.
        reading.articleKey = Integer.toHexString(document.text().hashCode()) + (metadata.published() == null ? "" : "-" + metadata.published());
        reading.digest = PressReview.is(document.text(), metadata.headline());
        reading.youthLeague = ArticleReading.youthLeagueNamedIn(document.text());
        if (metadata.published() == null) reading.yearOnly = org.dais.ingest.HeaderMetadataExtractor.yearInName(document.sourceName());
        Map<Integer, List<NameMention>> bySentence = new HashMap<>();
        for (NameMention n : names) bySentence.computeIfAbsent(n.sentenceIndex(), k -> new ArrayList<>()).add(n);
        meetings.article(reading, sentences);
        for (Sentence s : sentences) sentence(reading, s, bySentence.getOrDefault(s.index(), List.of()));
        // Organizations named by an abbreviation the article spells out elsewhere are named in full, and without a term.
        Map<String, String> abbreviations = Abbreviations.spelledOut(document.text());
        List<OfficeClaim> offices = reading.offices.stream().filter(c -> !OfficeRules.foreignerInDprkOffice(c)).map(c -> new OfficeClaim(c.person(), new Office(c.office().title(),
                Organizations.withoutTerm(Abbreviations.expand(c.office().organization(), abbreviations)),
                Organizations.withoutTerm(Abbreviations.expand(c.office().parentOrganization(), abbreviations))), c.evidence())).toList();
        List<String> organizations = reading.organizations.stream()
                .map(o -> Organizations.withoutTerm(Abbreviations.expand(o, abbreviations))).distinct().toList();
        return new Extraction(document, metadata, names, offices, reading.ranks, reading.meetings, reading.speeches,
                reading.participationsByRole(), organizations);
    }

    private void sentence(ArticleReading r, Sentence s, List<NameMention> names) {
        String text = ArticleReading.blankDateline(s.text());
        r.text = text;
        Evidence evidence = Evidence.of(s);
        // The sentence's words, found once for every rule's trigger gate (null: ungated).
        Triggers.Words words = gated ? Triggers.Words.of(text) : null;
        List<MeetingNames.Found> found = new ArrayList<>(MeetingNames.find(text));
        meetings.read(r, s, text, found, evidence, words);

        boolean headline = ArticleReading.isHeadline(text);
        if (!headline) {
            List<String> named = OrganizationMentions.find(text);
            r.organizations.addAll(named);
            named.forEach(org -> OfficeRules.remember(r, org));
        }
        OfficeRules.rememberPlaces(r, text);
        List<int[]> chains = offices.appositives(r, s, names, evidence);
        if (OfficeRules.COMMITTEE.admits(words)) offices.committee(r, s, text, names, evidence);
        if (OfficeRules.APPOINTMENTS.admits(words)) offices.appointments(r, s, text, names, chains, evidence);
        // A headline restates what the body reports; acts are read from the body only.
        if (!headline) acts(r, s, text, names, chains, found, evidence, words);
    }

    /** Addresses and participation; a list form, once read, is the sentence's whole act. */
    private void acts(ArticleReading r, Sentence s, String text, List<NameMention> names, List<int[]> chains,
            List<MeetingNames.Found> found, Evidence evidence, Triggers.Words words) {
        // Each rule is tried only where its trigger words are (words == null: ungated); a rule
        // without declared triggers always runs.
        if (AddressRules.SECTION.admits(words) && addresses.section(r, s, text, names, found, evidence)) return;
        if (addresses.referredLecture(r, s, text, names, evidence)) return;
        if (AddressRules.PASSIVE.admits(words) && AddressRules.PASSIVE_VERBS.admits(words) && addresses.passive(r, s, text, names, found, evidence, words != null)) return;
        if (ParticipationRules.LISTS.admits(words) && participation.lists(r, s, text, names, found, evidence, words)) return;
        if (AddressRules.MADE_BY.admits(words) && AddressRules.MADE_BY_VERBS.admits(words) && addresses.madeBy(r, s, text, names, found, evidence)) return;
        if (AddressRules.ADDRESS_OF_NAME.admits(words) && addresses.addressOf(r, s, text, names, found, evidence)
                && !addresses.activeFirst(text)) return;
        if (AddressRules.ADDRESS_OF_OFFICE_WORDS.admits(words) && addresses.addressOfOffice(r, text, found, evidence)) return;
        List<String> subjects = r.subjects(s, text, names, chains, words);
        boolean spoke = AddressRules.ACTIVE.admits(words) && addresses.active(r, text, subjects, found, evidence, words);
        if (spoke) addresses.furtherClauses(r, s, text, names, found, evidence);
        boolean took = ParticipationRules.ACTIVE.admits(words) && participation.active(r, text, subjects, found, evidence, words);
        if (!spoke && !took) addresses.underSection(r, s, names, chains, evidence);
        if (!subjects.isEmpty()) r.lastSubject = subjects.get(subjects.size() - 1);
    }
}
