package com.funnelboard.service;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.LeadSource;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.TrashEntry;
import com.funnelboard.domain.Validation;
import com.funnelboard.domain.WonDetails;
import com.funnelboard.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Editing a deal's own fields, deleting deals, contacts and organizations into the trash, and
 * restoring them. A
 * delete is a soft delete recorded like any change, so undo and the trash can bring it back; the
 * trash lists what was deleted in the last 30 days.
 */
public final class DealEditing {

    /** How long deleted records are listed in the trash. */
    public static final Duration TRASH_DAYS = Duration.ofDays(30);

    private final Store store;
    private final Locale locale;

    public DealEditing(Store store, Locale locale) {
        this.store = store;
        this.locale = locale;
    }

    /**
     * What was typed in a deal's form and refused (title, value, currency, with why), kept on this
     * installation (never shared) until it is saved or put back: a quit (Ctrl+Q) lost it. Empty when
     * there is none.
     */
    public java.util.Map<String, String> draft(UUID deal) {
        return store.read(r -> r.local().texts(DRAFT + deal));
    }

    /** Keeps a deal form's draft on this installation; an empty one forgets it. */
    public void keepDraft(UUID deal, java.util.Map<String, String> fields) {
        store.writeAll(r -> r.local().putTexts(DRAFT + deal, new java.util.TreeMap<>(fields)));
    }

    private static final String DRAFT = "draft.deal.";

    /**
     * The changes to make to a deal; a null field is left as it is.
     *
     * @param value the amount as typed in the user's locale; blank to clear it
     * @param clearCloseDate true to remove the expected close date
     */
    public record Edit(String title, String value, String currency, LocalDate closeDate, boolean clearCloseDate, LeadSource source) {}

    /**
     * Saves the given fields of a live deal, checked as the New lead form checks them.
     *
     * @throws InvalidInputException naming each field that needs correcting; nothing is written
     */
    public Deal edit(UUID id, Edit e) {
        return store.write(r -> editIn(r, id, e));
    }

    /**
     * What an edit of a deal is called in History and by Undo: a new title names the old one ("Renamed “Pilot” to “Q”"; "Undid:
     * Edited “Q”" named a title typed by mistake and not what it had been).
     */
    static String editedSentence(Deal before, Deal after) {
        if (before.title().equals(after.title())) {
            return "Edited \u201C" + after.title() + "\u201D";
        }
        boolean more = !java.util.Objects.equals(before.value(), after.value()) || !before.currency().equals(after.currency())
                || !java.util.Objects.equals(before.expectedCloseOn(), after.expectedCloseOn()) || !java.util.Objects.equals(before.source(), after.source());
        return more ? "Edited \u201C" + after.title() + "\u201D (was \u201C" + before.title() + "\u201D)"
                : "Renamed \u201C" + before.title() + "\u201D to \u201C" + after.title() + "\u201D";
    }

    /** {@link #edit} inside a write already open (one deal of a batch too). */
    Deal editIn(com.funnelboard.store.Repositories r, UUID id, Edit e) {
        Deal d = r.deals().find(id).orElseThrow(() -> DealService.noDeal(id));
        Map<String, String> problems = new LinkedHashMap<>();
        String title = e.title() == null ? d.title() : e.title().strip();
        Validation.requiredText(title, "Title", com.funnelboard.domain.TextLimits.NAME).ifPresent(m -> problems.put(NewLead.TITLE, m));
        String currency = e.currency() == null ? d.currency() : e.currency().strip().toUpperCase(Locale.ROOT);
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException bad) {
            problems.put(NewLead.CURRENCY, "Not a currency code (such as EUR, USD, GBP)");
        }
        Money value = d.value() == null ? null : new Money(d.value().minor(), d.value().currency());
        Money finalValue = d.finalValue();
        if (problems.isEmpty()) {
            try {
                if (e.value() != null) {
                    value = e.value().isBlank() ? null : Money.parse(e.value(), currency, locale);
                } else if (value != null && !currency.equals(value.currency())) {
                    value = inCurrency(value, currency);
                }
            } catch (IllegalArgumentException bad) {
                problems.put(NewLead.VALUE, bad.getMessage());
            }
            try {
                // A Won deal's final value is kept in the deal's currency, as its value is.
                finalValue = finalValue == null ? null : inCurrency(finalValue, currency);
            } catch (IllegalArgumentException bad) {
                problems.put(NewLead.CURRENCY, "The final value " + finalValue.amount().toPlainString() + " " + finalValue.currency()
                        + " cannot be written in " + currency);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate close = e.clearCloseDate() ? null : e.closeDate() == null ? d.expectedCloseOn() : e.closeDate();
        String source = e.source() == null ? d.source() : e.source().key();
        Deal edited = new Deal(d.id(), d.contactId(), title, d.stage(), value, currency, source, close, d.stageEnteredAt(),
                d.lostReason(), d.lostNote(), finalValue, d.closedOn(), d.createdAt(), d.updatedAt());
        r.deals().update(edited);
        r.describe(editedSentence(d, edited));
        return r.deals().find(id).orElseThrow();
    }

    /**
     * Corrects what a won deal recorded when it was won: the final value (typed in the user's
     * locale) and the day it closed, checked as a move to Won checks them; a null field keeps what
     * is recorded. Recorded and undoable as any edit; the reports count the deal by what it says
     * now. A won deal's record could be corrected only by moving it back and winning it again.
     *
     * @throws RefusedException for a deal not in Won
     * @throws InvalidInputException naming each field to correct ({@link WonDetails#FINAL_VALUE},
     *     {@link WonDetails#CLOSE_DATE}); nothing is written
     */
    public Deal correctWon(UUID id, WonDetails.Entry entry) {
        return store.write(r -> {
            Deal d = r.deals().find(id).orElseThrow(() -> DealService.noDeal(id));
            if (d.stage() != Stage.WON) {
                throw new RefusedException("\u201C" + d.title() + "\u201D is in " + d.stage().label() + ", not Won: only a won deal's final "
                        + "value and close date can be corrected. Nothing was changed.");
            }
            LocalDate today = LocalDate.now(store.clock());
            LocalDate day = entry.closedOn() != null ? entry.closedOn() : d.closedOn() != null ? d.closedOn() : today;
            Money recorded = d.finalValue() != null ? d.finalValue() : d.value();
            WonDetails.Checked checked = WonDetails.check(new WonDetails.Entry(entry.finalValue(), day, entry.locale()), d, today);
            Map<String, String> problems = new LinkedHashMap<>(checked.problems());
            if (entry.finalValue() == null && recorded != null) {
                problems.remove(WonDetails.FINAL_VALUE); // kept as recorded
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Money value = entry.finalValue() == null ? recorded : checked.details().finalValue();
            if (value.equals(d.finalValue()) && day.equals(d.closedOn())) {
                return d; // nothing differs: nothing recorded
            }
            // In Won since the day it closed, as a move to Won records a win entered late: its days in Won follow the day.
            java.time.Instant entered = day.equals(d.closedOn()) ? d.stageEnteredAt()
                    : DealService.wonOn(new WonDetails(value, day), store.clock().instant(), store.clock().getZone());
            r.deals().update(new Deal(d.id(), d.contactId(), d.title(), d.stage(), d.value(), d.currency(), d.source(), d.expectedCloseOn(),
                    entered, d.lostReason(), d.lostNote(), value, day, d.createdAt(), d.updatedAt()));
            r.describe("Corrected the win of \u201C" + d.title() + "\u201D");
            return r.deals().find(id).orElseThrow();
        });
    }

    /** The field name a problem of a deal's notes is said under (the command line's {@code --notes}). */
    public static final String NOTES = "notes";

    /** A live deal's notes, "" for none. */
    public String notes(UUID id) {
        return store.read(r -> r.deals().notes(id).orElse(""));
    }

    /**
     * Saves a deal's notes (blank: none; kept as typed, its ends stripped), checked as a contact's
     * notes are: at most {@link com.funnelboard.domain.TextLimits#DEAL_NOTES} characters, line breaks
     * and tabs but no other control characters. Recorded and undoable; the same notes again record
     * nothing.
     *
     * @return whether anything changed
     * @throws InvalidInputException under {@link #NOTES}; nothing is written
     */
    public boolean setNotes(UUID id, String notes) {
        String kept = notes == null || notes.isBlank() ? null : notes.strip();
        Validation.optionalLines(kept, "Notes", com.funnelboard.domain.TextLimits.DEAL_NOTES).ifPresent(problem -> {
            throw new InvalidInputException(NOTES, problem);
        });
        return store.write(r -> writeNotes(r, id, kept));
    }

    /**
     * Saves notes typed from {@code base} (the notes as they were shown): when they changed since (a command, a teammate's
     * file), the lines that change added are kept after the typing ({@link com.funnelboard.domain.NotesMerge}). Forgets the
     * typing kept for the deal ({@link #keepNotesDraft}).
     *
     * @return the notes as saved ("" for none)
     * @throws InvalidInputException under {@link #NOTES}; nothing is written
     */
    public String saveNotes(UUID id, String typed, String base) {
        String[] saved = new String[1];
        store.writeAll(r -> {
            String merged = com.funnelboard.domain.NotesMerge.of(base, typed == null ? "" : typed, r.deals().notes(id).orElse(""));
            String kept = merged.isBlank() ? null : merged.strip();
            Validation.optionalLines(kept, "Notes", com.funnelboard.domain.TextLimits.DEAL_NOTES).ifPresent(problem -> {
                throw new InvalidInputException(NOTES, problem);
            });
            writeNotes(r, id, kept);
            r.local().putTexts(NOTES_DRAFT + id, Map.of());
            saved[0] = kept == null ? "" : kept;
        });
        return saved[0];
    }

    /** Writes a live deal's notes, recorded, unless they are the same; whether they changed. */
    private static boolean writeNotes(com.funnelboard.store.Repositories r, UUID id, String kept) {
        Deal d = r.deals().find(id).orElseThrow(() -> DealService.noDeal(id));
        if (java.util.Objects.equals(kept, r.deals().notes(id).orElse(null))) {
            return false;
        }
        r.deals().setNotes(id, kept);
        r.describe("Edited the notes of \u201C" + d.title() + "\u201D");
        return true;
    }

    /**
     * Keeps notes typed and not saved yet on this installation (never shared), with the notes they were typed over: the app
     * killed before their save lost them. Null {@code typed} forgets them.
     */
    public void keepNotesDraft(UUID id, String typed, String base) {
        store.writeAll(r -> r.local().putTexts(NOTES_DRAFT + id, typed == null ? Map.of()
                : base == null ? Map.of(NOTES, typed) : Map.of(NOTES, typed, NOTES_BASE, base)));
    }

    /**
     * Notes typed and not saved before the app stopped, and the notes as they were when the typing began (null when a draft
     * kept by an earlier version does not say).
     */
    public record NotesDraft(String typed, String base) {}

    /** The notes typed for a deal and not saved before the app stopped; empty when there are none. */
    public java.util.Optional<NotesDraft> notesDraft(UUID id) {
        Map<String, String> kept = store.read(r -> r.local().texts(NOTES_DRAFT + id));
        return java.util.Optional.ofNullable(kept.get(NOTES)).map(t -> new NotesDraft(t, kept.get(NOTES_BASE)));
    }

    private static final String NOTES_BASE = "base";

    private static final String NOTES_DRAFT = "draft.deal-notes.";

    /** The same amount in another currency (the number is kept; the currency may allow fewer decimals). */
    private static Money inCurrency(Money m, String currency) {
        return m.currency().equals(currency) ? m : Money.parse(m.amount().toPlainString(), currency, Locale.ROOT);
    }

    /** Moves a deal to the trash. */
    public void delete(UUID id) {
        store.writeAll(r -> {
            Deal d = r.deals().find(id).orElseThrow(() -> DealService.noDeal(id));
            r.deals().delete(id);
            r.describe("Deleted \u201C" + d.title() + "\u201D");
        });
    }

    /**
     * Moves a contact to the trash; with {@code withDeals} their deals go too.
     *
     * @throws RefusedException when the contact still has deals and {@code withDeals} is false
     */
    public int deleteContact(UUID id, boolean withDeals) {
        return store.write(r -> {
            var contact = r.contactProfiles().find(id).orElseThrow(() -> ContactService.noContact(id));
            List<UUID> deals = r.deals().liveOf(id);
            if (!deals.isEmpty() && !withDeals) {
                throw new RefusedException(contact.name() + " has " + deals.size() + (deals.size() == 1 ? " deal" : " deals")
                        + "; delete them with the contact (--with-deals) or move them to another contact first");
            }
            deals.forEach(r.deals()::delete);
            r.contactProfiles().delete(id);
            r.describe("Deleted " + contact.name() + (deals.isEmpty() ? "" : " and " + deals.size() + (deals.size() == 1 ? " deal" : " deals")));
            return deals.size();
        });
    }

    /**
     * Moves an organization to the trash; its contacts stay, without it, and come back into it when
     * it is restored (or the delete undone).
     *
     * @return how many contacts it had
     */
    public int deleteOrganization(UUID id) {
        return store.write(r -> {
            var org = r.organizations().find(id).orElseThrow(() -> new InvalidInputException("organization", "No organization " + id));
            int contacts = r.organizations().delete(id);
            r.describe("Deleted organization " + org.name() + (contacts == 0 ? ""
                    : "; " + contacts + (contacts == 1 ? " contact stays" : " contacts stay") + " without it"));
            return contacts;
        });
    }

    /** What was deleted in the last 30 days, most recent first. */
    public List<TrashEntry> trash() {
        Instant since = store.clock().instant().minus(TRASH_DAYS);
        return store.read(r -> {
            List<TrashEntry> all = new ArrayList<>(r.deals().deletedSince(since));
            all.addAll(r.contactProfiles().deletedSince(since));
            all.addAll(r.organizations().deletedSince(since));
            java.util.Map<UUID, com.funnelboard.store.ChangeLogQueries.Deletion> how = r.changeLog().deletedBy(all.stream().map(TrashEntry::id).toList());
            // Deleted again by an undo of its restore, a record's deletion time goes back to its first: it is shown when it
            // was last deleted, as the change that deleted it was made (it said the first time).
            return all.stream().map(e -> {
                var d = how.get(e.id());
                return d == null ? e : e.deletedBy(d.by(), d.at() != null && d.at().isAfter(e.deletedAt()) ? d.at() : e.deletedAt());
            }).sorted(Comparator.comparing(TrashEntry::deletedAt).reversed()).toList();
        });
    }

    /**
     * Takes a deal or contact out of the trash; a deal whose contact is in the trash brings the
     * contact back too, and a contact brings back the deals deleted with it.
     *
     * @return what was restored, in words
     * @throws InvalidInputException when nothing in the trash has that id
     */
    public String restore(UUID id) {
        return store.write(r -> {
            if (r.deals().restore(id)) {
                refuseSecondOfExternalId(r, id);
                r.trashRestore().dealsRows(id);
                Deal d = r.deals().find(id).orElseThrow();
                boolean contactToo = r.contactProfiles().restore(d.contactId());
                if (contactToo) {
                    r.trashRestore().contactsRows(d.contactId());
                }
                // Its organization too, when it went with it (an undone merge takes all three): the lists named an organization in the trash.
                UUID org = r.deals().organizationOf(id).orElseGet(() -> d.contactId() == null ? null
                        : r.contactProfiles().find(d.contactId()).map(com.funnelboard.domain.ContactProfile::organizationId).orElse(null));
                String orgToo = org == null ? "" : restoreOrganization(r, org);
                String text = "Restored \u201C" + d.title() + "\u201D" + (contactToo && !orgToo.isEmpty() ? ", its contact and its " + orgToo
                        : contactToo ? " and its contact" : !orgToo.isEmpty() ? " and its " + orgToo : "");
                r.describe(text);
                return text;
            }
            List<UUID> deletedWith = r.trashRestore().dealsDeletedWith(id);
            if (r.contactProfiles().restore(id)) {
                r.trashRestore().contactsRows(id);
                int deals = 0;
                for (UUID deal : deletedWith) {
                    if (r.deals().restore(deal)) {
                        refuseSecondOfExternalId(r, deal);
                        r.trashRestore().dealsRows(deal);
                        deals++;
                    }
                }
                com.funnelboard.domain.ContactProfile back = r.contactProfiles().find(id).orElseThrow();
                String orgToo = back.organizationId() == null ? "" : restoreOrganization(r, back.organizationId());
                String text = "Restored " + back.name() + (deals == 0 ? "" : " and " + deals + (deals == 1 ? " deal" : " deals"))
                        + (orgToo.isEmpty() ? "" : (deals == 0 ? " and" : ", and") + " the " + orgToo);
                r.describe(text);
                return text;
            }
            String org = restoreOrganization(r, id);
            if (!org.isEmpty()) {
                String text = "Restored " + org;
                r.describe(text);
                return text;
            }
            throw new InvalidInputException("id", "Nothing in the trash has the id " + id);
        });
    }

    /**
     * Refuses (the whole restore is rolled back) to bring back a deal another program's id names while a live deal holds that
     * id now (added again under it while this one was in the trash): two deals of one id, and `deals add --external-id`
     * returned either.
     */
    private static void refuseSecondOfExternalId(com.funnelboard.store.Repositories r, UUID id) {
        java.util.Optional<String> key = r.deals().externalKeyOf(id);
        if (key.isEmpty()) {
            return;
        }
        r.deals().otherWithExternalKey(key.get(), id).ifPresent(other -> {
            throw new RefusedException("\u201C" + r.deals().titleOf(id).orElse("The deal") + "\u201D was not restored: the deal \u201C"
                    + other.title() + "\u201D (" + other.id().toString().substring(0, 8) + ") has its external id " + key.get()
                    + " now. Move that one to the trash first to restore this one. Nothing was restored.");
        });
    }

    /**
     * Takes an organization out of the trash with the contacts that were in it when it was deleted (they stayed, without
     * it), however it comes back: asked for, or with a contact or deal of it restored. Brought back with a contact, it
     * came back with that contact alone, and the others stayed without it for good (the delete could no longer be undone).
     *
     * @return "organization Acme with 7 contacts", or "" when it was not in the trash
     */
    private static String restoreOrganization(com.funnelboard.store.Repositories r, UUID id) {
        List<UUID> members = r.changeLog().membersAtDelete(id);
        if (!r.organizations().restore(id)) {
            return "";
        }
        int back = 0;
        for (UUID contact : members) {
            back += r.organizations().rejoin(contact, id) ? 1 : 0;
        }
        return "organization " + r.organizations().find(id).orElseThrow().name() + (back == 0 ? "" : " with " + back + (back == 1 ? " contact" : " contacts"));
    }

    /** Today in {@code zone}, by the store's clock: the day "friday" or "+3" typed in a date field counts from. */
    public java.time.LocalDate today(java.time.ZoneId zone) {
        return java.time.LocalDate.ofInstant(store.clock().instant(), zone);
    }
}
