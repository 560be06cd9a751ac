package org.dais.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A fixed list of ASCII words, one a line ({@code #} lines are comments), asked only whether it holds
 * a word. Read at every start of a process, so it is built from the resource's bytes in one pass: each
 * word one string cut from the bytes, in a table by open addressing. A {@code HashSet} filled line by
 * line from a reader (decoding, a line object, then a node per word) cost some 60 ms more of the
 * process's CPU at each start for the 75,000 words of the English list (class init of the glued-word
 * repair in fresh JVMs, medians of 7).
 */
final class WordList {
    /** The words by their hash, empty slots null; a power of two at least twice the words, so probes are short. */
    private final String[] slots;
    private final int mask;
    private final int size;

    private WordList(String[] slots, int size) {
        this.slots = slots;
        this.mask = slots.length - 1;
        this.size = size;
    }

    /** The words of the resource {@code name} (read beside this class). */
    static WordList resource(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " is missing from the jar");
            return of(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }

    /** The words of {@code bytes}, one a line (LF or CRLF), {@code #} lines and empty lines skipped; {@code source} names them in errors. */
    static WordList of(byte[] bytes, String source) {
        int lines = 1;
        for (byte b : bytes) if (b == '\n') lines++;
        String[] slots = new String[Integer.highestOneBit(Math.max(lines, 2) * 2 - 1) << 1];
        int mask = slots.length - 1;
        int size = 0;
        int line = 0;
        for (int start = 0; start < bytes.length; ) {
            line++;
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                if (bytes[end] < 0) throw new IllegalStateException(source + ", line " + line + ": not ASCII");
                end++;
            }
            int next = end + 1;
            if (end > start && bytes[end - 1] == '\r') end--;
            if (end > start && bytes[start] != '#') {
                String word = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
                int i = slot(word.hashCode(), mask);
                for (String there; (there = slots[i]) != null && !there.equals(word); i = (i + 1) & mask) { }
                if (slots[i] == null) {
                    slots[i] = word;
                    size++;
                }
            }
            start = next;
        }
        return new WordList(slots, size);
    }

    /** Whether the list holds {@code word}, spelled as it is. */
    boolean contains(String word) {
        int h = word.hashCode();
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            String there = slots[i];
            if (there == null) return false;
            if (there.hashCode() == h && there.equals(word)) return true;
        }
    }

    /** The words held. */
    int size() {
        return size;
    }

    /** A hash's slot, its high bits folded into the low ones the mask keeps (as {@code HashMap} does). */
    private static int slot(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
