package com.funnelboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.LostReason;
import com.funnelboard.domain.Stage;
import com.funnelboard.domain.StageChange;
import com.funnelboard.service.ShareService;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The conflicts view under its table: each side's stage move, headed by whose value it is, so keeping one is a choice made knowing why. */
class ConflictMovesTest {

    private final ConflictsDialog dialog = new ConflictsDialog(null, ZoneOffset.UTC, Locale.UK, s -> {});
    private final UUID deal = UUID.randomUUID();
    private final Instant at = Instant.parse("2026-03-12T10:01:00Z");

    @Test
    void aStageConflictShowsBothMovesUnderWhoMadeThem() {
        StageChange lost = new StageChange(UUID.randomUUID(), deal, Stage.OPPORTUNITY, Stage.LOST, at, "Ann", List.of(), null,
                LostReason.COMPETITOR, "Went with Acme");
        FieldConflict c = new FieldConflict(UUID.randomUUID(), "deal", deal.toString(), "stage", "deal \u201CPilot\u201D",
                new FieldConflict.Side("\"lost\"", "Ann Alder <ann@x.example>", UUID.randomUUID(), at, true, lost),
                List.of(new FieldConflict.Side("\"opportunity\"", "Bo Lind <bo@x.example>", UUID.randomUUID(), at.plusSeconds(3_600), false)));
        var d = new ShareViewModel.Described(c, new ShareService.ConflictText("Stage", "Lost",
                List.of("Opportunity"), List.of("Chose a competitor: Went with Acme", ""), List.of("Opportunity \u2192 Lost\nLost: Chose a competitor (Went with Acme)", "")));

        assertThat(dialog.movesOf(d)).containsExactly("""
                Now \u2014 Ann Alder \u00B7 here \u00B7 12 Mar 2026, 10:01:
                Opportunity \u2192 Lost
                Lost: Chose a competitor (Went with Acme)""", """
                Other \u2014 Bo Lind \u00B7 12 Mar 2026, 11:01:
                (the move that set it is not on this installation)""");
    }

    @Test
    void anyOtherFieldShowsNothingUnderTheTable() {
        FieldConflict c = new FieldConflict(UUID.randomUUID(), "deal", deal.toString(), "title", "deal \u201CPilot\u201D",
                new FieldConflict.Side("\"A\"", "Ann", UUID.randomUUID(), at, true), List.of(new FieldConflict.Side("\"B\"", "Bo", UUID.randomUUID(), at, false)));
        assertThat(dialog.movesOf(new ShareViewModel.Described(c, new ShareService.ConflictText("Title", "A", List.of("B"))))).isEmpty();
        assertThat(dialog.movesOf(null)).isEmpty();
    }

    /**
     * Notes are shown whole under the table, side by side, and Edit… starts from both texts (the cells cut both to "Katrin:…400 V
     * vorhanden", and Edit…'s one line held the value shown now alone).
     */
    @Test
    void notesAreShownWholeAndEditedFromBothTexts() {
        String mine = "Katrin: Anschluss 400 V vorhanden\nKühlzelle ab März";
        String theirs = "Jörg: Ute möchte die Lieferung anpassen";
        FieldConflict c = new FieldConflict(UUID.randomUUID(), "deal", deal.toString(), "notes", "deal \u201CKühlzelle\u201D",
                new FieldConflict.Side("\"" + mine.replace("\n", "\\n") + "\"", "Katrin Müller <k@x.example>", UUID.randomUUID(), at, true),
                List.of(new FieldConflict.Side("\"" + theirs + "\"", "Jörg Weiß <j@x.example>", UUID.randomUUID(), at.plusSeconds(60), false)));
        var d = new ShareViewModel.Described(c, new ShareService.ConflictText("Notes", mine, List.of(theirs)));
        assertThat(dialog.movesOf(d)).containsExactly("Now \u2014 Katrin Müller \u00B7 here \u00B7 12 Mar 2026, 10:01:\n" + mine,
                "Other \u2014 Jörg Weiß \u00B7 12 Mar 2026, 10:02:\n" + theirs);
        assertThat(ConflictTextDialog.both(d)).isEqualTo(mine + "\n\n" + theirs);
    }
}
