package com.funnelboard.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names in the order people read them: letters by the language's collation (accents beside their plain letter, case
 * aside) and the numbers in them by their value, "Studio 9" before "Studio 10" and "Atlas & Co. 58" before "Atlas & Co.
 * 135" (as text, 135 came first). Not safe across threads: one per sort.
 */
public final class NaturalOrder implements Comparator<String> {

    private final Collator letters;

    public NaturalOrder(Locale locale) {
        letters = Collator.getInstance(locale);
        letters.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = Character.isDigit(a.charAt(i));
            boolean digitB = Character.isDigit(b.charAt(j));
            int endA = run(a, i, digitA);
            int endB = run(b, j, digitB);
            int c;
            if (digitA && digitB) {
                c = numbers(a.substring(i, endA), b.substring(j, endB));
            } else {
                c = letters.compare(a.substring(i, endA), b.substring(j, endB));
            }
            if (c != 0) {
                return c;
            }
            i = endA;
            j = endB;
        }
        int left = Integer.compare(a.length() - i, b.length() - j);
        return left != 0 ? left : letters.compare(a, b);
    }

    private static int run(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    /** Two runs of digits by their value, however long: without their leading zeros, the longer is the larger. */
    private static int numbers(String a, String b) {
        String x = a.replaceFirst("^0+(?=.)", "");
        String y = b.replaceFirst("^0+(?=.)", "");
        int c = x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
        return c != 0 ? c : Integer.compare(a.length(), b.length());
    }
}
