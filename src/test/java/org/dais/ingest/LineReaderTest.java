package org.dais.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lines as the archive reader gets them, whatever sizes the stream hands its characters over in. */
class LineReaderTest {
    /** A stream that hands over at most {@code chunk} characters a read, so line ends fall across reads. */
    private static Reader chunked(String text, int chunk) {
        return new Reader() {
            private final StringReader in = new StringReader(text);

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                return in.read(buffer, offset, Math.min(length, chunk));
            }

            @Override
            public void close() {}
        };
    }

    private static List<LineReader.Line> lines(String text, int max, int chunk) throws IOException {
        LineReader reader = new LineReader(chunked(text, chunk), max);
        List<LineReader.Line> lines = new ArrayList<>();
        for (LineReader.Line line; (line = reader.next()) != null; ) lines.add(line);
        assertNull(reader.next(), "a line after the end");
        return lines;
    }

    @Test
    void everyLineEndEndsALineAndTheLastNeedsNone() throws IOException {
        String text = "{\"a\": 1}\n\r\n{\"b\": \"two\"}\r\n{\"c\": 3}\r{\"d\": 4}";
        for (int chunk : new int[] {1, 2, 3, 5, 1 << 16}) {
            List<LineReader.Line> lines = lines(text, 100, chunk);
            assertEquals(List.of("{\"a\": 1}", "", "{\"b\": \"two\"}", "{\"c\": 3}", "{\"d\": 4}"), lines.stream().map(LineReader.Line::text).toList(), "chunk " + chunk);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), lines.stream().map(LineReader.Line::number).toList());
            assertEquals(List.of(true, true, true, true, false), lines.stream().map(LineReader.Line::terminated).toList(), "chunk " + chunk);
        }
    }

    @Test
    void aCarriageReturnBeforeALineFeedInTheNextReadIsOneLineEnd() throws IOException {
        // The reader's own buffer holds 65,536 characters: a line that fills it ends with its \r there and its \n after.
        String first = "x".repeat((1 << 16) - 1);
        List<LineReader.Line> lines = lines(first + "\r\nsecond\r", 1 << 20, 1 << 16);
        assertEquals(2, lines.size());
        assertEquals(first, lines.get(0).text());
        assertEquals("second", lines.get(1).text());
        assertEquals(true, lines.get(1).terminated());
    }

    @Test
    void aLineOverTheLimitIsFlaggedAndReadPastNotKept() throws IOException {
        for (int chunk : new int[] {1, 4, 1 << 16}) {
            List<LineReader.Line> lines = lines("12345\n123456\n1234567890123\nok", 6, chunk);
            assertEquals(List.of("12345", "123456", "", "ok"), lines.stream().map(LineReader.Line::text).toList(), "chunk " + chunk);
            assertEquals(List.of(false, false, true, false), lines.stream().map(LineReader.Line::tooLong).toList(), "chunk " + chunk);
        }
    }

    @Test
    void anEmptyStreamHasNoLinesAndALoneLineEndHasOneEmptyLine() throws IOException {
        assertEquals(List.of(), lines("", 10, 3));
        List<LineReader.Line> one = lines("\n", 10, 3);
        assertEquals(1, one.size());
        assertEquals("", one.get(0).text());
        assertEquals(true, one.get(0).terminated());
    }
}
