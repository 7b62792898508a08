package com.funnelboard.service;

import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.MergeReport;
import com.funnelboard.store.ShareConflicts;
import com.funnelboard.store.ShareExchange;
import com.funnelboard.store.Store;
import com.funnelboard.store.StoreException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Sharing with a team through share files: writing this installation's file, previewing and
 * merging a teammate's, and the conflicts a merge found, with their resolution.
 */
public final class ShareService {

    private final Store store;
    private final ShareExchange exchange;

    public ShareService(Store store) {
        this.store = store;
        this.exchange = new ShareExchange(store);
    }

    /** What an export wrote. */
    public record Exported(Path file, long changeSets, long changes) {}

    /**
     * Writes the share file to {@code file}, whole or not at all.
     *
     * @throws InvalidInputException when {@code file} is the open database
     * @throws UncheckedIOException saying why the file could not be written
     */
    public Exported export(Path file) {
        OutputFiles.refuseDatabase(store, file, true);
        if (!java.nio.file.Files.isDirectory(file)) {
            OutputFiles.refuseMissingFolder(file);
        }
        try {
            ShareExchange.Exported e = exchange.export(file);
            return new Exported(e.file(), e.changeSets(), e.changes());
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.NOT_A_DATABASE) {
                throw new InvalidInputException("file", e.getMessage().replaceFirst("\\.$", "")); // a file the export must not replace
            }
            throw new UncheckedIOException(e.getMessage(), new java.io.IOException(e));
        }
    }

    /** The teammates' change sets waiting here for a row nobody has sent, oldest first (see {@link com.funnelboard.store.WaitingSets}). */
    public List<com.funnelboard.domain.WaitingSet> waiting() {
        return new com.funnelboard.store.WaitingSets(store).list();
    }

    /**
     * Drops a waiting change set (by id or its first characters): never applied here, nor taken from a file again.
     *
     * @throws InvalidInputException when no waiting set, or more than one, has such an id
     */
    public com.funnelboard.domain.WaitingSet drop(String id) {
        try {
            return new com.funnelboard.store.WaitingSets(store).drop(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("id", e.getMessage());
        }
    }

    /**
     * Whether this database holds changes of records (its own, an import, a merge), not only the
     * settings a new teammate's "who am I" writes: see {@link MergeReport#sharesNothing}.
     */
    public boolean hasHistory() {
        return store.read(r -> r.changeLog().anyRecordChanged());
    }

    /** Whether change sets kept aside here as stamped days ahead would be applied by a merge now (see {@link ShareExchange#anyKeptAsideDue}). */
    public boolean anyKeptAsideDue() {
        return exchange.anyKeptAsideDue();
    }

    /** What merging {@code file} would do; nothing is changed. */
    public MergeReport preview(Path file) {
        return merge(file, true, () -> false);
    }

    /**
     * Merges {@code file} as one change set (undoable as one action).
     *
     * @throws InvalidInputException with one sentence when the file is refused (nothing changed)
     * @throws java.util.concurrent.CancellationException when cancelled (nothing changed)
     */
    public MergeReport merge(Path file, BooleanSupplier cancelled) {
        return merge(file, false, cancelled);
    }

    private MergeReport merge(Path file, boolean dryRun, BooleanSupplier cancelled) {
        try {
            return exchange.merge(file, dryRun, cancelled);
        } catch (StoreException e) {
            if (e.kind() == StoreException.Kind.IO) {
                throw new UncheckedIOException(e.getMessage(), new java.io.IOException(e));
            }
            throw new InvalidInputException("file", e.getMessage(), e);
        }
    }

    /**
     * A conflict as people read it: the field's name, and each side's value as the History tab writes it. Of a deal's
     * stage, {@code whys} says why each value was set in a few words ("checklist overridden: “…”", "Chose a competitor:
     * …") and {@code moves} holds each side's whole move as History writes it, both in the order of {@link
     * FieldConflict#sides()} ("" where a side has none; empty lists for other fields): keeping a side keeps its move.
     */
    public record ConflictText(String field, String current, List<String> others, List<String> whys, List<String> moves) {

        public ConflictText(String field, String current, List<String> others) {
            this(field, current, others, List.of(), List.of());
        }

        /** Why the side at {@code index} of {@link FieldConflict#sides()} was set, or "". */
        public String why(int index) {
            return index < whys.size() ? whys.get(index) : "";
        }

        /** The side's move as History writes it, or "". */
        public String move(int index) {
            return index < moves.size() ? moves.get(index) : "";
        }
    }

    /**
     * The conflict in words, for {@code locale}: "Value" rather than value_minor, "€15,000" rather
     * than 1500000 (in the deal's currency), a stage's label, a day; for a record deleted on one
     * side and edited on the other, "deleted" and "edited, not deleted".
     */
    public ConflictText describe(FieldConflict c, java.util.Locale locale) {
        return describe(c, words(locale));
    }

    /** As {@link #describe(FieldConflict, java.util.Locale)}, for every conflict at once (the team's names read once). */
    public List<ConflictText> describe(List<FieldConflict> conflicts, java.util.Locale locale) {
        HistorySentences words = words(locale);
        return conflicts.stream().map(c -> describe(c, words)).toList();
    }

    private ConflictText describe(FieldConflict c, HistorySentences words) {
        String currency = HistorySentences.isAmount(c.field()) ? currencyOf(c) : null;
        java.util.function.Function<FieldConflict.Side, String> side = s -> c.deletion()
                ? (s.value() == null || s.value().equals("null") ? "edited, not deleted" : "deleted")
                : words.value(c.field(), s.value(), () -> currency);
        boolean moved = c.sides().stream().anyMatch(s -> s.move() != null);
        List<String> whys = moved ? c.sides().stream().map(s -> why(s.move())).toList() : List.of();
        List<String> moves = moved ? c.sides().stream().map(s -> s.move() == null ? "" : words.move(s.move())).toList() : List.of();
        return new ConflictText(c.deletion() ? "deleted / edited" : HistorySentences.label(c.field()), side.apply(c.current()),
                c.others().stream().map(side).toList(), whys, moves);
    }

    /** Why a stage move was made, in a few words after its stage: its checklist met or overridden, the reason a deal was lost. */
    static String why(com.funnelboard.domain.StageChange m) {
        if (m == null) {
            return "";
        }
        if (m.imported()) {
            return "imported, no checklist";
        }
        if (m.overrideReason() != null) {
            return "checklist overridden: \u201C" + shortened(m.overrideReason()) + "\u201D";
        }
        if (m.lostReason() != null) {
            String note = m.lostNote() == null || m.lostNote().isBlank() ? "" : ": " + shortened(m.lostNote());
            return m.lostReason().label() + note;
        }
        return m.checklist().isEmpty() ? "" : "checklist met";
    }

    /** A reason on one line, cut at 60 characters (the whole of it is in the move's own text). */
    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59).strip() + "\u2026";
    }

    /** The History tab's words, an owner said by the name the team gave the address (it was the address). */
    private HistorySentences words(java.util.Locale locale) {
        return new HistorySentences(locale, store.clock()).withNames(store.read(PeopleService::directoryIn))
                .withRows((table, key) -> store.read(r -> r.changeLog().addressOf(table, key).orElse(null)));
    }

    /**
     * A resolution's line in History, with every value the field had been given and who gave it:
     * once resolved, the values set aside were nowhere to be read ("… value; its values were €95,000
     * by Ann Alder, €99,000 by Bob Birch").
     */
    private String resolutionSummary(FieldConflict c, FieldConflict.Keep keep, HistorySentences words) {
        if (c.deletion() && keep == FieldConflict.Keep.MOVED) {
            return "Resolved a conflict: moved the edits of " + c.label() + " onto the contact it was merged into";
        }
        if (c.deletion()) {
            return keep == FieldConflict.Keep.RESTORED ? "Resolved a conflict: restored " + c.label() + " with every edit"
                    : "Resolved a conflict: kept " + c.label() + " deleted";
        }
        if (keep == FieldConflict.Keep.BOTH) {
            return "Resolved a conflict: kept both " + listWords(c) + " of " + c.label() + ", " + c.sides().stream()
                    .map(side -> words.value(c.field(), side.value(), () -> null) + " by " + com.funnelboard.domain.Person.nameOf(side.author()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        String currency = HistorySentences.isAmount(c.field()) ? currencyOf(c) : null;
        String values = c.sides().stream().map(side -> words.value(c.field(), side.value(), () -> currency) + " by "
                + com.funnelboard.domain.Person.nameOf(side.author())).collect(java.util.stream.Collectors.joining(", "));
        return "Resolved a conflict: " + c.label() + ", " + fieldWords(c) + "; its values were " + values;
    }

    private String currencyOf(FieldConflict c) {
        return c.table().equals("deal") ? store.read(r -> r.changeLog().currencyOfDeal(c.row())).orElse(null) : null;
    }

    /** The conflicts to review, oldest first. */
    public List<FieldConflict> conflicts() {
        return exchange.conflicts();
    }

    /**
     * Resolves a conflict by keeping one value, through the write path: a change that travels.
     *
     * @throws InvalidInputException when there is no such conflict or the value does not fit
     */
    public String resolve(String id, FieldConflict.Keep keep, String value) {
        return resolve(id, keep, value, java.util.Locale.ROOT);
    }

    /**
     * As {@link #resolve(String, FieldConflict.Keep, String)}, with a typed amount read as money
     * in the deal's currency as {@code locale} writes it ("15,000" or "15.000,00" is €15,000, stored
     * as 1500000 cents), as every other field of the app takes amounts.
     */
    /**
     * A day typed as the conflicts view writes days ("Jan 15, 2027", in {@code locale}'s order), as ISO ("2027-01-15"), or as
     * the day words every date field reads ("friday", "+30"); empty when it names none (the value is then refused as typed).
     */
    private java.util.Optional<java.time.LocalDate> typedDay(String value, java.util.Locale locale) {
        String text = value.strip();
        java.util.List<java.time.format.DateTimeFormatter> forms = new java.util.ArrayList<>(List.of(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        // The locale's way ("Jan 15, 2027", "15 Jan 2027", "15. Jan. 2027"), then English's, in which the app speaks.
        for (java.util.Locale l : new java.util.LinkedHashSet<>(List.of(locale, java.util.Locale.US, java.util.Locale.UK))) {
            forms.add(new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive().append(com.funnelboard.domain.LocalizedPatterns
                    .dayWithYear(l)).toFormatter(l));
        }
        for (java.time.format.DateTimeFormatter f : forms) {
            try {
                return java.util.Optional.of(java.time.LocalDate.parse(text, f));
            } catch (java.time.format.DateTimeParseException notThisForm) {
                // the next form
            }
        }
        return com.funnelboard.domain.DateWords.parse(text, java.time.LocalDate.now(store.clock()), locale);
    }

    public String resolve(String id, FieldConflict.Keep keep, String value, java.util.Locale locale) {
        String stored = value;
        if (keep == FieldConflict.Keep.VALUE && value != null && !value.isBlank()) {
            FieldConflict c = conflicts().stream().filter(x -> x.id().toString().startsWith(id.strip().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().orElse(null);
            if (c != null && c.table().equals("contact") && (c.field().equals("email") || c.field().equals("phone"))) {
                // As a contact's form and `contacts edit` take them: "not-an-email" was kept and travelled to the teammates.
                java.util.Optional<String> bad = c.field().equals("email") ? com.funnelboard.domain.Validation.email(value)
                        : com.funnelboard.domain.Validation.phone(value);
                if (bad.isPresent()) {
                    throw new InvalidInputException("keep", bad.get() + ": \u201C" + com.funnelboard.domain.Printable.escape(value.strip())
                            + "\u201D; nothing was changed");
                }
                stored = value.strip();
            } else if (c != null && c.table().equals("deal") && c.field().equals("owner")) {
                // As `deals edit --owner` takes one: an address (a mailbox, "me"), or nobody.
                stored = value.strip().equalsIgnoreCase("nobody") ? "" : new PeopleService(store).ownerEmail(value);
            } else if (c != null && c.field().endsWith("_on")) {
                stored = typedDay(value, locale).map(java.time.LocalDate::toString).orElse(value);
            } else if (c != null && HistorySentences.isAmount(c.field())) {
                String currency = currencyOf(c);
                try {
                    stored = Long.toString(com.funnelboard.domain.Money.parse(value, currency == null ? "EUR" : currency, locale).minor());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("keep", e.getMessage());
                }
            }
        }
        if (keep == FieldConflict.Keep.THEIRS && (value == null || value.isBlank())) {
            // Said as History says the values ("Won by Ann Alder", "Feb 15, 2027"), not as stored ("won", "2027-02-15").
            FieldConflict c = conflicts().stream().filter(x -> x.id().toString().startsWith(id.strip().toLowerCase(java.util.Locale.ROOT)))
                    .findFirst().orElse(null);
            if (c != null && !c.deletion() && c.theirsIsAmbiguous()) {
                HistorySentences words = words(locale);
                String currency = HistorySentences.isAmount(c.field()) ? currencyOf(c) : null;
                throw new InvalidInputException("keep", "Teammates wrote different values (" + c.theirs().stream()
                        .map(x -> words.value(c.field(), x.value(), () -> currency) + " by " + com.funnelboard.domain.Person.nameOf(x.author()))
                        .collect(java.util.stream.Collectors.joining(", ")) + "): say whose to keep (theirs=WHO, their e-mail address or name)");
            }
        }
        ShareConflicts.Resolution r;
        try {
            // A delete against an edit is said as what was decided of the record, not by its field's name ("deleted at").
            HistorySentences words = words(locale);
            r = exchange.resolve(id, keep, stored, c -> resolutionSummary(c, keep, words));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("conflict", e.getMessage());
        } catch (IllegalStateException e) {
            throw new RefusedException(e.getMessage()); // what the records are now refuses it (the contact kept is in the trash)
        }
        FieldConflict c = r.conflict();
        if (c.deletion() && keep == FieldConflict.Keep.MOVED) {
            // "Moved the edits of contact “Lars Holm” (merged into “Lars Holm”) onto the contact it was merged into: +45 22 22 22 22, title CFO"
            return "Moved the edits of " + c.label() + " onto the contact it was merged into" + (r.trashed().isEmpty()
                    ? " (it holds them already)" : ": " + String.join(", ", r.trashed()));
        }
        if (c.deletion()) {
            return r.json().equals("null") ? "Restored " + c.label() + " with every edit" : "Kept " + c.label() + " deleted";
        }
        String currency = HistorySentences.isAmount(c.field()) ? currencyOf(c) : null;
        HistorySentences words = words(locale);
        String kept = words.value(c.field(), r.json(), () -> currency);
        if (keep == FieldConflict.Keep.BOTH) {
            // "Kept both phone numbers of contact “Carla Diaz”: +49 30 333 first, then +49 30 222"
            List<String> rest = c.sides().stream().map(FieldConflict.Side::value).distinct().filter(v -> !v.equals(r.json()))
                    .map(v -> words.value(c.field(), v, () -> null)).toList();
            return "Kept both " + listWords(c) + " of " + c.label() + ": " + kept + " first, then " + String.join(", then ", rest);
        }
        // The other side's address or number went to the trash with its edit: said, and where to find it.
        // Not "in the trash": the trash holds deals, contacts and organizations, and said it was empty.
        String trashed = r.trashed().isEmpty() ? "" : "; " + String.join(", ", r.trashed().stream().map(t -> "\u201C" + t + "\u201D").toList())
                + (r.trashed().size() == 1 ? " is" : " are") + " taken off the contact (undo puts " + (r.trashed().size() == 1 ? "it" : "them")
                + " back)";
        return "Kept " + kept + " as the " + fieldWords(c) + " of " + c.label() + trashed;
    }

    /** A contact's list whose first entry the field is: "e-mail addresses", "phone numbers". */
    private static String listWords(FieldConflict c) {
        return c.field().equals("email") ? "e-mail addresses" : "phone numbers";
    }

    /** The field as people read it, in a sentence: "value", "expected close". */
    private static String fieldWords(FieldConflict c) {
        String label = HistorySentences.label(c.field());
        return label.length() > 1 && Character.isLowerCase(label.charAt(1)) ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }
}
