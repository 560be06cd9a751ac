package org.dais.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which fields of an archive record hold the article's parts. Each part has candidate field
 * names, tried in order (the first one present is taken); {@code --field text=body} replaces a
 * part's candidates with one name.
 */
public record FieldMapping(Map<Part, List<String>> candidates) {
    /** The parts of a record dais reads. */
    public enum Part { TEXT, HEADLINE, DATE, URL, ID }

    public FieldMapping {
        candidates = Map.copyOf(candidates);
    }

    /** The names scrapes of state media commonly use (KCNA and Rodong Sinmun archives, RSS exports). */
    public static FieldMapping defaults() {
        Map<Part, List<String>> m = new LinkedHashMap<>();
        m.put(Part.TEXT, List.of("story_text", "body", "text", "content"));
        m.put(Part.HEADLINE, List.of("headline", "title"));
        m.put(Part.DATE, List.of("date", "published"));
        m.put(Part.URL, List.of("link", "url"));
        m.put(Part.ID, List.of("id", "guid"));
        return new FieldMapping(m);
    }

    /** The names tried for one part. */
    public List<String> names(Part part) {
        return candidates.getOrDefault(part, List.of());
    }

    /**
     * This mapping with overrides of the form {@code part=field} ({@code text=body},
     * {@code headline=title}, {@code date=pubDate}, {@code url=href}, {@code id=uuid}).
     */
    public FieldMapping with(List<String> overrides) {
        Map<Part, List<String>> m = new LinkedHashMap<>(candidates);
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0 || eq == o.length() - 1) {
                throw new IllegalArgumentException("--field " + o + ": expected PART=FIELD, e.g. text=body");
            }
            String part = o.substring(0, eq).strip().toUpperCase(Locale.ROOT);
            Part p;
            try {
                p = Part.valueOf(part.equals("LINK") ? "URL" : part.equals("TITLE") ? "HEADLINE" : part);
            } catch (IllegalArgumentException e) {
                List<String> parts = new ArrayList<>();
                for (Part q : Part.values()) parts.add(q.name().toLowerCase(Locale.ROOT));
                throw new IllegalArgumentException("--field " + o + ": unknown part '" + o.substring(0, eq) + "' (one of " + String.join(", ", parts) + ")");
            }
            m.put(p, List.of(o.substring(eq + 1).strip()));
        }
        return new FieldMapping(m);
    }
}
