package org.dais.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a stream, numbered from 1, each at most {@code max} characters kept: a longer line
 * is read past (not into memory) and flagged, so one runaway line cannot exhaust memory. Ends
 * at {@code \n}, {@code \r\n} or {@code \r}; {@code terminated} is false for a last line
 * without an end (a file cut short while written).
 */
final class LineReader {
    record Line(long number, String text, boolean terminated, boolean tooLong) {}

    private final Reader in;
    private final int max;
    private long number;

    LineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    int max() { return max; }

    /** The number of the last line read. */
    long lastNumber() { return number; }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        StringBuilder line = null; // the runs of a line that goes on past the buffer's end
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) return null;
                return new Line(++number, tooLong || line == null ? "" : line.toString(), false, tooLong);
            }
            any = true;
            // The run up to the line's end (or the buffer's) in one append: a char at a time, the reading
            // thread of a build spent most of its time appending (JFR: 20 MB of records, 0.7 s of CPU).
            int end = position;
            char[] chars = buffer;
            while (end < limit && chars[end] != '\n' && chars[end] != '\r') end++;
            String whole = null;
            if (!tooLong) {
                if ((line == null ? 0 : line.length()) + (end - position) > max) {
                    tooLong = true;
                    line = null;
                } else if (line == null && end < limit) {
                    // The whole line in the buffer: one string of it, not a builder's copy (widened to two bytes a
                    // character at the first curly quote, copied again by toString) of a 20 kB record.
                    whole = new String(chars, position, end - position);
                } else {
                    if (line == null) line = new StringBuilder();
                    line.append(chars, position, end - position);
                }
            }
            position = end;
            if (end == limit) continue;
            char c = chars[position++];
            if (c == '\r' && (position < limit || fill()) && buffer[position] == '\n') position++;
            return new Line(++number, tooLong ? "" : whole != null ? whole : line.toString(), true, tooLong);
        }
    }

    // A buffer of its own: a Reader's read() per character is synchronized and costs several times more.
    private final char[] buffer = new char[1 << 16];
    private int position, limit;

    /** Reads on into the buffer; false at the end of the stream. */
    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
