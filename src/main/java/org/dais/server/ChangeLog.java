package org.dais.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.jena.query.Dataset;

import org.dais.server.Attestations.ArticleRef;
import org.dais.server.Attestations.OfficeSpan;

/**
 * What the articles changed, read from the graph: an office first attested (an appointment, as
 * far as the corpus shows), an office a person is no longer named with once a later article names
 * the person with other offices, and a move of more than {@link #RANK_MOVE_PLACES} places in the
 * same kind of list between consecutive meetings of a series. The dossier and the Atom feed show
 * the same changes.
 */
final class ChangeLog {
    /** Moves of this many places or fewer are noise of list composition (one more guest), not news. */
    static final int RANK_MOVE_PLACES = 3;

    enum Kind {
        APPOINTED("office first attested"), NO_LONGER_NAMED("office no longer named"), RANK_MOVE("protocol rank moved"),
        // The leader's company (issue 13): who is seen with him at his activities, first or again after a long absence.
        WITH_LEADER_FIRST("first seen in the leader's company"), WITH_LEADER_AGAIN("back in the leader's company");

        final String title;

        Kind(String title) { this.title = title; }
    }

    /** One change: when, of whom, what, and the article that shows it. */
    record Change(Kind kind, String date, String person, String personName, String summary, ArticleRef evidence, String id) {}

    private ChangeLog() {}

    /** The changes of one person, or of everyone when {@code person} is null; newest first. */
    static List<Change> changes(Dataset dataset, String person) {
        List<Change> out = new ArrayList<>();
        List<OfficeSpan> spans = Attestations.offices(dataset, "person", person);
        Map<String, List<OfficeSpan>> byPerson = new LinkedHashMap<>();
        for (OfficeSpan s : spans) byPerson.computeIfAbsent(s.person(), k -> new ArrayList<>()).add(s);
        for (List<OfficeSpan> own : byPerson.values()) officeChanges(own, out);
        rankMoves(dataset, person, out);
        companyChanges(dataset, person, out);
        out.sort(Comparator.comparing(Change::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Change::personName).thenComparing(c -> c.kind().ordinal()).thenComparing(Change::summary));
        return out;
    }

    private static void officeChanges(List<OfficeSpan> spans, List<Change> out) {
        // The person's articles with offices, by date, and the offices each attests.
        TreeMap<String, Map<String, ArticleRef>> articlesByDate = new TreeMap<>();
        Map<String, List<String>> officesByArticle = new TreeMap<>();
        for (OfficeSpan s : spans) {
            for (ArticleRef a : s.articles()) {
                if (a.date() == null) continue;
                articlesByDate.computeIfAbsent(a.date(), d -> new TreeMap<>()).putIfAbsent(a.iri(), a);
                officesByArticle.computeIfAbsent(a.iri(), k -> new ArrayList<>()).add(s.postLabel());
            }
        }
        for (OfficeSpan s : spans) {
            if (s.first() == null) continue;
            ArticleRef first = s.articles().get(0);
            out.add(change(Kind.APPOINTED, s.first(), s, "first attested as " + s.postLabel(), first));
            var later = articlesByDate.higherEntry(s.last());
            if (later != null) {
                ArticleRef a = later.getValue().values().iterator().next();
                List<String> others = officesByArticle.get(a.iri()).stream().distinct().sorted().toList();
                out.add(change(Kind.NO_LONGER_NAMED, a.date(), s, "no longer named as " + s.postLabel() + " (last " + s.last()
                        + "); named as " + String.join(", ", others), a));
            }
        }
    }

    private static Change change(Kind kind, String date, OfficeSpan s, String summary, ArticleRef evidence) {
        return new Change(kind, date, s.person(), s.personName(), summary, evidence, id(kind, s.person(), s.post(), evidence.iri()));
    }

    private static final String SERIES_RANKS = """
            SELECT ?person ?name ?series ?m ?label ?ordinal ?role ?rank ?start ?doc ?headline ?published ?source {
              ?x a dais:Participation ; dais:participant ?person ; dais:participatedIn ?m ; dais:participationRole ?role ;
                 dais:listRank ?rank ; prov:wasDerivedFrom ?doc .
              ?m dais:inSeries ?series ; dais:ordinal ?ordinal ; rdfs:label ?label .
              ?person foaf:name ?name .
              OPTIONAL { ?m schema:startDate ?start }
              ?doc dais:sourceFile ?source .
              OPTIONAL { ?doc schema:headline ?headline }
              OPTIONAL { ?doc schema:datePublished ?published }
            }
            """;

    private static final String RANKED_LISTS = """
            SELECT DISTINCT ?series ?role ?ordinal {
              ?x dais:participatedIn ?m ; dais:participationRole ?role ; dais:listRank ?rank .
              ?m dais:inSeries ?series ; dais:ordinal ?ordinal .
            }
            """;

    /** Between consecutive ranked meetings of a series, in the same kind of list. */
    private static void rankMoves(Dataset dataset, String person, List<Change> out) {
        // series+role -> ordinal -> person -> best row
        Map<String, TreeMap<Integer, Map<String, Map<String, String>>>> lists = new TreeMap<>();
        Map<String, String> meetingLabel = new TreeMap<>();
        // A move is between consecutive meetings with a ranked list of the role, whoever is in it: for one
        // person, the meetings of those lists come first, then only that person's ranks.
        if (person != null) {
            for (Map<String, String> r : ViewQueries.select(dataset, RANKED_LISTS)) {
                lists.computeIfAbsent(r.get("series") + " " + r.get("role"), k -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(r.get("ordinal")), k -> new TreeMap<>());
            }
        }
        for (Map<String, String> r : ViewQueries.select(dataset, SERIES_RANKS, "person", person)) {
            meetingLabel.merge(r.get("m"), r.get("label"), (a, b) -> a.compareTo(b) >= 0 ? a : b);
            var byPerson = lists.computeIfAbsent(r.get("series") + " " + r.get("role"), k -> new TreeMap<>())
                    .computeIfAbsent(Integer.parseInt(r.get("ordinal")), k -> new TreeMap<>());
            byPerson.merge(r.get("person"), r, (a, b) -> Integer.parseInt(b.get("rank")) < Integer.parseInt(a.get("rank")) ? b : a);
        }
        for (TreeMap<Integer, Map<String, Map<String, String>>> meetings : lists.values()) {
            Map.Entry<Integer, Map<String, Map<String, String>>> previous = null;
            for (var current : meetings.entrySet()) {
                if (previous != null) {
                    for (var e : current.getValue().entrySet()) {
                        if (person != null && !person.equals(e.getKey())) continue;
                        Map<String, String> before = previous.getValue().get(e.getKey());
                        if (before == null) continue;
                        Map<String, String> now = e.getValue();
                        int from = Integer.parseInt(before.get("rank")), to = Integer.parseInt(now.get("rank"));
                        if (Math.abs(from - to) <= RANK_MOVE_PLACES) continue;
                        ArticleRef a = Attestations.article(now, "published");
                        String date = now.get("start") != null ? now.get("start") : a.date();
                        String summary = (to < from ? "rose" : "fell") + " from " + from + " to " + to + " in the " + now.get("role")
                                + " list, from " + meetingLabel.get(before.get("m")) + " to " + meetingLabel.get(now.get("m"));
                        out.add(new Change(Kind.RANK_MOVE, date, e.getKey(), now.get("name"), summary, a,
                                id(Kind.RANK_MOVE, e.getKey(), now.get("m") + " " + now.get("role"), before.get("m"))));
                    }
                }
                previous = current;
            }
        }
    }

    /** A stable id: the same change keeps its id across rebuilds, so feed readers do not show it again. */
    /** An absence from his company longer than this many days makes a return to it news. */
    static final int COMPANY_GAP_DAYS = 120;

    private static final String WITH_LEADER = """
            SELECT ?person ?name ?occasion ?label ?role ?start ?leaderName ?doc ?headline ?published ?source {
              ?x a dais:Participation ; dais:participant ?person ; dais:participatedIn ?occasion ; dais:participationRole ?role ;
                 prov:wasDerivedFrom ?doc .
              FILTER (?role != "led" && ?role != "guest")
              ?occasion a dais:Activity ; rdfs:label ?label .
              ?lead dais:participatedIn ?occasion ; dais:participationRole "led" ; dais:participant ?leader .
              FILTER (?leader != ?person)
              ?leader foaf:name ?leaderName .
              ?person foaf:name ?name .
              OPTIONAL { ?occasion schema:startDate ?start }
              ?doc dais:sourceFile ?source .
              OPTIONAL { ?doc schema:headline ?headline }
              OPTIONAL { ?doc schema:datePublished ?published }
            }
            """;

    /**
     * The first occasion a person is seen at with the leader (accompanying, greeting or attending;
     * guests are visitors, not his company), and each return after more than
     * {@link #COMPANY_GAP_DAYS} days without one. An occasion without a day counts at its article's date.
     */
    private static void companyChanges(Dataset dataset, String person, List<Change> out) {
        // person -> date -> the row of one occasion that day (the first by occasion IRI, for a stable feed)
        Map<String, TreeMap<String, Map<String, String>>> byPerson = new TreeMap<>();
        for (Map<String, String> r : ViewQueries.select(dataset, WITH_LEADER, "person", person)) {
            String date = r.get("start") != null ? r.get("start") : r.get("published");
            if (date == null) continue;
            byPerson.computeIfAbsent(r.get("person"), k -> new TreeMap<>())
                    .merge(date, r, (a, b) -> (a.get("occasion") + a.get("doc")).compareTo(b.get("occasion") + b.get("doc")) <= 0 ? a : b);
        }
        for (TreeMap<String, Map<String, String>> dates : byPerson.values()) {
            String previous = null;
            for (var e : dates.entrySet()) {
                Map<String, String> r = e.getValue();
                String with = " with " + r.get("leaderName") + " (" + r.get("role") + ") at " + r.get("label");
                if (previous == null) {
                    out.add(companyChange(Kind.WITH_LEADER_FIRST, e.getKey(), r, "first seen" + with));
                } else {
                    long gap = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(previous), java.time.LocalDate.parse(e.getKey()));
                    if (gap > COMPANY_GAP_DAYS) {
                        out.add(companyChange(Kind.WITH_LEADER_AGAIN, e.getKey(), r, "seen again" + with + " after " + gap + " days (last " + previous + ")"));
                    }
                }
                previous = e.getKey();
            }
        }
    }

    private static Change companyChange(Kind kind, String date, Map<String, String> r, String summary) {
        ArticleRef evidence = Attestations.article(r, "published");
        return new Change(kind, date, r.get("person"), r.get("name"), summary, evidence, id(kind, r.get("person"), r.get("occasion"), evidence.iri()));
    }

    private static String id(Kind kind, String... parts) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((kind + " " + String.join(" ", parts)).getBytes(StandardCharsets.UTF_8));
    }
}
