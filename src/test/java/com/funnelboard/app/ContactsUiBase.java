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
import org.testfx.api.FxRobot;
import com.funnelboard.testing.UiRobot;
import org.testfx.framework.junit5.Start;

/** The Contacts page, the look-alike banner and the merge dialog. */
@ExtendWith(UiRobot.class)
abstract class ContactsUiBase {

    @TempDir
    Path dir;

    Store store;
    DesktopApp app;
    Deal first;
    Deal second;
    UUID loner;
    javafx.stage.Stage stage;

    void startWindow(javafx.stage.Stage stage) {
        this.stage = stage;
        store = Fixtures.store(dir);
        first = Fixtures.deal(store, "First", Stage.LEAD, 1000_00L);
        second = Fixtures.deal(store, "Second", Stage.PROSPECT, 2000_00L);
        ContactService contacts = new ContactService(store, new com.funnelboard.domain.DuplicateFinder("SE"));
        contacts.save(withEmail(first.contactId(), "Ida Berg", "CEO", "ida@nordwind.se"));
        contacts.save(withEmail(second.contactId(), "I. Berg", "COO", "IDA@nordwind.se"));
        loner = UUID.randomUUID();
        contacts.create(ContactProfile.named(loner, "Zoe Without Deals"));
        app = AppWindow.show(stage, store);
        stage.setWidth(1400);
        stage.setHeight(900);
    }

    static ContactProfile withEmail(UUID id, String name, String title, String email) {
        return new ContactProfile(id, null, name, title, List.of(email), List.of(), null, null, null, null, null, null, List.of(), null,
                null);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @SuppressWarnings("unchecked")
    TableView<ContactSummary> table(FxRobot robot) {
        return robot.lookup("#contacts-table").queryAs(TableView.class);
    }

    Optional<ContactProfile> tomb(UUID id) {
        return store.read(r -> r.contactProfiles().findAny(id));
    }
}
