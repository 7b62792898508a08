package com.funnelboard.service.importing;

import java.io.Reader;
import java.util.Locale;

/**
 * A vCard file's text with the backslashes of its version 2.1 cards' values kept as the letters they
 * are. Version 2.1 escapes nothing but a semicolon ({@code \;}): Outlook and Android write
 * {@code NOTE:Offer in \\fileserver\sales\Acme.docx and C:\Temp\new.txt} as it was typed (a line break
 * is quoted-printable there), and Funnelboard's own 2.1 export writes {@code c\d} so. The vCard
 * reader read them as the escapes of versions 3.0 and 4.0: the note was stored as
 * {@code \fileserversalesAcme.docx and C:Temp} with a line break for {@code \n}. So each backslash of a
 * 2.1 card's value that does not escape a semicolon is written twice here, which the reader reads as
 * one. Cards of other versions, and every property's name and parameters, pass as they are.
 */
final class LiteralBackslashes extends VcardLines {

    /** Whether the lines read are of a card that said VERSION:2.1. */
    private boolean version21;

    LiteralBackslashes(Reader in) {
        super(in);
    }

    @Override
    String rewrite(String text) {
        String plain = text.strip().toUpperCase(Locale.ROOT);
        if (plain.equals("BEGIN:VCARD") || plain.equals("END:VCARD")) {
            version21 = false;
            return text;
        }
        if (plain.equals("VERSION:2.1")) {
            version21 = true;
            return text;
        }
        if (!version21 || text.indexOf('\\') < 0) {
            return text;
        }
        // A folded line, or a quoted-printable value's next line, is all value; otherwise the value follows the first colon.
        int start = text.startsWith(" ") || text.startsWith("\t") ? 0 : nameEnd(text) + 1;
        StringBuilder b = new StringBuilder(text.length() + 8).append(text, 0, start);
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            b.append(ch);
            if (ch == '\\' && (i + 1 >= text.length() || text.charAt(i + 1) != ';')) {
                b.append('\\');
            }
        }
        return b.toString();
    }
}
