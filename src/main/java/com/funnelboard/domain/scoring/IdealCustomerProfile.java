package com.funnelboard.domain.scoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the team sells best to: industries, a range of company sizes (employees), and the personas or
 * titles that carry decision authority.
 *
 * @param industries matched ignoring case and surrounding blanks
 * @param minEmployees the smallest company size that fits (inclusive)
 * @param maxEmployees the largest company size that fits (inclusive)
 * @param decisionMakers words that, found in a contact's persona or title, mark decision authority
 *     ("CEO", "founder", "decision maker"), matched as whole words ignoring case
 */
public record IdealCustomerProfile(List<String> industries, int minEmployees, int maxEmployees, List<String> decisionMakers) {

    public static final int MAX_EMPLOYEES = 10_000_000;

    public static final IdealCustomerProfile DEFAULTS = new IdealCustomerProfile(List.of("Software"), 10, 200,
            List.of("decision maker", "owner", "founder", "CEO", "CFO", "CTO", "COO", "president", "director", "VP", "head"));

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.' ]*");

    public IdealCustomerProfile {
        industries = clean(industries);
        decisionMakers = clean(decisionMakers);
    }

    /** The profile's industry that {@code industry} is, if any. */
    public Optional<String> industryMatch(String industry) {
        if (industry == null || industry.isBlank()) {
            return Optional.empty();
        }
        String i = industry.strip();
        return industries.stream().filter(x -> x.equalsIgnoreCase(i)).findFirst();
    }

    /**
     * Whether a company size as people write it ("50", "50 employees", "11-50", "1,000+") lies in
     * the range: its lower and upper ends both do ("1000+" has no upper end, so never fits a range).
     */
    public boolean sizeFits(String size) {
        return employees(size).map(r -> r[0] >= minEmployees && r[1] <= maxEmployees).orElse(false);
    }

    /** The lower and upper ends of a company size text; empty when it holds no number. */
    public static Optional<long[]> employees(String size) {
        if (size == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(size);
        List<Long> numbers = new ArrayList<>();
        while (m.find() && numbers.size() < 2) {
            String digits = m.group().replaceAll("[^\\d]", "");
            if (!digits.isEmpty() && digits.length() < 12) {
                numbers.add(Long.parseLong(digits));
            }
        }
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        long low = numbers.getFirst();
        long high = numbers.size() > 1 ? numbers.get(1) : size.strip().endsWith("+") ? Long.MAX_VALUE : low;
        return Optional.of(new long[] {Math.min(low, high), Math.max(low, high)});
    }

    /** The decision-maker word found in the persona or else the title, if any. */
    public Optional<String> authorityIn(String persona, String title) {
        return authorityIn(persona, title, normalisedWords());
    }

    /** The decision-maker words as {@link #authorityIn(String, String, List)} matches them: " head of sales ". */
    public List<String> normalisedWords() {
        return decisionMakers.stream().map(IdealCustomerProfile::normalise).filter(w -> !w.isBlank()).toList();
    }

    /** As {@link #authorityIn(String, String)}, with the words normalised once (scoring many deals). */
    public static Optional<String> authorityIn(String persona, String title, List<String> normalisedWords) {
        for (String text : new String[] {persona, title}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String t = normalise(text);
            for (String w : normalisedWords) {
                if (t.contains(w)) {
                    return Optional.of(text.strip());
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, every run of other characters than letters and digits one blank, a blank at both ends. */
    static String normalise(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append(' ');
        boolean gap = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                b.appendCodePoint(Character.toLowerCase(cp));
                gap = false;
            } else if (!gap) {
                b.append(' ');
                gap = true;
            }
        }
        if (!gap) {
            b.append(' ');
        }
        return b.toString();
    }

    /**
     * How a contact compares with the profile, for the qualification checklist: "Industry Software ✓
     * in profile, 50 employees ✓ in 10–200, CEO ✓ decision authority"; unknown facts say so.
     */
    public String evidence(String industry, String companySize, String persona, String title) {
        List<String> parts = new ArrayList<>();
        if (industry == null || industry.isBlank()) {
            parts.add("industry unknown");
        } else {
            parts.add("Industry " + industry.strip() + (industryMatch(industry).isPresent() ? " \u2713 in profile" : " \u2717 not in profile"));
        }
        String range = minEmployees + "\u2013" + maxEmployees;
        if (employees(companySize).isEmpty()) {
            parts.add("company size unknown");
        } else {
            String size = companySize.strip().matches("[\\d,.' +\\-\u2013]+") ? companySize.strip() + " employees" : companySize.strip();
            parts.add(size + (sizeFits(companySize) ? " \u2713 in " : " \u2717 not in ") + range);
        }
        Optional<String> authority = authorityIn(persona, title);
        parts.add(authority.map(a -> a + " \u2713 decision authority").orElse("no decision authority known"));
        return String.join(", ", parts);
    }

    /** What is wrong with this profile, one sentence each; empty when it can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (minEmployees < 0 || maxEmployees > MAX_EMPLOYEES || minEmployees > maxEmployees) {
            out.add("The company size range must run from a smaller to a larger number of employees, between 0 and " + MAX_EMPLOYEES
                    + " (not " + minEmployees + "–" + maxEmployees + ").");
        }
        for (String s : industries) {
            if (s.length() > 200) {
                out.add("An industry is at most 200 characters.");
                break;
            }
        }
        for (String s : decisionMakers) {
            if (s.length() > 100) {
                out.add("A decision-maker word is at most 100 characters.");
                break;
            }
        }
        if (industries.size() > 200 || decisionMakers.size() > 200) {
            out.add("A profile lists at most 200 industries and 200 decision-maker words.");
        }
        return out;
    }

    private static List<String> clean(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Map<String, String> seen = new LinkedHashMap<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                seen.putIfAbsent(v.strip().toLowerCase(Locale.ROOT), v.strip());
            }
        }
        return List.copyOf(seen.values());
    }
}
