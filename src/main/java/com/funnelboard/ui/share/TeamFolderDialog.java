package com.funnelboard.ui.share;

import com.funnelboard.ui.common.SafeWrap;
import com.funnelboard.service.TeamFolder;
import com.funnelboard.ui.common.UiExecutors;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * File → Team folder…: which folder the team shares, chosen or given up here. Once one is set the
 * window writes this installation's file there after each change and merges the teammates' files
 * as they change.
 */
public final class TeamFolderDialog {

    private static final ButtonType CHOOSE = new ButtonType("Choose folder\u2026", ButtonBar.ButtonData.LEFT);
    private static final ButtonType STOP = new ButtonType("Stop using it", ButtonBar.ButtonData.OTHER);

    private final TeamFolder team;
    private final UiExecutors executors;
    private final Runnable syncNow;
    private final Consumer<String> status;
    private final Supplier<Window> owner;

    public TeamFolderDialog(TeamFolder team, UiExecutors executors, Runnable syncNow, Consumer<String> status, Supplier<Window> owner) {
        this.team = team;
        this.executors = executors;
        this.syncNow = syncNow;
        this.status = status;
        this.owner = owner;
    }

    public void show() {
        executors.supply(() -> new Shown(team.folder(), team.ownFileName())).thenAccept(this::show);
    }

    private record Shown(Optional<Path> folder, String ownFile) {}

    private void show(Shown shown) {
        Dialog<ButtonType> d = new Dialog<>();
        com.funnelboard.ui.common.SafeWrap.guard(d.getDialogPane()); // right-to-left text never wrapped, before the first layout
        d.initOwner(owner.get());
        d.setTitle("Team folder");
        d.setHeaderText(shown.folder().map(f -> "Your team shares " + f).orElse("No team folder yet"));
        Label how = new Label("A folder everyone on the team can reach (a shared or synced folder). Funnelboard writes your "
                + "changes there as " + shown.ownFile() + " a few seconds after you stop making changes, and merges your teammates' "
                + "files when they change and at start. Each person writes only their own file.");
        SafeWrap.wrap(how);
        how.setMaxWidth(460);
        VBox content = new VBox(8, how);
        content.setPadding(new Insets(10, 14, 4, 14));
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(CHOOSE);
        if (shown.folder().isPresent()) {
            d.getDialogPane().getButtonTypes().add(STOP);
        }
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        d.showAndWait().ifPresent(b -> {
            if (b == CHOOSE) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Choose the team folder");
                shown.folder().map(Path::toFile).filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
                File dir = chooser.showDialog(owner.get());
                if (dir != null) {
                    use(dir.toPath());
                }
            } else if (b == STOP) {
                use(null);
            }
        });
    }

    /** Sets the folder ({@code null}: none) in the background, then merges and writes at once. */
    public CompletableFuture<Void> use(Path folder) {
        return executors.supply(() -> {
            team.setFolder(folder);
            return folder;
        }).handle((f, e) -> {
            if (e != null) {
                Throwable cause = e.getCause() != null ? e.getCause() : e;
                status.accept(cause instanceof com.funnelboard.service.InvalidInputException bad
                        ? String.join(" ", bad.problems().values()) : cause.getMessage());
            } else if (f == null) {
                status.accept("No team folder: share files only when you export them.");
            } else {
                status.accept("Team folder " + f.getFileName() + ": merging your teammates' files\u2026");
                syncNow.run();
            }
            return null;
        });
    }
}
