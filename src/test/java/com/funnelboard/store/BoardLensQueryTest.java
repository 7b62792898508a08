package com.funnelboard.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.BoardLens;
import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.DealSort;
import com.funnelboard.domain.FollowUp;
import com.funnelboard.domain.FollowUpKind;
import com.funnelboard.domain.Money;
import com.funnelboard.domain.OrganizationProfile;
import com.funnelboard.domain.PreferredChannel;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.Fixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lens in SQL (pages, column counts and totals, lists) lets through exactly the deals a plain Java filter does. */
class BoardLensQueryTest {

    @TempDir
    Path dir;

    /** What the Java side knows of each generated deal. */
    record Row(UUID id, Stage stage, String title, String source, String industry, String tag, PreferredChannel channel, Long value,
            Instant entered, Instant due, boolean lone) {}

    @Test
    void countsTotalsAndOrdersFollowTheLens() {
        Store store = Fixtures.store(dir);
        Random random = new Random(7);
        String[] sources = {"referral", "website", "event"};
        String[] industries = {"Brewing", "Software", null};
        String[] tags = {"vip", "cold", null};
        Stage[] stages = {Stage.LEAD, Stage.PROSPECT, Stage.OPPORTUNITY, Stage.WON};
        List<Row> rows = new ArrayList<>();
        Instant now = Fixtures.NOW;
        for (int i = 0; i < 40; i++) {
            UUID org = UUID.randomUUID();
            UUID contact = UUID.randomUUID();
            // One deal in five has no contact (an import's deal row that named nobody): nothing of a contact's is its.
            boolean lone = i % 5 == 3;
            String industry = lone ? null : industries[random.nextInt(3)];
            String tag = lone ? null : tags[random.nextInt(3)];
            PreferredChannel channel = lone ? null : random.nextBoolean() ? PreferredChannel.EMAIL : PreferredChannel.PHONE;
            Long value = random.nextInt(5) == 0 ? null : (long) random.nextInt(20_000) * 100;
            Instant entered = now.minus(Duration.ofDays(random.nextInt(40)));
            Instant due = random.nextBoolean() ? null : now.plus(Duration.ofHours(random.nextInt(200) - 100));
            Row row = new Row(UUID.randomUUID(), stages[random.nextInt(4)], (i % 2 == 0 ? "Kegs " : "Casks ") + i, sources[random.nextInt(3)],
                    industry, tag, channel, value, entered, due, lone);
            rows.add(row);
            store.writeAll(r -> {
                if (!row.lone()) {
                    r.organizations().insert(new OrganizationProfile(org, "Org " + row.title(), null, null, null, null));
                    r.contactProfiles().insert(new ContactProfile(contact, org, "Person " + row.title(), null, List.of(), List.of(), row.channel(),
                            row.industry(), null, null, null, null, row.tag() == null ? List.of() : List.of(row.tag(), "other"), null, null));
                }
                r.deals().insert(new Deal(row.id(), row.lone() ? null : contact, row.title(), row.stage(), row.value() == null ? null : new Money(row.value(), "EUR"),
                        "EUR", row.source(), null, row.entered(), null, null, null, null, now, now));
                if (row.due() != null) {
                    r.followUps().insert(new FollowUp(UUID.randomUUID(), row.id(), row.due(), FollowUpKind.CALL, null, null, null));
                }
            });
        }
        RotRule rot = RotRule.defaults();
        Map<BoardLens, Predicate<Row>> lenses = new java.util.HashMap<>(Map.of(
                BoardLens.ALL, r -> true,
                BoardLens.ALL.with("source", "REFERRAL"), r -> r.source().equals("referral"),
                BoardLens.ALL.with("industry", "brewing").with("channel", "email"), r -> "Brewing".equals(r.industry())
                        && r.channel() == PreferredChannel.EMAIL,
                BoardLens.ALL.with("tag", "vip"), r -> "vip".equals(r.tag()),
                BoardLens.ALL.with("min-value", "5000").with("max-value", "15000"), r -> r.value() != null && r.value() >= 500_000
                        && r.value() <= 1_500_000,
                BoardLens.ALL.with("followup", "overdue"), r -> r.due() != null && r.due().isBefore(now),
                BoardLens.ALL.with("followup", "none"), r -> r.due() == null,
                BoardLens.ALL.with("rotting", "yes"), r -> rot.isRotting(r.stage(), r.entered(), now),
                BoardLens.ALL.with("text", "kegs"), r -> r.title().startsWith("Kegs"),
                BoardLens.ALL.with("text", "person casks").with("source", "website"), r -> r.title().startsWith("Casks")
                        && r.source().equals("website") && !r.lone()));
        lenses.put(BoardLens.ALL.with("no-contact", "yes"), Row::lone);
        lenses.put(BoardLens.ALL.with("no-contact", "yes").with("followup", "none"), r -> r.lone() && r.due() == null);
        lenses.forEach((lens, test) -> {
            var totals = store.read(r -> r.board().totals(lens, rot, now));
            for (Stage stage : stages) {
                List<Row> expected = rows.stream().filter(r -> r.stage() == stage).filter(test).toList();
                long count = totals.getOrDefault(stage, List.of()).stream().mapToLong(BoardQueries.StageTotal::count).sum();
                long sum = totals.getOrDefault(stage, List.of()).stream().mapToLong(t -> t.total().minor()).sum();
                assertThat(count).as(lens + " count of " + stage).isEqualTo(expected.size());
                assertThat(sum).as(lens + " total of " + stage).isEqualTo(expected.stream().mapToLong(r -> r.value() == null ? 0 : r.value()).sum());
                List<UUID> page = store.read(r -> r.board().page(stage, 0, 100, lens, DealSort.VALUE, rot, now)).stream().map(DealCard::id).toList();
                assertThat(page).as(lens + " page of " + stage).containsExactlyElementsOf(expected.stream()
                        .sorted(Comparator.comparing((Row r) -> r.value() == null).thenComparing(r -> r.value() == null ? 0 : -r.value())
                                .thenComparing(r -> r.id().toString()))
                        .map(Row::id).toList());
            }
        });
        List<UUID> byDays = store.read(r -> r.board().page(Stage.LEAD, 0, 100, BoardLens.ALL, DealSort.DAYS, rot, now)).stream()
                .map(DealCard::id).toList();
        assertThat(byDays).containsExactlyElementsOf(rows.stream().filter(r -> r.stage() == Stage.LEAD)
                .sorted(Comparator.comparing(Row::entered).thenComparing(r -> r.id().toString())).map(Row::id).toList());
        store.close();
    }
}
