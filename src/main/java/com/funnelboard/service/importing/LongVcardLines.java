package com.funnelboard.service.importing;

import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a vCard file at a property longer than {@link #MAX} characters, folded lines (and
 * quoted-printable soft breaks) counted as the one line they make: the vCard reader holds each
 * property whole, so a card whose PHOTO ran to 158 MB took 650 MB of memory, and one of 1 GB six
 * gigabytes and four minutes (photos are now left out before, by {@link UnkeptVcardProperties}; any other
 * property is held to the same limit). A CSV file's values stop at a
 * million characters for the same reason.
 */
final class LongVcardLines extends WatchingReader {

    /** The longest property read (photos, logos, sounds and keys are left out before: any size passes). */
    static final int MAX = 8_000_000;
    /** The longest card read, all its properties together (forty of 7 million characters each ran out of memory). */
    static final long MAX_CARD = 16_000_000;

    private final int max;
    private final long maxCard;
    private long line = 1;
    private long startedOn = 1;
    private int length;
    private boolean afterBreak;
    private char before;
    private final StringBuilder name = new StringBuilder();
    private long card;
    private long cardFrom = 1;

    LongVcardLines(Reader in) {
        this(in, MAX, MAX_CARD);
    }

    LongVcardLines(Reader in, int max, long maxCard) {
        super(in);
        this.max = max;
        this.maxCard = maxCard;
    }

    /** Thrown at the first property over the limit; the import is refused with its message. */
    static final class TooLong extends IOException {
        TooLong(String message) {
            super(message);
        }
    }

    @Override
    void see(char c) throws TooLong {
        if (c == '\n') {
            line++;
            afterBreak = true;
            return;
        }
        if (c == '\r') {
            return;
        }
        if (afterBreak) {
            afterBreak = false;
            // A folded line goes on with a space or a tab; a quoted-printable one ended its last line with "=".
            if (c != ' ' && c != '\t' && before != '=') {
                if (name.toString().equalsIgnoreCase("END")) {
                    card = 0; // the card before ended: the next one is counted from here
                    cardFrom = line;
                }
                length = 0;
                startedOn = line;
                name.setLength(0);
            }
        }
        before = c;
        if (name.length() < 24 && length == name.length() && c != ':' && c != ';') {
            name.append(c);
        }
        if (++card > maxCard) {
            throw new TooLong(String.format(java.util.Locale.ROOT, "the card from line %,d is longer than the %,d characters Funnelboard "
                    + "reads of one card; nothing was imported", cardFrom, maxCard));
        }
        if (++length > max) {
            throw new TooLong(String.format(java.util.Locale.ROOT, "the property on line %,d (%s) is longer than the %,d characters "
                    + "Funnelboard reads of one; nothing was imported", startedOn,
                    com.funnelboard.domain.Printable.escape(name.toString()), max));
        }
    }
}
