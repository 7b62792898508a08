package com.funnelboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.ContactProfile;
import com.funnelboard.domain.ContactSummary;
import com.funnelboard.domain.Deal;
import com.funnelboard.domain.Stage;
import com.funnelboard.service.ContactService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.AppWindow;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.testing.Snapshots;
import com.funnelboard.testing.UiRobot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The Contacts page, the look-alike banner and the merge dialog. */
@ExtendWith(UiRobot.class)
@Execution(ExecutionMode.SAME_THREAD)
class ContactsUiTest extends ContactsUiBase {

    @Start
    void start(javafx.stage.Stage stage) {
        startWindow(stage);
    }

    @Test
    void theBannerFlagsALookAlikeAndTheMergeDialogMovesEverythingToTheSurvivor(FxRobot robot) {
        robot.clickOn(BoardUiTest.card(robot, "First"));
        BoardUiTest.waitUntil(() -> robot.lookup("#look-alike").tryQuery().map(n -> n.getParent().isVisible()
                && ((Labeled) n).getText().startsWith("Looks like I. Berg (same email")).orElse(false));
        robot.clickOn("#review-look-alike");
        BoardUiTest.waitUntil(() -> robot.lookup("#merge-grid").tryQuery().isPresent());
        robot.clickOn("#take-right-title");
        robot.interact(() -> Snapshots.save(robot.lookup("#merge-grid").query().getScene(), "merge-dialog"));
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "Merge".equals(b.getText())).queryButton());

        BoardUiTest.waitUntil(() -> tomb(second.contactId()).map(ContactProfile::mergedInto).filter(first.contactId()::equals).isPresent());
        ContactProfile survivor = tomb(first.contactId()).orElseThrow();
        assertThat(survivor.name()).isEqualTo("Ida Berg");
        assertThat(survivor.title()).isEqualTo("COO");
        List<com.funnelboard.domain.DealCard> deals = store.read(r -> r.board().forContact(first.contactId()));
        assertThat(deals).extracting(d -> d.title()).containsExactlyInAnyOrder("First", "Second");
        BoardUiTest.waitUntil(() -> !robot.lookup("#look-alike-banner").query().isVisible());
        // The board follows: the card of the merged-away contact's deal names the survivor and opens it.
        BoardUiTest.waitUntil(() -> ViewsFollowChangesUiTest.cardNames(robot, "Second", "Ida Berg"));
        robot.clickOn(BoardUiTest.card(robot, "Second"));
        BoardUiTest.waitUntil(() -> ViewsFollowChangesUiTest.shown(robot, "Second").contactId().equals(first.contactId())
                && "COO".equals(robot.lookup("#field-title").queryAs(javafx.scene.control.TextInputControl.class).getText()));
    }

    /**
     * New contact on the Contacts page: a person without a deal. An address already stored is said
     * as it is typed, a bad one is marked and keeps Add from adding; what was typed survives a
     * Cancel; the contact added is listed and shown in the pane.
     */
    @Test
    void newContactAddsAPersonWithoutADealSayingWhoItLooksLike(FxRobot robot) {
        robot.clickOn("#page-contacts");
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() == 3);
        robot.clickOn("#new-contact");
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-new-name").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.clickOn("#contact-new-name").write("Ida Lind");
        robot.clickOn("#contact-new-email").write("ida@nordwind");
        robot.clickOn("#contact-new-add");
        assertThat(robot.lookup("#problem-email").queryLabeled().getText()).as("Add marks the bad address and adds nothing").isNotBlank();
        robot.interact(() -> robot.lookup("#contact-new-email").queryAs(javafx.scene.control.TextField.class).setText("IDA@nordwind.se"));
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-new-look-alikes").queryLabeled().isVisible());
        assertThat(robot.lookup("#contact-new-look-alikes").queryLabeled().getText())
                .isEqualTo("Looks like I. Berg (same email); Ida Berg (same email). Add it anyway, or open the one you meant.");
        robot.clickOn("#contact-new-open-look-alike");
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-new-name").tryQuery().isEmpty());
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .isEqualTo("Opened I. Berg. The contact you were adding is kept: New contact brings it back.");
        BoardUiTest.waitUntil(() -> "COO".equals(robot.lookup("#field-title").queryAs(javafx.scene.control.TextInputControl.class).getText()));

        robot.clickOn("#new-contact");
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-new-name").tryQuery().isPresent());
        assertThat(robot.lookup("#contact-new-name").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Ida Lind");
        robot.clickOn("#contact-new-organization").write("Lind AB");
        robot.clickOn("#contact-new-title").write("Buyer");
        robot.clickOn("#contact-new-add");
        BoardUiTest.waitUntil(() -> robot.lookup("#status").queryLabeled().getText().startsWith("Added Ida Lind."));
        assertThat(robot.lookup("#status").queryLabeled().getText()).endsWith("Review\u2026 in the pane merges them.");
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() == 4);
        ContactSummary added = table(robot).getItems().stream().filter(c -> c.name().equals("Ida Lind")).findFirst().orElseThrow();
        assertThat(added.organizationName()).isEqualTo("Lind AB");
        assertThat(added.title()).isEqualTo("Buyer");
        assertThat(added.openDeals()).isZero();
        BoardUiTest.waitUntil(() -> "Buyer".equals(robot.lookup("#field-title").queryAs(javafx.scene.control.TextInputControl.class).getText()));
        robot.clickOn("#new-contact");
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-new-name").tryQuery().isPresent());
        assertThat(robot.lookup("#contact-new-name").queryAs(javafx.scene.control.TextField.class).getText()).as("an empty form once added").isEmpty();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void mergingWithoutTouchingAChoiceKeepsEveryValueOfTheKeptRecord(FxRobot robot) {
        // The second record has more deals, so it is the one offered for keeping.
        store.writeAll(r -> r.deals().insert(new Deal(UUID.randomUUID(), second.contactId(), "Upsell", Stage.LEAD, null, "EUR", null, null,
                Fixtures.NOW, null, null, null, null, Fixtures.NOW, Fixtures.NOW)));
        ContactService contacts = new ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE"));
        contacts.save(new ContactProfile(first.contactId(), null, "Ida Berg", "CEO", List.of("ida@nordwind.se", "ida.berg@gmail.com"),
                List.of("+46 8 123 456 78"), null, "Logistics", null, null, null, null, List.of("nordics"), "Met at the fair.", null));
        contacts.save(new ContactProfile(second.contactId(), null, "I. Berg", "COO", List.of("IDA@nordwind.se", "ida@lind.se"),
                List.of(), com.funnelboard.domain.PreferredChannel.EMAIL, "Shipping", null, "Champion", null, null,
                List.of("vip", "renewal"), null, null));
        ContactProfile kept = tomb(second.contactId()).orElseThrow();
        ContactProfile other = tomb(first.contactId()).orElseThrow();

        // The new deal's card first: once the column holds it, the cards stay where they are for the click.
        BoardUiTest.card(robot, "Upsell");
        robot.clickOn(BoardUiTest.card(robot, "First"));
        BoardUiTest.waitUntil(() -> robot.lookup("#look-alike").tryQuery().map(n -> n.getParent().isVisible()).orElse(false));
        robot.clickOn("#review-look-alike");
        BoardUiTest.waitUntil(() -> robot.lookup("#merge-grid").tryQuery().isPresent());
        javafx.scene.control.RadioButton keepRight = robot.lookup("#keep-right").queryAs(javafx.scene.control.RadioButton.class);
        assertThat(keepRight.isSelected()).isTrue();
        assertThat(robot.lookup("#keep-left").queryAs(javafx.scene.control.RadioButton.class).getText()).isEqualTo("Keep this record (1 deal)");
        for (String field : ContactProfile.MERGEABLE) {
            // The kept record has no notes, the other has: that field starts on the other's (it started on the kept "—").
            boolean filled = field.equals(ContactProfile.NOTES);
            assertThat(robot.lookup("#take-" + (filled ? "left-" : "right-") + field).queryAs(javafx.scene.control.RadioButton.class).isSelected())
                    .as(field + (filled ? " starts on the other record, where the kept one has none" : " starts on the kept record")).isTrue();
        }
        // Lists show their entries, one per line, and what the other record adds to the kept one.
        assertThat(entries(robot, "#entries-left-emails")).containsExactly("ida@nordwind.se", "ida.berg@gmail.com",
                "only these, instead of the kept record's");
        assertThat(entries(robot, "#entries-right-tags")).containsExactly("vip", "renewal", "+ nordics from the other record");
        // Keeping the other record moves the defaults with it, and back.
        robot.clickOn("#keep-left");
        assertThat(robot.lookup("#take-left-title").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#take-left-tags").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#keep-right");
        assertThat(robot.lookup("#take-right-title").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "Merge".equals(b.getText())).queryButton());

        BoardUiTest.waitUntil(() -> tomb(first.contactId()).map(ContactProfile::mergedInto).filter(second.contactId()::equals).isPresent());
        ContactProfile survivor = tomb(second.contactId()).orElseThrow();
        com.funnelboard.service.ContactServiceTestAccess.assertKeepsAndFills(kept, other, survivor);
        assertThat(survivor.emails()).containsExactly("IDA@nordwind.se", "ida@lind.se", "ida.berg@gmail.com");
        assertThat(survivor.tags()).containsExactly("vip", "renewal", "nordics");
    }

    static List<String> entries(FxRobot robot, String id) {
        javafx.scene.layout.VBox box = robot.lookup(id).queryAs(javafx.scene.layout.VBox.class);
        return box.getChildren().stream().map(n -> ((Labeled) n).getText()).toList();
    }

    /**
     * The Contacts page's table: sorting by a column, the search box, two selected rows merged, and
     * the board following at once. Who is listed, the search and the list after a merge are asserted
     * in ContactsViewModelTest.
     */
    @Test
    void theContactsPageSortsSearchesAndMergesTwoSelectedRowsRenamingTheBoardCard(FxRobot robot) {
        // Ctrl+2 from the board's cards gives the keyboard to the table (it stayed on the hidden board, seen nowhere).
        robot.interact(() -> robot.lookup("#list-lead").query().requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT2)
                .release(javafx.scene.input.KeyCode.DIGIT2, javafx.scene.input.KeyCode.CONTROL);
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() == 3);
        BoardUiTest.waitUntil(() -> table(robot).isFocused());
        com.funnelboard.testing.UiRobot.settle();
        assertThat(table(robot).isFocusVisible() || table(robot).getPseudoClassStates().contains(com.funnelboard.ui.common.KeyboardFocus.KEYBOARD))
                .as("framed, as Tab's focus is: it showed nowhere").isTrue();
        robot.interact(() -> {
            var name = table(robot).getColumns().getFirst();
            name.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
            table(robot).getSortOrder().setAll(name);
        });
        assertThat(table(robot).getItems().getFirst().name()).as("sorted by name, descending").isEqualTo("Zoe Without Deals");
        // Letters typed on the table choose the row whose name they begin (typing "ida" did nothing); again, the next such.
        robot.interact(() -> table(robot).requestFocus());
        robot.write("ida");
        BoardUiTest.waitUntil(() -> table(robot).getSelectionModel().getSelectedItem() != null
                && table(robot).getSelectionModel().getSelectedItem().name().equals("Ida Berg"));
        robot.sleep(1100);
        robot.write("z");
        BoardUiTest.waitUntil(() -> table(robot).getSelectionModel().getSelectedItem().name().equals("Zoe Without Deals"));
        // At laptop size beside the detail pane: every header in full, its sort arrow beside it whichever column the table is
        // sorted by; and an address in full.
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        // (The wider table shows its title, open deals and last contact: its rows are made again.)
        com.funnelboard.testing.UiRobot.settle();
        robot.clickOn(robot.lookup("#contacts-table .table-row-cell").match((javafx.scene.control.TableRow<?> r) -> r.getScene() != null
                && r.isVisible() && r.getIndex() == 0).queryAs(javafx.scene.Node.class));
        BoardUiTest.waitUntil(() -> robot.lookup("#contact-pane").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        for (var column : table(robot).getColumns()) {
            robot.interact(() -> table(robot).getSortOrder().setAll(column));
            com.funnelboard.testing.UiRobot.settle();
            assertThat(robot.lookup("#contacts-table .column-header .label").queryAllAs(javafx.scene.control.Label.class))
                    .allSatisfy(l -> assertThat(l.isTextTruncated()).as(l.getText() + ", sorted by " + column.getText()).isFalse());
        }
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#contacts-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow();
        for (String[] full : new String[][] {{"Email", "amir.rossi@oakenergy.example"}, {"Phone", "+49 30 40191234"},
            {"Name", "Amir Zimmermann"}}) {
            var column = table(robot).getColumns().stream().filter(c -> c.getText().equals(full[0])).findFirst().orElseThrow();
            javafx.scene.text.Text shown = new javafx.scene.text.Text(full[1]);
            shown.setFont(cell.getFont());
            assertThat(column.getWidth()).as(full[1] + " in full").isGreaterThan(shown.getLayoutBounds().getWidth() + cell.getPadding().getLeft()
                    + cell.getPadding().getRight());
        }
        assertThat(table(robot).getColumns()).as("all the columns at 1366 px").allMatch(javafx.scene.control.TableColumn::isVisible);
        // At 1024 px beside the pane: the title, open deals and last contact give way whole (the table scrolled sideways, the
        // title cut at its edge), and the buttons show their icons alone rather than cut words.
        robot.interact(() -> stage.setWidth(1024));
        com.funnelboard.testing.UiRobot.settle();
        assertThat(table(robot).getWidth()).as("the table beside the pane at 1024 px").isLessThan(900);
        BoardUiTest.waitUntil(() -> !table(robot).getColumns().get(4).isVisible());
        assertThat(table(robot).getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible).map(c -> c.getText()))
                .containsExactly("Name", "Organization", "Email", "Phone");
        double used = table(robot).getColumns().stream().filter(javafx.scene.control.TableColumn::isVisible)
                .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(used).as("no sideways scrolling").isLessThanOrEqualTo(table(robot).getWidth());
        assertThat(robot.lookup("#find-duplicates").queryButton().getContentDisplay()).isEqualTo(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        robot.interact(() -> stage.setWidth(1366));
        com.funnelboard.testing.UiRobot.settle();
        BoardUiTest.waitUntil(() -> table(robot).getColumns().get(4).isVisible());
        robot.interact(() -> {
            var name = table(robot).getColumns().getFirst();
            table(robot).getSortOrder().setAll(name);
        });
        // An empty list says why: nothing found for a search, or nothing yet (it said "No contacts match." with nothing typed).
        assertThat(((javafx.scene.control.Label) table(robot).getPlaceholder()).getText()).startsWith("No contacts yet");
        robot.clickOn("#contacts-search").write("nordwind");
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(((javafx.scene.control.Label) table(robot).getPlaceholder()).getText()).isEqualTo("No contacts match.");
        robot.interact(() -> Snapshots.save(stage.getScene(), "contacts-page"));
        // Down from the search field goes into the list, on its first row (Tab went to the buttons, the pane's tabs).
        // The table found once: the first row chosen builds the detail pane, and a lookup from here while the FX thread adds its
        // nodes walked a list being changed (IndexOutOfBoundsException in Parent.lookupAll).
        javafx.scene.control.TableView<?> contacts = table(robot);
        robot.interact(() -> contacts.getSelectionModel().clearSelection());
        robot.type(javafx.scene.input.KeyCode.DOWN);
        com.funnelboard.testing.UiRobot.settle();
        assertThat(contacts.isFocused()).isTrue();
        assertThat(contacts.getSelectionModel().getSelectedIndex()).isZero();

        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().selectAll();
        });
        // From the rows' menu, as from the page's button (there was no menu on the lists).
        javafx.scene.control.MenuItem merge = table(robot).getContextMenu().getItems().stream()
                .filter(i -> "menu-merge-selected".equals(i.getId())).findFirst().orElseThrow();
        assertThat(merge.isDisable()).as("two contacts chosen").isFalse();
        robot.interact(merge::fire);
        BoardUiTest.waitUntil(() -> robot.lookup("#merge-grid").tryQuery().isPresent());
        robot.clickOn(robot.lookup(".button").match((javafx.scene.control.Button b) -> "Merge".equals(b.getText())).queryButton());
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() == 1);
        String survivor = table(robot).getItems().getFirst().name();

        robot.clickOn("#page-board");
        for (String title : List.of("First", "Second")) {
            BoardUiTest.waitUntil(() -> ViewsFollowChangesUiTest.cardNames(robot, title, survivor));
        }
        robot.clickOn(BoardUiTest.card(robot, "First"));
        BoardUiTest.waitUntil(() -> survivor.equals(robot.lookup("#field-name").queryAs(javafx.scene.control.TextInputControl.class).getText()));
        // The columns within the rows, beside the scroll bar: the last contact's date was cut under it.
        for (int i = 0; i < 40; i++) {
            Fixtures.deal(store, "Filler " + i, com.funnelboard.domain.Stage.LEAD, 100_00L);
        }
        robot.clickOn("#page-contacts");
        robot.interact(() -> robot.lookup("#contacts-search").queryAs(javafx.scene.control.TextField.class).setText(""));
        BoardUiTest.waitUntil(() -> table(robot).getItems().size() > 30);
        // A table just wide enough for every column (about 960 px, as beside the pane at 1366 px with its default width).
        robot.interact(() -> stage.setWidth(stage.getWidth() - (table(robot).getWidth() - 960)));
        com.funnelboard.testing.UiRobot.settle();
        javafx.scene.control.ScrollBar bar = robot.lookup("#contacts-table .scroll-bar:vertical").queryAs(javafx.scene.control.ScrollBar.class);
        assertThat(bar.isVisible()).as("many contacts: a scroll bar").isTrue();
        double rows = table(robot).getWidth() - table(robot).snappedLeftInset() - table(robot).snappedRightInset() - bar.getWidth();
        assertThat(table(robot).getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum())
                .as("within " + rows + " px").isLessThanOrEqualTo(rows + 0.5);
        assertThat(table(robot).getColumns().getLast().isVisible()).as("the last contact shown, the title given way").isTrue();
        javafx.scene.text.Text date = new javafx.scene.text.Text("Sep 14, 2026");
        date.setFont(cell.getFont());
        assertThat(table(robot).getColumns().getLast().getWidth()).as("a date in full").isGreaterThan(date.getLayoutBounds().getWidth()
                + cell.getPadding().getLeft() + cell.getPadding().getRight());
    }
}
