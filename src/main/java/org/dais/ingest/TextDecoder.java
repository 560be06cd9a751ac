package org.dais.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Bytes to text: a byte-order mark decides when present, then strict UTF-8, then
 * Windows-1252 (the usual encoding of pages saved from old browsers). Binary data is refused
 * rather than decoded into noise.
 */
final class TextDecoder {
    private TextDecoder() {}

    static String decode(Path file, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) throw new DocumentException(file, "file is empty");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(file, bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(file, bytes, 2, StandardCharsets.UTF_16LE);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(file, bytes, 2, StandardCharsets.UTF_16BE);
        if (looksBinary(bytes)) throw new DocumentException(file, "binary data, not text");
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String strict(Path file, byte[] bytes, int offset, Charset charset) throws DocumentException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentException(file, "byte-order mark says " + charset.name() + " but the bytes are not", e);
        }
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
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192), control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control > n / 10;
    }

}
