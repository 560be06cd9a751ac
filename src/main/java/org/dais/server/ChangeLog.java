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
        APPOINTED("office first attested"), NO_LONGER_NAMED("office no longer named"), RANK_MOVE("protocol rank moved");

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
    private static String id(Kind kind, String... parts) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((kind + " " + String.join(" ", parts)).getBytes(StandardCharsets.UTF_8));
    }
}
