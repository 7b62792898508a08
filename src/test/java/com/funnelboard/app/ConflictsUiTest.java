package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.Deal;
import com.funnelboard.domain.FieldConflict;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.DealEditing;
import com.funnelboard.service.ShareService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.TickingClock;
import com.funnelboard.testing.UiRobot;
import com.funnelboard.ui.common.UiExecutors;
import com.funnelboard.ui.share.ConflictsDialog;
import com.funnelboard.ui.share.ShareViewModel;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * File → Conflicts…: each side's value in words with who wrote it and when under it (the full
 * address and day in its tooltip), and keeping one says what was kept in money, not cents.
 */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ConflictsUiTest {

    @TempDir
    Path dir;

    Store ida;
    Store bo;
    ExecutorService background = Executors.newSingleThreadExecutor();
    final List<String> said = new CopyOnWriteArrayList<>();

    @Start
    void start(javafx.stage.Stage stage) throws Exception {
        Deal deal = Fixtures.pilotOnTwoCopies(dir);
        ida = Store.open(dir.resolve("ida.db"), new TickingClock(Fixtures.NOW.plusSeconds(60)));
        bo = Store.open(dir.resolve("bo.db"), new TickingClock(Fixtures.NOW.plusSeconds(61)));
        new com.funnelboard.service.PeopleService(bo).setIdentity("Bo Lind", "bo@nordwind.example");
        new DealEditing(ida, Locale.UK).edit(deal.id(), new DealEditing.Edit("Pilot, first phase", "12,500", null, null, false, null));
        new DealEditing(bo, Locale.UK).edit(deal.id(), new DealEditing.Edit("Pilot for the whole northern region, 40 seats", "15,000", null,
                null, false, null));
        Path file = dir.resolve("bo.funnel");
        new ShareService(bo).export(file);
        new ShareService(ida).merge(file, () -> false);
        // Cy, on a third copy, gives the value a third time, before Ida's and Bo's reach him: three sides of one field.
        java.nio.file.Files.copy(dir.resolve("template.db"), dir.resolve("cy.db"));
        try (Store cy = Store.open(dir.resolve("cy.db"), new TickingClock(Fixtures.NOW.plusSeconds(30)))) {
            new DealEditing(cy, Locale.UK).edit(deal.id(), new DealEditing.Edit("Pilot", "18,000", null, null, false, null));
            new ShareService(cy).export(dir.resolve("cy.funnel"));
        }
        new ShareService(ida).merge(dir.resolve("cy.funnel"), () -> false);

        ShareViewModel model = new ShareViewModel(new ShareService(ida), new UiExecutors(background, Platform::runLater));
        com.funnelboard.testing.AppWindow.owner(stage);
        ConflictsDialog dialog = new ConflictsDialog(model, ZoneOffset.UTC, Locale.UK, said::add);
        dialog.setUndo(() -> {
            undos.incrementAndGet();
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
        dialog.show(stage);
    }

    /** How often Ctrl+Z in the dialog asked the window to undo. */
    private final java.util.concurrent.atomic.AtomicInteger undos = new java.util.concurrent.atomic.AtomicInteger();

    @AfterEach
    void close() {
        background.shutdownNow();
        ida.close();
        bo.close();
    }

    @Test
    void bothValuesShowWhoWroteThemAndKeepingOneSaysItInMoney(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ShareViewModel.Described> table = robot.lookup("#conflicts-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> table.getItems().size() == 2);
        BoardUiTest.waitUntil(() -> robot.lookup(".table-cell .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "\u20AC18,000".equals(l.getText())));
        assertThat(robot.lookup(".table-cell .label").queryAllAs(Label.class)).extracting(Label::getText)
                .as("the three values of the deal's value, each with who gave it").contains("\u20AC12,500", "\u20AC15,000", "\u20AC18,000");
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(table.getScene(), "conflicts-three-sides"));
        BoardUiTest.waitUntil(() -> robot.lookup(".table-cell .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText() != null && l.getText().startsWith("Bo Lind")));
        List<String> texts = robot.lookup(".table-cell .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).as("the newer value now, the other beside it, in money").contains("\u20ac15,000", "\u20ac12,500")
                // Both written at 10:01: said to the second, which tells which came last (both read "10:01").
                .contains("Bo Lind \u00B7 12 Mar 2026, 10:01:01", "root \u00B7 here \u00B7 12 Mar 2026, 10:01:00");
        assertThat(texts).noneMatch(t -> t.contains("<bo@nordwind.example>")).as("the address is in the tooltip only")
                .noneMatch(t -> t.contains("1500000"));

        // Bo's value cell (the title's conflict has a Bo Lind line too).
        Label bo = robot.lookup(".table-cell .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText() != null && l.getText().startsWith("Bo Lind")
                        && ((Label) l.getParent().getChildrenUnmodifiable().getFirst()).getText().equals("\u20ac15,000")).findFirst().orElseThrow();
        javafx.scene.Parent up = bo.getParent();
        while (!(up instanceof javafx.scene.control.TableCell<?, ?>)) {
            up = up.getParent();
        }
        javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) up;
        robot.moveTo(cell);
        BoardUiTest.waitUntil(() -> cell.getTooltip() != null);
        assertThat(cell.getTooltip().getText()).as("the whole of it on hover").contains("\u20ac15,000", "Bo Lind <bo@nordwind.example>");

        javafx.scene.control.Button mine = robot.lookup("#keep-mine").queryButton();
        javafx.scene.control.Button theirs = robot.lookup("#keep-theirs").queryButton();
        assertThat(mine.isDisabled()).as("nothing picked yet").isTrue();
        int value = table.getItems().stream().map(d -> d.conflict().field()).toList().indexOf("value_minor");
        javafx.scene.control.Button edit = robot.lookup("#keep-value").queryButton();
        double editAt = edit.localToScene(0, 0).getX();
        robot.interact(() -> table.getSelectionModel().select(value));
        robot.interact(() -> edit.getScene().getRoot().layout());
        assertThat(edit.localToScene(0, 0).getX()).as("Edit… stays where it was as the keep buttons name their values (a click meant for "
                + "it kept mine)").isEqualTo(editAt);
        // Mine is the older value here, in the Other column: the buttons say which value each keeps.
        assertThat(mine.getText()).isEqualTo("Keep mine: \u20ac12,500");
        // Bo's and Cy's are both theirs: the button asks whose (it kept Bo's, the first).
        assertThat(theirs.getText()).isEqualTo("Keep theirs\u2026");
        robot.clickOn("#keep-mine");
        BoardUiTest.waitUntil(() -> !said.isEmpty());
        assertThat(said.getFirst()).startsWith("Kept \u20ac12,500 as the value of deal \u201CPilot");
        // The next conflict is chosen, the keyboard on the table: Keep is a Tab away (the focus went to Close).
        BoardUiTest.waitUntil(() -> table.getItems().size() == 1 && table.getSelectionModel().getSelectedIndex() == 0 && table.isFocused());
        assertThat(table.getSelectionModel().getSelectedItem().conflict().field()).isEqualTo("title");
        // Ctrl+Z in the dialog takes the resolution back, as in the window (it did nothing there).
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z).release(javafx.scene.input.KeyCode.Z,
                javafx.scene.input.KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> undos.get() == 1);
    }

    @Test
    void aConflictBetweenTwoTeammatesHasNoMineAndTheirsAsksWhose(FxRobot robot) {
        // Relayed: Bo's and Cy's edits reached this installation, neither written here.
        java.time.Instant at = Fixtures.NOW;
        FieldConflict relayed = new FieldConflict(java.util.UUID.randomUUID(), "deal", "d1", "title", "deal \u201CPilot\u201D",
                new FieldConflict.Side("\"Pilot B\"", "Bo Lind <bo@x.example>", java.util.UUID.randomUUID(), at, false),
                List.of(new FieldConflict.Side("\"Pilot C\"", "Cy Chen <cy@x.example>", java.util.UUID.randomUUID(), at, false)));
        javafx.scene.control.Button mine = new javafx.scene.control.Button("Keep mine");
        javafx.scene.control.Button theirs = new javafx.scene.control.Button("Keep theirs");
        javafx.scene.control.Button both = new javafx.scene.control.Button("Keep both");
        robot.interact(() -> com.funnelboard.ui.share.ConflictKeepNames.name(new ShareViewModel.Described(relayed,
                new ShareService.ConflictText("Title", "Pilot B", List.of("Pilot C"))), mine, theirs, both));
        assertThat(both.isVisible()).as("a deal's title is one value: both cannot stay").isFalse();
        FieldConflict numbers = new FieldConflict(java.util.UUID.randomUUID(), "contact", "c1", "phone", "contact \u201CCarla Diaz\u201D",
                new FieldConflict.Side("\"+49 170 333\"", "Bo Lind <bo@x.example>", java.util.UUID.randomUUID(), at, false),
                List.of(new FieldConflict.Side("\"+49 30 222\"", "Ann <ann@x.example>", java.util.UUID.randomUUID(), at, true)));
        robot.interact(() -> com.funnelboard.ui.share.ConflictKeepNames.name(new ShareViewModel.Described(numbers,
                new ShareService.ConflictText("Phone", "+49 170 333", List.of("+49 30 222"))), mine, theirs, both));
        assertThat(both.isVisible()).isTrue();
        assertThat(both.getText()).isEqualTo("Keep both numbers");
        assertThat(both.getTooltip().getText()).contains("mine first").contains("puts the other in the trash");
        robot.interact(() -> com.funnelboard.ui.share.ConflictKeepNames.name(new ShareViewModel.Described(relayed,
                new ShareService.ConflictText("Title", "Pilot B", List.of("Pilot C"))), mine, theirs, both));
        assertThat(mine.isDisabled()).isTrue();
        assertThat(mine.getTooltip().getText()).contains("Edit");
        assertThat(theirs.isDisabled()).as("either teammate's value can be kept, once chosen").isFalse();
        assertThat(theirs.getText()).isEqualTo("Keep theirs\u2026");

        // Keeping theirs among two teammates' values asks whose, and keeps the one chosen (it kept the first).
        @SuppressWarnings("unchecked")
        TableView<ShareViewModel.Described> table = robot.lookup("#conflicts-table").queryAs(TableView.class);
        BoardUiTest.waitUntil(() -> table.getItems().size() == 2);
        int value = table.getItems().stream().map(d -> d.conflict().field()).toList().indexOf("value_minor");
        robot.interact(() -> table.getSelectionModel().select(value));
        robot.clickOn("#keep-theirs");
        BoardUiTest.waitUntil(() -> robot.lookup("#keep-theirs-choice").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> whose = robot.lookup("#keep-theirs-choice .combo-box").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(whose.getItems()).as("the teammates' values, not mine").hasSize(2).anyMatch(t -> t.startsWith("\u20ac15,000 \u2014 Bo Lind"))
                .anyMatch(t -> t.startsWith("\u20ac18,000")).noneMatch(t -> t.contains("12,500"));
        robot.interact(() -> whose.getSelectionModel().select(whose.getItems().stream().filter(t -> t.startsWith("\u20ac18,000")).findFirst().orElseThrow()));
        robot.interact(() -> com.funnelboard.testing.Snapshots.save(whose.getScene(), "conflicts-keep-theirs-choice"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#keep-theirs-choice").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.OK)).fire());
        BoardUiTest.waitUntil(() -> !said.isEmpty());
        assertThat(said.getFirst()).startsWith("Kept \u20ac18,000 as the value of deal \u201CPilot");
    }
}
