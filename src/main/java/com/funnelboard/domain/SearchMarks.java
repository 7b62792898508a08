package com.funnelboard.domain;

import java.util.ArrayList;
import java.util.List;

/** Where a search's words are in a text it found: the matches marked, and the passage shown around the first. */
public final class SearchMarks {

    /** Words joined by an apostrophe (O'Brien, D’Angelo), which people type without it. */
    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}\\p{N}]+)+");

    private SearchMarks() {}

    /** Where in {@code text} the words beginning like one of {@code prefixes} are (whole words, as the index marks them). */
    public static List<SearchHit.Highlight> matches(String text, List<String> prefixes) {
        List<SearchHit.Highlight> out = new ArrayList<>();
        if (text == null || prefixes.isEmpty()) {
            return out;
        }
        // "obrien" finds O'Brien (the index holds the name without its apostrophe too): marked whole, where its two parts
        // were not, and the people's deals the search brings with a person found by name left hers out.
        java.util.regex.Matcher joined = JOINED.matcher(text);
        int joinedEnd = -1;
        List<int[]> joinedSpans = new ArrayList<>();
        while (joined.find()) {
            String w = SearchText.fold(joined.group().replaceAll("['\u2019]", ""));
            if (prefixes.stream().anyMatch(w::startsWith)) {
                joinedSpans.add(new int[] {joined.start(), joined.end()});
            }
        }
        java.util.regex.Matcher m = SearchText.WORD.matcher(text);
        int nextJoined = 0;
        while (m.find()) {
            while (nextJoined < joinedSpans.size() && joinedSpans.get(nextJoined)[1] <= m.start()) {
                nextJoined++;
            }
            if (nextJoined < joinedSpans.size() && joinedSpans.get(nextJoined)[0] <= m.start()) {
                int[] span = joinedSpans.get(nextJoined);
                if (span[0] > joinedEnd) {
                    out.add(new SearchHit.Highlight(span[0], span[1]));
                    joinedEnd = span[1];
                }
                continue;
            }
            String w = SearchText.fold(m.group());
            if (prefixes.stream().anyMatch(w::startsWith)) {
                out.add(new SearchHit.Highlight(m.start(), m.end()));
            } else {
                // A word of a script without spaces is found inside a run too ("科技" in 北京科技有限公司): marked from where it is
                // (found in the folded run, which decomposes Hangul syllables, and marked in the run as written).
                String run = m.group();
                prefixes.stream().filter(p -> p.codePoints().anyMatch(SearchText::unspaced)).mapToInt(w::indexOf).filter(i -> i > 0).min()
                        .ifPresent(i -> {
                            int k = 0;
                            while (k < run.length() && SearchText.fold(run.substring(0, k)).length() < i) {
                                k++;
                            }
                            out.add(new SearchHit.Highlight(m.start() + k, m.end()));
                        });
            }
        }
        return out;
    }

    /**
     * The passage of {@code text} around its first match (about {@code width} characters, "…" where
     * it is cut), with the matches inside it; empty when nothing in it matches.
     */
    public static SearchHit.Marked passage(String text, List<String> prefixes, int width) {
        SearchHit.Marked folded = withoutDigitCopies(text, matches(text, prefixes));
        text = folded.text();
        List<SearchHit.Highlight> all = folded.ranges();
        if (all.isEmpty()) {
            return new SearchHit.Marked("", List.of());
        }
        int first = all.getFirst().start();
        int from = Math.max(0, first - width / 3);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        int to = Math.min(text.length(), from + width);
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        String lead = from > 0 ? "\u2026" : "";
        String shown = lead + text.substring(from, to) + (to < text.length() ? "\u2026" : "");
        List<SearchHit.Highlight> inside = new ArrayList<>();
        for (SearchHit.Highlight h : all) {
            if (h.start() >= from && h.end() <= to) {
                inside.add(new SearchHit.Highlight(h.start() - from + lead.length(), h.end() - from + lead.length()));
            }
        }
        return new SearchHit.Marked(shown, inside);
    }

    /**
     * The passage with a dot between the {@code items} it shows one after another ("Buyer · ida@example.com · +49 30 1033165 ·
     * +49 170 2"): a contact's document joins its title, addresses and numbers with spaces, and two numbers read as one.
     * An item is one where it stands whole between spaces (or the passage's ends); its marks move with it.
     */
    public static SearchHit.Marked apart(SearchHit.Marked passage, List<String> items) {
        String text = passage.text();
        java.util.TreeSet<Integer> gaps = new java.util.TreeSet<>();
        for (String item : items) {
            if (item == null || item.isBlank()) {
                continue;
            }
            for (int at = text.indexOf(item); at >= 0; at = text.indexOf(item, at + 1)) {
                int end = at + item.length();
                boolean whole = (at == 0 || text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\u2026')
                        && end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) != '\u2026';
                if (whole) {
                    gaps.add(end);
                }
            }
        }
        if (text.startsWith("\u2026")) {
            // The passage begins inside an item ("…Sales" of "VP Sales"): its end is a gap too.
            for (String item : items) {
                for (int k = 0; item != null && k < item.length(); k++) {
                    if (!Character.isWhitespace(item.charAt(k))) {
                        continue; // a passage is cut at a space or a line's end
                    }
                    String end = item.substring(k + 1);
                    int at = 1 + end.length();
                    if (!end.isEmpty() && text.startsWith(end, 1) && at + 1 < text.length() && text.charAt(at) == ' ') {
                        gaps.add(at);
                    }
                }
            }
        }
        if (gaps.isEmpty()) {
            return passage;
        }
        StringBuilder shown = new StringBuilder();
        int from = 0;
        for (int gap : gaps) {
            shown.append(text, from, gap).append(" \u00b7");
            from = gap;
        }
        shown.append(text.substring(from));
        java.util.function.IntUnaryOperator moved = i -> i + 2 * gaps.headSet(i, false).size();
        List<SearchHit.Highlight> marks = passage.ranges().stream()
                .map(h -> new SearchHit.Highlight(moved.applyAsInt(h.start()), moved.applyAsInt(h.end()))).toList();
        return new SearchHit.Marked(shown.toString(), marks);
    }

    /**
     * The text as people read it: a contact's document holds each phone number as written and then
     * its digits alone ("+49 30 1033165 49301033165", so typing the digits finds it); the copy is
     * left out, and a match in it marks the number as written instead.
     */
    static SearchHit.Marked withoutDigitCopies(String text, List<SearchHit.Highlight> matches) {
        List<int[]> pairs = new ArrayList<>(); // phone start, phone end, copy start, copy end
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("\\S+").matcher(text);
        List<int[]> tokens = new ArrayList<>();
        while (token.find()) {
            tokens.add(new int[] {token.start(), token.end()});
        }
        for (int t = 1; t < tokens.size(); t++) {
            String copy = text.substring(tokens.get(t)[0], tokens.get(t)[1]);
            // The copy is the number without the marks people write ("555.123.4567 ext 12" → "5551234567ext12": an extension's
            // letters stay in it, and it showed in the passage).
            if (copy.length() < 3 || copy.charAt(0) < '0' || copy.charAt(0) > '9' || copy.chars().anyMatch(c -> "+()-./".indexOf(c) >= 0)) {
                continue;
            }
            StringBuilder digits = new StringBuilder();
            for (int k = t - 1; k >= 0 && digits.length() < copy.length(); k--) {
                String before = text.substring(tokens.get(k)[0], tokens.get(k)[1]);
                digits.insert(0, before.replaceAll("[+()\\-./]", ""));
                if (digits.toString().equals(copy)) {
                    pairs.add(new int[] {tokens.get(k)[0], tokens.get(t - 1)[1], tokens.get(t)[0], tokens.get(t)[1]});
                    break;
                }
            }
        }
        if (pairs.isEmpty()) {
            return new SearchHit.Marked(text, matches);
        }
        StringBuilder shown = new StringBuilder();
        int at = 0;
        for (int[] p : pairs) {
            shown.append(text, at, p[1]);
            at = p[3];
        }
        shown.append(text.substring(at));
        java.util.function.IntUnaryOperator moved = i -> {
            int cut = 0;
            for (int[] p : pairs) {
                if (p[3] <= i) {
                    cut += p[3] - p[1];
                }
            }
            return i - cut;
        };
        java.util.LinkedHashSet<SearchHit.Highlight> marks = new java.util.LinkedHashSet<>();
        for (SearchHit.Highlight h : matches) {
            int[] in = pairs.stream().filter(p -> h.start() >= p[2] && h.end() <= p[3]).findFirst().orElse(null);
            marks.add(in != null ? new SearchHit.Highlight(moved.applyAsInt(in[0]), moved.applyAsInt(in[1]))
                    : new SearchHit.Highlight(moved.applyAsInt(h.start()), moved.applyAsInt(h.end())));
        }
        List<SearchHit.Highlight> sorted = new ArrayList<>(marks);
        sorted.sort(java.util.Comparator.comparingInt(SearchHit.Highlight::start));
        List<SearchHit.Highlight> merged = new ArrayList<>(); // a number marked whole takes in the marks inside it
        for (SearchHit.Highlight h : sorted) {
            SearchHit.Highlight last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && h.start() < last.end()) {
                merged.set(merged.size() - 1, new SearchHit.Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                merged.add(h);
            }
        }
        return new SearchHit.Marked(shown.toString(), merged);
    }
}
