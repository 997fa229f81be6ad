package org.tahaluf.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of an article to text. UTF-8 is the norm; a byte-order mark selects UTF-16; UTF-16 without
 * one is recognised by its zero bytes on one side of every pair; Arabic saved as Windows-1256 (still
 * common in Arabic newsrooms) is recognised when its high bytes decode to Arabic letters. Anything
 * else is refused, naming the file: guessing further would turn bytes into wrong words.
 */
final class TextDecoder {

    private static final Charset WINDOWS_ARABIC = Charset.forName("windows-1256");
    /** Share of the high bytes that must be Arabic letters in Windows-1256 for the file to be read so. */
    private static final double ARABIC_SHARE = 0.6;
    /** … and how many letters at least: a few stray bytes are no evidence of a language. */
    private static final int MIN_LETTERS = 8;

    private TextDecoder() {
    }

    static String decode(String name, byte[] bytes) throws InputException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(name, bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(name, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(name, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        Charset utf16 = utf16WithoutMark(bytes);
        if (utf16 != null) {
            return strict(name, bytes, 0, utf16, "UTF-16");
        }
        if (hasNul(bytes)) {
            throw new InputException(name + ": binary file (NUL bytes), not text");
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            if (looksLikeWindowsArabic(bytes)) {
                return new String(bytes, WINDOWS_ARABIC);
            }
            throw new InputException(name + ": not valid UTF-8 text (nor UTF-16 or Windows-1256 Arabic)");
        }
    }

    private static String strict(String name, byte[] bytes, int skip, Charset charset, String label) throws InputException {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name + ": not valid " + label + " text");
        }
    }

    /** UTF-16 without a byte-order mark: zero bytes on one side of the pairs only (Latin text, spaces, digits). */
    private static Charset utf16WithoutMark(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int pairs = bytes.length / 2;
        if (zeroOdd >= pairs / 10 && zeroEven == 0 && zeroOdd > 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven >= pairs / 10 && zeroOdd == 0 && zeroEven > 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksLikeWindowsArabic(byte[] bytes) {
        int high = 0;
        int arabic = 0;
        for (byte b : bytes) {
            if ((b & 0x80) != 0) {
                high++;
                char c = new String(new byte[] {b}, WINDOWS_ARABIC).charAt(0);
                if (c >= '\u0621' && c <= '\u064A' || c >= '\u0671' && c <= '\u06D3') {
                    arabic++;
                }
            }
        }
        return arabic >= MIN_LETTERS && arabic >= ARABIC_SHARE * high;
    }

    private static boolean hasNul(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 1 << 16); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
