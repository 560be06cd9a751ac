package org.dais.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV archive (RFC 4180: a header row naming the fields, quoted fields may hold commas,
 * quotes and line breaks), streamed by commons-csv one record at a time. A record is named by
 * the line it starts on; a row with another number of fields than the header is that record's
 * error; an unterminated quote (a file cut short) ends the archive with an error for its last record.
 */
final class CsvArchive {
    private CsvArchive() {}

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get();

    static Iterator<Input> open(Path archive, FieldMapping mapping) throws DocumentException {
        BufferedReader in;
        CSVParser parser;
        try {
            if (!Files.isRegularFile(archive)) {
                throw new DocumentException(archive, Files.exists(archive) ? "not a regular file" : "file does not exist");
            }
            in = new BufferedReader(new InputStreamReader(Files.newInputStream(archive), StandardCharsets.UTF_8), 1 << 16);
            in.mark(1);
            if (in.read() != '\uFEFF') in.reset();
            parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get();
        } catch (NoSuchFileException e) {
            throw new DocumentException(archive, "file does not exist (or vanished while reading)", e);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new DocumentException(archive, "cannot read the CSV header: " + e.getMessage(), e);
        }
        List<String> header = parser.getHeaderNames();
        Iterator<CSVRecord> records = parser.iterator();
        return new Iterator<>() {
            private long endLine = parser.getCurrentLineNumber();
            private boolean done;
            private RuntimeException broken;

            @Override
            public boolean hasNext() {
                if (done) return false;
                if (broken != null) return true;
                boolean more;
                try {
                    more = records.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = e; // the parser reads ahead: next() reports it for the record it was reading
                    return true;
                }
                if (!more) finish();
                return more;
            }

            @Override
            public Input next() {
                if (done) throw new NoSuchElementException();
                String where = "line " + (endLine + 1);
                CSVRecord record;
                try {
                    if (broken != null) throw broken;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    finish();
                    String why = e.getMessage() != null && e.getMessage().contains("EOF") ? "truncated record (a quoted field is not closed): " : "invalid CSV: ";
                    return new Input.Failed(new DocumentException(archive, where + ": " + why + rootMessage(e)));
                } catch (NoSuchElementException e) {
                    finish();
                    throw e;
                }
                endLine = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    return new Input.Failed(new DocumentException(archive, where + ": " + record.size() + " fields, the header names " + header.size()));
                }
                Map<String, ArchiveRecords.Value> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) fields.put(header.get(i), ArchiveRecords.Value.string(record.get(i)));
                return ArchiveRecords.toInput(archive, where, "line-" + (endLineOf(where)), fields, mapping);
            }

            private void finish() {
                done = true;
                try {
                    parser.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("closing " + archive, e);
                }
            }
        };
    }

    private static String endLineOf(String where) {
        return where.substring("line ".length());
    }

    private static String rootMessage(Throwable e) {
        return DeclaredMetadata.rootMessage(e);
    }
}
