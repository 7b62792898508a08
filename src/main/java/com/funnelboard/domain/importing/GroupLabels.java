package com.funnelboard.domain.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels of an address book's numbered groups of columns: Google writes "Address 1 - Label"
 * (or "- Type" in its older layout) beside "Address 1 - Street", and "Website 1 - Label" beside
 * "Website 1 - Value". A person's home address is not their employer's address, nor is a
 * personal profile page the company's website: a column of a group whose label says so is read as
 * empty for the organization.
 */
public final class GroupLabels {

    /** Google's groups of its own, no labels of the user's: every contact is in "myContacts" ("My Contacts" in the older layout), "starred" marks favourites. */
    public static final Set<String> GOOGLE_SYSTEM_GROUPS = Set.of("mycontacts", "my contacts", "starred");

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(.*?\\S)\\s*(\\d+)\\s*-\\s*(.+?)\\s*$");
    /** Labels of a person's own address. */
    private static final Set<String> PERSONAL_ADDRESS = Set.of("home", "personal", "private", "privat", "other", "domicile", "hjem", "thuis",
            "maison", "casa", "zuhause");
    /** Labels of a company's web address ("" for none). */
    private static final Set<String> COMPANY_SITE = Set.of("", "work", "company", "business", "homepage", "home page", "office", "arbeit",
            "firma", "geschäftlich", "travail");

    /** For each address or website column of a numbered group, the column of its label. */
    private final Map<Integer, Integer> labelOf = new HashMap<>();
    private final Map<Integer, Boolean> website = new HashMap<>();
    /** For each e-mail and phone column of a numbered group, the column of its label. */
    private final Map<Integer, Integer> reachLabelOf = new HashMap<>();

    GroupLabels(List<String> headers) {
        Map<String, Integer> labels = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            Matcher m = headers.get(i) == null ? null : NUMBERED.matcher(headers.get(i));
            if (m != null && m.matches() && isLabel(m.group(3))) {
                labels.put(group(m), i);
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            Matcher m = headers.get(i) == null ? null : NUMBERED.matcher(headers.get(i));
            if (m != null && m.matches() && !isLabel(m.group(3)) && labels.containsKey(group(m))) {
                String kind = m.group(1).toLowerCase(Locale.ROOT);
                if (kind.equals("address") || kind.equals("website")) {
                    labelOf.put(i, labels.get(group(m)));
                    website.put(i, kind.equals("website"));
                } else if (kind.equals("e-mail") || kind.equals("email") || kind.equals("phone")) {
                    reachLabelOf.put(i, labels.get(group(m)));
                }
            }
        }
    }

    /**
     * Whether column {@code i} is the label of a numbered group another column of which is read ("Address 1 - Label" beside
     * "Address 1 - Formatted"): the label is read with it (a home address goes to the person's notes), not left out.
     */
    public static boolean readWithItsGroup(List<String> headers, List<ImportField> mapping, int i) {
        Matcher label = headers.get(i) == null ? null : NUMBERED.matcher(headers.get(i));
        if (label == null || !label.matches() || !isLabel(label.group(3))) {
            return false;
        }
        for (int j = 0; j < headers.size() && j < mapping.size(); j++) {
            Matcher m = headers.get(j) == null ? null : NUMBERED.matcher(headers.get(j));
            if (j != i && mapping.get(j) != ImportField.IGNORE && m != null && m.matches() && group(m).equals(group(label))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a header is the label of a numbered group ("Address 1 - Label", "E-mail 2 - Type"): no field of ours. */
    static boolean isLabelHeader(String header) {
        Matcher m = header == null ? null : NUMBERED.matcher(header);
        return m != null && m.matches() && isLabel(m.group(3));
    }

    /** Whether column {@code i} of this row belongs to a group labelled as the person's own (a home address, a profile page). */
    boolean personal(String[] values, int i) {
        Integer label = labelOf.get(i);
        if (label == null || label >= values.length) {
            return false;
        }
        String l = values[label].strip().replaceFirst("^\\*\\s*", "").toLowerCase(Locale.ROOT);
        return website.get(i) ? !COMPANY_SITE.contains(l) : PERSONAL_ADDRESS.contains(l);
    }

    /**
     * The values of the row's address and website columns labelled as the person's own, each with its label ("Profile:
     * https://…", "Home address: …"): kept in the contact's notes rather than dropped without a word.
     */
    List<String> personalLines(String[] values, Map<ImportField, List<Integer>> cols, List<Integer> partsBeside,
            java.util.function.Function<List<Integer>, String> inParts) {
        // One line a group: an address in parts (street, city, country) is one address.
        Map<Integer, List<String>> byLabel = new java.util.TreeMap<>(); // in the file's order of its groups
        for (ImportField f : List.of(ImportField.ORGANIZATION_WEBSITE, ImportField.ORGANIZATION_ADDRESS)) {
            for (int i : cols.getOrDefault(f, List.of())) {
                if (i < values.length && !values[i].isBlank() && personal(values, i)) {
                    byLabel.computeIfAbsent(labelOf.get(i), k -> new java.util.ArrayList<>()).add(values[i].strip().replaceAll("\\s*\\R\\s*", ", "));
                }
            }
        }
        // A group whose whole address ("Address 1 - Formatted") is empty: its parts, set aside beside it, give the address.
        Map<Integer, List<Integer>> partsOf = new java.util.TreeMap<>();
        for (int i : partsBeside) {
            if (i < values.length && !values[i].isBlank() && personal(values, i) && !byLabel.containsKey(labelOf.get(i))) {
                partsOf.computeIfAbsent(labelOf.get(i), k -> new java.util.ArrayList<>()).add(i);
            }
        }
        partsOf.forEach((label, parts) -> {
            String line = inParts.apply(parts);
            if (line != null && !line.isBlank()) {
                byLabel.put(label, new java.util.ArrayList<>(List.of(line)));
            }
        });
        List<String> out = new java.util.ArrayList<>();
        byLabel.forEach((label, parts) -> {
            String said = values[label].strip().replaceFirst("^\\*\\s*", "");
            boolean site = labelOf.entrySet().stream().anyMatch(e -> e.getValue().equals(label) && website.get(e.getKey()));
            out.add(said.substring(0, 1).toUpperCase(Locale.ROOT) + said.substring(1) + (site ? "" : " address") + ": " + String.join(", ", parts));
        });
        return out;
    }

    /** The row's columns, without the address and website columns of groups labelled as the person's own (see {@link GroupLabels}). */
    Map<ImportField, List<Integer>> companyColumns(String[] values, Map<ImportField, List<Integer>> cols) {
        Map<ImportField, List<Integer>> out = null;
        for (ImportField f : List.of(ImportField.ORGANIZATION_ADDRESS, ImportField.ORGANIZATION_WEBSITE)) {
            List<Integer> at = cols.get(f);
            if (at == null || at.stream().noneMatch(i -> personal(values, i))) {
                continue;
            }
            out = out == null ? new java.util.EnumMap<>(cols) : out;
            List<Integer> kept = at.stream().filter(i -> !personal(values, i)).toList();
            if (kept.isEmpty()) {
                out.remove(f);
            } else {
                out.put(f, kept);
            }
        }
        return out == null ? cols : out;
    }

    /**
     * The row's columns, with the e-mail and phone columns whose label Google starred ("* Work":
     * the primary one) first among their kind, so the primary address and number are the contact's first.
     */
    Map<ImportField, List<Integer>> starredFirst(String[] values, Map<ImportField, List<Integer>> cols) {
        if (reachLabelOf.isEmpty()) {
            return cols;
        }
        Map<ImportField, List<Integer>> out = null;
        for (ImportField f : List.of(ImportField.CONTACT_EMAIL, ImportField.CONTACT_PHONE)) {
            List<Integer> at = cols.get(f);
            if (at == null || at.size() < 2) {
                continue;
            }
            List<Integer> ordered = new java.util.ArrayList<>(at);
            ordered.sort(java.util.Comparator.comparing(i -> !starred(values, i))); // stable: the file's order otherwise
            if (!ordered.equals(at)) {
                out = out == null ? new java.util.EnumMap<>(cols) : out;
                out.put(f, ordered);
            }
        }
        return out == null ? cols : out;
    }

    private boolean starred(String[] values, int i) {
        Integer label = reachLabelOf.get(i);
        return label != null && label < values.length && values[label].strip().startsWith("*");
    }

    private static boolean isLabel(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        return p.equals("label") || p.equals("type");
    }

    private static String group(Matcher m) {
        return m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2);
    }
}
