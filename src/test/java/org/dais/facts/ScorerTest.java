package org.dais.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer agrees with score.py, row by row, on intact and damaged fact files. */
class ScorerTest {
    static final Path SEEDS_GOLD = Path.of("src/test/resources/eval/seeds-gold.jsonl");
    static final Path SCORE_PY = Path.of("../shared/eval/score.py");
    static final Path DEV_GOLD = Path.of("../shared/eval/dev/gold.jsonl");
    static final Path DEV2_GOLD = Path.of("../shared/eval/dev2/gold.jsonl");
    static final Path ACTIVITIES_GOLD = Path.of("../shared/eval/dev-activities/gold.jsonl");

    @TempDir
    Path dir;

    /** score.py's own verdict, as JSON. */
    static JsonObject python(Path gold, Path system) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", SCORE_PY.toString(), "--json", "--gold", gold.toString(), "--system", system.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return JSON.parse(out);
    }

    static void assertAgree(Path gold, Path system) throws Exception {
        assumeTrue(Files.exists(SCORE_PY), "score.py is beside the checkout");
        JsonObject expected = python(gold, system);
        Scorer.Report actual = Scorer.score(gold, system);
        JsonObject types = expected.get("types").getAsObject();
        assertEquals(types.keys().size(), actual.rows().size());
        for (String kind : types.keys()) {
            JsonObject row = types.get(kind).getAsObject();
            Scorer.Row r = actual.rows().get(kind);
            assertEquals(row.get("tp").getAsNumber().value().intValue(), r.tp(), kind + " tp");
            assertEquals(row.get("fp").getAsNumber().value().intValue(), r.fp(), kind + " fp");
            assertEquals(row.get("fn").getAsNumber().value().intValue(), r.fn(), kind + " fn");
        }
        JsonObject overall = expected.get("overall").getAsObject();
        assertSameF1(overall.get("f1"), actual.micro().f1(), "overall");
        JsonValue appearances = overall.get("appearances");
        if (appearances == null) {
            assertNull(actual.appearances(), "no activities on either side: no appearances micro-F1");
        } else {
            assertNotNull(actual.appearances(), "score.py has an appearances micro-F1");
            assertSameF1(appearances.getAsObject().get("f1"), actual.appearances().f1(), "appearances");
            assertTrue(actual.table().contains("appearances micro-F1: "), actual.table());
        }
    }

    static void assertSameF1(JsonValue expected, Double actual, String what) {
        if (expected.isNull()) assertNull(actual, what);
        else assertEquals(expected.getAsNumber().value().doubleValue(), actual, 1e-12, what);
    }

    /** A copy with every kind of damage a system makes: dropped, misspelled, misnumbered, misdated, extra. */
    static Path damage(Path gold, Path out, long seed) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            n++;
            if (n % 3 == 0) continue;
            String l = line;
            switch (random.nextInt(7)) {
                case 0 -> l = l.replace("Kim ", "Kimm ");
                case 1 -> l = l.replace("2nd", "3rd").replace("Second", "Third");
                case 2 -> l = l.replaceAll("\"start\": \"(\\d{4})-", "\"start\": \"1999-");
                case 3 -> l = l.replace("\"kind\": \"speech\"", "\"kind\": \"report\"").replace("\"role\": \"platform\"", "\"role\": \"attended\"");
                case 4 -> l = l.replace("Workers' Party of Korea", "WPK").replace("Committee", "C.C.");
                case 5 -> l = l.replace("\"role\": \"accompanied\"", "\"role\": \"attended\"")
                        .replace("\"kind\": \"visit\"", "\"kind\": \"inspection\"")
                        .replace(" of the ", " ").replace("Korean People's Army", "KPA").replace(" of the DPRK", "");
                default -> { }
            }
            lines.add(l);
        }
        lines.add("{\"type\": \"person\", \"name\": \"Nobody At All\"}");
        lines.add("{\"type\": \"meeting\", \"name\": \"7th Plenary Meeting of the 3rd Central Committee\", \"start\": \"2001-01-01\"}");
        lines.add("{\"type\": \"organization\", \"name\": \"Imaginary County Party Committee\"}");
        Files.write(out, lines, StandardCharsets.UTF_8);
        return out;
    }

    @Test
    void agreesOnTheGoldItself() throws Exception {
        assertAgree(SEEDS_GOLD, SEEDS_GOLD);
        Scorer.Report self = Scorer.score(SEEDS_GOLD, SEEDS_GOLD);
        assertEquals(1.0, self.micro().f1());
    }

    @Test
    void agreesOnDamagedCopies() throws Exception {
        for (long seed = 1; seed <= 4; seed++) assertAgree(SEEDS_GOLD, damage(SEEDS_GOLD, dir.resolve("damaged-" + seed + ".jsonl"), seed));
        Scorer.Report damaged = Scorer.score(SEEDS_GOLD, damage(SEEDS_GOLD, dir.resolve("d.jsonl"), 1));
        assertTrue(damaged.micro().f1() < 0.9, "damage lowers the score");
    }

    @Test
    void agreesOnTheDevGold() throws Exception {
        assumeTrue(Files.exists(DEV_GOLD));
        assertAgree(DEV_GOLD, DEV_GOLD);
        assertAgree(DEV_GOLD, damage(DEV_GOLD, dir.resolve("dev-damaged.jsonl"), 7));
    }

    @Test
    void agreesOnThePartyMeetingsAndTheLeadersActivities() throws Exception {
        for (Path gold : List.of(DEV2_GOLD, ACTIVITIES_GOLD)) {
            assumeTrue(Files.exists(gold));
            assertAgree(gold, gold);
            for (long seed = 11; seed <= 13; seed++) assertAgree(gold, damage(gold, dir.resolve("damaged-" + seed + ".jsonl"), seed));
        }
        Scorer.Report self = Scorer.score(ACTIVITIES_GOLD, ACTIVITIES_GOLD);
        assertEquals(1.0, self.appearances().f1());
        assertTrue(Scorer.score(ACTIVITIES_GOLD, damage(ACTIVITIES_GOLD, dir.resolve("a.jsonl"), 12)).appearances().f1() < 0.9);
    }

    @Test
    void scoresOccasionsBySameDayAndPlaceOrKind() throws Exception {
        Path gold = Files.writeString(dir.resolve("g.jsonl"), String.join("\n",
                "{\"type\": \"event\", \"kind\": \"inspection\", \"start\": \"2030-05-02\", \"place\": \"Ryongsong Tile Factory\"}",
                "{\"type\": \"event\", \"kind\": \"reception\", \"start\": \"2030-05-03\", \"place\": null}",
                "{\"type\": \"appearance\", \"person\": \"Ri Ok Nam\", \"role\": \"accompanied\", \"kind\": \"inspection\", \"start\": \"2030-05-02\", \"place\": \"Ryongsong Tile Factory\"}"));
        Path system = Files.writeString(dir.resolve("s.jsonl"), String.join("\n",
                "{\"type\": \"event\", \"kind\": \"visit\", \"start\": \"2030-05-02\", \"place\": \"the Tile Factory in Ryongsong\"}",
                "{\"type\": \"event\", \"kind\": \"talks\", \"start\": \"2030-05-03\"}",
                "{\"type\": \"appearance\", \"person\": \"Ri Ok-nam\", \"role\": \"accompanied\", \"kind\": \"visit\", \"start\": \"2030-05-01\", \"place\": \"Ryongsong Tile Factory\"}"));
        assertAgree(gold, system);
        Scorer.Report r = Scorer.score(gold, system);
        assertEquals(1, r.rows().get("event").tp(), "same day and place pairs whatever the kind; no place needs the same kind");
        assertEquals(0, r.rows().get("appearance").tp(), "another day is another occasion");
        assertNull(Scorer.score(SEEDS_GOLD, SEEDS_GOLD).appearances());
        assertTrue(!Scorer.score(SEEDS_GOLD, SEEDS_GOLD).table().contains("event"));
    }

    @Test
    void normalisesNamesAndWordsAsTheContractSays() {
        assertEquals(Scorer.words("14th SPA"), Scorer.words("14th Supreme People's Assembly"));
        assertEquals(Scorer.words("General Staff of the KPA"), Scorer.words("General Staff of the Korean People's Army"));
        assertEquals(Scorer.words("CMC of the WPK"), Scorer.words("Central Military Commission of the Workers' Party of Korea"));
        assertEquals(Scorer.words("Cabinet of the DPRK"), Scorer.words("Cabinet"));
        assertEquals(Scorer.words("Cabinet of the Democratic People's Republic of Korea"), Scorer.words("Cabinet"));
        assertEquals(Set.of("dprk"), Scorer.words("the DPRK"), "the DPRK alone stays the DPRK");
        assertEquals(Scorer.nameKey("Kim Jong Un"), Scorer.nameKey("Kim Jong-un"));
        assertEquals(Scorer.nameKey("Choe"), Scorer.nameKey("Ch'oe"));
        assertEquals(Scorer.words("Second Plenary Meeting"), Scorer.words("2nd Plenary Meeting"));
        assertEquals(Scorer.words("C.C., WPK"), Scorer.words("Central Committee of the Workers' Party of Korea"));
        assertEquals(0.0, Scorer.similarity(Scorer.words("4th Plenary Meeting of the 8th C.C."), Scorer.words("2nd Plenary Meeting of the 8th C.C.")));
        assertTrue(Scorer.similarity(Scorer.words("2nd Plenary Meeting of the 8th C.C."), Scorer.words("2nd Plenary Meeting of the C.C.")) > 0.6);
        assertEquals("0.062", Scorer.show(0.0625), "rounds half to even on the binary value, as Python does");
    }

    @Test
    void aMalformedLineIsAnErrorNamingFileAndLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "{\"type\": \"person\", \"name\": \"A\"}\n{not json\n");
        Scorer.InputError e = assertThrows(Scorer.InputError.class, () -> Scorer.score(bad, bad));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
        Path missing = Files.writeString(dir.resolve("missing.jsonl"), "{\"type\": \"position\", \"person\": \"A\"}\n");
        assertTrue(assertThrows(Scorer.InputError.class, () -> Scorer.score(missing, missing)).getMessage().contains("missing.jsonl:1"));
    }

}
