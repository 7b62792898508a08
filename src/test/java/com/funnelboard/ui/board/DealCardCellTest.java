package com.funnelboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.DealCard;
import com.funnelboard.domain.RotRule;
import com.funnelboard.domain.Stage;
import com.funnelboard.testing.UiRobot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;

/** A card cell that waited for its page through several redraws looks like any other card once the deal arrives. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class DealCardCellTest {

    static final Instant NOW = Instant.parse("2026-03-12T10:00:00Z");

    @Test
    void aCardWithItsDealNeverLooksLoading(FxRobot robot) {
        java.util.List<java.util.List<String>> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            DealCardCell cell = new DealCardCell(Clock.fixed(NOW, ZoneOffset.UTC), Locale.ENGLISH,
                    new SimpleObjectProperty<>(RotRule.defaults()), new OwnerChoices(f -> { }));
            // A cell is redrawn several times while its page is read.
            cell.updateItem(null, false);
            cell.updateItem(null, false);
            cell.updateItem(null, false);
            seen.add(java.util.List.copyOf(cell.getGraphic().getStyleClass()));
            cell.updateItem(card(), false);
            seen.add(java.util.List.copyOf(cell.getGraphic().getStyleClass()));
            cell.updateItem(null, false);
            cell.updateItem(null, false);
            cell.updateItem(card(), false);
            seen.add(java.util.List.copyOf(cell.getGraphic().getStyleClass()));
        });
        assertThat(seen.get(0)).as("waiting for its page").containsOnlyOnce("loading");
        assertThat(seen.get(1)).as("with its deal").doesNotContain("loading");
        assertThat(seen.get(2)).as("with its deal after waiting again").doesNotContain("loading");
    }

    @Test
    void aDealThatEnteredItsStageByAnOverrideIsMarkedWithTheReasonInItsTooltip(FxRobot robot) {
        java.util.List<Object> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            DealCardCell cell = new DealCardCell(Clock.fixed(NOW, ZoneOffset.UTC), Locale.ENGLISH,
                    new SimpleObjectProperty<>(RotRule.defaults()), new OwnerChoices(f -> { }));
            DealCard plain = card();
            DealCard pushed = new DealCard(plain.id(), "Pilot", Stage.PROSPECT, plain.contactId(), "Ida Berg", plain.organizationId(),
                    "Nordwind AB", null, null, NOW.minusSeconds(86_400), null, null, null, "Met at the fair");
            cell.updateItem(pushed, false);
            seen.add(marks(cell));
            seen.add(tooltip(cell));
            cell.updateItem(plain, false); // the cell reused for another deal
            seen.add(marks(cell));
            seen.add(tooltip(cell));
        });
        assertThat(seen.get(0)).as("marked").isEqualTo(1L);
        assertThat((String) seen.get(1)).contains("Checklist overridden to enter Prospect: Met at the fair");
        assertThat(seen.get(2)).as("a reused cell loses the mark").isEqualTo(0L);
        assertThat((String) seen.get(3)).doesNotContain("overridden");
    }

    /** A won deal's card says the day it was won; its open follow-up's date (the onboarding call) was read as its close date. */
    @Test
    void aWonCardShowsTheDayItWasWonBesideItsFollowUp(FxRobot robot) {
        java.util.List<String> seen = new java.util.ArrayList<>();
        robot.interact(() -> {
            DealCardCell cell = new DealCardCell(Clock.fixed(NOW, ZoneOffset.UTC), Locale.ENGLISH,
                    new SimpleObjectProperty<>(RotRule.defaults()), new OwnerChoices(f -> { }));
            DealCard plain = card();
            DealCard won = new DealCard(plain.id(), "Pilot", Stage.WON, plain.contactId(), "Ida Berg", plain.organizationId(), "Nordwind AB",
                    null, null, Instant.parse("2026-03-02T09:00:00Z"), Instant.parse("2026-03-20T09:00:00Z"));
            cell.updateItem(won, false);
            seen.add(texts(cell));
            seen.add(tooltip(cell));
            cell.updateItem(plain, false); // reused for an open deal
            seen.add(texts(cell));
        });
        assertThat(seen.get(0)).contains("Mar 2").contains("Mar 20").doesNotContain("10 d");
        assertThat(seen.get(1)).contains("Won on Mar 2, 2026").contains("Follow-up ").doesNotContain("days in");
        assertThat(seen.get(2)).contains("1 d").doesNotContain("Mar 2");
    }

    private static String texts(DealCardCell cell) {
        return cell.getGraphic().lookupAll(".label").stream().map(n -> ((javafx.scene.control.Label) n).getText()).filter(t -> t != null)
                .collect(java.util.stream.Collectors.joining(" | "));
    }

    private static long marks(DealCardCell cell) {
        return cell.getGraphic().lookupAll(".label").stream().filter(n -> n instanceof javafx.scene.control.Label l && l.getGraphic() != null
                && l.getGraphic().getStyleClass().contains("card-overridden")).count();
    }

    private static String tooltip(DealCardCell cell) {
        return cell.tipText();
    }

    static DealCard card() {
        return new DealCard(UUID.randomUUID(), "Pilot", Stage.LEAD, UUID.randomUUID(), "Ida Berg", UUID.randomUUID(), "Nordwind AB",
                null, null, NOW.minusSeconds(86_400), null);
    }
}
