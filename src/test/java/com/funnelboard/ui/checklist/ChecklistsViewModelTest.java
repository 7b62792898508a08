package com.funnelboard.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.funnelboard.domain.checklist.ChecklistItem;
import com.funnelboard.service.ChecklistService;
import com.funnelboard.store.Store;
import com.funnelboard.testing.Fixtures;
import com.funnelboard.ui.common.UiExecutors;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An item removed beside the open Checklists dialog: said in its words, and the lists read again. */
class ChecklistsViewModelTest {

    @TempDir
    Path dir;

    @Test
    void anItemRemovedBesideTheDialogIsSaidSoAndTheListsAreReadAgain() {
        try (Store store = Fixtures.store(dir)) {
            ChecklistService checklists = new ChecklistService(store);
            ChecklistsViewModel model = new ChecklistsViewModel(checklists, null, new UiExecutors(Runnable::run, Runnable::run), said -> { });
            model.load().join();
            ChecklistItem shown = model.listsProperty().get().values().stream().flatMap(java.util.List::stream)
                    .filter(i -> !i.isDerived()).findFirst().orElseThrow();
            checklists.remove(shown.id().toString()); // beside the dialog
            model.require(shown, !shown.required()).join();
            assertThat(model.problemProperty().get()).isEqualTo(ChecklistsViewModel.GONE).doesNotContain(shown.id().toString());
            assertThat(model.listsProperty().get().values().stream().flatMap(java.util.List::stream))
                    .noneMatch(i -> i.id().equals(shown.id()));
        }
    }
}
