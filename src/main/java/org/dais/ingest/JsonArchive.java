package org.dais.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * JSON archives, streamed with Gson's {@link JsonReader} (strict JSON): JSON Lines (one record
 * object per line; a bad line is that record's error and the next line is read on) and a JSON
 * array of record objects (also an object holding such an array). Memory holds one record at a time.
 */
final class JsonArchive {
    private JsonArchive() {}

    /** Base of the lazily read iterators: {@link #advance()} returns the next item or null at the end. */
    private abstract static class Lookahead implements Iterator<Input> {
        private Input next;
        private boolean done;

        abstract Input advance() throws IOException;

        abstract void close();

        @Override
        public boolean hasNext() {
            if (next != null) return true;
            if (done) return false;
            try {
                next = advance();
            } catch (IOException e) {
                next = failure(e);
            }
            if (next == null) {
                done = true;
                close();
            }
            return next != null;
        }

        /** An archive that stops being readable part-way: one failure, and the end. */
        abstract Input failure(IOException e);

        @Override
        public Input next() {
            if (!hasNext()) throw new NoSuchElementException();
            Input n = next;
            next = null;
            return n;
        }
    }

    static Iterator<Input> lines(Path archive, FieldMapping mapping) throws DocumentException {
        BufferedReader in = reader(archive);
        return new Lookahead() {
            private final LineReader lines = new LineReader(in, ArchiveRecords.MAX_TEXT_CHARS + 1024 * 1024);
            private boolean broken;

            @Override
            Input advance() throws IOException {
                if (broken) return null;
                while (true) {
                    LineReader.Line line = lines.next();
                    if (line == null) return null;
                    String where = "line " + line.number();
                    if (line.tooLong()) return fail(archive, where + ": longer than " + lines.max() + " characters; not read");
                    String text = line.number() == 1 && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
                    if (text.isBlank()) continue;
                    try {
                        JsonReader reader = new JsonReader(new StringReader(text));
                        reader.setStrictness(Strictness.STRICT);
                        Map<String, ArchiveRecords.Value> fields = object(reader);
                        if (reader.peek() != JsonToken.END_DOCUMENT) return fail(archive, where + ": text after the record's closing brace");
                        return ArchiveRecords.toInput(archive, where, "line-" + line.number(), fields, mapping);
                    } catch (NotAnObject e) {
                        return fail(archive, where + ": " + e.getMessage());
                    } catch (IOException | IllegalStateException | NumberFormatException e) {
                        String why = !line.terminated() ? "truncated last line (invalid JSON: " : "invalid JSON (";
                        return fail(archive, where + ": " + why + clean(e) + ")");
                    }
                }
            }

            @Override
            Input failure(IOException e) {
                broken = true;
                return fail(archive, "cannot read on after line " + lines.lastNumber() + ": " + e.getMessage());
            }

            @Override
            void close() {
                closeReader(in);
            }
        };
    }

    static Iterator<Input> array(Path archive, FieldMapping mapping) throws DocumentException {
        BufferedReader in = reader(archive);
        JsonReader reader = new JsonReader(in);
        reader.setStrictness(Strictness.STRICT);
        return new Lookahead() {
            private int index = -1;
            private boolean broken;

            @Override
            Input advance() throws IOException {
                if (broken) return null;
                try {
                    if (index < 0) {
                        skipBom(in);
                        enterArray(reader);
                        index = 0;
                    }
                    if (!reader.hasNext()) {
                        reader.endArray();
                        return null;
                    }
                    String where = "record " + (index + 1);
                    String position = position(reader);
                    index++;
                    try {
                        Map<String, ArchiveRecords.Value> fields = object(reader);
                        return ArchiveRecords.toInput(archive, where + " (" + position + ")", "record-" + index, fields, mapping);
                    } catch (NotAnObject e) {
                        return fail(archive, where + " (" + position + "): " + e.getMessage());
                    }
                } catch (IOException | IllegalStateException | NumberFormatException e) {
                    // Past a syntax error a JSON array has no next record to find: what came before is kept.
                    broken = true;
                    String where = index <= 0 ? "the archive" : "record " + index;
                    return fail(archive, where + ": invalid JSON (" + clean(e) + "); the archive is not read past it");
                }
            }

            @Override
            Input failure(IOException e) {
                broken = true;
                return fail(archive, "cannot read on: " + e.getMessage());
            }

            @Override
            void close() {
                closeReader(in);
            }
        };
    }

    /** The array of records: the document itself, or the first array-valued field of a top-level object. */
    private static void enterArray(JsonReader reader) throws IOException {
        JsonToken first = reader.peek();
        if (first == JsonToken.BEGIN_ARRAY) {
            reader.beginArray();
            return;
        }
        if (first == JsonToken.BEGIN_OBJECT) {
            reader.beginObject();
            while (reader.hasNext()) {
                reader.nextName();
                if (reader.peek() == JsonToken.BEGIN_ARRAY) {
                    reader.beginArray();
                    return;
                }
                reader.skipValue();
            }
        }
        throw new IllegalStateException("expected an array of records (or an object holding one), found " + first);
    }

    private static final class NotAnObject extends Exception {
        NotAnObject(String message) { super(message); }
    }

    /** One flat record object; nested values are typed but not kept. */
    private static Map<String, ArchiveRecords.Value> object(JsonReader reader) throws IOException, NotAnObject {
        JsonToken t = reader.peek();
        if (t != JsonToken.BEGIN_OBJECT) {
            reader.skipValue();
            throw new NotAnObject("a record must be a JSON object, not " + describe(t));
        }
        Map<String, ArchiveRecords.Value> fields = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            JsonToken v = reader.peek();
            switch (v) {
                case STRING -> fields.put(name, ArchiveRecords.Value.string(reader.nextString()));
                case NUMBER -> fields.put(name, new ArchiveRecords.Value(reader.nextString(), "number"));
                case BOOLEAN -> fields.put(name, new ArchiveRecords.Value(String.valueOf(reader.nextBoolean()), "boolean"));
                case NULL -> {
                    reader.nextNull();
                    fields.put(name, new ArchiveRecords.Value(null, "null"));
                }
                default -> {
                    reader.skipValue();
                    fields.put(name, new ArchiveRecords.Value(null, v == JsonToken.BEGIN_ARRAY ? "array" : "object"));
                }
            }
        }
        reader.endObject();
        return fields;
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case BEGIN_ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> t.toString();
        };
    }

    /** "line 12 column 3" of where the reader is, from its description (Gson has no getter). */
    private static String position(JsonReader reader) {
        String s = reader.toString();
        int at = s.indexOf(" at ");
        int path = s.indexOf(" path ");
        return at >= 0 && path > at ? s.substring(at + 4, path) : "position " + reader.getPath();
    }

    private static String clean(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int advice = m.indexOf("\nSee https://");
        if (advice >= 0) m = m.substring(0, advice);
        return m.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON at ", "at ").strip();
    }

    private static void skipBom(Reader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') in.reset();
    }

    private static BufferedReader reader(Path archive) throws DocumentException {
        try {
            if (!Files.isRegularFile(archive)) {
                throw new DocumentException(archive, Files.exists(archive) ? "not a regular file" : "file does not exist");
            }
            return new BufferedReader(new InputStreamReader(Files.newInputStream(archive), StandardCharsets.UTF_8), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new DocumentException(archive, "file does not exist (or vanished while reading)", e);
        } catch (IOException e) {
            throw new DocumentException(archive, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Input fail(Path archive, String reason) {
        return new Input.Failed(new DocumentException(archive, reason));
    }

    static void closeReader(Reader in) {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing " + in, e);
        }
    }
}
