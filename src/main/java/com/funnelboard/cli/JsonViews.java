package com.funnelboard.cli;

import com.funnelboard.domain.Contact;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.DuplicateFinder;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpDue;
import com.funnelboard.domain.FollowUpEntry;
import com.funnelboard.domain.Interaction;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.Organization;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.OrganizationSummary;
import com.funnelboard.domain.StageChange;
import com.funnelboard.domain.TimelineEvent;
import com.funnelboard.domain.checklist.ItemResult;
import com.funnelboard.service.ContactView;
import com.funnelboard.service.DealDetails;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The JSON shapes of the command line, a contract scripts depend on: ids as strings, times as
 * ISO-8601 with offset, money as {"amount": "1250.00", "currency": "EUR"}, names lower-case.
 * Absent values are null, never missing.
 */
final class JsonViews {

    private final ZoneId zone;
    private final Instant now;

    JsonViews(ZoneId zone, Instant now) {
        this.zone = zone;
        this.now = now;
    }

    record MoneyJson(String amount, String currency) {}

    record Ref(String id, String name) {}

    record DealRow(String id, String title, String stage, Ref contact, Ref organization, MoneyJson value, MoneyJson finalValue,
            String expectedCloseOn, String closedOn, String stageEnteredAt, String nextFollowUpAt, String owner, Integer score, String externalId,
            String overrideReason, String source, String lostReason, String createdAt) {}

    /** A lead score and the lines it adds up from. */
    record ScoreJson(int total, List<ScoreLineJson> lines) {}

    /** @param at the day of the interaction that earned it (null for a fit of the profile); for decay, the last interaction */
    record ScoreLineJson(int points, String signal, String text, String at) {}

    record ContactJson(String id, String name, String email, String phone, String source) {}

    record ChecklistItemJson(String id, String code, String text, boolean required, String kind, boolean holds, String evidence) {}

    record DealJson(String id, String title, String stage, MoneyJson value, String currency, String source, String expectedCloseOn,
            String stageEnteredAt, String lostReason, String lostNote, MoneyJson finalValue, String closedOn, String createdAt,
            String owner, ContactJson contact, Ref organization,
            String nextStage, List<ChecklistItemJson> checklist, List<InteractionJson> interactions, List<FollowUpJson> followUps,
            ScoreJson score, String externalId, String notes) {}

    record InteractionJson(String id, String dealId, String contactId, String kind, String direction, String at, String note) {}

    record FollowUpJson(String id, String dealId, String dueAt, String snoozedUntil, String status, String kind, String note,
            String doneAt) {}

    record FollowUpRow(String id, String dealId, String dealTitle, String stage, String contact, String organization, String owner,
            String dueAt, String snoozedUntil, String status, String kind, String note) {}

    record AnsweredJson(String code, String text, boolean required, String kind, boolean holds, String evidence) {}

    record StageChangeJson(String id, String dealId, String from, String to, String at, String by, String overrideReason,
            String lostReason, String lostNote, List<AnsweredJson> checklist) {}

    /** What {@code move} reports: the recorded stage change, and the final value and close date of a move to Won (else null). */
    record MovedJson(String id, String dealId, String from, String to, String at, String by, String overrideReason,
            String lostReason, String lostNote, List<AnsweredJson> checklist, MoneyJson finalValue, String closedOn) {}

    record UnmetJson(String id, String code, String text) {}

    /**
     * ISO-8601 with the offset always written out ("+00:00", never "Z") and always three digits of
     * milliseconds: a time written with none, one or nine digits (as stored) is one that Python 3.10's
     * {@code datetime.fromisoformat} refuses, one stored time in ten.
     */
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss.SSS")
            .appendOffset("+HH:MM", "+00:00")
            .toFormatter(Locale.ROOT);

    record ContactRow(String id, String name, String title, Ref organization, String email, String phone, String industry,
            int openDeals, String lastInteractionAt) {}

    record ContactProfileJson(String id, String name, String title, Ref organization, List<String> emails, List<String> phones,
            String channel, String industry, String companySize, String persona, String painPoints, String source, List<String> tags,
            String notes) {}

    record ContactDetailJson(ContactProfileJson contact, List<DealRow> deals, List<TimelineJson> timeline) {}

    record TimelineJson(String type, String at, String dealId, String dealTitle, String summary, Object item) {}

    record OrganizationJson(String id, String name, String website, String industry, String companySize, String address) {}

    record OrganizationRow(String id, String name, String website, String industry, String companySize, int contacts, int openDeals) {}

    record LookAlikeJson(ContactRef first, ContactRef second, List<String> reasons) {}

    record ContactRef(String id, String name, List<String> emails, List<String> phones) {}

    ContactRow contactRow(ContactSummary c) {
        return new ContactRow(id(c.id()), c.name(), c.title(), c.organizationId() == null ? null : new Ref(id(c.organizationId()),
                c.organizationName()), c.email(), c.phone(), c.industry(), c.openDeals(), time(c.lastInteractionAt()));
    }

    static ContactProfileJson contact(ContactProfile p, OrganizationProfile org) {
        return new ContactProfileJson(id(p.id()), p.name(), p.title(), org == null ? null : new Ref(id(org.id()), org.name()), p.emails(),
                p.phones(), p.channel() == null ? null : p.channel().key(), p.industry(), p.companySize(), p.persona(), p.painPoints(),
                p.source(), p.tags(), p.notes());
    }

    ContactDetailJson contactDetail(ContactView v, List<TimelineEvent> timeline) {
        return new ContactDetailJson(contact(v.profile(), v.organization()), v.deals().stream().map(this::row).toList(),
                timeline.stream().map(this::timeline).toList());
    }

    TimelineJson timeline(TimelineEvent e) {
        return switch (e) {
            case TimelineEvent.Logged l -> new TimelineJson("interaction", time(e.at()), id(l.interaction().dealId()), e.dealTitle(),
                    TimelineText.summary(e), interaction(l.interaction()));
            case TimelineEvent.Moved m -> new TimelineJson("stage-change", time(e.at()), id(m.change().dealId()), e.dealTitle(),
                    TimelineText.summary(e), stageChange(m.change()));
            case TimelineEvent.Reminder r -> new TimelineJson("follow-up", time(e.at()), id(r.followUp().dealId()), e.dealTitle(),
                    TimelineText.summary(e), followUp(r.followUp()));
        };
    }

    static OrganizationJson organization(OrganizationProfile o) {
        return new OrganizationJson(id(o.id()), o.name(), o.website(), o.industry(), o.companySize(), o.address());
    }

    static OrganizationRow organizationRow(OrganizationSummary o) {
        return new OrganizationRow(id(o.id()), o.name(), o.website(), o.industry(), o.companySize(), o.contacts(), o.openDeals());
    }

    static ContactRef contactRef(DuplicateFinder.Candidate c) {
        return new ContactRef(id(c.id()), c.name(), c.emails(), c.phones());
    }

    String time(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, zone).format(TIME);
    }

    /** A calendar date as ISO-8601 ("2026-03-12"). */
    static String date(java.time.LocalDate d) {
        return d == null ? null : d.toString();
    }

    /**
     * A deal's close day: a won deal's own, a lost deal's the day it was lost, as the CSV export writes it (null in `deals show`
     * once, and in `deals list` until a manager found no lost deal's day there to count the losses of a quarter by).
     */
    String closedOn(com.funnelboard.domain.Stage stage, java.time.Instant stageEnteredAt, java.time.LocalDate closed) {
        return stage == com.funnelboard.domain.Stage.LOST && stageEnteredAt != null ? java.time.LocalDate.ofInstant(stageEnteredAt, zone).toString()
                : date(closed);
    }

    static String id(UUID id) {
        return id == null ? null : id.toString();
    }

    static MoneyJson money(Money m) {
        return m == null ? null : new MoneyJson(m.amount().toPlainString(), m.currency());
    }

    DealRow row(DealCard c) {
        return row(c, null);
    }

    /** A list's deal with its close dates (the forecast's, checked by scripts against the reports). */
    DealRow row(DealCard c, com.funnelboard.service.DealService.CloseDates dates) {
        // A deal without a contact has none (null), as in deals show: {"id": null, "name": "No contact"} read as a person named so.
        return new DealRow(id(c.id()), c.title(), c.stage().key(), c.contactId() == null ? null : new Ref(id(c.contactId()), c.contactName()),
                c.organizationId() == null ? null : new Ref(id(c.organizationId()), c.organizationName()), money(c.value()), money(c.finalValue()),
                dates == null ? null : date(dates.expected()), dates == null ? null : closedOn(c.stage(), c.stageEnteredAt(), dates.closed()),
                time(c.stageEnteredAt()),
                time(c.nextFollowUpAt()), c.owner(), c.score(), dates == null ? null : dates.externalId(), c.overrideReason(),
                dates == null ? null : dates.source(), dates == null ? null : dates.lostReason(), dates == null ? null : time(dates.createdAt()));
    }

    DealJson deal(DealDetails d) {
        Deal deal = d.deal();
        Contact c = d.contact();
        Organization o = d.organization();
        return new DealJson(id(deal.id()), deal.title(), deal.stage().key(), money(deal.value()), deal.currency(), deal.source(),
                date(deal.expectedCloseOn()), time(deal.stageEnteredAt()),
                deal.lostReason() == null ? null : deal.lostReason().key(), deal.lostNote(), money(deal.finalValue()),
                closedOn(deal.stage(), deal.stageEnteredAt(), deal.closedOn()), time(deal.createdAt()), deal.owner(),
                c == null ? null : new ContactJson(id(c.id()), c.name(), c.email(), c.phone(), c.source()),
                o == null ? null : new Ref(id(o.id()), o.name()),
                d.nextStage() == null ? null : d.nextStage().key(),
                d.checklist().results().stream().map(JsonViews::item).toList(),
                d.interactions().stream().map(this::interaction).toList(),
                d.followUps().stream().map(this::followUp).toList(),
                d.score() == null ? null : score(d.score()), d.externalId(), d.notes());
    }

    ScoreJson score(com.funnelboard.domain.scoring.Score s) {
        return new ScoreJson(s.total(), s.lines().stream().map(l -> new ScoreLineJson(l.points(), l.signal().key(),
                l.text(zone, java.util.Locale.ENGLISH, now), time(l.at()))).toList());
    }

    static ChecklistItemJson item(ItemResult r) {
        return new ChecklistItemJson(id(r.item().id()), r.item().code(), r.item().text(), r.item().required(),
                r.item().isDerived() ? "derived" : "checked", r.holds(), r.evidence());
    }

    static UnmetJson unmet(ItemResult r) {
        return new UnmetJson(id(r.item().id()), r.item().code(), r.item().text());
    }

    InteractionJson interaction(Interaction i) {
        return new InteractionJson(id(i.id()), id(i.dealId()), id(i.contactId()), i.kind().key(), i.direction().key(), time(i.occurredAt()),
                i.note());
    }

    FollowUpJson followUp(FollowUp f) {
        return new FollowUpJson(id(f.id()), id(f.dealId()), time(f.dueAt()), time(f.snoozedUntil()), status(f), f.kind().key(), f.note(),
                time(f.doneAt()));
    }

    FollowUpRow followUpRow(FollowUpEntry e) {
        FollowUp f = e.followUp();
        return new FollowUpRow(id(f.id()), id(f.dealId()), e.dealTitle(), e.stage().key(), e.contactName(), e.organizationName(), e.owner(),
                time(f.dueAt()), time(f.snoozedUntil()), status(f), f.kind().key(), f.note());
    }

    /** "done", or where an open follow-up's due time falls: "overdue", "today", "upcoming". */
    String status(FollowUp f) {
        return f.isOpen() ? FollowUpDue.of(f.effectiveDue(), now, zone).key() : "done";
    }

    StageChangeJson stageChange(StageChange c) {
        return new StageChangeJson(id(c.id()), id(c.dealId()), c.from() == null ? null : c.from().key(), c.to().key(), time(c.changedAt()),
                c.changedBy(), c.overrideReason(), c.lostReason() == null ? null : c.lostReason().key(), c.lostNote(),
                c.checklist().stream()
                        .map(a -> new AnsweredJson(a.code(), a.text(), a.required(), a.derived() ? "derived" : "checked", a.holds(),
                                a.evidence()))
                        .toList());
    }

    MovedJson moved(StageChange c, Deal deal) {
        StageChangeJson j = stageChange(c);
        boolean won = c.to() == com.funnelboard.domain.Stage.WON;
        return new MovedJson(j.id(), j.dealId(), j.from(), j.to(), j.at(), j.by(), j.overrideReason(), j.lostReason(), j.lostNote(),
                j.checklist(), won ? money(deal.finalValue()) : null, won ? date(deal.closedOn()) : null);
    }
}
