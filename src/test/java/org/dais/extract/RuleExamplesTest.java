package org.dais.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.dais.ingest.SourceDocument;
import org.dais.pipeline.Pipeline;
import org.dais.rdf.IriMinter;

/**
 * Every rule of every family, run on the invented sentences it exists for, through the real
 * stages (metadata, sentences, names, extraction): each example yields the claims it lists.
 */
class RuleExamplesTest {
    private static final Pipeline PIPELINE = new Pipeline(new IriMinter(IriMinter.DEFAULT_BASE));
    /** A wire dateline with a year, so every example is read as an article body. */
    static final String DATELINE = "Pyongyang, March 3 (KCNA) -- ";

    static Stream<Arguments> examples() {
        List<Arguments> all = new ArrayList<>();
        for (RuleFamily family : new RuleBasedExtractor().families()) {
            for (Rule rule : family.rules()) {
                int i = 0;
                for (RuleExample example : rule.examples()) {
                    all.add(Arguments.of(family.name() + " / " + rule.name() + " #" + (++i), example));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void eachExampleYieldsItsClaims(String rule, RuleExample example) {
        List<String> read = claims(example.text());
        for (String expected : example.expected()) {
            if (expected.startsWith("not ")) {
                String absent = expected.substring(4);
                assertFalse(read.stream().anyMatch(c -> matches(c, absent)), rule + ": read " + absent + "\n  from: " + example.text() + "\n  all: " + read);
            } else {
                assertTrue(read.stream().anyMatch(c -> matches(c, expected)), rule + ": missed " + expected + "\n  from: " + example.text() + "\n  read: " + read);
            }
        }
    }

    @Test
    void everyFamilyHasRules() {
        for (RuleFamily family : new RuleBasedExtractor().families()) assertFalse(family.rules().isEmpty(), family.name());
    }

    /** A claim line matches an expectation equal to it, or to it without its trailing "| meeting" or "| rank" field. */
    static boolean matches(String claim, String expected) {
        return claim.equals(expected) || claim.startsWith(expected + " | ");
    }

    /** The claims of an invented article, one line each in the {@link RuleExample} notation. */
    static List<String> claims(String body) {
        Extraction e = PIPELINE.extract(new SourceDocument("example.txt", Path.of("example.txt"), DATELINE + body + "\n"));
        List<String> lines = new ArrayList<>();
        for (OfficeClaim o : e.offices()) lines.add("office: " + o.person() + " | " + o.office().title() + " | " + o.office().organization());
        for (RankClaim r : e.ranks()) lines.add("rank: " + r.person() + " | " + r.rank());
        for (SpeechClaim s : e.speeches()) lines.add("speech: " + s.speaker() + " | " + s.kind() + " | " + s.meeting().canonical());
        for (ParticipationClaim p : e.participations()) {
            lines.add(p.role() + ": " + p.person() + (p.rank() != null ? " | " + p.rank() : "") + " | " + p.meeting().canonical());
        }
        for (MeetingMention m : e.meetings()) lines.add("meeting: " + m.name().canonical());
        for (org.dais.nlp.NameMention n : e.persons()) lines.add("name: " + n.name());
        for (String organization : e.organizations()) lines.add("organization: " + organization);
        return lines;
    }
}
