package org.dais.facts;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The evaluation contract of {@code FACTS.md}, computed in Java exactly as {@code score.py} does
 * (a test checks that both agree): facts keyed per type, greedy one-to-one alignment best pair
 * first, meeting pairing shared by speeches and participation, micro-F1 over all types but
 * document and meeting+date.
 */
public final class Scorer {
    private Scorer() {}

    /** A file that cannot be scored; the message names the file and the line. */
    public static final class InputError extends Exception {
        public InputError(String message) { super(message); }
    }

    /** One table row: counts and scores (null where there is nothing to divide by). */
    public record Row(int gold, int system, int tp, int fp, int fn, Double precision, Double recall, Double f1) {}

    /**
     * The rows, the micro-F1 over {@link #MICRO}, and the leader's activities' own micro-F1 over
     * {@link #APPEARANCES} (null when neither file has an event or appearance, as score.py leaves it out).
     */
    public record Report(Map<String, Row> rows, Row micro, Row appearances) {
        public String table() {
            StringBuilder b = new StringBuilder();
            b.append(String.format("%-14s%6s%8s%6s%11s%8s%7s%n", "type", "gold", "system", "tp", "precision", "recall", "f1"));
            for (var e : rows.entrySet()) {
                Row r = e.getValue();
                if (APPEARANCES.contains(e.getKey()) && r.gold() == 0 && r.system() == 0) continue;
                b.append(String.format("%-14s%6d%8d%6d%11s%8s%7s%n", e.getKey(), r.gold(), r.system(), r.tp(),
                        show(r.precision()), show(r.recall()), show(r.f1())));
            }
            b.append("overall micro-F1: ").append(show(micro.f1())).append('\n');
            if (appearances != null) b.append("appearances micro-F1: ").append(show(appearances.f1())).append('\n');
            return b.toString();
        }
    }

    static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();
    static {
        FIELDS.put("document", List.of("source", "published"));
        FIELDS.put("person", List.of("name"));
        FIELDS.put("organization", List.of("name"));
        FIELDS.put("position", List.of("person", "title", "organization"));
        FIELDS.put("meeting", List.of("name", "start"));
        FIELDS.put("speech", List.of("speaker", "kind", "meeting"));
        FIELDS.put("participation", List.of("person", "role", "meeting"));
        FIELDS.put("event", List.of("kind", "start", "place"));
        FIELDS.put("appearance", List.of("person", "role", "kind", "start", "place"));
    }
    /** Fields that may be null, absent or blank (not known). */
    static final Set<String> OPTIONAL = Set.of("start", "place");
    /** Scored apart: the leader's public activities and who was with him. */
    static final List<String> APPEARANCES = List.of("event", "appearance");
    static final List<String> MICRO = List.of("person", "organization", "position", "meeting", "speech", "participation");
    static final Set<String> STOP = Set.of("the", "of", "a", "an", "at", "for", "in", "on", "and", "to", "by", "its", "s");
    static final List<String> ORDINAL_WORDS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth");
    static final double ORGANIZATION_T = 0.75, MEETING_T = 0.6, POSITION_T = 0.7, PLACE_T = 0.5;
    /** Short forms of bodies, spelled out: "14th SPA" = "14th Supreme People's Assembly". */
    private static final Map<Pattern, String> ABBREVIATIONS = new LinkedHashMap<>();
    static {
        ABBREVIATIONS.put(Pattern.compile("\\bspa\\b", Pattern.UNICODE_CHARACTER_CLASS), " supreme people's assembly ");
        ABBREVIATIONS.put(Pattern.compile("\\bkpa\\b", Pattern.UNICODE_CHARACTER_CLASS), " korean people's army ");
        ABBREVIATIONS.put(Pattern.compile("\\bcmc\\b", Pattern.UNICODE_CHARACTER_CLASS), " central military commission ");
    }
    /** The country nearly every body in these reports belongs to: "Cabinet of the DPRK" = "Cabinet". */
    private static final Pattern COUNTRY = Pattern.compile("\\b(?:democratic\\s+people'?s\\s+republic\\s+of\\s+korea|dprk)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    // ---- normalisation ------------------------------------------------------------------

    /** Lowercase, drop accents, unify apostrophes and dashes. */
    static String fold(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(lower.length());
        lower.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.COMBINING_SPACING_MARK && Character.getType(c) != Character.ENCLOSING_MARK)
                .forEach(b::appendCodePoint);
        return b.toString().replaceAll("[’‘ʼ`]", "'").replaceAll("[‐‑‒–—]", "-");
    }

    static String nameKey(String name) {
        return String.join(" ", fold(name).replace("'", "").replaceAll("[-.,]", " ").trim().split("\\s+"));
    }

    static String label(String text) {
        return String.join(" ", text.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    private static final Pattern WPK = Pattern.compile("\\bworker'?s'?\\s+party\\s+of\\s+korea\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CC = Pattern.compile("\\bc\\s*\\.\\s*c\\b\\.?", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NON_WORD = Pattern.compile("[\\W_]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("(\\d+)(?:st|nd|rd|th)?", Pattern.UNICODE_CHARACTER_CLASS);

    /** The word set of an organization, title or meeting name. */
    static Set<String> words(String text) {
        String t = WPK.matcher(fold(text)).replaceAll(" wpk ");
        t = CC.matcher(t).replaceAll(" central committee ");
        t = COUNTRY.matcher(t).replaceAll(" dprk ");
        for (var a : ABBREVIATIONS.entrySet()) t = a.getKey().matcher(t).replaceAll(a.getValue());
        Set<String> tokens = new HashSet<>();
        for (String token : NON_WORD.matcher(t).replaceAll(" ").trim().split("\\s+")) {
            if (token.isEmpty()) continue;
            Matcher n = NUMBER.matcher(token);
            if (n.matches()) {
                tokens.add(new java.math.BigInteger(n.group(1)).toString());
            } else {
                int i = ORDINAL_WORDS.indexOf(token);
                tokens.add(i >= 0 ? String.valueOf(i + 1) : token.equals("party") ? "wpk" : token);
            }
        }
        tokens.removeAll(STOP);
        if (tokens.size() > 1) tokens.remove("dprk"); // "the DPRK" alone stays the DPRK
        return Collections.unmodifiableSet(tokens);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
    }

    /** Jaccard of two word sets; 0 when their numbers contradict. */
    static double similarity(Set<String> a, Set<String> b) {
        Set<String> na = new HashSet<>(), nb = new HashSet<>();
        for (String t : a) if (isDigits(t)) na.add(t);
        for (String t : b) if (isDigits(t)) nb.add(t);
        if (!(nb.containsAll(na) || na.containsAll(nb))) return 0.0;
        if (a.isEmpty() && b.isEmpty()) return 0.0;
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) inter.size() / union.size();
    }

    // ---- loading ------------------------------------------------------------------------

    private static Object key(String kind, Map<String, String> f) {
        return switch (kind) {
            case "document" -> Arrays.asList(f.get("source").trim().split("[\\\\/]", -1)[f.get("source").trim().split("[\\\\/]", -1).length - 1],
                    f.get("published").trim());
            case "person" -> nameKey(f.get("name"));
            case "organization" -> words(f.get("name"));
            case "position" -> {
                Set<String> w = new HashSet<>(words(f.get("title")));
                w.addAll(words(f.get("organization")));
                yield Arrays.asList(nameKey(f.get("person")), Collections.unmodifiableSet(w));
            }
            case "meeting" -> {
                String start = f.get("start") == null ? "" : f.get("start").trim();
                yield Arrays.asList(words(f.get("name")), start.isEmpty() ? null : start);
            }
            case "speech" -> Arrays.asList(nameKey(f.get("speaker")), label(f.get("kind")), words(f.get("meeting")));
            case "event" -> Arrays.asList(optional(f, "start"), label(f.get("kind")), words(f.get("place") == null ? "" : f.get("place")));
            case "appearance" -> Arrays.asList(nameKey(f.get("person")), label(f.get("role")), optional(f, "start"),
                    label(f.get("kind")), words(f.get("place") == null ? "" : f.get("place")));
            default -> Arrays.asList(nameKey(f.get("person")), label(f.get("role")), words(f.get("meeting")));
        };
    }

    private static String optional(Map<String, String> fact, String field) {
        String v = fact.get(field) == null ? "" : fact.get(field).strip();
        return v.isEmpty() ? null : v;
    }

    /** {type: {key: fact}} keeping first occurrences, in file order. */
    static Map<String, LinkedHashMap<Object, Map<String, String>>> load(Path path) throws InputError {
        Map<String, LinkedHashMap<Object, Map<String, String>>> facts = new LinkedHashMap<>();
        for (String kind : FIELDS.keySet()) facts.put(kind, new LinkedHashMap<>());
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputError(path + ": cannot read: " + e.getMessage());
        }
        int number = 0, start = 0;
        while (start <= data.length) {
            int end = start;
            while (end < data.length && data[end] != '\n') end++;
            number++;
            String where = path + ":" + number;
            String line;
            try {
                line = java.nio.charset.StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data, start, end - start)).toString();
            } catch (CharacterCodingException e) {
                throw new InputError(where + ": not valid UTF-8");
            }
            if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            line = line.strip();
            start = end + 1;
            if (line.isEmpty()) continue;
            JsonValue value;
            try {
                value = JSON.parseAny(line);
            } catch (JsonException | IllegalArgumentException e) {
                throw new InputError(where + ": malformed JSON: " + e.getMessage());
            }
            if (!value.isObject()) throw new InputError(where + ": expected a JSON object, found " + typeName(value));
            JsonObject object = value.getAsObject();
            JsonValue type = object.get("type");
            if (type == null || !type.isString() || !FIELDS.containsKey(type.getAsString().value())) continue;
            String kind = type.getAsString().value();
            Map<String, String> fact = new LinkedHashMap<>();
            for (String field : FIELDS.get(kind)) {
                JsonValue v = object.get(field);
                if (OPTIONAL.contains(field) && (v == null || v.isNull() || v.isString())) {
                    fact.put(field, v == null || v.isNull() ? null : v.getAsString().value());
                    continue;
                }
                if (v == null || !v.isString() || v.getAsString().value().strip().isEmpty()) {
                    String wanted = OPTIONAL.contains(field) ? "a string or null" : "a non-empty string";
                    throw new InputError(where + ": " + kind + " fact needs " + wanted + " for '" + field + "'");
                }
                fact.put(field, v.getAsString().value());
            }
            facts.get(kind).putIfAbsent(key(kind, fact), fact);
        }
        return facts;
    }

    private static String typeName(JsonValue v) {
        if (v.isArray()) return "list";
        if (v.isString()) return "str";
        if (v.isNumber()) return "number";
        if (v.isBoolean()) return "bool";
        return "NoneType";
    }

    // ---- alignment and scoring -----------------------------------------------------------

    /** Greedy one-to-one pairs, best score first, ties in file order. Scores compare lexicographically. */
    static List<Object[]> align(List<Object> gold, List<Object> system, BiFunction<Object, Object, double[]> score, Function<Object, Object> block) {
        Map<Object, List<Integer>> byBlock = new HashMap<>();
        for (int j = 0; j < system.size(); j++) byBlock.computeIfAbsent(Arrays.asList(block.apply(system.get(j))), k -> new ArrayList<>()).add(j);
        List<Object[]> candidates = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j : byBlock.getOrDefault(Arrays.asList(block.apply(gold.get(i))), List.of())) {
                double[] value = score.apply(gold.get(i), system.get(j));
                if (value != null) candidates.add(new Object[] {value, i, j});
            }
        }
        candidates.sort((x, y) -> {
            int c = Arrays.compare((double[]) y[0], (double[]) x[0]);
            if (c != 0) return c;
            c = Integer.compare((int) x[1], (int) y[1]);
            return c != 0 ? c : Integer.compare((int) x[2], (int) y[2]);
        });
        Set<Integer> usedGold = new HashSet<>(), usedSystem = new HashSet<>();
        List<Object[]> pairs = new ArrayList<>();
        for (Object[] c : candidates) {
            int i = (int) c[1], j = (int) c[2];
            if (!usedGold.contains(i) && !usedSystem.contains(j)) {
                usedGold.add(i);
                usedSystem.add(j);
                pairs.add(new Object[] {gold.get(i), system.get(j)});
            }
        }
        return pairs;
    }

    static Row tally(int gold, int system, int pairs) {
        int tp = pairs, fp = system - pairs, fn = gold - pairs;
        return new Row(gold, system, tp, fp, fn, div(tp, tp + fp), div(tp, tp + fn), div(2 * tp, 2 * tp + fp + fn));
    }

    private static Double div(int num, int den) { return den == 0 ? null : (double) num / den; }

    private static double[] atLeast(double threshold, double value) { return value >= threshold ? new double[] {value} : null; }

    @SuppressWarnings("unchecked")
    private static Set<String> set(Object o) { return (Set<String>) o; }

    private static List<Object> tuple(Object o) { return (List<Object>) o; }

    public static Report score(Path goldPath, Path systemPath) throws InputError {
        var gold = load(goldPath);
        var system = load(systemPath);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String kind : List.of("document", "person")) {
            List<Object> g = new ArrayList<>(gold.get(kind).keySet()), s = new ArrayList<>(system.get(kind).keySet());
            rows.put(kind, tally(g.size(), s.size(), align(g, s, (a, b) -> new double[] {1}, k -> k).size()));
        }
        List<Object> go = new ArrayList<>(gold.get("organization").keySet()), so = new ArrayList<>(system.get("organization").keySet());
        rows.put("organization", tally(go.size(), so.size(),
                align(go, so, (a, b) -> atLeast(ORGANIZATION_T, similarity(set(a), set(b))), k -> null).size()));
        List<Object> gp = new ArrayList<>(gold.get("position").keySet()), sp = new ArrayList<>(system.get("position").keySet());
        rows.put("position", tally(gp.size(), sp.size(),
                align(gp, sp, (a, b) -> atLeast(POSITION_T, similarity(set(tuple(a).get(1)), set(tuple(b).get(1)))), k -> tuple(k).get(0)).size()));

        List<Object> gm = new ArrayList<>(gold.get("meeting").keySet()), sm = new ArrayList<>(system.get("meeting").keySet());
        List<Object[]> meetings = align(gm, sm, (a, b) -> {
            double v = similarity(set(tuple(a).get(0)), set(tuple(b).get(0)));
            boolean sameStart = java.util.Objects.equals(tuple(a).get(1), tuple(b).get(1));
            return v >= MEETING_T ? new double[] {v, sameStart ? 1 : 0} : null;
        }, k -> null);
        rows.put("meeting", tally(gm.size(), sm.size(), meetings.size()));
        long datedGold = gm.stream().filter(k -> tuple(k).get(1) != null).count();
        long datedSystem = sm.stream().filter(k -> tuple(k).get(1) != null).count();
        long datedPairs = meetings.stream().filter(p -> tuple(p[0]).get(1) != null && tuple(p[0]).get(1).equals(tuple(p[1]).get(1))).count();
        rows.put("meeting+date", tally((int) datedGold, (int) datedSystem, (int) datedPairs));

        BiFunction<Set<String>, Set<String>, Boolean> agree = agreement(gm, meetings);
        for (String kind : List.of("speech", "participation")) {
            List<Object> g = new ArrayList<>(gold.get(kind).keySet()), s = new ArrayList<>(system.get(kind).keySet());
            rows.put(kind, tally(g.size(), s.size(), align(g, s, (a, b) -> {
                Set<String> ga = set(tuple(a).get(2)), sb = set(tuple(b).get(2));
                return agree.apply(ga, sb) ? new double[] {similarity(ga, sb)} : null;
            }, k -> Arrays.asList(tuple(k).get(0), tuple(k).get(1))).size()));
        }

        // An occasion on the same day (the block): places sharing half their words, or the same kind where neither names one.
        List<Object> ge = new ArrayList<>(gold.get("event").keySet()), se = new ArrayList<>(system.get("event").keySet());
        rows.put("event", tally(ge.size(), se.size(), align(ge, se,
                (a, b) -> sameOccasion(tuple(a).subList(1, 3), tuple(b).subList(1, 3)), k -> tuple(k).get(0)).size()));
        List<Object> ga = new ArrayList<>(gold.get("appearance").keySet()), sa = new ArrayList<>(system.get("appearance").keySet());
        rows.put("appearance", tally(ga.size(), sa.size(), align(ga, sa,
                (a, b) -> sameOccasion(tuple(a).subList(3, 5), tuple(b).subList(3, 5)), k -> tuple(k).subList(0, 3)).size()));

        Row micro = sum(rows, MICRO);
        boolean anyActivity = APPEARANCES.stream().anyMatch(k -> rows.get(k).gold() > 0 || rows.get(k).system() > 0);
        return new Report(rows, micro, anyActivity ? sum(rows, APPEARANCES) : null);
    }

    private static Row sum(Map<String, Row> rows, List<String> kinds) {
        int tp = 0, fp = 0, fn = 0;
        for (String kind : kinds) {
            tp += rows.get(kind).tp();
            fp += rows.get(kind).fp();
            fn += rows.get(kind).fn();
        }
        return new Row(0, 0, tp, fp, fn, div(tp, tp + fp), div(tp, tp + fn), div(2 * tp, 2 * tp + fp + fn));
    }

    /** (kind, place words) of two occasions: place Jaccard at least PLACE_T, or no places and the same kind. */
    private static double[] sameOccasion(List<Object> gold, List<Object> system) {
        Set<String> gPlace = set(gold.get(1)), sPlace = set(system.get(1));
        if (!gPlace.isEmpty() && !sPlace.isEmpty()) return atLeast(PLACE_T, similarity(gPlace, sPlace));
        return gPlace.isEmpty() && sPlace.isEmpty() && gold.get(0).equals(system.get(0)) ? new double[] {1} : null;
    }

    /** agree(gold meeting words, system meeting words), through the meeting pairing. */
    private static BiFunction<Set<String>, Set<String>, Boolean> agreement(List<Object> goldMeetings, List<Object[]> pairs) {
        Map<Set<String>, Set<String>> partner = new HashMap<>();
        for (Object[] p : pairs) partner.putIfAbsent(set(tuple(p[0]).get(0)), set(tuple(p[1]).get(0)));
        Set<Set<String>> claimed = new HashSet<>(partner.values());
        List<Set<String>> names = new ArrayList<>();
        for (Object k : goldMeetings) names.add(set(tuple(k).get(0)));
        Map<Set<String>, Set<String>> cache = new HashMap<>();
        Function<Set<String>, Set<String>> goldMeeting = name -> cache.computeIfAbsent(name, n -> {
            Set<String> best = null;
            double bestValue = -1;
            for (Set<String> candidate : names) {
                double v = similarity(n, candidate);
                if (v > bestValue) {
                    best = candidate;
                    bestValue = v;
                }
            }
            return best != null && bestValue >= MEETING_T ? best : Set.of("\u0000none");
        });
        return (goldName, systemName) -> {
            Set<String> paired = partner.get(goldMeeting.apply(goldName));
            if (paired != null) return systemName.equals(paired);
            return !claimed.contains(systemName) && similarity(goldName, systemName) >= MEETING_T;
        };
    }

    static String show(Double v) {
        if (v == null) return "-";
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

}
