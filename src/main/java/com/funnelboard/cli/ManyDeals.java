package com.funnelboard.cli;

import java.util.List;
import java.util.UUID;

/** {@code deals edit} and {@code deals delete} of several deals (ids, or "-" for standard input), each as one change set. */
final class ManyDeals {

    private ManyDeals() {}

    /** {@code deals edit} of several deals: their owner and expected close date, as one change set. */
    static int edit(RootCommand root, DealOptions.EditOptions o) {
        if (o.title != null || o.value != null || o.currency != null || o.source != null || o.contact != null || o.finalValue != null
                || o.closedOn != null || o.notes != null) {
            return root.console().fail(ExitCodes.BAD_INPUT, "Several deals take --owner and --close-date; edit a title, value, currency, "
                    + "source, contact, notes, final value or close date of a win one deal at a time");
        }
        if (o.newOwner == null && o.closeDate == null) {
            return root.console().fail(ExitCodes.BAD_INPUT, "Say what to change: --owner, --close-date or both");
        }
        return root.run(s -> {
            java.time.LocalDate close = null;
            List<UUID> deals;
            try {
                if (o.closeDate != null && !o.closeDate.strip().equalsIgnoreCase("none")) {
                    close = Values.dayOrWord(o.closeDate, java.time.LocalDate.ofInstant(s.now(), s.zone()), s.locale(), "2026-06-30");
                }
                deals = DealIds.resolve(s, o.ids, root::standardInput);
            } catch (IllegalArgumentException e) {
                return s.console().fail(ExitCodes.BAD_INPUT, (o.closeDate != null && close == null
                        && !o.closeDate.strip().equalsIgnoreCase("none") ? "--close-date: " : "") + e.getMessage());
            }
            boolean nobody = o.newOwner != null && o.newOwner.strip().equalsIgnoreCase("nobody");
            String email = o.newOwner == null || nobody ? null : s.workspace().people().ownerEmail(o.newOwner);
            var edit = new com.funnelboard.service.BulkDeals.Edit(email, com.funnelboard.service.PeopleService.mailboxName(o.newOwner), nobody,
                    o.closeDate != null, close);
            var outcome = s.workspace().bulkDeals().edit(deals, edit);
            // The owner as History names them: the team's name for the address ("Gave 6 deals to Bob Rep"), else the address.
            String shown = email == null ? null : s.workspace().people().directory().getOrDefault(email, email);
            String owner = email != null ? " to " + shown : nobody ? " without an owner" : "";
            String day = o.closeDate == null ? "" : close == null ? "no expected close date" : "expected to close on " + close;
            int exit = o.newOwner != null && o.closeDate != null ? BulkReport.print(s, outcome, "Changed", ": owner "
                    + (email == null ? "nobody" : shown) + ", " + day)
                    : o.newOwner != null ? BulkReport.print(s, outcome, email != null ? "Gave" : "Left", owner)
                    : BulkReport.print(s, outcome, "Changed", ": " + day);
            return exit;
        });
    }

    /** {@code deals delete} of several deals. */
    static int delete(RootCommand root, List<String> ids) {
        return root.run(s -> {
            List<UUID> deals;
            try {
                deals = DealIds.resolve(s, ids, root::standardInput);
            } catch (IllegalArgumentException e) {
                return s.console().fail(ExitCodes.BAD_INPUT, e.getMessage());
            }
            return BulkReport.print(s, s.workspace().bulkDeals().delete(deals), "Moved", " to the trash");
        });
    }
}
