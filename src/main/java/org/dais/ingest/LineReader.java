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
    private int pushedBack = -2;

    LineReader(Reader in, int max) {
        this.in = in;
        this.max = max;
    }

    int max() { return max; }

    /** The number of the last line read. */
    long lastNumber() { return number; }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (!any) return null;
                return new Line(++number, tooLong ? "" : line.toString(), false, tooLong);
            }
            any = true;
            if (c == '\n') return new Line(++number, tooLong ? "" : line.toString(), true, tooLong);
            if (c == '\r') {
                int d = read();
                if (d != '\n' && d != -1) pushedBack = d;
                return new Line(++number, tooLong ? "" : line.toString(), true, tooLong);
            }
            if (tooLong) continue;
            if (line.length() >= max) {
                tooLong = true;
                line = new StringBuilder();
                continue;
            }
            line.append((char) c);
        }
    }

    // A buffer of its own: a Reader's read() per character is synchronized and costs several times more.
    private final char[] buffer = new char[1 << 16];
    private int position, limit;

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
