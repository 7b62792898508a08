package com.funnelboard.service.importing;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Set;

/**
 * The encoding of a file that is neither UTF-8 nor UTF-16: a Windows or ISO code page, or a
 * Japanese, Chinese or Korean one, as spreadsheets save CSV in the language of the machine (Excel
 * in Poland writes Windows-1250, in Russia Windows-1251, in Japan Shift_JIS). ICU's charset
 * detector weighs the sample's bytes against each candidate's letter statistics per language; a
 * Western European guess, or one that does not clearly beat it, is Windows-1252, as files were read
 * before.
 */
final class LegacyEncodings {

    /** The encodings other than the Western European ones that a file may be read in when the detector names them. */
    private static final Set<String> OTHERS = Set.of("windows-1250", "ISO-8859-2", "windows-1251", "ISO-8859-5", "KOI8-R",
            "windows-1253", "ISO-8859-7", "windows-1254", "ISO-8859-9", "Shift_JIS", "EUC-JP", "GB18030", "Big5", "EUC-KR",
            "windows-1256", "ISO-8859-6", "windows-1255", "ISO-8859-8", "ISO-8859-8-I");
    /** The names the detector gives Hebrew text. */
    private static final Set<String> HEBREW = Set.of("windows-1255", "ISO-8859-8", "ISO-8859-8-I");
    private static final Set<String> WESTERN = Set.of("windows-1252", "ISO-8859-1");
    /** The code pages of Latin letters other than Western Europe's: Central European and Turkish. */
    private static final Set<String> OTHER_LATIN = Set.of("windows-1250", "ISO-8859-2", "windows-1254", "ISO-8859-9");

    /**
     * How sure the detector must be of another encoding (of 100) while Windows-1252 is possible, and
     * by how much more than of a Western European one.
     */
    private static final int SURE = 25;
    private static final int MARGIN = 3;

    private LegacyEncodings() {}

    /**
     * Whether most bytes above ASCII stand beside another: whole words of them, as Cyrillic, Greek
     * and the double-byte encodings write ("Èâàí" is "Иван" read as Windows-1252), where Western
     * European text has an accented letter here and there within ASCII ones ("Müller", "Hélène").
     */
    private static boolean inRuns(byte[] head, int length) {
        int high = 0;
        int besideHigh = 0;
        for (int i = 0; i < length; i++) {
            if (head[i] < 0) {
                high++;
                if (i > 0 && head[i - 1] < 0 || i + 1 < length && head[i + 1] < 0) {
                    besideHigh++;
                }
            }
        }
        return high >= 8 && besideHigh * 10 > high * 7;
    }

    /**
     * Whether most bytes above ASCII come in runs of four or more: whole words of them, as Greek and
     * Cyrillic names are ("Γεώργιος"), which no Latin-script language writes (Polish "Łódź" has two in a
     * row, "Świętokrzyska" one at a time). Such a sample is no Central European or Turkish text.
     */
    static boolean inLongRuns(byte[] head, int length) {
        int high = 0;
        int inLong = 0;
        int run = 0;
        for (int i = 0; i <= length; i++) {
            if (i < length && head[i] < 0) {
                high++;
                run++;
            } else {
                inLong += run >= 4 ? run : 0;
                run = 0;
            }
        }
        return high >= 8 && inLong * 10 > high * 6;
    }

    /**
     * Greek as Windows writes it (Windows-1253) rather than ISO-8859-7, which the detector names for
     * both: Windows puts Ά at 0xA2 (ISO at 0xB6, where Windows has ¶) and has punctuation in 0x80–0x9F,
     * where ISO has none.
     */
    private static boolean windowsGreek(byte[] head, int length) {
        int windows = 0;
        int iso = 0;
        for (int i = 0; i < length; i++) {
            int u = head[i] & 0xFF;
            boolean inWord = i + 1 < length && head[i + 1] < 0;
            windows += u >= 0x80 && u <= 0x9F || u == 0xA2 && inWord ? 1 : 0;
            iso += u == 0xB6 && inWord ? 1 : 0;
        }
        return windows >= iso;
    }

    /**
     * Whether the sample has letters that are Turkish in Windows-1254 and Icelandic in Windows-1252:
     * ş and ğ (þ and ð there). Not ı, whose byte is Czech ý in Windows-1250.
     */
    private static boolean turkishLetters(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int u = head[i] & 0xFF;
            if (u == 0xD0 || u == 0xDE || u == 0xF0 || u == 0xFE) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sample has a letter that Windows-1252 and Windows-1254 write alike and that no
     * Turkish word has (à, á, ä, å, æ, è, é, ñ, ó, ø, ú, ß…): Turkish writes only â, ç, î, ö, û, ü
     * of those bytes, besides its own ğ, ı, ş, İ, Ş, Ğ.
     */
    static boolean lettersTurkishLacks(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int u = head[i] & 0xFF;
            if (u >= 0xC0 && !TURKISH_OR_OTHER.contains(u)) {
                return true;
            }
        }
        return false;
    }

    /** The bytes from 0xC0 up that are Turkish letters in Windows-1254 (or no letter: × and ÷). */
    private static final Set<Integer> TURKISH_OR_OTHER = Set.of(0xC2, 0xC7, 0xCE, 0xD0, 0xD6, 0xD7, 0xDB, 0xDC, 0xDD, 0xDE,
            0xE2, 0xE7, 0xEE, 0xF0, 0xF6, 0xF7, 0xFB, 0xFC, 0xFD, 0xFE);

    /** Western Europe's DOS code page, which Excel's "CSV (MS-DOS)" writes, and which the detector does not weigh. */
    private static final Charset OEM_WESTERN = Charset.forName("IBM850");

    /** Whether every byte above ASCII of the sample is a letter in {@code charset} (as in names and street names). */
    private static boolean allLettersIn(Charset charset, byte[] head, int length) {
        String text = new String(head, 0, length, charset);
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                any = true;
                if (!Character.isLetter(c)) {
                    return false;
                }
            }
        }
        return any;
    }

    private static boolean undefinedInWindows1252(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            int u = head[i] & 0xFF;
            if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
                return true;
            }
        }
        return false;
    }

    /** The encoding the sample {@code head} is written in, other than Windows-1252; null when it reads best as Windows-1252. */
    static Charset other(byte[] head, int length) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(java.util.Arrays.copyOf(head, length));
        CharsetMatch[] matches = detector.detectAll();
        int western = 0;
        String westernLanguage = null;
        boolean turkish = false;
        CharsetMatch best = null;
        boolean words = inLongRuns(head, length);
        for (CharsetMatch m : matches) {
            turkish |= m.getName().equals("windows-1254") || m.getName().equals("ISO-8859-9");
            if (WESTERN.contains(m.getName())) {
                westernLanguage = m.getConfidence() > western ? m.getLanguage() : westernLanguage;
                western = Math.max(western, m.getConfidence());
            } else if (best == null && OTHERS.contains(m.getName()) && !(words && OTHER_LATIN.contains(m.getName()))) {
                best = m;
            }
        }
        if (undefinedInWindows1252(head, length) || inRuns(head, length)) {
            western = 0; // bytes Windows-1252 has no character for, or whole words of accented letters: not Western European text
            // Whole words of Hebrew letters score low for Hebrew and read as Romanian in ISO-8859-2 ("ăĺă ěĺé" for "דוד לוי"): a
            // Hebrew guess whose reading is Hebrew letters comes first.
            for (CharsetMatch m : matches) {
                if (HEBREW.contains(m.getName()) && mostlyHebrew(head, length)) {
                    best = m;
                    break;
                }
            }
        }
        // Once Windows-1252 is ruled out, the detector's best other guess is taken however unsure (a short sample scores low).
        int sure = western == 0 ? 1 : SURE;
        Charset detected = null;
        String name = best == null ? null : switch (best.getName()) {
            case "ISO-8859-7" -> windowsGreek(head, length) ? "windows-1253" : "ISO-8859-7";
            case "ISO-8859-9" -> "windows-1254"; // the same letters, and Windows' punctuation besides
            case "ISO-8859-8", "ISO-8859-8-I" -> "windows-1255"; // the same letters, and Windows' points and punctuation besides
            default -> best.getName();
        };
        if (best != null && best.getConfidence() >= sure && best.getConfidence() >= western + MARGIN && Charset.isSupported(name)
                && readsWhole(Charset.forName(name), head, length)) {
            detected = Charset.forName(name);
        }
        if (detected == null && turkish && western > 0 && !"is".equals(westernLanguage) && turkishLetters(head, length)) {
            // A short Turkish sheet scores close to Western European text, but ş, ğ and ı read as Icelandic þ, ð and ý there.
            detected = Charset.forName("windows-1254");
        }
        if (detected != null && detected.name().equals("windows-1254") && lettersTurkishLacks(head, length)) {
            // "Guðrún Jónsdóttir", "Müller, Lefèvre, Faßbender": ð or þ beside letters no Turkish word has (ú, è, ß, å…, the same
            // bytes in both code pages) is Western text; read as Turkish it became "Guğrún".
            detected = null;
        }
        if (detected == null && undefinedInWindows1252(head, length) && allLettersIn(OEM_WESTERN, head, length)) {
            return OEM_WESTERN; // Excel's "CSV (MS-DOS)": the DOS code page, whose letters (ü is 0x81) Windows-1252 has no character for
        }
        return detected;
    }

    private static final Charset WINDOWS_HEBREW = Charset.forName("windows-1255");

    /**
     * Whether nine in ten characters above ASCII of the sample read as Hebrew letters in Windows-1255
     * (where Cyrillic's ы, ь, э, ю and я have no character, and its other letters are rarer than that).
     */
    private static boolean mostlyHebrew(byte[] head, int length) {
        if (!readsWhole(WINDOWS_HEBREW, head, length)) {
            return false;
        }
        String text = new String(head, 0, length, WINDOWS_HEBREW);
        int high = 0;
        int hebrew = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                high++;
                hebrew += c >= 0x05D0 && c <= 0x05EA ? 1 : 0;
            }
        }
        return high > 0 && hebrew * 10 >= high * 9;
    }

    /** Whether every byte of the sample is a character in {@code charset} (a double-byte character cut at its end is cut off before). */
    private static boolean readsWhole(Charset charset, byte[] head, int length) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
