package org.dais.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Bytes to text: a byte-order mark decides when present (UTF-8, UTF-16, UTF-32); UTF-16 without
 * one is recognised by its zero bytes; otherwise strict UTF-8, and when that fails, UTF-8 where the
 * bytes are valid UTF-8 and Windows-1252 for the stray bytes in between (pages scraped from
 * several sources mix the two; Windows-1252 is also what a pure Latin-1 file decodes as), unless
 * a saved page declares another charset that its bytes are. Binary data is refused rather than
 * decoded into noise.
 */
final class TextDecoder {
    private TextDecoder() {}

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

    /** What each byte 0x80..0xFF is in Windows-1252 (its five unassigned bytes as U+FFFD, as Java decodes them). */
    private static final char[] CP1252_HIGH = new char[128];
    static {
        for (int b = 0x80; b <= 0xFF; b++) CP1252_HIGH[b - 0x80] = new String(new byte[] {(byte) b}, WINDOWS_1252).charAt(0);
    }

    static String decode(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) throw new DocumentException(file, "file is empty");
        // UTF-32 marks first: the UTF-32LE mark begins with the UTF-16LE one.
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) return wide(file, bytes, 4, UTF_32LE);
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) return wide(file, bytes, 4, UTF_32BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return wide(file, bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return wide(file, bytes, 2, StandardCharsets.UTF_16BE);
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        if (looksBinary(bytes, offset)) {
            Charset utf16 = utf16WithoutMark(bytes);
            if (utf16 != null) return wide(file, bytes, 0, utf16);
            throw new DocumentException(file, "binary data, not text");
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException notUtf8) {
            Charset declared = declaredCharset(bytes, offset);
            if (declared != null) {
                try {
                    return decoder(declared).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
                } catch (CharacterCodingException wrongDeclaration) {
                    // The page's own declaration is wrong too: fall through to the byte-run decoding.
                }
            }
            return utf8Or1252(bytes, offset);
        }
    }

    private static final java.util.regex.Pattern META_CHARSET = java.util.regex.Pattern.compile(
            "(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

    /**
     * The charset a saved page declares in a {@code <meta>} tag in its first 2 KiB, when it is
     * one the byte-run decoding would get wrong (EUC-KR, Shift_JIS, KOI8-R...); null for none, an
     * unknown one, or a Latin one (UTF-8, Latin-1, Windows-1252: the byte-run decoding covers them).
     */
    private static Charset declaredCharset(byte[] bytes, int offset) {
        String head = new String(bytes, offset, Math.min(bytes.length - offset, 2048), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return null;
        try {
            Charset charset = Charset.forName(m.group(1));
            String name = charset.name();
            if (name.equals("UTF-8") || name.equals("ISO-8859-1") || name.equals("US-ASCII") || name.equals("windows-1252")) return null;
            return "A".equals(new String(new byte[] {'A'}, charset)) ? charset : null; // ASCII-compatible, as the tag was read
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** UTF-16 or UTF-32 (after a mark, or recognised): strict, and it must come out as text. */
    private static String wide(Path file, byte[] bytes, int offset, Charset charset) throws DocumentException {
        String said = offset > 0 ? "byte-order mark says " + charset.name() : "zero bytes suggest " + charset.name();
        String text;
        try {
            text = decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(file, said + " but the bytes are not", e);
        }
        if (controlShare(text) > 0.1) throw new DocumentException(file, said + " but the text is control characters: binary data, not text");
        // 8-bit text behind a false UTF-16 mark decodes without error into CJK-looking characters,
        // never a space or line break; any real article of some length has them.
        if (text.length() >= 32 && text.chars().noneMatch(Character::isWhitespace)) {
            throw new DocumentException(file, said + " but the text has no spaces or line breaks in " + charset.name() + ": the mark is wrong");
        }
        return text;
    }

    /**
     * Bytes that are not valid UTF-8 throughout: each valid UTF-8 sequence as UTF-8, each other
     * byte as Windows-1252. If the only valid multi-byte sequences are ones Windows-1252 text
     * makes by chance (an uppercase accented letter before a curly quote, say "É’"), the whole
     * file is Windows-1252.
     */
    static String utf8Or1252(byte[] bytes, int offset) {
        if (!hasStrongUtf8(bytes, offset)) return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        StringBuilder text = new StringBuilder(bytes.length - offset);
        int i = offset;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                text.append((char) b);
                i++;
                continue;
            }
            int length = utf8Length(bytes, i);
            if (length == 0) {
                text.append(CP1252_HIGH[b - 0x80]);
                i++;
                continue;
            }
            int cp = b & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k] & 0x3F);
            text.appendCodePoint(cp);
            i += length;
        }
        return text.toString();
    }

    /**
     * Whether some valid multi-byte UTF-8 sequence is one Windows-1252 text hardly ever holds:
     * three or four bytes long, or led by Â or Ã (0xC2, 0xC3, which lead every UTF-8 Latin-1
     * letter such as é).
     */
    private static boolean hasStrongUtf8(byte[] bytes, int offset) {
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] >= 0) continue;
            int length = utf8Length(bytes, i);
            if (length >= 3 || (length == 2 && (bytes[i] & 0xFF) <= 0xC3)) return true;
            if (length > 0) i += length - 1;
        }
        return false;
    }

    /** Length of the well-formed UTF-8 sequence (RFC 3629: no overlongs, surrogates or > U+10FFFF) at {@code i}, 0 if none. */
    private static int utf8Length(byte[] bytes, int i) {
        int b = bytes[i] & 0xFF;
        int length, low = 0x80, high = 0xBF; // allowed range of the second byte
        if (b >= 0xC2 && b <= 0xDF) length = 2;
        else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) low = 0xA0;
            if (b == 0xED) high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) low = 0x90;
            if (b == 0xF4) high = 0x8F;
        } else return 0;
        if (i + length > bytes.length) return 0;
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) return 0;
        for (int k = 2; k < length; k++) if ((bytes[i + k] & 0xC0) != 0x80) return 0;
        return length;
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** NUL bytes or a high share of control characters in the first 8 KiB mean binary. */
    private static boolean looksBinary(byte[] bytes, int offset) {
        int n = Math.min(bytes.length, offset + 8192), control = 0;
        for (int i = offset; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control > (n - offset) / 10;
    }

    /**
     * UTF-16 without a byte-order mark: in the first 8 KiB, most code units have a zero high byte
     * (ASCII text) and none has a zero low byte; binary data does not keep to one side like that.
     */
    private static Charset utf16WithoutMark(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 8 || bytes.length % 2 != 0) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) evenZeros++;
            else oddZeros++;
        }
        int units = n / 2;
        if (evenZeros == 0 && oddZeros >= units * 0.7) return StandardCharsets.UTF_16LE;
        if (oddZeros == 0 && evenZeros >= units * 0.7) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** Share of characters that are controls other than tab, line breaks and form feed. */
    private static double controlShare(String text) {
        if (text.isEmpty()) return 0;
        long control = text.chars().limit(8192).filter(c -> c < 0x20 && (c < 0x09 || c > 0x0D)).count();
        return (double) control / Math.min(text.length(), 8192);
    }
}
