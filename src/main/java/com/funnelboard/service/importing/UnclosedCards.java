package com.funnelboard.service.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A card whose END:VCARD is missing ends where the next card begins: the line is put in before
 * that BEGIN:VCARD. The vCard reader took the next card as part of the unclosed one (a card inside
 * a card), and a whole, sound card after a cut-off one was lost. A card inside a vCard 2.1 AGENT
 * property, the one place a card may hold another, is left as it is.
 */
final class UnclosedCards extends VcardLines {

    /** Card number {@code card} of the file had no END:VCARD before line {@code line}, where the next card begins. */
    record Closed(long card, long line) {}

    /**
     * Card number {@code card}, closed where another began on {@code begun}, goes on after that card,
     * on line {@code line}: it held the other card rather than missing its end, and its lines from
     * there are outside any card.
     */
    record Continued(long card, long begun, long line) {}

    private final List<Closed> closed = new ArrayList<>();
    private final List<Continued> continued = new ArrayList<>();
    /** The card last closed here, until a line outside any card shows it went on (or the next card begins). */
    private Closed lastClosed;
    private int depth;
    private long cards;
    private long lineNumber;
    /** Whether the last line ended a quoted-printable value's line with a soft break ("="): the next line continues it. */
    private boolean softBreak;
    /** Whether the last line was an AGENT property with no value: a 2.1 card's agent follows as a card inside it. */
    private boolean agent;

    UnclosedCards(Reader in) {
        super(in);
    }

    @Override
    String rewrite(String text) {
        lineNumber++;
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        String body = text.substring(0, end);
        String upper = body.strip().toUpperCase(Locale.ROOT);
        String joined = joinedCard(body);
        if (joined != null) {
            // Files put together without a line end between them ("cat a.vcf b.vcf", where a.vcf ends without one): the vCard
            // reader took "END:VCARDBEGIN:VCARD" as no end, and the next card's lines overwrote this one's — two people became one.
            String first = rewrite("END:VCARD\r\n");
            lineNumber--; // one line of the file
            return first + rewrite(joined + text.substring(end));
        }
        boolean continues = softBreak;
        boolean agentCard = agent;
        softBreak = body.endsWith("=") && (continues || upper.contains("QUOTED-PRINTABLE"));
        int colon = nameEnd(body);
        agent = colon > 0 && upper.startsWith("AGENT") && body.substring(colon + 1).isBlank();
        if (depth == 0 && !upper.isEmpty() && !upper.equals("BEGIN:VCARD") && lastClosed != null) {
            continued.add(new Continued(lastClosed.card(), lastClosed.line(), lineNumber));
            lastClosed = null;
        }
        if (upper.equals("BEGIN:VCARD")) {
            if (depth == 0) {
                lastClosed = null;
            }
            if (depth > 0 && !agentCard) {
                lastClosed = new Closed(cards, lineNumber);
                closed.add(lastClosed);
                cards++;
                // After a soft line break the END:VCARD would be read as the rest of the value: a blank line ends the value first.
                return (continues ? "\r\n" : "") + "END:VCARD\r\n" + text;
            }
            if (depth == 0) {
                cards++;
            }
            depth++;
        } else if (upper.equals("END:VCARD") && depth > 0) {
            depth--;
        }
        return text;
    }

    /** What follows END:VCARD on its line when a card begins there (a BOM between them left out), or null. */
    static String joinedCard(String body) {
        String line = body.strip();
        if (line.length() <= "END:VCARD".length() || !line.regionMatches(true, 0, "END:VCARD", 0, "END:VCARD".length())) {
            return null;
        }
        String rest = line.substring("END:VCARD".length()).replace("\uFEFF", "").strip();
        return rest.regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length()) ? rest : null;
    }

    /** The cards closed where the next one began and that ended there, in the order of the file. */
    List<Closed> closed() {
        return closed.stream().filter(c -> continued.stream().noneMatch(g -> g.card() == c.card())).toList();
    }

    /** The cards closed where another began that went on after it: their lines from there were not read. */
    List<Continued> continued() {
        return List.copyOf(continued);
    }
}
