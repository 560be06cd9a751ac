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
 * seeds or the dev set may be written into its code or resources. The leaders every article
 * names (Kim Il Sung, Kim Jong Il, Kim Jong Un) are generic knowledge and allowed.
 */
class NoCorpusKnowledgeTest {
    private static final Set<String> GENERIC = Set.of("kim il sung", "kim jong il", "kim jong un");
    /** The capital names every wire dateline ("Pyongyang, May 6 (KCNA)"): generic knowledge. */
    private static final Set<String> GENERIC_PLACES = Set.of("pyongyang");
    private static final Pattern NAME_FIELD = Pattern.compile("\"(?:name|person|speaker)\":\\s*\"([^\"]+)\"");
    private static final Pattern PLACE = Pattern.compile("^([A-Z][a-z]+) (?:County|City|District|Provincial|Municipal) ");

    @Test
    void noGoldPersonOrPlaceAppearsInCodeOrResources() throws IOException {
        Set<String> persons = new TreeSet<>(), places = new TreeSet<>();
        for (Path gold : List.of(Path.of("src/test/resources/eval/seeds-gold.jsonl"), Path.of("../shared/eval/gold/seeds.jsonl"),
                Path.of("../shared/eval/dev/gold.jsonl"))) {
            if (!Files.exists(gold)) continue;
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
            }
        }
        persons.removeAll(GENERIC);
        places.removeAll(GENERIC_PLACES);
        assertTrue(persons.size() >= 40, "the gold files were read: " + persons.size() + " persons");

        List<String> hits = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("ontology"), Path.of("queries"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
                    for (String p : persons) if (text.contains(p)) hits.add(file + ": person " + p);
                    for (String p : places) if (Pattern.compile("\\b" + p + "\\b").matcher(text).find()) hits.add(file + ": place " + p);
                }
            }
        }
        assertEquals(List.of(), hits);
    }
}
