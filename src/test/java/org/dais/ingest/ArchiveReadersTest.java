package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives of records: JSON Lines, JSON arrays and CSV are read record by record; fields map by
 * default names or overrides; a bad record is one failure naming its line and reason, and the
 * good records around it are read.
 */
class ArchiveReadersTest {
    @TempDir
    Path dir;

    private static final String BODY_A = "Sariwon, April 2 (KCNA) -- Tree planting began across the province.";
    private static final String BODY_B = "Nampho, April 3 (KCNA) -- A new ferry was launched at the shipyard.";

    private static String jsonRecord(String headline, String date, String link, String body) {
        return "{\"topic\": \"Home\", \"headline\": \"" + headline + "\", \"link\": \"" + link + "\", \"date\": \"" + date
                + "\", \"story_text\": \"" + body.replace("\n", "\\n") + "\"}";
    }

    @Test
    void jsonLinesRecordsBecomeDocuments() throws Exception {
        Path archive = write("feed.jsonl", jsonRecord("Trees Planted", "2022-04-02", "https://example.org/a/1", BODY_A) + "\n"
                + jsonRecord("Ferry Launched", "2022-04-03", "https://example.org/a/2", BODY_B + "\nSecond paragraph.") + "\n");
        List<SourceDocument> docs = documents(read(archive, FieldMapping.defaults()));
        assertEquals(2, docs.size());
        SourceDocument a = docs.get(0);
        assertEquals("feed.jsonl#https://example.org/a/1", a.sourceName());
        assertEquals(LocalDate.of(2022, 4, 2), a.declaredDate());
        assertEquals("https://example.org/a/1", a.url());
        assertEquals("Trees Planted\n\n" + BODY_A, a.text());
        assertEquals("Ferry Launched\n\n" + BODY_B + "\nSecond paragraph.", docs.get(1).text());
    }

    @Test
    void aJsonArrayAndAnObjectHoldingOne() throws Exception {
        String records = jsonRecord("Trees Planted", "2022-04-02", "https://example.org/a/1", BODY_A) + ",\n  "
                + jsonRecord("Ferry Launched", "2022-04-03", "https://example.org/a/2", BODY_B);
        assertEquals(2, documents(read(write("feed.json", "[\n  " + records + "\n]\n"), FieldMapping.defaults())).size());
        List<SourceDocument> held = documents(read(write("held.json", "{\"source\": \"scrape\", \"count\": 2, \"articles\": [" + records + "]}"),
                FieldMapping.defaults()));
        assertEquals(List.of("held.json#https://example.org/a/1", "held.json#https://example.org/a/2"),
                held.stream().map(SourceDocument::sourceName).toList());
    }

    @Test
    void csvWithQuotedFieldsAndEmbeddedNewlines() throws Exception {
        Path archive = write("feed.csv", "date,url,title,body\n"
                + "2022-04-02,https://example.org/a/1,\"Trees, Planted\",\"" + BODY_A + "\nHe said \"\"forward\"\", and left.\"\n"
                + "2022-04-03,https://example.org/a/2,Ferry Launched,\"" + BODY_B + "\"\n");
        List<Input> items = read(archive, FieldMapping.defaults());
        List<SourceDocument> docs = documents(items);
        assertEquals(2, docs.size());
        assertEquals("Trees, Planted\n\n" + BODY_A + "\nHe said \"forward\", and left.", docs.get(0).text());
        assertEquals("feed.csv line 2", ((Input.ArchiveRecord) items.get(0)).where());
        assertEquals("feed.csv line 4", ((Input.ArchiveRecord) items.get(1)).where(), "the second record starts after the embedded newline");
        assertEquals(LocalDate.of(2022, 4, 3), docs.get(1).declaredDate());
    }

    @Test
    void fieldNamesMapByDefaultAndByOverride() throws Exception {
        Path archive = write("other.jsonl", "{\"title\": \"Trees Planted\", \"published\": \"April 2, 2022\", \"url\": \"https://example.org/a/1\", \"content\": \""
                + BODY_A + "\"}\n{\"id\": 17, \"article_body\": \"" + BODY_B + "\", \"content\": \"teaser only\"}\n");
        List<SourceDocument> docs = documents(read(archive, FieldMapping.defaults()));
        assertEquals(LocalDate.of(2022, 4, 2), docs.get(0).declaredDate());
        assertEquals("Trees Planted\n\n" + BODY_A, docs.get(0).text());
        assertEquals("other.jsonl#17", docs.get(1).sourceName(), "an id names a record without a URL");
        assertEquals("teaser only", docs.get(1).text());
        List<SourceDocument> mapped = documents(read(archive, FieldMapping.defaults().with(List.of("text=article_body", "headline=none"))));
        assertEquals(1, mapped.size(), "the first record has no article_body");
        assertEquals(BODY_B, mapped.get(0).text());
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.defaults().with(List.of("words=body")));
        assertThrows(IllegalArgumentException.class, () -> FieldMapping.defaults().with(List.of("text")));
    }

    @Test
    void badJsonLinesRecordsAreEachOneFailureAndTheGoodOnesAreRead() throws Exception {
        Path archive = write("bad.jsonl", String.join("\n",
                jsonRecord("One", "2022-04-02", "https://example.org/a/1", BODY_A),
                "{\"headline\": \"Two\", \"story_text\": \"unclosed}",
                "{\"headline\": \"Three\", \"date\": \"2022-04-04\"}",
                "{\"headline\": \"Four\", \"story_text\": 42}",
                "{\"headline\": [\"Five\"], \"story_text\": \"" + BODY_B + "\"}",
                "{\"headline\": \"Six\", \"date\": \"the fourth\", \"story_text\": \"" + BODY_B + "\"}",
                "[\"seven\"]",
                "",
                jsonRecord("Nine", "2022-04-09", "https://example.org/a/9", BODY_B),
                "{\"headline\": \"Ten\", \"story_te"));
        List<Input> items = read(archive, FieldMapping.defaults());
        assertEquals(List.of("https://example.org/a/1", "https://example.org/a/9"), documents(items).stream().map(SourceDocument::url).toList());
        List<String> failures = failures(items);
        assertEquals(7, failures.size(), failures.toString());
        assertTrue(failures.get(0).startsWith(archive + ": line 2: invalid JSON"), failures.get(0));
        assertTrue(failures.get(1).contains("line 3: no article text"), failures.get(1));
        assertTrue(failures.get(2).contains("line 4: field \"story_text\" is a number, not text"), failures.get(2));
        assertTrue(failures.get(3).contains("line 5: field \"headline\" is an array, not text"), failures.get(3));
        assertTrue(failures.get(4).contains("line 6: date \"the fourth\" is not a date"), failures.get(4));
        assertTrue(failures.get(5).contains("line 7: a record must be a JSON object, not an array"), failures.get(5));
        assertTrue(failures.get(6).contains("line 10: truncated last line"), failures.get(6));
    }

    @Test
    void byteOrderMarkAndCrlfLineEndings() throws Exception {
        String crlf = jsonRecord("One", "2022-04-02", "https://example.org/a/1", BODY_A) + "\r\n"
                + jsonRecord("Two", "2022-04-03", "https://example.org/a/2", BODY_B) + "\r\n";
        assertEquals(2, documents(read(write("bom.jsonl", "\uFEFF" + crlf), FieldMapping.defaults())).size());
        assertEquals(2, documents(read(write("bom.json", "\uFEFF[" + crlf.replace("}\r\n{", "},\r\n{") + "]"), FieldMapping.defaults())).size());
        List<SourceDocument> csv = documents(read(write("bom.csv", "\uFEFFdate,url,title,body\r\n2022-04-02,https://example.org/a/1,One,\""
                + BODY_A + "\r\nMore.\"\r\n2022-04-03,,Two,\"" + BODY_B + "\"\r\n"), FieldMapping.defaults()));
        assertEquals(2, csv.size());
        assertEquals(LocalDate.of(2022, 4, 2), csv.get(0).declaredDate(), "the BOM is not part of the first header name");
        assertEquals("bom.csv#line-4", csv.get(1).sourceName(), "no URL or id: the record's line names it");
        assertNull(csv.get(1).url());
    }

    @Test
    void aJsonArrayBrokenPartWayKeepsTheRecordsBefore() throws Exception {
        Path archive = write("broken.json", "[" + jsonRecord("One", "2022-04-02", "https://example.org/a/1", BODY_A) + ",\n"
                + "{\"headline\": \"Two\", \"story_text\": \"x\" \"y\"},\n" + jsonRecord("Three", "2022-04-03", "https://example.org/a/3", BODY_B) + "]");
        List<Input> items = read(archive, FieldMapping.defaults());
        assertEquals(1, documents(items).size());
        List<String> failures = failures(items);
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("record 2: invalid JSON") && failures.get(0).contains("line 2"), failures.get(0));
        Path truncated = write("truncated.json", "[" + jsonRecord("One", "2022-04-02", "https://example.org/a/1", BODY_A) + ",\n{\"headline\": \"Tw");
        items = read(truncated, FieldMapping.defaults());
        assertEquals(1, documents(items).size());
        assertTrue(failures(items).get(0).contains("record 2: invalid JSON"), failures(items).toString());
    }

    @Test
    void badCsvRecords() throws Exception {
        Path archive = write("bad.csv", "date,url,title,body\n"
                + "2022-04-02,https://example.org/a/1,One,\"" + BODY_A + "\"\n"
                + "2022-04-03,https://example.org/a/2,Two\n"
                + "2022-04-04,https://example.org/a/3,Three,\"" + BODY_B + "\"\n"
                + "2022-04-05,https://example.org/a/4,Four,\"cut off in the mid");
        List<Input> items = read(archive, FieldMapping.defaults());
        assertEquals(List.of("https://example.org/a/1", "https://example.org/a/3"), documents(items).stream().map(SourceDocument::url).toList());
        List<String> failures = failures(items);
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(failures.get(0).contains("line 3: 3 fields, the header names 4"), failures.get(0));
        assertTrue(failures.get(1).contains("line 5: truncated record"), failures.get(1));
    }

    @Test
    void anEmptyArchiveIsSkippedAndAMissingOneFails() throws Exception {
        List<Input> items = read(write("empty.jsonl", ""), FieldMapping.defaults());
        assertEquals(1, items.size());
        assertInstanceOf(Input.Skipped.class, items.get(0));
        Inputs missing = Inputs.of(List.of(dir.resolve("gone.jsonl")), FieldMapping.defaults());
        Input gone = missing.next();
        assertInstanceOf(Input.Failed.class, gone);
        assertTrue(((Input.Failed) gone).error().getMessage().contains("does not exist"));
    }

    @Test
    void foldersHoldArchivesBesideArticles() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.txt"), BODY_A);
        Files.writeString(folder.resolve("b.jsonl"), jsonRecord("Two", "2022-04-03", "https://example.org/a/2", BODY_B) + "\n");
        Files.writeString(folder.resolve("c.pdf"), "%PDF");
        List<Input> items = new ArrayList<>();
        Inputs.of(List.of(folder), FieldMapping.defaults()).forEachRemaining(items::add);
        assertEquals(3, items.size());
        assertInstanceOf(Input.ArticleFile.class, items.get(0));
        assertInstanceOf(Input.ArchiveRecord.class, items.get(1));
        assertInstanceOf(Input.Skipped.class, items.get(2));
    }

    private List<Input> read(Path archive, FieldMapping mapping) throws Exception {
        List<Input> items = new ArrayList<>();
        Inputs.of(List.of(archive), mapping).forEachRemaining(items::add);
        return items;
    }

    private static List<SourceDocument> documents(List<Input> items) {
        return items.stream().filter(i -> i instanceof Input.ArchiveRecord).map(i -> ((Input.ArchiveRecord) i).document()).toList();
    }

    private static List<String> failures(List<Input> items) {
        return items.stream().filter(i -> i instanceof Input.Failed).map(i -> ((Input.Failed) i).error().getMessage()).toList();
    }

    private Path write(String name, String content) throws Exception {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }
}
