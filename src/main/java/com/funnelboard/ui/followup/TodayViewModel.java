package com.funnelboard.ui.followup;

import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.ChangeNotice;
import com.funnelboard.service.ChangeFeed;
import com.funnelboard.service.FollowUpService;
import com.funnelboard.ui.common.ChangeFollower;
import com.funnelboard.ui.common.UiExecutors;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Today page and the badge: overdue, due today and the next 7 days, and what can be done with them. */
public final class TodayViewModel {

    private final FollowUpService followUps;
    private com.funnelboard.service.CalendarExport calendar;
    private final UiExecutors executors;
    private final ChangeFollower changes;
    private final ObservableList<FollowUpEntry> agenda = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper(this, "overdue");
    private final ReadOnlyIntegerWrapper dueToday = new ReadOnlyIntegerWrapper(this, "dueToday");

    /** @param feed what the agenda and the badge follow: changes to follow-ups, deals, contacts, organizations */
    public TodayViewModel(FollowUpService followUps, ChangeFeed feed, UiExecutors executors) {
        this.followUps = followUps;
        this.executors = executors;
        this.changes = ChangeFollower.follow(feed, executors, n -> n.touchesAny(ChangeNotice.FOLLOW_UP, ChangeNotice.DEAL,
                ChangeNotice.CONTACT, ChangeNotice.ORGANIZATION), batch -> refresh());
    }

    /** Where "Export to calendar…" writes through. */
    public void setCalendarExport(com.funnelboard.service.CalendarExport calendar) {
        this.calendar = calendar;
    }

    /**
     * Writes every follow-up from today on, and the open overdue ones, to an .ics file; completes with how many were written. A
     * failure shows in the status bar with Retry, which writes the file again.
     */
    public CompletableFuture<Integer> exportCalendar(java.nio.file.Path file) {
        return executors.watch("export", "The calendar file " + file.getFileName() + " was not written", () -> {
            exportStatus.set("Exporting\u2026");
            java.time.LocalDate from = java.time.LocalDate.ofInstant(now(), zone());
            com.funnelboard.domain.OwnerFilter shown = owners; // what the page shows: the board's owner filter's deals
            return executors.supply(() -> calendar.export(file, from, null, true, shown)).whenComplete((n, e) -> exportStatus.set(e == null
                    ? n + " follow-up" + (n == 1 ? "" : "s") + " written to " + file.getFileName() + "; import it into your calendar."
                    : "Not exported."));
        });
    }

    private final javafx.beans.property.ReadOnlyStringWrapper exportStatus = new javafx.beans.property.ReadOnlyStringWrapper(this,
            "exportStatus", "");

    /** How the last calendar export went ("12 follow-ups written to …"), beside the button. */
    public javafx.beans.property.ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    public ObservableList<FollowUpEntry> agenda() {
        return agenda;
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty dueTodayProperty() {
        return dueToday.getReadOnlyProperty();
    }

    public Instant now() {
        return followUps.now();
    }

    /**
     * How long until just after the next midnight where the user is: the badge's "due today" and the
     * page's sections move on then (a window left open overnight showed yesterday's until the day's
     * first reminder).
     */
    public java.time.Duration untilNextDay() {
        Instant now = now();
        Instant next = java.time.LocalDate.ofInstant(now, zone()).plusDays(1).atStartOfDay(zone()).toInstant();
        return java.time.Duration.between(now, next).plusSeconds(1);
    }

    public ZoneId zone() {
        return followUps.zone();
    }

    /** How many follow-ups a section shows at first, and how many more each "Show more" adds. */
    public static final int SECTION_PAGE = 50;

    private final java.util.Map<com.funnelboard.domain.FollowUpDue, Integer> shownPerSection =
            new java.util.EnumMap<>(com.funnelboard.domain.FollowUpDue.class);
    private final ObservableList<FollowUpService.Section> sections = FXCollections.observableArrayList();

    /** The sections as last read: each with its first follow-ups and its true count. */
    public ObservableList<FollowUpService.Section> sections() {
        return sections;
    }

    /** Shows more of a section (its next {@link #SECTION_PAGE}). */
    public CompletableFuture<Void> showMore(com.funnelboard.domain.FollowUpDue due) {
        shownPerSection.put(due, shownPerSection.getOrDefault(due, SECTION_PAGE) + SECTION_PAGE);
        return refresh();
    }

    private final com.funnelboard.ui.common.OneAtATime reads = new com.funnelboard.ui.common.OneAtATime(this::read);

    /**
     * Re-reads the sections and the counts; a failure shows in the status bar with Retry. Asked
     * again while a read runs, it reads once more after that one, however often it was asked (at the
     * start the reminders and the window both ask, and on a large file each read is a second of a
     * core's time).
     */
    public CompletableFuture<Void> refresh() {
        return reads.run();
    }

    private com.funnelboard.domain.OwnerFilter owners = com.funnelboard.domain.OwnerFilter.EVERYONE;
    private final javafx.beans.property.ReadOnlyStringWrapper whose = new javafx.beans.property.ReadOnlyStringWrapper(this, "whose", "");

    /**
     * Shows the follow-ups of the deals the board's owner filter lets through (its "My deals" on a shared file: the
     * team's calls filled the page and the badge), and reads them again.
     *
     * @param deals whose deals those are, in words ("my deals", "deals of Ola Nordmann"; empty for everyone's)
     */
    public CompletableFuture<Void> showOwners(com.funnelboard.domain.OwnerFilter filter, String deals) {
        owners = filter;
        whose.set(deals);
        return refresh();
    }

    /** Whose deals' follow-ups the page shows, empty for everyone's ("my deals", "deals of Ola Nordmann"). */
    public javafx.beans.property.ReadOnlyStringProperty whoseProperty() {
        return whose.getReadOnlyProperty();
    }

    private CompletableFuture<Void> read() {
        java.util.Map<com.funnelboard.domain.FollowUpDue, Integer> limits = new java.util.EnumMap<>(shownPerSection);
        com.funnelboard.domain.OwnerFilter filter = owners;
        return executors.watch("today", "Today's follow-ups could not be read",
                () -> executors.supply(() -> followUps.sections(due -> limits.getOrDefault(due, SECTION_PAGE), filter)).thenAccept(s -> {
                    agenda.setAll(s.stream().flatMap(section -> section.first().stream()).toList());
                    sections.setAll(s);
                    overdue.set(s.get(com.funnelboard.domain.FollowUpDue.OVERDUE.ordinal()).count());
                    dueToday.set(s.get(com.funnelboard.domain.FollowUpDue.TODAY.ordinal()).count());
                }));
    }

    /** Marks a follow-up done; a failure shows in the status bar. */
    public CompletableFuture<FollowUp> done(UUID id) {
        return executors.problems().watch("follow-up", "The follow-up was not marked done",
                executors.supply(() -> followUps.complete(id).followUp()).thenCompose(this::afterChange));
    }

    /** Puts a follow-up off; a failure shows in the status bar. */
    public CompletableFuture<FollowUp> snooze(UUID id, Instant until) {
        return executors.problems().watch("follow-up", "The follow-up was not snoozed",
                executors.supply(() -> followUps.snooze(id, until)).thenCompose(this::afterChange));
    }

    /** How many follow-ups of a deal are open, read in the background. */
    public CompletableFuture<Integer> openOfDeal(UUID dealId) {
        return executors.problems().logFailure("The deal's open follow-ups could not be counted", executors.supply(() -> followUps.openOfDeal(dealId)));
    }

    /** Marks every open follow-up of a deal done (one undoable change); a failure shows in the status bar. */
    public CompletableFuture<Integer> closeOpenOfDeal(UUID dealId) {
        return executors.problems().watch("follow-up", "The deal's follow-ups were not closed",
                executors.supply(() -> followUps.closeOpenOfDeal(dealId)).thenCompose(n -> changes.settled().thenApply(v -> n)));
    }

    /** Schedules a follow-up; a failure shows in the status bar. */
    public CompletableFuture<FollowUp> schedule(UUID dealId, Instant due, FollowUpKind kind, String note) {
        return executors.problems().watch("follow-up", "The follow-up was not scheduled",
                executors.supply(() -> followUps.schedule(dealId, due, kind, note)).thenCompose(this::afterChange));
    }

    /** Completes once the agenda shows the change (and every other committed so far). */
    private CompletableFuture<FollowUp> afterChange(FollowUp f) {
        return changes.settled().thenApply(v -> f);
    }
}
