package org.dais.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * dais must generalize to articles it has never seen: no person, place or meeting of the
 * seeds, dev, dev2 or dev-activities gold may be written into its code or resources. The leaders every article
 * names (Kim Il Sung, Kim Jong Il, Kim Jong Un) are generic knowledge and allowed.
 */
class NoCorpusKnowledgeTest {
    private static final Set<String> GENERIC = Set.of("kim il sung", "kim jong il", "kim jong un");
    /** The capital names every wire dateline ("Pyongyang, May 6 (KCNA)"): generic knowledge. */
    private static final Set<String> GENERIC_PLACES = Set.of("pyongyang");
    private static final Pattern NAME_FIELD = Pattern.compile("\"(?:name|person|speaker)\":\\s*\"([^\"]+)\"");
    private static final Pattern PLACE = Pattern.compile("^([A-Z][a-z]+) (?:County|City|District|Provincial|Municipal) ");

    /** The gold sets of the seeds, dev, dev2 (Party meetings) and dev-activities (the leader's activities). */
    static final List<Path> GOLD = List.of(Path.of("src/test/resources/eval/seeds-gold.jsonl"), Path.of("../shared/eval/gold/seeds.jsonl"),
            Path.of("../shared/eval/dev/gold.jsonl"), Path.of("../shared/eval/dev2/gold.jsonl"),
            Path.of("../shared/eval/dev-activities/gold.jsonl"));
    private static final Pattern MEETING_FIELD = Pattern.compile("\"(?:name|meeting)\":\\s*\"([^\"]+)\"");
    private static final Pattern PLACE_FIELD = Pattern.compile("\"place\":\\s*\"([^\"]+)\"");
    /** A place word in an event's place: "Junghung Farm", "Uiju County", "in Sinpho". */
    /**
     * Words a meeting's name may consist of and still be a kind, not a meeting of the corpus: "Conference
     * of the Workers' Party of Korea" names an institution's kind of meeting, as "Plenary Meeting" does.
     */
    private static final Set<String> KIND_WORDS = Set.of("conference", "congress", "meeting", "plenary", "session", "enlarged", "of",
            "the", "workers'", "party", "korea", "wpk", "central", "committee", "supreme", "people's", "assembly", "and");
    private static final Pattern PLACE_IN_PHRASE = Pattern.compile("\\b([A-Z][a-z]+)(?= (?:County|City|District|Province|Farm|area|Islet|Island)\\b)");

    @Test
    void noGoldPersonPlaceOrMeetingAppearsInCodeOrResources() throws IOException {
        Set<String> persons = new TreeSet<>(), places = new TreeSet<>(), meetings = new TreeSet<>();
        int files = 0;
        for (Path gold : GOLD) {
            if (!Files.exists(gold)) continue;
            files++;
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                Matcher m = NAME_FIELD.matcher(line);
                while (m.find()) {
                    String value = m.group(1);
                    if (line.contains("\"type\": \"organization\"")) {
                        Matcher place = PLACE.matcher(value);
                        if (place.find()) places.add(place.group(1).toLowerCase(Locale.ROOT));
                    } else if (line.contains("\"type\": \"person\"")) {
                        persons.add(value.toLowerCase(Locale.ROOT));
                    }
                }
                if (line.contains("\"type\": \"meeting\"")) {
                    Matcher meeting = MEETING_FIELD.matcher(line);
                    if (meeting.find()) meetings.add(meeting.group(1).toLowerCase(Locale.ROOT));
                }
                Matcher placeField = PLACE_FIELD.matcher(line);
                if (placeField.find()) {
                    Matcher word = PLACE_IN_PHRASE.matcher(placeField.group(1));
                    while (word.find()) places.add(word.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        persons.removeAll(GENERIC);
        places.removeAll(GENERIC_PLACES);
        // A word of the English word list ("Offshore" in "X City Offshore Farm") is no place name.
        places.removeAll(englishWords());
        meetings.removeIf(NoCorpusKnowledgeTest::onlyKindWords);
        assertTrue(files >= 4 || persons.size() >= 40, "the gold files were read: " + files + " files, " + persons.size() + " persons");
        assertTrue(meetings.size() >= 30, "the gold meetings were read: " + meetings.size());

        List<String> hits = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("ontology"), Path.of("queries"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    for (String p : persons) if (text.contains(p)) hits.add(file + ": person " + p);
                    for (String p : places) if (Pattern.compile("\\b" + p + "\\b").matcher(text).find()) hits.add(file + ": place " + p);
                    // A meeting's whole name; its kind and ordinals alone ("Plenary Meeting", "8th Congress") are generic.
                    for (String meeting : meetings) if (text.contains(meeting)) hits.add(file + ": meeting " + meeting);
                }
            }
        }
        assertEquals(List.of(), hits);
    }

    private static boolean onlyKindWords(String meeting) {
        for (String word : meeting.split("\\s+")) if (!KIND_WORDS.contains(word) && !word.matches("\\d+(?:st|nd|rd|th)|first|second|third")) return false;
        return true;
    }

    /** The lower-case words of the English word list glued-word repair uses. */
    private static Set<String> englishWords() throws IOException {
        try (var in = NoCorpusKnowledgeTest.class.getResourceAsStream("/nlp/english-words.txt")) {
            if (in == null) return Set.of();
            Set<String> words = new java.util.HashSet<>();
            for (String w : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) words.add(w);
            }
            return words;
        }
    }
}
