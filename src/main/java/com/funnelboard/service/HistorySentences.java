package com.funnelboard.service;

import com.funnelboard.domain.ChangeOrigin;
import com.funnelboard.domain.ChangeSetEntry;
import com.funnelboard.domain.LostReason;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Recorded change sets as a person reads them: a headline ("Moved “Pilot” from Lead to
 * Prospect"), one sentence per changed field ("Value €12,500.00 → €15,000.00", "✓ Budget
 * confirmed", "Override: met at the fair"), and who and when ("Ida · 14 Mar 10:20 · undo").
 * Bookkeeping fields (timestamps of rows, positions, ids) are left out.
 */
public final class HistorySentences {

    private static final Set<String> BOOKKEEPING = Set.of("id", "created_at", "updated_at", "stage_entered_at", "position",
            "contact_id", "deal_id", "organization_id", "merged_into", "changed_at", "changed_by", "from_stage", "to_stage");

    /** The deal's fields a stage move sets, which its history row says already. */
    private static final Set<String> MOVE_FIELDS = Set.of("stage", "lost_reason", "lost_note");
    /** The contact row's copy of the first email and phone, which the address lists say. */
    private static final Set<String> MIRRORED = Set.of("email", "phone");

    /** How many lines one change set shows at most (a sample pipeline or an import changes thousands of rows). */
    static final int MAX_DETAILS = 12;

    /** One change set in words. */
    public record Entry(ChangeSetEntry set, String headline, List<String> details, String byline) {}

    private final Locale locale;
    private final java.time.Clock clock;
    /** A moment as History says it: without its year in the current one ("4 Mar 10:20"), with it otherwise ("4 Mar 2025, 10:20"). */
    private final java.util.function.Function<java.time.Instant, String> when;
    /** How each stored value is said. */
    private HistoryValues values;

    /** The team's names by email (the shared directory): an owner is said by name where the team gave one. */
    private java.util.Map<String, String> names = java.util.Map.of();

    /** @param clock the user's zone, and today: a moment of another year is said with its year (a follow-up due next March) */
    public HistorySentences(Locale locale, java.time.Clock clock) {
        this.locale = locale;
        this.clock = clock;
        ZoneId zone = clock.getZone();
        // The locale's own order and clock, as the rest of the window writes dates ("Mar 4, 3:59 PM", "4 Mar, 15:59").
        DateTimeFormatter thisYear = localized("MMMdjm", "d MMM HH:mm").withZone(zone);
        DateTimeFormatter otherYear = localized("yMMMdjm", "d MMM yyyy HH:mm").withZone(zone);
        // This year as of each reading (a window left open over New Year's Eve).
        this.when = at -> (at.atZone(zone).getYear() == java.time.LocalDate.now(clock).getYear() ? thisYear : otherYear).format(at);
        this.values = new HistoryValues(locale, when, localized("yMMMd", "d MMM yyyy"), Map.of());
    }

    /** These sentences, saying an owner by the name the team gave the address ("Owner — → Ida Berg"), not by the address. */
    public HistorySentences withNames(java.util.Map<String, String> directory) {
        HistorySentences named = new HistorySentences(locale, clock);
        named.names = java.util.Map.copyOf(directory);
        named.values = values.withNames(named.names);
        named.moveOf = moveOf;
        named.rowOf = rowOf;
        return named;
    }

    /** An address or number by its table and row key ("ida@nordwind.example"), or null: how a deleted or restored one is named. */
    private java.util.function.BiFunction<String, String, String> rowOf = (table, key) -> null;

    /** Whether the change set being described moves a few deals: each move then names its deal. */
    private boolean severalMoves;

    /** The day the move being described records the deal lost, when it is not the move's own day (a loss entered late). */
    private String lostDay;

    /** The contacts the change set being described merged into another, or took out of a merge: their deletion is that. */
    private Set<String> mergedAway = Set.of();

    /** These sentences, naming the address or number a change deleted or restored. */
    HistorySentences withRows(java.util.function.BiFunction<String, String, String> rows) {
        HistorySentences named = withMoves(moveOf);
        named.rowOf = rows;
        return named;
    }

    /** A stage move by its row key, in words ("Prospect → Won"), or null: how a deleted or restored move is named. */
    private java.util.function.Function<String, String> moveOf = key -> null;

    /** These sentences, naming the stage move a change deleted or restored (it said "Stage move deleted" of which, not). */
    HistorySentences withMoves(java.util.function.Function<String, String> moves) {
        HistorySentences named = withNames(names);
        named.moveOf = moves;
        return named;
    }

    private DateTimeFormatter localized(String skeleton, String otherwise) {
        return com.funnelboard.domain.LocalizedPatterns.of(skeleton, locale, () -> DateTimeFormatter.ofPattern(otherwise, locale));
    }

    /**
     * @param currencyOf the currency of a deal by its row key (amounts are stored in minor units
     *     without it), or null when unknown
     */
    /** Where a change set came from, in a word: "user", "import", "merge", "undo", and "redo" for the undo of an undo (it said "undo"). */
    public static String origin(ChangeSetEntry set) {
        return set.origin() == ChangeOrigin.UNDO && set.summary() != null && set.summary().startsWith("Redid: ") ? "redo" : set.origin().key();
    }

    public Entry describe(ChangeSetEntry set, Function<String, String> currencyOf) {
        List<String> details = new ArrayList<>();
        // Two new records of one name are two ("New contact Maria Garcia (2)"): the line was said once of both.
        java.util.Map<String, Integer> made = new java.util.HashMap<>();
        mergedAway = set.changes().stream().filter(f -> f.table().equals("contact") && f.field().equals("merged_into"))
                .map(ChangeSetEntry.FieldChange::row).collect(java.util.stream.Collectors.toSet());
        boolean moved = set.changes().stream().anyMatch(f -> f.isNewRow() && f.table().equals("stage_change"));
        // A loss entered late: the day it was lost, which is not the day of the move (it was said nowhere afterwards).
        // Named up to the lines History shows; more are counted instead ("Lead → Lost … (41)").
        long moves = set.changes().stream().filter(c -> c.isNewRow() && c.table().equals("stage_change")).count();
        severalMoves = moves > 1 && moves < MAX_DETAILS;
        lostDay = set.changes().stream().filter(f -> f.table().equals("deal") && f.field().equals("stage_entered_at") && f.newValue() != null)
                .map(f -> read(f.newValue())).filter(JsonNode::canConvertToLong)
                .map(v -> java.time.LocalDate.ofInstant(java.time.Instant.ofEpochMilli(v.asLong()), clock.getZone()))
                .filter(d -> !d.equals(java.time.LocalDate.ofInstant(set.at(), clock.getZone()))).findFirst()
                .map(d -> values.value("closed_on", tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(d.toString()), () -> null))
                .orElse(null);
        for (ChangeSetEntry.FieldChange f : set.changes()) {
            if (moved && f.table().equals("deal") && MOVE_FIELDS.contains(f.field())
                    || f.table().equals("contact") && MIRRORED.contains(f.field())) {
                continue; // said by the stage move's own sentence, or by the address lists
            }
            java.util.function.Supplier<String> currency = () -> HistoryCurrencies.setIn(set, f.row()).orElseGet(() -> currencyOf.apply(f.row()));
            // An amount before a currency change of the same set is in the currency before it ("Value ¥333,333 → €333,333", not
            // "€3,333.33 → €333,333": a value the deal never had).
            java.util.function.Supplier<String> before = () -> HistoryCurrencies.before(set, f.row()).orElseGet(currency);
            String line = f.isNewRow() ? newRow(f, currency) : field(f, currency, before, !set.mergedFrom().isEmpty());
            // The same words of several changes are said once, with how many ("Owner → Sam (300)" for the deals a
            // whoami took: it said one, then "… and 101 more changes" of the other lines).
            if (line != null && details.contains(line)) {
                made.merge(line, 2, (a, b) -> a + 1);
            } else if (line != null) {
                details.add(line);
            }
        }
        if (details.size() > MAX_DETAILS) {
            // Counted in changes, as it says, not in the lines left out.
            int more = details.subList(MAX_DETAILS - 1, details.size()).stream().mapToInt(line -> made.getOrDefault(line, 1)).sum();
            details.subList(MAX_DETAILS - 1, details.size()).clear();
            details.add("\u2026 and " + (set.changes().size() >= HistoryService.SHOWN_CHANGES ? "at least " : "") + more + " more "
                    + (more == 1 ? "change" : "changes"));
        }
        // Of a set read in part (its first 200 changes), a count is of those read: "at least" (a 533-deal reassignment read
        // "Owner → Ben Ode (199)").
        String atLeast = set.changes().size() >= HistoryService.SHOWN_CHANGES ? "at least " : "";
        details.replaceAll(line -> made.containsKey(line) ? line + " (" + atLeast + made.get(line) + ")" : line);
        if (!set.mergedFrom().isEmpty()) {
            return mergedEntry(set, List.copyOf(details));
        }
        // A script's change beside the rep's own (a cron job's lead, a phone system's calls) says so: they looked the same.
        String byline = who(set.author()) + " \u00B7 " + when.apply(set.at()) + (set.origin() == ChangeOrigin.USER ? "" : " \u00B7 " + origin(set))
                + (set.command() == null ? "" : " \u00B7 from the command line (" + set.command() + ")");
        return new Entry(set, set.summary() == null ? "Changes" : set.summary(), List.copyOf(details), byline);
    }

    /**
     * A merge in a record's history is credited to whoever wrote what it brought: "Moved “Pilot”
     * to Won", by "Ida Berg · 2 Dec 2026, 10:14 · merged by Ola Nordmann, 3 Dec 2026, 14:25" (the
     * newest of their sets' times; with two or more sets, the merge's own headline).
     */
    private Entry mergedEntry(ChangeSetEntry set, List<String> details) {
        List<ChangeSetEntry.Authored> from = set.mergedFrom();
        ChangeSetEntry.Authored newest = from.getLast();
        String authors = String.join(", ", from.stream().map(a -> who(a.author())).distinct().toList());
        String headline = from.size() == 1 && newest.summary() != null ? newest.summary() : set.summary() == null ? "Changes" : set.summary();
        // The merge's own word on conflicts stays with the teammate's headline (it was dropped: "1 conflict to review").
        String conflicts = set.summary() == null ? null : conflictNote(set.summary());
        if (conflicts != null && !headline.contains(conflicts)) {
            headline = headline + "; " + conflicts;
        }
        String byline = authors + " \u00B7 " + when.apply(newest.at()) + " \u00B7 merged by " + who(set.author())
                + ", " + when.apply(set.at());
        return new Entry(set, headline, details, byline);
    }

    /** "1 conflict to review in Conflicts" of a merge's summary, or null. */
    private static String conflictNote(String summary) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+ conflicts? to review[^;]*").matcher(summary);
        return m.find() ? m.group() : null;
    }

    /**
     * Who made a change set: the name its author carries ("Ida Berg <ida@…>"), else the name the team gave its address
     * (a teammate whose changes carry only the address), else the address.
     */
    String who(String author) {
        java.util.Optional<com.funnelboard.domain.Person> named = com.funnelboard.domain.Person.fromAuthor(author);
        if (named.isPresent() || author == null) {
            return com.funnelboard.domain.Person.nameOf(author);
        }
        String address = com.funnelboard.domain.Person.mailboxAddress(author).orElse(author.strip());
        String name = names.get(address);
        if (name == null) {
            name = names.get(com.funnelboard.domain.Person.normalEmail(address));
        }
        return com.funnelboard.domain.PlainText.isolated(name == null || name.isBlank() ? address : name);
    }

    private String newRow(ChangeSetEntry.FieldChange f, java.util.function.Supplier<String> currency) {
        JsonNode row = read(f.newValue());
        String said = newRowWords(f, row, currency);
        if (said == null || isNull(row.get("deleted_at"))) {
            return said;
        }
        // A teammate's record that reached this installation already deleted (a move their resolution of a conflict took back):
        // it read as a move made, "Opportunity → Lost", and nothing said it did not stand.
        int end = said.indexOf('\n');
        String withdrawn = f.table().equals("stage_change") ? " (taken back before it reached here)" : " (deleted before it reached here)";
        return end < 0 ? said + withdrawn : said.substring(0, end) + withdrawn + said.substring(end);
    }

    private String newRowWords(ChangeSetEntry.FieldChange f, JsonNode row, java.util.function.Supplier<String> currency) {
        return switch (f.table()) {
            case "stage_change" -> {
                // Of several deals moved at once, each move says which deal (four blocks of "Lead → Prospect" named none).
                String title = severalMoves && row.hasNonNull("deal_id") ? rowOf.apply("deal-title", row.get("deal_id").asString()) : null;
                yield (title == null ? "" : "\u201C" + title + "\u201D: ") + stageChange(row);
            }
            case "interaction" -> "Logged " + com.funnelboard.domain.InteractionKind.parse(text(row, "kind")).map(com.funnelboard.domain.InteractionKind::label)
                    .orElse(text(row, "kind")) + ("in".equals(text(row, "direction")) ? " (inbound)" : " (outbound)")
                    + (row.hasNonNull("note") ? ": " + text(row, "note") : "");
            case "follow_up" -> com.funnelboard.domain.FollowUpKind.parse(text(row, "kind")).map(com.funnelboard.domain.FollowUpKind::label)
                    .orElse(text(row, "kind")) + " follow-up due " + instant(row.get("due_at"))
                    + (row.hasNonNull("note") ? ": " + text(row, "note") : "");
            case "email_address" -> "Email " + text(row, "email") + " added";
            case "phone_number" -> "Phone " + text(row, "phone") + " added";
            case "deal" -> "New deal \u201C" + text(row, "title") + "\u201D in " + stage(row.get("stage"))
                    + (row.hasNonNull("value_minor") ? ", " + money(row.get("value_minor"), currency) : "");
            case "settings" -> row.hasNonNull("key") && row.hasNonNull("value") ? HistorySettings.said(new ChangeSetEntry.FieldChange(f.table(),
                    text(row, "key"), "value", null, Json.mapper().writeValueAsString(row.get("value"))), null, row.get("value")) : null;
            case "contact" -> "New contact " + text(row, "name");
            case "organization" -> "New organization " + text(row, "name");
            default -> null;
        };
    }

    /** A stage move as the History tab writes it: its stages, each checklist item with its evidence, the override or lost reason. */
    String move(com.funnelboard.domain.StageChange c) {
        tools.jackson.databind.node.ObjectNode row = Json.mapper().createObjectNode();
        row.put("from_stage", c.from() == null ? null : c.from().key());
        row.put("to_stage", c.to().key());
        row.put("checklist", c.checklist().isEmpty() ? null : Json.mapper().writeValueAsString(c.checklist()));
        row.put("override_reason", c.overrideReason());
        row.put("lost_reason", c.lostReason() == null ? null : c.lostReason().key());
        row.put("lost_note", c.lostNote());
        return stageChange(row);
    }

    private String stageChange(JsonNode row) {
        StringBuilder s = new StringBuilder(row.hasNonNull("from_stage") ? stage(row.get("from_stage")) + " \u2192 " : "In ")
                .append(stage(row.get("to_stage")));
        if (row.hasNonNull("checklist")) {
            JsonNode items = read(row.get("checklist").asString());
            // Each item as the move's checklist showed it: required or optional, and the evidence the data gave (a row of ✗ read the
            // same whether a required item failed or an optional one was left).
            for (JsonNode item : items) {
                s.append("\n").append(item.path("holds").asBoolean() ? "\u2713 " : "\u2717 ").append(item.path("text").asString())
                        .append(item.path("required").asBoolean() ? " (required)" : " (optional)");
                String evidence = item.path("evidence").isString() ? item.path("evidence").asString() : "";
                if (!evidence.isBlank()) {
                    s.append(": ").append(evidence);
                }
            }
        }
        if (row.hasNonNull("override_reason")) {
            s.append("\nOverride of the checklist: ").append(text(row, "override_reason"));
        }
        if (row.hasNonNull("lost_reason")) {
            s.append("\nLost: ").append(LostReason.parse(text(row, "lost_reason")).map(LostReason::label).orElse(text(row, "lost_reason")))
                    .append(row.hasNonNull("lost_note") ? " (" + text(row, "lost_note") + ")" : "")
                    .append(lostDay == null ? "" : ", lost on " + lostDay);
        }
        return s.toString();
    }

    /**
     * @param merged of a teammate's change merged here: the value before is this installation's, which the teammate may never
     *     have seen (two edits apart are a conflict) — "Value €95,000 (€90,000 here before)", not a teammate overwriting
     *     €90,000. ("Lead here → Prospect" read as nothing; a teammate's stage move, a new row of its own, says its stages.)
     */
    private String field(ChangeSetEntry.FieldChange f, java.util.function.Supplier<String> currency, java.util.function.Supplier<String> before,
            boolean merged) {
        if (!mergedAway.isEmpty() && f.field().equals("contact_id") && (f.table().equals("deal") || f.table().equals("interaction"))) {
            // What a contact merge moved, and its undo moved back (it said nothing of them).
            String what = f.table().equals("deal") ? "Deal" : "Interaction";
            return f.oldValue() != null && mergedAway.contains(read(f.oldValue()).asString()) ? what + " moved to the contact kept"
                    : what + " back with the contact it was merged from";
        }
        if (f.field().equals("organization_id") && (f.table().equals("contact") || f.table().equals("deal"))) {
            // Said by name: a contact moved to another organization (their deals with them) was "Edited Goran Kowalski" alone.
            java.util.function.Function<String, String> org = json -> {
                JsonNode v = json == null ? null : read(json);
                if (isNull(v)) {
                    return "\u2014";
                }
                String name = rowOf.apply("organization", v.asString());
                return name == null ? "another organization" : name;
            };
            return "Organization " + org.apply(f.oldValue()) + " \u2192 " + org.apply(f.newValue());
        }
        if (BOOKKEEPING.contains(f.field())) {
            return null;
        }
        JsonNode old = f.oldValue() == null ? null : read(f.oldValue());
        JsonNode now = f.newValue() == null ? null : read(f.newValue());
        String what = switch (f.table()) {
            case "email_address" -> "Email";
            case "phone_number" -> "Phone";
            case "follow_up" -> "Follow-up";
            case "interaction" -> "Interaction";
            case "stage_change" -> "Stage move";
            default -> null;
        };
        if (f.field().equals("deleted_at")) {
            String thing = what != null ? what : f.table().equals("deal") ? "Deal" : f.table().equals("contact") ? "Contact" : label(f.table());
            // Which stage move, address or number (it said "Email deleted" of which, not).
            String which = f.table().equals("stage_change") ? moveOf.apply(f.row()) : rowOf.apply(f.table(), f.row());
            thing = which == null ? thing : thing + " " + which;
            if (mergedAway.contains(f.row())) {
                return isNull(now) ? "Contact apart again (out of the merge)" : "Contact merged into the one kept";
            }
            if (f.table().equals("stage_change")) {
                // An undo takes a move back, a redo makes it again: a move is never deleted by hand.
                return thing + (isNull(now) ? " made again" : " taken back");
            }
            return thing + (isNull(now) ? " restored" : " deleted");
        }
        if (f.table().equals("checklist_item") && f.field().equals("required")) {
            return "Checklist item " + (now != null && (now.asBoolean() || now.asInt() == 1) ? "required" : "optional"); // it said "Required 0 → 1"
        }
        if (f.table().equals("checklist_item") && f.field().equals("text")) {
            return "Checklist item reworded: " + said(f.field(), old, currency) + " \u2192 " + said(f.field(), now, currency);
        }
        if (f.table().equals("follow_up") && f.field().equals("done_at")) {
            return isNull(now) ? "Follow-up open again" : "Follow-up done";
        }
        if (f.table().equals("follow_up") && f.field().equals("snoozed_until")) {
            return isNull(now) ? "Follow-up no longer snoozed" : "Follow-up snoozed until " + instant(now);
        }
        String settings = HistorySettings.said(f, old, now);
        if (settings != null) {
            return settings;
        }
        String name = (what == null ? "" : what + " ") + (what == null ? label(f.field()) : label(f.field()).toLowerCase(locale));
        if (merged) {
            return name + " " + said(f.field(), now, currency) + " (" + (isNull(old) ? "none" : said(f.field(), old, before)) + " here before)";
        }
        String was = said(f.field(), old, before);
        String is = said(f.field(), now, currency);
        // A conflict resolved by keeping the value shown writes it again (so the choice travels): "kept", not "X → X".
        return was.equals(is) ? name + " kept: " + is : name + " " + was + " \u2192 " + is;
    }

    /**
     * A value as a sentence of History says it: on one line, cut after 200 characters ({@link HistoryValues#shortened}). Only
     * there: the conflicts view and its Edit… take the whole value (shortened, Edit… saved a note's line breaks as "⏎").
     */
    private String said(String field, JsonNode v, java.util.function.Supplier<String> currency) {
        return HistoryValues.shortened(values.value(field, v, currency));
    }

    /** A stored value (a JSON literal) of {@code field} as the History tab writes it: an amount in its currency, a stage's label, a day. */
    String value(String field, String json, java.util.function.Supplier<String> currency) {
        if (field.equals("organization_id")) {
            // By name, as History says it: a conflict's values were two raw ids ("01a25308-bb57…").
            JsonNode v = json == null ? null : read(json);
            if (isNull(v)) {
                return "\u2014";
            }
            String name = rowOf.apply("organization", v.asString());
            return name == null ? "another organization" : name;
        }
        return values.value(field, json, currency);
    }

    private String value(String field, JsonNode v, java.util.function.Supplier<String> currency) {
        return values.value(field, v, currency);
    }

    private String money(JsonNode minor, java.util.function.Supplier<String> currencyOf) {
        return values.money(minor, currencyOf);
    }

    private String instant(JsonNode epochMillis) {
        return values.instant(epochMillis);
    }

    private static String stage(JsonNode key) {
        return HistoryValues.stage(key);
    }

    /** Whether {@code field} holds an amount in minor units (typed as money, stored as cents). */
    static boolean isAmount(String field) {
        return field.equals("value_minor") || field.equals("final_value_minor");
    }

    private static String text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return isNull(v) ? "" : v.isString() ? v.asString() : v.toString();
    }

    private static boolean isNull(JsonNode v) {
        return HistoryValues.isNull(v);
    }

    /** "company_size" → "Company size", "value_minor" → "Value". */
    static String label(String field) {
        return com.funnelboard.domain.FieldLabels.of(field);
    }

    private static JsonNode read(String json) {
        return HistoryValues.read(json);
    }
}
