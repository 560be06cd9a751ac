package org.dais.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dais.server.Attestations.Appearance;

/**
 * A person's protocol rank over time as inline SVG, drawn on the server so that the page needs
 * no script (and a test can read it): one line per kind of list, rank 1 at the top, each point
 * titled with its meeting, rank and list size.
 */
final class RankChart {
    static final int WIDTH = 640, HEIGHT = 240, LEFT = 44, RIGHT = 16, TOP = 16, BOTTOM = 36;
    private static final String[] COLOURS = {"#b3261e", "#1f5fa8", "#2e7d32", "#8e44ad", "#c77700"};

    private RankChart() {}

    /** The chart of the ranked appearances with a date; an empty string when there are none. */
    static String svg(List<Appearance> appearances) {
        List<Appearance> ranked = appearances.stream().filter(a -> a.rank() != null && a.date() != null).toList();
        if (ranked.isEmpty()) return "";
        long minDay = Long.MAX_VALUE, maxDay = Long.MIN_VALUE;
        int maxRank = 1;
        for (Appearance a : ranked) {
            long d = LocalDate.parse(a.date()).toEpochDay();
            minDay = Math.min(minDay, d);
            maxDay = Math.max(maxDay, d);
            maxRank = Math.max(maxRank, Math.max(a.rank(), a.listSize() == null ? 0 : a.listSize()));
        }
        if (maxDay == minDay) { minDay -= 15; maxDay += 15; }
        Map<String, List<Appearance>> byRole = new TreeMap<>();
        for (Appearance a : ranked) byRole.computeIfAbsent(a.role(), k -> new ArrayList<>()).add(a);

        StringBuilder s = new StringBuilder(4096);
        s.append("<svg class=\"rank-chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"Protocol rank over time\">\n");
        s.append("<title>Protocol rank over time (1 = named first)</title>\n");
        int plotBottom = HEIGHT - BOTTOM;
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT).append("\" y2=\"").append(plotBottom)
                .append("\" stroke=\"#999\"/>\n<line x1=\"").append(LEFT).append("\" y1=\"").append(plotBottom).append("\" x2=\"").append(WIDTH - RIGHT)
                .append("\" y2=\"").append(plotBottom).append("\" stroke=\"#999\"/>\n");
        for (int rank : ticks(maxRank)) {
            double y = y(rank, maxRank);
            s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"end\" font-size=\"11\">")
                    .append(rank).append("</text>\n");
        }
        s.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 8).append("\" font-size=\"11\">")
                .append(LocalDate.ofEpochDay(minDay)).append("</text>\n<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 8)
                .append("\" font-size=\"11\" text-anchor=\"end\">").append(LocalDate.ofEpochDay(maxDay)).append("</text>\n");
        int colour = 0, legendX = LEFT + 110;
        for (var e : byRole.entrySet()) {
            String c = COLOURS[colour++ % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (Appearance a : e.getValue()) {
                points.append(fmt(x(a.date(), minDay, maxDay))).append(',').append(fmt(y(a.rank(), maxRank))).append(' ');
            }
            s.append("<polyline class=\"rank-line\" data-role=\"").append(Html.escape(e.getKey())).append("\" fill=\"none\" stroke=\"").append(c)
                    .append("\" stroke-width=\"1.5\" points=\"").append(points.toString().strip()).append("\"/>\n");
            for (Appearance a : e.getValue()) {
                s.append("<circle class=\"rank-point\" data-rank=\"").append(a.rank()).append("\" data-date=\"").append(a.date())
                        .append("\" data-role=\"").append(Html.escape(a.role())).append("\" cx=\"").append(fmt(x(a.date(), minDay, maxDay)))
                        .append("\" cy=\"").append(fmt(y(a.rank(), maxRank))).append("\" r=\"4\" fill=\"").append(c).append("\"><title>")
                        .append(Html.escape(a.date() + " · " + a.eventLabel() + " · " + a.role() + " rank " + a.rank()
                                + (a.listSize() == null ? "" : " of " + a.listSize()))).append("</title></circle>\n");
            }
            s.append("<text x=\"").append(legendX).append("\" y=\"").append(HEIGHT - 8).append("\" font-size=\"11\" fill=\"").append(c).append("\">■ ")
                    .append(Html.escape(e.getKey())).append("</text>\n");
            legendX += 90;
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static List<Integer> ticks(int maxRank) {
        int step = Math.max(1, (int) Math.ceil(maxRank / 6.0));
        List<Integer> t = new ArrayList<>();
        t.add(1);
        for (int r = step; r <= maxRank; r += step) if (r != 1) t.add(r);
        if (t.get(t.size() - 1) != maxRank) t.add(maxRank);
        return t;
    }

    static double x(String date, long minDay, long maxDay) {
        long d = LocalDate.parse(date).toEpochDay();
        return LEFT + 8 + (double) (d - minDay) / (maxDay - minDay) * (WIDTH - LEFT - RIGHT - 16);
    }

    static double y(int rank, int maxRank) {
        if (maxRank <= 1) return TOP + 8;
        return TOP + 8 + (double) (rank - 1) / (maxRank - 1) * (HEIGHT - TOP - BOTTOM - 16);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
