package org.dais.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Archives of records (a scrape's JSON Lines, JSON array or CSV file): which files are archives,
 * and one record's fields to a {@link SourceDocument}. A record's source name is the archive's
 * file name, {@code #}, and the record's URL, else its id, else its line ({@code news.jsonl#line-17}).
 */
public final class ArchiveRecords {
    private ArchiveRecords() {}

    /** Largest text of one record, as for one article file. */
    static final int MAX_TEXT_CHARS = (int) PlainTextReader.MAX_BYTES;

    /** A field's value as the archive typed it; {@code text} is null for null, objects and arrays. */
    record Value(String text, String type) {
        static Value string(String s) { return new Value(s, "string"); }
    }

    /** Whether the file is an archive dais reads record by record. */
    public static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json") || name.endsWith(".csv");
    }

    /** The records of an archive, streamed: one {@link Input} per record, in archive order. */
    public static Iterator<Input> open(Path archive, FieldMapping mapping) throws DocumentException {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return CsvArchive.open(archive, mapping);
        if (name.endsWith(".json")) return JsonArchive.array(archive, mapping);
        return JsonArchive.lines(archive, mapping);
    }

    /**
     * One record to a document, or a failure naming the record ({@code where}: "line 17") and why.
     * The text is the headline, a blank line and the body, so the headline reads as the page's.
     */
    static Input toInput(Path archive, String where, String idFallback, Map<String, Value> fields, FieldMapping mapping) {
        try {
            String body = field(archive, where, fields, mapping, FieldMapping.Part.TEXT);
            if (body == null || PlainTextReader.blank(body)) {
                throw new DocumentException(archive, where + ": no article text (field " + String.join("|", mapping.names(FieldMapping.Part.TEXT)) + ")");
            }
            if (body.length() > MAX_TEXT_CHARS) throw new DocumentException(archive, where + ": text of " + body.length() + " characters, over the limit for one article");
            String headline = field(archive, where, fields, mapping, FieldMapping.Part.HEADLINE);
            String date = field(archive, where, fields, mapping, FieldMapping.Part.DATE);
            String url = field(archive, where, fields, mapping, FieldMapping.Part.URL);
            String id = field(archive, where, fields, mapping, FieldMapping.Part.ID);
            LocalDate declared = null;
            if (date != null && !date.isBlank()) {
                declared = DeclaredMetadata.parseDate(date);
                if (declared == null) throw new DocumentException(archive, where + ": date \"" + date + "\" is not a date (YYYY-MM-DD)");
            }
            String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
            if (headline != null && !headline.isBlank() && !text.stripLeading().startsWith(headline.strip())) {
                text = headline.strip() + "\n\n" + text;
            }
            String key = url != null && !url.isBlank() ? url.strip() : id != null && !id.isBlank() ? id.strip() : idFallback;
            String source = archive.getFileName() + "#" + key;
            return new Input.ArchiveRecord(new SourceDocument(source, archive, text, declared, url), archive.getFileName() + " " + where);
        } catch (DocumentException e) {
            return new Input.Failed(e);
        }
    }

    /** The first candidate field present; a value of the wrong type is the record's error. */
    private static String field(Path archive, String where, Map<String, Value> fields, FieldMapping mapping,
                                FieldMapping.Part part) throws DocumentException {
        for (String name : mapping.names(part)) {
            Value v = fields.get(name);
            if (v == null) v = ignoringCase(fields, name);
            if (v == null || v.type().equals("null")) continue;
            // An id may be a number (17); every other part is text.
            boolean ok = v.type().equals("string") || (part == FieldMapping.Part.ID && v.type().equals("number"));
            if (!ok) throw new DocumentException(archive, where + ": field \"" + name + "\" is " + article(v.type()) + ", not text");
            return v.text();
        }
        return null;
    }

    private static Value ignoringCase(Map<String, Value> fields, String name) {
        for (var e : fields.entrySet()) if (e.getKey().equalsIgnoreCase(name)) return e.getValue();
        return null;
    }

    private static String article(String type) {
        return (type.startsWith("a") || type.startsWith("o") ? "an " : "a ") + type;
    }
}
